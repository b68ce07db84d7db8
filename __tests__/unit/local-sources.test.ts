import { describe, expect, it } from '@jest/globals'
import {
  parseAirflowSettings,
  parseAstroEnv,
  parseComposeDotenv,
  parseConnectionsFile,
  parseVariablesFile
} from '../../src/core/local/sources.js'
import type { LocalLoad } from '../../src/core/local/sources.js'

const items = (load: LocalLoad): string[][] =>
  load.items.map((i) => [
    i.kind,
    i.id,
    i.format,
    i.value,
    String(i.source.line)
  ])
const errors = (load: LocalLoad): string[][] =>
  load.errors.map((e) => [e.severity, String(e.line), e.message])

const SECRET = 'S3cr3tValue'

describe('parseConnectionsFile', () => {
  it.each([
    [
      'conns.env',
      'a=postgres://u:p@h:5432/db\n# comment\n  # indented comment\n\nb=aws://',
      [
        ['connection', 'a', 'uri', 'postgres://u:p@h:5432/db', '1'],
        ['connection', 'b', 'uri', 'aws://', '5']
      ]
    ],
    [
      'conns.json',
      '{\n  "a": "http://h",\n  "b": {"conn_type": "postgres", "port": 5432, "extra_dejson": {"x": 1}}\n}',
      [
        ['connection', 'a', 'uri', 'http://h', '2'],
        [
          'connection',
          'b',
          'fields',
          '{"conn_type": "postgres", "port": 5432, "extra": "{\\"x\\": 1}"}',
          '3'
        ]
      ]
    ],
    [
      'conns.yaml',
      'a: http://h\nb:\n  conn_type: aws\n  conn_id: b\n  extra: \'{"region_name": "us-east-1"}\'\n',
      [
        ['connection', 'a', 'uri', 'http://h', '1'],
        [
          'connection',
          'b',
          'fields',
          '{"conn_type": "aws", "extra": "{\\"region_name\\": \\"us-east-1\\"}"}',
          '2'
        ]
      ]
    ]
  ])('reads %s', (file, text, expected) => {
    const load = parseConnectionsFile(file, text)
    expect(errors(load)).toEqual([])
    expect(items(load)).toEqual(expected)
  })

  it.each([
    [
      'c.env',
      'novalue',
      'Invalid line format. The line should contain at least one equal sign ("=").',
      1
    ],
    ['c.env', '=x', 'Invalid line format. Key is empty.', 1],
    ['c.env', 'a=', 'Invalid line format. Value is empty.', 1],
    [
      'c.env',
      `a=x://${SECRET}\nb=y://\na=z://`,
      'Found multiple values for a in c.env.',
      3
    ],
    ['c.json', '', 'The file is empty.', 1],
    ['c.json', '[]', 'The file should contain the object.', 1],
    [
      'c.json',
      `{"a": "${SECRET}",}`,
      'Expecting property name enclosed in double quotes',
      1
    ],
    [
      'c.json',
      `{"a": 5}`,
      "a: Unexpected value type: <class 'int'>. The connection can only be defined using a string or object.",
      1
    ],
    ['c.yaml', '- a', 'The file should contain the object.', 1],
    [
      'c.json',
      `{"a": {"host": "h", "hots": "${SECRET}"}}`,
      'illegal keys: key #2 (names not shown).',
      1
    ],
    [
      'c.json',
      '{"a": {"extra": "{}", "extra_dejson": {}}}',
      'mutually exclusive',
      1
    ],
    [
      'c.json',
      '{"a": {"conn_id": "b"}}',
      'a: Mismatch conn_id. The dictionary key has the value: b. The item has the value: a.',
      1
    ],
    [
      'c.txt',
      'a=b',
      'Unsupported file format. The file must have one of the following extensions: .env .json .yaml .yml',
      1
    ]
  ])('%s %j fails: %s', (file, text, message, line) => {
    const load = parseConnectionsFile(file, text)
    const error = load.errors.find((e) => e.severity === 'error')
    expect(error?.message).toContain(message)
    expect(error?.line).toBe(line)
    expect(error?.fatal).toBe(true)
    expect(JSON.stringify(load.errors)).not.toContain(SECRET)
  })

  it('warns about a value wrapped in quotes in an Airflow .env file', () => {
    const load = parseConnectionsFile('c.env', `a="postgres://u:${SECRET}@h"`)
    expect(items(load)[0]?.[3]).toBe(`"postgres://u:${SECRET}@h"`)
    expect(errors(load)).toEqual([
      [
        'warning',
        '1',
        "a: the value is wrapped in quotes; Airflow's .env reader keeps them as part of the value"
      ]
    ])
  })

  it('reads YAML 1.1 like PyYAML and keeps the last duplicate key', () => {
    const load = parseConnectionsFile('c.yml', 'a: x://1\nb: y://\na: z://\n')
    expect(items(load)).toEqual([
      ['connection', 'a', 'uri', 'z://', '3'],
      ['connection', 'b', 'uri', 'y://', '2']
    ])
  })
})

