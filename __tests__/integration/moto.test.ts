/**
 * The bundled action (dist/index.js) and CLI (dist/cli.js) against moto, an
 * independent AWS emulator started by this test on a loopback port: GitHub
 * OIDC token from the test's own endpoint, AssumeRoleWithWebIdentity (action)
 * or AssumeRole (CLI) on moto, secrets created through the AWS SDK, verdicts
 * checked per secret in values and existence modes, and the region rules.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import {
  CreateSecretCommand,
  DeleteSecretCommand,
  SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import { type Moto, freePort, motoVersion, startMoto } from '../support/moto.js'
import { type ActionRun, commands, runAction } from '../support/run-action.js'

const run = promisify(execFile)
const CLI = resolve('dist/cli.js')
const ROLE = 'arn:aws:iam::123456789012:role/astro-gate'
const OTHER_ACCOUNT_ROLE = 'arn:aws:iam::111111111111:role/other-team'
const SETUP_KEYS = { accessKeyId: 'AKIAMOTOSETUP0000001', secretAccessKey: 'x' }
const PASSWORD = 'moto-canary-pw-7f3a9c'
const C = 'airflow/connections/'
const V = 'airflow/variables/'

const BACKEND = [
  'airflow: "3"',
  'backend:',
  '  connections_prefix: airflow/connections',
  '  variables_prefix: airflow/variables'
]
const ENTRIES = [
  'connections:',
  '  pg_uri: { conn_type: postgres, require: [password] }',
  '  pg_json: { conn_type: postgres, require: [password] }',
  '  bad_port: {}',
  '  absent: {}',
  '  binary: {}',
  '  retired: {}',
  '  in_west: {}',
  '  elsewhere: {}',
  'variables:',
  '  threshold: {}'
]
const MANIFEST = [...BACKEND, '  region_name: us-east-1', ...ENTRIES, ''].join(
  '\n'
)
const NO_REGION_MANIFEST = [...BACKEND, ...ENTRIES, ''].join('\n')

/** [kind:id] → [status, the finding codes] in mode values. */
const VALUES: Record<string, [string, string[]]> = {
  'connection:pg_uri': ['valid', []],
  'connection:pg_json': ['valid', []],
  'connection:bad_port': ['invalid', ['connection-parse-error']],
  'connection:absent': ['missing', ['secret-not-found']],
  'connection:binary': ['missing', ['secret-binary-only']],
  'connection:retired': ['missing', ['secret-scheduled-for-deletion']],
  'connection:in_west': ['missing', ['secret-not-found']],
  'connection:elsewhere': ['missing', ['secret-not-found']],
  'variable:threshold': ['valid', []]
}

/** In mode existence only presence counts. */
const EXISTENCE: Record<string, string> = {
  'connection:pg_uri': 'valid',
  'connection:pg_json': 'valid',
  'connection:bad_port': 'valid',
  'connection:absent': 'missing',
  'connection:binary': 'valid',
  'connection:retired': 'missing',
  'connection:in_west': 'missing',
  'connection:elsewhere': 'missing',
  'variable:threshold': 'valid'
}

interface ReportJson {
  readonly items: {
    readonly kind: string
    readonly id: string
    readonly status: string
    readonly findings: { readonly code: string }[]
  }[]
}

function verdicts(report: string | null): Record<string, [string, string[]]> {
  const parsed = JSON.parse(report ?? '{"items":[]}') as ReportJson
  return Object.fromEntries(
    parsed.items.map((item) => [
      `${item.kind}:${item.id}`,
      [item.status, item.findings.map((finding) => finding.code).sort()]
    ])
  )
}

const statuses = (report: string | null): Record<string, string | undefined> =>
  Object.fromEntries(
    Object.entries(verdicts(report)).map(([key, [status]]) => [key, status])
  )

let moto: Moto
let stopMoto: (() => Promise<void>) | undefined
const clients: { destroy(): void }[] = []

function secretsClient(
  region: string,
  credentials: {
    accessKeyId: string
    secretAccessKey: string
    sessionToken?: string
  } = SETUP_KEYS
): SecretsManagerClient {
  const client = new SecretsManagerClient({
    region,
    endpoint: moto.motoUrl,
    credentials
  })
  clients.push(client)
  return client
}

