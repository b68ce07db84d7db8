/**
 * The Amazon provider's `SecretsManagerBackend` (spec §4): how its kwargs are
 * read, which secret name each conn_id or variable key maps to, and how a
 * connection secret's JSON keys are standardised before Airflow parses it.
 */
import type { Finding, SecretKind } from '../findings.js'
import { PyError } from './python/errors.js'
import { pyJsonDumps } from './python/json.js'
import {
  type PyRegex,
  PyRegexUnsupportedError,
  compilePyRegex,
  PyRegexBudgetError,
  type RegexEngine
} from './python/regex.js'
import { pyRepr } from './python/repr.js'
import { pyStrip } from './python/str.js'
import { unquote } from './python/urllib.js'
import {
  type PyDict,
  type PyValue,
  isPyDict,
  pyTruthy,
  pyTypeName
} from './python/value.js'

export const SECRETS_MANAGER_BACKEND =
  'airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend'

/** The Amazon provider major version the kwargs are read for. */
export type AmazonProvider = '8' | '9'

/**
 * The provider release lines that look secrets up differently (spec
 * airflow-versions §3.6): before 9.0 (old kwargs); 9.0–9.27; 9.28–9.35
 * (team-scoped names, ids with `--` never looked up); 9.36 and later (ids
 * with `--` refused only with `[core] multi_team = True`, apache/airflow
 * #71078, which landed between 9.33 and 9.36).
 */
export type ProviderLine = '8' | '9.0' | '9.28' | '9.36'

/** The newest provider release modelled; `9` and an absent pin mean it. */
export const NEWEST_PROVIDER = '9.39.0'

export interface ProviderChoice {
  /** As the user gave it ("9.28.0", "9"), or NEWEST_PROVIDER. */
  readonly version: string
  readonly kwargs: AmazonProvider
  readonly line: ProviderLine
}

/** Reads an Amazon provider version (`8`, `9`, `9.28`, `9.39.0`). */
export function parseProviderVersion(text: string): ProviderChoice | undefined {
  const match = /^(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(text.trim())
  if (!match) return undefined
  const major = Number(match[1])
  const minor = match[2] === undefined ? null : Number(match[2])
  const version = text.trim()
  if (major < 8) return undefined
  if (major === 8) return { version, kwargs: '8', line: '8' }
  if (major > 9 || minor === null) return { version, kwargs: '9', line: '9.36' }
  const line: ProviderLine = minor < 28 ? '9.0' : minor < 36 ? '9.28' : '9.36'
  return { version, kwargs: '9', line }
}

/** A provider line in a user's words. */
export const PROVIDER_LINE_LABELS: Record<ProviderLine, string> = {
  '8': 'Amazon provider before 9.0',
  '9.0': 'Amazon provider 9.0–9.27',
  '9.28': 'Amazon provider 9.28–9.35',
  '9.36': 'Amazon provider 9.36 and later'
}

const DEFAULT_PREFIX: Record<SecretKind, string> = {
  connection: 'airflow/connections',
  variable: 'airflow/variables',
  config: 'airflow/config'
}

const PREFIX_KWARG: Record<SecretKind, string> = {
  connection: 'connections_prefix',
  variable: 'variables_prefix',
  config: 'config_prefix'
}

const PATTERN_KWARG: Record<SecretKind, string> = {
  connection: 'connections_lookup_pattern',
  variable: 'variables_lookup_pattern',
  config: 'config_lookup_pattern'
}

/** Kwargs the backend itself reads. */
const BACKEND_KWARGS = [
  ...Object.values(PREFIX_KWARG),
  ...Object.values(PATTERN_KWARG),
  'sep',
  'extra_conn_words',
  'api_version',
  'use_ssl',
  'profile_name'
]

/** AWS connection extra keys the backend passes to its AWS session. */
export const AWS_CONNECTION_KEYS = [
  'region_name',
  'role_arn',
  'assume_role_method',
  'assume_role_kwargs',
  'aws_access_key_id',
  'aws_secret_access_key',
  'aws_session_token',
  'endpoint_url',
  'verify',
  'config_kwargs',
  'session_kwargs',
  'service_config',
  'assume_role_with_saml',
  'assume_role_with_web_identity_federation',
  'assume_role_with_web_identity_federation_audience',
  'assume_role_with_web_identity_token_file'
]

/** AWS connection extra keys the provider deprecated, with what replaces them. */
export const DEPRECATED_AWS_KEYS: ReadonlyMap<string, string> = new Map([
  ['aws_account_id', 'set role_arn to the full role ARN'],
  ['aws_iam_role', 'set role_arn to the full role ARN'],
  ['external_id', 'put ExternalId in assume_role_kwargs'],
  [
    's3_config_file',
    'use session_kwargs.profile_name with the standard AWS config files'
  ],
  [
    's3_config_format',
    'use session_kwargs.profile_name with the standard AWS config files'
  ],
  ['profile', 'use session_kwargs.profile_name'],
  ['host', 'use endpoint_url']
])

const PRE_9_KWARGS = ['full_url_mode', 'are_secret_values_urlencoded']

/** The field alias words of `_standardize_secret_keys`, in Airflow's order. */
const CONN_FIELD_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['login', ['login', 'user', 'username', 'user_name']],
  ['password', ['password', 'pass', 'key']],
  ['host', ['host', 'remote_host', 'server']],
  ['port', ['port']],
  ['schema', ['database', 'schema']],
  ['conn_type', ['conn_type', 'conn_id', 'connection_type', 'engine']],
  ['extra', ['extra']]
]

