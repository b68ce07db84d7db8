import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import diagnosticsChannel from 'node:diagnostics_channel'
import type { AssumeRoleDeps } from '../../src/adapters/aws/assume-role.js'
import {
  assumeRoleWithOidc,
  exportCredentials
} from '../../src/adapters/aws/assume-role.js'
import { assumeRoleEarly } from '../../src/check/aws-reads.js'
import { AwsCallError } from '../../src/core/errors.js'
import type { FakeAws, FakeAwsOptions } from '../support/fake-aws.js'
import { startFakeAws } from '../support/fake-aws.js'
import {
  clearAmbientEnv,
  AWS_PROXY_ACTIONS_AND_GITHUB
} from '../support/ambient-env.js'

const ROLE = 'arn:aws:iam::123456789012:role/airflow-secrets-gate'
const SETTINGS = {
  roleArn: ROLE,
  region: 'us-east-1',
  audience: 'sts.amazonaws.com',
  sessionName: 'octo-org-octo-repo-42',
  durationSeconds: 900
}

const saved = { ...process.env }
beforeAll(() => {
  clearAmbientEnv(AWS_PROXY_ACTIONS_AND_GITHUB)
  Object.assign(process.env, {
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null'
  })
})
afterAll(() => {
  process.env = saved
})

let stdout: string[] = []
beforeEach(() => {
  stdout = []
  // @actions/core writes ::add-mask:: commands to stdout; keep them.
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk))
    return true
  })
})

interface Run {
  aws: FakeAws
  masked: string[]
  info: string[]
  sleeps: number[]
}

/** A fake clock that each sleep moves on, so retries take no real time. */
function deps(
  run: Omit<Run, 'aws'>,
  extra: Partial<AssumeRoleDeps> = {}
): AssumeRoleDeps {
  let clock = 1_000_000
  return {
    env: { ...process.env },
    mask: (value) => run.masked.push(value),
    info: (line) => run.info.push(line),
    sleep: (ms) => {
      run.sleeps.push(ms)
      clock += ms
      return Promise.resolve()
    },
    now: () => clock,
    random: () => 1,
    ...extra
  }
}

async function withFake(
  options: FakeAwsOptions,
  body: (run: Run) => Promise<void>
): Promise<void> {
  const aws = await startFakeAws(options)
  Object.assign(process.env, aws.env(), { GITHUB_ACTIONS: 'true' })
  try {
    await body({ aws, masked: [], info: [], sleeps: [] })
  } finally {
    await aws.stop()
  }
}

async function failure(promise: Promise<unknown>): Promise<AwsCallError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(AwsCallError)
    return error as AwsCallError
  }
  throw new Error('expected a failure')
}