describe('parseVariablesFile', () => {
  it.each([
    [
      'v.env',
      'a=1\nb={"k": 2}',
      [
        ['variable', 'a', 'text', '1', '1'],
        ['variable', 'b', 'text', '{"k": 2}', '2']
      ]
    ],
    [
      'v.json',
      '{"a": "x", "b": {"k": [1, 2.5]}}',
      [
        ['variable', 'a', 'text', 'x', '1'],
        ['variable', 'b', 'json', '{"k": [1, 2.5]}', '1']
      ]
    ],
    [
      'v.yaml',
      'a: x\nb: yes\n',
      [
        ['variable', 'a', 'text', 'x', '1'],
        ['variable', 'b', 'json', 'true', '2']
      ]
    ]
  ])('reads %s', (file, text, expected) => {
    expect(items(parseVariablesFile(file, text))).toEqual(expected)
  })

  it('rejects duplicate keys in .env like Airflow', () => {
    const load = parseVariablesFile('v.env', 'a=1\nb=2\na=3\nb=4')
    expect(errors(load)).toEqual([
      [
        'error',
        '3',
        `The "v.env" file contains multiple values for keys: ['a', 'b']`
      ]
    ])
    expect(load.items).toEqual([])
  })

  it('warns about structured and null values', () => {
    const load = parseVariablesFile('v.json', '{"a": null, "b": 3}')
    expect(errors(load).map((e) => e[2])).toEqual([
      'a: the value is null; Airflow treats the variable as not set',
      'b: the value is a int, not a string; Airflow returns it as is, and deserialize_json=True or {{ var.json }} fail on it'
    ])
  })
})

describe('parseComposeDotenv', () => {
  it.each([
    ['A=plain', 'plain'],
    ['A = spaced  ', 'spaced'],
    ['export A=x', 'x'],
    ['A=x # comment', 'x'],
    ['A=x#notcomment', 'x#notcomment'],
    ["A='single $HOME # kept'", 'single $HOME # kept'],
    ['A="double \\"q\\" \\n"', 'double "q" \n'],
    ['A="multi\nline"', 'multi\nline'],
    ['A=a$$b', 'a$b'],
    ['A={"k": "v"}', '{"k": "v"}']
  ])('%j → %j', (text, value) => {
    const { entries } = parseComposeDotenv('.env', text)
    expect(entries.map((e) => [e.key, e.value])).toEqual([['A', value]])
  })

  it('warns about $ expansion without quoting the value', () => {
    const { errors: found } = parseComposeDotenv('.env', `A=pa$${SECRET}`)
    expect(found).toHaveLength(1)
    expect(found[0]?.message).toContain("contains '$'")
    expect(JSON.stringify(found)).not.toContain(SECRET)
  })

  it('rejects an unterminated quote', () => {
    const { errors: found } = parseComposeDotenv('.env', `A="${SECRET}\nB=1`)
    expect(found.map((e) => [e.severity, e.line])).toEqual([['error', 1]])
    expect(JSON.stringify(found)).not.toContain(SECRET)
  })
})

