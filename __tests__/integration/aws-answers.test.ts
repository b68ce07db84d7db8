/**
 * Regressions: what a broken Secrets Manager answer and an over-long secret
 * name do, through the real SDK client against the fake AWS. A malformed 200
 * must not quote the SecretString in any detail (defect 4), an answer of the
 * wrong shape is one per-secret error rather than a crash (defect 10), and a
 * name no secret can have is not sent, so its batch neighbours are read
 * (defect 8). Through the bundled action too, with secrets whose keys are
 * named like Object.prototype members (defect 2) and whose parts must not be
 * shown (defect 3), in debug mode.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createSecretsManagerClient } from '../../src/adapters/aws/clients.js'
import {
  checkExistence,
  readSecrets
} from '../../src/adapters/aws/secrets-reader.js'
import type { FakeAws, FakeAwsOptions } from '../support/fake-aws.js'
import { startFakeAws } from '../support/fake-aws.js'
import { runAction } from '../support/run-action.js'
import { clearAmbientEnv, AWS_AND_PROXY } from '../support/ambient-env.js'

const KEY = {
  accessKeyId: 'AKIAFAKEGATE0000TEST',
  secretAccessKey: 'fake/secret+key'
}
const saved = { ...process.env }
beforeAll(() => {
  clearAmbientEnv(AWS_AND_PROXY)
  Object.assign(process.env, {
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null'
  })
})
afterAll(() => {
  process.env = saved
})

async function withFake<T>(
  options: FakeAwsOptions,
  body: (
    aws: FakeAws,
    client: ReturnType<typeof createSecretsManagerClient>
  ) => Promise<T>
): Promise<T> {
  const aws = await startFakeAws({ acceptCredentials: [KEY], ...options })
  process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = aws.url
  const client = createSecretsManagerClient({
    region: 'us-east-1',
    credentials: KEY,
    maxAttempts: 1,
    retryDelayMs: () => 0
  })
  try {
    return await body(aws, client)
  } finally {
    client.destroy()
    await aws.stop()
  }
}

const CANARY = 'Zq7canaryPW1'
const NAMES = ['airflow/connections/a', 'airflow/connections/b']

describe('broken answers from Secrets Manager', () => {
  it.each([
    [
      'a truncated JSON object',
      `{"SecretValues":[{"Name":"airflow/connections/a","SecretString":"${CANARY}`
    ],
    [
      'a SecretString outside JSON',
      `{"SecretValues":[{"Name":"x","SecretString":${CANARY}}]}`
    ],
    ['bare text', `${CANARY} and more`]
  ])('a malformed 200 (%s) never quotes the value', async (_label, body) => {
    await withFake(
      { rawAnswers: { BatchGetSecretValue: body } },
      async (_aws, client) => {
        const reads = await readSecrets(NAMES, {
          client,
          mask: () => undefined
        }).catch((error: unknown) => [String(error)])
        const text = JSON.stringify(reads)
        for (let i = 0; i + 6 <= CANARY.length; i++)
          expect(text).not.toContain(CANARY.slice(i, i + 6))
      }
    )
  })

  it.each([
    ['SecretValues a number', '{"SecretValues":7,"Errors":[]}'],
    ['Errors a string', '{"SecretValues":[],"Errors":"x"}'],
    ['entries not objects', '{"SecretValues":[7,null],"Errors":[1]}'],
    [
      'SecretString a number',
      '{"SecretValues":[{"Name":"airflow/connections/a","SecretString":7}]}'
    ]
  ])(
    'an answer of the wrong shape (%s) is a per-secret error',
    async (_l, body) => {
      await withFake(
        { rawAnswers: { BatchGetSecretValue: body } },
        async (_aws, client) => {
          const reads = await readSecrets(NAMES, {
            client,
            mask: () => undefined
          })
          expect(reads.map((read) => read.name)).toEqual(NAMES)
          expect(reads.every((read) => read.status === 'aws-error')).toBe(true)
        }
      )
    }
  )

  it.each([
    ['a number', '7'],
    ['null', 'null'],
    ['an object without the secret', '{}']
  ])(
    'GetSecretValue answering %s is a per-secret error, not "binary only"',
    async (_label, body) => {
      await withFake(
        { denyBatchGet: true, rawAnswers: { GetSecretValue: body } },
        async (_aws, client) => {
          const reads = await readSecrets(NAMES, {
            client,
            mask: () => undefined
          })
          expect(reads.map((read) => read.awsCode)).toEqual([
            'MalformedResponse',
            'MalformedResponse'
          ])
        }
      )
    }
  )

  it('DescribeSecret answering a number is not "exists"', async () => {
    await withFake(
      { rawAnswers: { DescribeSecret: '7' } },
      async (_aws, client) => {
        const reads = await checkExistence(NAMES, {
          client,
          method: 'describe'
        })
        expect(reads.map((read) => read.status)).toEqual([
          'aws-error',
          'aws-error'
        ])
      }
    )
  })

  it('ListSecrets entries that are null or nameless are skipped, not a crash', async () => {
    await withFake(
      {
        secrets: { 'airflow/connections/a': 'x' },
        rawAnswers: {
          ListSecrets:
            '{"SecretList":[null, 7, {"Name": 5}, {"Name": "airflow/connections/a"}]}'
        }
      },
      async (_aws, client) => {
        const reads = await checkExistence(NAMES, { client, method: 'list' })
        expect(reads.map((read) => [read.name, read.status])).toEqual([
          ['airflow/connections/a', 'found'],
          ['airflow/connections/b', 'not-found']
        ])
      }
    )
  })

  it('ListSecrets of the wrong shape is a per-secret error', async () => {
    await withFake(
      { rawAnswers: { ListSecrets: '{"SecretList":7}' } },
      async (_aws, client) => {
        const reads = await checkExistence(NAMES, { client, method: 'list' })
        expect(reads.map((read) => read.awsCode)).toEqual([
          'MalformedResponse',
          'MalformedResponse'
        ])
      }
    )
  })
})

describe('secret names Secrets Manager cannot hold', () => {
  it('an over-long name is not sent; its batch neighbours are read', async () => {
    const long = 'airflow/connections/' + 'x'.repeat(2100)
    const secrets = Object.fromEntries(
      Array.from({ length: 19 }, (_, i) => [`airflow/variables/v${i}`, 'ok'])
    )
    await withFake({ secrets }, async (aws, client) => {
      const names = [
        ...Object.keys(secrets).slice(0, 10),
        long,
        ...Object.keys(secrets).slice(10)
      ]
      const reads = await readSecrets(names, { client, mask: () => undefined })
      expect(reads.filter((read) => read.status === 'found')).toHaveLength(19)
      const bad = reads.find((read) => read.name === long)
      expect(bad?.status).toBe('not-found')
      expect(bad?.detail).toContain('at most 512')
      expect(aws.requests.flatMap((r) => r.secretIds)).not.toContain(long)
      const existence = await checkExistence([long, 'airflow/variables/v0'], {
        client,
        method: 'describe'
      })
      expect(existence.map((read) => read.status)).toEqual([
        'not-found',
        'found'
      ])
    })
  })
})

describe('broken answers through the bundled action', () => {
  const ROLE = 'arn:aws:iam::123456789012:role/astro-gate'
  it.each([
    ['SecretValues a number', '{"SecretValues":7,"Errors":[]}'],
    [
      'a malformed 200 quoting the value',
      `{"SecretValues":[{"Name":"airflow/connections/a","SecretString":"${CANARY}`
    ]
  ])(
    '%s: one error per secret, no engine error, no part of the value',
    async (_label, body) => {
      const aws = await startFakeAws({
        secrets: { 'airflow/connections/a': `postgres://u:${CANARY}@h/db` },
        rawAnswers: { BatchGetSecretValue: body }
      })
      try {
        const run = await runAction({
          aws,
          inputs: {
            'role-to-assume': ROLE,
            'aws-region': 'us-east-1',
            'max-attempts': '1'
          },
          manifest: 'connections: [a, b]\n'
        })
        expect(run.code).toBe(1)
        const errors = run.stdout
          .split('\n')
          .filter((line) => line.startsWith('::error::'))
        expect(errors).toHaveLength(1)
        expect(run.everything).not.toMatch(
          /is not iterable|Cannot read properties|Unexpected token|Unterminated string|in JSON at position/
        )
        for (let i = 0; i + 6 <= CANARY.length; i++)
          expect(run.everything).not.toContain(CANARY.slice(i, i + 6))
        const report = JSON.parse(run.report ?? '{}') as {
          items: { status: string }[]
        }
        expect(report.items.map((item) => item.status)).toEqual([
          'unreadable',
          'unreadable'
        ])
      } finally {
        await aws.stop()
      }
    },
    60_000
  )
})

describe('hostile secrets through the bundled action, debug on', () => {
  const ROLE = 'arn:aws:iam::123456789012:role/astro-gate'
  const KEYS = [
    'constructor',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'isPrototypeOf',
    '__proto__'
  ]
  const LOGIN = 'Zq4loginCanary'
  const JSON_KEY = 'Zq5JsonKeyCanary'
  const QUERY = 'Zq6QueryCanary'
  const C = 'airflow/connections/'

  it('keys named like Object members, a value without a scheme and unknown keys: no crash, no part of any value', async () => {
    const secrets: Record<string, string> = {
      [`${C}no_scheme`]: `${LOGIN}:pw@db/x`,
      [`${C}json_keys`]: JSON.stringify({ conn_type: 'http', [JSON_KEY]: 'x' }),
      [`${C}query_key`]: `aws://@/?${QUERY}=1`
    }
    for (const key of KEYS) {
      secrets[`${C}json_${key}`] =
        `{"conn_type": "aws", "extra": {"${key}": "1", "region_name": "us-east-1"}}`
      secrets[`${C}uri_${key}`] = `aws://@/?${key}=1`
    }
    const ids = Object.keys(secrets).map((name) => name.slice(C.length))
    const aws = await startFakeAws({ secrets })
    try {
      const run = await runAction({
        aws,
        inputs: { 'role-to-assume': ROLE, 'aws-region': 'us-east-1' },
        manifest: `connections:\n${ids.map((id) => `  ${id}: ${id === 'no_scheme' ? '{ conn_type: postgres }' : '{}'}`).join('\n')}\n`,
        env: { RUNNER_DEBUG: '1' }
      })
      expect(run.everything).not.toMatch(
        /is not a function|native code|Cannot read properties/
      )
      const report = JSON.parse(run.report ?? '{}') as {
        items: { id: string; status: string; findings: { code: string }[] }[]
      }
      expect(report.items).toHaveLength(ids.length)
      for (const item of report.items.filter((i) =>
        KEYS.some((key) => i.id.endsWith(`_${key}`))
      ))
        expect(item.findings.map((f) => f.code)).toContain('aws-extra-unknown')
      // Masking a value is how it stays out of the log: those lines aside.
      const shown = run.everything
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n')
      for (const canary of [LOGIN, JSON_KEY, QUERY])
        for (let i = 0; i + 6 <= canary.length; i++)
          expect(shown).not.toContain(canary.slice(i, i + 6))
    } finally {
      await aws.stop()
    }
  }, 60_000)

  it('an over-long id does not fail its batch of 20', async () => {
    const secrets = Object.fromEntries(
      Array.from({ length: 19 }, (_, i) => [`${C}c${i}`, 'postgres://u:p@h/db'])
    )
    const aws = await startFakeAws({ secrets })
    try {
      const long = 'x'.repeat(2100)
      const run = await runAction({
        aws,
        inputs: { 'role-to-assume': ROLE, 'aws-region': 'us-east-1' },
        manifest: `connections: [${[...Array.from({ length: 10 }, (_, i) => `c${i}`), long, ...Array.from({ length: 9 }, (_, i) => `c${i + 10}`)].join(', ')}]\n`
      })
      const report = JSON.parse(run.report ?? '{}') as {
        items: { id: string; status: string }[]
      }
      expect(report.items.filter((i) => i.status === 'valid')).toHaveLength(19)
      expect(report.items.find((i) => i.id === long)?.status).not.toBe('valid')
      expect(aws.requests.flatMap((r) => r.secretIds)).not.toContain(
        `${C}${long}`
      )
    } finally {
      await aws.stop()
    }
  }, 60_000)
})
