/** Small Report builders for pull-request comment tests. */
import type { Finding } from '../../src/core/findings.js'
import type {
  ItemStatus,
  Report,
  ReportItem
} from '../../src/core/gate/report.js'

export function item(
  kind: 'connection' | 'variable',
  id: string,
  status: ItemStatus,
  findings: readonly Omit<Finding, 'kind' | 'id'>[] = []
): ReportItem {
  const prefix = kind === 'connection' ? 'connections' : 'variables'
  return {
    kind,
    id,
    secretName: `airflow/${prefix}/${id}`,
    status,
    findings: findings.map((f) => ({ ...f, kind, id }))
  }
}

export function missing(
  kind: 'connection' | 'variable',
  id: string
): ReportItem {
  const prefix = kind === 'connection' ? 'connections' : 'variables'
  return item(kind, id, 'missing', [
    {
      code: 'secret-not-found',
      severity: 'error',
      message: `No secret \`airflow/${prefix}/${id}\` in Secrets Manager.`,
      hint: `Create it: \`aws secretsmanager create-secret --name airflow/${prefix}/${id}\``
    }
  ])
}

/** A report over `items`, with counts and validity derived from them. */
export function report(
  items: readonly ReportItem[],
  overrides: Partial<Report> = {}
): Report {
  const findings = items.flatMap((i) => i.findings)
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors
  return {
    version: 1,
    manifest: 'airflow-secrets.yml',
    airflow: '3',
    profiles: ['af3_2_server', 'af3_2_task'],
    mode: 'values',
    failOn: 'error',
    valid: errors === 0,
    counts: {
      checked: items.length,
      errors,
      warnings,
      missing: items.filter((i) => i.status === 'missing').length,
      invalid: items.filter((i) => i.status === 'invalid').length
    },
    items,
    settingsFindings: [],
    backend:
      'airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend',
    backendKwargs:
      '{"connections_prefix":"airflow/connections","variables_prefix":"airflow/variables"}',
    ...overrides
  }
}
