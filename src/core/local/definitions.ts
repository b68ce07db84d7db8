/**
 * The gate on local files instead of Secrets Manager: which local definition
 * Airflow would use for each id, the reads the engine evaluates, and
 * findings for load errors and for ids the DAGs use but the manifest lacks.
 * Pure: takes what the adapters loaded.
 */
import type { DiscoveredItem } from '../gate/discover.js'
import type { Finding } from '../findings.js'
import {
  DEFAULT_BACKEND_KWARGS,
  type GateInput,
  type GatePlan
} from '../gate/plan.js'
import type { LoadError, LocalItem, LocalSourceKind } from './sources.js'
import type { Report, ReportItem } from '../gate/report.js'
import type { LocalOrigin, SecretRead } from '../gate/secret-read.js'

/**
 * How Airflow reads a local item: a string in a LocalFilesystemBackend file
 * is always `Connection(uri=...)` (even when it looks like JSON), a mapping
 * is built from its fields, an environment variable is stripped and parsed
 * as JSON when it starts with `{`.
 */
export function localOrigin(item: LocalItem): LocalOrigin {
  if (item.env === true) return 'env'
  if (item.format === 'fields') return 'json'
  return item.format === 'uri' ? 'uri' : 'env'
}

/**
 * Airflow's search order: the configured secrets backend
 * (LocalFilesystemBackend files), then environment variables (an Astro
 * project's `.env`), then the metastore (`airflow_settings.yaml`).
 */
export const LOCAL_SOURCE_RANK: Record<LocalSourceKind, number> = {
  connections: 0,
  variables: 0,
  'astro-env': 1,
  'airflow-settings': 2
}

/** The definition Airflow uses for one id, and the ones it hides. */
export interface LocalDefinition {
  readonly used: LocalItem
  readonly shadowed: readonly LocalItem[]
}

const keyOf = (kind: string, id: string): string => `${kind}\u0000${id}`

/**
 * Groups local items by kind and id and picks the one Airflow finds first
 * (by the rank of the file's kind, then file order, then the last entry of
 * a file, as its readers keep the last value of a repeated key).
 */
export function chooseLocalDefinitions(
  items: readonly LocalItem[],
  kindOfFile: (file: string) => LocalSourceKind | undefined
): Map<string, LocalDefinition> {
  const rank = (item: LocalItem): number => {
    const kind = kindOfFile(item.source.file)
    return kind === undefined ? 3 : LOCAL_SOURCE_RANK[kind]
  }
  const groups = new Map<string, LocalItem[]>()
  items.forEach((item) => {
    const key = keyOf(item.kind, item.id)
    groups.set(key, [...(groups.get(key) ?? []), item])
  })
  const chosen = new Map<string, LocalDefinition>()
  for (const [key, list] of groups) {
    const ordered = list
      .map((item, index) => ({ item, index }))
      .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
      .map(({ item }) => item)
    const [used, ...shadowed] = ordered
    if (used) chosen.set(key, { used, shadowed })
  }
  return chosen
}

/** The definition for one kind and id, if any local file has it. */
export function localDefinition(
  chosen: ReadonlyMap<string, LocalDefinition>,
  kind: string,
  id: string
): LocalDefinition | undefined {
  return chosen.get(keyOf(kind, id))
}

/**
 * The gate input for local files: every local id the manifest lacks is
 * checked too (with no rule), the default prefixes give every id a name,
 * and values are parsed the way the local backends pass them to Airflow.
 */
export function localGateInput(
  input: GateInput,
  chosen: ReadonlyMap<string, LocalDefinition>
): GateInput {
  const declared = {
    connection: new Set(input.manifest.connections.map((item) => item.id)),
    variable: new Set(input.manifest.variables.map((item) => item.id))
  }
  const extra = { connection: [] as string[], variable: [] as string[] }
  for (const { used } of chosen.values())
    if (!declared[used.kind].has(used.id)) extra[used.kind].push(used.id)
  return {
    ...input,
    manifest: { ...input.manifest, backend: DEFAULT_BACKEND_KWARGS },
    extraConnections: [...input.extraConnections, ...extra.connection],
    extraVariables: [...input.extraVariables, ...extra.variable],
    via: 'direct'
  }
}

