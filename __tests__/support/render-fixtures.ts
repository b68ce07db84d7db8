/**
 * Reports to render, built by the real core from manifests and what
 * Secrets Manager would return: a broken run (every kind of problem the
 * core detects, ids with markdown and HTML in them, canaries in every
 * value), a valid run, and run errors (an STS denial, a bad manifest).
 * Shared by the rendering tests and scripts/render-report.mjs.
 */
import { parseManifest } from '../../src/core/gate/manifest.js'
import { buildReport, planGate } from '../../src/core/gate/plan.js'
import type { Report } from '../../src/core/gate/report.js'
import type { SecretRead } from '../../src/core/gate/secret-read.js'
import { trustPolicyDiagnosis } from '../../src/core/aws/trust-policy.js'
import type { RunFailure } from '../../src/core/render/run-error.js'
import type { UndeclaredId } from '../../src/core/render/pr-comment.js'

/** In every value; must never reach anything rendered. */
export const CANARY = 'Kq9Wz7CanaryJx'

const C = 'airflow/connections/'
const V = 'airflow/variables/'

type Stored =
  string | { readonly status: Exclude<SecretRead['status'], 'found'> }

/** What Secrets Manager holds for the broken manifest. */
const BROKEN_SECRETS: Record<string, Stored> = {
  [`${C}pg_ok`]: `postgresql://etl:${CANARY}@db.example.com:5432/analytics`,
  [`${C}json_ok`]: `{"conn_type": "postgres", "host": "db", "login": "u", "password": "${CANARY}", "schema": "s", "port": 5432}`,
  [`${C}aws_ok`]: 'aws://',
  [`${C}http_ok`]: 'http://https%3A%2F%2Fapi.example.com/?timeout=30',
  [`${C}underscore_scheme`]: `google_cloud_platform://?project=${CANARY}`,
  [`${C}quoted`]: `"postgres://u:${CANARY}@h/db"`,
  [`${C}placeholder`]: '{"":""}',
  [`${C}c06_bad_port`]: `postgres://u:${CANARY}@h:99999/db`,
  [`${C}port_not_digits`]: `postgres://u:${CANARY}@h:54x/db`,
  [`${C}aws_slash`]: `aws://AKIAEXAMPLEKEYID:${CANARY}/K7MDENG@`,
  [`${C}aws_no_at`]: `aws://AKIAEXAMPLEKEYID:${CANARY}`,
  [`${C}three_schemes`]: `a://${CANARY}://c://d`,
  [`${C}bad_json`]: `{"conn_type": "postgres", "password": "${CANARY}",}`,
  [`${C}json_port`]: `{"conn_type": "postgres", "password": "${CANARY}", "port": "${CANARY}"}`,
  [`${C}extra_list`]: 'http://h/?__extra__=%5B1%5D',
  [`${C}extra_notjson`]: `http://h/?__extra__=${CANARY}`,
  [`${C}type_mismatch`]: `mysql://u:${CANARY}@h/db`,
  [`${C}no_password`]: 'postgres://u@h/db',
  [`${C}no_extra_key`]: 'http://h/?a=1',
  [`${C}rds_secret`]: `{"engine": "postgres", "host": "h", "username": "u", "password": "${CANARY}", "dbname": "db", "port": 5432}`,
  [`${C}aws_bad_extra`]:
    'aws://?role_arn=not-an-arn&region_name=Ohio&assume_role_method=magic&aws_iam_role=x',
  [`${C}json_no_type`]: '{"host": "h"}',
  [`${C}ipv6_bad`]: `postgres://u:${CANARY}@[1.2.3.4]/db`,
  [`${C}scheduled`]: { status: 'scheduled-for-deletion' },
  [`${C}binary`]: { status: 'binary-only' },
  [`${C}kms`]: { status: 'decrypt-failed' },
  [`${C}denied`]: { status: 'access-denied' },
  [`${C}empty_type`]: '//h:1/db',
  [`${C}<img src=x>`]: { status: 'not-found' },
  [`${C}a*b_c(d)|e`]: `postgres://u:${CANARY}@h:70000/db`,
  [`${V}plain_ok`]: CANARY,
  [`${V}json_ok`]: `{"batch": 100, "key": "${CANARY}"}`,
  [`${V}json_bad`]: `{'single': '${CANARY}'}`,
  [`${V}json_trailing`]: `["${CANARY}",]`,
  [`${V}pattern_ok`]: `s3://bucket/${CANARY}`,
  [`${V}pattern_bad`]: `gs://bucket/${CANARY}`,
  [`${V}count`]: `12${CANARY}`,
  [`${V}blank`]: '   ',
  [`${V}quoted_var`]: `"${CANARY}"`,
  [`${V}placeholder_var`]: '{"":""}',
  [`${V}scheduled_var`]: { status: 'scheduled-for-deletion' },
  [`${V}kms_var`]: { status: 'decrypt-failed' }
}

