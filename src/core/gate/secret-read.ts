/**
 * What reading one secret from Secrets Manager came to. Adapters produce
 * these; the core turns them into findings. `value` is present only for
 * `found`, and callers mask it before anything else touches it.
 */
export type SecretReadStatus =
  | 'found'
  | 'not-found'
  | 'access-denied'
  | 'decrypt-failed'
  | 'scheduled-for-deletion'
  | 'binary-only'
  | 'throttled'
  | 'aws-error'

/**
 * How a local definition reaches Airflow: `uri` is `Connection(uri=value)`
 * (a string in a LocalFilesystemBackend file), `json` is
 * `Connection.from_json` (a mapping), `env` an environment variable (strip,
 * JSON when it starts with `{`).
 */
export type LocalOrigin = 'uri' | 'json' | 'env'

export interface SecretRead {
  /** The secret name that was asked for. */
  readonly name: string
  readonly status: SecretReadStatus
  /** The SecretString, only when status is `found` and values were read. */
  readonly value?: string
  /** The AWS error code (e.g. `ResourceNotFoundException`), when there was one. */
  readonly awsCode?: string
  /** A short, value-free description of what AWS said. */
  readonly detail?: string
  /** For a value from a local file: how Airflow reads it. */
  readonly origin?: LocalOrigin
}

/**
 * How Airflow's SecretsManagerBackend treats each status (spec §4.2–4.3):
 * which of them it reads as "not found" and which it raises (and the caller
 * then swallows, moving on to the next backend).
 */
export const AIRFLOW_SEES: Record<
  SecretReadStatus,
  'value' | 'not found' | 'raises'
> = {
  found: 'value',
  'not-found': 'not found',
  'decrypt-failed': 'not found',
  'scheduled-for-deletion': 'not found',
  'binary-only': 'not found',
  'access-denied': 'raises',
  throttled: 'raises',
  'aws-error': 'raises'
}
