/**
 * The `explain` command end to end: a value on stdin or from --value-file,
 * --jsonl from a file or stdin, masking vs --reveal, and usage errors (exit
 * 2, one line on stderr). Each case runs in-process through explainCommand
 * with a CliIo, and also as `node dist/cli.js explain ...` once the bundled
 * bin dispatches to explain (until then dist/cli.js does not reach it, and
 * only the in-process suite runs).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PassThrough } from 'node:stream'
import { main } from '../../src/cli/main.js'
import type { CliIo } from '../../src/cli/io.js'

interface Run {
  code: number
  out: string
  err: string
}
type Runner = (args: string[], stdin?: string) => Promise<Run>

const CLI = resolve('dist/cli.js')

async function inProcess(args: string[], stdin = ''): Promise<Run> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const input = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  input.end(stdin)
  const io: CliIo = {
    stdout,
    stderr,
    stdin: input,
    env: {},
    cwd: process.cwd()
  }
  const code = await main(['explain', ...args], io)
  return { code, out, err }
}

function bundled(args: string[], stdin = ''): Promise<Run> {
  const child = spawnSync(process.execPath, [CLI, 'explain', ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 20_000
  })
  return Promise.resolve({
    code: child.status ?? -1,
    out: child.stdout,
    err: child.stderr
  })
}

/** Whether the bundled bin reaches explain yet (its dispatch is separate). */
const bundleHasExplain = (() => {
  const probe = spawnSync(process.execPath, [CLI, 'explain', '--help'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 20_000
  })
  return (
    probe.status === 0 &&
    probe.stdout.includes('Usage: astro-secrets-gate explain')
  )
})()

const URI = 'postgresql://user:p%40ss@db:5432/analytics?sslmode=require'

let dir: string
let jsonlPath: string
let badJsonlPath: string
let valuePath: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asg-explain-'))
  jsonlPath = join(dir, 'cases.jsonl')
  badJsonlPath = join(dir, 'bad.jsonl')
  valuePath = join(dir, 'value.txt')
  writeFileSync(
    jsonlPath,
    [
      JSON.stringify({ kind: 'connection', value: URI, profile: 'af2' }),
      '',
      JSON.stringify({
        kind: 'connection',
        value: '{"conn_type": "x", "extra": {"api_key": "k3y"}}',
        id: 'my_conn',
        backend_kwargs: { connections_prefix: 'p/' }
      }),
      JSON.stringify({
        kind: 'connection',
        value: 'x://h',
        backend_kwargs: { connections_prefix: null }
      }),
      JSON.stringify({
        kind: 'variable',
        value: '{"a": 1,}',
        id: 'v',
        deserialize_json: true
      }),
      JSON.stringify({ kind: 'connection', value: 'a://b://c://p%40ss' })
    ].join('\n') + '\n'
  )
  writeFileSync(
    badJsonlPath,
    `${JSON.stringify({ kind: 'connection', value: 'x://h' })}\nnot json\n{"kind": "table", "value": "x"}\n`
  )
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

const lines = (text: string): string[] =>
  text.split('\n').filter((line) => line !== '')

const parsedLines = (text: string): Record<string, unknown>[] =>
  lines(text).map((line) => JSON.parse(line) as Record<string, unknown>)

/** In-process always; the bundled bin too once it dispatches to explain. */
const RUNNERS: [string, Runner][] = [
  ['in-process', inProcess],
  ...(bundleHasExplain
    ? [['node dist/cli.js', bundled] as [string, Runner]]
    : [])
]

