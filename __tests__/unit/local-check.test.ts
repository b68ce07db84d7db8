/**
 * The local gate's pure parts: which definition Airflow uses, the reads the
 * engine gets, the gate input (extra ids, direct parsing), and the findings
 * for load errors, undeclared ids and local "not found".
 */
import { describe, expect, it } from '@jest/globals'
import type { DiscoveredItem } from '../../src/core/gate/discover.js'
import { buildReport, planGate } from '../../src/core/gate/plan.js'
import type { Report } from '../../src/core/gate/report.js'
import type { GateInput } from '../../src/core/gate/plan.js'
import {
  chooseLocalDefinitions,
  loadErrorFindings,
  localDefinition,
  localGateInput,
  localReads,
  localizeReport,
  undeclaredFindings,
  withoutLintedQuotes
} from '../../src/core/local/definitions.js'
import type {
  LoadError,
  LocalItem,
  LocalSourceKind
} from '../../src/core/local/sources.js'
import { parseManifest } from '../../src/core/gate/manifest.js'

const item = (
  kind: LocalItem['kind'],
  id: string,
  file: string,
  line = 1,
  value = 'x'
): LocalItem => ({
  kind,
  id,
  value,
  format: 'uri',
  // An Astro .env holds environment variables (AIRFLOW_CONN_*).
  ...(file === '.env' ? { env: true as const } : {}),
  source: { file, line }
})

const KINDS: Record<string, LocalSourceKind> = {
  '.env': 'astro-env',
  'airflow_settings.yaml': 'airflow-settings',
  'include/connections.yaml': 'connections',
  'include/variables.env': 'variables'
}
const kindOf = (file: string): LocalSourceKind | undefined => KINDS[file]

const input = (manifest: string): GateInput => ({
  manifestPath: 'airflow-secrets.yml',
  manifest: parseManifest(manifest).manifest,
  extraConnections: [],
  extraVariables: [],
  mode: 'values',
  failOn: 'error'
})

describe('chooseLocalDefinitions', () => {
  it.each([
    [
      'backend files before .env before airflow_settings.yaml',
      ['airflow_settings.yaml', '.env', 'include/connections.yaml'],
      'include/connections.yaml',
      ['.env', 'airflow_settings.yaml']
    ],
    [
      '.env before airflow_settings.yaml',
      ['airflow_settings.yaml', '.env'],
      '.env',
      ['airflow_settings.yaml']
    ],
    ['a single definition', ['.env'], '.env', []],
    [
      'an unknown file last',
      ['elsewhere.env', 'airflow_settings.yaml'],
      'airflow_settings.yaml',
      ['elsewhere.env']
    ]
  ])('%s', (_name, files, used, shadowed) => {
    const chosen = chooseLocalDefinitions(
      files.map((file) => item('connection', 'db', file)),
      kindOf
    )
    const definition = localDefinition(chosen, 'connection', 'db')
    expect(definition?.used.source.file).toBe(used)
    expect(definition?.shadowed.map((s) => s.source.file)).toEqual(shadowed)
  })

  it('keeps connections and variables with the same id apart', () => {
    const chosen = chooseLocalDefinitions(
      [item('connection', 'x', '.env'), item('variable', 'x', '.env', 2)],
      kindOf
    )
    expect(chosen.size).toBe(2)
    expect(localDefinition(chosen, 'variable', 'x')?.used.source.line).toBe(2)
    expect(localDefinition(chosen, 'variable', 'y')).toBeUndefined()
  })
})

