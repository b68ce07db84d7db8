import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  createSecretsManagerClient,
  warmUpSecretsManager
} from '../../src/adapters/aws/clients.js'
import type { AwsCredentials } from '../../src/adapters/aws/clients.js'
import {
  checkExistence,
  readSecrets
} from '../../src/adapters/aws/secrets-reader.js'
import { AwsCallError } from '../../src/core/errors.js'
import type { SecretRead } from '../../src/core/gate/secret-read.js'
import type {
  FakeAws,
  FakeAwsOptions,
  FakeSecret
} from '../support/fake-aws.js'
import { startFakeAws } from '../support/fake-aws.js'
import {
  clearAmbientEnv,
  AWS_PROXY_AND_ACTIONS
} from '../support/ambient-env.js'

const KEY = {
  accessKeyId: 'AKIAFAKEGATE0000TEST',
  secretAccessKey: 'fake/secret+key'
}

const saved = { ...process.env }
beforeAll(() => {
  clearAmbientEnv(AWS_PROXY_AND_ACTIONS)
  Object.assign(process.env, {
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null'
  })
})
afterAll(() => {
  process.env = saved
})

const clients: { destroy(): void }[] = []

async function withFake<T>(
  options: FakeAwsOptions,
  body: (aws: FakeAws) => Promise<T>
): Promise<T> {
  const aws = await startFakeAws({ acceptCredentials: [KEY], ...options })
  process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = aws.url
  try {
    return await body(aws)
  } finally {
    for (const made of clients.splice(0)) made.destroy()
    await aws.stop()
  }
}

function client(
  options: { maxAttempts?: number; credentials?: AwsCredentials } = {}
): ReturnType<typeof createSecretsManagerClient> {
  // The SDK's classification and attempt count, without its real waits.
  const made = createSecretsManagerClient({
    region: 'us-east-1',
    credentials: options.credentials ?? KEY,
    maxAttempts: options.maxAttempts ?? 5,
    retryDelayMs: () => 0
  })
  clients.push(made)
  return made
}

function manySecrets(count: number): Record<string, string> {
  const secrets: Record<string, string> = {}
  for (let i = 0; i < count; i++)
    secrets[`airflow/variables/var_${String(i).padStart(3, '0')}`] =
      `value-${i}`
  return secrets
}

const noSleep = (): Promise<void> => Promise.resolve()

const MIXED: Record<string, FakeSecret> = {
  'airflow/connections/ok': 'postgres://u:p@db:5432/x',
  'airflow/connections/binary': {
    kind: 'binary',
    value: new Uint8Array([1, 2])
  },
  'airflow/connections/deleted': { kind: 'scheduled-for-deletion' },
  'airflow/connections/kms': { kind: 'kms-failure' },
  'airflow/connections/denied': { kind: 'access-denied' },
  'airflow/variables/hot': { kind: 'throttled' },
  'airflow/variables/empty': ''
}
const MIXED_NAMES = [...Object.keys(MIXED), 'airflow/variables/missing']

function verdicts(reads: readonly SecretRead[]): [string, string][] {
  return reads.map((read) => [read.name, read.status])
}

