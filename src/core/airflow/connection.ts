/**
 * Airflow's Connection, as each profile builds it from a URI or a JSON
 * document (spec §1, §2, §3). Every function throws `PyError` carrying the
 * exception class Airflow would raise, or returns what Airflow would store.
 */
import { type Engine, isSdkEngine } from './profiles.js'
import { PyError } from './python/errors.js'
import { pyInt } from './python/int.js'
import { PyJsonDecodeError, pyJsonDumps, pyJsonLoads } from './python/json.js'
import { pyRepr } from './python/repr.js'
import { codePointLength, pyStrip } from './python/str.js'
import {
  hostname,
  pairsToDict,
  parseQsl,
  port as portOf,
  quote,
  unquote,
  urlencode,
  urlsplit,
  userinfo
} from './python/urllib.js'
import {
  type PyDict,
  type PyValue,
  isPyDict,
  pyTruthy,
  pyTypeName
} from './python/value.js'

/** The fields of a built Connection. Strings from a URI; any JSON value from JSON. */
export interface AirflowConnection {
  readonly connType: PyValue
  readonly host: PyValue
  readonly login: PyValue
  readonly password: PyValue
  readonly schema: PyValue
  readonly port: bigint | null
  /** Always a str or None: Airflow serialises a non-string extra first. */
  readonly extra: string | null
  readonly description: PyValue
  /** The Connection code that built it (decides `get_uri`). */
  readonly engine: Engine
}

export const AIRFLOW_EXCEPTION = 'AirflowException'
const EXTRA_KEY = '__extra__'

/** #62180 (airflow-core 3.2) stopped printing the URI. */
const invalidConnectionString = (uri: string, engine: Engine): PyError =>
  new PyError(
    AIRFLOW_EXCEPTION,
    engine === 'core32'
      ? 'Invalid connection string.'
      : `Invalid connection string: ${uri}.`
  )

/** airflow-core 3.1.6+ JSON-decodes URI query values (#59339). */
const decodesQueryValues = (engine: Engine): boolean =>
  engine === 'core316' || engine === 'core32'

/** `_normalize_conn_type`: `postgresql` → `postgres`, else `-` → `_`. */
export function normalizeConnType(connType: string): string {
  if (connType === 'postgresql') return 'postgres'
  return connType.replaceAll('-', '_')
}

const isOrm = (engine: Engine): boolean => !isSdkEngine(engine)

