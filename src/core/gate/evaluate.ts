/**
 * Turns what Secrets Manager returned for one required connection or
 * variable into a verdict and findings, by running Airflow's own parsing for
 * every profile of the chosen Airflow version.
 */
import {
  type AirflowConnection,
  extraDejson,
  getUri,
  normalizeConnType
} from '../airflow/connection.js'
import {
  type ConnectionOrigin,
  buildConnection
} from '../airflow/build-connection.js'
import {
  FALLS_THROUGH,
  type Finding,
  type SecretKind,
  type Severity
} from '../findings.js'
import {
  connectionParseFix,
  missingExtraKeysFix,
  missingFieldsFix
} from './fixes.js'
import { lintAwsExtra, lintConnectionUri, lintId, lintValue } from './lints.js'
import {
  PROFILE_INFO,
  type Profile,
  describeProfiles
} from '../airflow/profiles.js'
import { PyError } from '../airflow/python/errors.js'
import { pyJsonLoads } from '../airflow/python/json.js'
import {
  type PyRegex,
  PyRegexBudgetError,
  type RegexEngine
} from '../airflow/python/regex.js'
import { pyStrip } from '../airflow/python/str.js'
import { type PyValue, isPyDict, pyTruthy } from '../airflow/python/value.js'
import { passwordForms, sensitiveExtraValues } from '../airflow/masker.js'
import { safePyMessage } from '../redact.js'
import type { ItemStatus } from './report.js'
import {
  type BackendSettings,
  type SecretLookup,
  droppedSecretKeys
} from '../airflow/secrets-manager.js'
import type { LocalOrigin, SecretRead } from './secret-read.js'

export const CONNECTION_FIELDS = [
  'conn_type',
  'host',
  'login',
  'password',
  'schema',
  'port',
  'extra',
  'description'
] as const
export type ConnectionField = (typeof CONNECTION_FIELDS)[number]

export interface ConnectionRule {
  readonly connType?: string
  readonly require?: readonly ConnectionField[]
  readonly extraKeys?: readonly string[]
  readonly optional?: boolean
}

export interface VariableRule {
  readonly json?: boolean
  /** The whole value must match (Python re.fullmatch). */
  readonly pattern?: PyRegex
  readonly optional?: boolean
}

/**
 * How the value reaches Airflow: through the Secrets Manager backend (JSON
 * keys standardised first), or `direct`ly from local files and environment
 * variables, each read saying its own origin (SecretRead.origin; `env`
 * when it says none).
 */
export type ParseVia = 'secretsmanager' | 'direct'

export interface EvaluateContext {
  readonly settings: BackendSettings
  readonly profiles: readonly Profile[]
  /** Default `secretsmanager`. */
  readonly via?: ParseVia
  /** Evaluates manifest patterns that are not linear within a budget. */
  readonly regexEngine?: RegexEngine
}

export interface Verdict {
  readonly secretName: string | null
  readonly status: ItemStatus
  readonly connType?: string
  readonly fieldsSet?: readonly string[]
  readonly findings: readonly Finding[]
  /** Parts of the value to mask before anything derived from it is shown. */
  readonly masks: readonly string[]
}