describe('parseAstroEnv', () => {
  it('reads AIRFLOW_CONN_ and AIRFLOW_VAR_ entries, ids lower-cased', () => {
    const load = parseAstroEnv(
      '.env',
      [
        'AIRFLOW__SECRETS__BACKEND=x',
        'AIRFLOW_CONN_MY_PG=postgres://u:p@h/db',
        `AIRFLOW_CONN_AWS_STD='{"conn_type": "aws"}'`,
        'AIRFLOW_VAR_MY_VAR=hello',
        'AIRFLOW_VAR_EMPTY=',
        'AIRFLOW_VAR_MY_VAR=again'
      ].join('\n')
    )
    expect(items(load)).toEqual([
      ['connection', 'my_pg', 'uri', 'postgres://u:p@h/db', '2'],
      ['connection', 'aws_std', 'json', '{"conn_type": "aws"}', '3'],
      ['variable', 'my_var', 'text', 'again', '6']
    ])
    expect(errors(load).map((e) => e[2])).toEqual([
      'AIRFLOW_VAR_MY_VAR is set again on line 6; Docker Compose uses the last value',
      'AIRFLOW_VAR_EMPTY: the value is empty; Airflow treats the variable as not set'
    ])
  })
})

describe('parseAirflowSettings', () => {
  const settings = [
    'airflow:',
    '  connections:',
    '    - conn_id: pg',
    '      conn_type: postgres',
    '      conn_host: db.example.com',
    '      conn_schema: analytics',
    '      conn_login: etl',
    `      conn_password: ${SECRET}`,
    '      conn_port: 5432',
    '      conn_extra:',
    '        sslmode: require',
    '        retries: 3',
    '    - conn_id: by_uri',
    '      conn_uri: http://example.com',
    '    - conn_id: no_type',
    '      conn_host: h',
    '    - conn_id:',
    '      conn_type: http',
    '  variables:',
    '    - variable_name: env',
    '      variable_value: dev',
    '    - variable_name: empty',
    '      variable_value:',
    '    - variable_name: quoted',
    `      variable_value: "it's"`
  ].join('\n')

  it('builds connections the way the Astro CLI does', () => {
    const load = parseAirflowSettings('airflow_settings.yaml', settings)
    expect(items(load)).toEqual([
      [
        'connection',
        'pg',
        'fields',
        `{"conn_type": "postgres", "extra": "{\\"sslmode\\": \\"require\\"}", "host": "db.example.com", "login": "etl", "password": "${SECRET}", "schema": "analytics", "port": 5432}`,
        '3'
      ],
      ['connection', 'by_uri', 'uri', 'http://example.com', '13'],
      ['variable', 'env', 'text', 'dev', '20'],
      ['variable', 'quoted', 'text', "it's", '24']
    ])
    expect(errors(load)).toEqual([
      [
        'warning',
        '12',
        'pg: conn_extra.retries is not a string; the Astro CLI drops it from the extra'
      ],
      [
        'error',
        '15',
        'Skipping no_type: conn_type or conn_uri must be specified.'
      ],
      [
        'warning',
        '17',
        'a connection without conn_id is skipped by the Astro CLI'
      ],
      [
        'warning',
        '22',
        'empty: variable_value is empty; the Astro CLI skips this variable'
      ],
      [
        'error',
        '24',
        "quoted: contains a single quote, which the Astro CLI's shell command cannot pass; the variable is not created as written"
      ]
    ])
    expect(JSON.stringify(load.errors)).not.toContain(SECRET)
  })

  it.each([
    [
      'airflow:\n  connections:\n    - conn_id: a\n      conn_type: http\n      conn_port: abc',
      5
    ],
    ['airflow: [\n', 2]
  ])('fails the whole file on %j', (text, line) => {
    const load = parseAirflowSettings('s.yaml', text)
    expect(load.errors[0]?.fatal).toBe(true)
    expect(load.errors[0]?.line).toBe(line)
    expect(load.items).toEqual([])
  })
})
