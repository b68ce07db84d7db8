/**
 * The fault matrix: the loopback AWS server injects throttling, 5xx,
 * connection resets, truncated bodies, slow answers and requests it never
 * answers, on STS and on Secrets Manager, separately and mixed, from seeded
 * PRNGs. The bundled action must give the same verdicts as a clean run, or
 * fail with one clear "AWS unavailable" line in bounded time. It must never
 * call a secret valid that it did not read.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  type FakeAws,
  type FakeAwsOptions,
  type FakeSecret,
  type FaultKind,
  prng,
  startFakeAws
} from '../support/fake-aws.js'
import { type ActionRun, commands, runAction } from '../support/run-action.js'

const ROLE = 'arn:aws:iam::123456789012:role/astro-gate'
const C = 'airflow/connections/'
const V = 'airflow/variables/'
const SM = [
  'BatchGetSecretValue',
  'GetSecretValue',
  'DescribeSecret',
  'ListSecrets'
]
const STS = ['AssumeRoleWithWebIdentity']

const SECRETS: Record<string, FakeSecret> = {}
const connections: string[] = []
const variables: string[] = []
for (let i = 0; i < 60; i++) {
  const id = `conn_${i}`
  connections.push(id)
  if (i % 4 === 3) continue // missing
  SECRETS[`${C}${id}`] =
    i % 4 === 2
      ? `postgres://u:pw${i}@h:99999/db`
      : `postgres://u:pw${i}@db${i}.example.com:5432/analytics`
}
for (let i = 0; i < 40; i++) {
  const id = `var_${i}`
  variables.push(id)
  if (i % 5 === 4) continue // missing
  SECRETS[`${V}${id}`] = i % 5 === 3 ? `{"n": ${i},}` : `{"n": ${i}}`
}
const MANIFEST = [
  `connections: [${connections.join(', ')}]`,
  'variables:',
  ...variables.map((id) => `  ${id}: { json: true }`),
  ''
].join('\n')

interface Verdict {
  readonly valid: string | undefined
  readonly missing: string[]
  readonly invalid: string[]
  readonly statuses: Record<string, string>
}

function verdict(run: ActionRun): Verdict {
  const report = JSON.parse(run.report ?? '{"items": []}') as {
    items: { id: string; kind: string; status: string }[]
  }
  return {
    valid: run.outputs.valid,
    missing: (JSON.parse(run.outputs.missing ?? '[]') as string[]).sort(),
    invalid: (JSON.parse(run.outputs.invalid ?? '[]') as string[]).sort(),
    statuses: Object.fromEntries(
      report.items.map((item) => [`${item.kind}:${item.id}`, item.status])
    )
  }
}

async function gate(
  aws: FakeAws,
  extra: Record<string, string> = {}
): Promise<{ run: ActionRun; ms: number }> {
  const started = Date.now()
  const run = await runAction({
    inputs: {
      'role-to-assume': ROLE,
      'aws-region': 'us-east-1',
      ...extra
    },
    manifest: MANIFEST,
    aws
  })
  return { run, ms: Date.now() - started }
}

/** Secret names the server answered with their value (a 200 read). */
function served(aws: FakeAws): Set<string> {
  const names = new Set<string>()
  for (const request of aws.requests)
    if (
      request.status === 200 &&
      request.fault === undefined &&
      (request.operation === 'BatchGetSecretValue' ||
        request.operation === 'GetSecretValue' ||
        request.operation === 'DescribeSecret' ||
        request.operation === 'ListSecrets')
    )
      for (const id of request.secretIds) names.add(id)
  return names
}

let clean: Verdict

beforeAll(async () => {
  const aws = await startFakeAws({ secrets: SECRETS })
  try {
    const { run } = await gate(aws)
    if (run.code !== 1) throw new Error(`clean run exited ${run.code}`)
    clean = verdict(run)
  } finally {
    await aws.stop()
  }
}, 60_000)

interface Scenario {
  readonly name: string
  readonly faults?: FakeAwsOptions['faults']
  readonly latencyMs?: FakeAwsOptions['latencyMs']
  readonly inputs?: Record<string, string>
  /** The run must fail as unavailable (the server never succeeds). */
  readonly mustFail?: boolean
  /** Upper bound of the run in ms. */
  readonly withinMs?: number
}

/**
 * The first seed from `from` whose first draw injects a fault, so the first
 * eligible request (STS's only call, or the first batch) always fails.
 */
function faulting(rate: number, from: number): number {
  for (let seed = from; seed < from + 1000; seed++)
    if (prng(seed)() < rate) return seed
  throw new Error(`no seed from ${from} faults at rate ${rate}`)
}

const kinds = (
  name: string,
  list: readonly FaultKind[],
  operations: readonly string[],
  rate: number,
  from: number
): Scenario => ({
  name,
  faults: { rate, kinds: list, operations, seed: faulting(rate, from) }
})

