import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import {
  codePointIndex,
  codePointLength,
  pyIsSpace,
  pyIsSpaceCodePoint,
  pyStrCompare,
  pyStrip
} from '../../src/core/airflow/python/str.js'

// Expected results were produced by CPython 3.11.7 (`str.isspace()`,
// `str.strip()`, `len()`, `sorted()`) and pasted as literals.

const IS_SPACE: [number, boolean][] = [
  [0x9, true],
  [0xa, true],
  [0xb, true],
  [0xc, true],
  [0xd, true],
  [0x1c, true],
  [0x1f, true],
  [0x20, true],
  [0x85, true],
  [0xa0, true],
  [0x1680, true],
  [0x2000, true],
  [0x200a, true],
  [0x2028, true],
  [0x2029, true],
  [0x202f, true],
  [0x205f, true],
  [0x3000, true],
  [0x0, false],
  [0x8, false],
  [0xe, false],
  [0x1b, false],
  [0x21, false],
  [0x7f, false],
  [0x84, false],
  [0x86, false],
  [0xad, false],
  [0x180e, false],
  [0x200b, false],
  [0x200c, false],
  [0x2060, false],
  [0xfeff, false],
  [0x2800, false],
  [0x3164, false]
]
const STRIP: [string, string][] = [
  ['', ''],
  [' ', ''],
  ['abc', 'abc'],
  ['  abc  ', 'abc'],
  ['\t\n\u000b\f\r\u001c\u001d\u001e\u001f x \u0085\u00a0', 'x'],
  ['\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000y\u3000', 'y'],
  ['\ufeff{}\ufeff', '\ufeff{}\ufeff'],
  ['\u200b z \u200b', '\u200b z \u200b'],
  [' a b ', 'a b'],
  ['\ud83d\ude00 ', '\ud83d\ude00'],
  [' \ud800 ', '\ud800']
]
const LENGTHS: [string, number][] = [
  ['', 0],
  ['abc', 3],
  ['\ud83d\ude00', 1],
  ['a\ud83d\ude00b\ud83d\ude00', 4],
  ['\ud800', 1],
  ['\udc00\ud800', 2],
  ['\u00e9\u4e2d', 2]
]
const SORTED: string[] = [
  '',
  'A',
  'a',
  'ab',
  'a\uffff',
  'a\ud83d\ude00',
  'b',
  '\u00e9',
  '\ud7ff',
  '\ud800',
  '\udc00',
  '\ue000',
  '\uffff',
  '\ud800\udc00',
  '\ud83d\ude00'
]
const UNSORTED: string[] = [
  'b',
  'a',
  '',
  'ab',
  '\uffff',
  '\ud83d\ude00',
  '\ue000',
  '\ud800',
  '\udc00',
  'a\ud83d\ude00',
  'a\uffff',
  '\ud800\udc00',
  '\ud7ff',
  'A',
  '\u00e9'
]

describe('pyIsSpace', () => {
  it.each(IS_SPACE)('U+%s isspace: %p', (cp, expected) => {
    expect(pyIsSpaceCodePoint(cp)).toBe(expected)
    expect(pyIsSpace(String.fromCodePoint(cp))).toBe(expected)
  })

  it.each(['', '  ', '\u{1F600}'])('is false for %j', (text) => {
    expect(pyIsSpace(text)).toBe(false)
  })
})

describe('pyStrip', () => {
  it.each(STRIP)('strip(%j) is %j', (text, expected) => {
    expect(pyStrip(text)).toBe(expected)
  })
})

describe('code points', () => {
  it.each(LENGTHS)('len(%j) is %d', (text, expected) => {
    expect(codePointLength(text)).toBe(expected)
  })

  it.each([
    ['a\u{1F600}b\u{1F600}c', [0, 1, 2, 2, 3, 4, 4, 5]],
    ['\ud800\ud800\udc00', [0, 1, 2, 2]],
    ['', [0]]
  ])('maps UTF-16 offsets of %j to Python indexes', (text, expected) => {
    const indexes = Array.from({ length: text.length + 1 }, (_, i) =>
      codePointIndex(text, i)
    )
    expect(indexes).toEqual(expected)
  })

  it('counts what for..of counts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(codePointLength(text)).toBe(Array.from(text).length)
      })
    )
  })
})

describe('pyStrCompare', () => {
  it('sorts as Python sorted() does (code-point order)', () => {
    expect([...UNSORTED].sort(pyStrCompare)).toEqual(SORTED)
  })

  it('agrees with comparing code point arrays', () => {
    const codePoints = (s: string): number[] =>
      Array.from(s, (c) => c.codePointAt(0) ?? 0)
    const expected = (a: string, b: string): number => {
      const x = codePoints(a)
      const y = codePoints(b)
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const p = x[i] ?? 0
        const q = y[i] ?? 0
        if (p !== q) return p < q ? -1 : 1
      }
      return Math.sign(x.length - y.length)
    }
    const unit = fc.constantFrom(
      'a',
      '\uffff',
      '\ue000',
      '\ud800',
      '\udbff',
      '\udc00',
      '\udfff',
      '\ud7ff'
    )
    const text = fc.array(unit, { maxLength: 5 }).map((u) => u.join(''))
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(pyStrCompare(a, b)).toBe(expected(a, b))
      })
    )
  })
})
