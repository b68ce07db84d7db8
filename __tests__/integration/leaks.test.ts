/**
 * Leaks. (a) Canaries planted in every field of every kind of secret, run
 * through the bundled action in values mode, existence mode and with debug
 * on: no form of a canary (raw, quote, quote_plus, URL-decoded, JSON- or
 * Python-JSON-escaped, nor any 5-character part of one) may appear outside
 * `::add-mask::` lines, in any file the run writes. (b) A fast-check
 * property: random credentials in random connection values, valid and
 * broken, for every profile and mode, through the core (report, summary,
 * pull-request comment) and a few dozen bundled runs: no 4-character window
 * of a credential may appear. Credentials are `Zq` followed by pairs of a
 * rare letter or symbol and a digit, so that no window can occur in the
 * product's fixed text by chance.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  type GateInput,
  buildReport,
  planGate
} from '../../src/core/gate/plan.js'
import { parseManifest } from '../../src/core/gate/manifest.js'
import {
  commentMarker,
  renderPrComment
} from '../../src/core/render/pr-comment.js'
import { pyJsonEncodeString } from '../../src/core/airflow/python/json.js'
import { quote, quotePlus } from '../../src/core/airflow/python/urllib.js'
import type { SecretRead } from '../../src/core/gate/secret-read.js'
import { renderSummary } from '../../src/core/render/summary.js'
import {
  type FakeAws,
  type FakeSecret,
  startFakeAws
} from '../support/fake-aws.js'
import { type ActionRun, runAction } from '../support/run-action.js'

const ROLE = 'arn:aws:iam::123456789012:role/astro-gate'
const C = 'airflow/connections/'
const V = 'airflow/variables/'

/** Every text a run produced, without the masking commands. */
function visible(run: ActionRun): string {
  return run.everything
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}

// ------------------------------------------------------------ (a) canaries

/**
 * With `/`, `%`, `+`, spaces and unicode; `%7E` decodes to another form (not
 * `%2F`, which the product's own hints print).
 */
const CANARY = 'Kq9/Wz%7Ep+ Jx é☃ Vb7'

const FORMS = [
  CANARY,
  quote(CANARY),
  quote(CANARY, ''),
  quotePlus(CANARY),
  encodeURIComponent(CANARY),
  decodeURIComponent(CANARY.replace(/%(?![0-9A-F]{2})/g, '%25')),
  JSON.stringify(CANARY).slice(1, -1),
  pyJsonEncodeString(CANARY).slice(1, -1)
]

/** Every 5-character part of every form that is not blank-padded. */
const PARTS = [
  ...new Set(
    FORMS.flatMap((form) =>
      Array.from({ length: form.length - 4 }, (_, i) => form.slice(i, i + 5))
    )
  )
].filter((part) => part.trim().length === 5)

function canaryLeaks(text: string): string[] {
  return PARTS.filter((part) => text.includes(part))
}

const Q = quote(CANARY, '')
const J = JSON.stringify(CANARY)
const EXTRA = JSON.stringify({
  api_key: CANARY,
  note: CANARY,
  nested: { password: CANARY, token: [CANARY] }
})

const PLANTED: Record<string, FakeSecret> = {
  [`${C}uri_all`]: `postgres://${Q}:${Q}@${Q}:5432/${Q}?sslmode=${Q}&api_key=${Q}`,
  [`${C}uri_extra`]: `http://u:${Q}@h/?__extra__=${quote(EXTRA, '')}`,
  [`${C}uri_bad_port`]: `postgres://${Q}:${Q}@${Q}:99999/${Q}?token=${Q}`,
  [`${C}uri_bad_extra`]: `http://u:${Q}@h/?__extra__=${Q}`,
  [`${C}uri_raw_password`]: `postgres://user:${CANARY}@h/db`,
  [`${C}uri_three`]: `a://${Q}://u:${Q}@c://d`,
  [`${C}json_all`]: JSON.stringify({
    conn_type: 'postgres',
    login: CANARY,
    password: CANARY,
    host: CANARY,
    schema: CANARY,
    port: 5432,
    extra: JSON.parse(EXTRA) as unknown
  }),
  [`${C}json_port`]: `{"conn_type": "postgres", "password": ${J}, "port": ${J}}`,
  [`${C}json_trailing`]: `{"conn_type": "postgres", "password": ${J},}`,
  [`${C}json_extra_string`]: `{"conn_type": "http", "password": ${J}, "extra": ${J}}`,
  [`${C}json_uri`]: `{"uri": "postgres://u:${Q}@h:bad/db"}`,
  [`${V}plain`]: CANARY,
  [`${V}json_ok`]: `{"key": ${J}, "list": [${J}]}`,
  [`${V}json_bad`]: `{"key": ${J},}`,
  [`${V}pattern_bad`]: CANARY
}

