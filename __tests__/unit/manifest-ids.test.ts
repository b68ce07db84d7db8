import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import {
  type IdToAdd,
  addIdsToManifest,
  readBackendDefaults,
  readDeclaredIds
} from '../../src/core/gate/manifest-edit.js'

const manifest = [
  'airflow: "3"',
  '# the connections we need',
  'connections:',
  '  aws_standard: { conn_type: aws } # fallback to ~/.aws',
  '  warehouse: { conn_type: postgres, require: [host, login] }',
  'variables:',
  '  my_secret_var: {}',
  ''
].join('\n')

describe('readDeclaredIds', () => {
  it.each([
    [manifest, ['aws_standard', 'warehouse'], ['my_secret_var']],
    ['connections: [a, b]\nvariables:\n  - c\n', ['a', 'b'], ['c']],
    ['connections:\n  - id: a\n', ['a'], []],
    ['airflow: "3"\n', [], []],
    ['', [], []]
  ])('%j', (text, connections, variables) => {
    const ids = readDeclaredIds(text)
    expect([...ids.connections]).toEqual(connections)
    expect([...ids.variables]).toEqual(variables)
  })

  it.each([
    ['connections: [', /m.yml:\d+: the manifest is not valid YAML/],
    ['- a', /must be a YAML mapping/],
    ['connections: 5', /'connections' must be a map of ids or a list of ids/]
  ])('rejects %j', (text, message) => {
    expect(() => readDeclaredIds(text, 'm.yml')).toThrow(message)
  })
})

describe('addIdsToManifest', () => {
  it('adds to maps, keeping comments and order', () => {
    const updated = addIdsToManifest(manifest, [
      { kind: 'connection', id: 'new_conn', json: false },
      { kind: 'variable', id: 'settings', json: true },
      { kind: 'connection', id: 'warehouse', json: false }
    ])
    expect(updated).toBe(
      [
        'airflow: "3"',
        '# the connections we need',
        'connections:',
        '  aws_standard: { conn_type: aws } # fallback to ~/.aws',
        '  warehouse: { conn_type: postgres, require: [host, login] }',
        '  new_conn: {}',
        'variables:',
        '  my_secret_var: {}',
        '  settings: { json: true }',
        ''
      ].join('\n')
    )
    const ids = readDeclaredIds(updated)
    expect(ids.connections.has('new_conn')).toBe(true)
  })

  it('appends to lists and creates missing sections', () => {
    expect(
      addIdsToManifest('connections: [a]\n', [
        { kind: 'connection', id: 'b', json: false },
        { kind: 'variable', id: 'v', json: false }
      ])
    ).toBe('connections: [a, b]\nvariables:\n  v: {}\n')
  })
})

const CONN = (id: string): IdToAdd => ({ kind: 'connection', id, json: false })
const VAR = (id: string, json = false): IdToAdd => ({
  kind: 'variable',
  id,
  json
})

/** Lines with their line endings, so CRLF and a missing last newline count. */
const linesOf = (text: string): string[] =>
  text.match(/[^\n]*\n|[^\n]+$/g) ?? []

/**
 * The lines of `before` missing from `after`, reading both in order: each
 * original line must reappear byte for byte, except those listed as grown.
 */
function changedLines(before: string, after: string): string[] {
  const rest = linesOf(after)
  const changed: string[] = []
  let at = 0
  for (const line of linesOf(before)) {
    const found = rest.indexOf(line, at)
    if (found === -1) changed.push(line)
    else at = found + 1
  }
  return changed
}

