/**
 * Reading an Astro project's Airflow release from its Dockerfile and the
 * Amazon provider from requirements.txt.
 */
import { describe, expect, it } from '@jest/globals'
import {
  detectAirflowRelease,
  runtimeAirflow
} from '../../src/core/local/airflow-release.js'

const DIGEST = `sha256:${'a'.repeat(64)}`

describe('detectAirflowRelease', () => {
  it.each([
    [
      'FROM quay.io/astronomer/astro-runtime:12.6.0\n',
      '2.10',
      'Runtime 12.6.0'
    ],
    [
      'FROM astrocrpublic.azurecr.io/runtime:3.1-21\n',
      '3.1.8',
      'Runtime 3.1-21'
    ],
    [
      'FROM astrocrpublic.azurecr.io/runtime:3.3-8-base\n',
      '3.3.2',
      'Runtime 3.3-8'
    ],
    [
      `FROM --platform=linux/amd64 astrocrpublic.azurecr.io/runtime:3.3-8-python-3.13@${DIGEST}\n`,
      '3.3.2',
      'digest not verified'
    ],
    [
      'ARG RT=3.2-10\nFROM astrocrpublic.azurecr.io/runtime:${RT} AS base\nFROM base\n',
      '3.2.2',
      'line 2: Astro Runtime 3.2-10'
    ],
    [
      'ARG IMAGE=astrocrpublic.azurecr.io/runtime\nARG TAG\nFROM ${IMAGE}:${TAG:-3.0-18}\n',
      '3.0.6',
      'Runtime 3.0-18'
    ],
    [
      'FROM python:3.12-slim AS builder\nRUN pip wheel .\nFROM astrocrpublic.azurecr.io/runtime:3.1-12\nCOPY --from=builder /w /w\n',
      '3.1',
      'every patch is checked'
    ],
    [
      '# escape=`\nFROM `\n  quay.io/astronomer/astro-runtime:13.11.0-python-3.12-slim-base\n',
      '2.11.2',
      'Runtime 13.11.0'
    ],
    ['from astrocrpublic.azurecr.io/runtime:3.2\n', '3.2', 'Runtime 3.2'],
    [
      'FROM registry.example.com/astronomer/astro-runtime:12.12.0\n',
      '2.10.5',
      'Runtime 12.12.0'
    ]
  ])('%j → %s', (dockerfile, version, source) => {
    const detected = detectAirflowRelease(dockerfile, null)
    expect(detected.airflow?.version).toBe(version)
    expect(detected.airflow?.source).toContain(source)
  })

  it.each([
    [null, /no Dockerfile/],
    ['RUN echo\n', /no FROM line/],
    ['ARG RT\nFROM astrocrpublic.azurecr.io/runtime:${RT}\n', /ARG RT/],
    [`FROM astrocrpublic.azurecr.io/runtime@${DIGEST}\n`, /only a digest/],
    ['FROM python:3.12\n', /not an Astro Runtime image/],
    ['FROM quay.io/astronomer/astro-runtime\n', /no tag/]
  ])(
    '%j cannot tell the release: one line saying how to set it',
    (text, why) => {
      const detected = detectAirflowRelease(text, null)
      expect(detected.airflow).toBeNull()
      expect(detected.reason).toMatch(why)
      expect(detected.reason).toContain('set airflow:')
      expect(detected.reason).not.toContain('\n')
    }
  )

  it.each([
    ['apache-airflow-providers-amazon==9.28.0\n', '9.28.0', 'line 1'],
    [
      'pandas\nApache_Airflow_Providers_Amazon[s3fs] == 9.39.0  # pinned\n',
      '9.39.0',
      'line 2'
    ],
    ['apache-airflow-providers-amazon>=9.0\n', undefined, undefined],
    ['apache-airflow-providers-amazonx==1.0\n', undefined, undefined]
  ])('requirements %j → provider %s', (text, version, source) => {
    const { provider } = detectAirflowRelease(null, text)
    expect(provider?.version).toBe(version)
    expect(provider?.source.split(':')[0]).toBe(
      source === undefined ? undefined : `requirements.txt ${source}`
    )
  })

  it('maps Runtime tags by the line rule when the build is not listed', () => {
    expect(runtimeAirflow('12.1.1-slim')).toEqual({
      runtime: '12.1.1',
      airflow: '2.10'
    })
    expect(runtimeAirflow('3.1-2')?.airflow).toBe('3.1')
    expect(runtimeAirflow('3.1-1-python-3.12-astro-agent-1.1.0')).toBeNull()
  })
})
