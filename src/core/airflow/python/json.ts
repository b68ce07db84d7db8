/**
 * Python's `json.loads` and `json.dumps` as CPython 3.11.7 runs them by
 * default (the C scanner and encoder in `_json`, strict=True,
 * ensure_ascii=True), so that a value is accepted, rejected and re-serialised
 * here exactly as Airflow does it.
 *
 * The scanner works on UTF-16 offsets and converts an error position to
 * Python's code-point index only when it raises; every bounds check CPython
 * makes in code points gives the same outcome in UTF-16 units here, because
 * each one is followed by a test for an ASCII character.
 */
import { PyError } from './errors.js'
import { PY_INT_MAX_STR_DIGITS, pyFloatRepr, pyIntStr } from './repr.js'
import { codePointIndex, pyStrCompare } from './str.js'
import type { PyDict, PyValue } from './value.js'

/**
 * How many arrays/objects may nest. CPython counts each one against the
 * recursion limit (1000) minus the frames already on the stack: from
 * `python3 -c 'import json; json.loads(...)'` 995 levels parse and the 996th
 * raises RecursionError. Airflow calls json.loads from deeper stacks and so
 * fails a little earlier; a document this deep is rejected in both.
 */
export const PY_JSON_MAX_DEPTH = 995

/**
 * `json.decoder.JSONDecodeError`. `message` is Python's `str(e)`:
 * `"<msg>: line L column C (char P)"`, positions in code points. The
 * document itself is not kept (it may be a secret).
 */
export class PyJsonDecodeError extends PyError {
  override name = 'PyJsonDecodeError'
  readonly msg: string
  /** Python index (code points) where parsing failed. */
  readonly pos: number
  readonly lineno: number
  readonly colno: number
  constructor(msg: string, pos: number, lineno: number, colno: number) {
    super(
      'json.decoder.JSONDecodeError',
      `${msg}: line ${lineno} column ${colno} (char ${pos})`
    )
    this.msg = msg
    this.pos = pos
    this.lineno = lineno
    this.colno = colno
  }

  /** The error for UTF-16 offset `index` of `doc`, as Python reports it. */
  static at(msg: string, doc: string, index: number): PyJsonDecodeError {
    const pos = codePointIndex(doc, index)
    const lastNewline = doc.lastIndexOf('\n', index - 1)
    let lineno = 1
    for (let i = doc.indexOf('\n'); i !== -1 && i < index;) {
      lineno++
      i = doc.indexOf('\n', i + 1)
    }
    const lineStart = lastNewline === -1 || index === 0 ? 0 : lastNewline + 1
    const colno = pos - codePointIndex(doc, lineStart) + 1
    return new PyJsonDecodeError(msg, pos, lineno, colno)
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c

const isWhitespace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0x61 && c <= 0x66) return c - 0x57
  if (c >= 0x41 && c <= 0x46) return c - 0x37
  return -1
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
}

/** A port of `scan_once_unicode` and friends in CPython's Modules/_json.c. */
class Scanner {
  private readonly s: string
  private readonly n: number
  private depth = 0
  /** Offset just past the value the last scan returned. */
  private end = 0

  constructor(s: string) {
    this.s = s
    this.n = s.length
  }

  decode(): PyValue {
    const { s, n } = this
    let idx = this.skipWhitespace(0)
    const value = this.scanOnce(idx)
    idx = this.skipWhitespace(this.end)
    if (idx !== n) throw PyJsonDecodeError.at('Extra data', s, idx)
    return value
  }

  private fail(msg: string, index: number): PyJsonDecodeError {
    return PyJsonDecodeError.at(msg, this.s, index)
  }

  private skipWhitespace(from: number): number {
    let idx = from
    while (idx < this.n && isWhitespace(this.s.charCodeAt(idx))) idx++
    return idx
  }

  private scanOnce(idx: number): PyValue {
    const { s, n } = this
    // StopIteration(idx) in C; decode() turns it into "Expecting value".
    if (idx >= n) throw this.fail('Expecting value', idx)
    switch (s.charCodeAt(idx)) {
      case QUOTE:
        return this.scanString(idx + 1)
      case 0x7b: // {
        return this.nested('object', () => this.parseObject(idx + 1))
      case 0x5b: // [
        return this.nested('array', () => this.parseArray(idx + 1))
      case 0x6e: // n
        if (s.startsWith('null', idx)) return this.constant(idx + 4, null)
        break
      case 0x74: // t
        if (s.startsWith('true', idx)) return this.constant(idx + 4, true)
        break
      case 0x66: // f
        if (s.startsWith('false', idx)) return this.constant(idx + 5, false)
        break
      case 0x4e: // N
        if (s.startsWith('NaN', idx)) return this.constant(idx + 3, NaN)
        break
      case 0x49: // I
        if (s.startsWith('Infinity', idx)) {
          return this.constant(idx + 8, Infinity)
        }
        break
      case 0x2d: // -
        if (s.startsWith('-Infinity', idx)) {
          return this.constant(idx + 9, -Infinity)
        }
        break
    }
    return this.matchNumber(idx)
  }

