/**
 * Python's `json.loads` and `json.dumps` as the local file formats need them:
 * ints stay exact (bigint), NaN/Infinity are accepted, duplicate keys keep
 * the last value at the first key's position, and errors carry Python's
 * message and the line. Error messages never quote the input.
 */
import type { PyDict, PyValue } from './python/value.js'

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError'
  readonly line: number
  constructor(message: string, line: number) {
    super(message)
    this.line = line
  }
}

export interface ParsedJson {
  readonly value: PyValue
  /** For a top-level object: the line of each key (last occurrence). */
  readonly keyLines: ReadonlyMap<string, number>
}

const WS = new Set([' ', '\t', '\n', '\r'])

/** Parses JSON text with Python's rules; throws JsonSyntaxError. */
export function parsePyJson(text: string): ParsedJson {
  let i = 0
  const keyLines = new Map<string, number>()
  const lineAt = (pos: number): number => {
    let line = 1
    for (let k = 0; k < pos && k < text.length; k++)
      if (text[k] === '\n') line++
    return line
  }
  const fail = (message: string, pos: number): never => {
    throw new JsonSyntaxError(message, lineAt(pos))
  }
  const skip = (): void => {
    while (i < text.length && WS.has(text.charAt(i))) i++
  }
  const parseString = (): string => {
    const start = i
    i++
    let out = ''
    for (;;) {
      if (i >= text.length)
        return fail('Unterminated string starting at', start)
      const ch = text.charAt(i)
      if (ch === '"') {
        i++
        return out
      }
      if (ch < ' ') return fail('Invalid control character at', i)
      if (ch !== '\\') {
        out += ch
        i++
        continue
      }
      const esc = text.charAt(i + 1)
      const simple: Record<string, string> = {
        '"': '"',
        '\\': '\\',
        '/': '/',
        b: '\b',
        f: '\f',
        n: '\n',
        r: '\r',
        t: '\t'
      }
      if (esc === 'u') {
        const hex = text.slice(i + 2, i + 6)
        if (!/^[0-9a-fA-F]{4}$/.test(hex))
          return fail('Invalid \\uXXXX escape', i)
        out += String.fromCharCode(parseInt(hex, 16))
        i += 6
      } else if (esc in simple) {
        out += simple[esc] ?? ''
        i += 2
      } else return fail('Invalid \\escape', i)
    }
  }
  const parseValue = (depth: number): PyValue => {
    if (depth > 1000) return fail('Too deeply nested', i)
    skip()
    const ch = text.charAt(i)
    if (ch === '"') return parseString()
    if (ch === '{') {
      const dict: PyDict = new Map()
      i++
      skip()
      if (text.charAt(i) === '}') {
        i++
        return dict
      }
      for (;;) {
        skip()
        if (text.charAt(i) !== '"')
          return fail('Expecting property name enclosed in double quotes', i)
        const keyPos = i
        const key = parseString()
        skip()
        if (text.charAt(i) !== ':') return fail("Expecting ':' delimiter", i)
        i++
        dict.set(key, parseValue(depth + 1))
        if (depth === 0) keyLines.set(key, lineAt(keyPos))
        skip()
        const next = text.charAt(i)
        i++
        if (next === '}') return dict
        if (next !== ',') return fail("Expecting ',' delimiter", i - 1)
      }
    }
    if (ch === '[') {
      const list: PyValue[] = []
      i++
      skip()
      if (text.charAt(i) === ']') {
        i++
        return list
      }
      for (;;) {
        list.push(parseValue(depth + 1))
        skip()
        const next = text.charAt(i)
        i++
        if (next === ']') return list
        if (next !== ',') return fail("Expecting ',' delimiter", i - 1)
      }
    }
    for (const [word, value] of [
      ['null', null],
      ['true', true],
      ['false', false],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity]
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length
        return value
      }
    }
    const num = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i))
    if (num) {
      i += num[0].length
      return num[1] !== undefined || num[2] !== undefined
        ? Number(num[0])
        : BigInt(num[0])
    }
    return fail('Expecting value', i)
  }
  const value = parseValue(0)
  skip()
  if (i < text.length) fail('Extra data', i)
  return { value, keyLines }
}

/** Python's `repr(float)`. */
export function pyFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return 'Infinity'
  if (value === -Infinity) return '-Infinity'
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0'
  const [mantissa = '', expText = '0'] = value.toExponential().split('e')
  const exp = Number(expText)
  if (exp < -4 || exp >= 16) {
    const sign = exp < 0 ? '-' : '+'
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`
  }
  const digits = mantissa.replace('-', '').replace('.', '')
  const negative = value < 0 ? '-' : ''
  if (exp < 0) return `${negative}0.${'0'.repeat(-exp - 1)}${digits}`
  const whole = digits.padEnd(exp + 1, '0')
  const intPart = whole.slice(0, exp + 1)
  const frac = whole.slice(exp + 1)
  return `${negative}${intPart}.${frac === '' ? '0' : frac}`
}

const escapeChar = (ch: string): string => {
  const special: Record<string, string> = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f'
  }
  return special[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** Python's `json.dumps(value)` with default arguments. */
export function pyJsonDumps(value: PyValue): string {
  if (value === null) return 'null'
  if (value === true) return 'true'
  if (value === false) return 'false'
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'number') return pyFloatRepr(value)
  if (typeof value === 'string')
    // eslint-disable-next-line no-control-regex
    return `"${value.replace(/["\\\u0000-\u001f\u007f-\uffff]/g, escapeChar)}"`
  if (Array.isArray(value)) return `[${value.map(pyJsonDumps).join(', ')}]`
  return `{${[...value.entries()]
    .map(([k, v]) => `${pyJsonDumps(k)}: ${pyJsonDumps(v)}`)
    .join(', ')}}`
}
