import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  detectLocalSources,
  loadLocalSources
} from '../../src/adapters/fs/local-files.js'
import type { LocalSourceFile } from '../../src/adapters/fs/local-files.js'
import type { LocalLoad } from '../../src/core/local/sources.js'
import { copyExampleProject, removeDir, tempDir } from './cli-helpers.js'

const FAKE_VALUES = [
  'not-a-real-password',
  'not-a-real-secret',
  'wJalrXUtnFEMI',
  'K7MDENG'
]

const summary = (load: LocalLoad): string[] =>
  load.errors.map((e) => `${e.severity} ${e.file}:${e.line} ${e.message}`)

describe('the example project', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await copyExampleProject()
  })
  afterAll(async () => {
    await removeDir(dir)
  })

  it('finds its local sources by convention', async () => {
    const found = await detectLocalSources(dir)
    expect(found.map((f) => [f.kind, f.path.slice(dir.length + 1)])).toEqual([
      ['astro-env', '.env'],
      ['airflow-settings', 'airflow_settings.yaml'],
      ['connections', 'include/connections.yaml'],
      ['variables', 'include/variables.env']
    ])
  })

  it('loads every item and reports the file-level mistakes, never a value', async () => {
    const load = await loadLocalSources(await detectLocalSources(dir), dir)
    expect(
      load.items.map(
        (i) => `${i.kind} ${i.id} ${i.format} ${i.source.file}:${i.source.line}`
      )
    ).toEqual([
      'connection warehouse uri .env:5',
      'connection aws_standard uri .env:9',
      'variable my_secret_var text .env:11',
      'variable pipeline_settings text .env:14',
      'variable report_schema text airflow_settings.yaml:20',
      'connection warehouse fields include/connections.yaml:6',
      'connection gcp_default uri include/connections.yaml:16',
      'connection orders_api uri include/connections.yaml:19',
      'variable report_schema text include/variables.env:3',
      'variable my_secret_var text include/variables.env:4'
    ])
    expect(summary(load)).toEqual([
      'error airflow_settings.yaml:12 reporting_db: conn_port must be a whole number; the Astro CLI cannot decode the file and loads nothing from it',
      `warning include/variables.env:3 report_schema: the value is wrapped in quotes; Airflow's .env reader keeps them as part of the value`
    ])
    const errorsText = JSON.stringify(load.errors)
    for (const value of FAKE_VALUES) expect(errorsText).not.toContain(value)
  })
})

describe('loadLocalSources', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await tempDir()
    await mkdir(join(dir, 'good'))
    await mkdir(join(dir, 'bad'))
    const files: Record<string, string> = {
      'good/connections.json':
        '{"a": "postgres://u:p@h/db", "b": {"conn_type": "http", "host": "h"}}',
      'good/connections.yaml':
        'a: postgres://u:p@h/db\nb:\n  conn_type: http\n',
      'good/connections.env': 'a=postgres://u:p@h/db\n',
      'good/variables.json': '{"v": "1"}',
      'good/variables.yaml': 'v: "1"\n',
      'good/variables.env': 'v=1\n',
      'good/.env': 'AIRFLOW_CONN_A=postgres://u:p@h/db\nAIRFLOW_VAR_V=1\n',
      'good/airflow_settings.yaml':
        'airflow:\n  connections:\n    - conn_id: a\n      conn_type: http\n  variables:\n    - variable_name: v\n      variable_value: "1"\n',
      'bad/connections.json': '{"a": "postgres://u:SECRETX@h/db",\n}',
      'bad/connections.yaml': 'a: [SECRETX\n',
      'bad/connections.env': 'a postgres://u:SECRETX@h/db\n',
      'bad/variables.json': '[]',
      'bad/variables.yaml': '',
      'bad/variables.env': 'v=1\nv=SECRETX\n',
      'bad/.env': 'AIRFLOW_CONN_A="postgres://u:SECRETX@h/db\n',
      'bad/airflow_settings.yaml':
        'airflow:\n  connections:\n    - conn_id: a\n      conn_port: SECRETX\n'
    }
    for (const [name, text] of Object.entries(files))
      await writeFile(join(dir, name), text)
  })
  afterAll(async () => {
    await removeDir(dir)
  })

  const kinds: [LocalSourceFile['kind'], string][] = [
    ['connections', 'connections.json'],
    ['connections', 'connections.yaml'],
    ['connections', 'connections.env'],
    ['variables', 'variables.json'],
    ['variables', 'variables.yaml'],
    ['variables', 'variables.env'],
    ['astro-env', '.env'],
    ['airflow-settings', 'airflow_settings.yaml']
  ]

  it.each(kinds)('reads a good %s file (%s)', async (kind, name) => {
    const load = await loadLocalSources(
      [{ kind, path: join('good', name) }],
      dir
    )
    expect(load.errors).toEqual([])
    expect(load.items.length).toBeGreaterThan(0)
    expect(load.items[0]?.source.file).toBe(join('good', name))
    expect(load.items[0]?.id).toMatch(/^[ab]$|^v$/)
  })

  it.each(kinds)(
    'reports a bad %s file (%s) without its values',
    async (kind, name) => {
      const load = await loadLocalSources(
        [{ kind, path: join('bad', name) }],
        dir
      )
      const error = load.errors.find((e) => e.severity === 'error')
      expect(error?.file).toBe(join('bad', name))
      expect(error?.fatal).toBe(true)
      expect(error?.line).toBeGreaterThan(0)
      expect(JSON.stringify(load.errors)).not.toContain('SECRETX')
    }
  )

  it('reports a missing file as a load error', async () => {
    const load = await loadLocalSources(
      [{ kind: 'connections', path: 'nope.json' }],
      dir
    )
    expect(load.errors).toEqual([
      {
        file: 'nope.json',
        line: 0,
        message: 'file not found; check the path',
        severity: 'error',
        fatal: true
      }
    ])
  })
})
