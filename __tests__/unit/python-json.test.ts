import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { PyError } from '../../src/core/airflow/python/errors.js'
import {
  fromPyValue,
  pyJsonDumps,
  pyJsonLoads,
  PyJsonDecodeError,
  PY_JSON_MAX_DEPTH,
  toPyValue
} from '../../src/core/airflow/python/json.js'
import type { PyDict, PyValue } from '../../src/core/airflow/python/value.js'

// Expected values and messages below were produced by CPython 3.11.7
// (`json.loads`, `str(JSONDecodeError)`, `json.dumps`) and pasted as literals.

const d = (...entries: [string, PyValue][]): PyDict => new Map(entries)

/** Maps as ordered entry lists, so key order is part of the comparison. */
function ordered(v: PyValue): unknown {
  if (v instanceof Map) {
    return { entries: [...v].map(([k, x]) => [k, ordered(x)]) }
  }
  if (Array.isArray(v)) return v.map(ordered)
  return v
}

function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected an exception')
}

const VALID: [string, PyValue][] = [
  ['{"a": 1}', d(['a', 1n])],
  ['[1, 2.5, "x", true, false, null]', [1n, 2.5, 'x', true, false, null]],
  [' \t\n\r{"a":[]} \r\n', d(['a', []])],
  ['0', 0n],
  ['-0', 0n],
  ['-0.0', -0],
  ['1E5', 100000.0],
  ['1e-5', 1e-5],
  ['1.5e+3', 1500.0],
  ['10', 10n],
  ['12345678901234567890123', 12345678901234567890123n],
  ['-12345678901234567890123', -12345678901234567890123n],
  ['1e400', Infinity],
  ['-1e400', -Infinity],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['[NaN,-Infinity]', [NaN, -Infinity]],
  ['"\\u00e9"', '\u00e9'],
  ['"\\u00E9"', '\u00e9'],
  ['"\\ud83d\\ude00"', '\ud83d\ude00'],
  ['"\\ud800"', '\ud800'],
  ['"\\udc00"', '\udc00'],
  ['"\\ud800\\u0041"', '\ud800A'],
  ['"\\ud800\\ud800\\udc00"', '\ud800\ud800\udc00'],
  ['"\\udc00\\ud800"', '\udc00\ud800'],
  ['"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\/\b\f\n\r\t'],
  ['"\ud83d\ude00"', '\ud83d\ude00'],
  ['"\u007f\u0080\u2028"', '\u007f\u0080\u2028'],
  ['"caf\u00e9"', 'caf\u00e9'],
  ['{"a":1,"b":2,"a":3}', d(['a', 3n], ['b', 2n])],
  ['{"b":1,"a":2}', d(['b', 1n], ['a', 2n])],
  ['{"2":1,"1":2}', d(['2', 1n], ['1', 2n])],
  ['{"":0}', d(['', 0n])],
  ['[[[]]]', [[[]]]],
  ['{"a":{"b":{}}}', d(['a', d(['b', d()])])],
  ['1.0', 1.0],
  ['0.1', 0.1],
  ['5e-324', 5e-324],
  ['1.7976931348623157e308', 1.7976931348623157e308],
  ['"\\u0000"', '\u0000'],
  ['{"__proto__": 1}', d(['__proto__', 1n])],
  ['"a\\/b"', 'a/b'],
  ['[ 1 , 2 ]', [1n, 2n]],
  ['{ "a" : 1 , "b" : [ ] }', d(['a', 1n], ['b', []])],
  ['""', ''],
  ['"\u0080\u00ff\ud7ff\ue000\uffff"', '\u0080\u00ff\ud7ff\ue000\uffff'],
  ['123.456e-2', 1.23456],
  ['-1.5E+10', -15000000000.0],
  ['0.000001', 1e-6],
  ['1e16', 1e16],
  ['[1e22, 1e-7, 123456789.123456789]', [1e22, 1e-7, 123456789.12345679]]
]
const INVALID: [string, string][] = [
  ['', 'Expecting value: line 1 column 1 (char 0)'],
  [' ', 'Expecting value: line 1 column 2 (char 1)'],
  ['\n\n  ', 'Expecting value: line 3 column 3 (char 4)'],
  ['[', 'Expecting value: line 1 column 2 (char 1)'],
  [']', 'Expecting value: line 1 column 1 (char 0)'],
  ['[1,]', 'Expecting value: line 1 column 4 (char 3)'],
  ['[,1]', 'Expecting value: line 1 column 2 (char 1)'],
  [
    '{',
    'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'
  ],
  ['}', 'Expecting value: line 1 column 1 (char 0)'],
  ['{"a"', "Expecting ':' delimiter: line 1 column 5 (char 4)"],
  ['{"a":', 'Expecting value: line 1 column 6 (char 5)'],
  ['{"a":1', "Expecting ',' delimiter: line 1 column 7 (char 6)"],
  [
    '{"a":1,',
    'Expecting property name enclosed in double quotes: line 1 column 8 (char 7)'
  ],
  [
    '{"a":1,}',
    'Expecting property name enclosed in double quotes: line 1 column 8 (char 7)'
  ],
  [
    "{'a':1}",
    'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'
  ],
  [
    '{a:1}',
    'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'
  ],
  ['{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)"],
  ['{"a":1 "b":2}', "Expecting ',' delimiter: line 1 column 8 (char 7)"],
  ['[1 2]', "Expecting ',' delimiter: line 1 column 4 (char 3)"],
  ['[1}', "Expecting ',' delimiter: line 1 column 3 (char 2)"],
  ['{"a":1]', "Expecting ',' delimiter: line 1 column 7 (char 6)"],
  ['-', 'Expecting value: line 1 column 1 (char 0)'],
  ['-x', 'Expecting value: line 1 column 1 (char 0)'],
  ['--1', 'Expecting value: line 1 column 1 (char 0)'],
  ['+1', 'Expecting value: line 1 column 1 (char 0)'],
  ['01', 'Extra data: line 1 column 2 (char 1)'],
  ['00', 'Extra data: line 1 column 2 (char 1)'],
  ['1.', 'Extra data: line 1 column 2 (char 1)'],
  ['.5', 'Expecting value: line 1 column 1 (char 0)'],
  ['1.e5', 'Extra data: line 1 column 2 (char 1)'],
  ['1e', 'Extra data: line 1 column 2 (char 1)'],
  ['1e+', 'Extra data: line 1 column 2 (char 1)'],
  ['1E-', 'Extra data: line 1 column 2 (char 1)'],
  ['0x10', 'Extra data: line 1 column 2 (char 1)'],
  ['"abc', 'Unterminated string starting at: line 1 column 1 (char 0)'],
  ['"\\', 'Unterminated string starting at: line 1 column 1 (char 0)'],
  ['"\\"', 'Unterminated string starting at: line 1 column 1 (char 0)'],
  ['"\\u12', 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'],
  ['"\\u1234', 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'],
  ['"\\uzzzz"', 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'],
  ['"\\u12G4"', 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'],
  ['"\\ud800\\uzzzz"', 'Invalid \\uXXXX escape: line 1 column 9 (char 8)'],
  ['"\\ud800\\udc0', 'Invalid \\uXXXX escape: line 1 column 9 (char 8)'],
  ['"\\ud800\\udc00', 'Invalid \\uXXXX escape: line 1 column 9 (char 8)'],
  [
    '"\\ud800\\udc00x',
    'Unterminated string starting at: line 1 column 1 (char 0)'
  ],
  ['"\\x"', 'Invalid \\escape: line 1 column 2 (char 1)'],
  ['"\\U0001F600"', 'Invalid \\escape: line 1 column 2 (char 1)'],
  ['"\\\'"', 'Invalid \\escape: line 1 column 2 (char 1)'],
  ['"a\u0001"', 'Invalid control character at: line 1 column 3 (char 2)'],
  ['"a\u0000"', 'Invalid control character at: line 1 column 3 (char 2)'],
  ['"\t"', 'Invalid control character at: line 1 column 2 (char 1)'],
  ['"a\nb"', 'Invalid control character at: line 1 column 3 (char 2)'],
  ['"a\u001f', 'Invalid control character at: line 1 column 3 (char 2)'],
  [
    '\ufeff1',
    'Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)'
  ],
  [
    '\ufeff',
    'Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)'
  ],
  ['1 2', 'Extra data: line 1 column 3 (char 2)'],
  ['1,', 'Extra data: line 1 column 2 (char 1)'],
  ['[]]', 'Extra data: line 1 column 3 (char 2)'],
  ['{}}', 'Extra data: line 1 column 3 (char 2)'],
  ['nul', 'Expecting value: line 1 column 1 (char 0)'],
  ['tru', 'Expecting value: line 1 column 1 (char 0)'],
  ['fals', 'Expecting value: line 1 column 1 (char 0)'],
  ['nan', 'Expecting value: line 1 column 1 (char 0)'],
  ['NAN', 'Expecting value: line 1 column 1 (char 0)'],
  ['inf', 'Expecting value: line 1 column 1 (char 0)'],
  ['infinity', 'Expecting value: line 1 column 1 (char 0)'],
  ['-Inf', 'Expecting value: line 1 column 1 (char 0)'],
  ['-NaN', 'Expecting value: line 1 column 1 (char 0)'],
  ['None', 'Expecting value: line 1 column 1 (char 0)'],
  ['True', 'Expecting value: line 1 column 1 (char 0)'],
  ['truex', 'Extra data: line 1 column 5 (char 4)'],
  ['nullnull', 'Extra data: line 1 column 5 (char 4)'],
  ['[-]', 'Expecting value: line 1 column 2 (char 1)'],
  ['\f1', 'Expecting value: line 1 column 1 (char 0)'],
  ['\u00a01', 'Expecting value: line 1 column 1 (char 0)'],
  ['\u20031', 'Expecting value: line 1 column 1 (char 0)'],
  ['1\f', 'Extra data: line 1 column 2 (char 1)'],
  ['[1,\f2]', 'Expecting value: line 1 column 4 (char 3)'],
  ['[\n1,\n  x]', 'Expecting value: line 3 column 3 (char 7)'],
  ['{\n  "a": 1,\n  "b": ,\n}', 'Expecting value: line 3 column 8 (char 19)'],
  ['"\ud83d\ude00" x', 'Extra data: line 1 column 5 (char 4)'],
  [
    '["\ud83d\ude00\ud83d\ude00", x]',
    'Expecting value: line 1 column 8 (char 7)'
  ],
  ['\ud83d\ude00', 'Expecting value: line 1 column 1 (char 0)'],
  [
    '{"\ud83d\ude00": 1,}',
    'Expecting property name enclosed in double quotes: line 1 column 9 (char 8)'
  ],
  ['/* c */ 1', 'Expecting value: line 1 column 1 (char 0)'],
  ['1 // c', 'Extra data: line 1 column 3 (char 2)'],
  ['[1,2', "Expecting ',' delimiter: line 1 column 5 (char 4)"],
  ['{"a":[1,{"b":2]}', "Expecting ',' delimiter: line 1 column 15 (char 14)"],
  [
    '"\\ud83d\\ude00\ud83d\ude00\\q"',
    'Invalid \\escape: line 1 column 15 (char 14)'
  ],
  ['\r\n\r\nx', 'Expecting value: line 3 column 1 (char 4)']
]
const FIELDS: [string, string, number, number, number][] = [
  ['{\n  "a": 1,\n  "b": ,\n}', 'Expecting value', 19, 3, 8],
  ['["\ud83d\ude00\ud83d\ude00", x]', 'Expecting value', 7, 1, 8],
  ['\ufeff', 'Unexpected UTF-8 BOM (decode using utf-8-sig)', 0, 1, 1],
  ['"abc', 'Unterminated string starting at', 0, 1, 1],
  ['x\n', 'Expecting value', 0, 1, 1]
]
const DUMPS: [PyValue, string, string][] = [
  [null, 'null', 'null'],
  [true, 'true', 'true'],
  [false, 'false', 'false'],
  [0n, '0', '0'],
  [-5n, '-5', '-5'],
  [
    1000000000000000000000000000000n,
    '1000000000000000000000000000000',
    '1000000000000000000000000000000'
  ],
  [
    -1000000000000000000000000000000n,
    '-1000000000000000000000000000000',
    '-1000000000000000000000000000000'
  ],
  [1.0, '1.0', '1.0'],
  [-0, '-0.0', '-0.0'],
  [0.5, '0.5', '0.5'],
  [1e16, '1e+16', '1e+16'],
  [1000000000000000.0, '1000000000000000.0', '1000000000000000.0'],
  [1e-5, '1e-05', '1e-05'],
  [0.0001, '0.0001', '0.0001'],
  [1.5e16, '1.5e+16', '1.5e+16'],
  [123456789.123, '123456789.123', '123456789.123'],
  [1e22, '1e+22', '1e+22'],
  [5e-324, '5e-324', '5e-324'],
  [NaN, 'NaN', 'NaN'],
  [Infinity, 'Infinity', 'Infinity'],
  [-Infinity, '-Infinity', '-Infinity'],
  ['', '""', '""'],
  ['abc', '"abc"', '"abc"'],
  ['a"b\\c', '"a\\"b\\\\c"', '"a\\"b\\\\c"'],
  ['/', '"/"', '"/"'],
  [
    '\u0000\u0001\u001f\u007f\u0080',
    '"\\u0000\\u0001\\u001f\\u007f\\u0080"',
    '"\\u0000\\u0001\\u001f\\u007f\\u0080"'
  ],
  ['\b\f\n\r\t', '"\\b\\f\\n\\r\\t"', '"\\b\\f\\n\\r\\t"'],
  ['caf\u00e9', '"caf\\u00e9"', '"caf\\u00e9"'],
  ['\ud83d\ude00', '"\\ud83d\\ude00"', '"\\ud83d\\ude00"'],
  ['\ud800', '"\\ud800"', '"\\ud800"'],
  ['\udc00x', '"\\udc00x"', '"\\udc00x"'],
  ['\u2028\uffff', '"\\u2028\\uffff"', '"\\u2028\\uffff"'],
  [[], '[]', '[]'],
  [d(), '{}', '{}'],
  [[1n, [2n, [3n]]], '[1, [2, [3]]]', '[1,[2,[3]]]'],
  [
    d(['a', 1n], ['b', [true, null]]),
    '{"a": 1, "b": [true, null]}',
    '{"a":1,"b":[true,null]}'
  ],
  [
    d(['b', 1n], ['a', d(['d', []], ['c', d()])]),
    '{"b": 1, "a": {"d": [], "c": {}}}',
    '{"a":{"c":{},"d":[]},"b":1}'
  ],
  [
    d(['\ud83d\ude00', 1n], ['\uffff', 2n], ['a', 3n], ['', 4n]),
    '{"\\ud83d\\ude00": 1, "\\uffff": 2, "a": 3, "": 4}',
    '{"":4,"a":3,"\\uffff":2,"\\ud83d\\ude00":1}'
  ],
  [['x', 1.5, d(['k', 'v'])], '["x", 1.5, {"k": "v"}]', '["x",1.5,{"k":"v"}]']
]

describe('pyJsonLoads', () => {
  it.each(VALID)('parses %j as Python does', (text, expected) => {
    expect(ordered(pyJsonLoads(text))).toEqual(ordered(expected))
  })

  it.each(INVALID)('rejects %j with Python str(e)', (text, message) => {
    const error = thrown(() => pyJsonLoads(text))
    expect(error).toBeInstanceOf(PyJsonDecodeError)
    expect(error).toBeInstanceOf(PyError)
    expect(error).toMatchObject({
      pyClass: 'json.decoder.JSONDecodeError',
      message
    })
  })

  it.each(FIELDS)(
    'reports msg/pos/lineno/colno for %j in code points',
    (text, msg, pos, lineno, colno) => {
      expect(thrown(() => pyJsonLoads(text))).toMatchObject({
        msg,
        pos,
        lineno,
        colno
      })
    }
  )

  it('keeps the first position and the last value of a repeated key', () => {
    const value = pyJsonLoads('{"b": 1, "a": 2, "b": 3, "c": 4}')
    expect(value instanceof Map && [...value]).toEqual([
      ['b', 3n],
      ['a', 2n],
      ['c', 4n]
    ])
  })

  it('keeps ints exact beyond 2^53', () => {
    expect(pyJsonLoads('9007199254740993')).toBe(9007199254740993n)
    expect(pyJsonLoads('9007199254740993.0')).toBe(9007199254740992)
  })

  it.each([
    ['1'.repeat(4300)],
    ['-' + '1'.repeat(4300)],
    ['1.' + '1'.repeat(5000)]
  ])('accepts numbers within the 4300-digit int limit (%#)', (text) => {
    expect(() => pyJsonLoads(text)).not.toThrow()
  })

  it.each([
    ['1'.repeat(4301), 4301],
    ['-' + '9'.repeat(4301), 4301],
    ['[' + '1'.repeat(5000) + ']', 5000]
  ])('raises ValueError past the 4300-digit int limit (%#)', (text, digits) => {
    const error = thrown(() => pyJsonLoads(text))
    expect(error).not.toBeInstanceOf(PyJsonDecodeError)
    expect(error).toMatchObject({
      pyClass: 'ValueError',
      message: `Exceeds the limit (4300 digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`
    })
  })

  // python3 -c: 995 nested containers parse, the 996th raises RecursionError
  // naming the kind of container it was entering.
  it.each([
    ['[', ']', 'array'],
    ['{"a":', '}', 'object'],
    ['[{"k":', '}]', 'object']
  ])('limits nesting like CPython (%s)', (open, close, kind) => {
    const depthOf = (text: string): number => {
      let depth = 0
      for (let v = pyJsonLoads(text); ; depth++) {
        if (Array.isArray(v) && v.length > 0) v = v[0] ?? null
        else if (v instanceof Map && v.size > 0) v = [...v.values()][0] ?? null
        else return depth
      }
    }
    const units = Math.floor(PY_JSON_MAX_DEPTH / (open === '[{"k":' ? 2 : 1))
    const okText = open.repeat(units) + '0' + close.repeat(units)
    expect(depthOf(okText)).toBe(units * (open === '[{"k":' ? 2 : 1))
    const tooDeep = open.repeat(units + 1) + '0' + close.repeat(units + 1)
    expect(thrown(() => pyJsonLoads(tooDeep))).toMatchObject({
      pyClass: 'RecursionError',
      message: `maximum recursion depth exceeded while decoding a JSON ${kind} from a unicode string`
    })
    // Unclosed: the depth error comes first, as in CPython.
    expect(thrown(() => pyJsonLoads('['.repeat(100_000)))).toMatchObject({
      pyClass: 'RecursionError'
    })
  })

  it('parses exactly 995 levels and rejects 996', () => {
    expect(PY_JSON_MAX_DEPTH).toBe(995)
    expect(() => pyJsonLoads('['.repeat(995) + ']'.repeat(995))).not.toThrow()
    expect(() => pyJsonLoads('['.repeat(996) + ']'.repeat(996))).toThrow(
      'maximum recursion depth exceeded while decoding a JSON array'
    )
  })

  it('parses a 64 KiB secret with escapes and astral characters', () => {
    const item = '"k\\u00e9\\n\u{1F600}x": [1, 2.5, "\\ud83d\\ude00", null]'
    const pieces: string[] = []
    for (let i = 0; pieces.join(', ').length < 64 * 1024; i++) {
      pieces.push(item.replace('k', `k${i}`))
    }
    const value = pyJsonLoads(`{${pieces.join(', ')}}`)
    expect(value instanceof Map && value.size).toBe(pieces.length)
    expect(value instanceof Map && value.get('k0\u00e9\n\u{1F600}x')).toEqual([
      1n,
      2.5,
      '\u{1F600}',
      null
    ])
  })

  it('never reports the document in the error', () => {
    const error = thrown(() => pyJsonLoads('{"password": "hunter2", oops}'))
    expect((error as Error).message).not.toContain('hunter2')
    expect(Object.values(error as object)).not.toContain(
      '{"password": "hunter2", oops}'
    )
  })
})

describe('pyJsonDumps', () => {
  it.each(DUMPS)(
    'serialises %p as Python json.dumps',
    (value, expected, sortedCompact) => {
      expect(pyJsonDumps(value)).toBe(expected)
      expect(
        pyJsonDumps(value, { sortKeys: true, separators: [',', ':'] })
      ).toBe(sortedCompact)
    }
  )

  it('raises ValueError for ints over 4300 digits', () => {
    expect(thrown(() => pyJsonDumps([10n ** 4300n]))).toMatchObject({
      pyClass: 'ValueError',
      message:
        'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit'
    })
    expect(pyJsonDumps(-(10n ** 4300n - 1n))).toHaveLength(4301)
  })

  it('raises ValueError for a container that contains itself', () => {
    const list: PyValue[] = []
    list.push(list)
    expect(thrown(() => pyJsonDumps(list))).toMatchObject({
      pyClass: 'ValueError',
      message: 'Circular reference detected'
    })
    const shared: PyValue[] = [1n]
    expect(pyJsonDumps([shared, shared])).toBe('[[1], [1]]')
  })
})

describe('toPyValue / fromPyValue', () => {
  it.each([
    [null, null],
    [true, true],
    [3, 3n],
    [-0, 0n],
    [2.5, 2.5],
    [2 ** 53, 2 ** 53],
    [Number.MAX_SAFE_INTEGER, BigInt(Number.MAX_SAFE_INTEGER)],
    [12n, 12n],
    ['s', 's'],
    [
      { b: [1, { a: 'x' }], a: null },
      d(['b', [1n, d(['a', 'x'])]], ['a', null])
    ],
    [new Map([['k', 1]]), d(['k', 1n])]
  ] as [unknown, PyValue][])('toPyValue(%p)', (input, expected) => {
    expect(ordered(toPyValue(input))).toEqual(ordered(expected))
  })

  it.each([undefined, () => 1, Symbol('s'), new Map([[1, 2]])])(
    'toPyValue rejects %p with TypeError',
    (input) => {
      expect(thrown(() => toPyValue(input))).toMatchObject({
        pyClass: 'TypeError'
      })
    }
  )

  it('fromPyValue gives plain JSON data, keeping big ints exact', () => {
    const value = pyJsonLoads(
      '{"__proto__": 1, "n": [12345678901234567890, 7, 1.5, null, true]}'
    )
    const plain = fromPyValue(value) as Record<string, unknown>
    expect(Object.keys(plain)).toEqual(['__proto__', 'n'])
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype)
    expect(plain.n).toEqual([12345678901234567890n, 7, 1.5, null, true])
  })
})

// Property tests: no Python at run time; they check internal consistency.
const pyValue: fc.Arbitrary<PyValue> = fc.letrec<{ value: PyValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
    fc.double(),
    fc.string({ unit: 'binary' }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .array(fc.tuple(fc.string({ unit: 'binary' }), tie('value')), {
        maxLength: 4
      })
      .map((entries) => new Map(entries))
  )
})).value

describe('properties', () => {
  it('loads(dumps(v)) gives v back', () => {
    fc.assert(
      fc.property(pyValue, (value) => {
        expect(ordered(pyJsonLoads(pyJsonDumps(value)))).toEqual(ordered(value))
      })
    )
  })

  it('dumps output is printable ASCII', () => {
    fc.assert(
      fc.property(pyValue, (value) => {
        expect(pyJsonDumps(value)).toMatch(/^[\x20-\x7e]*$/)
      })
    )
  })

  it('agrees with JSON.parse on standard JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (json, spaced) => {
        const text = JSON.stringify(json, null, spaced ? 2 : undefined)
        // fromPyValue keeps ints past 2^53 as bigint; JSON.parse rounds.
        const plain = JSON.stringify(fromPyValue(pyJsonLoads(text)), (_, v) =>
          typeof v === 'bigint' ? Number(v) : (v as unknown)
        )
        expect(JSON.parse(plain)).toEqual(JSON.parse(text))
      })
    )
  })

  it('only ever throws PyError, for any input', () => {
    const alphabet = fc.constantFrom(
      ...'{}[],:"\\u0123456789abcdefeE+-.tnNIr \t\n\x0c\x01\u00e9'.split(''),
      '\u{1F600}',
      '\ud800'
    )
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        let error: unknown = null
        try {
          pyJsonLoads(chars.join(''))
        } catch (caught) {
          error = caught
        }
        expect(error === null || error instanceof PyError).toBe(true)
      })
    )
  })
})
