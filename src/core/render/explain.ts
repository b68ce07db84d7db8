/**
 * `explain`: what Airflow builds from one value, per release profile. This
 * is how users debug a secret and how the parser is checked against Airflow
 * at scale (one JSON object per line in, one per line out).
 */
import {
  type AirflowConnection,
  extraDejson,
  getUri
} from '../airflow/connection.js'
import { buildConnection } from '../airflow/build-connection.js'
import {
  PROFILE_INFO,
  type Profile,
  ReleaseError,
  profileFor,
  resolveRelease
} from '../airflow/profiles.js'
import { PyError } from '../airflow/python/errors.js'
import {
  PyRegexUnsupportedError,
  type RegexEngine,
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
  type BackendSettings,
  type LookupScope,
  type ProviderChoice,
  type SecretLookups,
  NEWEST_PROVIDER,
  parseBackendKwargs,
  parseProviderVersion,
  resolveSecretNames
} from '../airflow/secrets-manager.js'

/** How the value reaches Airflow (see ConnectionOrigin). */
export type ExplainVia = 'secretsmanager' | 'env' | 'direct'

export interface ExplainInput {
  readonly kind: 'connection' | 'variable'
  readonly value: string
  readonly id: string
  readonly backendKwargs: PyValue
  readonly profile: Profile
  readonly via: ExplainVia
  readonly deserializeJson: boolean
  readonly provider: ProviderChoice
  readonly teamName: string | null
  readonly multiTeam: boolean
  /** Only this secret name exists (default: every name holds the value). */
  readonly storedAs?: string
}

/** The default release of an explain line: the newest, in tasks. */
export const DEFAULT_RELEASE = '3'

/**
 * The profile a line names: `airflow` (a release) with `component`, or a
 * `profile` id or earlier alias (`af2`, `af3_core30`).
 */
export function explainProfile(
  airflow: string | undefined,
  component: string | undefined,
  profile: string | undefined
): Profile {
  if (component !== undefined && component !== 'task' && component !== 'server')
    throw new Error('"component" must be "task" or "server"')
  const side = component ?? 'task'
  try {
    if (airflow !== undefined) return profileFor(airflow, side)
    if (profile !== undefined) {
      const { profiles } = resolveRelease(profile)
      return profiles.length === 1 && profiles[0] !== undefined
        ? profiles[0]
        : profileFor(profile, side)
    }
    return profileFor(DEFAULT_RELEASE, side)
  } catch (error) {
    if (error instanceof ReleaseError)
      throw new Error(
        `${airflow !== undefined ? '"airflow"' : '"profile"'}: ${error.message}`,
        { cause: error }
      )
    throw error
  }
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
  const optional = (key: string): string | undefined =>
    parsed.get(key) === undefined || parsed.get(key) === null
      ? undefined
      : text(key)
  const flag = (key: string): boolean => {
    const value = parsed.get(key) ?? false
    if (typeof value !== 'boolean')
      throw new Error(`"${key}" must be true or false`)
    return value
  }
  const kind = text('kind')
  if (kind !== 'connection' && kind !== 'variable')
    throw new Error('"kind" must be "connection" or "variable"')
  const profile = explainProfile(
    optional('airflow'),
    optional('component'),
    optional('profile')
  )
  const via = text('via', 'secretsmanager')
  if (via !== 'secretsmanager' && via !== 'env' && via !== 'direct')
    throw new Error('"via" must be "secretsmanager", "env" or "direct"')
  const providerText = text('amazon_provider', NEWEST_PROVIDER)
  const provider = parseProviderVersion(providerText)
  if (!provider)
    throw new Error(
      '"amazon_provider" must be a provider version such as "9.0", "9.28" or "9.39" ("8" for the provider before 9.0)'
    )
  const storedAs = optional('stored_as')
  return {
    kind,
    value: text('value'),
    id: text('id', 'test_id'),
    backendKwargs: parsed.get('backend_kwargs') ?? new Map(),
    profile,
    via,
    deserializeJson: flag('deserialize_json'),
    provider,
    teamName: optional('team_name') ?? null,
    multiTeam: flag('multi_team'),
    ...(storedAs === undefined ? {} : { storedAs })
  }
}

/** The scope of a lookup: `team_name` reaches the backend from Airflow 3.2. */
function scopeOf(input: ExplainInput): LookupScope {
  return {
    line: input.provider.line,
    teamName: PROFILE_INFO[input.profile].teams ? input.teamName : null,
    multiTeam: input.multiTeam
  }
}

/**
 * The name the backend finds the value under: the first name asked for
 * that exists (`stored_as`, or every name). Not found: the last name asked.
 */
