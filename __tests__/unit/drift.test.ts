import { describe, expect, it } from '@jest/globals'
import {
  BACKEND_KEY,
  KWARGS_KEY,
  compareDeployment
} from '../../src/core/astro/drift.js'
import type { AstroVariable } from '../../src/core/astro/env-file.js'

const BACKEND =
  'airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend'
const KWARGS =
  '{"connections_prefix":"airflow/connections","variables_prefix":"airflow/variables"}'

const plain = (key: string, value: string): AstroVariable => ({
  key,
  secret: false,
  value
})
const secret = (key: string): AstroVariable => ({ key, secret: true })

describe('compareDeployment', () => {
  it.each<[string, AstroVariable[], string[], number]>([
    [
      'both plain and equal',
      [plain(BACKEND_KEY, BACKEND), plain(KWARGS_KEY, KWARGS)],
      [],
      0
    ],
    [
      'kwargs equal for Airflow despite spacing and key order',
      [
        plain(BACKEND_KEY, BACKEND),
        plain(
          KWARGS_KEY,
          '{"variables_prefix": "airflow/variables", "connections_prefix": "airflow/connections"}'
        )
      ],
      [],
      0
    ],
    [
      'both secret: present, not compared',
      [secret(BACKEND_KEY), secret(KWARGS_KEY)],
      [],
      2
    ],
    [
      'nothing set',
      [plain('OTHER', 'x')],
      ['drift-backend-missing', 'drift-kwargs-missing'],
      0
    ],
    [
      'kwargs missing, backend secret',
      [secret(BACKEND_KEY)],
      ['drift-kwargs-missing'],
      1
    ],
    [
      'a different backend',
      [
        plain(
          BACKEND_KEY,
          'airflow.secrets.local_filesystem.LocalFilesystemBackend'
        ),
        secret(KWARGS_KEY)
      ],
      ['drift-backend-different'],
      1
    ],
    [
      'different kwargs',
      [
        plain(BACKEND_KEY, BACKEND),
        plain(KWARGS_KEY, '{"connections_prefix":"old/connections"}')
      ],
      ['drift-kwargs-different'],
      0
    ],
    [
      'kwargs that are not JSON',
      [
        plain(BACKEND_KEY, BACKEND),
        plain(KWARGS_KEY, '{connections_prefix: x}')
      ],
      ['drift-kwargs-different'],
      0
    ]
  ])('%s', (_name, listed, codes, notes) => {
    const drift = compareDeployment('dep-1', listed, BACKEND, KWARGS)
    expect(drift.findings.map((f) => f.code)).toEqual(codes)
    expect(drift.notes).toHaveLength(notes)
    for (const finding of drift.findings) {
      expect(finding).toMatchObject({
        kind: 'config',
        id: 'dep-1',
        severity: 'error'
      })
      expect(finding.message).toContain('dep-1')
      expect(finding.hint).toContain('sync --deployment-id dep-1')
    }
  })

  it('names the differing kwargs but never their values', () => {
    const drift = compareDeployment(
      'dep-1',
      [
        plain(BACKEND_KEY, BACKEND),
        plain(
          KWARGS_KEY,
          '{"connections_prefix":"canary-old-prefix","role_arn":"arn:aws:iam::1:role/canary-role"}'
        )
      ],
      BACKEND,
      KWARGS
    )
    const [finding] = drift.findings
    expect(finding?.message).toContain('lacks `variables_prefix`')
    expect(finding?.message).toContain('different `connections_prefix`')
    expect(finding?.message).toContain('also sets `role_arn`')
    expect(finding?.message).not.toMatch(/canary|airflow\/connections/)
  })

  it('does not repeat a backend value that is not a class path', () => {
    const drift = compareDeployment(
      'dep-1',
      [plain(BACKEND_KEY, 'canary value with spaces'), secret(KWARGS_KEY)],
      BACKEND,
      KWARGS
    )
    expect(drift.findings[0]?.message).toContain('not a class path')
    expect(drift.findings[0]?.message).not.toContain('canary')
  })

  it('says which values it could not compare', () => {
    const drift = compareDeployment(
      'dep-1',
      [secret(BACKEND_KEY), secret(KWARGS_KEY)],
      BACKEND,
      KWARGS
    )
    expect(drift.notes).toEqual([
      expect.stringContaining(`${BACKEND_KEY} is set as a secret variable`),
      expect.stringContaining(`${KWARGS_KEY} is set as a secret variable`)
    ])
  })
})