  private constant(end: number, value: PyValue): PyValue {
    this.end = end
    return value
  }

  private nested(kind: 'object' | 'array', parse: () => PyValue): PyValue {
    if (this.depth >= PY_JSON_MAX_DEPTH) {
      throw new PyError(
        'RecursionError',
        `maximum recursion depth exceeded while decoding a JSON ${kind} ` +
          'from a unicode string'
      )
    }
    this.depth++
    const value = parse()
    this.depth--
    return value
  }

  private matchNumber(start: number): PyValue {
    const { s } = this
    const endIdx = this.n - 1
    let idx = start
    if (s.charCodeAt(idx) === 0x2d) {
      idx++
      if (idx > endIdx) throw this.fail('Expecting value', start)
    }
    const first = s.charCodeAt(idx)
    if (first >= 0x31 && first <= 0x39) {
      idx++
      while (idx <= endIdx && isDigit(s.charCodeAt(idx))) idx++
    } else if (first === 0x30) {
      idx++
    } else {
      throw this.fail('Expecting value', start)
    }
    const intEnd = idx
    let isFloat = false
    if (
      idx < endIdx &&
      s.charCodeAt(idx) === 0x2e &&
      isDigit(s.charCodeAt(idx + 1))
    ) {
      isFloat = true
      idx += 2
      while (idx <= endIdx && isDigit(s.charCodeAt(idx))) idx++
    }
    const e = s.charCodeAt(idx)
    if (idx < endIdx && (e === 0x65 || e === 0x45)) {
      const eStart = idx
      idx++
      const sign = s.charCodeAt(idx)
      if (idx < endIdx && (sign === 0x2d || sign === 0x2b)) idx++
      while (idx <= endIdx && isDigit(s.charCodeAt(idx))) idx++
      if (isDigit(s.charCodeAt(idx - 1))) isFloat = true
      else idx = eStart
    }
    this.end = idx
    const text = s.slice(start, idx)
    if (isFloat) return Number(text)
    const digits = intEnd - start - (text.startsWith('-') ? 1 : 0)
    if (digits > PY_INT_MAX_STR_DIGITS) {
      throw new PyError(
        'ValueError',
        `Exceeds the limit (${PY_INT_MAX_STR_DIGITS} digits) for integer ` +
          `string conversion: value has ${digits} digits; use ` +
          'sys.set_int_max_str_digits() to increase the limit'
      )
    }
    return BigInt(text)
  }

  /** `scanstring_unicode`: `begin` is just past the opening quote. */
  private scanString(begin: number): string {
    const { s, n } = this
    const chunks: string[] = []
    let end = begin
    for (;;) {
      let next = end
      let c = 0
      for (; next < n; next++) {
        c = s.charCodeAt(next)
        if (c === QUOTE || c === BACKSLASH) break
        if (c <= 0x1f) throw this.fail('Invalid control character at', next)
      }
      if (next >= n)
        throw this.fail('Unterminated string starting at', begin - 1)
      if (next > end) chunks.push(s.slice(end, next))
      if (c === QUOTE) {
        end = next + 1
        break
      }
      next++
      if (next === n) {
        throw this.fail('Unterminated string starting at', begin - 1)
      }
      const esc = s.charAt(next)
      if (esc !== 'u') {
        end = next + 1
        const decoded = SIMPLE_ESCAPES[esc]
        if (decoded === undefined) throw this.fail('Invalid \\escape', end - 2)
        chunks.push(decoded)
        continue
      }
      next++
      end = next + 4
      if (end >= n) throw this.fail('Invalid \\uXXXX escape', next - 1)
      const unit = this.hex4(next, end - 5)
      chunks.push(String.fromCharCode(unit))
      // A high surrogate followed by an escaped low one is one code point;
      // in UTF-16 that is just the two units side by side.
      if (
        unit >= 0xd800 &&
        unit <= 0xdbff &&
        end + 6 < n &&
        s.charCodeAt(end) === BACKSLASH &&
        s.charCodeAt(end + 1) === 0x75
      ) {
        const low = this.hex4(end + 2, end + 1)
        if (low >= 0xdc00 && low <= 0xdfff) {
          chunks.push(String.fromCharCode(low))
          end += 6
        }
      }
    }
    this.end = end
    return chunks.length === 1 ? (chunks[0] ?? '') : chunks.join('')
  }

