/**
 * A finding is one problem with one secret, or with the settings. Messages
 * never contain a secret value or any part of it.
 */
export type Severity = 'error' | 'warning'

export type SecretKind = 'connection' | 'variable' | 'config'

export interface Finding {
  /** Stable, kebab-case; listed in docs/errors.md. */
  readonly code: string
  readonly severity: Severity
  readonly kind: SecretKind
  /** The conn_id or variable key. */
  readonly id: string
  /** The Secrets Manager secret name, when there is one. */
  readonly secretName?: string
  readonly message: string
  /** What to do about it. */
  readonly hint?: string
  /** The Airflow profiles it applies to, when not all of them. */
  readonly profiles?: readonly string[]
  /** Where in the repository it is, when not the manifest entry (e.g. DAG code). */
  readonly location?: { readonly file: string; readonly line: number }
}

/**
 * What follows when Airflow's secrets backend raises: the sentence ending
 * the message of every such finding. Renderers that show it once for all
 * rows strip it from each message.
 */
export const FALLS_THROUGH =
  'Airflow logs the exception and tries the next secrets backend, so tasks see "isn\'t defined" (or silently use another definition of the same id)'

/** Counts findings by severity. */
export function countBySeverity(findings: readonly Finding[]): {
  errors: number
  warnings: number
} {
  let errors = 0
  let warnings = 0
  for (const finding of findings)
    if (finding.severity === 'error') errors++
    else warnings++
  return { errors, warnings }
}
