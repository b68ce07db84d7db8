import { describe, expect, it } from '@jest/globals'
import {
  JsonSyntaxError,
  parsePyJson,
  pyFloatRepr,
  pyJsonDumps
} from '../../src/core/local-json.js'

describe('parsePyJson', () => {
  it.each([
    ['{"a": 1}', '{"a": 1}'],
    ['{"a": 1.0}', '{"a": 1.0}'],
    ['[12345678901234567890123]', '[12345678901234567890123]'],
    ['{"a": NaN, "b": -Infinity}', '{"a": NaN, "b": -Infinity}'],
    ['{"a": 1, "b": 2, "a": 3}', '{"a": 3, "b": 2}'],
    ['"caf\\u00e9"', '"caf\\u00e9"'],
    ['{"10": 1, "2": 2}', '{"10": 1, "2": 2}'],
    [' \n[true, false, null] ', '[true, false, null]']
  ])('%s round-trips as Python would dump it', (text, dumped) => {
    expect(pyJsonDumps(parsePyJson(text).value)).toBe(dumped)
  })

  it.each([
    ['', 'Expecting value', 1],
    ['{"a": }', 'Expecting value', 1],
    ['{\n"a": 1,\n}', 'Expecting property name enclosed in double quotes', 3],
    ["{'a': 1}", 'Expecting property name enclosed in double quotes', 1],
    ['{"a" 1}', "Expecting ':' delimiter", 1],
    ['[1 2]', "Expecting ',' delimiter", 1],
    ['{"a": 1}\n{}', 'Extra data', 2],
    ['"abc', 'Unterminated string starting at', 1],
    ['"a\tb"', 'Invalid control character at', 1],
    ['"\\x"', 'Invalid \\escape', 1],
    ['\ufeff{}', 'Expecting value', 1]
  ])('rejects %j: %s', (text, message, line) => {
    let caught: unknown
    try {
      parsePyJson(text)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(JsonSyntaxError)
    expect((caught as JsonSyntaxError).message).toBe(message)
    expect((caught as JsonSyntaxError).line).toBe(line)
  })

  it('records the line of each top-level key', () => {
    const { keyLines } = parsePyJson(
      '{\n  "a": 1,\n  "b": {\n    "c": 2\n  }\n}'
    )
    expect([...keyLines]).toEqual([
      ['a', 2],
      ['b', 3]
    ])
  })
})

describe('pyFloatRepr', () => {
  it.each([
    [1, '1.0'],
    [0.5, '0.5'],
    [-2.25, '-2.25'],
    [1e16, '1e+16'],
    [1234567890123456.0, '1234567890123456.0'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [-0, '-0.0'],
    [Infinity, 'Infinity']
  ])('%p → %s', (value, repr) => {
    expect(pyFloatRepr(value)).toBe(repr)
  })
})

describe('pyJsonDumps', () => {
  it('escapes like Python with ensure_ascii', () => {
    expect(pyJsonDumps('a"b\\c\n\u007f é 😀 /')).toBe(
      '"a\\"b\\\\c\\n\\u007f \\u00e9 \\ud83d\\ude00 /"'
    )
  })
})