describe('assumeRoleWithOidc against the fake GitHub and STS', () => {
  it('assumes the role in one STS call and masks the credentials at once', async () => {
    await withFake({}, async (run) => {
      const role = await assumeRoleWithOidc(SETTINGS, deps(run))
      expect(run.aws.counts).toMatchObject({
        oidc: 1,
        AssumeRoleWithWebIdentity: 1
      })
      const issued = run.aws.issued[0]
      expect(issued).toMatchObject({
        roleArn: ROLE,
        sessionName: SETTINGS.sessionName
      })
      expect(role.credentials).toMatchObject({
        accessKeyId: issued?.accessKeyId,
        secretAccessKey: issued?.secretAccessKey,
        sessionToken: issued?.sessionToken
      })
      expect(run.masked).toEqual([
        issued?.accessKeyId,
        issued?.secretAccessKey,
        issued?.sessionToken
      ])
      expect(role.assumedRoleArn).toBe(
        `arn:aws:sts::123456789012:assumed-role/airflow-secrets-gate/${SETTINGS.sessionName}`
      )
      expect(role.claims).toMatchObject({
        aud: 'sts.amazonaws.com',
        repository: 'octo-org/octo-repo'
      })
      // The toolkit masked the OIDC token itself.
      expect(stdout.join('')).toMatch(/::add-mask::eyJ/)
      expect(run.info.join('\n')).not.toContain(issued?.secretAccessKey ?? '?')
      expect(
        run.aws.requests.find(
          (r) => r.operation === 'AssumeRoleWithWebIdentity'
        )?.userAgent
      ).toContain('astro-secrets-gate/0.1.0')
    })
  })

  it('tells as each STS attempt leaves', async () => {
    await withFake(
      { stsFailures: [{ code: 'Throttling', status: 400, times: 1 }] },
      async (run) => {
        let sent = 0
        const role = await assumeRoleWithOidc(
          SETTINGS,
          deps(run, {
            onSent: () => {
              sent++
            }
          })
        )
        expect(role.attempts).toBe(2)
        expect(sent).toBe(2)
        expect(run.aws.counts.AssumeRoleWithWebIdentity).toBe(2)
      }
    )
  })

  it('starts the early role and returns once STS is asked, not answered', async () => {
    let posted = 0
    const onStart = (message: unknown): void => {
      if (
        (message as { request: { method: string } }).request.method === 'POST'
      )
        posted++
    }
    const posts = (): number => posted
    diagnosticsChannel.subscribe('http.client.request.start', onStart)
    await withFake({ latencyMs: 300 }, async (run) => {
      const early = await assumeRoleEarly(
        {
          kind: 'oidc',
          roleArn: ROLE,
          audience: SETTINGS.audience,
          sessionName: SETTINGS.sessionName,
          durationSeconds: SETTINGS.durationSeconds,
          exportCredentials: false
        },
        {
          explicit: 'us-east-1',
          explicitSource: 'Input aws-region',
          input: 'aws-region',
          backendRegion: null,
          missing: 'No AWS region.'
        },
        {
          env: { ...process.env },
          hooks: {
            info: (line) => run.info.push(line),
            warn: () => undefined,
            mask: (value) => run.masked.push(value)
          },
          timeoutSeconds: 30
        }
      )
      expect(early?.region).toBe('us-east-1')
      // The STS request exists (POST; the token request is a GET), its
      // answer still 300 ms away.
      expect(posts()).toBe(1)
      expect(run.masked).toHaveLength(0)
      const role = await early?.role
      expect(role?.credentials.accessKeyId).toBe(run.aws.issued[0]?.accessKeyId)
      expect(run.masked).toHaveLength(3)
    }).finally(() => {
      diagnosticsChannel.unsubscribe('http.client.request.start', onStart)
    })
  })

  it('prints the claims and a matching trust-policy Condition on AccessDenied, without retrying', async () => {
    await withFake(
      {
        trust: () => false,
        claims: {
          sub: 'repo:octo-org@1001/octo-repo@2002:environment:prod',
          environment: 'prod'
        }
      },
      async (run) => {
        const error = await failure(assumeRoleWithOidc(SETTINGS, deps(run)))
        expect(error.message).toBe(
          `Not authorized to assume ${ROLE} with the GitHub OIDC token (AccessDenied): the role's trust policy does not match the token (sub repo:octo-org@1001/octo-repo@2002:environment:prod); its claims and a matching Condition are in the log and the job summary.`
        )
        expect(error.awsCode).toBe('AccessDenied')
        expect(run.aws.counts.AssumeRoleWithWebIdentity).toBe(1)
        expect(run.sleeps).toEqual([])
        const printed = run.info.join('\n')
        expect(printed).toContain(
          '  sub: repo:octo-org@1001/octo-repo@2002:environment:prod'
        )
        expect(printed).toContain('  aud: sts.amazonaws.com')
        expect(printed).toContain('  repository: octo-org/octo-repo')
        expect(printed).toContain('  ref: refs/heads/main')
        expect(printed).toContain('  environment: prod')
        expect(printed).toContain(
          '  job_workflow_ref: octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main'
        )
        expect(printed).toMatch(/immutable subject format/)
        const json = run.info.find((line) => line.startsWith('{'))
        expect(JSON.parse(json ?? '{}')).toEqual({
          Condition: {
            StringEquals: {
              'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
              'token.actions.githubusercontent.com:sub': [
                'repo:octo-org@1001/octo-repo@2002:environment:prod',
                'repo:octo-org/octo-repo:environment:prod'
              ]
            }
          }
        })
        expect(printed).not.toMatch(/eyJ/)
      }
    )
  })

  it.each([
    [
      'InvalidIdentityToken (wrong audience)',
      { acceptedAudiences: ['sts.amazonaws.com'] },
      { audience: 'api://other' },
      'InvalidIdentityToken',
      `STS rejected the GitHub OIDC token for ${ROLE} (InvalidIdentityToken: Incorrect token audience): the account needs the IAM OIDC provider token.actions.githubusercontent.com with "api://other" (input audience) among its audiences.`
    ],
    [
      'ExpiredToken',
      { tokenLifetimeSeconds: -60 },
      {},
      'ExpiredToken',
      `The GitHub OIDC token expired before STS accepted it for ${ROLE} (ExpiredToken): re-run the job, and check the runner's clock if it happens again.`
    ],
    [
      'ValidationError',
      { maxSessionDuration: 3600 },
      { durationSeconds: 7200 },
      'ValidationError',
      `STS refused to assume ${ROLE} (ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.): check role-to-assume, role-session-name and role-duration-seconds (7200; at most the role's maximum session duration).`
    ],
    [
      'IDPRejectedClaim',
      {
        stsFailures: [{ code: 'IDPRejectedClaim', message: 'Claim rejected' }]
      },
      {},
      'IDPRejectedClaim',
      `STS rejected a claim of the GitHub OIDC token for ${ROLE} (IDPRejectedClaim: Claim rejected).`
    ]
  ] as const)(
    '%s fails at once with one line',
    async (_label, fake, override, code, message) => {
      await withFake(fake, async (run) => {
        const error = await failure(
          assumeRoleWithOidc({ ...SETTINGS, ...override }, deps(run))
        )
        expect(error.awsCode).toBe(code)
        expect(error.message).toBe(message)
        expect(run.aws.counts.AssumeRoleWithWebIdentity).toBe(1)
        expect(run.sleeps).toEqual([])
      })
    }
  )

  it('retries IDPCommunicationError and throttling with growing jittered waits', async () => {
    await withFake(
      {
        stsFailures: [
          { code: 'IDPCommunicationError', times: 2 },
          { code: 'Throttling', message: 'Rate exceeded', times: 1 }
        ]
      },
      async (run) => {
        const role = await assumeRoleWithOidc(SETTINGS, deps(run))
        expect(role.attempts).toBe(4)
        expect(run.aws.counts.AssumeRoleWithWebIdentity).toBe(4)
        expect(run.sleeps).toEqual([250, 500, 1000])
        expect(
          run.info.filter((l) =>
            l.startsWith('STS AssumeRoleWithWebIdentity attempt')
          )
        ).toHaveLength(3)
      }
    )
  })

  it('stops retrying within the total time budget', async () => {
    await withFake(
      {
        faults: {
          rate: 1,
          kinds: ['5xx'],
          operations: ['AssumeRoleWithWebIdentity']
        }
      },
      async (run) => {
        const error = await failure(
          assumeRoleWithOidc(
            SETTINGS,
            deps(run, { maxTotalMs: 2_000, maxAttempts: 10 })
          )
        )
        // 250 + 500 + 1000 = 1750 ms waited; the next 2000 ms wait would pass 2 s.
        expect(run.sleeps).toEqual([250, 500, 1000])
        expect(error.message).toBe(
          `AWS unavailable: STS AssumeRoleWithWebIdentity for ${ROLE} still failed after 4 attempts in 1.8 s (InternalFailure: The request processing has failed because of an unknown error.); re-run the job later.`
        )
      }
    )
  })

  it('gives up after maxAttempts of throttling', async () => {
    await withFake(
      {
        faults: {
          rate: 1,
          kinds: ['throttling'],
          operations: ['AssumeRoleWithWebIdentity']
        }
      },
      async (run) => {
        const error = await failure(
          assumeRoleWithOidc(SETTINGS, deps(run, { maxAttempts: 3 }))
        )
        expect(run.aws.counts.AssumeRoleWithWebIdentity).toBe(3)
        expect(error.awsCode).toBe('Throttling')
        expect(error.message).toMatch(
          /still failed after 3 attempts .*\(Throttling: Rate exceeded\)/
        )
      }
    )
  })

  it('retries network errors and names the settings to check', async () => {
    await withFake({}, async (run) => {
      process.env.AWS_ENDPOINT_URL_STS = 'http://127.0.0.1:9'
      const error = await failure(
        assumeRoleWithOidc(SETTINGS, deps(run, { maxAttempts: 2 }))
      )
      expect(run.sleeps).toHaveLength(1)
      expect(error.message).toMatch(
        /^AWS unavailable: STS AssumeRoleWithWebIdentity for .* still failed after 2 attempts .*\(check network access, HTTPS_PROXY\/NO_PROXY and AWS_ENDPOINT_URL_STS\); re-run the job later\.$/
      )
    })
  })

  it('exports credentials only through the given exporter', () => {
    const exported: [string, string][] = []
    exportCredentials(
      {
        credentials: {
          accessKeyId: 'ASIA1',
          secretAccessKey: 's',
          sessionToken: 't',
          expiration: new Date(0)
        }
      },
      'eu-west-1',
      (name, value) => exported.push([name, value])
    )
    expect(exported).toEqual([
      ['AWS_ACCESS_KEY_ID', 'ASIA1'],
      ['AWS_SECRET_ACCESS_KEY', 's'],
      ['AWS_SESSION_TOKEN', 't'],
      ['AWS_REGION', 'eu-west-1'],
      ['AWS_DEFAULT_REGION', 'eu-west-1']
    ])
  })
})

