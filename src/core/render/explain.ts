/**
 * `explain`: what Airflow builds from one value, per profile. This is how
 * users debug a secret and how the parser is checked against Airflow at
 * scale (one JSON object per line in, one per line out).
 */
import {
  type AirflowConnection,
  connectionFromJson,
  connectionFromUri,
  extraDejson,
  deserializeConnection,
  getUri
} from '../airflow/connection.js'
import { PROFILES, type Profile, resolveProfile } from '../airflow/profiles.js'
import { PyError } from '../airflow/python/errors.js'
import {
  PyRegexUnsupportedError,
  compilePyRegex
} from '../airflow/python/regex.js'
import { pyJsonDumps, pyJsonLoads } from '../airflow/python/json.js'
import {
  type PyDict,
  type PyValue,
  isPyDict,
  pyTruthy,
  pyTypeName
} from '../airflow/python/value.js'
import { isSensitiveKey } from '../airflow/masker.js'
import { safePyMessage } from '../redact.js'
import {
  type AmazonProvider,
  type BackendSettings,
  parseBackendKwargs,
  resolveSecretName,
  standardizeConnectionSecret
} from '../airflow/secrets-manager.js'

export interface ExplainInput {
  readonly kind: 'connection' | 'variable'
  readonly value: string
  readonly id: string
  readonly backendKwargs: PyValue
  readonly profile: Profile
  readonly via: 'secretsmanager' | 'direct'
  readonly deserializeJson: boolean
  readonly amazonProvider: AmazonProvider
}

const MASK = '***'

/** Reads one `--jsonl` line; throws Error with a one-line reason. */
export function parseExplainInput(line: string): ExplainInput {
  let parsed: PyValue
  try {
    parsed = pyJsonLoads(line)
  } catch (error) {
    throw new Error(
      `not a JSON object (${error instanceof Error ? error.message : 'invalid'})`,
      { cause: error }
    )
  }
  if (!isPyDict(parsed))
    throw new Error(`expected a JSON object, got ${pyTypeName(parsed)}`)
  const text = (key: string, fallback?: string): string => {
    const value = parsed.get(key)
    if (value === undefined || value === null) {
      if (fallback === undefined) throw new Error(`"${key}" is required`)
      return fallback
    }
    if (typeof value !== 'string') throw new Error(`"${key}" must be a string`)
    return value
  }
  const kind = text('kind')
  if (kind !== 'connection' && kind !== 'variable')
    throw new Error('"kind" must be "connection" or "variable"')
  const profileName = text('profile', 'af3_sdk')
  const profile = resolveProfile(profileName)
  if (!profile)
    throw new Error(
      `unknown "profile" ${JSON.stringify(profileName)}; use one of ${PROFILES.join(', ')}`
    )
  const via = text('via', 'secretsmanager')
  if (via !== 'secretsmanager' && via !== 'direct')
    throw new Error('"via" must be "secretsmanager" or "direct"')
  const provider = text('amazon_provider', '9')
  if (provider !== '8' && provider !== '9')
    throw new Error('"amazon_provider" must be "8" or "9"')
  const deserialize = parsed.get('deserialize_json') ?? false
  if (typeof deserialize !== 'boolean')
    throw new Error('"deserialize_json" must be true or false')
  return {
    kind,
    value: text('value'),
    id: text('id', 'test_id'),
    backendKwargs: parsed.get('backend_kwargs') ?? new Map(),
    profile,
    via,
    deserializeJson: deserialize,
    amazonProvider: provider
  }
}

/** `type(e).__name__` of the exception Airflow raises. */
export function pyClassName(error: PyError): string {
  return error.pyClass.split('.').pop() ?? error.pyClass
}

function errorResult(
  secretName: string | null,
  error: PyError,
  reveal: boolean
): PyDict {
  return new Map<string, PyValue>([
    ['found', true],
    ['secret_name', secretName],
    ['error', pyClassName(error)],
    ['message', reveal ? error.message : safePyMessage(error)]
  ])
}

/** Masks the values of sensitive keys, recursively, as Airflow's masker does. */
function maskExtra(value: PyValue): PyValue {
  if (isPyDict(value)) {
    const out: PyDict = new Map()
    for (const [key, item] of value)
      out.set(
        key,
        isSensitiveKey(key) && item !== null ? MASK : maskExtra(item)
      )
    return out
  }
  if (Array.isArray(value)) return value.map(maskExtra)
  return value
}

/** The connection as shown: password and sensitive extras masked unless revealed. */
function shownConnection(
  conn: AirflowConnection,
  reveal: boolean
): AirflowConnection {
  if (reveal) return conn
  const dejson = extraDejson(conn)
  const maskedExtra =
    conn.extra !== null && isPyDict(dejson) && dejson.size > 0
      ? pyJsonDumps(maskExtra(dejson))
      : conn.extra
  return {
    ...conn,
    password:
      typeof conn.password === 'string' && conn.password !== ''
        ? MASK
        : conn.password,
    extra: maskedExtra
  }
}

function connectionResult(
  secretName: string | null,
  conn: AirflowConnection,
  profile: Profile,
  reveal: boolean
): PyDict {
  const shown = shownConnection(conn, reveal)
  const result: PyDict = new Map<string, PyValue>([
    ['found', true],
    ['secret_name', secretName],
    ['conn_type', shown.connType],
    ['host', shown.host],
    ['login', shown.login],
    ['password', shown.password],
    ['schema', shown.schema],
    ['port', shown.port],
    ['extra', shown.extra],
    [
      'extra_dejson',
      pyJsonDumps(extraDejson(shown), { separators: [',', ':'] })
    ]
  ])
  try {
    result.set('uri', getUri(shown, profile))
  } catch (error) {
    if (!(error instanceof PyError)) throw error
    result.set('uri', null)
    result.set('uri_error', pyClassName(error))
  }
  return result
}