async function create(
  client: SecretsManagerClient,
  name: string,
  value: string | Uint8Array
): Promise<void> {
  await client.send(
    new CreateSecretCommand(
      typeof value === 'string'
        ? { Name: name, SecretString: value }
        : { Name: name, SecretBinary: value }
    )
  )
}

/** Runs `items` through `work` with at most `limit` in flight. */
async function pool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const item = items[next++] as T
        await work(item)
      }
    })
  )
}

beforeAll(async () => {
  const version = await motoVersion()
  if (version === null)
    throw new Error(
      "moto is not installed for python3: python3 -c 'import moto' failed."
    )
  moto = await startMoto()
  stopMoto = () => moto.stop()
  const east = secretsClient('us-east-1')
  await create(
    east,
    `${C}pg_uri`,
    `postgres://etl:${PASSWORD}@db.example.com:5432/analytics`
  )
  await create(
    east,
    `${C}pg_json`,
    JSON.stringify({
      conn_type: 'postgres',
      login: 'etl',
      password: PASSWORD,
      host: 'db.example.com',
      port: 5432,
      schema: 'analytics'
    })
  )
  await create(east, `${C}bad_port`, 'postgres://etl@db.example.com:99999/x')
  await create(east, `${C}binary`, new Uint8Array([0, 1, 2, 250]))
  await create(east, `${C}retired`, 'postgres://etl@old.example.com/x')
  await east.send(
    new DeleteSecretCommand({
      SecretId: `${C}retired`,
      RecoveryWindowInDays: 7
    })
  )
  await create(east, `${V}threshold`, '42')
  await create(
    secretsClient('us-west-2'),
    `${C}in_west`,
    'postgres://etl@db.example.com/x'
  )
  // Another account: moto keys its stores by the caller's account.
  const sts = new STSClient({
    region: 'us-east-1',
    endpoint: moto.motoUrl,
    credentials: SETUP_KEYS
  })
  clients.push(sts)
  const other = await sts.send(
    new AssumeRoleCommand({
      RoleArn: OTHER_ACCOUNT_ROLE,
      RoleSessionName: 'setup'
    })
  )
  const c = other.Credentials
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
    throw new Error('moto AssumeRole returned no credentials')
  await create(
    secretsClient('us-east-1', {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken
    }),
    `${C}elsewhere`,
    'postgres://etl@db.example.com/x'
  )
}, 120_000)

afterAll(async () => {
  for (const client of clients) client.destroy()
  await stopMoto?.()
}, 30_000)

async function action(
  inputs: Record<string, string>,
  manifest = MANIFEST,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  moto.reset()
  return runAction({
    inputs: { 'role-to-assume': ROLE, ...inputs },
    manifest,
    env: { ...moto.env(), ...env }
  })
}

/** Values may appear only in the runner's `::add-mask::` commands. */
function expectNoLeak(text: string): void {
  const shown = text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  expect(shown).not.toContain(PASSWORD)
  expect(shown).not.toContain(encodeURIComponent(PASSWORD))
}

