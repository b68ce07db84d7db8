/**
 * The parts of CPython 3.11.7's `urllib.parse` that Airflow's connection
 * parsing depends on, ported rule for rule (spec §1.3–§1.6, §1.8). WHATWG
 * `URL` disagrees with Python on many inputs, so nothing here uses it.
 */
import { PyError } from './errors.js'
import { isPyIPv4, isPyIPv6 } from './ipaddress.js'
import { pyRepr } from './repr.js'
import type { PyValue } from './value.js'

export interface SplitResult {
  readonly scheme: string
  readonly netloc: string
  readonly path: string
  readonly query: string
  readonly fragment: string
}

const valueError = (message: string): PyError =>
  new PyError('ValueError', message)

const SCHEME_CHARS = /^[A-Za-z][A-Za-z0-9+.-]*$/
const IPV_FUTURE = /^v[a-fA-F0-9]+\.[^\n]+$/

/** `urllib.parse.urlsplit(url)`; throws PyError('ValueError') like Python. */
export function urlsplit(input: string): SplitResult {
  // Leading C0 controls and spaces go; trailing ones stay. TAB/CR/LF go everywhere.
  // eslint-disable-next-line no-control-regex -- Python strips C0 controls here
  let url = input.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\r\n]/g, '')
  let scheme = ''
  let netloc = ''
  let query = ''
  let fragment = ''
  const colon = url.indexOf(':')
  if (colon > 0 && SCHEME_CHARS.test(url.slice(0, colon))) {
    scheme = url.slice(0, colon).toLowerCase()
    url = url.slice(colon + 1)
  }
  if (url.startsWith('//')) {
    let end = url.length
    for (const delimiter of ['/', '?', '#']) {
      const at = url.indexOf(delimiter, 2)
      if (at >= 0) end = Math.min(end, at)
    }
    netloc = url.slice(2, end)
    url = url.slice(end)
    const open = netloc.includes('[')
    const close = netloc.includes(']')
    if (open !== close) throw valueError('Invalid IPv6 URL')
    if (open && close) checkBracketedHost(bracketedHost(netloc))
  }
  const hash = url.indexOf('#')
  if (hash >= 0) {
    fragment = url.slice(hash + 1)
    url = url.slice(0, hash)
  }
  const question = url.indexOf('?')
  if (question >= 0) {
    query = url.slice(question + 1)
    url = url.slice(0, question)
  }
  checkNetlocNfkc(netloc)
  return { scheme, netloc, path: url, query, fragment }
}

/** The text between the first `[` of the netloc and the next `]`. */
function bracketedHost(netloc: string): string {
  const afterOpen = netloc.slice(netloc.indexOf('[') + 1)
  const close = afterOpen.indexOf(']')
  return close >= 0 ? afterOpen.slice(0, close) : afterOpen
}

function checkBracketedHost(host: string): void {
  if (host.startsWith('v')) {
    if (!IPV_FUTURE.test(host)) throw valueError('IPvFuture address is invalid')
    return
  }
  if (isPyIPv4(host)) throw valueError('An IPv4 address cannot be in brackets')
  if (!isPyIPv6(host))
    throw valueError(
      `${pyRepr(host)} does not appear to be an IPv4 or IPv6 address`
    )
}

// Printable ASCII plus the C0 range: a netloc made only of these skips the check.
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/

