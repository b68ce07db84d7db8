/**
 * What must never be shown: value-free wording for Python exception messages
 * that quote their input, and the last-line redaction of known secrets.
 * What Airflow itself masks lives in airflow/masker.ts.
 */
import type { PyError } from './airflow/python/errors.js'

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
    // The keyword is a key of the secret's JSON; Airflow's own words only.
    /^(Connection\.__init__\(\) got an unexpected keyword argument) '(?!(?:conn_id|conn_type|description|host|login|password|schema|port|extra|uri)')[\s\S]*'$/,
    '$1 (a key of the value, name not shown)'
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