export interface BackendSettings {
  /** The kwargs exactly as given: written verbatim to the env. */
  readonly kwargs: PyDict
  readonly prefixes: Readonly<Record<SecretKind, string | null>>
  readonly patterns: Readonly<Record<SecretKind, PyRegex | null>>
  readonly sep: string
  /** The raw `extra_conn_words` (applied lazily, as Airflow does). */
  readonly extraConnWords: PyValue
  readonly secretValuesUrlencoded: boolean
  readonly regionName: string | null
  readonly provider: AmazonProvider
}

export interface BackendParse {
  /** null when the kwargs are unusable (Airflow would fail to start the backend). */
  readonly settings: BackendSettings | null
  readonly findings: readonly Finding[]
}

const settingFinding = (
  id: string,
  severity: Finding['severity'],
  code: string,
  message: string,
  hint?: string
): Finding => ({
  code,
  severity,
  kind: 'config',
  id,
  message,
  ...(hint === undefined ? {} : { hint })
})

/** Python `str.rstrip(chars)`: drops trailing characters found in `chars`. */
export function rstripChars(text: string, chars: string): string {
  if (chars === '') return text
  const set = new Set(chars)
  const points = Array.from(text)
  while (points.length > 0 && set.has(points[points.length - 1] ?? ''))
    points.pop()
  return points.join('')
}

/**
 * Reads SecretsManagerBackend kwargs as the provider's constructor does,
 * reporting what Airflow would reject or silently ignore.
 */