describe('readSecrets against the fake AWS (real SDK client)', () => {
  it('costs ceil(N/20) BatchGetSecretValue calls and keeps the order', async () => {
    await withFake({ secrets: manySecrets(45) }, async (aws) => {
      const masked: string[] = []
      const names = Object.keys(manySecrets(45)).reverse()
      const reads = await readSecrets(names, {
        client: client(),
        mask: (value) => masked.push(value)
      })
      expect(aws.counts.BatchGetSecretValue).toBe(3)
      expect(aws.counts.GetSecretValue).toBe(0)
      expect(reads.map((r) => r.name)).toEqual(names)
      expect(reads.every((r) => r.status === 'found')).toBe(true)
      expect(reads[0]?.value).toBe('value-44')
      expect(masked.sort()).toEqual(reads.map((r) => r.value).sort())
      expect(
        aws.requests.every((r) => r.secretIds.length <= 20 && r.status === 200)
      ).toBe(true)
    })
  })

  it('signs every call with the given key and sends the product user agent', async () => {
    await withFake({ secrets: manySecrets(3) }, async (aws) => {
      await readSecrets(Object.keys(manySecrets(3)), {
        client: client(),
        mask: () => undefined
      })
      expect(aws.requests).toHaveLength(1)
      expect(aws.requests[0]).toMatchObject({
        accessKeyId: KEY.accessKeyId,
        scope: 'secretsmanager/us-east-1'
      })
      expect(aws.requests[0]?.userAgent).toContain('astro-secrets-gate/0.1.0')
    })
  })

  it.each([1, 3, 8])(
    'keeps at most %i requests in flight',
    async (maxConcurrency) => {
      await withFake(
        { secrets: manySecrets(200), latencyMs: [20, 30] },
        async (aws) => {
          const reads = await readSecrets(Object.keys(manySecrets(200)), {
            client: client(),
            mask: () => undefined,
            maxConcurrency
          })
          expect(reads).toHaveLength(200)
          expect(aws.counts.BatchGetSecretValue).toBe(10)
          // Never above the bound, and the bound is really used.
          expect(aws.maxInFlight()).toBeLessThanOrEqual(maxConcurrency)
          expect(aws.maxInFlight()).toBeGreaterThanOrEqual(
            Math.ceil(maxConcurrency / 2)
          )
        }
      )
    }
  )

  it('builds its client without the SDK logger, which copies every answer', () => {
    const names = client().middlewareStack.identify()
    expect(names.some((name) => name.startsWith('retryMiddleware'))).toBe(true)
    expect(names.some((name) => name.startsWith('loggerMiddleware'))).toBe(
      false
    )
  })

  it('warms the read path without sending anything', async () => {
    await withFake({ secrets: manySecrets(2) }, async (aws) => {
      await expect(warmUpSecretsManager('us-east-1')).resolves.toBe(true)
      // A region the SDK cannot resolve an endpoint for fails inside.
      await expect(warmUpSecretsManager('')).resolves.toBe(false)
      expect(aws.requests).toHaveLength(0)
    })
  })

  it('lets fewer requests out once AWS throttles them, and reads everything', async () => {
    // AWS throttles what arrives while 4 are in flight; 16 may go out at
    // first. The SDK retries at once here (no delay), so only the halving
    // keeps the retries from being throttled until max-attempts runs out.
    await withFake(
      { secrets: manySecrets(400), latencyMs: [15, 25], quota: 4 },
      async (aws) => {
        const reads = await readSecrets(Object.keys(manySecrets(400)), {
          client: client(),
          mask: () => undefined,
          maxConcurrency: 16
        })
        expect(reads.filter((read) => read.status === 'found')).toHaveLength(
          400
        )
        const throttled = aws.requests.filter(
          (request) => 'fault' in request && request.fault === 'throttling'
        ).length
        expect(throttled).toBeGreaterThan(0)
        // At most one round over the quota at each limit: 16, 8, 4.
        expect(throttled).toBeLessThanOrEqual(12 + 8 + 4)
      }
    )
  })

  it('halves its requests once for a secret AWS throttles on every attempt', async () => {
    // One secret throttled on all 5 attempts, read first (the role may not
    // batch, so one GetSecretValue a secret): its retries must not keep
    // halving the requests the other 300 reads may have out.
    const names = ['airflow/variables/hot', ...Object.keys(manySecrets(300))]
    await withFake(
      {
        secrets: {
          'airflow/variables/hot': { kind: 'throttled' },
          ...manySecrets(300)
        },
        denyBatchGet: true,
        latencyMs: [5, 10]
      },
      async (aws) => {
        const reads = await readSecrets(names, {
          client: client(),
          mask: () => undefined,
          maxConcurrency: 16
        })
        expect(reads[0]?.status).toBe('throttled')
        expect(reads.filter((read) => read.status === 'found')).toHaveLength(
          300
        )
        const hot = aws.requests.filter((request) =>
          request.secretIds.includes('airflow/variables/hot')
        )
        expect(hot.length).toBeGreaterThanOrEqual(5)
        const last = aws.requests.slice(-100)
        // Still 8 out at once once the hot secret has run out of attempts.
        expect(Math.max(...last.map((request) => request.inFlight ?? 0))).toBe(
          8
        )
      }
    )
  })

  it('maps every per-secret error to its status, one bad secret hiding none', async () => {
    await withFake({ secrets: MIXED }, async () => {
      const reads = await readSecrets(MIXED_NAMES, {
        client: client(),
        mask: () => undefined,
        sleep: noSleep
      })
      expect(verdicts(reads)).toEqual([
        ['airflow/connections/ok', 'found'],
        ['airflow/connections/binary', 'binary-only'],
        ['airflow/connections/deleted', 'scheduled-for-deletion'],
        ['airflow/connections/kms', 'decrypt-failed'],
        ['airflow/connections/denied', 'access-denied'],
        ['airflow/variables/hot', 'throttled'],
        ['airflow/variables/empty', 'found'],
        ['airflow/variables/missing', 'not-found']
      ])
    })
  })

  it.each([
    [
      'airflow/connections/binary',
      'binary-only',
      undefined,
      /only SecretBinary/
    ],
    [
      'airflow/connections/deleted',
      'scheduled-for-deletion',
      'InvalidRequestException',
      /^Scheduled for deletion on \d{4}-\d\d-\d\dT/
    ],
    [
      'airflow/connections/kms',
      'decrypt-failed',
      'DecryptionFailure',
      /can't decrypt/
    ],
    [
      'airflow/connections/denied',
      'access-denied',
      'AccessDeniedException',
      /not authorized to perform: secretsmanager:GetSecretValue/
    ],
    [
      'airflow/variables/hot',
      'throttled',
      'ThrottlingException',
      /Rate exceeded/
    ],
    [
      'airflow/variables/missing',
      'not-found',
      'ResourceNotFoundException',
      /can't find the specified secret/
    ]
  ])(
    '%s → %s with a one-line detail',
    async (name, status, awsCode, detail) => {
      await withFake({ secrets: MIXED }, async () => {
        const [read] = await readSecrets([name], {
          client: client(),
          mask: () => undefined,
          sleep: noSleep
        })
        expect(read).toMatchObject({ name, status })
        expect(read?.awsCode).toBe(awsCode)
        expect(read?.detail).toMatch(detail)
        expect(read?.detail).not.toMatch(/\n/)
        expect(read?.value).toBeUndefined()
      })
    }
  )

  it('asks again for secrets a batch reported throttled, then gives up', async () => {
    await withFake({ secrets: MIXED }, async (aws) => {
      const waits: number[] = []
      const reads = await readSecrets(
        ['airflow/variables/hot', 'airflow/connections/ok'],
        {
          client: client(),
          mask: () => undefined,
          throttleRounds: 2,
          sleep: (ms) => {
            waits.push(ms)
            return Promise.resolve()
          }
        }
      )
      expect(verdicts(reads)).toEqual([
        ['airflow/variables/hot', 'throttled'],
        ['airflow/connections/ok', 'found']
      ])
      expect(waits).toHaveLength(2)
      expect(aws.counts.BatchGetSecretValue).toBe(3)
      expect(aws.requests.map((r) => r.secretIds.length)).toEqual([2, 1, 1])
    })
  })

  it('gives the same verdicts with 30% of calls throttled or failing with 5xx', async () => {
    const secrets = { ...manySecrets(150), ...MIXED }
    const names = [...Object.keys(secrets), 'airflow/variables/missing']
    const clean = await withFake({ secrets }, () =>
      readSecrets(names, {
        client: client(),
        mask: () => undefined,
        sleep: noSleep
      })
    )
    await withFake(
      { secrets, faults: { rate: 0.3, seed: 7, kinds: ['throttling', '5xx'] } },
      async (aws) => {
        const faulty = await readSecrets(names, {
          client: client({ maxAttempts: 10 }),
          mask: () => undefined,
          sleep: noSleep
        })
        expect(aws.faultCount()).toBeGreaterThan(0)
        expect(verdicts(faulty)).toEqual(verdicts(clean))
        expect(faulty.map((r) => r.value)).toEqual(clean.map((r) => r.value))
      }
    )
  }, 60_000)

  it('survives connection resets and truncated bodies', async () => {
    await withFake(
      {
        secrets: manySecrets(60),
        faults: { rate: 0.3, seed: 3, kinds: ['reset', 'truncated'] }
      },
      async (aws) => {
        const reads = await readSecrets(Object.keys(manySecrets(60)), {
          client: client({ maxAttempts: 10 }),
          mask: () => undefined
        })
        expect(aws.faultCount()).toBeGreaterThan(0)
        expect(reads.every((r) => r.status === 'found')).toBe(true)
      }
    )
  }, 60_000)

  it.each([
    ['throttled', 'throttling', /ThrottlingException/],
    ['failing on the server side', '5xx', /InternalServiceError/]
  ] as const)(
    'ends the run as AWS unavailable when a whole batch is still %s after the SDK retries',
    async (_label, kind, code) => {
      await withFake(
        { secrets: manySecrets(3), faults: { rate: 1, kinds: [kind] } },
        async (aws) => {
          const error = await readSecrets(Object.keys(manySecrets(3)), {
            client: client({ maxAttempts: 1 }),
            mask: () => undefined
          }).catch((e: unknown) => e)
          expect(aws.counts.BatchGetSecretValue).toBe(1)
          expect(error).toBeInstanceOf(AwsCallError)
          expect((error as AwsCallError).code).toBe('aws-unavailable')
          expect((error as AwsCallError).message).toMatch(
            /^AWS unavailable: Secrets Manager BatchGetSecretValue kept failing/
          )
          expect((error as AwsCallError).message).toMatch(code)
        }
      )
    }
  )

  it('falls back to GetSecretValue after at most 2 denied BatchGetSecretValue calls', async () => {
    await withFake(
      { secrets: { ...MIXED, ...manySecrets(200) }, denyBatchGet: true },
      async (aws) => {
        const warnings: string[] = []
        const used: string[] = []
        const names = [...MIXED_NAMES, ...Object.keys(manySecrets(200))]
        const reads = await readSecrets(names, {
          client: client(),
          mask: () => undefined,
          warn: (message) => warnings.push(message),
          used: (operation) => used.push(operation),
          maxConcurrency: 4
        })
        expect(warnings).toHaveLength(1)
        expect(warnings[0]).toMatch(/BatchGetSecretValue.*GetSecretValue/)
        // One call per secret, plus the SDK's 4 retries of the throttled one.
        expect(aws.counts.GetSecretValue).toBe(names.length + 4)
        // 11 batches, but only the first 2 go out before the denial is known.
        expect(aws.counts.BatchGetSecretValue).toBeLessThanOrEqual(2)
        expect(used).toEqual(['GetSecretValue'])
        // The deleted secret's InvalidRequestException, confirmed by its
        // DeletedDate.
        expect(aws.counts.DescribeSecret).toBe(1)
        expect(aws.maxInFlight()).toBeLessThanOrEqual(4)
        expect(verdicts(reads).slice(0, MIXED_NAMES.length)).toEqual([
          ['airflow/connections/ok', 'found'],
          ['airflow/connections/binary', 'binary-only'],
          ['airflow/connections/deleted', 'scheduled-for-deletion'],
          ['airflow/connections/kms', 'decrypt-failed'],
          ['airflow/connections/denied', 'access-denied'],
          ['airflow/variables/hot', 'throttled'],
          ['airflow/variables/empty', 'found'],
          ['airflow/variables/missing', 'not-found']
        ])
      }
    )
  }, 30_000)

  it('fails the run in one line when the credentials are rejected', async () => {
    await withFake({ secrets: manySecrets(2) }, async () => {
      await expect(
        readSecrets(Object.keys(manySecrets(2)), {
          client: client({
            credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' }
          }),
          mask: () => undefined
        })
      ).rejects.toThrow(
        /^No usable AWS credentials for Secrets Manager BatchGetSecretValue \(UnrecognizedClientException: .*\): the AWS credentials were rejected/
      )
    })
  })

  it('fails the run in one line when no credentials can be found', async () => {
    await withFake({ secrets: manySecrets(2) }, async () => {
      const ambient = createSecretsManagerClient({
        region: 'us-east-1',
        maxAttempts: 1
      })
      clients.push(ambient)
      await expect(
        readSecrets(Object.keys(manySecrets(2)), {
          client: ambient,
          mask: () => undefined
        })
      ).rejects.toThrow(
        /^No usable AWS credentials .*set role-to-assume \(GitHub OIDC\)/
      )
    })
  })

  it('uses ambient credentials from the environment without a role', async () => {
    await withFake({ secrets: manySecrets(2) }, async (aws) => {
      process.env.AWS_ACCESS_KEY_ID = KEY.accessKeyId
      process.env.AWS_SECRET_ACCESS_KEY = KEY.secretAccessKey
      try {
        const ambient = createSecretsManagerClient({ region: 'us-east-1' })
        clients.push(ambient)
        const reads = await readSecrets(Object.keys(manySecrets(2)), {
          client: ambient,
          mask: () => undefined
        })
        expect(reads.map((r) => r.status)).toEqual(['found', 'found'])
        expect(aws.requests[0]?.accessKeyId).toBe(KEY.accessKeyId)
      } finally {
        delete process.env.AWS_ACCESS_KEY_ID
        delete process.env.AWS_SECRET_ACCESS_KEY
      }
    })
  })
})