/**
 * One read per planned name: `found` with the local value, or `not-found`.
 * In existence mode the value is left out, as AWS's DescribeSecret does.
 */
export function localReads(
  plan: Pick<GatePlan, 'entries'>,
  chosen: ReadonlyMap<string, LocalDefinition>,
  withValues = true
): Map<string, SecretRead> {
  const reads = new Map<string, SecretRead>()
  for (const entry of plan.entries) {
    if (!('name' in entry.lookup)) continue
    const name = entry.lookup.name
    const definition = chosen.get(keyOf(entry.kind, entry.id))
    reads.set(
      name,
      definition
        ? {
            name,
            status: 'found',
            origin: localOrigin(definition.used),
            ...(withValues ? { value: definition.used.value } : {})
          }
        : { name, status: 'not-found' }
    )
  }
  return reads
}

/**
 * The load errors less the quoted-value warnings that the value lints
 * repeat: a warning on the line of a definition the check reads with its
 * value already comes back as that item's `value-quoted` finding, and
 * would otherwise be counted twice. `where` gives a definition's place as
 * the errors name theirs (`file:line`).
 */
export function withoutLintedQuotes(
  errors: readonly LoadError[],
  plan: Pick<GatePlan, 'entries'>,
  chosen: ReadonlyMap<string, LocalDefinition>,
  where: (definition: LocalDefinition) => string = ({ used }) =>
    `${used.source.file}:${used.source.line}`
): LoadError[] {
  const linted = new Set<string>()
  for (const entry of plan.entries) {
    if (!('name' in entry.lookup)) continue
    const definition = chosen.get(keyOf(entry.kind, entry.id))
    if (definition) linted.add(where(definition))
  }
  return errors.filter(
    (error) =>
      error.quotedValue !== true || !linted.has(`${error.file}:${error.line}`)
  )
}

/** Load errors and warnings as findings about the settings. */
export function loadErrorFindings(errors: readonly LoadError[]): Finding[] {
  return errors.map((error) => ({
    code:
      error.severity === 'error' ? 'local-load-error' : 'local-load-warning',
    severity: error.severity,
    kind: 'config',
    id: `${error.file}:${error.line}`,
    message: error.fatal
      ? `${error.message} (the whole file is rejected)`
      : error.message
  }))
}

/** A warning per id the DAG code uses that the manifest lacks. */
export function undeclaredFindings(
  missing: readonly DiscoveredItem[]
): Finding[] {
  return missing.map((item) => {
    const places = item.uses.map((use) => `${use.file}:${use.line}`)
    const where =
      places.length === 0
        ? ''
        : ` (${places.slice(0, 3).join(', ')}${places.length > 3 ? `, +${places.length - 3} more` : ''})`
    return {
      code: 'manifest-undeclared',
      severity: 'warning',
      kind: item.kind,
      id: item.id,
      message: `The DAGs use ${item.kind} '${item.id}'${where}, but the manifest does not declare it.`,
      ...(item.uses[0]
        ? { location: { file: item.uses[0].file, line: item.uses[0].line } }
        : {}),
      hint: `Add it to the manifest (astro-secrets-gate discover --write adds every missing id).`
    }
  })
}

const envName = (kind: string, id: string): string =>
  `AIRFLOW_${kind === 'connection' ? 'CONN' : 'VAR'}_${id.toUpperCase()}`

/**
 * The report for local files: no Secrets Manager names (nothing was read
 * from AWS), and "not found" said in terms of the local files.
 */
export function localizeReport(report: Report): Report {
  const items = report.items.map((item): ReportItem => {
    const findings = item.findings.map((finding): Finding => {
      const rest = Object.fromEntries(
        Object.entries(finding).filter(([key]) => key !== 'secretName')
      ) as unknown as Finding
      if (finding.code !== 'secret-not-found') return rest
      return {
        ...rest,
        code: 'local-not-found',
        message: `No local file defines ${item.kind} '${item.id}'.`,
        hint: `Define it in .env (${envName(item.kind, item.id)}=...), airflow_settings.yaml or a LocalFilesystemBackend ${item.kind}s file.`
      }
    })
    return { ...item, secretName: null, findings }
  })
  return { ...report, items }
}
