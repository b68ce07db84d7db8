import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import {
  pyDecimalValue,
  pyInt,
  pyIntFromFloat,
  pyIntFromString
} from '../../src/core/airflow/python/int.js'
import { PyError } from '../../src/core/airflow/python/errors.js'
import type { PyValue } from '../../src/core/airflow/python/value.js'

// Expected results were produced by CPython 3.11.7 `int(value)` and pasted
// as literals: a bigint is the result, a string the ValueError message.

/** The result, or a ValueError's message (other errors as `Class: msg`). */
function outcome(fn: () => bigint): bigint | string {
  try {
    return fn()
  } catch (error) {
    if (!(error instanceof PyError)) throw error
    return error.pyClass === 'ValueError'
      ? error.message
      : `${error.pyClass}: ${error.message}`
  }
}

function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected an exception')
}

const FROM_STR: [string, bigint | string][] = [
  [' 5432 ', 5432n],
  ['5432', 5432n],
  ['+5', 5n],
  ['-5', -5n],
  ['4_2', 42n],
  ['1_000_000', 1000000n],
  ['\u0661\u0662', 12n],
  ['\uff15', 5n],
  ['08', 8n],
  ['00', 0n],
  ['0', 0n],
  ['-0', 0n],
  ['+0', 0n],
  ['\u0661_\u0662', 12n],
  ['1\u0661', 11n],
  ['\ud835\udfcf\ud835\udfd0', 12n],
  ['\u0e51\u0e52', 12n],
  ['\u09e7', 1n],
  ['\t\n5\u000b\f\r', 5n],
  ['\u00855\u00a0', 5n],
  ['\u30005\u2028', 5n],
  ['\u2000\u200a7\u202f\u205f', 7n],
  ['\u16805', 5n],
  ['  -12  ', -12n],
  ['123456789012345678901234567890', 123456789012345678901234567890n],
  ['5432.0', "invalid literal for int() with base 10: '5432.0'"],
  ['0x10', "invalid literal for int() with base 10: '0x10'"],
  ['0o7', "invalid literal for int() with base 10: '0o7'"],
  ['0b1', "invalid literal for int() with base 10: '0b1'"],
  ['abc', "invalid literal for int() with base 10: 'abc'"],
  ['', "invalid literal for int() with base 10: ''"],
  [' ', "invalid literal for int() with base 10: ' '"],
  ['_', "invalid literal for int() with base 10: '_'"],
  ['1__0', "invalid literal for int() with base 10: '1__0'"],
  ['_1', "invalid literal for int() with base 10: '_1'"],
  ['1_', "invalid literal for int() with base 10: '1_'"],
  ['+_1', "invalid literal for int() with base 10: '+_1'"],
  ['+ 5', "invalid literal for int() with base 10: '+ 5'"],
  ['- 5', "invalid literal for int() with base 10: '- 5'"],
  ['+-5', "invalid literal for int() with base 10: '+-5'"],
  ['--5', "invalid literal for int() with base 10: '--5'"],
  ['5-', "invalid literal for int() with base 10: '5-'"],
  ['1 2', "invalid literal for int() with base 10: '1 2'"],
  ['1e3', "invalid literal for int() with base 10: '1e3'"],
  ['inf', "invalid literal for int() with base 10: 'inf'"],
  ['nan', "invalid literal for int() with base 10: 'nan'"],
  ['\u001c5\u001f', "invalid literal for int() with base 10: '\\x1c5\\x1f'"],
  ['\u001c5', "invalid literal for int() with base 10: '\\x1c5'"],
  ['\ufeff5', "invalid literal for int() with base 10: '\\ufeff5'"],
  ['\u200b5', "invalid literal for int() with base 10: '\\u200b5'"],
  ['5\u0000', "invalid literal for int() with base 10: '5\\x00'"],
  ["it's", 'invalid literal for int() with base 10: "it\'s"'],
  ['a"b', "invalid literal for int() with base 10: 'a\"b'"],
  ['\'"', "invalid literal for int() with base 10: '\\'\"'"],
  ['\u00b2', "invalid literal for int() with base 10: '\u00b2'"],
  ['\u2167', "invalid literal for int() with base 10: '\u2167'"],
  ['\ud807\udf51', "invalid literal for int() with base 10: '\\U00011f51'"],
  ['\ud839\udcf1', "invalid literal for int() with base 10: '\\U0001e4f1'"],
  ['\ud800', "invalid literal for int() with base 10: '\\ud800'"],
  ['\ud83d\ude00', "invalid literal for int() with base 10: '\ud83d\ude00'"],
  ['\u0378', "invalid literal for int() with base 10: '\\u0378'"],
  ['\\', "invalid literal for int() with base 10: '\\\\'"],
  ['\n', "invalid literal for int() with base 10: '\\n'"],
  ['5\n\u007f', "invalid literal for int() with base 10: '5\\n\\x7f'"],
  [
    '\u0661\u0662\u0663x',
    "invalid literal for int() with base 10: '\u0661\u0662\u0663x'"
  ],
  ['999999999999999999999999999999', 999999999999999999999999999999n]
]
const FROM_FLOAT: [number, bigint][] = [
  [5432.9, 5432n],
  [-5432.9, -5432n],
  [0.5, 0n],
  [-0.5, 0n],
  [-0, 0n],
  [0.0, 0n],
  [1.0, 1n],
  [1e16, 10000000000000000n],
  [9007199254740994.0, 9007199254740994n],
  [
    1e300,
    1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160n
  ],
  [
    -1e300,
    -1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160n
  ],
  [5e-324, 0n],
  [
    1.7976931348623157e308,
    179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368n
  ],
  [123456789.987, 123456789n]
]