describe('the bundled action against moto', () => {
  it('gives every verdict right in mode values', async () => {
    const result = await action({})
    expect(result.code).toBe(1)
    expect(verdicts(result.report)).toEqual(VALUES)
    expect(commands(result.stdout, 'error').length).toBeGreaterThan(0)
    // One OIDC role session; one batch; the deleted secret's DeletedDate.
    expect(moto.count('AssumeRoleWithWebIdentity')).toBe(1)
    expect(moto.count('BatchGetSecretValue')).toBe(1)
    expect(moto.count('DescribeSecret')).toBe(1)
    expect(moto.count('GetSecretValue')).toBe(0)
    expect(result.stdout.match(/Assumed arn:aws:sts::/g)).toHaveLength(1)
    expect(result.stdout).toContain(
      'Read with BatchGetSecretValue (20 secrets a call).'
    )
    expect(JSON.parse(result.report ?? '{}')).toMatchObject({
      aws: {
        region: 'us-east-1',
        regionSource: "the backend kwargs' region_name",
        endpoint: null,
        operation: 'BatchGetSecretValue'
      }
    })
    expect(result.envFile).toContain('AWS_DEFAULT_REGION=us-east-1')
    expectNoLeak(result.everything)
  }, 60_000)

  it('gives every verdict right in mode existence, with ListSecrets', async () => {
    const result = await action({ mode: 'existence' })
    expect(result.code).toBe(1)
    expect(statuses(result.report)).toEqual(EXISTENCE)
    expect(moto.count('ListSecrets')).toBe(1)
    // The three names the listing does not show, confirmed one by one.
    expect(moto.count('DescribeSecret')).toBe(3)
    expect(
      moto.count('GetSecretValue') + moto.count('BatchGetSecretValue')
    ).toBe(0)
    expect(result.stdout).toContain(
      'Existence checked with ListSecrets (10 names a call; unlisted names confirmed with DescribeSecret).'
    )
    expect(JSON.parse(result.report ?? '{}')).toMatchObject({
      aws: { operation: 'ListSecrets' }
    })
    expectNoLeak(result.everything)
  }, 60_000)

  it('reads in region_name, not in the runner’s AWS_REGION, and says so', async () => {
    const result = await action({}, MANIFEST, {
      AWS_REGION: 'us-west-2',
      AWS_DEFAULT_REGION: 'us-west-2'
    })
    expect(result.code).toBe(1)
    expect(verdicts(result.report)).toEqual(VALUES)
    expect(result.stdout).toContain(
      "Region us-east-1 (from the backend kwargs' region_name); not AWS_REGION (us-west-2) or AWS_DEFAULT_REGION (us-west-2)"
    )
    expect(result.envFile).toContain('AWS_DEFAULT_REGION=us-east-1')
    expect(result.envFile).not.toContain('us-west-2')
  }, 60_000)

  it('fails in one line, reading nothing, when aws-region contradicts region_name', async () => {
    const result = await action({ 'aws-region': 'us-west-2' })
    expect(result.code).toBe(1)
    expect(commands(result.stdout, 'error')).toEqual([
      "::error::Input aws-region (us-west-2) contradicts the backend kwargs' region_name (us-east-1), the region Airflow reads the secrets in; remove aws-region or set it to us-east-1."
    ])
    expect([...moto.counts.values()].reduce((a, b) => a + b, 0)).toBe(0)
    expect(result.envFile).toBeNull()
  }, 60_000)

  it('reads at the backend kwargs’ endpoint_url, as Airflow’s client does', async () => {
    // The runner's Secrets Manager endpoint is a closed port: only the
    // kwargs' endpoint_url can give the verdicts.
    const closed = `http://127.0.0.1:${await freePort()}`
    const manifest = MANIFEST.replace(
      '  region_name: us-east-1',
      `  region_name: us-east-1\n  endpoint_url: ${moto.url}`
    )
    const result = await action({}, manifest, {
      AWS_ENDPOINT_URL_SECRETS_MANAGER: closed
    })
    expect(result.code).toBe(1)
    expect(verdicts(result.report)).toEqual(VALUES)
    expect(JSON.parse(result.report ?? '{}')).toMatchObject({
      aws: { endpoint: moto.url, operation: 'BatchGetSecretValue' }
    })
    expect(result.stdout).toContain(
      `at ${moto.url} (the backend kwargs' endpoint_url)`
    )
    // STS is not redirected by endpoint_url (the provider never does that).
    expect(moto.count('AssumeRoleWithWebIdentity')).toBe(1)
  }, 60_000)

  it('reads in the runner’s region when the kwargs name none', async () => {
    const result = await action({}, NO_REGION_MANIFEST, {
      AWS_REGION: 'us-west-2'
    })
    expect(result.code).toBe(1)
    const got = statuses(result.report)
    // Only the us-west-2 secret exists there.
    expect(got['connection:in_west']).toBe('valid')
    expect(got['connection:pg_uri']).toBe('missing')
    expect(result.envFile).toContain('AWS_DEFAULT_REGION=us-west-2')
  }, 60_000)
})