function checkNetlocNfkc(netloc: string): void {
  if (netloc === '' || ASCII.test(netloc)) return
  const stripped = netloc.replace(/[@:#?]/g, '')
  const normalized = stripped.normalize('NFKC')
  if (normalized === stripped) return
  if (/[/?#@:]/.test(normalized))
    throw valueError(
      `netloc '${netloc}' contains invalid characters under NFKC normalization`
    )
}

/** The userinfo accessors: `username`, `password` (None → null). */
export function userinfo(netloc: string): {
  username: string | null
  password: string | null
} {
  const at = netloc.lastIndexOf('@')
  if (at < 0) return { username: null, password: null }
  const info = netloc.slice(0, at)
  const colon = info.indexOf(':')
  if (colon < 0) return { username: info, password: null }
  return { username: info.slice(0, colon), password: info.slice(colon + 1) }
}

/** `_hostinfo`: the raw host and port strings (port null when empty). */
export function hostinfo(netloc: string): {
  host: string
  port: string | null
} {
  const info = netloc.slice(netloc.lastIndexOf('@') + 1)
  const open = info.indexOf('[')
  let host: string
  let port: string
  if (open >= 0) {
    const bracketed = info.slice(open + 1)
    const close = bracketed.indexOf(']')
    if (close < 0) {
      host = bracketed
      port = ''
    } else {
      host = bracketed.slice(0, close)
      const rest = bracketed.slice(close + 1)
      const colon = rest.indexOf(':')
      port = colon >= 0 ? rest.slice(colon + 1) : ''
    }
  } else {
    const colon = info.indexOf(':')
    host = colon >= 0 ? info.slice(0, colon) : info
    port = colon >= 0 ? info.slice(colon + 1) : ''
  }
  return { host, port: port === '' ? null : port }
}

/** `SplitResult.hostname`: lower-cased before any `%` zone; null if empty. */
export function hostname(netloc: string): string | null {
  const { host } = hostinfo(netloc)
  if (host === '') return null
  const percent = host.indexOf('%')
  if (percent < 0) return host.toLowerCase()
  return host.slice(0, percent).toLowerCase() + host.slice(percent)
}

/** `SplitResult.port`: ASCII digits only, 0–65535; null when absent. */
export function port(netloc: string): number | null {
  const text = hostinfo(netloc).port
  if (text === null) return null
  if (!/^[0-9]+$/.test(text))
    throw valueError(
      `Port could not be cast to integer value as ${pyRepr(text)}`
    )
  const digits = text.replace(/^0+/, '')
  if (digits.length > 5 || Number(digits) > 65535)
    throw valueError('Port out of range 0-65535')
  return Number(digits)
}

const HEX2 = /^[0-9a-fA-F]{2}$/
// ignoreBOM: Python keeps a decoded U+FEFF; TextDecoder would drop a leading one.
const utf8Decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })
const utf8Encoder = new TextEncoder()

/** `urllib.parse.unquote(s)`: UTF-8, errors='replace'; `+` unchanged. */
export function unquote(text: string): string {
  if (!text.includes('%')) return text
  // Runs of ASCII are percent-decoded as bytes; other runs are copied.
  // eslint-disable-next-line no-control-regex -- ASCII runs, as Python splits them
  return text.replace(/[\u0000-\u007f]+/g, (run) => {
    if (!run.includes('%')) return run
    const bytes: number[] = []
    for (let i = 0; i < run.length; i++) {
      const pair = run.slice(i + 1, i + 3)
      if (run[i] === '%' && HEX2.test(pair)) {
        bytes.push(parseInt(pair, 16))
        i += 2
      } else bytes.push(run.charCodeAt(i))
    }
    return utf8Decoder.decode(Uint8Array.from(bytes))
  })
}

/** Python's `_ALWAYS_SAFE`, by ASCII code. */
const ALWAYS_SAFE: readonly boolean[] = Array.from(
  { length: 0x80 },
  (_, code) => /[A-Za-z0-9_.~-]/.test(String.fromCharCode(code))
)

const LONE_SURROGATE = /[\uD800-\uDFFF]/u

function utf8Strict(text: string): Uint8Array {
  if (LONE_SURROGATE.test(text))
    throw new PyError(
      'UnicodeEncodeError',
      "'utf-8' codec can't encode character: surrogates not allowed"
    )
  return utf8Encoder.encode(text)
}

/** One byte as `quote` writes it: itself when safe, else `%XX`. */
const quoteByte = (byte: number, safe: string): string => {
  const char = String.fromCharCode(byte)
  return byte < 0x80 && (ALWAYS_SAFE[byte] === true || safe.includes(char))
    ? char
    : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
}

/** `urllib.parse.quote(value, safe)`: TypeError for non-strings. */
export function quote(value: PyValue, safe = '/'): string {
  if (typeof value !== 'string')
    throw new PyError('TypeError', 'quote_from_bytes() expected bytes')
  if (value === '') return value
  // ASCII text is its own UTF-8: each character is one byte.
  let ascii = true
  for (let i = 0; i < value.length && ascii; i++)
    ascii = value.charCodeAt(i) < 0x80
  let out = ''
  if (ascii)
    for (let i = 0; i < value.length; i++)
      out += quoteByte(value.charCodeAt(i), safe)
  else for (const byte of utf8Strict(value)) out += quoteByte(byte, safe)
  return out
}

/** `urllib.parse.quote_plus(value, safe='')`. */
export function quotePlus(value: string, safe = ''): string {
  if (!value.includes(' ')) return quote(value, safe)
  return quote(value, safe + ' ').replaceAll(' ', '+')
}

/** `parse_qsl(qs, keep_blank_values=True)`: `&` only, `+` is a space. */
export function parseQsl(qs: string): [string, string][] {
  const pairs: [string, string][] = []
  if (qs === '') return pairs
  for (const field of qs.split('&')) {
    if (field === '') continue
    const eq = field.indexOf('=')
    const name = eq >= 0 ? field.slice(0, eq) : field
    const value = eq >= 0 ? field.slice(eq + 1) : ''
    pairs.push([
      unquote(name.replaceAll('+', ' ')),
      unquote(value.replaceAll('+', ' '))
    ])
  }
  return pairs
}

/** `dict(pairs)`: the last value wins, at the key's first position. */
export function pairsToDict(
  pairs: readonly [string, string][]
): Map<string, string> {
  const dict = new Map<string, string>()
  for (const [key, value] of pairs) dict.set(key, value)
  return dict
}

/** Python `str(value)`. */
export function pyStr(value: PyValue): string {
  return typeof value === 'string' ? value : pyRepr(value)
}

/**
 * `urlencode(mapping)` with quote_plus. Python raises TypeError for values
 * that are neither a mapping nor a sequence of pairs; a list of pairs never
 * comes out of JSON, so any non-empty list or string is a TypeError here,
 * and an empty one encodes to ''.
 */
export function urlencode(value: PyValue): string {
  if (value instanceof Map) {
    const fields: string[] = []
    for (const [key, item] of value)
      fields.push(`${quotePlus(key)}=${quotePlus(pyStr(item))}`)
    return fields.join('&')
  }
  if ((Array.isArray(value) || typeof value === 'string') && value.length === 0)
    return ''
  throw new PyError(
    'TypeError',
    'not a valid non-string sequence or mapping object'
  )
}