export function parseBackendKwargs(
  kwargs: PyValue,
  provider: AmazonProvider = '9'
): BackendParse {
  const findings: Finding[] = []
  if (!isPyDict(kwargs)) {
    findings.push(
      settingFinding(
        'backend_kwargs',
        'error',
        'backend-kwargs-not-object',
        `AIRFLOW__SECRETS__BACKEND_KWARGS must be a JSON object, not ${pyTypeName(kwargs)}.`,
        'Write the kwargs as {"connections_prefix": "airflow/connections", ...}.'
      )
    )
    return { settings: null, findings }
  }
  let usable = true

  const sepValue = kwargs.has('sep') ? (kwargs.get('sep') ?? null) : '/'
  let sep = '/'
  if (typeof sepValue === 'string') sep = sepValue
  else {
    usable = false
    findings.push(
      settingFinding(
        'sep',
        'error',
        'backend-kwarg-type',
        `sep must be a string, not ${pyTypeName(sepValue)}; the backend would fail to start.`
      )
    )
  }

  const prefixes = {} as Record<SecretKind, string | null>
  const patterns = {} as Record<SecretKind, PyRegex | null>
  for (const kind of ['connection', 'variable', 'config'] as const) {
    const name = PREFIX_KWARG[kind]
    const value = kwargs.has(name)
      ? (kwargs.get(name) ?? null)
      : DEFAULT_PREFIX[kind]
    if (value === null) prefixes[kind] = null
    else if (typeof value === 'string') {
      prefixes[kind] = value ? rstripChars(value, sep) : value
      if (value.startsWith('/'))
        findings.push(
          settingFinding(
            name,
            'warning',
            'prefix-leading-slash',
            `${name} starts with '/': secret names will start with '/', which is rarely what was created.`,
            'Drop the leading slash, as the Astro docs advise.'
          )
        )
    } else if (
      value === false ||
      (typeof value === 'bigint' && value === 0n) ||
      value === 0
    ) {
      // Falsy non-strings are kept as is and make the lookup use the bare id.
      prefixes[kind] = ''
    } else {
      usable = false
      prefixes[kind] = null
      findings.push(
        settingFinding(
          name,
          'error',
          'backend-kwarg-type',
          `${name} must be a string or null, not ${pyTypeName(value)}; the backend would fail to start.`
        )
      )
    }
    patterns[kind] = null
    const patternName = PATTERN_KWARG[kind]
    const pattern = kwargs.get(patternName) ?? null
    if (pattern === null || pattern === '') continue
    if (typeof pattern !== 'string') {
      findings.push(
        settingFinding(
          patternName,
          'error',
          'backend-kwarg-type',
          `${patternName} must be a string, not ${pyTypeName(pattern)}; every ${kind} lookup would raise TypeError and fall through to the next backend.`
        )
      )
      continue
    }
    try {
      patterns[kind] = compilePyRegex(pattern, { ignoreCase: true })
    } catch (error) {
      if (error instanceof PyError)
        findings.push(
          settingFinding(
            patternName,
            'error',
            'lookup-pattern-invalid',
            `${patternName} is not a valid Python regex (${error.message}); every ${kind} lookup would raise re.error and fall through to the next backend.`,
            'Fix the pattern; Airflow matches it with re.match(pattern, id, re.IGNORECASE).'
          )
        )
      else if (error instanceof PyRegexUnsupportedError)
        findings.push(
          settingFinding(
            patternName,
            'error',
            'lookup-pattern-unsupported',
            `${patternName} ${error.message}.`,
            'Rewrite the pattern without that construct so it can be checked.'
          )
        )
      else throw error
    }
  }

  const known = new Set([...BACKEND_KWARGS, ...AWS_CONNECTION_KEYS])
  let secretValuesUrlencoded = false
  for (const key of kwargs.keys()) {
    if (known.has(key)) continue
    if (PRE_9_KWARGS.includes(key)) {
      if (provider === '8') {
        findings.push(
          settingFinding(
            key,
            'warning',
            'backend-kwarg-removed-in-9',
            `${key} is deprecated and apache-airflow-providers-amazon 9.0 removed it; from 9.0 it is passed to the AWS session instead.`,
            `Remove ${key} before upgrading the Amazon provider to 9.`
          )
        )
        // 8.x pops the kwarg when it is not None and tests it for truth.
        if (
          key === 'are_secret_values_urlencoded' &&
          pyTruthy(kwargs.get(key) ?? null)
        )
          secretValuesUrlencoded = true
      } else
        findings.push(
          settingFinding(
            key,
            'error',
            'backend-kwarg-removed',
            `${key} was removed in apache-airflow-providers-amazon 9.0; the backend now passes it to the AWS session, where it means nothing.`,
            `Remove ${key}, or declare amazon_provider: "8" if you still run a provider before 9.0.`
          )
        )
      continue
    }
    const deprecated = DEPRECATED_AWS_KEYS.get(key)
    if (deprecated !== undefined) {
      findings.push(
        settingFinding(
          key,
          'warning',
          'aws-extra-deprecated',
          `${key} is a deprecated AWS connection setting.`,
          `${deprecated}.`
        )
      )
      continue
    }
    findings.push(
      settingFinding(
        key,
        'error',
        'backend-kwarg-unknown',
        `Unknown SecretsManagerBackend kwarg ${pyRepr(key)}: no provider reads it, so Airflow would ignore it silently.`,
        `Valid kwargs: ${[...BACKEND_KWARGS, ...AWS_CONNECTION_KEYS].join(', ')}.`
      )
    )
  }

  const regionValue = kwargs.get('region_name') ?? null
  const regionName =
    typeof regionValue === 'string' && regionValue ? regionValue : null
  if (regionValue !== null && regionName === null)
    findings.push(
      settingFinding(
        'region_name',
        'error',
        'backend-kwarg-type',
        `region_name must be a non-empty string, not ${pyRepr(regionValue)}.`
      )
    )

  return {
    settings: usable
      ? {
          kwargs,
          prefixes,
          patterns,
          sep,
          extraConnWords: kwargs.get('extra_conn_words') ?? null,
          secretValuesUrlencoded,
          regionName,
          provider
        }
      : null,
    findings
  }
}