describe('localGateInput and localReads', () => {
  const manifest = [
    'backend: { connections_prefix: null }',
    'connections:',
    '  db: {}',
    '  absent: {}',
    'variables:',
    '  v: {}',
    ''
  ].join('\n')
  const chosen = chooseLocalDefinitions(
    [
      item('connection', 'db', '.env', 1, 'postgres://u@h/s'),
      item('connection', 'local_only', '.env', 2, 'http://h'),
      item('variable', 'v', '.env', 3, 'text')
    ],
    kindOf
  )

  it('adds local ids the manifest lacks, uses the default prefixes and direct parsing', () => {
    const local = localGateInput(input(manifest), chosen)
    expect(local.extraConnections).toEqual(['local_only'])
    expect(local.extraVariables).toEqual([])
    expect(local.via).toBe('direct')
    const plan = planGate(local)
    expect(plan.entries.map((e) => [e.id, e.lookup])).toEqual([
      ['db', { name: 'airflow/connections/db' }],
      ['absent', { name: 'airflow/connections/absent' }],
      ['local_only', { name: 'airflow/connections/local_only' }],
      ['v', { name: 'airflow/variables/v' }]
    ])
  })

  it.each([
    [
      true,
      {
        name: 'airflow/connections/db',
        status: 'found',
        origin: 'env',
        value: 'postgres://u@h/s'
      }
    ],
    [false, { name: 'airflow/connections/db', status: 'found', origin: 'env' }]
  ])('reads found values (with values: %s) and not-found ids', (values, db) => {
    const plan = planGate(localGateInput(input(manifest), chosen))
    const reads = localReads(plan, chosen, values)
    expect(reads.get('airflow/connections/db')).toEqual(db)
    expect(reads.get('airflow/connections/absent')).toEqual({
      name: 'airflow/connections/absent',
      status: 'not-found'
    })
  })

  it('gives a report without secret names and with a local not-found finding', () => {
    const local = localGateInput(input(manifest), chosen)
    const plan = planGate(local)
    const { report } = buildReport(local, plan, localReads(plan, chosen))
    const localized = localizeReport(report)
    expect(localized.items.map((i) => [i.id, i.status, i.secretName])).toEqual([
      ['db', 'valid', null],
      ['absent', 'missing', null],
      ['local_only', 'valid', null],
      ['v', 'valid', null]
    ])
    const absent = localized.items.find((i) => i.id === 'absent')
    expect(absent?.findings).toEqual([
      {
        code: 'local-not-found',
        severity: 'error',
        kind: 'connection',
        id: 'absent',
        message: "No local file defines connection 'absent'.",
        hint: 'Define it in .env (AIRFLOW_CONN_ABSENT=...), airflow_settings.yaml or a LocalFilesystemBackend connections file.'
      }
    ])
    expect(JSON.stringify(localized)).not.toContain('airflow/connections/')
  })

  it('parses JSON directly, so alias keys fail where the backend would accept them', () => {
    const json = chooseLocalDefinitions(
      [
        item(
          'connection',
          'db',
          '.env',
          1,
          '{"conn_type": "http", "user": "u"}'
        )
      ],
      kindOf
    )
    const local = localGateInput(input('connections:\n  db: {}\n'), json)
    const plan = planGate(local)
    const direct = buildReport(local, plan, localReads(plan, json))
    const viaBackend = buildReport(
      { ...local, via: 'secretsmanager' },
      plan,
      localReads(plan, json)
    )
    expect(direct.report.items[0]?.status).toBe('invalid')
    expect(viaBackend.report.items[0]?.status).toBe('valid')
  })

  it('reads a JSON-looking string in a connections file as a URI, as Airflow does', () => {
    const value = '{"conn_type": "postgres", "host": "h"}'
    const fromFile = chooseLocalDefinitions(
      [item('connection', 'db', 'include/connections.yaml', 1, value)],
      kindOf
    )
    const fromEnv = chooseLocalDefinitions(
      [item('connection', 'db', '.env', 1, value)],
      kindOf
    )
    const manifest = 'connections:\n  db: {conn_type: postgres}\n'
    const report = (chosen: typeof fromFile): Report => {
      const local = localGateInput(input(manifest), chosen)
      const plan = planGate(local)
      return buildReport(local, plan, localReads(plan, chosen)).report
    }
    const file = report(fromFile).items[0]
    expect(file?.status).toBe('invalid')
    expect(file?.findings.map((f) => f.code)).toContain('conn-type-mismatch')
    expect(report(fromEnv).items[0]?.status).toBe('valid')
  })
})

describe('findings for load errors and undeclared ids', () => {
  it.each([
    [
      { severity: 'error', fatal: true },
      'local-load-error',
      'bad (the whole file is rejected)'
    ],
    [{ severity: 'error', fatal: false }, 'local-load-error', 'bad'],
    [{ severity: 'warning', fatal: false }, 'local-load-warning', 'bad']
  ] as const)('%j → %s', (shape, code, message) => {
    expect(
      loadErrorFindings([{ file: '.env', line: 4, message: 'bad', ...shape }])
    ).toEqual([
      {
        code,
        severity: shape.severity,
        kind: 'config',
        id: '.env:4',
        message
      }
    ])
  })

  it('warns once per undeclared id, naming where the DAGs use it', () => {
    const missing: DiscoveredItem[] = [
      {
        kind: 'connection',
        id: 'orders_api',
        json: false,
        declared: false,
        uses: [
          { file: 'dags/a.py', line: 3, via: 'http_conn_id=' },
          { file: 'dags/b.py', line: 9, via: 'conn_id=' }
        ]
      }
    ]
    expect(undeclaredFindings(missing)).toEqual([
      expect.objectContaining({
        code: 'manifest-undeclared',
        severity: 'warning',
        kind: 'connection',
        id: 'orders_api',
        message:
          "The DAGs use connection 'orders_api' (dags/a.py:3, dags/b.py:9), but the manifest does not declare it."
      })
    ])
  })
})

describe('a quoted value counts once', () => {
  const quotedAt = (line: number, message: string): LoadError => ({
    file: 'include/variables.env',
    line,
    message,
    severity: 'warning',
    fatal: false,
    quotedValue: true
  })

  it("drops the loader's warning where the value lint says the same", () => {
    const chosen = chooseLocalDefinitions(
      [item('variable', 'v', 'include/variables.env', 3, '"x"')],
      kindOf
    )
    const local = localGateInput(input('variables:\n  v: {}\n'), chosen)
    const plan = planGate(local)
    const other: LoadError = {
      file: 'include/variables.env',
      line: 3,
      message: 'v: duplicate',
      severity: 'warning',
      fatal: false
    }
    const kept = withoutLintedQuotes(
      [quotedAt(3, 'v: quoted'), quotedAt(9, 'w: quoted'), other],
      plan,
      chosen
    )
    // Line 9 holds no definition the check reads; the other warning on
    // line 3 is not about quotes.
    expect(kept.map((error) => error.message)).toEqual([
      'w: quoted',
      'v: duplicate'
    ])
    const { report } = buildReport(local, plan, localReads(plan, chosen))
    expect(report.items[0]?.findings.map((f) => f.code)).toEqual([
      'value-quoted'
    ])
    expect(report.counts.warnings).toBe(1)
  })

  it('says "1 of 1 secret failed" for a single secret', () => {
    const local = localGateInput(
      input('connections:\n  absent: {}\n'),
      new Map()
    )
    const plan = planGate(local)
    const { failure } = buildReport(local, plan, localReads(plan, new Map()))
    expect(failure).toBe(
      '1 of 1 secret failed; see the job summary (fail-on: error).'
    )
  })
})