describe('the bundled CLI against moto', () => {
  let project = ''
  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'asg-moto-cli-'))
    await writeFile(join(project, 'airflow-secrets.yml'), MANIFEST)
  })
  afterAll(async () => {
    await rm(project, { recursive: true, force: true })
  })

  async function cli(
    args: string[],
    env: Record<string, string> = {}
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    moto.reset()
    const endpoints = moto.env()
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        [CLI, 'check', '--role-arn', ROLE, ...args],
        {
          cwd: project,
          timeout: 60_000,
          env: {
            PATH: process.env.PATH ?? '',
            HOME: project,
            USER: 'tester',
            AWS_EC2_METADATA_DISABLED: 'true',
            AWS_CONFIG_FILE: '/dev/null',
            AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
            AWS_ACCESS_KEY_ID: SETUP_KEYS.accessKeyId,
            AWS_SECRET_ACCESS_KEY: SETUP_KEYS.secretAccessKey,
            AWS_ENDPOINT_URL_STS: endpoints.AWS_ENDPOINT_URL_STS ?? '',
            AWS_ENDPOINT_URL_SECRETS_MANAGER:
              endpoints.AWS_ENDPOINT_URL_SECRETS_MANAGER ?? '',
            ...env
          }
        }
      )
      return { code: 0, stdout, stderr }
    } catch (error) {
      const failed = error as {
        code?: number
        stdout?: string
        stderr?: string
      }
      return {
        code: typeof failed.code === 'number' ? failed.code : -1,
        stdout: failed.stdout ?? '',
        stderr: failed.stderr ?? ''
      }
    }
  }

  it('gives every verdict right in mode values', async () => {
    const result = await cli(['--json'], { AWS_REGION: 'us-west-2' })
    expect(result.code).toBe(1)
    expect(verdicts(result.stdout)).toEqual(VALUES)
    expect(moto.count('AssumeRole')).toBe(1)
    expect(moto.count('BatchGetSecretValue')).toBe(1)
    expectNoLeak(result.stdout + result.stderr)
  }, 60_000)

  it('gives every verdict right in mode existence', async () => {
    const result = await cli(['--json', '--mode', 'existence'])
    expect(result.code).toBe(1)
    expect(statuses(result.stdout)).toEqual(EXISTENCE)
    expect(moto.count('ListSecrets')).toBe(1)
    expect(moto.count('DescribeSecret')).toBe(3)
  }, 60_000)
  it('fails in one line when --region contradicts region_name', async () => {
    const result = await cli(['--region', 'us-west-2'])
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain(
      "--region (us-west-2) contradicts the backend kwargs' region_name (us-east-1)"
    )
    expect([...moto.counts.values()].reduce((a, b) => a + b, 0)).toBe(0)
  }, 60_000)
})

describe('request counts at N = 1,000 against moto', () => {
  const N = 1000
  const ids = Array.from(
    { length: N },
    (_, i) => `bulk_${String(i).padStart(4, '0')}`
  )
  const manifest = [
    ...BACKEND,
    '  region_name: eu-central-1',
    'connections:',
    ...ids.map((id) => `  ${id}: { conn_type: postgres }`),
    ''
  ].join('\n')

  beforeAll(async () => {
    const client = secretsClient('eu-central-1')
    await pool(ids, 16, (id) =>
      create(client, `${C}${id}`, `postgres://etl@${id}.example.com:5432/x`)
    )
  }, 300_000)

  it('existence mode costs at most 2× the requests of values mode', async () => {
    const values = await action({}, manifest)
    const valueCounts = new Map(moto.counts)
    const existence = await action({ mode: 'existence' }, manifest)
    const existenceCounts = new Map(moto.counts)
    expect([values.code, values.outputs.checked]).toEqual([0, String(N)])
    expect([existence.code, existence.outputs.checked]).toEqual([0, String(N)])
    const total = (counts: Map<string, number>): number =>
      [...counts.values()].reduce((a, b) => a + b, 0)
    expect(Object.fromEntries(valueCounts)).toEqual({
      AssumeRoleWithWebIdentity: 1,
      BatchGetSecretValue: N / 20
    })
    expect(Object.fromEntries(existenceCounts)).toEqual({
      AssumeRoleWithWebIdentity: 1,
      ListSecrets: N / 10
    })
    expect(total(existenceCounts) / total(valueCounts)).toBeLessThanOrEqual(2)
  }, 180_000)
})
