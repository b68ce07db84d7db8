import { describe, expect, it } from '@jest/globals'
import { discover, scanFile, scanPython } from '../../src/core/gate/discover.js'

const ids = (src: string): string[] =>
  scanPython('d.py', src).refs.map(
    (r) => `${r.kind}:${r.id}${r.json ? ':json' : ''}@${r.line}`
  )

describe('scanPython', () => {
  it.each([
    ['conn_id="a"', 'op(conn_id="a")', ['connection:a@1']],
    ['single quotes, spaces', "op(conn_id = 'a')", ['connection:a@1']],
    [
      '*_conn_id',
      'PostgresOperator(postgres_conn_id="pg")',
      ['connection:pg@1']
    ],
    [
      'several kwargs',
      'x(aws_conn_id="aws", sql="s", snowflake_conn_id="sf")',
      ['connection:aws@1', 'connection:sf@1']
    ],
    [
      'BaseHook.get_connection',
      'BaseHook.get_connection("h")',
      ['connection:h@1']
    ],
    [
      'get_connection(conn_id=)',
      'BaseHook.get_connection(conn_id="h")',
      ['connection:h@1']
    ],
    ['Connection.get', 'Connection.get("c")', ['connection:c@1']],
    [
      'get_connection_from_secrets',
      'Connection.get_connection_from_secrets("s")',
      ['connection:s@1']
    ],
    ['Variable.get', 'Variable.get("v")', ['variable:v@1']],
    [
      'Variable.get key=',
      'Variable.get(key="v", default_var=None)',
      ['variable:v@1']
    ],
    [
      'Variable.get deserialize_json',
      'Variable.get("cfg", deserialize_json=True)',
      ['variable:cfg:json@1']
    ],
    [
      'deserialize_json=False',
      'Variable.get("cfg", deserialize_json=False)',
      ['variable:cfg@1']
    ],
    ['implicit concatenation', 'Variable.get("a" "b")', ['variable:ab@1']],
    ['f-string without fields', 'Variable.get(f"plain")', ['variable:plain@1']],
    ['jinja var.value', 'x = "{{ var.value.my_var }}"', ['variable:my_var@1']],
    [
      'jinja var.value.get',
      `x = "{{ var.value.get('k', 'd') }}"`,
      ['variable:k@1']
    ],
    [
      'jinja var.json',
      "x = '{{ var.json.settings.path }}'",
      ['variable:settings:json@1']
    ],
    ['jinja var.json[]', `x = "{{ var.json['s'] }}"`, ['variable:s:json@1']],
    ['jinja conn', 'x = "{{ conn.my_conn }}"', ['connection:my_conn@1']],
    [
      'jinja conn.host',
      'x = "{{ conn.my_conn.host }}"',
      ['connection:my_conn@1']
    ],
    ['jinja conn.get', `x = "{{ conn.get('c2').login }}"`, ['connection:c2@1']],
    ['multi-line', 'a = 1\n\nop(\n  conn_id="z",\n)', ['connection:z@4']],
    [
      'triple-quoted template',
      'sql = """\nSELECT 1\n-- {{ var.value.t }}\n"""',
      ['variable:t@3']
    ]
  ])('%s', (_name, src, expected) => {
    expect(ids(src)).toEqual(expected)
  })

  it.each([
    ['a comment', '# op(conn_id="a")\n# Variable.get("v")'],
    ['a trailing comment', 'x = 1  # BaseHook.get_connection("h")'],
    ['jinja in a comment', '# "{{ var.value.v }}"'],
    ['a comparison', 'if conn_id == "a": pass'],
    ['an assignment at top level', 'conn_id = "a"'],
    ['None', 'op(conn_id=None)'],
    ['a def', 'def get_connection(conn_id): pass'],
    ['another .get', 'd.get("x")'],
    ['a jinja comment', 'x = "{# {{ var.value.v }} #}"'],
    ['not var', 'x = "{{ my.var.value.v }}"']
  ])('ignores %s', (_name, src) => {
    expect(ids(src)).toEqual([])
  })

  it.each([
    ['an f-string', 'op(conn_id=f"pg_{env}")', 'f"pg_{env}"'],
    ['a name', 'Variable.get(key_name)', 'key_name'],
    ['a call', 'BaseHook.get_connection(name())', 'name()'],
    ['concatenation', 'op(conn_id="a" + env)', '"a" + env'],
    [
      'a dynamic jinja get',
      'x = "{{ var.value.get(params.k) }}"',
      'var.value.get(params.k)'
    ]
  ])('reports %s as dynamic', (_name, src, expression) => {
    const result = scanPython('d.py', src)
    expect(result.refs).toEqual([])
    expect(result.dynamic).toHaveLength(1)
    expect(result.dynamic[0]?.expression).toBe(expression)
  })

  it('does not report get_connection(conn_id=) twice', () => {
    expect(
      scanPython('d.py', 'h.get_connection(conn_id="x")').refs
    ).toHaveLength(1)
  })
})

describe('scanFile', () => {
  it('scans templates for jinja only', () => {
    const refs = scanFile(
      'q.sql',
      "-- Variable.get('no')\nSELECT '{{ var.value.schema_name }}'\n"
    ).refs
    expect(refs.map((r) => [r.id, r.line, r.via])).toEqual([
      ['schema_name', 2, '{{ var.value }}']
    ])
  })
})

describe('discover', () => {
  it('groups uses by id and lists what the manifest lacks', () => {
    const result = discover(
      [
        {
          path: 'dags/a.py',
          text: 'op(conn_id="pg")\nVariable.get("cfg", deserialize_json=True)'
        },
        {
          path: 'dags/b.py',
          text: 'BaseHook.get_connection("pg")\nx = "{{ var.value.k }}"'
        }
      ],
      { connections: new Set(['pg']), variables: new Set(['k']) }
    )
    expect(
      result.items.map((i) => [i.kind, i.id, i.declared, i.json, i.uses.length])
    ).toEqual([
      ['connection', 'pg', true, false, 2],
      ['variable', 'cfg', false, true, 1],
      ['variable', 'k', true, false, 1]
    ])
    expect(result.missing.map((i) => i.id)).toEqual(['cfg'])
    expect(result.filesScanned).toBe(2)
  })
})
