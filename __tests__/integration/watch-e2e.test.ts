/**
 * The scheduled watch end to end: the bundled action (dist/index.js) on
 * `schedule` events, against the fake AWS (OIDC, STS, Secrets Manager), the
 * fake GitHub REST server (issues, labels, comments) and the fake Astro CLI.
 */
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type FakeAws, startFakeAws } from '../support/fake-aws.js'
import {
  type FakeGithub,
  READ_ONLY_TOKEN,
  WRITE_TOKEN,
  startFakeGithub
} from '../support/fake-github.js'
import { commands, runAction } from '../support/run-action.js'

const ROLE = 'arn:aws:iam::123456789012:role/astro-gate'
const FAKE_ASTRO = resolve('__tests__/fixtures/fake-astro/astro')
const CANARY = 'canary-pw-7f3a9c'
const C = 'airflow/connections/'
const V = 'airflow/variables/'
const BACKEND =
  'airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend'
const KWARGS =
  '{"connections_prefix":"airflow/connections","variables_prefix":"airflow/variables","region_name":"us-east-1"}'

const MANIFEST = `airflow: "3"
backend:
  connections_prefix: airflow/connections
  variables_prefix: airflow/variables
  region_name: us-east-1
connections: [pg_main, crm]
variables: [env]
`
const FINANCE = `airflow: "3"
backend:
  connections_prefix: airflow/connections
  variables_prefix: airflow/variables
  region_name: us-east-1
connections: [finance_db]
`

let aws: FakeAws
let github: FakeGithub
let dir: string
let astroState: string

beforeAll(async () => {
  aws = await startFakeAws({
    secrets: {
      [`${C}pg_main`]: `postgresql://etl:${CANARY}@db.example.com:5432/analytics`,
      [`${V}env`]: 'production'
    }
  })
  github = await startFakeGithub()
  dir = await mkdtemp(join(tmpdir(), 'asg-watch-'))
  astroState = join(dir, 'astro-state.json')
})

afterAll(async () => {
  await github.close()
  await aws.stop()
  await rm(dir, { recursive: true, force: true })
})

beforeEach(() => {
  github.reset()
})

async function deployments(
  stage: { key: string; value: string; secret: boolean }[]
): Promise<void> {
  await writeFile(
    astroState,
    JSON.stringify({
      deployments: {
        'dep-prod': [
          { key: 'AIRFLOW__SECRETS__BACKEND', value: BACKEND, secret: true },
          {
            key: 'AIRFLOW__SECRETS__BACKEND_KWARGS',
            value: KWARGS,
            secret: true
          }
        ],
        'dep-stage': stage
      }
    })
  )
}

const STAGE_DRIFTED = [
  { key: 'AIRFLOW__SECRETS__BACKEND', value: BACKEND, secret: false }
]
const STAGE_FIXED = [
  { key: 'AIRFLOW__SECRETS__BACKEND', value: BACKEND, secret: false },
  { key: 'AIRFLOW__SECRETS__BACKEND_KWARGS', value: KWARGS, secret: false }
]

async function watch(
  options: {
    token?: string
    manifest?: string
    manifestName?: string
    event?: string
  } = {}
): ReturnType<typeof runAction> {
  return runAction({
    inputs: {
      'role-to-assume': ROLE,
      'aws-region': 'us-east-1',
      'github-token': options.token ?? WRITE_TOKEN,
      'deployment-ids': 'dep-prod\ndep-stage',
      astro: FAKE_ASTRO,
      ...(options.manifestName ? { manifest: options.manifestName } : {})
    },
    manifest: options.manifest ?? MANIFEST,
    ...(options.manifestName ? { manifestName: options.manifestName } : {}),
    aws,
    env: {
      GITHUB_EVENT_NAME: options.event ?? 'schedule',
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/dags',
      ASTRO_API_TOKEN: 'astro-api-token-canary',
      FAKE_ASTRO_STATE: astroState
    }
  })
}

const issues = (): ReturnType<FakeGithub['issues']> =>
  github.issues('acme', 'dags')

