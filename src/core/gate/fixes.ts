/**
 * Fixes specific to what went wrong: the rule Airflow applied and an example
 * of the accepted form, never a part of the value. Chosen from the Python
 * exception Airflow would raise while building a connection.
 */
import type { PyError } from '../airflow/python/errors.js'

const STRUCTURE =
  'Connection JSON takes conn_type, host, login, password, schema, port, extra and description as keys (or uri alone)'

/** One rule per family of exceptions, tried in order. */
const PARSE_FIXES: readonly (readonly [RegExp, string])[] = [
  [
    /^Port could not be cast to integer value/,
    "What follows the last ':' of the host part must be a port of digits only (`host:5432`). A ':' or '/' inside the login or password ends the host part early: URL-encode them (':' as %3A, '/' as %2F), e.g. `postgres://user:pa%2Fss%3Aword@host:5432/db`."
  ],
  [
    /^Port out of range 0-65535/,
    "Ports run from 0 to 65535 (urlsplit's rule), e.g. `host:5432`. If those digits belong to the password, URL-encode its ':' as %3A, e.g. `postgres://user:pa%3A99999@host:5432/db`."
  ],
  [
    /^Expected integer value for `port`|^invalid literal for int\(\)/,
    'The JSON "port" must be an integer (int() of it must succeed), e.g. `"port": 5432`.'
  ],
  [
    /^Invalid connection string/,
    "Airflow accepts at most two '://' in a URI. URL-encode any other inside a component ('://' as %3A%2F%2F), e.g. `http://https%3A%2F%2Fapi.example.com/`."
  ],
  [
    /IPv6|IPv4|IPvFuture/,
    "Put only an IPv6 address in brackets (`postgres://user:pw@[2001:db8::1]:5432/db`); write an IPv4 address or a host name without them, and URL-encode '[' and ']' in the login or password (%5B, %5D)."
  ],
  [
    /NFKC normalization/,
    "The host part holds characters that Unicode NFKC turns into '/', '?', '#', '@' or ':'. Write the host name in its xn-- (punycode) form and URL-encode the login and password."
  ],
  [
    /`extra`/,
    'The extra must be a JSON object: `"extra": {"key": "value"}` in JSON, or `?key=value` query parameters in a URI (`?__extra__=` takes a URL-encoded JSON object, `%7B%22key%22%3A%22value%22%7D`).'
  ],
  [
    /surrogate/,
    'The value holds a lone UTF-16 surrogate, which UTF-8 cannot encode: type the affected characters again.'
  ],
  [
    /unexpected keyword argument|multiple values for keyword argument/,
    `Drop the key Airflow's Connection does not accept. ${STRUCTURE}.`
  ],
  [
    /missing 1 required positional argument: 'conn_type'/,
    'Set the connection type in the JSON, e.g. `"conn_type": "postgres"`.'
  ],
  [
    /You must create an object using the URI or individual values/,
    'Give either "uri" alone or the separate fields, not both.'
  ],
  [
    /^string index out of range$/,
    'The value is blank: store the connection URI or JSON.'
  ],
  [
    /object has no attribute|is not iterable|expected at most/,
    'A key has the wrong JSON type: conn_type, host, login, password and schema are strings, port an integer, extra an object or a string.'
  ]
]

/**
 * The fix for a connection Airflow fails to build, from the exception it
 * raises. JSON syntax and nesting errors get the JSON fixes.
 */
export function connectionParseFix(error: PyError): string {
  if (error.pyClass.endsWith('JSONDecodeError'))
    return 'Store valid JSON: double-quoted keys and strings, no trailing commas, no comments (`python -m json.tool` checks it).'
  if (error.pyClass === 'RecursionError')
    return 'The JSON nests deeper than Python parses; flatten it.'
  for (const [pattern, fix] of PARSE_FIXES)
    if (pattern.test(error.message)) return fix
  return 'Fix the value so Airflow can build the connection: `astro-secrets-gate explain` shows each step Airflow takes with it.'
}

/** An example of where each connection field sits in a URI. */
const URI_PLACES: Record<string, string> = {
  host: 'host (`scheme://login:password@HOST:port/schema`)',
  login: 'login (`scheme://LOGIN:password@host`)',
  password: 'password (`scheme://login:PASSWORD@host`, URL-encoded)',
  schema: 'schema (`scheme://host/SCHEMA`)',
  port: 'port (`scheme://host:PORT`)',
  extra: 'extra (`scheme://host/?key=value`)'
}

/** The fix for required fields that are empty. */
export function missingFieldsFix(fields: readonly string[]): string {
  const places = fields.map((field) => URI_PLACES[field] ?? field)
  const keys = fields.map((field) => `"${field}"`).join(', ')
  return `Set ${places.join(', ')} in the URI, or ${keys} in the JSON.`
}

/** The fix for keys the manifest requires in the extra. */
export function missingExtraKeysFix(keys: readonly string[]): string {
  const [first = 'key'] = keys
  return `Add ${keys.map((key) => `'${key}'`).join(', ')} to the extra: \`?${first}=...\` in the URI, or \`"extra": {"${first}": ...}\` in the JSON.`
}