describe('addIdsToManifest keeps every untouched byte', () => {
  it.each<[string, string, readonly IdToAdd[], string, readonly string[]]>([
    [
      'block maps with comments and blank lines',
      [
        '# Secrets the DAGs read',
        'airflow: "3.1"  # the Runtime line',
        '',
        'connections:',
        '    # the warehouse',
        '    warehouse:',
        '        conn_type: postgres',
        '        require: [host, login]   # note the spacing',
        '',
        'variables:',
        "    region: {}    # 'eu-west-1'",
        '# trailing comment',
        ''
      ].join('\n'),
      [CONN('orders_api'), VAR('settings', true)],
      [
        '# Secrets the DAGs read',
        'airflow: "3.1"  # the Runtime line',
        '',
        'connections:',
        '    # the warehouse',
        '    warehouse:',
        '        conn_type: postgres',
        '        require: [host, login]   # note the spacing',
        '    orders_api: {}',
        '',
        'variables:',
        "    region: {}    # 'eu-west-1'",
        '    settings: { json: true }',
        '# trailing comment',
        ''
      ].join('\n'),
      []
    ],
    [
      'flow lists and maps on one line',
      'connections: [host_a,  host_b]   # two\nvariables: {a: {}, b: {json: true}}\n',
      [CONN('c'), VAR('d')],
      'connections: [host_a,  host_b, c]   # two\nvariables: {a: {}, b: {json: true}, d: {}}\n',
      [
        'connections: [host_a,  host_b]   # two\n',
        'variables: {a: {}, b: {json: true}}\n'
      ]
    ],
    [
      'block lists',
      'connections:\n  - a\n  - "b"\nvariables:\n- v\n',
      [CONN('c'), VAR('w'), CONN('true')],
      'connections:\n  - a\n  - "b"\n  - c\n  - "true"\nvariables:\n- v\n- w\n',
      []
    ],
    [
      'CRLF line endings',
      'connections:\r\n  a: {}\r\n\r\nvariables:\r\n  v: {}\r\n',
      [CONN('b'), VAR('w', true)],
      'connections:\r\n  a: {}\r\n  b: {}\r\n\r\nvariables:\r\n  v: {}\r\n  w: { json: true }\r\n',
      []
    ],
    [
      'no newline at the end',
      'connections:\n  a: {}',
      [CONN('b')],
      'connections:\n  a: {}\n  b: {}\n',
      ['  a: {}']
    ],
    [
      'a missing section',
      'airflow: "2"\nconnections:\n  a: {}\n',
      [VAR('v')],
      'airflow: "2"\nconnections:\n  a: {}\nvariables:\n  v: {}\n',
      []
    ],
    [
      'an empty section with a comment',
      'connections: {}   # none yet\nvariables:\n',
      [CONN('a'), VAR('v')],
      'connections:   # none yet\n  a: {}\nvariables:\n  v: {}\n',
      ['connections: {}   # none yet\n']
    ],
    [
      'JSON on several lines',
      '{\n  "airflow": "3",\n  "connections": {\n    "a": {"conn_type": "postgres"}\n  },\n  "variables": ["v"]\n}\n',
      [CONN('b'), VAR('w', true)],
      '{\n  "airflow": "3",\n  "connections": {\n    "a": {"conn_type": "postgres"},\n    "b": {}\n  },\n  "variables": ["v", "w"]\n}\n',
      ['    "a": {"conn_type": "postgres"}\n', '  "variables": ["v"]\n']
    ],
    [
      'JSON with a missing and an empty section',
      '{"connections": {}}',
      [CONN('a'), VAR('v', true)],
      '{"connections": {"a": {}}, "variables": {"v": {"json": true}}}',
      ['{"connections": {}}']
    ],
    [
      'a flow list with a trailing comma, a flow map over several lines',
      'connections: [a, b, ]\nvariables: {\n  x: {},\n  y: {}\n}\n',
      [CONN('c'), VAR('z')],
      'connections: [a, b, c, ]\nvariables: {\n  x: {},\n  y: {},\n  z: {}\n}\n',
      ['connections: [a, b, ]\n', '  y: {}\n']
    ],
    ['an empty file', '', [CONN('a')], 'connections:\n  a: {}\n', []]
  ])('%s', (_name, before, ids, after, grown) => {
    const updated = addIdsToManifest(before, ids)
    expect(updated).toBe(after)
    expect(changedLines(before, updated)).toEqual(grown)
    const declared = readDeclaredIds(updated)
    for (const item of ids)
      expect(declared[`${item.kind}s`].has(item.id)).toBe(true)
    // A second run adds nothing and changes nothing.
    expect(addIdsToManifest(updated, ids)).toBe(updated)
  })

  it('keeps the bytes of the example project manifest', () => {
    const text = readFileSync(
      'examples/astro-project/airflow-secrets.yml',
      'utf8'
    )
    const updated = addIdsToManifest(text, [CONN('orders_api')])
    expect(changedLines(text, updated)).toEqual([])
    expect(updated.length).toBeGreaterThan(text.length)
  })
})

describe('readBackendDefaults', () => {
  it.each([
    [
      'airflow: "3.1"\nbackend:\n  connections_prefix: c\n  variables_prefix: v\n  region_name: eu-west-1\n',
      {
        airflowMajor: '3',
        connectionsPrefix: 'c',
        variablesPrefix: 'v',
        region: 'eu-west-1'
      }
    ],
    ['airflow: 2.10\n', { airflowMajor: '2' }],
    ['airflow: "4"\nbackend:\n  connections_prefix: null\n', {}],
    ['connections: {}\n', {}]
  ])('%j', (text, expected) => {
    expect(readBackendDefaults(text)).toEqual(expected)
  })
})