  /** Four hex digits at `from`; an error names `errorAt` (the `u`). */
  private hex4(from: number, errorAt: number): number {
    let value = 0
    for (let i = from; i < from + 4; i++) {
      const digit = hexValue(this.s.charCodeAt(i))
      if (digit < 0) throw this.fail('Invalid \\uXXXX escape', errorAt)
      value = (value << 4) | digit
    }
    return value
  }

  /** `_parse_object_unicode`: `start` is just past `{`. */
  private parseObject(start: number): PyDict {
    const { s, n } = this
    const result: PyDict = new Map()
    let idx = this.skipWhitespace(start)
    if (idx >= n || s.charCodeAt(idx) !== 0x7d) {
      for (;;) {
        if (idx >= n || s.charCodeAt(idx) !== QUOTE) {
          throw this.fail(
            'Expecting property name enclosed in double quotes',
            idx
          )
        }
        const key = this.scanString(idx + 1)
        idx = this.skipWhitespace(this.end)
        if (idx >= n || s.charCodeAt(idx) !== 0x3a) {
          throw this.fail("Expecting ':' delimiter", idx)
        }
        idx = this.skipWhitespace(idx + 1)
        // Python dict assignment: a repeated key keeps its first position
        // and takes the last value, which is what Map.set does.
        result.set(key, this.scanOnce(idx))
        idx = this.skipWhitespace(this.end)
        if (idx < n && s.charCodeAt(idx) === 0x7d) break
        if (idx >= n || s.charCodeAt(idx) !== 0x2c) {
          throw this.fail("Expecting ',' delimiter", idx)
        }
        idx = this.skipWhitespace(idx + 1)
      }
    }
    this.end = idx + 1
    return result
  }

  /** `_parse_array_unicode`: `start` is just past `[`. */
  private parseArray(start: number): PyValue[] {
    const { s, n } = this
    const result: PyValue[] = []
    let idx = this.skipWhitespace(start)
    if (idx >= n || s.charCodeAt(idx) !== 0x5d) {
      for (;;) {
        result.push(this.scanOnce(idx))
        idx = this.skipWhitespace(this.end)
        if (idx < n && s.charCodeAt(idx) === 0x5d) break
        if (idx >= n || s.charCodeAt(idx) !== 0x2c) {
          throw this.fail("Expecting ',' delimiter", idx)
        }
        idx = this.skipWhitespace(idx + 1)
      }
    }
    this.end = idx + 1
    return result
  }
}

/**
 * Python `json.loads(text)` with default arguments. Objects become Maps
 * (a repeated key keeps its first position and its last value), ints
 * bigints, floats numbers (`1e400` → Infinity; NaN/Infinity/-Infinity
 * accepted).
 *
 * @throws PyJsonDecodeError for malformed JSON, with Python's message and
 *   code-point positions; PyError('ValueError') for an int of more than
 *   4300 digits; PyError('RecursionError') past PY_JSON_MAX_DEPTH levels.
 */
export function pyJsonLoads(text: string): PyValue {
  if (text.startsWith('\ufeff')) {
    throw PyJsonDecodeError.at(
      'Unexpected UTF-8 BOM (decode using utf-8-sig)',
      text,
      0
    )
  }
  return new Scanner(text).decode()
}

export interface PyJsonDumpsOptions {
  /** `(item_separator, key_separator)`; default `(', ', ': ')`. */
  readonly separators?: readonly [string, string]
  /** Python `sort_keys=True`: keys in code-point order. */
  readonly sortKeys?: boolean
}

const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x22: '\\"',
  0x5c: '\\\\',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t'
}

/** Printable ASCII other than `"` and `\`: written as is. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/

/**
 * `ascii_escape_unicode`: `\"`, `\\`, `\b\f\n\r\t`, everything else outside
 * ' '..'~' as `\uxxxx` (lower-case hex). Astral characters become surrogate
 * pairs, which is each UTF-16 unit escaped on its own.
 */