describe('the scheduled watch', () => {
  it('opens one issue, updates it, and closes it once everything is fixed', async () => {
    const others = github.seedIssues(
      'acme',
      'dags',
      Array.from({ length: 150 }, (_, i) => ({
        title: `Unrelated ${i}`,
        body: `body ${i}`,
        labels: i % 2 === 0 ? ['astro-secrets'] : ['question'],
        state: i % 10 === 0 ? ('closed' as const) : ('open' as const)
      }))
    )
    const before = JSON.stringify(others)
    await deployments(STAGE_DRIFTED)

    // Failing: a missing secret and a deployment without the kwargs.
    const first = await watch()
    expect(first.code).toBe(1)
    expect(first.outputs['valid']).toBe('false')
    const ours = (): ReturnType<typeof issues> => issues().slice(150)
    expect(ours()).toHaveLength(1)
    const [issue] = ours()
    expect(issue?.state).toBe('open')
    expect(issue?.title).toBe(
      'Airflow secrets check failing: airflow-secrets.yml'
    )
    expect(issue?.labels.map((l) => l.name)).toEqual(['astro-secrets'])
    expect(issue?.body).toContain('<code>crm</code>')
    expect(issue?.body).toContain('<code>dep-stage</code>')
    expect(issue?.body).toContain('Deployment dep-stage has no AIRFLOW')
    expect(issue?.body).toContain(
      'https://github.com/acme/dags/actions/runs/1234'
    )
    expect(issue?.body).not.toContain('dep-prod')
    expect(first.stdout).toContain('Deployment dep-prod')
    expect(first.stdout).toContain('value not compared')
    expect(first.summary).toContain('dep-stage')
    // Only the mask registrations carry the value.
    const shown = first.everything
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    for (const text of [shown, JSON.stringify(github.requests)])
      expect(text).not.toContain(CANARY)
    expect(first.everything).not.toContain('astro-api-token-canary')

    // Rerun, nothing changed: the same issue, no new issue, no comment.
    const again = await watch()
    expect(again.code).toBe(1)
    expect(ours()).toHaveLength(1)
    expect(github.comments('acme', 'dags', issue?.number ?? 0)).toHaveLength(0)

    // The secret is created: only the drift fails now; one comment says so.
    aws.setSecrets({ [`${C}crm`]: 'https://crm.example.com' })
    const partly = await watch()
    expect(partly.code).toBe(1)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]?.body).not.toContain('<code>crm</code>')
    const comments = github.comments('acme', 'dags', issue?.number ?? 0)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain(
      '**Fixed:** connection <code>crm</code>'
    )

    // The deployment gets its kwargs back: the issue closes, all clear.
    await deployments(STAGE_FIXED)
    const fixed = await watch()
    expect(fixed.code).toBe(0)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]?.state).toBe('closed')
    const last = github.comments('acme', 'dags', issue?.number ?? 0)
    expect(last).toHaveLength(2)
    expect(last[1]?.body).toMatch(/all clear/)

    // 150 other issues, half with the same label: untouched.
    expect(JSON.stringify(issues().slice(0, 150))).toBe(before)
    for (let n = 1; n <= 150; n++)
      expect(github.comments('acme', 'dags', n)).toHaveLength(0)
  }, 120_000)

  it('gives a second manifest its own issue', async () => {
    await deployments(STAGE_DRIFTED)
    const main = await watch()
    const finance = await watch({
      manifest: FINANCE,
      manifestName: 'finance-secrets.yml'
    })
    expect(main.code).toBe(1)
    expect(finance.code).toBe(1)
    const open = issues().filter((i) => i.state === 'open')
    expect(open.map((i) => i.title).sort()).toEqual([
      'Airflow secrets check failing: airflow-secrets.yml',
      'Airflow secrets check failing: finance-secrets.yml'
    ])
    expect(open.find((i) => i.title.includes('finance'))?.body).toContain(
      'finance\\_db'
    )
  }, 60_000)

  it('a read-only token gives one warning and the same verdict', async () => {
    await deployments(STAGE_DRIFTED)
    const readOnly = await watch({ token: READ_ONLY_TOKEN })
    expect(readOnly.code).toBe(1)
    expect(readOnly.outputs['valid']).toBe('false')
    const warnings = commands(readOnly.stdout, 'warning').filter((line) =>
      line.includes('tracking issue')
    )
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('issues: write')
    expect(readOnly.everything).not.toContain(READ_ONLY_TOKEN)
    expect(issues()).toEqual([])
  }, 60_000)

  it('keeps no issue with issue: never', async () => {
    await deployments(STAGE_DRIFTED)
    const never = await runAction({
      inputs: {
        'role-to-assume': ROLE,
        'aws-region': 'us-east-1',
        'github-token': WRITE_TOKEN,
        issue: 'never'
      },
      manifest: FINANCE,
      aws,
      env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_API_URL: github.url }
    })
    expect(never.code).toBe(1)
    expect(github.requests).toEqual([])
  }, 60_000)
})
