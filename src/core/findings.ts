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