describe('pyInt', () => {
  it.each(FROM_STR)('int(%j) as Python', (text, expected) => {
    expect(outcome(() => pyIntFromString(text))).toBe(expected)
    expect(outcome(() => pyInt(text))).toBe(expected)
  })

  it.each(FROM_FLOAT)('int(%p) truncates toward zero', (value, expected) => {
    expect(pyIntFromFloat(value)).toBe(expected)
    expect(pyInt(value)).toBe(expected)
  })

  it.each([
    [NaN, 'ValueError', 'cannot convert float NaN to integer'],
    [Infinity, 'OverflowError', 'cannot convert float infinity to integer'],
    [-Infinity, 'OverflowError', 'cannot convert float infinity to integer']
  ])('int(%p) raises %s', (value, pyClass, message) => {
    const error = thrown(() => pyInt(value))
    expect(error).toBeInstanceOf(PyError)
    expect(error).toMatchObject({ pyClass, message })
  })

  it.each([
    [true, 1n],
    [false, 0n],
    [12345678901234567890n, 12345678901234567890n],
    [-3n, -3n]
  ] as [PyValue, bigint][])('int(%p) is %p', (value, expected) => {
    expect(pyInt(value)).toBe(expected)
  })

  it.each([
    [null, 'NoneType'],
    [[1n], 'list'],
    [new Map(), 'dict']
  ] as [PyValue, string][])('int(%p) raises TypeError', (value, type) => {
    expect(thrown(() => pyInt(value))).toMatchObject({
      pyClass: 'TypeError',
      message: `int() argument must be a string, a bytes-like object or a real number, not '${type}'`
    })
  })

  // CPython counts digits (after the sign, underscores excluded) before it
  // looks at what follows them.
  it.each([
    ['1'.repeat(4301), 4301],
    ['\u0663'.repeat(4301), 4301],
    ['0'.repeat(5000), 5000],
    [`  ${'1'.repeat(4301)}  `, 4301],
    [`${'1'.repeat(4301)}x`, 4301],
    [`${'1'.repeat(4300)}_1`, 4301]
  ])('applies the 4300-digit limit (%#)', (text, digits) => {
    expect(thrown(() => pyInt(text))).toMatchObject({
      pyClass: 'ValueError',
      message: `Exceeds the limit (4300 digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`
    })
  })

  it.each([
    ['-' + '1'.repeat(4300), 4300],
    [`1_${'1'.repeat(4299)}`, 4300]
  ])('accepts 4300 digits (%#)', (text, length) => {
    expect(pyInt(text).toString().replace('-', '')).toHaveLength(length)
  })
})

describe('pyDecimalValue', () => {
  // unicodedata.decimal() in Python 3.11 (Unicode 14.0). U+11F50 (Kawi) and
  // U+1E4F0 (Nag Mundari) digits came in Unicode 15: not digits to 3.11.
  it.each([
    [0x30, 0],
    [0x39, 9],
    [0x3a, -1],
    [0x2f, -1],
    [0x660, 0],
    [0x669, 9],
    [0xff15, 5],
    [0x1d7ce, 0],
    [0x1d7ff, 9],
    [0x1fbf9, 9],
    [0xb2, -1],
    [0x2167, -1],
    [0x11f50, -1],
    [0x1e4f0, -1],
    [0x10ffff, -1]
  ])('U+%s has decimal value %d', (cp, value) => {
    expect(pyDecimalValue(cp)).toBe(value)
  })
})

describe('properties', () => {
  it('int(str(n)) is n, with any sign, padding and underscores', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }),
        fc.constantFrom('', ' ', '\t', '\u3000', '\n '),
        fc.boolean(),
        (n, pad, underscores) => {
          let digits = (n < 0n ? -n : n).toString()
          if (underscores) digits = digits.split('').join('_')
          const text = `${pad}${n < 0n ? '-' : '+'}${digits}${pad}`
          expect(pyInt(text)).toBe(n)
        }
      )
    )
  })

  it('int(x) for a float is its integer part', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(pyInt(x))).toBe(Math.trunc(x) + 0)
      })
    )
  })
})
