import { execFile } from 'node:child_process'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readDeclaredIds } from '../../src/core/gate/manifest-edit.js'
import {
  copyExampleProject,
  removeDir,
  runCli,
  tempDir
} from './cli-helpers.js'

let dir = ''
beforeEach(async () => {
  dir = await copyExampleProject()
})
afterEach(async () => {
  await removeDir(dir)
})

interface DiscoverJson {
  items: {
    kind: string
    id: string
    json: boolean
    declared: boolean
    uses: { file: string; line: number }[]
  }[]
  missing: { kind: string; id: string; json: boolean }[]
  dynamic: { kind: string; file: string; line: number; expression: string }[]
  filesScanned: number
  written: boolean
}

describe('discover', () => {
  it('lists the ids the example DAGs use and the one the manifest lacks', async () => {
    const run = await runCli(['discover'], { cwd: dir })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(
      /connection\s+orders_api\s+missing\s+dags\/example_secrets_dag\.py:36/
    )
    expect(run.stdout).toMatch(
      /variable \(json\)\s+pipeline_settings\s+declared/
    )
    // Lines wrap at 80 columns (a pipe) under a two-space indent.
    expect(run.stdout.replace(/\n {2}/g, ' ')).toContain(
      'info: dags/example_secrets_dag.py:31: connection id from get_connection() f"warehouse_{env}" is dynamic, not checked'
    )
    for (const line of run.stdout.split('\n'))
      expect(line.length).toBeLessThanOrEqual(80)
    expect(run.stdout).toContain('1 missing from airflow-secrets.yml')
    expect(run.stdout).not.toContain('old_connection')
    expect(run.stdout).not.toContain('\u001b[')
  })

  it('colours the table on a terminal unless NO_COLOR is set', async () => {
    const tty = await runCli(['discover'], { cwd: dir, isTTY: true })
    expect(tty.stdout).toContain('\u001b[31mmissing')
    const noColor = await runCli(['discover'], {
      cwd: dir,
      isTTY: true,
      env: { NO_COLOR: '1' }
    })
    expect(noColor.stdout).not.toContain('\u001b[')
  })

  it('prints JSON with files and lines', async () => {
    const run = await runCli(['discover', 'dags', '--json'], { cwd: dir })
    expect(run.code).toBe(1)
    const result = JSON.parse(run.stdout) as DiscoverJson
    expect(result.filesScanned).toBe(3)
    expect(result.missing).toEqual([
      { kind: 'connection', id: 'orders_api', json: false }
    ])
    expect(result.items.map((i) => `${i.kind}:${i.id}`)).toEqual([
      'connection:aws_standard',
      'connection:orders_api',
      'connection:warehouse',
      'variable:my_secret_var',
      'variable:pipeline_settings',
      'variable:report_schema'
    ])
    const schema = result.items.find((i) => i.id === 'report_schema')
    expect(schema?.uses.map((u) => `${u.file}:${u.line}`)).toEqual([
      'dags/reporting_dag.py:24',
      'dags/sql/daily.sql:2',
      'dags/sql/daily.sql:4'
    ])
    expect(result.dynamic).toHaveLength(1)
  })

  it('--write adds the missing ids, keeping comments; the next run is clean', async () => {
    await writeFile(
      join(dir, 'dags', 'extra.py'),
      'cfg = Variable.get("feature_flags", deserialize_json=True)\n'
    )
    const manifestPath = join(dir, 'airflow-secrets.yml')
    const before = await readFile(manifestPath, 'utf8')
    const run = await runCli(['discover', '--write'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('added 2 to airflow-secrets.yml')
    const after = await readFile(manifestPath, 'utf8')
    expect(after.startsWith(before.split('\n').slice(0, 2).join('\n'))).toBe(
      true
    )
    expect(after).toContain('  orders_api: {}\n')
    expect(after).toContain('  feature_flags: { json: true }\n')
    const ids = readDeclaredIds(after)
    expect(ids.connections.has('orders_api')).toBe(true)
    const again = await runCli(['discover'], { cwd: dir })
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('all declared in airflow-secrets.yml')
  })

  it('works without a manifest, and --write creates one', async () => {
    await rm(join(dir, 'airflow-secrets.yml'))
    const run = await runCli(['discover'], { cwd: dir })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('no manifest at airflow-secrets.yml')
    const write = await runCli(
      ['discover', '--write', '--manifest', 'secrets.yml'],
      { cwd: dir }
    )
    expect(write.code).toBe(0)
    const ids = readDeclaredIds(
      await readFile(join(dir, 'secrets.yml'), 'utf8')
    )
    expect([...ids.connections].sort()).toEqual([
      'aws_standard',
      'orders_api',
      'warehouse'
    ])
    expect([...ids.variables].sort()).toEqual([
      'my_secret_var',
      'pipeline_settings',
      'report_schema'
    ])
  })

  it('scans a single file or a nested folder', async () => {
    await mkdir(join(dir, 'other', 'deep'), { recursive: true })
    await writeFile(
      join(dir, 'other', 'deep', 'x.py'),
      'op(snowflake_conn_id="sf")\n'
    )
    const run = await runCli(['discover', 'other', '--json'], { cwd: dir })
    const result = JSON.parse(run.stdout) as DiscoverJson
    expect(result.items.map((i) => [i.id, i.uses[0]?.file])).toEqual([
      ['sf', 'other/deep/x.py']
    ])
  })

  it.each([
    [
      ['discover', 'nope'],
      /^astro-secrets-gate discover: no DAG folder at 'nope'; pass the folder that holds your DAG files\n$/
    ],
    [
      ['discover', '--manifest', 'bad.yml'],
      /^astro-secrets-gate discover: bad.yml:\d+: the manifest is not valid YAML/
    ]
  ])('%j exits 2 with one line', async (argv, message) => {
    await writeFile(join(dir, 'bad.yml'), 'connections: [\n')
    const run = await runCli(argv, { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})

const CLI = resolve('dist/cli.js')

/** The bundled CLI as a child process in `cwd`; output and exit code. */
async function bundled(
  argv: readonly string[],
  cwd: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [CLI, ...argv],
      {
        cwd,
        timeout: 60_000,
        env: { PATH: process.env['PATH'] ?? '', HOME: cwd }
      }
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? ''
    }
  }
}

/** Lines with their endings, so CRLF and a missing last newline count. */
const linesOf = (text: string): string[] =>
  text.match(/[^\n]*\n|[^\n]+$/g) ?? []

/** Lines of `before` that do not reappear, in order, byte for byte. */
function lostLines(before: string, after: string): string[] {
  const rest = linesOf(after)
  const lost: string[] = []
  let at = 0
  for (const line of linesOf(before)) {
    const found = rest.indexOf(line, at)
    if (found === -1) lost.push(line)
    else at = found + 1
  }
  return lost
}

describe('discover with the bundled CLI', () => {
  it("from the repository root uses the scanned project's manifest and says so", async () => {
    const run = await bundled(
      ['discover', 'examples/astro-project/dags'],
      process.cwd()
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    expect(run.stdout.replace(/\n {2}/g, ' ')).toContain(
      'Manifest examples/astro-project/airflow-secrets.yml (the nearest one above examples/astro-project/dags).'
    )
    // Only the id the example's manifest really lacks is missing.
    expect(run.stdout).toMatch(/connection\s+orders_api\s+missing/)
    expect(run.stdout).toMatch(/connection\s+warehouse\s+declared/)
    expect(run.stdout.replace(/\n {2}/g, ' ')).toContain(
      '1 missing from examples/astro-project/airflow-secrets.yml (add it, or run with --write)'
    )
  })

  it('--write from above the project edits its manifest, byte for byte elsewhere', async () => {
    const project = await copyExampleProject()
    const parent = await mkdtempIn(project)
    const manifestPath = join(parent, 'proj', 'airflow-secrets.yml')
    // Flow and block style, comments, CRLF line endings.
    const before = [
      '# What the DAGs need   ',
      "airflow: '3'",
      'connections:',
      '  aws_standard: {conn_type: aws}   # keep [ this ]',
      '  warehouse: { conn_type: postgres, require: [host,login] }',
      'variables: [my_secret_var,pipeline_settings]  # a flow list',
      '# the end',
      ''
    ].join('\r\n')
    await writeFile(manifestPath, before)
    const run = await bundled(['discover', 'proj/dags', '--write'], parent)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const after = await readFile(manifestPath, 'utf8')
    // Only the flow list grew; every other line is as it was.
    expect(lostLines(before, after)).toEqual([
      'variables: [my_secret_var,pipeline_settings]  # a flow list\r\n'
    ])
    expect(after).toContain(
      'variables: [my_secret_var,pipeline_settings, report_schema]  # a flow list\r\n'
    )
    expect(after).toContain('  orders_api: {}\r\n')
    expect(after.replace(/\r\n/g, '')).not.toContain('\n')
    // Nothing was written where the command ran.
    await expect(
      readFile(join(parent, 'airflow-secrets.yml'), 'utf8')
    ).rejects.toThrow(/ENOENT/)
    const again = await bundled(['discover', 'proj/dags'], parent)
    expect(again.code).toBe(0)
    await removeDir(parent)
  })

  it('a project marked by its Dockerfile gets its manifest created there', async () => {
    const project = await copyExampleProject()
    const parent = await mkdtempIn(project)
    const root = join(parent, 'proj')
    await rm(join(root, 'airflow-secrets.yml'))
    await writeFile(
      join(root, 'Dockerfile'),
      'FROM astrocrpublic.azurecr.io/runtime:3.1-1\n'
    )
    const run = await bundled(
      ['discover', join('proj', 'dags'), '--write'],
      parent
    )
    expect(run.code).toBe(0)
    expect(run.stdout.replace(/\n {2}/g, ' ')).toContain(
      'Manifest proj/airflow-secrets.yml, not there yet (the Astro project of proj/dags, marked by its Dockerfile).'
    )
    const ids = readDeclaredIds(
      await readFile(join(root, 'airflow-secrets.yml'), 'utf8')
    )
    expect(ids.connections.has('orders_api')).toBe(true)
    await removeDir(parent)
  })
})

/** A new folder holding `project` as `proj` (moved there). */
async function mkdtempIn(project: string): Promise<string> {
  const parent = await tempDir('asg-discover-')
  await cp(project, join(parent, 'proj'), { recursive: true })
  await removeDir(project)
  return parent
}