/** The broken manifest: valid and broken items, in manifest order. */
export const BROKEN_MANIFEST = `airflow: "3"
backend:
  connections_prefix: airflow/connections
  variables_prefix: airflow/variables
  region_name: us-east-1
connections:
  pg_ok: { conn_type: postgres, require: [host, login, password, schema] }
  json_ok: { conn_type: postgres }
  aws_ok: { conn_type: aws }
  http_ok: {}
  underscore_scheme: {}
  quoted: {}
  placeholder: {}
  c06_bad_port: {}
  port_not_digits: {}
  aws_slash: {}
  aws_no_at: {}
  three_schemes: {}
  bad_json: {}
  json_port: {}
  extra_list: {}
  extra_notjson: {}
  type_mismatch: { conn_type: postgres }
  no_password: { require: [password] }
  no_extra_key: { extra_keys: [timeout] }
  rds_secret: {}
  aws_bad_extra: {}
  json_no_type: {}
  ipv6_bad: {}
  scheduled: {}
  binary: {}
  kms: {}
  denied: {}
  empty_type: {}
  missing_conn: {}
  optional_missing: { optional: true }
  "<img src=x>": {}
  "a*b_c(d)|e": {}
variables:
  plain_ok: {}
  json_ok: { json: true }
  json_bad: { json: true }
  json_trailing: { json: true }
  pattern_ok: { pattern: 's3://.+' }
  pattern_bad: { pattern: 's3://.+' }
  count: { pattern: '^[0-9]+$' }
  blank: {}
  quoted_var: {}
  placeholder_var: {}
  scheduled_var: {}
  kms_var: {}
  missing_var: {}
  optional_var: { optional: true }
`

/** All valid. */
const VALID_SECRETS: Record<string, Stored> = {
  [`${C}warehouse`]: `postgres://etl:${CANARY}@db.example.com:5432/analytics`,
  [`${C}aws_default`]: 'aws://',
  [`${C}api`]: `{"conn_type": "http", "host": "api.example.com", "password": "${CANARY}"}`,
  [`${V}environment`]: 'production',
  [`${V}batch_config`]: `{"batch": 100, "key": "${CANARY}"}`
}

export const VALID_MANIFEST = `airflow: "3"
connections:
  warehouse: { conn_type: postgres, require: [host, login, password, schema] }
  aws_default: { conn_type: aws }
  api: { conn_type: http }
variables:
  environment: {}
  batch_config: { json: true }
`

function reads(stored: Record<string, Stored>): Map<string, SecretRead> {
  const map = new Map<string, SecretRead>()
  for (const [name, value] of Object.entries(stored))
    map.set(
      name,
      typeof value === 'string'
        ? { name, status: 'found', value }
        : { name, status: value.status }
    )
  return map
}

/** The report the core builds for a manifest and the stored secrets. */
function reportFor(
  manifestText: string,
  stored: Record<string, Stored>
): Report {
  const { manifest, problems } = parseManifest(manifestText)
  if (problems.length > 0)
    throw new Error(`fixture manifest: ${problems[0]?.message ?? ''}`)
  const input = {
    manifestPath: 'airflow-secrets.yml',
    manifest,
    extraConnections: [],
    extraVariables: [],
    mode: 'values' as const,
    failOn: 'error' as const
  }
  const plan = planGate(input)
  const all = reads(stored)
  // Secrets the fixture does not hold are not found, as in AWS.
  for (const name of plan.names)
    if (!all.has(name)) all.set(name, { name, status: 'not-found' })
  return buildReport(input, plan, all).report
}

export function brokenReport(): Report {
  return reportFor(BROKEN_MANIFEST, BROKEN_SECRETS)
}

export function validReport(): Report {
  return reportFor(VALID_MANIFEST, VALID_SECRETS)
}

/** DAG ids the broken manifest lacks. */
export const BROKEN_UNDECLARED: readonly UndeclaredId[] = [
  {
    kind: 'connection',
    id: 'snowflake_default',
    file: 'dags/load.py',
    line: 12
  },
  { kind: 'variable', id: '<b>env</b>', file: 'dags/load.py', line: 30 }
]

/** The ids whose row must show an error in the broken report. */
export function failingIds(report: Report): string[] {
  return report.items
    .filter((item) => item.findings.some((f) => f.severity === 'error'))
    .map((item) => item.id)
}

/** An STS AccessDenied, as the action reports it. */
export function stsDenied(): RunFailure {
  const roleArn = 'arn:aws:iam::123456789012:role/astro-gate'
  return {
    code: 'assume-role-failed',
    message: `Not authorized to assume ${roleArn} with the GitHub OIDC token (AccessDenied): the role's trust policy does not match the token (sub repo:acme/dags:pull_request).`,
    manifest: 'airflow-secrets.yml',
    trust: trustPolicyDiagnosis(
      {
        sub: 'repo:acme/dags:pull_request',
        aud: 'sts.amazonaws.com',
        repository: 'acme/dags',
        repository_id: '987654321',
        repository_owner: 'acme',
        repository_owner_id: '123456',
        ref: 'refs/pull/7/merge',
        job_workflow_ref:
          'acme/dags/.github/workflows/deploy_gate.yml@refs/pull/7/merge',
        event_name: 'pull_request'
      },
      roleArn
    )
  }
}

/** A manifest with problems, as the action reports it. */
export function manifestInvalid(): RunFailure {
  return {
    code: 'manifest-invalid',
    message:
      "Manifest airflow-secrets.yml has 2 problems; line 4, column 3: unknown key 'requires' in connection 'warehouse_<i>x</i>'.",
    manifest: 'airflow-secrets.yml',
    details: [
      "line 4, column 3: unknown key 'requires' in connection 'warehouse_<i>x</i>'",
      "line 9, column 5: pattern of 'count' is not a usable Python regex: unterminated character set"
    ]
  }
}
