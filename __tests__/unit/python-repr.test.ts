import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import {
  pyFloatRepr,
  pyIntStr,
  pyIsPrintable,
  pyRepr,
  pyStrRepr
} from '../../src/core/airflow/python/repr.js'
import type { PyDict, PyValue } from '../../src/core/airflow/python/value.js'

// Expected results were produced by CPython 3.11.7 (`repr()`,
// `str.isprintable()`, Unicode 14.0) and pasted as literals.

const d = (...entries: [string, PyValue][]): PyDict => new Map(entries)

const STR_REPR: [string, string][] = [
  ['', "''"],
  ['abc', "'abc'"],
  ["it's", '"it\'s"'],
  ['say "hi"', '\'say "hi"\''],
  ['both \' and "', "'both \\' and \"'"],
  ['\\', "'\\\\'"],
  ['a\\nb', "'a\\\\nb'"],
  ['\t\n\r', "'\\t\\n\\r'"],
  ['\u0000\u0001\u001f', "'\\x00\\x01\\x1f'"],
  ['\u007f', "'\\x7f'"],
  ['\u0080\u009f', "'\\x80\\x9f'"],
  ['\u00a0', "'\\xa0'"],
  ['\u00ad', "'\\xad'"],
  ['\u00e9', "'\u00e9'"],
  ['\u00ff', "'\u00ff'"],
  ['\u0100', "'\u0100'"],
  ['\u0378', "'\\u0378'"],
  ['\u2028\u2029', "'\\u2028\\u2029'"],
  ['\u200b\u200e', "'\\u200b\\u200e'"],
  ['\ufeff', "'\\ufeff'"],
  ['\ue000', "'\\ue000'"],
  ['\uffff', "'\\uffff'"],
  ['\ufffd', "'\ufffd'"],
  ['\u3000', "'\\u3000'"],
  ['\u1680', "'\\u1680'"],
  ['caf\u00e9 \u4e2d\u6587', "'caf\u00e9 \u4e2d\u6587'"],
  ['\ud83d\ude00', "'\ud83d\ude00'"],
  ['\ud83e\udee9', "'\\U0001fae9'"],
  ['\ud807\udf00', "'\\U00011f00'"],
  ['\ud839\udcf0', "'\\U0001e4f0'"],
  ['\udb40\udc01', "'\\U000e0001'"],
  ['\udb80\udc00', "'\\U000f0000'"],
  ['\udbff\udfff', "'\\U0010ffff'"],
  ['\ud800', "'\\ud800'"],
  ['\udc00', "'\\udc00'"],
  ['x\ud83d', "'x\\ud83d'"],
  ['\u061c', "'\\u061c'"],
  ['\u00b2\u2167', "'\u00b2\u2167'"]
]
const PRINTABLE: [number, boolean][] = [
  [0x20, true],
  [0x7e, true],
  [0x7f, false],
  [0x9f, false],
  [0xa0, false],
  [0xa1, true],
  [0xad, false],
  [0x378, false],
  [0x600, false],
  [0x61c, false],
  [0x1680, false],
  [0x180e, false],
  [0x2000, false],
  [0x200b, false],
  [0x2028, false],
  [0x2060, false],
  [0x2066, false],
  [0x3000, false],
  [0xd800, false],
  [0xdfff, false],
  [0xe000, false],
  [0xf8ff, false],
  [0xfeff, false],
  [0xfff9, false],
  [0xfffc, true],
  [0xfffe, false],
  [0x11f00, false],
  [0x1e4f0, false],
  [0x1fae9, false],
  [0x1f600, true],
  [0x31350, false],
  [0xe0001, false],
  [0xe0100, true],
  [0xf0000, false],
  [0x10ffff, false],
  [0x2fa1d, true],
  [0x2fa1e, false]
]
const FLOAT_REPR: [number, string][] = [
  [0.0, '0.0'],
  [-0, '-0.0'],
  [1.0, '1.0'],
  [-1.0, '-1.0'],
  [0.1, '0.1'],
  [0.5, '0.5'],
  [0.3333333333333333, '0.3333333333333333'],
  [0.6666666666666666, '0.6666666666666666'],
  [1e16, '1e+16'],
  [1000000000000000.0, '1000000000000000.0'],
  [9999999999999998.0, '9999999999999998.0'],
  [1.5e16, '1.5e+16'],
  [1.2345678901234568e17, '1.2345678901234568e+17'],
  [1e22, '1e+22'],
  [1e21, '1e+21'],
  [1e-5, '1e-05'],
  [0.0001, '0.0001'],
  [0.0001234, '0.0001234'],
  [1.234e-7, '1.234e-07'],
  [2.5e-5, '2.5e-05'],
  [1.23e-18, '1.23e-18'],
  [1e100, '1e+100'],
  [1e-100, '1e-100'],
  [5e-324, '5e-324'],
  [2.2250738585072014e-308, '2.2250738585072014e-308'],
  [1.7976931348623157e308, '1.7976931348623157e+308'],
  [100.0, '100.0'],
  [1234.5, '1234.5'],
  [0.30000000000000004, '0.30000000000000004'],
  [4.35, '4.35'],
  [1e23, '1e+23'],
  [8.41e21, '8.41e+21'],
  [1.0000000000000002, '1.0000000000000002'],
  [9007199254740992.0, '9007199254740992.0'],
  [NaN, 'nan'],
  [Infinity, 'inf'],
  [-Infinity, '-inf']
]
const VALUE_REPR: [PyValue, string][] = [
  [null, 'None'],
  [true, 'True'],
  [false, 'False'],
  [0n, '0'],
  [-12n, '-12'],
  [10000000000000000000000000n, '10000000000000000000000000'],
  [1.5, '1.5'],
  ['x', "'x'"],
  [[], '[]'],
  [d(), '{}'],
  [[1n, 'a', null, [true]], "[1, 'a', None, [True]]"],
  [
    d(['a', 1n], ["it's", [1.0, d()]], ['\u00e9', '\n']),
    "{'a': 1, \"it's\": [1.0, {}], '\u00e9': '\\n'}"
  ],
  [d(['b', null], ['a', NaN]), "{'b': None, 'a': nan}"]
]

