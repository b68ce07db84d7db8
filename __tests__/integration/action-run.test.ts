/**
 * The action's run() in-process: the toolkit replaced by a typed fixture,
 * AWS served by the loopback fake through the real SDK clients. Feedback on
 * src/action/ without a rebundle; the bundle itself is tested in action-e2e.
 */
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import * as core from '../fixtures/actions/core.js'
import { type FakeAws, startFakeAws } from '../support/fake-aws.js'

jest.unstable_mockModule('../../src/adapters/github/toolkit.js', () => core)
const { run } = await import('../../src/action/main.js')
const { readSettings } = await import('../../src/action/inputs.js')

const ROLE = 'arn:aws:iam::123456789012:role/astro-gate'
const PASSWORD = 'Canary-pw-7Qx/+%'
const SECRETS = {
  'airflow/connections/warehouse': `postgres://etl:${encodeURIComponent(PASSWORD)}@db.example.com:5432/analytics`,
  'airflow/connections/bad_port': 'postgres://u:p@h:99999/db',
  'airflow/variables/env_name': 'prod'
}
const MANIFEST = [
  'connections:',
  '  warehouse: { conn_type: postgres }',
  '  bad_port: {}',
  'variables:',
  '  env_name: {}',
  '  missing_var: {}',
  ''
].join('\n')

/** The action.yml defaults, as the runner fills them in. */
const DEFAULTS = Object.fromEntries(
  Object.entries(
    (
      parse(await readFile('action.yml', 'utf8')) as {
        inputs: Record<string, { default?: string }>
      }
    ).inputs
  ).map(([name, spec]) => [name, spec.default ?? ''])
)

let aws: FakeAws
let dir: string
const saved = { ...process.env }

beforeAll(async () => {
  aws = await startFakeAws({ secrets: SECRETS })
  // The SDK reads its endpoints from process.env.
  Object.assign(process.env, aws.env())
})

afterAll(async () => {
  process.env = saved
  await aws.stop()
})

beforeEach(async () => {
  aws.reset()
  core.resetSummary()
  dir = await mkdtemp(join(tmpdir(), 'asg-run-'))
  await mkdir(join(dir, 'workspace'))
  await mkdir(join(dir, 'temp'))
  core.getIDToken.mockImplementation((audience) =>
    Promise.resolve(aws.signToken({ aud: audience }))
  )
  return async () => rm(dir, { recursive: true, force: true })
})

async function runWith(
  inputs: Record<string, string>,
  manifest: string | null = MANIFEST
): Promise<void> {
  const workspace = join(dir, 'workspace')
  if (manifest !== null)
    await writeFile(join(workspace, 'airflow-secrets.yml'), manifest)
  const all = { ...DEFAULTS, ...inputs }
  await run({
    env: {
      ...aws.env(),
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: join(dir, 'temp'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      GITHUB_REPOSITORY: 'acme/dags',
      GITHUB_RUN_ID: '42',
      GITHUB_EVENT_NAME: 'push'
    },
    readSettings: () => readSettings((name) => all[name] ?? '')
  })
}

const output = (name: string): string | undefined =>
  core.setOutput.mock.calls.find(([key]) => key === name)?.[1] as
    string | undefined

/** Every line the action showed: logs, annotations, failure, summary. */
function shown(): string {
  return [
    ...core.info.mock.calls.map(([line]) => line),
    ...core.warning.mock.calls.map(([line]) => String(line)),
    ...core.error.mock.calls.map(([line]) => String(line)),
    ...core.setFailed.mock.calls.map(([line]) => String(line)),
    ...core.setOutput.mock.calls.map(([, value]) => String(value)),
    ...core.summaryText
  ].join('\n')
}

describe('run() in-process', () => {
  it('assumes the role, reads once, publishes and fails on the broken secrets', async () => {
    await runWith({ 'role-to-assume': ROLE, 'aws-region': 'us-east-1' })

    expect(aws.counts.AssumeRoleWithWebIdentity).toBe(1)
    expect(aws.counts.BatchGetSecretValue).toBe(1)
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed.mock.calls[0]?.[0]).toMatch(/^2 of 4 /)
    expect(output('valid')).toBe('false')
    expect(JSON.parse(output('missing') ?? '[]')).toEqual(['missing_var'])
    expect(JSON.parse(output('invalid') ?? '[]')).toEqual(['bad_port'])
    const envFile = output('env-file') ?? ''
    expect(await readFile(envFile, 'utf8')).toContain(
      'AIRFLOW__SECRETS__BACKEND=airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend'
    )
    expect(core.summaryText.join('')).toMatch(/bad\\?_port/)
    expect(core.group.mock.calls.map(([name]) => name)).toEqual([
      'Manifest',
      'Reading 4 secrets from AWS Secrets Manager',
      'Report'
    ])
    const assumed = core.info.mock.calls.filter(([line]) =>
      line.startsWith('Assumed ')
    )
    expect(assumed).toHaveLength(1)
  })

  it('masks every value before anything is shown, and shows none', async () => {
    await runWith({ 'role-to-assume': ROLE, 'aws-region': 'us-east-1' })
    const masked = core.setSecret.mock.calls.map(([value]) => value)
    expect(masked).toContain(PASSWORD)
    expect(masked).toContain(encodeURIComponent(PASSWORD))
    const text = shown()
    for (const piece of [PASSWORD, encodeURIComponent(PASSWORD), 'prod'])
      expect(text).not.toContain(piece)
  })

  it('fails once, before any AWS request, on a manifest with problems', async () => {
    await runWith(
      { 'role-to-assume': ROLE, 'aws-region': 'us-east-1' },
      'connections:\n  db: { conn_typo: x }\n'
    )
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed.mock.calls[0]?.[0]).toMatch(
      /^Manifest airflow-secrets\.yml has 1 problem; line 2, column \d+: /
    )
    expect(core.error).toHaveBeenCalled()
    expect(aws.counts.AssumeRoleWithWebIdentity).toBe(0)
    expect(aws.counts.BatchGetSecretValue).toBe(0)
  })

  it('in env-only mode reads nothing and writes the env file with the backend region', async () => {
    await runWith(
      { mode: 'env-only' },
      'backend:\n  region_name: eu-central-1\nconnections:\n  db: {}\n'
    )
    expect(aws.requests).toHaveLength(0)
    expect(core.setFailed).not.toHaveBeenCalled()
    const envFile = await readFile(output('env-file') ?? '', 'utf8')
    expect(envFile).toContain('AWS_DEFAULT_REGION=eu-central-1')
  })

  it('refuses an aws-region that is no region code, in one line', async () => {
    await runWith({ 'role-to-assume': ROLE, 'aws-region': 'US East 1' })
    expect(core.setFailed.mock.calls).toEqual([
      [
        'Input aws-region is not an AWS region code like us-east-1; got "US East 1".'
      ]
    ])
    expect(aws.counts.AssumeRoleWithWebIdentity).toBe(0)
  })
})
