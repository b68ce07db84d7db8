import { describe, expect, it } from '@jest/globals'
import {
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
        '  warehouse: { conn_type: postgres, require: [ host, login ] }',
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
    ).toBe('connections: [ a, b ]\nvariables:\n  v: {}\n')
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
