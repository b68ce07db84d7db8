import type { Finding, SecretKind } from '../findings.js'

/** The verdict on one required connection or variable. */
export type ItemStatus =
  'valid' | 'warning' | 'invalid' | 'missing' | 'unreadable' | 'skipped'

export interface ReportItem {
  readonly kind: SecretKind
  readonly id: string
  /** null when the backend would not look the id up (prefix null, pattern). */
  readonly secretName: string | null
  readonly status: ItemStatus
  /** For connections that parsed: the conn_type Airflow builds. */
  readonly connType?: string
  /** For connections that parsed: which of host, login, password, schema, port, extra are set. */
  readonly fieldsSet?: readonly string[]
  readonly findings: readonly Finding[]
  /** Where the manifest declares the item, for annotations. */
  readonly source?: { readonly file: string; readonly line: number }
}

export interface ReportCounts {
  readonly checked: number
  readonly errors: number
  readonly warnings: number
  readonly missing: number
  readonly invalid: number
}

/** Everything one run found. Serialised as the JSON report; never a value. */
export interface Report {
  readonly version: 1
  readonly manifest: string | null
  readonly airflow: string
  /** Where the Airflow release came from. */
  readonly airflowSource?: string
  /** The Amazon provider version checked, and where it came from. */
  readonly amazonProvider?: string
  readonly amazonProviderSource?: string
  readonly profiles: readonly string[]
  /** `env-only`: nothing was read; no item is valid, missing or invalid. */
  readonly mode: 'values' | 'existence' | 'env-only'
  readonly failOn: 'error' | 'warning' | 'never'
  readonly valid: boolean
  readonly counts: ReportCounts
  readonly items: readonly ReportItem[]
  /** Findings about the settings themselves (backend kwargs, manifest). */
  readonly settingsFindings: readonly Finding[]
  readonly backend: string
  readonly backendKwargs: string
  /** Where and how Secrets Manager was read; absent when it was not. */
  readonly aws?: ReportAws
}

/** Where and how Secrets Manager was read. */
export interface ReportAws {
  readonly region: string
  /** Where the region came from (`the backend kwargs' region_name`, `AWS_REGION`, ...). */
  readonly regionSource: string
  /** The backend kwargs' endpoint_url, when it set the endpoint. */
  readonly endpoint: string | null
  /**
   * The operation that answered: BatchGetSecretValue, or GetSecretValue when
   * batching was denied (mode values); ListSecrets, or DescribeSecret when
   * listing was denied (mode existence). Null when no secret was asked for.
   */
  readonly operation: string | null
}