/** Ends a Python error message with a full stop, so the next sentence reads apart. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}

interface Subject {
  readonly kind: SecretKind
  readonly id: string
  readonly secretName: string | null
}

function make(
  subject: Subject,
  severity: Severity,
  code: string,
  message: string,
  hint?: string,
  profiles?: readonly Profile[]
): Finding {
  return {
    code,
    severity,
    kind: subject.kind,
    id: subject.id,
    ...(subject.secretName === null ? {} : { secretName: subject.secretName }),
    message,
    ...(hint === undefined ? {} : { hint }),
    ...(profiles === undefined ? {} : { profiles })
  }
}

/** The verdict for a secret that was not read as a value. */
function unreadVerdict(
  subject: Subject,
  lookup: SecretLookup,
  read: SecretRead | undefined,
  optional: boolean
): Verdict | null {
  const severity: Severity = optional ? 'warning' : 'error'
  const done = (status: ItemStatus, finding: Finding): Verdict => ({
    secretName: subject.secretName,
    status,
    findings: [finding],
    masks: []
  })
  if ('skipped' in lookup && lookup.skipped === 'pattern-timeout')
    return done(
      'skipped',
      make(
        subject,
        'error',
        'lookup-pattern-timeout',
        `Could not decide whether Secrets Manager is asked: ${lookup.reason}.`,
        'Rewrite the lookup pattern without nested or repeated quantifiers (for example ^(a+)+$ becomes ^a+$).'
      )
    )
  if ('skipped' in lookup)
    return done(
      'skipped',
      make(
        subject,
        severity,
        `lookup-${lookup.skipped}`,
        `Not looked up in Secrets Manager: ${lookup.reason}.`,
        'Airflow takes it from the next backend (environment variables, then the metastore); adjust the prefix or pattern if it should come from Secrets Manager.'
      )
    )
  if (!read) return null
  const name = subject.secretName ?? ''
  switch (read.status) {
    case 'found':
      return null
    case 'not-found':
      return done(
        'missing',
        make(
          subject,
          severity,
          'secret-not-found',
          `Secret ${name} does not exist.`,
          `Create it: aws secretsmanager create-secret --name ${name} --secret-string '<value>'.`
        )
      )
    case 'scheduled-for-deletion':
      return done(
        'missing',
        make(
          subject,
          severity,
          'secret-scheduled-for-deletion',
          `Secret ${name} is scheduled for deletion; Airflow treats it as not found.`,
          `Restore it: aws secretsmanager restore-secret --secret-id ${name}.`
        )
      )
    case 'binary-only':
      return done(
        'missing',
        make(
          subject,
          severity,
          'secret-binary-only',
          `Secret ${name} has only a SecretBinary; Airflow reads SecretString alone, so it is not found.`,
          'Store the value as a SecretString (Plaintext).'
        )
      )
    case 'decrypt-failed':
      return done(
        'missing',
        make(
          subject,
          severity,
          'secret-decrypt-failed',
          `Secret ${name} could not be decrypted (${read.awsCode ?? 'DecryptionFailure'}); Airflow treats that as not found.`,
          "Grant kms:Decrypt on the secret's KMS key to the role that reads it."
        )
      )
    case 'access-denied':
      return done(
        'unreadable',
        make(
          subject,
          'error',
          'secret-access-denied',
          `Reading secret ${name} was denied (${read.awsCode ?? 'AccessDeniedException'}). ${FALLS_THROUGH}.`,
          'Allow secretsmanager:GetSecretValue (and BatchGetSecretValue) on the prefix ARNs for the role, and kms:Decrypt on the key.'
        )
      )
    case 'throttled':
      return done(
        'unreadable',
        make(
          subject,
          'error',
          'secret-throttled',
          `Secret ${name} could not be read: AWS kept throttling after retries.`,
          'Lower max-concurrency or raise max-attempts, then run again.'
        )
      )
    case 'aws-error':
      return done(
        'unreadable',
        make(
          subject,
          'error',
          'secret-aws-error',
          `Secret ${name} could not be read: ${read.awsCode ?? 'unknown AWS error'}${read.detail ? ` (${read.detail})` : ''}.`,
          'Run again; if it persists, check the AWS service health and the error code.'
        )
      )
  }
}

interface ProfileOutcome {
  readonly profile: Profile
  readonly conn?: AirflowConnection
  readonly error?: PyError
}

/** The origin of a value read for the gate. */
export function originOf(
  via: ParseVia,
  settings: BackendSettings,
  local?: LocalOrigin
): ConnectionOrigin {
  if (via === 'secretsmanager') return { via: 'secretsmanager', settings }
  return { via: local ?? 'env' }
}

/**
 * Parses one connection value as the profile's secrets layer does, from
 * where it came from (buildConnection); null when Airflow treats it as not
 * set (an empty value).
 */
export function parseConnectionSecret(
  value: string,
  id: string,
  origin: ConnectionOrigin,
  profile: Profile
): AirflowConnection | null {
  const built = buildConnection(value, origin, profile, id)
  if (!built.found) return null
  // Airflow caches every connection it finds by its get_uri(), inside the
  // same try: a get_uri() failure makes the lookup fail too.
  getUri(built.conn)
  return built.conn
}

function labels(profiles: readonly Profile[]): string {
  return describeProfiles(profiles)
}

