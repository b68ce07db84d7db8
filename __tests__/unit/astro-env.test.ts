import { describe, expect, it } from '@jest/globals'
import {
  findCliProblems,
  parseEnvFile,
  parseVariableList,
  planSync,
  redactValues,
  verifySync
} from '../../src/core/astro/env-file.js'
import { InputError } from '../../src/core/errors.js'

const KW = '{"connections_prefix": "airflow/connections"}'

describe('parseEnvFile', () => {
  it.each([
    [
      'A=1\nB=x=y\n',
      [
        ['A', '1', 1],
        ['B', 'x=y', 2]
      ]
    ],
    [`# comment\n\nKW=${KW}\r\n`, [['KW', KW, 3]]],
    ['A=1', [['A', '1', 1]]]
  ])('reads %j', (text, expected) => {
    expect(parseEnvFile(text).map((e) => [e.key, e.value, e.line])).toEqual(
      expected
    )
  })

  it.each([
    ['noequals\n', /line 1 is not a KEY=value line/],
    ['=v\n', /line 1 is not a KEY=value line/],
    ['export A=v\n', /line 1: the key must be/],
    ['A =v\n', /line 1: the key must be/],
    ['  # indented\n', /line 1 is not a KEY=value line/],
    ['A=\n', /A has an empty value/],
    ['A="quoted-value"\n', /value of A starts or ends with a quote/],
    ["A='quoted-value'\n", /value of A starts or ends with a quote/],
    ['A=trailing-space \n', /starts or ends with a quote or a space/],
    ['A=1\nA=2\n', /line 2: A is set twice/],
    ['# only\n\n', /no KEY=value lines/],
    [`A=${'x'.repeat(70_000)}\n`, /longer than the Astro CLI reads/]
  ])('refuses %j', (text, message) => {
    expect(() => parseEnvFile(text, 'f.env')).toThrow(message)
    expect(() => parseEnvFile(text)).toThrow(InputError)
  })

  it('never puts a value in its message', () => {
    let message = ''
    try {
      parseEnvFile('SECRET_KEY="hunter2-value"\n')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain('SECRET_KEY')
    expect(message).not.toContain('hunter2')
  })
})

describe('parseVariableList', () => {
  const table = [
    ' #     KEY                                 VALUE                          SECRET',
    ' 1     AIRFLOW__SECRETS__BACKEND           ****                           true',
    ' 2     PLAIN                               some value with spaces         false',
    ''
  ].join('\n')

  it.each([
    [
      table,
      [
        { key: 'AIRFLOW__SECRETS__BACKEND', secret: true },
        { key: 'PLAIN', secret: false, value: 'some value with spaces' }
      ]
    ],
    [
      [
        ' #     KEY                        VALUE                          SECRET',
        ` 1     AIRFLOW__SECRETS__BACKEND_KWARGS ${KW}     false`,
        ' 2     EMPTYISH                                                  false'
      ].join('\n'),
      [
        { key: 'AIRFLOW__SECRETS__BACKEND_KWARGS', secret: false, value: KW },
        { key: 'EMPTYISH', secret: false }
      ]
    ],
    [
      `\u001b[1m #  KEY   VALUE  SECRET\u001b[0m\n 1  A     ****   true\n`,
      [{ key: 'A', secret: true }]
    ],
    ['\nNo variables found\n', []]
  ])('reads a table', (output, expected) => {
    expect(parseVariableList(output)).toEqual(expected)
  })

  it.each(['', 'Error: deployment not found', 'something else'])(
    'returns undefined for %j',
    (output) => {
      expect(parseVariableList(output)).toBeUndefined()
    }
  )
})

describe('planSync and verifySync', () => {
  it('splits keys into created and updated', () => {
    expect(
      planSync(
        ['A', 'B', 'C'],
        [
          { key: 'B', secret: false },
          { key: 'Z', secret: true }
        ]
      )
    ).toEqual({ created: ['A', 'C'], updated: ['B'] })
  })

  it('finds missing and unsecreted keys', () => {
    expect(
      verifySync(
        ['A', 'B', 'C'],
        [
          { key: 'A', secret: true },
          { key: 'B', secret: false }
        ]
      )
    ).toEqual({ missing: ['C'], notSecret: ['B'] })
  })
})

describe('findCliProblems', () => {
  it.each([
    ['unable to read file /tmp/x.env', ['unable to read file /tmp/x.env']],
    [
      `KW=${KW} is an improperly formatted variable, no variable created`,
      ['KW=*** is an improperly formatted variable, no variable created']
    ],
    [
      'empty value! skipping creating variable with key: A',
      ['empty value! skipping creating variable with key: A']
    ],
    ['Error: failed to update', ['Error: failed to update']],
    [' #  KEY  VALUE  SECRET\n 1  A  ****  true', []]
  ])('%j', (output, expected) => {
    expect(findCliProblems(output, [KW])).toEqual(expected)
  })
})

describe('redactValues', () => {
  it.each([
    ['a hunter2 b', ['hunter2'], 'a *** b'],
    ['port 80 and abc', ['80', 'abc'], 'port 80 and abc'],
    ['line1 and line2-long', ['ab\nline2-long'], 'line1 and ***']
  ])('%j', (text, values, expected) => {
    expect(redactValues(text, values)).toBe(expected)
  })
})