describe('missing OIDC permissions', () => {
  it.each([
    [
      { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push' },
      'No GitHub OIDC token for role-to-assume (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN not set): add "permissions: id-token: write" to this job, and for a reusable workflow to the calling job too. Pull requests from forks never get one.'
    ],
    [
      { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request' },
      'No GitHub OIDC token for role-to-assume (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN not set): add "permissions: id-token: write" to this job, and for a reusable workflow to the calling job too. This is a pull_request run: pull requests from forks never get an OIDC token.'
    ],
    [
      {
        GITHUB_ACTIONS: 'true',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/?x=1'
      },
      'No GitHub OIDC token for role-to-assume (ACTIONS_ID_TOKEN_REQUEST_TOKEN not set): add "permissions: id-token: write" to this job, and for a reusable workflow to the calling job too. Pull requests from forks never get one.'
    ],
    [
      {},
      'role-to-assume needs a GitHub Actions OIDC token, and ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set because this is not a GitHub Actions job: leave role-to-assume empty to use the ambient AWS credentials instead.'
    ]
  ])('env %j fails before any request', async (env, message) => {
    const aws = await startFakeAws()
    process.env.AWS_ENDPOINT_URL_STS = aws.url
    try {
      await expect(
        assumeRoleWithOidc(SETTINGS, {
          env,
          info: () => undefined,
          mask: () => undefined
        })
      ).rejects.toThrow(message)
      expect(aws.requests).toHaveLength(0)
    } finally {
      await aws.stop()
    }
  })

  it('reports a rejected request token in one line', async () => {
    await withFake({ oidcRequestToken: 'right' }, async (run) => {
      process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'wrong'
      await expect(
        assumeRoleWithOidc(SETTINGS, deps(run, { env: { ...process.env } }))
      ).rejects.toThrow(
        /^Could not get the GitHub OIDC token for audience "sts.amazonaws.com": Failed to get ID Token\./
      )
      expect(run.aws.counts.AssumeRoleWithWebIdentity).toBe(0)
    })
  })
})