/** Groups identical findings from several profiles into one. */
function mergeByProfile(
  entries: readonly { profile: Profile; finding: Finding }[],
  allProfiles: readonly Profile[]
): Finding[] {
  const groups = new Map<string, { finding: Finding; profiles: Profile[] }>()
  for (const { profile, finding } of entries) {
    const key = `${finding.code}\u0000${finding.message}`
    const group = groups.get(key)
    if (group) group.profiles.push(profile)
    else groups.set(key, { finding, profiles: [profile] })
  }
  return [...groups.values()].map(({ finding, profiles }) => {
    if (profiles.length === allProfiles.length) return finding
    return {
      ...finding,
      message: `${labels(profiles)}: ${finding.message}`,
      profiles
    }
  })
}

const FIELD_GETTERS: Record<
  ConnectionField,
  (conn: AirflowConnection) => PyValue
> = {
  conn_type: (conn) => conn.connType,
  host: (conn) => conn.host,
  login: (conn) => conn.login,
  password: (conn) => conn.password,
  schema: (conn) => conn.schema,
  port: (conn) => conn.port,
  extra: (conn) => conn.extra,
  description: (conn) => conn.description
}

/** The fields Airflow would see as set (truthy), in a fixed order. */
export function fieldsSet(conn: AirflowConnection): string[] {
  return CONNECTION_FIELDS.filter(
    (field) =>
      field !== 'conn_type' &&
      field !== 'description' &&
      pyTruthy(FIELD_GETTERS[field](conn))
  )
}

/**
 * Whether the parsed conn_type may be shown: it comes from a scheme
 * (`...://`) or a JSON object. A value without `://` (`login:pw@db`) puts
 * its first part, often the login, there.
 */
function connTypeShowable(value: string): boolean {
  return value.includes('://') || pyStrip(value).startsWith('{')
}

function ruleFindings(
  subject: Subject,
  conn: AirflowConnection,
  rule: ConnectionRule,
  showType: boolean
): Finding[] {
  const findings: Finding[] = []
  if (rule.connType !== undefined) {
    const expected = normalizeConnType(rule.connType.toLowerCase())
    const actual =
      typeof conn.connType === 'string' && conn.connType
        ? showType
          ? `'${conn.connType}'`
          : "taken from the value's first part (no '://', not shown)"
        : 'empty'
    if (conn.connType !== expected)
      findings.push(
        make(
          subject,
          'error',
          'conn-type-mismatch',
          `conn_type is ${actual}, expected '${expected}'.`,
          `Start the URI with ${expected.replaceAll('_', '-')}:// or set "conn_type": "${expected}" in the JSON.`
        )
      )
  }
  const missing = (rule.require ?? []).filter(
    (field) => !pyTruthy(FIELD_GETTERS[field](conn))
  )
  if (missing.length > 0)
    findings.push(
      make(
        subject,
        'error',
        'field-missing',
        `Required field${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} empty.`,
        missingFieldsFix(missing)
      )
    )
  if (rule.extraKeys && rule.extraKeys.length > 0) {
    const extra = extraDejson(conn)
    const absent = rule.extraKeys.filter(
      (key) => !isPyDict(extra) || !extra.has(key)
    )
    if (absent.length > 0)
      findings.push(
        make(
          subject,
          'error',
          'extra-key-missing',
          `The extra lacks ${absent.map((key) => `'${key}'`).join(', ')}.`,
          missingExtraKeysFix(absent)
        )
      )
  }
  return findings
}

/**
 * JSON keys shown by name when dropped: well-known words (RDS-managed
 * secrets, Airflow's other spellings). Any other key of a secret may itself
 * be secret, so it is shown by position only.
 */
const KNOWN_DROPPED_KEYS: ReadonlySet<string> = new Set([
  'dbname',
  'dbInstanceIdentifier',
  'dbClusterIdentifier',
  'masterarn',
  'uri',
  'url',
  'description',
  'extra_dejson',
  'conn_uri',
  'type',
  'name',
  'db',
  'hostname',
  'passwd',
  'secret',
  'token',
  'region',
  'region_name',
  'account',
  'role_arn'
])