const PLANTED_MANIFEST = `airflow: "3"
connections:
  uri_all: { conn_type: postgres, require: [host, login, password, schema] }
  uri_extra: { extra_keys: [missing_key] }
  uri_bad_port: {}
  uri_bad_extra: {}
  uri_raw_password: {}
  uri_three: {}
  json_all: { conn_type: mysql }
  json_port: {}
  json_trailing: {}
  json_extra_string: {}
  json_uri: {}
variables:
  plain: {}
  json_ok: { json: true }
  json_bad: { json: true }
  pattern_bad: { pattern: '^s3://' }
`

let aws: FakeAws

beforeAll(async () => {
  aws = await startFakeAws({ secrets: PLANTED })
})

afterAll(async () => {
  await aws.stop()
})

describe('canaries through the bundled action', () => {
  it('the leak check sees every form', () => {
    expect(PARTS.length).toBeGreaterThan(60)
    for (const form of FORMS) expect(canaryLeaks(`x ${form} y`)).not.toEqual([])
  })

  it.each([
    ['values mode', {}, {}],
    ['existence mode', { mode: 'existence' }, {}],
    ['values mode with debug on', {}, { RUNNER_DEBUG: '1' }],
    [
      'values mode, export-env and fail-on never',
      { 'export-env': 'true', 'fail-on': 'never' },
      {}
    ],
    ['airflow 2', { 'airflow-version': '2' }, {}],
    ['airflow 3.0', { 'airflow-version': '3.0' }, {}]
  ] as const)(
    '%s: no canary outside ::add-mask:: lines',
    async (_name, extra, env) => {
      const run = await runAction({
        inputs: {
          'role-to-assume': ROLE,
          'aws-region': 'us-east-1',
          ...extra
        },
        manifest: PLANTED_MANIFEST,
        aws,
        env
      })
      // The run did read and judge the values (or their existence).
      expect(run.report).not.toBeNull()
      expect(run.outputs.checked).toBe('15')
      expect(canaryLeaks(visible(run))).toEqual([])
    },
    60_000
  )
})

// ---------------------------------------------------- (b) property test

const PAIR_LETTERS = ['Q', 'X', 'J', 'V', 'W', 'q', 'x', 'j', '~', '!', '*']
const DIGITS = ['2', '3', '4', '6', '7', '8', '9']

/** `Zq` + 3 to 9 pairs (letter or symbol, digit): at least 8 characters. */
const credential = fc
  .array(
    fc.tuple(fc.constantFrom(...PAIR_LETTERS), fc.constantFrom(...DIGITS)),
    { minLength: 3, maxLength: 9 }
  )
  .map((pairs) => `Zq${pairs.map(([a, b]) => `${a}${b}`).join('')}`)

type Shape =
  | 'uri-valid'
  | 'uri-bad-port'
  | 'uri-extra'
  | 'json-valid'
  | 'json-trailing'
  | 'json-extra'

const SHAPES: readonly Shape[] = [
  'uri-valid',
  'uri-bad-port',
  'uri-extra',
  'json-valid',
  'json-trailing',
  'json-extra'
]

function connectionValue(shape: Shape, login: string, secret: string): string {
  const l = quote(login, '')
  const s = quote(secret, '')
  switch (shape) {
    case 'uri-valid':
      return `postgres://${l}:${s}@db.example.com:5432/analytics?api_key=${s}`
    case 'uri-bad-port':
      return `postgres://${l}:${s}@db.example.com:99999/analytics`
    case 'uri-extra':
      return `http://${l}:${s}@api.example.com/?__extra__=${quote(JSON.stringify({ token: secret, nested: { password: secret } }), '')}`
    case 'json-valid':
      return JSON.stringify({
        conn_type: 'postgres',
        login,
        password: secret,
        host: 'db.example.com',
        extra: { api_key: secret }
      })
    case 'json-trailing':
      return `{"conn_type": "postgres", "login": ${JSON.stringify(login)}, "password": ${JSON.stringify(secret)},}`
    case 'json-extra':
      return `{"conn_type": "http", "password": ${JSON.stringify(secret)}, "extra": ${JSON.stringify(secret)}}`
  }
}

