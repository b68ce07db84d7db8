// The Airflow release an Astro project's Dockerfile builds, from its FROM line.
import { describe, expect, it } from '@jest/globals'
import { airflowFromDockerfile } from '../../src/core/local/dockerfile-airflow.js'

describe('airflowFromDockerfile', () => {
  it.each([
    [
      'FROM quay.io/astronomer/astro-runtime:12.6.0\n',
      '2',
      '2.10',
      'astro-runtime:12.6.0'
    ],
    [
      'FROM quay.io/astronomer/astro-runtime:13.1.0-base\n',
      '2',
      '2.11',
      'astro-runtime:13.1.0-base'
    ],
    [
      'FROM quay.io/astronomer/astro-runtime:9.1.0\n',
      '2',
      '2.7',
      'astro-runtime:9.1.0'
    ],
    [
      'FROM astrocrpublic.azurecr.io/runtime/astro-runtime:3.0-2\n',
      '3',
      '3.0',
      'astro-runtime:3.0-2'
    ],
    [
      'FROM quay.io/astronomer/astro-runtime:3.1-1-python-3.12\n',
      '3',
      '3.1',
      'astro-runtime:3.1-1-python-3.12'
    ],
    [
      'from --platform=linux/amd64 quay.io/astronomer/astro-runtime:11.3.0 AS base\n',
      '2',
      '2.9',
      'astro-runtime:11.3.0'
    ],
    [
      'FROM apache/airflow:2.10.3-python3.11\n',
      '2',
      '2.10',
      'airflow:2.10.3-python3.11'
    ],
    ['FROM apache/airflow:3.0.2\n', '3', '3.0', 'airflow:3.0.2'],
    [
      '# build\nFROM python:3.12 AS deps\nRUN pip wheel x\nFROM quay.io/astronomer/astro-runtime:12.1.1@sha256:abc\n',
      '2',
      '2.10',
      'astro-runtime:12.1.1'
    ]
  ])('%j → Airflow %s (%s)', (text, major, release, image) => {
    expect(airflowFromDockerfile(text)).toEqual({ major, release, image })
  })

  it.each([
    [''],
    ['FROM python:3.12\n'],
    ['FROM quay.io/astronomer/astro-runtime:99.0.0\n'],
    ['FROM quay.io/astronomer/astro-runtime\n'],
    ['FROM example.com/airflow:2.10.0\n'],
    ['# FROM quay.io/astronomer/astro-runtime:12.6.0\n']
  ])('%j → unknown', (text) => {
    expect(airflowFromDockerfile(text)).toBeUndefined()
  })
})