describe('pyStrRepr', () => {
  it.each(STR_REPR)('repr(%j) is %s', (value, expected) => {
    expect(pyStrRepr(value)).toBe(expected)
    expect(pyRepr(value)).toBe(expected)
  })
})

describe('pyIsPrintable', () => {
  // Includes characters Unicode 15+ assigned (U+11F00, U+1E4F0, U+1FAE9,
  // U+31350): unassigned, so not printable, to Python 3.11.
  it.each(PRINTABLE)('U+%s printable: %p', (cp, expected) => {
    expect(pyIsPrintable(cp)).toBe(expected)
  })
})

describe('pyFloatRepr', () => {
  it.each(FLOAT_REPR)('repr(%p) is %s', (value, expected) => {
    expect(pyFloatRepr(value)).toBe(expected)
    expect(pyRepr(value)).toBe(expected)
  })

  const finite = fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .filter((x) => x !== 0)

  it('round-trips', () => {
    fc.assert(
      fc.property(finite, (x) => {
        expect(Number(pyFloatRepr(x))).toBe(x)
      })
    )
  })

  it('uses the shortest digits that round-trip', () => {
    const digits = (s: string): string =>
      s
        .replace(/e.*$/, '')
        .replace(/[-.]/g, '')
        .replace(/^0+/, '')
        .replace(/0+$/, '')
    fc.assert(
      fc.property(finite, (x) => {
        expect(digits(pyFloatRepr(x))).toBe(digits(String(Math.abs(x))))
      })
    )
  })

  it('uses fixed notation exactly for exponents -4..15', () => {
    fc.assert(
      fc.property(finite, (x) => {
        const exponent = Math.floor(Math.log10(Math.abs(x)))
        const fixed = !pyFloatRepr(x).includes('e')
        // log10 can be off by one at powers of ten; skip those.
        fc.pre(
          Math.abs(
            Math.log10(Math.abs(x)) - Math.round(Math.log10(Math.abs(x)))
          ) > 1e-9
        )
        expect(fixed).toBe(exponent >= -4 && exponent < 16)
      })
    )
  })
})

describe('pyRepr', () => {
  it.each(VALUE_REPR)('repr(%p) is %s', (value, expected) => {
    expect(pyRepr(value)).toBe(expected)
  })

  it.each([
    [10n ** 4300n - 1n, 4300],
    [-(10n ** 4300n - 1n), 4301]
  ])('writes ints up to 4300 digits (%#)', (value, length) => {
    expect(pyIntStr(value)).toHaveLength(length)
  })

  it.each([10n ** 4300n, -(10n ** 4300n)])(
    'raises ValueError past 4300 digits (%#)',
    (value) => {
      expect(() => pyRepr(value)).toThrow(
        'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit'
      )
    }
  )
})