export function pyJsonEncodeString(s: string): string {
  if (PLAIN_ASCII.test(s)) return `"${s}"`
  const out: string[] = ['"']
  let runStart = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) continue
    if (i > runStart) out.push(s.slice(runStart, i))
    out.push(SHORT_ESCAPES[c] ?? `\\u${c.toString(16).padStart(4, '0')}`)
    runStart = i + 1
  }
  if (s.length > runStart) out.push(s.slice(runStart))
  out.push('"')
  return out.join('')
}

function encodeFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN'
  if (x === Infinity) return 'Infinity'
  if (x === -Infinity) return '-Infinity'
  return pyFloatRepr(x)
}

/**
 * Python `json.dumps(value)`: ensure_ascii, `', '`/`': '` separators unless
 * given, floats by Python repr, NaN/Infinity as bare words.
 *
 * @throws PyError('ValueError') for an int of more than 4300 digits or a
 *   container that contains itself.
 */
export function pyJsonDumps(
  value: PyValue,
  options: PyJsonDumpsOptions = {}
): string {
  const [itemSep, keySep] = options.separators ?? [', ', ': ']
  const sortKeys = options.sortKeys ?? false
  const out: string[] = []
  const active = new Set<object>()

  const enter = (container: object): void => {
    if (active.has(container)) {
      throw new PyError('ValueError', 'Circular reference detected')
    }
    active.add(container)
  }

  const write = (v: PyValue): void => {
    if (v === null) out.push('null')
    else if (v === true) out.push('true')
    else if (v === false) out.push('false')
    else if (typeof v === 'bigint') out.push(pyIntStr(v))
    else if (typeof v === 'number') out.push(encodeFloat(v))
    else if (typeof v === 'string') out.push(pyJsonEncodeString(v))
    else if (Array.isArray(v)) {
      if (v.length === 0) {
        out.push('[]')
        return
      }
      enter(v)
      out.push('[')
      v.forEach((item, i) => {
        if (i > 0) out.push(itemSep)
        write(item)
      })
      out.push(']')
      active.delete(v)
    } else {
      if (v.size === 0) {
        out.push('{}')
        return
      }
      enter(v)
      let entries = [...v]
      if (sortKeys) entries = entries.sort(([a], [b]) => pyStrCompare(a, b))
      out.push('{')
      entries.forEach(([key, item], i) => {
        if (i > 0) out.push(itemSep)
        out.push(pyJsonEncodeString(key), keySep)
        write(item)
      })
      out.push('}')
      active.delete(v)
    }
  }

  write(value)
  return out.join('')
}

/**
 * A PyValue from a JS value (e.g. `JSON.parse` output): plain objects and
 * Maps become PyDicts, safe integers become ints (bigint), other numbers
 * floats. JSON.parse has already lost `1.0` vs `1` and big-int precision;
 * use pyJsonLoads on the text when that matters.
 *
 * @throws PyError('TypeError') for undefined, functions, symbols and other
 *   values JSON cannot hold.
 */
export function toPyValue(jsValue: unknown): PyValue {
  if (jsValue === null || typeof jsValue === 'boolean') return jsValue
  if (typeof jsValue === 'bigint' || typeof jsValue === 'string') {
    return jsValue
  }
  if (typeof jsValue === 'number') {
    return Number.isSafeInteger(jsValue) ? BigInt(jsValue) : jsValue
  }
  if (Array.isArray(jsValue)) return jsValue.map((item) => toPyValue(item))
  if (jsValue instanceof Map) {
    const result: PyDict = new Map()
    for (const [key, item] of jsValue as Map<unknown, unknown>) {
      if (typeof key !== 'string') {
        throw new PyError('TypeError', `keys must be str, not ${typeof key}`)
      }
      result.set(key, toPyValue(item))
    }
    return result
  }
  if (typeof jsValue === 'object') {
    const result: PyDict = new Map()
    for (const [key, item] of Object.entries(jsValue)) {
      result.set(key, toPyValue(item))
    }
    return result
  }
  throw new PyError(
    'TypeError',
    `Object of type ${typeof jsValue} is not JSON serializable`
  )
}

/**
 * A plain JS value from a PyValue: PyDicts become plain objects (own
 * properties, `__proto__` included), ints numbers when they are safe
 * integers and stay bigints otherwise (so no precision is lost silently).
 */
export function fromPyValue(v: PyValue): unknown {
  if (typeof v === 'bigint') {
    const asNumber = Number(v)
    return Number.isSafeInteger(asNumber) ? asNumber : v
  }
  if (Array.isArray(v)) return v.map(fromPyValue)
  if (v instanceof Map) {
    return Object.fromEntries(
      [...v].map(([key, item]) => [key, fromPyValue(item)])
    )
  }
  return v
}