function jsonShapeFindings(
  subject: Subject,
  value: string,
  settings: BackendSettings
): Finding[] {
  if (!pyStrip(value).startsWith('{')) return []
  let parsed: PyValue
  try {
    parsed = pyJsonLoads(value)
  } catch {
    return []
  }
  if (!isPyDict(parsed)) return []
  const findings: Finding[] = []
  const dropped = droppedSecretKeys(parsed, settings.extraConnWords).filter(
    (key) => key !== ''
  )
  if (dropped.length > 0) {
    const order = [...parsed.keys()]
    const names = dropped.map((key) =>
      KNOWN_DROPPED_KEYS.has(key)
        ? `'${key}'`
        : `key #${order.indexOf(key) + 1} (name not shown)`
    )
    const rds = dropped.includes('dbname')
    findings.push(
      make(
        subject,
        'warning',
        'json-keys-dropped',
        `The backend silently drops ${names.join(', ')}: only login/user/username/user_name, password/pass/key, host/remote_host/server, port, database/schema, conn_type/conn_id/connection_type/engine and extra are read.`,
        rds
          ? 'RDS-managed secrets keep the database name in \'dbname\', which Airflow drops: add "database" or use extra_conn_words.'
          : 'Rename the keys to the words above, or map them with extra_conn_words.'
      )
    )
  }
  if (parsed.has('conn_id') && !parsed.has('conn_type'))
    findings.push(
      make(
        subject,
        'warning',
        'json-conn-id-as-type',
        "The key 'conn_id' is read as the connection type, not the id.",
        "Use 'conn_type' for the type; the id comes from the secret name."
      )
    )
  return findings
}

/** invalid with an error, warning with any finding, else valid. */
function statusFor(findings: readonly Finding[]): ItemStatus {
  if (findings.some((finding) => finding.severity === 'error')) return 'invalid'
  return findings.length > 0 ? 'warning' : 'valid'
}

/**
 * What every evaluation starts with: the id lints, then either a finished
 * verdict (not looked up, not read, or read without a value in existence
 * mode) or the value to parse.
 */
function begin(
  kind: 'connection' | 'variable',
  id: string,
  optional: boolean,
  lookup: SecretLookup,
  read: SecretRead | undefined
):
  | { readonly done: Verdict }
  | {
      readonly subject: Subject
      readonly idFindings: Finding[]
      readonly value: string
    } {
  const secretName = 'name' in lookup ? lookup.name : null
  const subject: Subject = { kind, id, secretName }
  const idFindings = lintId({ kind, id })
  const unread = unreadVerdict(subject, lookup, read, optional)
  if (unread)
    return {
      done: { ...unread, findings: [...idFindings, ...unread.findings] }
    }
  if (read?.value === undefined)
    return {
      done: {
        secretName,
        status: statusFor(idFindings),
        findings: idFindings,
        masks: []
      }
    }
  return { subject, idFindings, value: read.value }
}