const SCENARIOS: Scenario[] = [
  kinds('Secrets Manager throttling', ['throttling'], SM, 0.4, 1),
  kinds('Secrets Manager 5xx', ['5xx'], SM, 0.4, 2),
  kinds('Secrets Manager connection resets', ['reset'], SM, 0.3, 3),
  kinds('Secrets Manager truncated bodies', ['truncated'], SM, 0.3, 4),
  kinds('STS throttling', ['throttling'], STS, 0.5, 5),
  kinds('STS 5xx', ['5xx'], STS, 0.5, 6),
  kinds('STS connection resets', ['reset'], STS, 0.5, 7),
  kinds('STS truncated bodies', ['truncated'], STS, 0.5, 8),
  ...[11, 12, 13].map((seed) =>
    kinds(
      `mixed on STS and Secrets Manager, seed ${seed}`,
      ['throttling', '5xx', 'reset', 'truncated'],
      [...SM, ...STS],
      0.35,
      seed
    )
  ),
  {
    name: 'slow answers (20 to 250 ms each)',
    latencyMs: [20, 250],
    inputs: { 'max-concurrency': '2' }
  },
  {
    name: 'slow answers and mixed faults',
    latencyMs: [10, 120],
    faults: {
      rate: 0.3,
      kinds: ['throttling', '5xx', 'reset', 'truncated'],
      operations: [...SM, ...STS],
      seed: 21
    }
  },
  {
    name: 'existence mode with mixed faults',
    faults: {
      rate: 0.3,
      kinds: ['throttling', '5xx', 'reset'],
      operations: [...SM, ...STS],
      seed: 31
    },
    inputs: { mode: 'existence' }
  },
  {
    name: 'Secrets Manager always 5xx',
    faults: { rate: 1, kinds: ['5xx'], operations: SM },
    inputs: { 'max-attempts': '2' },
    mustFail: true
  },
  {
    name: 'Secrets Manager always resets',
    faults: { rate: 1, kinds: ['reset'], operations: SM },
    inputs: { 'max-attempts': '2' },
    mustFail: true
  },
  {
    name: 'Secrets Manager always throttles',
    faults: { rate: 1, kinds: ['throttling'], operations: SM },
    inputs: { 'max-attempts': '2', 'timeout-seconds': '20' },
    mustFail: true
  },
  {
    name: 'Secrets Manager never answers (timeout-seconds 3)',
    faults: { rate: 1, kinds: ['hang'], operations: SM },
    inputs: { 'timeout-seconds': '3' },
    mustFail: true,
    withinMs: 15_000
  },
  {
    name: 'STS never answers (timeout-seconds 3)',
    faults: { rate: 1, kinds: ['hang'], operations: STS },
    inputs: { 'timeout-seconds': '3' },
    mustFail: true,
    withinMs: 15_000
  },
  {
    name: 'STS always 5xx',
    faults: { rate: 1, kinds: ['5xx'], operations: STS },
    inputs: { 'timeout-seconds': '20' },
    mustFail: true
  }
]

describe('the bundled action under AWS faults', () => {
  let aws: FakeAws | undefined
  afterAll(async () => {
    await aws?.stop()
  })

  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s',
    async (_name, scenario) => {
      aws = await startFakeAws({
        secrets: SECRETS,
        ...(scenario.faults ? { faults: scenario.faults } : {}),
        ...(scenario.latencyMs === undefined
          ? {}
          : { latencyMs: scenario.latencyMs })
      })
      try {
        const { run, ms } = await gate(aws, scenario.inputs)
        expect(ms).toBeLessThan(scenario.withinMs ?? 50_000)
        expect(
          scenario.faults && scenario.faults.rate < 1 ? aws.faultCount() : 1
        ).toBeGreaterThan(0)
        const errors = commands(run.stdout, 'error')
        const plain = errors.filter((line) => line.startsWith('::error::'))
        expect(run.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
        expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
        const unavailable =
          plain.length === 1 &&
          /^::error::AWS unavailable: .+/.test(plain[0] ?? '')
        expect({ mustFail: scenario.mustFail === true, unavailable }).toEqual({
          mustFail: scenario.mustFail === true,
          unavailable: scenario.mustFail === true || unavailable
        })
        const existence = scenario.inputs?.mode === 'existence'
        const got = verdict(run)
        // Unavailable: one line, and nothing claims a verdict. Otherwise the
        // verdicts of the clean run.
        expect(
          unavailable
            ? {
                code: run.code,
                errors: errors.length,
                valid: run.outputs.valid,
                report: run.report
              }
            : { code: run.code, verdict: existence ? got.missing : got }
        ).toEqual(
          unavailable
            ? { code: 1, errors: 1, valid: 'false', report: null }
            : { code: 1, verdict: existence ? clean.missing : clean }
        )
        // Every secret called valid (or present) was answered whole.
        const read = served(aws)
        const unread = Object.entries(got.statuses)
          .filter(([, status]) => status === 'valid' || status === 'warning')
          .map(([key]) => {
            const [kind, id] = key.split(':')
            return `${kind === 'connection' ? C : V}${id ?? ''}`
          })
          .filter((name) => !read.has(name))
        expect(unread).toEqual([])
      } finally {
        await aws.stop()
        aws = undefined
      }
    },
    60_000
  )
})