/** Every 4-character window of each credential and of its encodings. */
function windows(credentials: readonly string[]): string[] {
  return [
    ...new Set(
      credentials.flatMap((c) =>
        [c, quote(c, ''), quotePlus(c)].flatMap((form) =>
          Array.from({ length: form.length - 3 }, (_, i) =>
            form.slice(i, i + 4)
          )
        )
      )
    )
  ]
}

const caseArb = fc.record({
  version: fc.constantFrom('2', '3.0', '3'),
  mode: fc.constantFrom('values' as const, 'existence' as const),
  items: fc.array(
    fc.record({
      shape: fc.constantFrom(...SHAPES),
      login: credential,
      secret: credential,
      rule: fc.constantFrom('{}', '{ conn_type: mysql }', '{ extra_keys: [k] }')
    }),
    { minLength: 1, maxLength: 4 }
  )
})

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never

function manifestOf(c: Case): string {
  return [
    `airflow: "${c.version}"`,
    'connections:',
    ...c.items.map((item, i) => `  conn_${i}: ${item.rule}`),
    ''
  ].join('\n')
}

describe('property: no credential fragment in any output', () => {
  it('credentials are long enough and the window check sees them', () => {
    for (const c of fc.sample(credential, { numRuns: 50, seed: 7 })) {
      expect(c.length).toBeGreaterThanOrEqual(8)
      expect(windows([c]).filter((w) => `a ${c} b`.includes(w))).not.toEqual([])
    }
  })

  it('the core: report, summary and pull-request comment', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { manifest, problems } = parseManifest(manifestOf(c))
        expect(problems).toEqual([])
        const input: GateInput = {
          manifestPath: 'airflow-secrets.yml',
          manifest,
          extraConnections: [],
          extraVariables: [],
          airflowVersion: c.version,
          mode: c.mode,
          failOn: 'error'
        }
        const plan = planGate(input)
        const reads = new Map<string, SecretRead>(
          c.items.map((item, i) => {
            const name = `${C}conn_${i}`
            return [
              name,
              c.mode === 'values'
                ? {
                    name,
                    status: 'found',
                    value: connectionValue(item.shape, item.login, item.secret)
                  }
                : { name, status: 'found' }
            ]
          })
        )
        const result = buildReport(input, plan, reads)
        const text = [
          JSON.stringify(result.report),
          result.failure ?? '',
          renderSummary({
            report: result.report,
            envFile: '/tmp/x.env',
            reportFile: '/tmp/r.json'
          }),
          renderPrComment({
            report: result.report,
            marker: commentMarker('airflow-secrets.yml'),
            runUrl: 'https://github.com/acme/dags/actions/runs/1'
          })
        ].join('\n')
        const creds = c.items.flatMap((item) => [item.login, item.secret])
        expect(windows(creds).filter((w) => text.includes(w))).toEqual([])
      }),
      { numRuns: 300, seed: 8 }
    )
  })

  it('the bundled action, a few dozen runs', async () => {
    const cases = fc.sample(caseArb, { numRuns: 24, seed: 9 })
    const leaked: string[] = []
    for (const [n, c] of cases.entries()) {
      const secrets: Record<string, string> = {}
      for (const [i, item] of c.items.entries())
        secrets[`airflow/p${n}/conn_${i}`] = connectionValue(
          item.shape,
          item.login,
          item.secret
        )
      aws.setSecrets(secrets)
      const run = await runAction({
        inputs: {
          'role-to-assume': ROLE,
          'aws-region': 'us-east-1',
          'airflow-version': c.version,
          mode: c.mode,
          'backend-kwargs': `{"connections_prefix": "airflow/p${n}"}`
        },
        manifest: manifestOf(c),
        aws,
        ...(n % 4 === 0 ? { env: { RUNNER_DEBUG: '1' } } : {})
      })
      expect(run.outputs.checked).toBe(String(c.items.length))
      const text = visible(run)
      const creds = c.items.flatMap((item) => [item.login, item.secret])
      leaked.push(...windows(creds).filter((w) => text.includes(w)))
    }
    expect(leaked).toEqual([])
  }, 120_000)
})
