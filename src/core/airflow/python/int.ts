/**
 * Python `int()` and `str(int)` as CPython 3.11.7 does them, including the
 * 4300-digit limit on int/str conversion (`sys.get_int_max_str_digits()`).
 */
import { PyError } from './errors.js'
import { PY_INT_MAX_STR_DIGITS, pyRepr } from './repr.js'
import { pyIsSpaceCodePoint } from './str.js'
import { pyTypeName, type PyValue } from './value.js'

/**
 * The code point of each Unicode digit zero (category Nd) in Unicode 14.0,
 * the database of CPython 3.11. Every Nd digit is `zero + value`, in runs of
 * ten. Generated with:
 * `[c for c in range(0x110000) if chr(c).isdecimal() and
 * unicodedata.decimal(chr(c)) == 0]`. A table rather than `\p{Nd}` because
 * Node's Unicode is newer (it knows digits Python 3.11 rejects).
 */
const ND_ZEROS: readonly number[] = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66,
  0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810,
  0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
  0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30,
  0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
  0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
  0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140,
  0x1e2f0, 0x1e950, 0x1fbf0
]

/** The decimal value (0–9) of a code point, or -1 (`unicodedata.decimal`). */
export function pyDecimalValue(cp: number): number {
  let lo = 0
  let hi = ND_ZEROS.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const zero = ND_ZEROS[mid] ?? 0
    if (cp < zero) hi = mid - 1
    else if (cp > zero + 9) lo = mid + 1
    else return cp - zero
  }
  return -1
}

/** C `Py_ISSPACE`: the ASCII whitespace `PyLong_FromString` skips. */
const isAsciiSpace = (c: string | undefined): boolean =>
  c === ' ' ||
  c === '\t' ||
  c === '\n' ||
  c === '\v' ||
  c === '\f' ||
  c === '\r'

const limitError = (digits: number): PyError =>
  new PyError(
    'ValueError',
    `Exceeds the limit (${PY_INT_MAX_STR_DIGITS} digits) for integer string ` +
      `conversion: value has ${digits} digits; use ` +
      'sys.set_int_max_str_digits() to increase the limit'
  )

/**
 * Python `int(s)` for a str, base 10. As in CPython, non-ASCII decimal
 * digits become ASCII digits and non-ASCII whitespace becomes a space; then
 * ASCII whitespace around, one sign, and single `_` between digits are
 * allowed. Note `\x1c`–`\x1f` are `str.isspace()` but not stripped here.
 */
export function pyIntFromString(s: string): bigint {
  const invalid = (): PyError =>
    new PyError(
      'ValueError',
      `invalid literal for int() with base 10: ${pyRepr(s)}`
    )
  // _PyUnicode_TransformDecimalAndSpaceToASCII
  const chars: string[] = []
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp < 0x80) chars.push(ch)
    else if (pyIsSpaceCodePoint(cp)) chars.push(' ')
    else {
      const d = pyDecimalValue(cp)
      chars.push(d >= 0 ? String(d) : '?')
    }
  }
  // PyLong_FromString(buffer, &end, 10), then end must be the buffer's end.
  let i = 0
  const n = chars.length
  while (i < n && isAsciiSpace(chars[i])) i++
  let negative = false
  if (chars[i] === '+' || chars[i] === '-') {
    negative = chars[i] === '-'
    i++
  }
  if (chars[i] === '_') throw invalid()
  const digits: string[] = []
  let prev = ''
  for (; i < n; i++) {
    const c = chars[i] ?? ''
    if (c === '_') {
      if (prev === '_') throw invalid()
    } else if (c >= '0' && c <= '9') {
      digits.push(c)
    } else break
    prev = c
  }
  if (prev === '_') throw invalid()
  if (digits.length > PY_INT_MAX_STR_DIGITS) throw limitError(digits.length)
  if (digits.length === 0) throw invalid()
  while (i < n && isAsciiSpace(chars[i])) i++
  if (i !== n) throw invalid()
  const value = BigInt(digits.join(''))
  return negative ? -value : value
}

/** Python `int(x)` for a float: truncation toward zero. */
export function pyIntFromFloat(x: number): bigint {
  if (Number.isNaN(x)) {
    throw new PyError('ValueError', 'cannot convert float NaN to integer')
  }
  if (!Number.isFinite(x)) {
    throw new PyError(
      'OverflowError',
      'cannot convert float infinity to integer'
    )
  }
  return BigInt(Math.trunc(x))
}

/**
 * Python `int(value)` (base 10) for any value the json module produces.
 * Throws PyError with Python's class and message: ValueError, OverflowError
 * or TypeError.
 */
export function pyInt(value: PyValue): bigint {
  if (typeof value === 'bigint') return value
  if (typeof value === 'boolean') return value ? 1n : 0n
  if (typeof value === 'number') return pyIntFromFloat(value)
  if (typeof value === 'string') return pyIntFromString(value)
  throw new PyError(
    'TypeError',
    'int() argument must be a string, a bytes-like object or a real ' +
      `number, not '${pyTypeName(value)}'`
  )
}
