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

/** A region one of the runner's sources names (env variable, SDK profile). */
export interface AmbientRegion {
  /** How to name it: `AWS_REGION`, `profile dev in the AWS config file`. */
  readonly source: string
  readonly value: string | undefined
}

export interface RegionSources {
  /**
   * The region the user gave this run: the action's `aws-region` input or
   * the CLI's `--region`. `input` names it in errors, `label` in messages
   * (`Input aws-region`, `--region`).
   */
  readonly explicit?: {
    readonly input: string
    readonly label: string
    readonly value: string | undefined
  }
  /** The backend kwargs' `region_name`; null when they name none. */
  readonly regionName: string | null
  /**
   * The runner's regions in precedence order: `AWS_REGION`,
   * `AWS_DEFAULT_REGION`, then (CLI) the SDK profile's.
   */
  readonly ambient: readonly AmbientRegion[]
  /** The one-line error when nothing names a region. */
  readonly missing: string
}

export interface ResolvedRegion {
  readonly region: string
  /** Where it came from, for the log and the report. */
  readonly source: string
  /** One log line: the region, its source, and any source it overrode. */
  readonly note: string
}

const trimmed = (value: string | undefined): string => value?.trim() ?? ''

/**
 * The region to read the secrets in: where Airflow reads them.
 *
 * The Amazon provider builds its Secrets Manager client with the backend
 * kwargs' `region_name`; only when the kwargs name none does boto3 fall back
 * to the deployment's environment (`AWS_DEFAULT_REGION`, which the env file
 * sets to the region returned here). So:
 *
 * 1. `region_name` decides. An explicit region that differs is an error
 *    naming both (`region-conflict`); the runner's `AWS_REGION`,
 *    `AWS_DEFAULT_REGION` or profile region are not used, and the note says
 *    so when they differ.
 * 2. Without `region_name`: the explicit region, else the first ambient one.
 * 3. Nothing: `missing`, as an `input-missing` error; with `required: false`
 *    (no AWS reads, e.g. mode env-only) the result is null instead.
 *
 * Every value must be a region code (`us-east-1`), else an `input-invalid`
 * error naming where it came from.
 */
export function resolveRegion(sources: RegionSources): ResolvedRegion
export function resolveRegion(
  sources: RegionSources,
  options: { readonly required?: boolean }
): ResolvedRegion | null
export function resolveRegion(
  sources: RegionSources,
  options: { readonly required?: boolean } = {}
): ResolvedRegion | null {
  const input = sources.explicit?.input ?? 'aws-region'
  const invalid = (label: string, value: string, name = input): InputError =>
    new InputError(
      name,
      `${label} is not an AWS region code like us-east-1; got "${value}".`
    )
  const explicit = trimmed(sources.explicit?.value)
  const label = sources.explicit?.label ?? 'Input aws-region'
  if (explicit !== '' && !REGION_PATTERN.test(explicit))
    throw invalid(label, explicit)
  const regionName = sources.regionName
  if (regionName !== null) {
    if (!REGION_PATTERN.test(regionName))
      throw invalid(
        "The backend kwargs' region_name",
        regionName,
        'region_name'
      )
    if (explicit !== '' && explicit !== regionName)
      throw new InputError(
        input,
        `${label} (${explicit}) contradicts the backend kwargs' region_name (${regionName}), the region Airflow reads the secrets in; remove ${label.replace(/^Input /, '')} or set it to ${regionName}.`,
        'region-conflict'
      )
    const source = `the backend kwargs' region_name${explicit === '' ? '' : ` (${label.replace(/^Input /, '')} agrees)`}`
    const overridden = sources.ambient
      .map((ambient) => [ambient.source, trimmed(ambient.value)] as const)
      .filter(([, value]) => value !== '' && value !== regionName)
      .map(([name, value]) => `${name} (${value})`)
    const note =
      overridden.length === 0
        ? `Region ${regionName} (from ${source}).`
        : `Region ${regionName} (from ${source}); not ${overridden.join(' or ')}, which Airflow's client does not use when region_name is set.`
    return { region: regionName, source, note }
  }
  const candidates: [string, string][] = [
    [label, explicit],
    ...sources.ambient.map(
      (ambient) => [ambient.source, trimmed(ambient.value)] as [string, string]
    )
  ]
  for (const [source, region] of candidates) {
    if (region === '') continue
    if (!REGION_PATTERN.test(region)) throw invalid(source, region)
    const from = source === label ? label.replace(/^Input /, '') : source
    return {
      region,
      source: from,
      note: `Region ${region} (from ${from}; the backend kwargs name no region_name, so Airflow reads in its AWS_DEFAULT_REGION, which the env file sets to ${region}).`
    }
  }
  if (options.required === false) return null
  throw new InputError(input, sources.missing, 'input-missing')
}

/**
 * The Secrets Manager endpoint the backend kwargs set: the provider passes
 * `endpoint_url` to its Secrets Manager client, where (as in boto3) it beats
 * `AWS_ENDPOINT_URL_SECRETS_MANAGER`. Null when the kwargs set none (or
 * None): the SDK's own endpoint then applies. The provider never uses it for
 * STS (its AssumeRole reads only `service_config.sts.endpoint_url`), and
 * neither does the gate.
 */
export function secretsEndpointOf(endpointUrl: unknown): string | null {
  if (endpointUrl === undefined || endpointUrl === null) return null
  const fail = (got: string): InputError =>
    new InputError(
      'endpoint_url',
      `The backend kwargs' endpoint_url must be an http(s) URL such as https://secretsmanager.us-east-1.amazonaws.com; got ${got}.`
    )
  if (typeof endpointUrl !== 'string') throw fail(`a ${typeof endpointUrl}`)
  let url: URL
  try {
    url = new URL(endpointUrl)
  } catch {
    throw fail('text that is not a URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw fail(`a ${url.protocol} URL`)
  return endpointUrl
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

/**
 * Secrets Manager requests in flight when max-concurrency is not set: 16
 * BatchGetSecretValue calls read 320 secrets a round trip. Above AWS's
 * 100 BatchGetSecretValue calls a second per region, the reads let fewer
 * requests out once AWS throttles (adapters/aws/secrets-reader.ts).
 */
export const DEFAULT_MAX_CONCURRENCY = 16

/** `max-concurrency`: 1 to 64, default DEFAULT_MAX_CONCURRENCY. */
export function parseMaxConcurrency(
  input: string,
  name = 'max-concurrency'
): number {
  return parseIntegerInput(name, input, DEFAULT_MAX_CONCURRENCY, 1, 64)
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
