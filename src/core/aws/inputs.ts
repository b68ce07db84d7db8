/**
 * Validation of the AWS inputs (role, region, session, retries). Pure: the
 * caller passes the input text and the environment it read.
 */
import { InputError } from '../errors.js'

/** Partitions whose IAM role ARNs are accepted. */
export const PARTITIONS = [
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc'
] as const

/**
 * `arn:<partition>:iam::<12-digit account>:role/<path/>name`. IAM paths may
 * hold any printable ASCII but `/` between slashes; names are
 * `[\w+=,.@-]{1,64}`.
 */
export const ROLE_ARN_PATTERN = new RegExp(
  `^arn:(?:${PARTITIONS.join('|')}):iam::\\d{12}:role/(?:[\\x21-\\x2e\\x30-\\x7e]+/)*[\\w+=,.@-]{1,64}$`
)

/** AWS region codes: `us-east-1`, `us-gov-west-1`, `cn-north-1`, ... */
export const REGION_PATTERN = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/

/** The characters STS allows in a role session name. */
export const SESSION_NAME_PATTERN = /^[\w+=,.@-]{2,64}$/

export const DURATION_MIN = 900
export const DURATION_MAX = 43200

const EXAMPLE_ARN = 'arn:aws:iam::123456789012:role/airflow-secrets-gate'

/** Checks `role-to-assume`; returns the ARN, trimmed. */
export function validateRoleArn(input: string): string {
  const arn = input.trim()
  if (ROLE_ARN_PATTERN.test(arn)) return arn
  const hint = /^arn:[^:]*:sts::/.test(arn)
    ? ' (that is an assumed-role session ARN; use the IAM role ARN)'
    : /^[\w+=,.@-]+$/.test(arn)
      ? ' (a bare role name is not enough; give the full ARN)'
      : ''
  throw new InputError(
    'role-to-assume',
    `Input role-to-assume must be an IAM role ARN like ${EXAMPLE_ARN}; got "${arn}"${hint}.`
  )
}

export interface ResolvedRegion {
  readonly region: string
  /** Where it came from: the input, an env variable or the fallback. */
  readonly source: string
}

export interface RegionCandidate {
  /** Where the value comes from, as messages name it (`Input aws-region`, `--region`, `AWS_REGION`). */
  readonly source: string
  readonly region: string | undefined
}

/**
 * The first candidate that is set (after trimming), checked against
 * REGION_PATTERN. The one region rule of the action and the CLI: they differ
 * only in the candidates they pass. `input` names the setting in errors.
 */
export function pickRegion(
  candidates: readonly RegionCandidate[],
  input: string,
  missing: string
): ResolvedRegion {
  for (const candidate of candidates) {
    const region = candidate.region?.trim() ?? ''
    if (region === '') continue
    if (!REGION_PATTERN.test(region))
      throw new InputError(
        input,
        `${candidate.source} is not an AWS region code like us-east-1; got "${region}".`
      )
    return { region, source: candidate.source }
  }
  throw new InputError(input, missing, 'input-missing')
}

export interface SessionContext {
  /** `owner/repo` (GITHUB_REPOSITORY). */
  readonly repository?: string | undefined
  /** GITHUB_RUN_ID. */
  readonly runId?: string | undefined
  /** GITHUB_RUN_ATTEMPT. */
  readonly runAttempt?: string | undefined
}

/** Replaces characters STS rejects in a session name with `-`. */
export function sanitizeSessionName(text: string): string {
  return text.replace(/[^\w+=,.@-]+/g, '-')
}

/**
 * The role session name: the input when given (checked, not rewritten), else
 * `<owner>-<repo>-<run id>[-<attempt>]`, sanitised and cut to 64 characters
 * from the repository side so that the run id survives.
 */
export function roleSessionName(
  input: string,
  context: SessionContext
): string {
  const given = input.trim()
  if (given !== '') {
    if (SESSION_NAME_PATTERN.test(given)) return given
    throw new InputError(
      'role-session-name',
      `Input role-session-name must be 2 to 64 characters from letters, digits and _+=,.@-; got "${given}" (${given.length} characters).`
    )
  }
  const repository = sanitizeSessionName(context.repository?.trim() ?? '')
  const attempt = context.runAttempt?.trim() ?? ''
  const run = sanitizeSessionName(
    [context.runId?.trim() ?? '', attempt === '1' ? '' : attempt]
      .filter((part) => part !== '')
      .join('-')
  ).slice(0, 40)
  if (repository === '' && run === '') return 'astro-secrets-gate'
  if (run === '') return repository.slice(0, 64).padEnd(2, '-')
  if (repository === '') return `astro-secrets-gate-${run}`.slice(0, 64)
  const room = 64 - run.length - 1
  return `${repository.slice(0, room)}-${run}`
}

/** Parses a whole number input within [min, max]; `fallback` when empty. */
export function parseIntegerInput(
  name: string,
  input: string,
  fallback: number,
  min: number,
  max: number
): number {
  const text = input.trim()
  if (text === '') return fallback
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (Number.isSafeInteger(value) && value >= min && value <= max) return value
  // A CLI flag (`--max-concurrency`) is named as typed; an input as `Input x`.
  const flag = name.startsWith('--')
  throw new InputError(
    flag ? name.slice(2) : name,
    `${flag ? name : `Input ${name}`} must be a whole number from ${min} to ${max}; got "${text}".`
  )
}

/** `role-duration-seconds`: 900 (the default) to 43200. */
export function parseDurationSeconds(input: string): number {
  return parseIntegerInput(
    'role-duration-seconds',
    input,
    DURATION_MIN,
    DURATION_MIN,
    DURATION_MAX
  )
}

/** `max-concurrency`: 1 to 64, default 8. */
export function parseMaxConcurrency(
  input: string,
  name = 'max-concurrency'
): number {
  return parseIntegerInput(name, input, 8, 1, 64)
}

/** `max-attempts`: 1 to 20, default 5. */
export function parseMaxAttempts(input: string): number {
  return parseIntegerInput('max-attempts', input, 5, 1, 20)
}

export type RetryMode = 'standard' | 'adaptive'

/** `retry-mode`: `standard` (default) or `adaptive`. */
export function parseRetryMode(input: string): RetryMode {
  const mode = input.trim().toLowerCase()
  if (mode === '' || mode === 'standard') return 'standard'
  if (mode === 'adaptive') return 'adaptive'
  throw new InputError(
    'retry-mode',
    `Input retry-mode must be standard or adaptive; got "${input.trim()}".`
  )
}

/** `audience`: default `sts.amazonaws.com`; no whitespace or commas. */
export function parseAudience(input: string): string {
  const audience = input.trim()
  if (audience === '') return 'sts.amazonaws.com'
  if (/^[^\s,]{1,255}$/.test(audience)) return audience
  throw new InputError(
    'audience',
    `Input audience must be one audience such as sts.amazonaws.com; got "${audience}".`
  )
}