export type SecretLookup =
  | { readonly name: string }
  | {
      readonly skipped: 'prefix-disabled' | 'pattern-mismatch'
      readonly reason: string
    }
  | {
      /** The lookup pattern could not be decided within the regex budget. */
      readonly skipped: 'pattern-timeout'
      readonly reason: string
    }

/** Who asks: the provider line, and the team and `[core] multi_team` of the deployment. */
export interface LookupScope {
  readonly line: ProviderLine
  /** Passed by Airflow 3.2+ with multi-team; null otherwise. */
  readonly teamName: string | null
  readonly multiTeam: boolean
}

export type SecretLookups =
  | { readonly names: readonly string[] }
  | {
      readonly skipped:
        | 'prefix-disabled'
        | 'pattern-mismatch'
        | 'pattern-timeout'
        | 'ambiguous-id'
      readonly reason: string
    }

/**
 * The secret names the backend asks for, in order (spec airflow-versions
 * §3.6): `<prefix><sep><team>--<id>` then the global name when a team is
 * passed (provider 9.28+, connections and variables, not with an empty
 * prefix); nothing for an id with `--` where the provider refuses it.
 */
export function resolveSecretNames(
  settings: BackendSettings,
  kind: SecretKind,
  id: string,
  scope: LookupScope,
  engine?: RegexEngine
): SecretLookups {
  const teamAware =
    kind !== 'config' && (scope.line === '9.28' || scope.line === '9.36')
  if (
    teamAware &&
    id.includes('--') &&
    (scope.line === '9.28' || scope.multiTeam)
  )
    return {
      skipped: 'ambiguous-id',
      reason: `the ${PROVIDER_LINE_LABELS[scope.line]}${scope.line === '9.36' ? ' with [core] multi_team = True' : ''} refuses ids containing '--' (an ambiguous team namespace), so the backend never looks it up`
    }
  const lookup = resolveSecretName(settings, kind, id, engine)
  if (!('name' in lookup)) return lookup
  const prefix = settings.prefixes[kind]
  if (teamAware && scope.teamName && prefix)
    return {
      names: [`${prefix}${settings.sep}${scope.teamName}--${id}`, lookup.name]
    }
  return { names: [lookup.name] }
}

/**
 * `_get_secret`'s name (spec §4.2), or why the backend would not look. A
 * lookup pattern that is not linear is evaluated by `engine` (bounded).
 */
export function resolveSecretName(
  settings: BackendSettings,
  kind: SecretKind,
  id: string,
  engine?: RegexEngine
): SecretLookup {
  const prefix = settings.prefixes[kind]
  if (prefix === null)
    return {
      skipped: 'prefix-disabled',
      reason: `${PREFIX_KWARG[kind]} is null, so the backend never looks ${kind}s up`
    }
  const pattern = settings.patterns[kind]
  let matches: boolean
  try {
    matches = !pattern || pattern.match(id, engine)
  } catch (error) {
    if (!(error instanceof PyRegexBudgetError)) throw error
    return {
      skipped: 'pattern-timeout',
      reason: `${PATTERN_KWARG[kind]} ${error.message} (re.match on ${pyRepr(id)})`
    }
  }
  if (!matches)
    return {
      skipped: 'pattern-mismatch',
      reason: `${PATTERN_KWARG[kind]} does not match ${pyRepr(id)}, so the backend never looks it up`
    }
  return { name: prefix ? `${prefix}${settings.sep}${id}` : id }
}

