/**
 * What must never be shown: the parts of a secret that get masked, and
 * value-free wording for Python exception messages that quote their input.
 */
import type { PyError } from './python/errors.js'
import { quote } from './python/urllib.js'
import { type PyValue, isPyDict } from './python/value.js'

/** Airflow's DEFAULT_SENSITIVE_FIELDS (secrets_masker). */
export const SENSITIVE_FIELDS = [
  'access_token',
  'api_key',
  'apikey',
  'authorization',
  'passphrase',
  'passwd',
  'password',
  'private_key',
  'secret',
  'token',
  'keyfile_dict',
  'service_account'
] as const

/** Airflow's `should_hide_value_for_key`. */
export function isSensitiveKey(name: string): boolean {
  const key = name.trim().toLowerCase()
  return SENSITIVE_FIELDS.some((field) => key.includes(field))
}

/** Every string leaf of a JSON value (for masking under a sensitive key). */
export function stringLeaves(value: PyValue, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value)
  else if (typeof value === 'bigint' || typeof value === 'number')
    into.push(String(value))
  else if (Array.isArray(value))
    for (const item of value) stringLeaves(item, into)
  else if (isPyDict(value))
    for (const item of value.values()) stringLeaves(item, into)
  return into
}

/** The values under sensitive keys of an extra, as Airflow's masker walks it. */
export function sensitiveExtraValues(
  extra: PyValue,
  into: string[] = []
): string[] {
  if (isPyDict(extra)) {
    for (const [key, item] of extra)
      if (isSensitiveKey(key)) stringLeaves(item, into)
      else sensitiveExtraValues(item, into)
  } else if (Array.isArray(extra))
    for (const item of extra) sensitiveExtraValues(item, into)
  return into
}

/**
 * The forms of a password Airflow masks (raw and URL-quoted), plus the
 * quote_plus form a query string would carry.
 */
export function passwordForms(password: PyValue): string[] {
  if (typeof password !== 'string' || password === '') return []
  const forms = [password]
  try {
    forms.push(quote(password), quote(password, ''))
  } catch {
    // A password that cannot be quoted has no quoted form to mask.
  }
  return [...new Set(forms)]
}

const REDACTED = '***'

/** Message templates whose quoted part comes from the secret. */
const QUOTING_TEMPLATES: readonly (readonly [RegExp, string])[] = [
  [
    /^Invalid connection string: [\s\S]*\.$/,
    `Invalid connection string: ${REDACTED}.`
  ],
  [
    /^Port could not be cast to integer value as [\s\S]*$/,
    `Port could not be cast to integer value as ${REDACTED}`
  ],
  [
    /^Expected integer value for `port`, but got [\s\S]* instead\.$/,
    `Expected integer value for \`port\`, but got ${REDACTED} instead.`
  ],
  [
    /^invalid literal for int\(\) with base 10: [\s\S]*$/,
    `invalid literal for int() with base 10: ${REDACTED}`
  ],
  [
    /^netloc [\s\S]* contains invalid characters under NFKC normalization$/,
    `netloc ${REDACTED} contains invalid characters under NFKC normalization`
  ],
  [
    /^[\s\S]* does not appear to be an IPv4 or IPv6 address$/,
    `${REDACTED} does not appear to be an IPv4 or IPv6 address`
  ],
  [
    /^'utf-8' codec can't encode character [\s\S]* in position (\d+): surrogates not allowed$/,
    `'utf-8' codec can't encode a lone surrogate in position $1: surrogates not allowed`
  ]
]

/** A Python exception's message with any quoted input replaced by `***`. */
export function safePyMessage(error: PyError): string {
  for (const [pattern, replacement] of QUOTING_TEMPLATES)
    if (pattern.test(error.message))
      return error.message.replace(pattern, replacement)
  return error.message
}

/**
 * Replaces every occurrence of each secret string in `text` (longest
 * first). The last line of defence for anything built from a message.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  const sorted = [...new Set(secrets)]
    .filter((secret) => secret.length > 0)
    .sort((a, b) => b.length - a.length)
  for (const secret of sorted) out = out.split(secret).join(REDACTED)
  return out
}