function findName(
  names: readonly string[],
  storedAs: string | undefined
): { readonly found: boolean; readonly name: string | null } {
  const hit =
    storedAs === undefined ? names[0] : names.find((name) => name === storedAs)
  if (hit !== undefined) return { found: true, name: hit }
  return { found: false, name: names[names.length - 1] ?? null }
}

const notFound = (secretName: string | null): PyDict =>
  new Map<string, PyValue>([
    ['found', false],
    ['secret_name', secretName]
  ])

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
    result.set('uri', getUri(shown))
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

/**
 * The lookup pattern could not be decided within the engine's budget: it
 * backtracks catastrophically on this id, where Airflow's own `re.match`
 * would hang too. Shown as an error rather than guessed.
 */
function patternTimeout(lookup: SecretLookups): PyError | null {
  return 'skipped' in lookup && lookup.skipped === 'pattern-timeout'
    ? new PyError('LookupPatternTimeout', lookup.reason)
    : null
}

function explainConnection(
  input: ExplainInput,
  settings: BackendSettings | null,
  reveal: boolean,
  engine: RegexEngine | undefined
): PyDict {
  let secretName: string | null = null
  try {
    if (input.via !== 'secretsmanager') {
      const built = buildConnection(
        input.value,
        { via: input.via },
        input.profile,
        input.id
      )
      return built.found
        ? connectionResult(null, built.conn, reveal)
        : notFound(null)
    }
    if (!settings) throw new PyError('TypeError', 'invalid backend_kwargs')
    const lookup = resolveSecretNames(
      settings,
      'connection',
      input.id,
      scopeOf(input),
      engine
    )
    if ('skipped' in lookup && lookup.skipped === 'ambiguous-id')
      return notFound(null)
    const patternError =
      settings.prefixes.connection === null
        ? null
        : (lookupPatternError(input.backendKwargs, 'connection') ??
          patternTimeout(lookup))
    if (patternError) throw patternError
    if (!('names' in lookup)) return notFound(null)
    const hit = findName(lookup.names, input.storedAs)
    secretName = hit.name
    // get_connection: an empty value is "not found" in this backend.
    if (!hit.found || input.value === '') return notFound(secretName)
    const built = buildConnection(
      input.value,
      { via: 'secretsmanager', settings },
      input.profile,
      input.id
    )
    return built.found
      ? connectionResult(secretName, built.conn, reveal)
      : notFound(secretName)
  } catch (error) {
    if (error instanceof PyError) return errorResult(secretName, error, reveal)
    throw error
  }
}

function explainVariable(
  input: ExplainInput,
  settings: BackendSettings | null,
  reveal: boolean,
  engine: RegexEngine | undefined
): PyDict {
  let secretName: string | null = null
  if (input.via === 'secretsmanager') {
    if (!settings)
      return errorResult(
        null,
        new PyError('TypeError', 'invalid backend_kwargs'),
        reveal
      )
    const lookup = resolveSecretNames(
      settings,
      'variable',
      input.id,
      scopeOf(input),
      engine
    )
    if ('skipped' in lookup && lookup.skipped === 'ambiguous-id')
      return notFound(null)
    const patternError =
      settings.prefixes.variable === null
        ? null
        : (lookupPatternError(input.backendKwargs, 'variable') ??
          patternTimeout(lookup))
    if (patternError) return errorResult(null, patternError, reveal)
    if (!('names' in lookup)) return notFound(null)
    const hit = findName(lookup.names, input.storedAs)
    secretName = hit.name
    if (!hit.found) return notFound(secretName)
  } else if (input.via === 'env' && input.value === '') return notFound(null)
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
  options: {
    readonly reveal: boolean
    /**
     * Evaluates lookup patterns that could backtrack catastrophically within
     * a budget (off the main thread); without it they run inline.
     */
    readonly regexEngine?: RegexEngine
  }
): PyDict {
  let settings: BackendSettings | null = null
  if (input.via === 'secretsmanager') {
    const parsed = parseBackendKwargs(
      input.backendKwargs,
      input.provider.kwargs
    )
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
    ? explainConnection(input, settings, options.reveal, options.regexEngine)
    : explainVariable(input, settings, options.reveal, options.regexEngine)
}

/**
 * Python floats JSON cannot carry: NaN and ±Infinity become
 * `{"$float": "nan" | "inf" | "-inf"}`, so every line is strict JSON.
 * Integers stay exact (digits, however many).
 */
function strictJson(value: PyValue): PyValue {
  if (typeof value === 'number' && !Number.isFinite(value))
    return new Map([
      ['$float', Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf']
    ])
  if (Array.isArray(value)) return value.map(strictJson)
  if (isPyDict(value))
    return new Map([...value].map(([key, item]) => [key, strictJson(item)]))
  return value
}

/** One output line: compact, strict JSON, ASCII only. */
export function formatExplainLine(result: PyDict): string {
  return pyJsonDumps(strictJson(result), { separators: [',', ':'] })
}