/** The standardisation words, with `extra_conn_words` applied (may raise). */
function fieldWords(extraConnWords: PyValue): Map<string, PyValue[]> {
  const words = new Map<string, PyValue[]>(
    CONN_FIELD_WORDS.map(([field, list]) => [field, [...list]])
  )
  // `self.extra_conn_words = extra_conn_words or {}`, then `.items()`.
  if (!pyTruthy(extraConnWords)) return words
  if (!isPyDict(extraConnWords))
    throw new PyError(
      'AttributeError',
      `'${pyTypeName(extraConnWords)}' object has no attribute 'items'`
    )
  for (const [rawField, extra] of extraConnWords) {
    const field = rawField === 'user' ? 'login' : rawField
    const list = words.get(field)
    if (!list) throw new PyError('KeyError', pyRepr(field))
    if (typeof extra === 'string') list.push(...Array.from(extra))
    else if (Array.isArray(extra)) list.push(...extra)
    else if (isPyDict(extra)) list.push(...extra.keys())
    else
      throw new PyError(
        'TypeError',
        `'${pyTypeName(extra)}' object is not iterable`
      )
  }
  return words
}

/**
 * `get_conn_value`'s transformation of a SecretString (spec §4.4): a value
 * that starts with `{` (after strip) is parsed as JSON and rebuilt from the
 * alias words; anything else is returned unchanged.
 */
export function standardizeConnectionSecret(
  secret: string,
  settings: Pick<BackendSettings, 'extraConnWords' | 'secretValuesUrlencoded'>,
  loads: (text: string) => PyValue
): string {
  if (!pyStrip(secret).startsWith('{')) return secret
  const parsed = loads(secret)
  if (!isPyDict(parsed)) return secret
  const words = fieldWords(settings.extraConnWords)
  const standardized: PyDict = new Map()
  for (const [field, list] of words) {
    let found: PyValue = null
    for (const [key, value] of parsed)
      if (list.includes(key)) {
        found = value
        break
      }
    standardized.set(field, found)
  }
  if (settings.secretValuesUrlencoded)
    for (const [field, value] of standardized) {
      if (value === null || (field === 'extra' && isPyDict(value))) continue
      standardized.set(field, pyUnquote(value))
    }
  return pyJsonDumps(standardized)
}

/**
 * `urllib.parse.unquote` on any JSON value: `'%' not in value` raises
 * TypeError for scalars; a list or dict passes it and then fails on
 * `value.split` with AttributeError.
 */
function pyUnquote(value: PyValue): string {
  if (typeof value === 'string') return unquote(value)
  if (Array.isArray(value) || isPyDict(value))
    throw new PyError(
      'AttributeError',
      `'${pyTypeName(value)}' object has no attribute 'split'`
    )
  throw new PyError(
    'TypeError',
    `argument of type '${pyTypeName(value)}' is not iterable`
  )
}

/** The JSON keys a connection secret has that the backend drops silently. */
export function droppedSecretKeys(
  parsed: PyDict,
  extraConnWords: PyValue
): string[] {
  let words: Map<string, PyValue[]>
  try {
    words = fieldWords(extraConnWords)
  } catch {
    return []
  }
  const all = new Set([...words.values()].flat())
  return [...parsed.keys()].filter((key) => !all.has(key))
}

/** The value written for AIRFLOW__SECRETS__BACKEND_KWARGS: compact, ASCII JSON. */
export function serializeBackendKwargs(kwargs: PyDict): string {
  return pyJsonDumps(kwargs, { separators: [',', ':'] })
}