describe.each(RUNNERS)('explain (%s)', (_name, run) => {
  it('explains a value from stdin for every profile, masked', async () => {
    const { code, out, err } = await run([], `${URI}\n`)
    expect(code).toBe(0)
    expect(err).toBe('')
    // Every release builds the same connection, so it is shown once.
    expect(lines(out).slice(0, 4)).toEqual([
      'Airflow 2.10–3.3',
      '  parsed [af2, af3_0, af3_1_0_server, af3_1_6_server, af3_1_0_task,',
      '    af3_1_5_task, af3_1_6_task, af3_1_8_task, af3_2_server, af3_2_task]',
      '  secret_name   airflow/connections/test_id'
    ])
    expect(out).toContain('  conn_type     postgres\n')
    expect(out).toContain('  host          db\n')
    expect(out).toContain('  password      ***\n')
    expect(out).toContain('  port          5432\n')
    expect(out).toContain('  secret_name   airflow/connections/test_id\n')
    expect(out).not.toContain('p@ss')
    expect(out).not.toContain('p%40ss')
  })

  it('shows the password with --reveal', async () => {
    const { code, out } = await run(['--reveal', '--airflow', '3'], URI)
    expect(code).toBe(0)
    expect(lines(out).slice(0, 2)).toEqual([
      'Airflow 3.2–3.3',
      '  parsed [af3_2_server, af3_2_task]'
    ])
    expect(out).toContain('  password      p@ss\n')
    expect(out).toContain(
      '  uri           postgres://user:p%40ss@db:5432/analytics?sslmode=require\n'
    )
  })

  it('reads --value-file, with --id, --kind and --deserialize-json', async () => {
    writeFileSync(valuePath, '{"a": [1, 2]}\n')
    const { code, out } = await run([
      '--value-file',
      valuePath,
      '--kind',
      'variable',
      '--id',
      'my_var',
      '--deserialize-json',
      '--airflow',
      'af2'
    ])
    expect(code).toBe(0)
    expect(out).toBe(
      'Airflow 2.10–2.11\n' +
        '  parsed [af2]\n' +
        '  secret_name   airflow/variables/my_var\n' +
        '  value         {"a": [1, 2]}\n\n' +
        '  json_type     dict\n'
    )
  })

  it('shows the releases that differ, grouped, for --airflow 3.1', async () => {
    const { code, out } = await run(
      ['--airflow', '3.1', '--component', 'task'],
      '{"host": "h"}'
    )
    expect(code).toBe(0)
    expect(lines(out).filter((line) => !line.startsWith(' '))).toEqual([
      'Airflow 3.1.0–3.1.4, in tasks',
      'Airflow 3.1.5–3.1.7, in tasks',
      'Airflow 3.1.8, in tasks'
    ])
    expect(out).toContain('  failed [af3_1_5_task, af3_1_6_task]\n')
  })

  it('looks team-scoped names up with --team-name', async () => {
    const { out } = await run(
      ['--airflow', '3.3', '--team-name', 'ops', '--amazon-provider', '9.28'],
      'x://h'
    )
    expect(out).toContain('  secret_name   airflow/connections/ops--test_id\n')
  })

  it('uses --backend-kwargs and --via', async () => {
    const skipped = await run(
      ['--backend-kwargs', '{"connections_prefix": null}', '--airflow', '2'],
      'x://h'
    )
    expect(skipped.code).toBe(0)
    expect(skipped.out).toContain('  not found [af2]\n')
    expect(skipped.out).toContain('  secret_name   (none)\n')
    const direct = await run(['--via', 'direct', '--airflow', '2'], 'x://h')
    expect(direct.out).toContain('  secret_name   (none)\n')
    expect(direct.out).toContain('  conn_type     x\n')
  })

  it('exits 1 when every release fails to parse the value', async () => {
    const { code, out, err } = await run(
      ['--airflow', '2'],
      'postgres://h:99999'
    )
    expect(code).toBe(1)
    expect(err).toBe('')
    expect(out).toContain('  failed [af2]\n')
    expect(out).toContain('  error         ValueError\n')
  })

  it('rejects an empty value with one line, exit 2', async () => {
    const { code, out, err } = await run([], '\n')
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(lines(err)).toEqual([
      expect.stringMatching(
        /^astro-secrets-gate explain: no value on stdin: pipe one in .* or pass --value-file/
      )
    ])
    expect(out + err).not.toContain('found')
  })

  it('masks the fields a misencoded secret spilled into, unless --reveal', async () => {
    const SECRET = 'K7MDENGbPxRfiCY'
    const value = `aws://AKIAIOSFODNN7EXAMPLE:12345/${SECRET}@x/y@?region_name=us-east-1`
    const masked = await run([], value)
    expect(masked.code).toBe(1)
    expect(masked.out).toContain(
      '  port          *** (may hold part of the password; --reveal shows it)\n'
    )
    expect(masked.out).not.toContain(SECRET)
    expect(masked.out).not.toContain('12345')
    expect(masked.out).not.toMatch(/akiaiosfodnn7example/i)
    expect(masked.out).toContain(
      'error uri-unencoded-reserved: The login or password contains'
    )
    expect(masked.out).toContain('(docs/errors.md#uri-unencoded-reserved)')
    const revealed = await run(['--reveal', '--airflow', '2'], value)
    expect(revealed.out).toContain('  port          12345\n')
    expect(revealed.out).toContain(SECRET)
  })

  it('reads --jsonl from a file, one result per input line', async () => {
    const { code, out, err } = await run(['--jsonl', jsonlPath])
    expect(code).toBe(0)
    expect(err).toBe('')
    const results = parsedLines(out)
    expect(results).toHaveLength(5)
    expect(results[0]).toMatchObject({
      found: true,
      secret_name: 'airflow/connections/test_id',
      conn_type: 'postgres',
      password: '***',
      port: 5432
    })
    expect(results[1]).toMatchObject({
      secret_name: 'p/my_conn',
      extra: '{"api_key": "***"}',
      extra_dejson: '{"api_key":"***"}'
    })
    expect(results[2]).toEqual({ found: false, secret_name: null })
    expect(results[3]).toMatchObject({
      found: true,
      secret_name: 'airflow/variables/v',
      json_type: null
    })
    expect(String(results[3]?.json_error)).toMatch(/^JSONDecodeError: /)
    expect(results[4]).toMatchObject({
      error: 'AirflowException',
      message: 'Invalid connection string: ***.'
    })
    expect(out).not.toContain('p@ss')
    expect(out).not.toContain('p%40ss')
    expect(out).not.toContain('k3y')
  })

  it('reveals values in --jsonl output with --reveal', async () => {
    const { code, out } = await run(['--jsonl', jsonlPath, '--reveal'])
    expect(code).toBe(0)
    const results = parsedLines(out)
    expect(results[0]?.password).toBe('p@ss')
    expect(results[1]?.extra).toBe('{"api_key": "k3y"}')
    expect(results[4]?.message).toBe(
      'Invalid connection string: a://b://c://p%40ss.'
    )
  })

  it.each([[[]], [['-']]])(
    'reads --jsonl from stdin (args %j)',
    async (extra) => {
      const { code, out } = await run(
        ['--jsonl', ...extra],
        `${JSON.stringify({ kind: 'variable', value: 'NaN', deserialize_json: true })}\n`
      )
      expect(code).toBe(0)
      expect(parsedLines(out)).toEqual([
        {
          found: true,
          secret_name: 'airflow/variables/test_id',
          value: 'NaN',
          json_type: 'float'
        }
      ])
    }
  )

  it('reports bad --jsonl lines and exits 2', async () => {
    const { code, out, err } = await run(['--jsonl', badJsonlPath])
    expect(code).toBe(2)
    expect(parsedLines(out)).toEqual([
      expect.objectContaining({ found: true, conn_type: 'x' }),
      { input_error: 'line 2' },
      { input_error: 'line 3' }
    ])
    expect(lines(err)).toHaveLength(2)
    expect(lines(err)[0]).toMatch(/^line 2: not a JSON object/)
    expect(lines(err)[1]).toBe(
      'line 3: "kind" must be "connection" or "variable"'
    )
  })

  it('prints help with --help', async () => {
    const { code, out } = await run(['--help'])
    expect(code).toBe(0)
    expect(out).toMatch(/^Usage: astro-secrets-gate explain/)
  })

  it.each([
    [['--bogus'], "unknown option '--bogus'"],
    [['--reveel'], "did you mean '--reveal'?"],
    [
      ['--kind', 'table'],
      "option '--kind' must be one of connection, variable, not 'table'"
    ],
    [
      ['--via', 'file'],
      "option '--via' must be one of secretsmanager, env, direct, not 'file'"
    ],
    [
      ['--amazon-provider', '7'],
      "--amazon-provider must be a provider version such as 9.0, 9.28 or 9.39, not '7'"
    ],
    [['--airflow', '4'], '--airflow: Airflow 4 is not supported'],
    [['--airflow', 'af3_core'], '--airflow: the profile af3_core matched no'],
    [['--airflow', '3.1.9'], '--airflow: Airflow 3.1.9 was not released'],
    [
      ['--component', 'worker'],
      "option '--component' must be one of task, server, not 'worker'"
    ],
    [['--backend-kwargs', '{'], '--backend-kwargs is not JSON'],
    [['extra-arg'], "unexpected argument 'extra-arg'"],
    [['--jsonl', 'a', 'b'], "unexpected argument 'b'"],
    [['--value-file', '/nonexistent/asg-value'], 'cannot read --value-file']
  ])('usage error %j exits 2 with one line', async (args, text) => {
    const { code, out, err } = await run(args, 'x://h')
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(lines(err)).toHaveLength(1)
    expect(err).toMatch(/^astro-secrets-gate explain: /)
    expect(err).toContain(text)
    expect(err).toContain("(see 'astro-secrets-gate explain --help')")
  })

  it('takes --profile, the older name of --airflow, with a one-line notice', async () => {
    const works = await run(['--profile', '2'], 'x://h')
    expect(works.code).toBe(0)
    expect(works.out).toContain('[af2]')
    expect(works.err).toBe(
      'astro-secrets-gate explain: --profile is deprecated; use --airflow (same meaning)\n'
    )
    const refused = await run(['--profile', '4'], 'x://h')
    expect(refused.code).toBe(2)
    expect(lines(refused.err)).toEqual([
      'astro-secrets-gate explain: --profile is deprecated; use --airflow (same meaning)',
      expect.stringContaining('--airflow: Airflow 4 is not supported')
    ])
  })
})