/** Airflow's `sanitize_conn_id`: the id, or null when Airflow would drop it. */
export function sanitizeConnId(connId: string): string | null {
  if (codePointLength(connId) > 250) return null
  return /^[\p{L}\p{N}_#!()\-.:/\\]+$/u.test(connId) ? connId : null
}

/** The conn_id as Airflow prints it inside extra-validation messages. */
function connIdRepr(engine: Engine, connId: string): string {
  if (engine === 'core32') return 'None'
  const sanitized = sanitizeConnId(connId)
  return sanitized === null ? 'None' : pyRepr(sanitized)
}

/** `bytes(value, "utf-8")` as the ORM password/extra setters do it. */
function ormEncode(value: PyValue): void {
  if (typeof value !== 'string')
    throw new PyError('TypeError', 'encoding without a string argument')
  const surrogate = /[\uD800-\uDFFF]/u.exec(value)
  if (surrogate) {
    const position = codePointLength(value.slice(0, surrogate.index))
    throw new PyError(
      'UnicodeEncodeError',
      `'utf-8' codec can't encode character '\\u${surrogate[0]
        .charCodeAt(0)
        .toString(16)}' in position ${position}: surrogates not allowed`
    )
  }
}

/** `_validate_extra` in airflow-core 3: extra must be a JSON object. */
function validateExtraCore(
  extra: string,
  engine: Engine,
  connId: string
): void {
  let parsed: PyValue
  try {
    parsed = pyJsonLoads(extra)
  } catch (error) {
    if (error instanceof PyJsonDecodeError)
      throw new PyError(
        'ValueError',
        `Encountered non-JSON in \`extra\` field for connection ${connIdRepr(engine, connId)}.`
      )
    throw error
  }
  if (!isPyDict(parsed))
    throw new PyError(
      'ValueError',
      `Encountered JSON value in \`extra\` which does not parse as a dictionary in connection ${connIdRepr(engine, connId)}. The \`extra\` field must contain a JSON representation of a Python dict.`
    )
}

/**
 * The ORM's property setters (af2 and core): a falsy password is ignored
 * (None), a truthy one must encode as UTF-8; extra likewise, validated first
 * in airflow-core 3.
 */
function ormPassword(engine: Engine, password: PyValue): PyValue {
  if (!isOrm(engine) || password === null) return password
  if (!pyTruthy(password)) return null
  ormEncode(password)
  return password
}

function ormExtra(
  engine: Engine,
  extra: string | null,
  connId: string
): string | null {
  if (!isOrm(engine) || extra === null || extra === '') return extra
  if (engine !== 'af2') validateExtraCore(extra, engine, connId)
  ormEncode(extra)
  return extra
}

/** Drops the first character (a code point, as Python indexes strings). */
function dropFirstCodePoint(text: string): string {
  const first = text.codePointAt(0)
  if (first === undefined) return text
  return text.slice(first > 0xffff ? 2 : 1)
}

/** `_parse_netloc_to_hostname`. */
function hostFromNetloc(netloc: string): string {
  let host = unquote(hostname(netloc) ?? '')
  if (host.includes('/')) {
    host = netloc
    const at = host.lastIndexOf('@')
    if (at >= 0) host = host.slice(at + 1)
    const colon = host.indexOf(':')
    if (colon >= 0) host = host.slice(0, colon)
    host = unquote(host)
  }
  return host
}

/**
 * `Connection(uri=...)` (af2, core) or `Connection.from_uri(uri, conn_id)`
 * (Task SDK): spec §1.1–§1.2.
 */
export function connectionFromUri(
  uri: string,
  engine: Engine,
  connId: string
): AirflowConnection {
  const schemes = uri.split('://').length - 1
  if (schemes > 2) throw invalidConnectionString(uri, engine)
  const withProtocol = schemes === 2
  const first = urlsplit(uri)
  const connType = normalizeConnType(first.scheme)
  const rest = uri.replaceAll(`${first.scheme}://`, withProtocol ? '' : '//')
  if (withProtocol) {
    const head = rest.split('://')[0] ?? ''
    if (head.includes('@') || head.includes(':'))
      throw invalidConnectionString(uri, engine)
  }
  const parts = urlsplit(rest)
  const protocol = withProtocol ? parts.scheme : ''
  const parsedHost = hostFromNetloc(parts.netloc)
  const host =
    parsedHost && protocol ? `${protocol}://${parsedHost}` : parsedHost
  const quotedSchema = dropFirstCodePoint(parts.path)
  const schema = quotedSchema ? unquote(quotedSchema) : quotedSchema
  const info = userinfo(parts.netloc)
  const login = info.username ? unquote(info.username) : info.username
  const rawPassword = info.password ? unquote(info.password) : info.password
  const password = ormPassword(engine, rawPassword)
  const port = portOf(parts.netloc)
  let extra: string | null = null
  if (parts.query) {
    const query = pairsToDict(parseQsl(parts.query))
    const explicit = query.get(EXTRA_KEY)
    if (explicit !== undefined) extra = explicit
    else if (decodesQueryValues(engine)) {
      const decoded: PyDict = new Map()
      for (const [key, item] of query) decoded.set(key, jsonOrText(item))
      extra = pyJsonDumps(decoded)
    } else extra = pyJsonDumps(query)
  }
  return {
    connType,
    host,
    login,
    password,
    schema,
    port: port === null ? null : BigInt(port),
    extra: ormExtra(engine, extra, connId),
    description: null,
    engine
  }
}

/** `json.loads(value)` when that succeeds, else the string (#59339). */
function jsonOrText(value: string): PyValue {
  try {
    return pyJsonLoads(value)
  } catch (error) {
    if (error instanceof PyJsonDecodeError) return value
    throw error
  }
}

/** Keyword arguments every profile's constructor takes (spec §2.5). */
const CONSTRUCTOR_KEYS = [
  'conn_type',
  'description',
  'host',
  'login',
  'password',
  'schema',
  'port',
  'extra'
]

const ALLOWED_KEYS: Record<Engine, ReadonlySet<string>> = {
  af2: new Set([...CONSTRUCTOR_KEYS, 'uri']),
  core30: new Set([...CONSTRUCTOR_KEYS, 'uri']),
  core31: new Set([...CONSTRUCTOR_KEYS, 'uri', 'team_id']),
  core316: new Set([...CONSTRUCTOR_KEYS, 'uri', 'team_id']),
  core32: new Set([...CONSTRUCTOR_KEYS, 'uri', 'team_name']),
  sdk110: new Set(CONSTRUCTOR_KEYS),
  sdk115: new Set(CONSTRUCTOR_KEYS),
  sdk118: new Set(CONSTRUCTOR_KEYS),
  sdk12: new Set([...CONSTRUCTOR_KEYS, 'uri'])
}

const classPath = (engine: Engine): string =>
  isSdkEngine(engine)
    ? 'airflow.sdk.definitions.connection.Connection'
    : 'airflow.models.connection.Connection'

/** Task SDK 1.1.0–1.1.4 check conn_type before anything else. */
const CONN_TYPE_REQUIRED =
  "Connection type (conn_type) is required but missing from connection configuration. Please add 'conn_type' field to your connection definition."

/** `_normalize_conn_type` applied to whatever JSON gave (spec §2.3). */
function normalizeJsonConnType(value: PyValue): PyValue {
  if (typeof value === 'string') return normalizeConnType(value)
  if (Array.isArray(value)) {
    if (value.includes('-'))
      throw new PyError(
        'AttributeError',
        "'list' object has no attribute 'replace'"
      )
    return value
  }
  if (isPyDict(value)) {
    if (value.has('-'))
      throw new PyError(
        'AttributeError',
        "'dict' object has no attribute 'replace'"
      )
    return value
  }
  // `"-" in 5` / `"-" in True`
  throw new PyError(
    'TypeError',
    `argument of type '${typeof value === 'boolean' ? 'bool' : typeof value === 'bigint' ? 'int' : 'float'}' is not iterable`
  )
}

/** `int(port)` as `from_json` does it, with its ValueError rewording. */
function jsonPort(value: PyValue): bigint {
  try {
    return pyInt(value)
  } catch (error) {
    if (error instanceof PyError && error.pyClass === 'ValueError')
      throw new PyError(
        'ValueError',
        `Expected integer value for \`port\`, but got ${pyRepr(value)} instead.`
      )
    throw error
  }
}

/**
 * `Connection.from_json(value, conn_id)` (spec §2): `value` is the JSON text.
 */
export function connectionFromJson(
  value: string,
  engine: Engine,
  connId: string
): AirflowConnection {
  const kwargs = pyJsonLoads(value)
  if (engine === 'sdk110') {
    // `kwargs.get("conn_type", None)` comes first in this release.
    if (!isPyDict(kwargs))
      throw new PyError(
        'AttributeError',
        `'${pyTypeName(kwargs)}' object has no attribute 'get'`
      )
    if (!pyTruthy(kwargs.get('conn_type') ?? null))
      throw new PyError('ValueError', CONN_TYPE_REQUIRED)
  }
  if (!isPyDict(kwargs)) {
    if (Array.isArray(kwargs))
      throw new PyError('TypeError', 'pop expected at most 1 argument, got 2')
    throw new PyError(
      'AttributeError',
      `'${kwargs === null ? 'NoneType' : typeof kwargs === 'string' ? 'str' : typeof kwargs === 'boolean' ? 'bool' : typeof kwargs === 'bigint' ? 'int' : 'float'}' object has no attribute 'pop'`
    )
  }
  return connectionFromKwargs(new Map(kwargs), engine, connId)
}

function connectionFromKwargs(
  kwargs: PyDict,
  engine: Engine,
  connId: string
): AirflowConnection {
  const pop = (key: string): PyValue => {
    const item = kwargs.get(key) ?? null
    kwargs.delete(key)
    return item
  }
  const rawExtra = pop('extra')
  if (pyTruthy(rawExtra))
    kwargs.set(
      'extra',
      typeof rawExtra === 'string' ? rawExtra : pyJsonDumps(rawExtra)
    )
  const rawType = pop('conn_type')
  if (pyTruthy(rawType)) kwargs.set('conn_type', normalizeJsonConnType(rawType))
  const rawPort = pop('port')
  if (pyTruthy(rawPort)) kwargs.set('port', jsonPort(rawPort))

  // Binding the constructor's keyword arguments.
  if (kwargs.has('conn_id'))
    throw new PyError(
      'TypeError',
      `${classPath(engine)}() got multiple values for keyword argument 'conn_id'`
    )
  for (const key of kwargs.keys())
    if (!ALLOWED_KEYS[engine].has(key))
      throw new PyError(
        'TypeError',
        `Connection.__init__() got an unexpected keyword argument '${key}'`
      )
  const field = (key: string): PyValue => kwargs.get(key) ?? null
  if (
    (engine === 'sdk110' || engine === 'sdk115') &&
    !pyTruthy(field('conn_type'))
  )
    throw new PyError(
      'TypeError',
      "Connection.__init__() missing 1 required positional argument: 'conn_type'"
    )
  const port = field('port') as bigint | null
  const extra = field('extra') as string | null

  const uri = field('uri')
  if ((isOrm(engine) || engine === 'sdk12') && pyTruthy(uri)) {
    const mixed = [
      'conn_type',
      'host',
      'login',
      'password',
      'schema',
      'port',
      'extra'
    ].some((key) => pyTruthy(field(key)))
    if (mixed)
      throw new PyError(
        AIRFLOW_EXCEPTION,
        "You must create an object using the URI or individual values (conn_type, host, login, password, schema, port or extra).You can't mix these two ways to create this object."
      )
    if (typeof uri !== 'string')
      throw new PyError(
        'AttributeError',
        `'${uri === true ? 'bool' : typeof uri === 'bigint' ? 'int' : typeof uri === 'number' ? 'float' : Array.isArray(uri) ? 'list' : 'dict'}' object has no attribute 'count'`
      )
    const parsed = connectionFromUri(uri, engine, connId)
    return { ...parsed, description: field('description') }
  }
  const password = ormPassword(engine, field('password'))
  return {
    connType: field('conn_type'),
    host: field('host'),
    login: field('login'),
    password,
    schema: field('schema'),
    port,
    extra: ormExtra(engine, extra, connId),
    description: field('description'),
    engine
  }
}

/**
 * `deserialize_connection` (spec §3.2): strip, then JSON when it starts with
 * `{`, else a URI. An all-whitespace value raises IndexError.
 */
export function deserializeConnection(
  value: string,
  engines: { readonly uri: Engine; readonly json: Engine },
  connId: string
): AirflowConnection {
  const stripped = pyStrip(value)
  if (stripped === '')
    throw new PyError('IndexError', 'string index out of range')
  if (stripped.startsWith('{'))
    return connectionFromJson(stripped, engines.json, connId)
  return connectionFromUri(stripped, engines.uri, connId)
}

/** `extra_dejson`: the parsed extra, `{}` when it is not JSON. */
export function extraDejson(conn: AirflowConnection): PyValue {
  if (!conn.extra) return new Map()
  try {
    return pyJsonLoads(conn.extra)
  } catch (error) {
    if (error instanceof PyJsonDecodeError) return new Map()
    throw error
  }
}

/** Python `==` between two parsed extras (dict order does not matter). */
function pyEqual(a: PyValue, b: PyValue): boolean {
  if (isPyDict(a) && isPyDict(b)) {
    if (a.size !== b.size) return false
    for (const [key, item] of a) {
      if (!b.has(key)) return false
      if (!pyEqual(item, b.get(key) ?? null)) return false
    }
    return true
  }
  if (Array.isArray(a) && Array.isArray(b))
    return (
      a.length === b.length && a.every((item, i) => pyEqual(item, b[i] ?? null))
    )
  if (
    (typeof a === 'bigint' ||
      typeof a === 'number' ||
      typeof a === 'boolean') &&
    (typeof b === 'bigint' || typeof b === 'number' || typeof b === 'boolean')
  )
    return (
      Number(a) === Number(b) &&
      (typeof a !== 'bigint' || typeof b !== 'bigint' || a === b)
    )
  return a === b
}

/** `Connection.get_uri()` of the class that built it (spec §1.8). */
export function getUri(conn: AirflowConnection): string {
  const engine = conn.engine
  const connType = conn.connType
  if (pyTruthy(connType) && typeof connType !== 'string')
    throw new PyError(
      'AttributeError',
      `'${pyTypeName(connType)}' object has no attribute 'lower'`
    )
  let uri =
    typeof connType === 'string' && connType
      ? `${connType.toLowerCase().replaceAll('_', '-')}://`
      : '//'

  const host = conn.host
  let hostToUse: PyValue = host
  if (pyTruthy(host)) {
    if (typeof host !== 'string' && !Array.isArray(host) && !isPyDict(host))
      throw new PyError(
        'TypeError',
        `argument of type '${typeof host === 'boolean' ? 'bool' : typeof host === 'bigint' ? 'int' : 'float'}' is not iterable`
      )
    const text = typeof host === 'string' ? host : null
    const contains =
      text === null
        ? Array.isArray(host)
          ? host.includes('://')
          : (host as PyDict).has('://')
        : text.includes('://')
    if (contains) {
      if (text === null)
        throw new PyError(
          'AttributeError',
          `'${Array.isArray(host) ? 'list' : 'dict'}' object has no attribute 'split'`
        )
      const at = text.indexOf('://')
      const protocol = text.slice(0, at)
      const rest = text.slice(at + 3)
      // #51953 (3.1+ core, every Task SDK) keeps a host whose protocol is the conn_type.
      const keepWhole =
        engine !== 'af2' && engine !== 'core30' && protocol === connType
      if (keepWhole) hostToUse = text
      else {
        hostToUse = rest
        if (protocol) uri += `${protocol}://`
      }
    }
  }

  let authority = ''
  if (conn.login !== null) authority += quote(conn.login, '')
  if (conn.password !== null) authority += ':' + quote(conn.password, '')
  if (authority !== '') {
    authority += '@'
    uri += authority
  }
  let hostBlock = ''
  if (pyTruthy(hostToUse)) hostBlock += quote(hostToUse, '')
  if (conn.port !== null && conn.port !== 0n) {
    hostBlock +=
      hostBlock === '' && authority === '' ? `@:${conn.port}` : `:${conn.port}`
  }
  const hasSchema = pyTruthy(conn.schema)
  if (hasSchema) hostBlock += `/${quote(conn.schema, '')}`
  uri += hostBlock

  if (conn.extra) {
    // Only extras that parse back equal take the query form; #59339's
    // "every value is a str" test (3.1.6+ core) gives the same answer, as a
    // non-string value never equals the string parse_qsl returns.
    const dejson = extraDejson(conn)
    let query: string | null
    try {
      query = urlencode(dejson)
    } catch (error) {
      if (!(error instanceof PyError && error.pyClass === 'TypeError'))
        throw error
      query = null
    }
    const prefix = hasSchema ? '?' : '/?'
    if (query && pyEqual(dejson, pairsToDict(parseQsl(query))))
      uri += prefix + query
    else uri += prefix + urlencode(new Map([[EXTRA_KEY, conn.extra]]))
  }
  return uri
}