const PATTERN_KWARG = {
  connection: 'connections_lookup_pattern',
  variable: 'variables_lookup_pattern'
} as const

/**
 * What `re.match(pattern, id, re.IGNORECASE)` raises in `_get_secret` when
 * the lookup pattern is not usable: re.error for an invalid pattern,
 * TypeError for a truthy non-string. Airflow raises it on every lookup.
 */
function lookupPatternError(
  kwargs: PyValue,
  kind: 'connection' | 'variable'
): PyError | null {
  if (!isPyDict(kwargs)) return null
  const pattern = kwargs.get(PATTERN_KWARG[kind]) ?? null
  if (typeof pattern !== 'string') {
    if (pattern === null || !pyTruthy(pattern)) return null
    return new PyError(
      'TypeError',
      'first argument must be string or compiled pattern'
    )
  }
  if (pattern === '') return null
  try {
    compilePyRegex(pattern, { ignoreCase: true })
  } catch (error) {
    if (error instanceof PyError) return error
    // Valid Python that cannot be evaluated faithfully here: say so rather
    // than guess whether Airflow would look the id up.
    if (error instanceof PyRegexUnsupportedError)
      return new PyError(
        'UnsupportedLookupPattern',
        `${PATTERN_KWARG[kind]} ${error.message}`
      )
    throw error
  }
  return null
}

function explainConnection(
  input: ExplainInput,
  settings: BackendSettings | null,
  reveal: boolean
): PyDict {
  let secretName: string | null = null
  try {
    let conn: AirflowConnection
    if (input.via === 'direct') {
      conn = input.value.startsWith('{')
        ? connectionFromJson(input.value, input.profile, input.id)
        : connectionFromUri(input.value, input.profile, input.id)
    } else {
      if (!settings) throw new PyError('TypeError', 'invalid backend_kwargs')
      const patternError =
        settings.prefixes.connection === null
          ? null
          : lookupPatternError(input.backendKwargs, 'connection')
      if (patternError) throw patternError
      const lookup = resolveSecretName(settings, 'connection', input.id)
      if (!('name' in lookup))
        return new Map<string, PyValue>([
          ['found', false],
          ['secret_name', null]
        ])
      secretName = lookup.name
      // get_connection: an empty value is "not found" in this backend.
      if (input.value === '')
        return new Map<string, PyValue>([
          ['found', false],
          ['secret_name', secretName]
        ])
      const value = standardizeConnectionSecret(
        input.value,
        settings,
        pyJsonLoads
      )
      conn = deserializeConnection(value, input.profile, input.id)
    }
    return connectionResult(secretName, conn, input.profile, reveal)
  } catch (error) {
    if (error instanceof PyError) return errorResult(secretName, error, reveal)
    throw error
  }
}

function explainVariable(
  input: ExplainInput,
  settings: BackendSettings | null,
  reveal: boolean
): PyDict {
  let secretName: string | null = null
  if (input.via === 'secretsmanager') {
    if (!settings)
      return errorResult(
        null,
        new PyError('TypeError', 'invalid backend_kwargs'),
        reveal
      )
    const patternError =
      settings.prefixes.variable === null
        ? null
        : lookupPatternError(input.backendKwargs, 'variable')
    if (patternError) return errorResult(null, patternError, reveal)
    const lookup = resolveSecretName(settings, 'variable', input.id)
    if (!('name' in lookup))
      return new Map<string, PyValue>([
        ['found', false],
        ['secret_name', null]
      ])
    secretName = lookup.name
  }
  const hidden = !reveal && isSensitiveKey(input.id)
  const result: PyDict = new Map<string, PyValue>([
    ['found', true],
    ['secret_name', secretName],
    ['value', hidden ? MASK : input.value]
  ])
  if (input.deserializeJson) {
    try {
      const parsed = pyJsonLoads(input.value)
      result.set('json_type', pyTypeName(parsed))
    } catch (error) {
      if (!(error instanceof PyError)) throw error
      result.set('json_type', null)
      result.set('json_error', `${pyClassName(error)}: ${error.message}`)
    }
  }
  return result
}

/** What Airflow makes of one input, as an ordered dict ready for json.dumps. */
export function explain(
  input: ExplainInput,
  options: { reveal: boolean }
): PyDict {
  let settings: BackendSettings | null = null
  if (input.via === 'secretsmanager') {
    const parsed = parseBackendKwargs(input.backendKwargs, input.amazonProvider)
    settings = parsed.settings
    if (!settings) {
      const first = parsed.findings.find(
        (finding) => finding.severity === 'error'
      )
      return errorResult(
        null,
        new PyError('TypeError', first?.message ?? 'invalid backend_kwargs'),
        true
      )
    }
  }
  return input.kind === 'connection'
    ? explainConnection(input, settings, options.reveal)
    : explainVariable(input, settings, options.reveal)
}

/** One output line: compact JSON, ASCII only. */
export function formatExplainLine(result: PyDict): string {
  return pyJsonDumps(result, { separators: [',', ':'] })
}