describe('explain bounds what a user can make it evaluate (bundled CLI)', () => {
  const evil = 'a'.repeat(40) + '!'
  const kwargs = JSON.stringify({
    connections_prefix: 'c',
    connections_lookup_pattern: '^(a+)+$'
  })

  it('a catastrophic lookup pattern is an error per release, not a hang', async () => {
    const started = Date.now()
    const run = await bundled(
      ['--id', evil, '--airflow', '3.1', '--backend-kwargs', kwargs],
      'postgres://u:p@h/db'
    )
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(run.code).toBe(1)
    expect(run.out).toContain('LookupPatternTimeout')
    expect(run.out).toContain('connections_lookup_pattern')
    expect(run.err).toBe('')
  })

  it('every release and 30 --jsonl lines cost one budget per pattern, not one each', async () => {
    const started = Date.now()
    const all = await bundled(
      ['--id', evil, '--backend-kwargs', kwargs],
      'postgres://u:p@h/db'
    )
    expect(all.code).toBe(1)
    expect(all.out).toContain('LookupPatternTimeout')
    const line = JSON.stringify({
      kind: 'connection',
      id: evil,
      value: 'postgres://h',
      backend_kwargs: JSON.parse(kwargs) as unknown
    })
    const batch = await bundled(['--jsonl'], `${line}\n`.repeat(30))
    expect(batch.out.trimEnd().split('\n')).toHaveLength(30)
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('the same through --jsonl', async () => {
    const started = Date.now()
    const run = await bundled(
      ['--jsonl'],
      `${JSON.stringify({
        kind: 'connection',
        id: evil,
        value: 'postgres://h',
        backend_kwargs: JSON.parse(kwargs) as unknown
      })}\n`
    )
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.out) as unknown).toMatchObject({
      error: 'LookupPatternTimeout'
    })
  })

  it('a "profile" named like an Object.prototype member is an input error', async () => {
    const run = await bundled(
      ['--jsonl'],
      `${JSON.stringify({ kind: 'connection', value: 'x://h', profile: 'constructor' })}\n`
    )
    expect(run.code).toBe(2)
    expect(run.err.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /^line 1: "profile": 'constructor' is not an Airflow release/
      )
    ])
    expect(run.out).toBe('{"input_error":"line 1"}\n')
  })

  it('--value-file /dev/zero is one usage line, read only up to the limit', async () => {
    const run = await bundled(['--value-file', '/dev/zero'])
    expect(run.code).toBe(2)
    expect(run.err.trimEnd().split('\n')).toHaveLength(1)
    expect(run.err).toMatch(/--value-file \/dev\/zero is over 4 MiB/)
  })
})
