/**
 * Bad input, tried as a new user would: every action input, the manifest,
 * backend kwargs, secret values and the runner environment, each run
 * through the BUNDLED action (dist/index.js) or the bundled CLI
 * (dist/cli.js). Every row must end in exit code 1 (2 for CLI usage
 * errors) with exactly one error line that is not a file annotation, a
 * message that names what is wrong and how to fix it, no stack trace, and
 * no file left half-written.
 *
 * A read-only env-file folder cannot be made with permissions here: the
 * tests may run as root, and root ignores them (and `chattr +i` is not
 * available on every file system). The row instead puts the env file under
 * a regular FILE, which no user can create entries in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  type FakeAws,
  type FakeSecret,
  startFakeAws
} from '../support/fake-aws.js'
import { commands, runAction } from '../support/run-action.js'
import { runNode } from '../support/run-node.js'

const ROLE = 'arn:aws:iam::123456789012:role/astro-gate'
const C = 'airflow/connections/'
const V = 'airflow/variables/'
const STACK = /^\s+at .+:\d+:\d+\)?$/m
/** A stack frame inside a `::debug::` line (newlines escaped as %0A). */
const DEBUG_STACK = /at .+\.js:\d+:\d+/

let aws: FakeAws

/** Every secret a row reads, under names no other row uses. */
const SECRETS: Record<string, FakeSecret> = {
  [`${C}ok_conn`]: 'postgres://u:p@h:5432/db',
  [`${C}empty_conn`]: '',
  [`${C}blank_conn`]: '   \t  ',
  [`${C}big_conn`]: `postgres://u:${'p'.repeat(65_000)}@h:99999/db`,
  [`${V}big_var`]: `{"rows": [${'1,'.repeat(32_700)}]}`,
  [`${C}binary_conn`]: {
    kind: 'binary',
    value: new Uint8Array([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1])
  },
  [`${V}surrogate_var`]: '{"k": "\ud800"',
  [`${V}nul_var`]: '{"k": "a\u0000b"}',
  [`${C}nul_conn`]: 'postgres://u:p@h:54\u000032/db',
  [`${V}deep_var`]: `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
  [`${C}deep_conn`]: `{"conn_type": "http", "extra": ${'{"a": '.repeat(10_000)}1${'}'.repeat(10_000)}}`
}

beforeAll(async () => {
  aws = await startFakeAws({ secrets: SECRETS })
})

afterAll(async () => {
  await aws.stop()
})

interface Row {
  readonly name: string
  readonly inputs?: Readonly<Record<string, string>>
  /** Replaces the default manifest (`connections: [ok_conn]`). */
  readonly manifest?: string
  readonly manifestName?: string
  readonly env?: Readonly<Record<string, string>>
  /** Must match the error lines. */
  readonly message: RegExp
  /** File annotations on the manifest may come before the failure line. */
  readonly annotations?: boolean
  /** The run fails after writing the report (all written whole). */
  readonly wrote?: boolean
  /** Upper bound of the run in ms (default 30 s). */
  readonly withinMs?: number
  /** More workspace files, by path. */
  readonly files?: Readonly<Record<string, string>>
  /** The run must fail before any STS or Secrets Manager call. */
  readonly noAws?: boolean
  /** The run must fail before any Secrets Manager call. */
  readonly noReads?: boolean
  /** Runs on the workspace once its files are written. */
  readonly prepare?: (workspace: string) => Promise<void>
}

const base = (extra: Record<string, string> = {}): Record<string, string> => ({
  'role-to-assume': ROLE,
  'aws-region': 'us-east-1',
  ...extra
})

const many = (count: number, last: string): string =>
  [
    'connections:',
    ...Array.from({ length: count - 1 }, (_, i) => `  c${i}: {}`),
    `  ${last}`,
    ''
  ].join('\n')

const INPUT_ROWS: Row[] = [
  {
    name: 'role-to-assume: a short account id',
    inputs: base({ 'role-to-assume': 'arn:aws:iam::1234:role/x' }),
    message: /role-to-assume.*arn:aws:iam::/
  },
  {
    name: 'role-to-assume: not an ARN',
    inputs: base({ 'role-to-assume': 'astro-gate' }),
    message: /role-to-assume.*arn:aws:iam::/
  },
  {
    name: 'role-to-assume: a user ARN',
    inputs: base({
      'role-to-assume': 'arn:aws:iam::123456789012:user/bob'
    }),
    message: /role-to-assume.*role/
  },
  {
    name: 'aws-region: truncated',
    inputs: base({ 'aws-region': 'us-east' }),
    message: /aws-region.*us-east-1|aws-region.*region/
  },
  {
    name: 'aws-region: upper case with underscores',
    inputs: base({ 'aws-region': 'US_EAST_1' }),
    message: /aws-region/
  },
  {
    name: 'role-duration-seconds: below 900',
    inputs: base({ 'role-duration-seconds': '60' }),
    message: /role-duration-seconds.*900/
  },
  {
    name: 'role-duration-seconds: above 43200',
    inputs: base({ 'role-duration-seconds': '50000' }),
    message: /role-duration-seconds.*43200/
  },
  {
    name: 'role-duration-seconds: not a number',
    inputs: base({ 'role-duration-seconds': '1h' }),
    message: /role-duration-seconds.*900/
  },
  {
    name: 'timeout-seconds: zero',
    inputs: base({ 'timeout-seconds': '0' }),
    message: /timeout-seconds/
  },
  {
    name: 'max-attempts: zero',
    inputs: base({ 'max-attempts': '0' }),
    message: /max-attempts/
  },
  {
    name: 'max-concurrency: negative',
    inputs: base({ 'max-concurrency': '-1' }),
    message: /max-concurrency/
  },
  {
    name: 'backend-kwargs: not JSON',
    inputs: base({ 'backend-kwargs': '{connections_prefix: x}' }),
    message: /backend-kwargs is not valid JSON.*\{"connections_prefix"/
  },
  {
    name: 'backend-kwargs: a trailing comma',
    inputs: base({ 'backend-kwargs': '{"connections_prefix": "a",}' }),
    message: /backend-kwargs is not valid JSON/
  },
  {
    name: 'backend-kwargs: a list',
    inputs: base({ 'backend-kwargs': '["airflow/connections"]' }),
    message: /backend-kwargs must be a JSON object/
  },
  {
    name: 'mode: unknown',
    inputs: base({ mode: 'fast' }),
    message: /mode must be one of values, existence, env-only; got "fast"/
  },
  {
    name: 'fail-on: unknown',
    inputs: base({ 'fail-on': 'info' }),
    message: /fail-on must be one of error, warning, never/
  },
  {
    name: 'retry-mode: unknown',
    inputs: base({ 'retry-mode': 'legacy' }),
    message: /retry-mode.*standard.*adaptive/
  },
  {
    name: 'pr-comment: unknown',
    inputs: base({ 'pr-comment': 'sometimes' }),
    message: /pr-comment must be one of auto, always, never/
  },
  {
    name: 'export-env: not a boolean',
    inputs: base({ 'export-env': 'yes' }),
    message: /export-env must be true or false; got "yes"/
  },
  {
    name: 'export-credentials: not a boolean',
    inputs: base({ 'export-credentials': 'on' }),
    message: /export-credentials must be true or false/
  },
  {
    name: 'airflow-version: unknown',
    inputs: base({ 'airflow-version': '4' }),
    message:
      /Input airflow-version: Airflow 4 is not supported; use 2 \(2\.10–2\.11\) or 3/
  },
  {
    name: 'manifest: does not exist',
    inputs: base({ manifest: 'config/missing.yml' }),
    message: /manifest config\/missing\.yml does not exist; check the path/
  },
  {
    name: 'manifest: a folder',
    inputs: base({ manifest: '.' }),
    message: /manifest \. is a folder; give the path of the manifest file/
  },
  {
    name: 'manifest: none and no ids',
    inputs: base(),
    manifestName: 'other.yml',
    message: /No manifest found.*list what the deployment needs/
  }
]

const MANIFEST_ROWS: Row[] = [
  {
    name: 'manifest: YAML syntax error',
    manifest: 'connections: [a, b\nvariables: [c]\n',
    message: /Manifest airflow-secrets\.yml has \d+ problems?; line \d+/,
    annotations: true
  },
  {
    name: 'manifest: JSON syntax error',
    inputs: base({ manifest: 'airflow-secrets.json' }),
    manifestName: 'airflow-secrets.json',
    manifest: '{"connections": ["a"',
    message: /Manifest airflow-secrets\.json has \d+ problems?/,
    annotations: true
  },
  {
    name: 'manifest: unknown top-level key',
    manifest: 'conections: [a]\n',
    message: /Manifest airflow-secrets\.yml has 1 problem; line 1.*conections/,
    annotations: true
  },
  {
    name: 'manifest: unknown connection key',
    manifest: 'connections:\n  a: { conn_typ: postgres }\n',
    message: /line 2.*conn_typ/,
    annotations: true
  },
  {
    name: 'manifest: connections is a number',
    manifest: 'connections: 5\n',
    message: /line 1.*connections/,
    annotations: true
  },
  {
    name: 'manifest: json is not a boolean',
    manifest: 'variables:\n  v: { json: maybe }\n',
    message: /line 2.*json/,
    annotations: true
  },
  {
    name: 'manifest: optional is a string',
    manifest: 'connections:\n  a: { optional: "yes" }\n',
    message: /line 2.*optional/,
    annotations: true
  },
  {
    name: 'manifest: duplicate ids in a list',
    manifest: 'connections: [a, b, a]\n',
    message: /line 1, column 21: duplicate connection id 'a'/,
    annotations: true
  },
  {
    name: 'manifest: duplicate keys in a map',
    manifest: 'connections:\n  a: {}\n  a: {}\n',
    message: /line 3, column 3: Map keys must be unique/,
    annotations: true
  },
  {
    name: 'manifest: unbalanced regex',
    manifest: 'variables:\n  v: { pattern: "(s3" }\n',
    message: /line 2.*pattern of 'v' is not a usable Python regex/,
    annotations: true
  },
  {
    name: 'manifest: a regex Python rejects (\\p)',
    manifest: 'variables:\n  v: { pattern: "\\\\p{L}+" }\n',
    message: /pattern of 'v'.*Python regex/,
    annotations: true
  },
  {
    name: 'manifest: airflow version unknown',
    manifest: 'airflow: "4"\nconnections: [a]\n',
    message: /line 1.*airflow/,
    annotations: true
  },
  {
    name: 'manifest: 10,000 entries, the last with an unknown key',
    manifest: many(10_000, 'last: { requires: [host] }'),
    message: /line 10001.*requires/,
    annotations: true,
    withinMs: 15_000
  },
  {
    name: 'manifest: 10,000 entries that are all missing',
    inputs: base({ 'max-concurrency': '16' }),
    manifest: many(10_000, 'last: {}'),
    message: /10000 of 10000 secrets failed/,
    annotations: true,
    wrote: true,
    withinMs: 45_000
  },
  {
    name: 'manifest: a 5 MB file',
    manifest: `connections: [ok_conn]\n${'#'.repeat(99)}\n`.repeat(50_000),
    message:
      /Manifest airflow-secrets\.yml is \d+\.\d MiB; manifests are limited to 4 MiB/
  },
  {
    name: 'manifest: /dev/zero',
    inputs: base({ manifest: '/dev/zero' }),
    message: /Manifest .*dev\/zero is not a regular file/
  },
  {
    name: 'Dockerfile: a link to /dev/zero, with airflow auto',
    inputs: base({ 'airflow-version': 'auto' }),
    prepare: async (workspace) => {
      const { symlink } = await import('node:fs/promises')
      await symlink('/dev/zero', join(workspace, 'Dockerfile'))
    },
    message:
      /Cannot tell the Airflow release: the Dockerfile is over 1 MiB or cannot be read; set airflow:/
  },
  {
    name: 'manifest: JSON nested 3,000 levels',
    manifestName: 'airflow-secrets.json',
    inputs: base({ manifest: 'airflow-secrets.json' }),
    manifest: `{"connections": ["ok_conn"], "backend": {"config_kwargs": ${'['.repeat(3000)}${']'.repeat(3000)}}}`,
    message: /line 1, column 1: the manifest nests deeper than 64 levels/,
    annotations: true
  },
  {
    name: 'manifest: YAML maps nested 2,000 levels',
    manifest: [
      'connections: [ok_conn]',
      'backend:',
      '  config_kwargs:',
      ...Array.from({ length: 2000 }, (_, i) => `${' '.repeat(4 + i)}k:`),
      ''
    ].join('\n'),
    message: /line \d+, column 1: the manifest nests deeper than 64 levels/,
    annotations: true
  }
]

const KWARGS_ROWS: Row[] = [
  {
    name: 'backend kwargs: unknown key (typo) in backend-kwargs',
    inputs: base({ 'backend-kwargs': '{"connection_prefix": "airflow/c"}' }),
    message: /connection_prefix/,
    annotations: true,
    wrote: true
  },
  {
    name: 'backend kwargs: backend-kwargs nested 3,000 levels',
    inputs: base({
      'backend-kwargs': `{"config_kwargs": ${'{"a": '.repeat(3000)}1${'}'.repeat(3000)}}`
    }),
    message:
      /Input backend-kwargs nests deeper than Python's json\.loads reads \(maximum recursion depth exceeded/
  },
  {
    name: 'backend kwargs: non-string prefix in the manifest',
    manifest: 'backend:\n  connections_prefix: 5\nconnections: [ok_conn]\n',
    message: /connections_prefix/,
    annotations: true,
    wrote: true
  },
  {
    name: 'backend kwargs: a list as prefix in backend-kwargs',
    inputs: base({ 'backend-kwargs': '{"variables_prefix": ["a"]}' }),
    message: /variables_prefix/,
    annotations: true,
    wrote: true
  },
  {
    name: 'backend kwargs: a lookup pattern Python rejects',
    inputs: base({
      'backend-kwargs': '{"connections_lookup_pattern": "(?P<id>ok"}'
    }),
    message: /connections_lookup_pattern/,
    annotations: true,
    wrote: true
  }
]

const conn = (id: string): string => `connections: [${id}]\n`

const VALUE_ROWS: Row[] = [
  {
    name: 'secret value: empty',
    manifest: conn('empty_conn'),
    // get_connection treats a falsy value as not found in this backend.
    message:
      /empty_conn.*The value is empty, so Airflow treats the connection as not defined/,
    annotations: true,
    wrote: true
  },
  {
    name: 'secret value: only whitespace',
    manifest: conn('blank_conn'),
    message: /blank_conn/,
    annotations: true,
    wrote: true
  },
  {
    name: 'secret value: 64 KiB with a bad port',
    manifest: conn('big_conn'),
    message: /big_conn.*port/i,
    annotations: true,
    wrote: true
  },
  {
    name: 'secret value: 64 KiB JSON variable with a trailing comma',
    manifest: 'variables:\n  big_var: { json: true }\n',
    message: /big_var/,
    annotations: true,
    wrote: true
  },
  {
    name: 'secret value: invalid UTF-8, stored as SecretBinary',
    manifest: conn('binary_conn'),
    message: /binary_conn.*SecretBinary|binary_conn.*SecretString/,
    annotations: true,
    wrote: true
  },
  {
    name: 'secret value: a lone surrogate in a JSON variable',
    manifest: 'variables:\n  surrogate_var: { json: true }\n',
    message: /surrogate_var/,
    annotations: true,
    wrote: true
  },
  {
    name: 'secret value: a NUL byte inside a JSON string',
    manifest: 'variables:\n  nul_var: { json: true }\n',
    message: /nul_var.*(control character|JSON)/i,
    annotations: true,
    wrote: true
  },
  {
    name: 'secret value: NUL bytes in a connection URI',
    manifest: conn('nul_conn'),
    message: /nul_conn.*port/i,
    annotations: true,
    wrote: true
  },
  {
    name: 'secret value: JSON nested 10,000 levels (variable)',
    manifest: 'variables:\n  deep_var: { json: true }\n',
    message: /deep_var.*RecursionError|deep_var.*recursion/i,
    annotations: true,
    wrote: true
  },
  {
    name: 'secret value: JSON connection nested 10,000 levels',
    manifest: conn('deep_conn'),
    message: /deep_conn/,
    annotations: true,
    wrote: true
  }
]

const ENV_ROWS: Row[] = [
  {
    name: 'environment: no RUNNER_TEMP and no env-file',
    env: { RUNNER_TEMP: '' },
    message: /RUNNER_TEMP is not set.*set the env-file input/
  },
  {
    name: 'environment: env-file folder is a regular file',
    inputs: base({ 'env-file': 'airflow-secrets.yml/gate.env' }),
    message:
      /Cannot write env-file .*gate\.env: .*airflow-secrets\.yml is a file, not a folder; choose another path/
  },
  {
    name: 'environment: env-file folder does not exist',
    inputs: base({ 'env-file': 'no/such/folder/gate.env' }),
    message: /Cannot write env-file .*does not exist; create it first/
  },
  {
    name: 'environment: no OIDC permission (id-token: write)',
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: '', GITHUB_ACTIONS: 'true' },
    message: /id-token: write/
  },
  {
    name: 'environment: no OIDC outside GitHub Actions',
    env: { ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' },
    message: /role-to-assume.*ACTIONS_ID_TOKEN_REQUEST_TOKEN/
  },
  {
    name: 'env-file: the JSON report path',
    inputs: base({
      'env-file': '../runner-temp/astro-secrets-gate-report.json'
    }),
    message:
      /env-file .*astro-secrets-gate-report\.json is the JSON report; .*Choose another path/,
    noAws: true
  },
  {
    name: 'env-file: the manifest',
    inputs: base({ 'env-file': 'airflow-secrets.yml' }),
    message:
      /env-file .*airflow-secrets\.yml is the manifest; writing the env file would overwrite it/,
    noAws: true
  },
  {
    name: 'env-file: the runner’s GITHUB_OUTPUT file',
    inputs: base({ 'env-file': '../output' }),
    message: /env-file .* is the GITHUB_OUTPUT file/,
    noAws: true
  },
  {
    name: 'env-file: a folder',
    inputs: base({ 'env-file': 'out' }),
    files: { 'out/keep.txt': 'x' },
    message:
      /Cannot write env-file .*out: it is a folder; give the path of a file/,
    noAws: true
  },
  {
    name: 'backend-kwargs: a line over 64 KiB for the Astro CLI',
    inputs: base({
      'backend-kwargs': JSON.stringify({
        connections_prefix: 'airflow/connections',
        variables_prefix: `v${'x'.repeat(70_000)}`
      })
    }),
    message:
      /AIRFLOW__SECRETS__BACKEND_KWARGS would be an env-file line of \d+ bytes.*64 KiB/,
    noReads: true
  },
  {
    name: 'environment: no region anywhere',
    inputs: { 'role-to-assume': ROLE },
    message: /aws-region/
  }
]

const ROWS = [
  ...INPUT_ROWS,
  ...MANIFEST_ROWS,
  ...KWARGS_ROWS,
  ...VALUE_ROWS,
  ...ENV_ROWS
]

async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {
    recursive: true,
    withFileTypes: true
  }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

describe('bad input through the bundled action', () => {
  it('has at least 45 rows across every surface', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(45)
    expect(new Set(ROWS.map((row) => row.name)).size).toBe(ROWS.length)
  })

  it.each(ROWS.map((row) => [row.name, row] as const))(
    '%s',
    async (_name, row) => {
      const started = Date.now()
      const manifestName = row.manifestName ?? 'airflow-secrets.yml'
      const awsCalls = (): number =>
        aws.requests.filter((r) => r.operation !== 'oidc').length
      const reads = (): number =>
        aws.requests.filter((r) =>
          [
            'BatchGetSecretValue',
            'GetSecretValue',
            'DescribeSecret',
            'ListSecrets'
          ].includes(r.operation)
        ).length
      const callsBefore = awsCalls()
      const readsBefore = reads()
      const run = await runAction({
        inputs: row.inputs ?? base(),
        manifest: row.manifest ?? conn('ok_conn'),
        manifestName,
        aws,
        keep: true,
        ...(row.env ? { env: row.env } : {}),
        ...(row.files ? { files: row.files } : {}),
        ...(row.prepare ? { prepare: row.prepare } : {})
      })
      const elapsed = Date.now() - started
      try {
        expect(run.code).toBe(1)
        expect(elapsed).toBeLessThan(row.withinMs ?? 30_000)
        const errors = commands(run.stdout, 'error')
        const onManifest = new RegExp(
          `^::error [^:]*file=${manifestName.replace('.', '\\.')}`
        )
        const annotations = errors.filter((l) => !l.startsWith('::error::'))
        expect({
          plain: errors.length - annotations.length,
          annotations: row.annotations
            ? Math.min(annotations.length, 9)
            : annotations.length,
          offManifest: annotations.filter((l) => !onManifest.test(l))
        }).toEqual({
          plain: 1,
          annotations: row.annotations ? annotations.length : 0,
          offManifest: []
        })
        expect(errors.join('\n')).toMatch(row.message)
        expect(row.noAws ? awsCalls() : callsBefore).toBe(callsBefore)
        expect(row.noReads ? reads() : readsBefore).toBe(readsBefore)
        // One line, no stack trace unless in debug mode.
        expect(run.stdout).not.toMatch(STACK)
        expect(run.stderr).not.toMatch(STACK)
        expect(commands(run.stdout, 'debug').join('\n')).not.toMatch(
          DEBUG_STACK
        )
        // Nothing half-written: no temp files anywhere; nothing at all when
        // the run failed before writing.
        const temp = join(run.dir, 'runner-temp')
        const workspace = join(run.dir, 'workspace')
        const written = await listTree(temp)
        expect(
          [...written, ...(await listTree(workspace))].filter((f) =>
            f.endsWith('.tmp')
          )
        ).toEqual([])
        expect(row.wrote ? [] : written).toEqual([])
        // The outputs say what failed, and point at nothing unwritten.
        expect(run.outputs.valid).toBe('false')
        const failed = {
          error: row.message.test(run.outputs.error ?? ''),
          code: /^[a-z]+(?:-[a-z]+)+$/.test(run.outputs['error-code'] ?? ''),
          paths: [run.outputs.report, run.outputs['env-file']]
        }
        expect(row.wrote ? null : failed).toEqual(
          row.wrote ? null : { error: true, code: true, paths: ['', ''] }
        )
      } finally {
        await rm(run.dir, { recursive: true, force: true })
      }
    },
    60_000
  )

  it.each([
    ['RUNNER_DEBUG', { RUNNER_DEBUG: '1' }],
    ['ACTIONS_STEP_DEBUG', { ACTIONS_STEP_DEBUG: 'true' }]
  ] as const)(
    'debug mode (%s) adds the stack as ::debug:: lines, still one error',
    async (_name, env) => {
      const run = await runAction({
        inputs: base({ 'backend-kwargs': '[1]' }),
        manifest: conn('ok_conn'),
        aws,
        env
      })
      expect(run.code).toBe(1)
      const errors = commands(run.stdout, 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0]).not.toMatch(STACK)
      const debug = commands(run.stdout, 'debug').join('\n')
      expect(debug).toMatch(/InputError/)
      expect(debug).toMatch(DEBUG_STACK)
    },
    60_000
  )
})

const CLI = resolve('dist/cli.js')

interface CliRow {
  readonly name: string
  readonly args: readonly string[]
  readonly code: number
  readonly message: RegExp
  readonly input?: string
}

const CLI_ROWS: CliRow[] = [
  {
    name: 'unknown command',
    args: ['frobnicate'],
    code: 2,
    message: /unknown command 'frobnicate' \(see 'astro-secrets-gate --help'\)/
  },
  {
    name: 'unknown option',
    args: ['explain', '--nope'],
    code: 2,
    message: /explain: unknown option '--nope' for 'explain'.*--help/
  },
  {
    name: 'explain: --value-file does not exist',
    args: ['explain', '--value-file', 'no-such-file.txt'],
    code: 2,
    message: /--value-file.*no-such-file\.txt/
  },
  {
    name: 'explain: unknown Airflow release',
    args: ['explain', '--airflow', '9'],
    input: 'postgres://h',
    code: 2,
    message: /--airflow.*9/
  },
  {
    name: 'explain: --backend-kwargs is not JSON',
    args: ['explain', '--backend-kwargs', '{bad'],
    input: 'postgres://h',
    code: 2,
    message: /--backend-kwargs/
  },
  {
    name: 'init-local: --manifest /dev/zero',
    args: ['init-local', '--manifest', '/dev/zero', '--user', 'me'],
    code: 2,
    message: /init-local: cannot read \/dev\/zero: it is over 4 MiB/
  },
  {
    name: 'discover: --manifest /dev/zero',
    args: ['discover', '--manifest', '/dev/zero'],
    code: 2,
    message: /discover: the manifest .*dev\/zero is over 4 MiB/
  },
  {
    name: 'discover: no such DAG folder',
    args: ['discover', 'no-such-dags'],
    code: 2,
    message: /no DAG folder at .*no-such-dags.*pass the folder/
  }
]

describe('bad input through the bundled CLI', () => {
  let cwd: string
  beforeAll(async () => {
    cwd = resolve('.cache', `bad-input-cli-${process.pid}`)
    await mkdir(cwd, { recursive: true })
    await writeFile(join(cwd, '.keep'), '')
  })
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true })
  })

  it.each(CLI_ROWS.map((row) => [row.name, row] as const))(
    '%s',
    async (_name, row) => {
      const run = await runNode(CLI, {
        args: row.args,
        cwd,
        ...(row.input === undefined ? {} : { input: row.input })
      })
      expect(run.code).toBe(row.code)
      const lines = run.stderr.split('\n').filter((line) => line !== '')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(row.message)
      expect(run.stderr).not.toMatch(STACK)
      const debug = await runNode(CLI, {
        args: ['--debug', ...row.args],
        cwd,
        ...(row.input === undefined ? {} : { input: row.input })
      })
      expect(debug.code).toBe(row.code)
    },
    30_000
  )
})

describe('a DAG folder the scan cannot read whole only warns', () => {
  it('a 600 MB .sql file and an unreadable subfolder are skipped, named, and the run passes', async () => {
    const run = await runAction({
      inputs: {
        mode: 'env-only',
        'aws-region': 'us-east-1',
        'dags-folder': 'dags',
        'airflow-version': '3'
      },
      manifest: conn('ok_conn'),
      files: {
        'dags/etl.py': 'BaseHook.get_connection("undeclared_conn")\n',
        'dags/locked/hidden.py': 'Variable.get("never_seen")\n'
      },
      unprivileged: true,
      prepare: async (workspace) => {
        const { chmod, open } = await import('node:fs/promises')
        // Sparse: 600 MB long, nothing on disk.
        const big = await open(join(workspace, 'dags', 'big.sql'), 'w')
        await big.truncate(600 * 1024 * 1024)
        await big.close()
        for (const path of ['', 'dags', 'dags/etl.py', 'dags/big.sql'])
          await chmod(
            join(workspace, path),
            path.endsWith('.py') || path.endsWith('.sql') ? 0o644 : 0o755
          )
        await chmod(join(workspace, 'airflow-secrets.yml'), 0o644)
        await chmod(join(workspace, 'dags', 'locked'), 0o000)
      }
    })
    expect(run.code).toBe(0)
    const warnings = commands(run.stdout, 'warning').join('\n')
    expect(warnings).toMatch(
      /DAG scan: skipped dags\/big\.sql \(600\.0 MiB, over the 8\.0 MiB a DAG file is read\)/
    )
    expect(warnings).toMatch(
      /DAG scan: skipped dags\/locked \(cannot list it: permission denied\)/
    )
    expect(commands(run.stdout, 'error')).toEqual([])
    expect(run.stdout).not.toMatch(/Invalid string length|EACCES|scandir/)
    // The files it could read were still scanned.
    expect(run.stdout).toContain('undeclared_conn')
  }, 60_000)
})

describe('local files the CLI must not read whole', () => {
  it('check --source local with .env a link to /dev/zero: a load error naming .env, bounded', async () => {
    const project = await mkdtemp(join(tmpdir(), 'asg-zero-'))
    try {
      const { symlink } = await import('node:fs/promises')
      await symlink('/dev/zero', join(project, '.env'))
      await writeFile(join(project, 'airflow-secrets.yml'), conn('ok_conn'))
      const run = await runNode(CLI, {
        args: ['check', '--source', 'local', '--project', project],
        cwd: project,
        timeoutMs: 30_000
      })
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(
        /\.env:0: error \[local-load-error\]\n\s+the file is over 16 MiB, so it was not read/
      )
      expect(run.stdout + run.stderr).not.toMatch(
        /Invalid string length|RangeError/
      )
    } finally {
      await rm(project, { recursive: true, force: true })
    }
  }, 60_000)
})
