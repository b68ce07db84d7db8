/**
 * Python `str` helpers: whitespace as `str.isspace()` sees it, `strip()`
 * with no arguments, and code-point positions (Python indexes strings by code
 * point; JS by UTF-16 unit, so an astral character counts 1 vs 2).
 */

/**
 * Every code point for which CPython 3.11 `str.isspace()` is true. All are in
 * the BMP and none is a surrogate, so they can be matched per UTF-16 unit.
 */
const PY_SPACE = new Set<number>([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0,
  0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000
])

/** Python `c.isspace()` for one code point. */
export function pyIsSpaceCodePoint(cp: number): boolean {
  return PY_SPACE.has(cp)
}

/**
 * Python `ch.isspace()` for a one-character string. U+FEFF and U+200B are
 * not whitespace to Python. Strings of any other length give false.
 */
export function pyIsSpace(ch: string): boolean {
  return ch.length === 1 && PY_SPACE.has(ch.charCodeAt(0))
}

/** Python `s.strip()` with no arguments. */
export function pyStrip(s: string): string {
  let start = 0
  let end = s.length
  while (start < end && PY_SPACE.has(s.charCodeAt(start))) start++
  while (end > start && PY_SPACE.has(s.charCodeAt(end - 1))) end--
  return start === 0 && end === s.length ? s : s.slice(start, end)
}

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff

/**
 * The Python index of UTF-16 offset `utf16Index` in `s`: the number of code
 * points that start before it. A surrogate pair is one code point; a lone
 * surrogate is one code point, as in a Python str.
 */
export function codePointIndex(s: string, utf16Index: number): number {
  const end = Math.min(Math.max(utf16Index, 0), s.length)
  let pairs = 0
  for (let i = 0; i + 1 < end; i++) {
    if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) {
      pairs++
      i++
    }
  }
  return end - pairs
}

/** Python `len(s)`. */
export function codePointLength(s: string): number {
  return codePointIndex(s, s.length)
}

/**
 * Python's ordering of two strings (`a < b`): by code point, which differs
 * from JS `<` (UTF-16 units) when astral characters meet U+E000–U+FFFF.
 */
export function pyStrCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    const xs = x >= 0xd800 && x <= 0xdfff
    const ys = y >= 0xd800 && y <= 0xdfff
    if (!xs && !ys) return x < y ? -1 : 1
    // A surrogate is involved: compare whole code points, starting at the
    // high surrogate when the units differ in the second half of a pair.
    let j = i
    if (j > 0 && isHigh(a.charCodeAt(j - 1)) && (isLow(x) || isLow(y))) j--
    const cx = codePointAtUnit(a, j)
    const cy = codePointAtUnit(b, j)
    if (cx !== cy) return cx < cy ? -1 : 1
    return codePointAtUnit(a, i) < codePointAtUnit(b, i) ? -1 : 1
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1
}

function codePointAtUnit(s: string, i: number): number {
  const unit = s.charCodeAt(i)
  if (isHigh(unit) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
    return s.codePointAt(i) ?? unit
  }
  return unit
}
