import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readDeclaredIds } from '../../src/core/gate/manifest-edit.js'
import { copyExampleProject, removeDir, runCli } from './cli-helpers.js'

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