describe('checkExistence', () => {
  it('reports existence with DescribeSecret and reads no value', async () => {
    await withFake({ secrets: MIXED }, async (aws) => {
      const used: string[] = []
      const reads = await checkExistence(MIXED_NAMES, {
        client: client(),
        maxConcurrency: 2,
        method: 'describe',
        used: (operation) => used.push(operation)
      })
      expect(verdicts(reads)).toEqual([
        ['airflow/connections/ok', 'found'],
        ['airflow/connections/binary', 'found'],
        ['airflow/connections/deleted', 'scheduled-for-deletion'],
        ['airflow/connections/kms', 'found'],
        ['airflow/connections/denied', 'access-denied'],
        ['airflow/variables/hot', 'throttled'],
        ['airflow/variables/empty', 'found'],
        ['airflow/variables/missing', 'not-found']
      ])
      expect(used).toEqual(['DescribeSecret'])
      expect(reads.every((r) => r.value === undefined)).toBe(true)
      // One call per secret, plus the SDK's 4 retries of the throttled one.
      expect(aws.counts.DescribeSecret).toBe(MIXED_NAMES.length + 4)
      expect(aws.counts.GetSecretValue + aws.counts.BatchGetSecretValue).toBe(0)
      expect(aws.maxInFlight()).toBeLessThanOrEqual(2)
      expect(reads[2]?.detail).toMatch(/^Scheduled for deletion on \d{4}-/)
    })
  })

  it('lists 10 names per ListSecrets call by default and confirms the unlisted ones', async () => {
    const secrets = { ...MIXED, ...manySecrets(230) }
    await withFake({ secrets }, async (aws) => {
      const used: string[] = []
      const names = [...MIXED_NAMES, 'airflow/variables/var_229']
      const reads = await checkExistence(names, {
        client: client(),
        used: (operation) => used.push(operation)
      })
      expect(verdicts(reads)).toEqual(
        [
          ['airflow/connections/ok', 'found'],
          ['airflow/connections/binary', 'found'],
          ['airflow/connections/deleted', 'scheduled-for-deletion'],
          ['airflow/connections/kms', 'found'],
          ['airflow/connections/denied', 'found'],
          ['airflow/variables/hot', 'found'],
          ['airflow/variables/empty', 'found'],
          ['airflow/variables/missing', 'not-found']
        ].concat([['airflow/variables/var_229', 'found']])
      )
      expect(used).toEqual(['ListSecrets'])
      expect(aws.counts.ListSecrets).toBe(1)
      // Only the name the listing did not show is asked about by name.
      expect(aws.counts.DescribeSecret).toBe(1)
      expect(
        aws.requests.find((r) => r.operation === 'DescribeSecret')?.secretIds
      ).toEqual(['airflow/variables/missing'])
      expect(reads.every((r) => r.value === undefined)).toBe(true)
    })
  })

  it('matches listed names exactly and follows NextToken', async () => {
    // "var_1" is a prefix of 111 other names; AWS matches regardless of case.
    const secrets = {
      ...manySecrets(0),
      'airflow/variables/var_1': 'x',
      'AIRFLOW/variables/var_1x': 'x'
    } as Record<string, string>
    for (let i = 0; i < 250; i++) secrets[`airflow/variables/var_1${i}`] = 'y'
    await withFake({ secrets }, async (aws) => {
      const reads = await checkExistence(
        [
          'airflow/variables/var_1',
          'airflow/variables/VAR_1',
          'airflow/variables/var_1249'
        ],
        { client: client() }
      )
      expect(verdicts(reads)).toEqual([
        ['airflow/variables/var_1', 'found'],
        ['airflow/variables/VAR_1', 'not-found'],
        ['airflow/variables/var_1249', 'found']
      ])
      // 253 listed under one filter, 100 per page: 3 pages.
      expect(aws.counts.ListSecrets).toBe(3)
      expect(aws.counts.DescribeSecret).toBe(1)
    })
  })

  it('costs N/10 ListSecrets calls at N = 1,000', async () => {
    await withFake({ secrets: manySecrets(1000) }, async (aws) => {
      const names = Object.keys(manySecrets(1000))
      const reads = await checkExistence(names, { client: client() })
      expect(reads.every((r) => r.status === 'found')).toBe(true)
      expect(aws.counts.ListSecrets).toBe(100)
      expect(aws.counts.DescribeSecret).toBe(0)
      expect(
        aws.requests.every((r) => r.secretIds.length <= 10 && r.status === 200)
      ).toBe(true)
    })
  }, 30_000)

  it('falls back to DescribeSecret after at most 2 denied ListSecrets calls', async () => {
    await withFake(
      { secrets: manySecrets(200), denyListSecrets: true },
      async (aws) => {
        const warnings: string[] = []
        const used: string[] = []
        const reads = await checkExistence(Object.keys(manySecrets(200)), {
          client: client(),
          warn: (message) => warnings.push(message),
          used: (operation) => used.push(operation)
        })
        expect(reads.every((r) => r.status === 'found')).toBe(true)
        expect(warnings).toEqual([
          'The role may not call secretsmanager:ListSecrets; checking each secret with DescribeSecret instead (allow ListSecrets for fewer calls).'
        ])
        expect(used).toEqual(['DescribeSecret'])
        expect(aws.counts.ListSecrets).toBeLessThanOrEqual(2)
        expect(aws.counts.DescribeSecret).toBe(200)
      }
    )
  }, 30_000)
})