/** Evaluates one required connection. */
export function evaluateConnection(
  id: string,
  rule: ConnectionRule,
  lookup: SecretLookup,
  read: SecretRead | undefined,
  context: EvaluateContext
): Verdict {
  const start = begin('connection', id, rule.optional === true, lookup, read)
  if ('done' in start) return start.done
  const { subject, idFindings, value } = start
  const { secretName } = subject
  const via = context.via ?? 'secretsmanager'
  const lintContext = {
    kind: 'connection' as const,
    id,
    ...(secretName === null ? {} : { secretName })
  }
  const findings: Finding[] = [
    ...idFindings,
    ...lintValue(lintContext, value),
    ...lintConnectionUri(lintContext, value),
    ...(via === 'direct'
      ? []
      : jsonShapeFindings(subject, value, context.settings))
  ]
  const origin = originOf(via, context.settings, read?.origin)
  const outcomes: ProfileOutcome[] = context.profiles.map((profile) => {
    try {
      const conn = parseConnectionSecret(value, id, origin, profile)
      return conn ? { profile, conn } : { profile }
    } catch (error) {
      if (error instanceof PyError) return { profile, error }
      throw error
    }
  })

  const perProfile: { profile: Profile; finding: Finding }[] = []
  const masks = new Set<string>()
  for (const outcome of outcomes) {
    if (outcome.error) {
      perProfile.push({
        profile: outcome.profile,
        finding: make(
          subject,
          'error',
          'connection-parse-error',
          `Airflow raises ${outcome.error.pyClass}: ${sentence(safePyMessage(outcome.error))} ${FALLS_THROUGH}.`,
          connectionParseFix(outcome.error)
        )
      })
      continue
    }
    const conn = outcome.conn
    if (!conn) {
      perProfile.push({
        profile: outcome.profile,
        finding: make(
          subject,
          'error',
          'connection-empty',
          'The value is empty, so Airflow treats the connection as not defined.',
          'Set the value, or remove the empty definition.'
        )
      })
      continue
    }
    for (const form of passwordForms(conn.password)) masks.add(form)
    for (const secret of sensitiveExtraValues(extraDejson(conn)))
      masks.add(secret)
    for (const finding of ruleFindings(
      subject,
      conn,
      rule,
      connTypeShowable(value)
    ))
      perProfile.push({ profile: outcome.profile, finding })
    if (!pyTruthy(conn.connType))
      perProfile.push({
        profile: outcome.profile,
        finding: make(
          subject,
          'warning',
          'conn-type-empty',
          'The connection has no conn_type, so Airflow cannot pick a hook for it.',
          'Start the URI with a scheme (postgres://, aws://, ...) or set "conn_type" in the JSON.'
        )
      })
    if (conn.connType === 'aws')
      for (const finding of lintAwsExtra(lintContext, extraDejson(conn)))
        perProfile.push({ profile: outcome.profile, finding })
  }
  findings.push(...mergeByProfile(perProfile, context.profiles))

  const parsed = outcomes.find((outcome) => outcome.conn)?.conn
  return {
    secretName,
    status: statusFor(findings),
    ...(parsed && typeof parsed.connType === 'string' && connTypeShowable(value)
      ? { connType: parsed.connType }
      : {}),
    ...(parsed ? { fieldsSet: fieldsSet(parsed) } : {}),
    findings: dedupe(findings),
    masks: [...masks]
  }
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((finding) => {
    const key = `${finding.code}\u0000${finding.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const RAISES = 'Variable.get(key, deserialize_json=True) raises JSONDecodeError'
const FALLS_TO_NEXT =
  'in tasks the Task SDK catches the error and tries the next backend, so Variable.get ends in "not found" or another source\'s value'

/**
 * What invalid JSON does to `Variable.get(..., deserialize_json=True)`:
 * Airflow 2 and the 3.x server raise; the Task SDK (3.0+ tasks) falls
 * through to the next backend (spec airflow-versions §3.5).
 */
function jsonConsequence(profile: Profile): string {
  if (profile === 'af2') return RAISES
  const side = PROFILE_INFO[profile].side
  if (side === 'server') return RAISES
  if (side === 'task') return FALLS_TO_NEXT
  return `on the server ${RAISES}; ${FALLS_TO_NEXT}`
}

/** Evaluates one required variable. */
export function evaluateVariable(
  id: string,
  rule: VariableRule,
  lookup: SecretLookup,
  read: SecretRead | undefined,
  context: EvaluateContext
): Verdict {
  const start = begin('variable', id, rule.optional === true, lookup, read)
  if ('done' in start) return start.done
  const { subject, idFindings, value } = start
  const { secretName } = subject
  const findings: Finding[] = [
    ...idFindings,
    ...lintValue(
      { kind: 'variable', id, ...(secretName === null ? {} : { secretName }) },
      value
    )
  ]
  if (rule.json) {
    try {
      pyJsonLoads(value)
    } catch (error) {
      if (!(error instanceof PyError)) throw error
      const entries = context.profiles.map((profile) => ({
        profile,
        finding: make(
          subject,
          'error',
          'variable-not-json',
          `The value is not JSON (${error.pyClass === 'json.decoder.JSONDecodeError' ? 'JSONDecodeError' : error.pyClass}: ${safePyMessage(error)}); ${jsonConsequence(profile)}.`,
          'Store valid JSON (double-quoted keys and strings, no trailing commas or comments).'
        )
      }))
      findings.push(...mergeByProfile(entries, context.profiles))
    }
  }
  let matches = true
  try {
    matches =
      !rule.pattern || rule.pattern.fullmatch(value, context.regexEngine)
  } catch (error) {
    if (!(error instanceof PyRegexBudgetError)) throw error
    findings.push(
      make(
        subject,
        'error',
        'variable-pattern-timeout',
        `The pattern of '${id}' ${error.message}; the value was not checked against it.`,
        'Rewrite the pattern without nested or repeated quantifiers (for example ^(a+)+$ becomes ^a+$).'
      )
    )
  }
  if (rule.pattern && !matches)
    findings.push(
      make(
        subject,
        'error',
        'variable-pattern-mismatch',
        `The value does not match the pattern ${rule.pattern.source}.`,
        'Update the value, or the pattern in the manifest.'
      )
    )
  return {
    secretName,
    status: statusFor(findings),
    findings: dedupe(findings),
    masks: []
  }
}
