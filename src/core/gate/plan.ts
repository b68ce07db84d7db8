/**
 * The gate, without I/O: which secrets to read for a manifest, and the
 * report once they are read. The action and the CLI share it.
 */
import {
  type ConnectionRule,
  type ParseVia,
  type Verdict,
  type VariableRule,
  evaluateConnection,
  evaluateVariable
} from './evaluate.js'
import { InputError } from '../errors.js'
import { type Finding, type SecretKind, countBySeverity } from '../findings.js'
import type { Manifest, ManifestItem } from './manifest.js'
import {
  type Profile,
  ReleaseError,
  resolveRelease
} from '../airflow/profiles.js'
import type { PyDict } from '../airflow/python/value.js'
import type { RegexEngine } from '../airflow/python/regex.js'
import type { ItemStatus, Report, ReportAws, ReportItem } from './report.js'
import {
  type AmazonProvider,
  type BackendSettings,
  type SecretLookup,
  NEWEST_PROVIDER,
  SECRETS_MANAGER_BACKEND,
  parseBackendKwargs,
  parseProviderVersion,
  resolveSecretName,
  serializeBackendKwargs
} from '../airflow/secrets-manager.js'
import type { SecretRead } from './secret-read.js'

export type Mode = 'values' | 'existence' | 'env-only'
export type FailOn = 'error' | 'warning' | 'never'

/** The kwargs written when neither the manifest nor the input gives any. */
export const DEFAULT_BACKEND_KWARGS: PyDict = new Map([
  ['connections_prefix', 'airflow/connections'],
  ['variables_prefix', 'airflow/variables']
])

export interface GateInput {
  readonly manifestPath: string | null
  readonly manifest: Manifest
  /** Ids from the `connections`/`variables` inputs, added to the manifest's. */
  readonly extraConnections: readonly string[]
  readonly extraVariables: readonly string[]
  /** From the `backend-kwargs` input; replaces the manifest's `backend`. */
  readonly backendKwargs?: PyDict
  /** Where the Airflow release came from, in words ("Dockerfile line 1: ..."). */
  readonly airflowSource?: string
  /** The Amazon provider version checked and where it came from. */
  readonly amazonProvider?: {
    readonly version: string
    readonly source: string
  }
  /** From the `airflow-version` input; overrides the manifest's `airflow`. */
  readonly airflowVersion?: string
  readonly mode: Mode
  readonly failOn: FailOn
  /**
   * How values reach Airflow: `secretsmanager` (default) or `direct` for
   * values from local files and env variables.
   */
  readonly via?: ParseVia
  /**
   * Evaluates manifest patterns that could backtrack catastrophically within
   * a time budget (off the main thread); without it they run inline.
   */
  readonly regexEngine?: RegexEngine
}

export interface PlanEntry {
  readonly kind: Exclude<SecretKind, 'config'>
  readonly id: string
  readonly rule: ConnectionRule | VariableRule
  readonly lookup: SecretLookup
  readonly line?: number
}

export interface GatePlan {
  readonly airflow: string
  readonly airflowSource: string
  readonly amazonProvider: { readonly version: string; readonly source: string }
  readonly profiles: readonly Profile[]
  readonly provider: AmazonProvider
  readonly settings: BackendSettings
  readonly settingsFindings: readonly Finding[]
  readonly entries: readonly PlanEntry[]
  /** The distinct secret names to read, in first-use order. */
  readonly names: readonly string[]
}

/**
 * Resolves versions, kwargs and secret names. Throws InputError when the
 * kwargs are unusable (Airflow would not start the backend at all).
 */
export function planGate(input: GateInput): GatePlan {
  const airflow = input.airflowVersion ?? input.manifest.airflow ?? '3'
  let profiles: readonly Profile[]
  try {
    profiles = resolveRelease(airflow).profiles
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error
    throw new InputError(
      input.airflowVersion === undefined ? 'manifest' : 'airflow-version',
      `airflow-version: ${error.message}.`
    )
  }
  const providerChoice = input.amazonProvider ?? {
    version: input.manifest.amazonProviderVersion ?? NEWEST_PROVIDER,
    source:
      input.manifest.amazonProviderVersion === undefined
        ? 'the newest modelled'
        : 'manifest amazon_provider'
  }
  const provider =
    parseProviderVersion(providerChoice.version)?.kwargs ??
    input.manifest.amazonProvider ??
    '9'
  const kwargs =
    input.backendKwargs ?? input.manifest.backend ?? DEFAULT_BACKEND_KWARGS
  const parsed = parseBackendKwargs(kwargs, provider)
  if (!parsed.settings) {
    const first = parsed.findings.find(
      (finding) => finding.severity === 'error'
    )
    throw new InputError(
      input.backendKwargs ? 'backend-kwargs' : 'manifest',
      `Backend kwargs unusable: ${first?.message ?? 'invalid'}`
    )
  }
  const settings = parsed.settings
  const entries: PlanEntry[] = []
  const add = (
    kind: PlanEntry['kind'],
    list: readonly ManifestItem<ConnectionRule | VariableRule>[],
    extra: readonly string[]
  ): void => {
    const seen = new Set<string>()
    for (const item of list) {
      seen.add(item.id)
      entries.push({
        kind,
        id: item.id,
        rule: item.rule,
        lookup: resolveSecretName(settings, kind, item.id, input.regexEngine),
        line: item.position.line
      })
    }
    for (const id of extra) {
      if (seen.has(id)) continue
      seen.add(id)
      entries.push({
        kind,
        id,
        rule: {},
        lookup: resolveSecretName(settings, kind, id, input.regexEngine)
      })
    }
  }
  add('connection', input.manifest.connections, input.extraConnections)
  add('variable', input.manifest.variables, input.extraVariables)
  const names = [
    ...new Set(
      entries.flatMap((entry) =>
        'name' in entry.lookup ? [entry.lookup.name] : []
      )
    )
  ]
  return {
    airflow,
    airflowSource:
      input.airflowSource ??
      (input.airflowVersion !== undefined
        ? 'the airflow-version input'
        : input.manifest.airflow !== undefined
          ? 'the manifest'
          : 'the default'),
    amazonProvider: providerChoice,
    profiles,
    provider,
    settings,
    settingsFindings: parsed.findings,
    entries,
    names
  }
}

const FAILING: Record<FailOn, (item: ReportItem) => boolean> = {
  error: (item) =>
    item.findings.some((finding) => finding.severity === 'error'),
  warning: (item) => item.findings.length > 0,
  never: () => false
}

function settingsFail(findings: readonly Finding[], failOn: FailOn): number {
  if (failOn === 'never') return 0
  return findings.filter(
    (finding) => failOn === 'warning' || finding.severity === 'error'
  ).length
}

export interface GateResult {
  readonly report: Report
  /** Parts of values to mask before anything from the report is shown. */
  readonly masks: readonly string[]
  /** One line for the step's failure, or null when the gate passes. */
  readonly failure: string | null
}

type EvaluateContext = Parameters<typeof evaluateConnection>[4]

function evaluateContext(input: GateInput, plan: GatePlan): EvaluateContext {
  return {
    settings: plan.settings,
    profiles: plan.profiles,
    via: input.via ?? 'secretsmanager',
    ...(input.regexEngine ? { regexEngine: input.regexEngine } : {})
  }
}

function judge(
  input: GateInput,
  entry: PlanEntry,
  read: SecretRead | undefined,
  context: EvaluateContext
): Verdict {
  if (input.mode === 'env-only')
    return {
      secretName: 'name' in entry.lookup ? entry.lookup.name : null,
      status: 'skipped',
      findings: [],
      masks: []
    }
  return entry.kind === 'connection'
    ? evaluateConnection(entry.id, entry.rule, entry.lookup, read, context)
    : evaluateVariable(entry.id, entry.rule, entry.lookup, read, context)
}

/** Verdicts worked out before buildReport, each with the read it judged. */
export type EarlyVerdicts = ReadonlyMap<
  PlanEntry,
  { readonly read: SecretRead; readonly verdict: Verdict }
>

/**
 * Judges entries while other secrets are still being read: `judge(read)`
 * evaluates, as buildReport would, every entry that looks that secret up.
 * buildReport takes a verdict from here only when the entry's final read is
 * the very object judged (a read replaced later, after a retry or a
 * DescribeSecret, is judged again there).
 */
export function earlyVerdicts(
  input: GateInput,
  plan: GatePlan
): {
  readonly judge: (read: SecretRead) => void
  readonly verdicts: EarlyVerdicts
} {
  const context = evaluateContext(input, plan)
  const byName = new Map<string, PlanEntry[]>()
  for (const entry of plan.entries)
    if ('name' in entry.lookup) {
      const list = byName.get(entry.lookup.name)
      if (list) list.push(entry)
      else byName.set(entry.lookup.name, [entry])
    }
  const verdicts = new Map<
    PlanEntry,
    { readonly read: SecretRead; readonly verdict: Verdict }
  >()
  return {
    judge: (read) => {
      for (const entry of byName.get(read.name) ?? []) {
        try {
          verdicts.set(entry, {
            read,
            verdict: judge(input, entry, read, context)
          })
        } catch {
          // buildReport judges it again and reports what went wrong there.
          verdicts.delete(entry)
        }
      }
    },
    verdicts
  }
}

/**
 * Evaluates every entry against what was read, and the verdict; `early`
 * holds verdicts already worked out for some of the same reads.
 */
export function buildReport(
  input: GateInput,
  plan: GatePlan,
  reads: ReadonlyMap<string, SecretRead>,
  aws?: ReportAws,
  early?: EarlyVerdicts
): GateResult {
  const context = evaluateContext(input, plan)
  const masks: string[] = []
  const items: ReportItem[] = plan.entries.map((entry) => {
    const read =
      'name' in entry.lookup ? reads.get(entry.lookup.name) : undefined
    const known = early?.get(entry)
    const verdict =
      known !== undefined && read !== undefined && known.read === read
        ? known.verdict
        : judge(input, entry, read, context)
    masks.push(...verdict.masks)
    return {
      kind: entry.kind,
      id: entry.id,
      secretName: verdict.secretName,
      status: verdict.status,
      ...(verdict.connType === undefined ? {} : { connType: verdict.connType }),
      ...(verdict.fieldsSet === undefined
        ? {}
        : { fieldsSet: verdict.fieldsSet }),
      findings: verdict.findings,
      ...(entry.line !== undefined && input.manifestPath !== null
        ? { source: { file: input.manifestPath, line: entry.line } }
        : {})
    }
  })
  const all = [
    ...plan.settingsFindings,
    ...items.flatMap((item) => item.findings)
  ]
  const { errors, warnings } = countBySeverity(all)
  const count = (statuses: readonly ItemStatus[]): number =>
    items.filter((item) => statuses.includes(item.status)).length
  const failing = items.filter(FAILING[input.failOn]).length
  const badSettings = settingsFail(plan.settingsFindings, input.failOn)
  const valid = failing === 0 && badSettings === 0
  const parts: string[] = []
  if (badSettings > 0)
    parts.push(
      `the backend kwargs have ${badSettings} problem${badSettings > 1 ? 's' : ''}`
    )
  if (failing > 0 || parts.length === 0)
    parts.push(
      `${failing} of ${items.length} ${items.length === 1 ? 'secret' : 'secrets'} failed`
    )
  const report: Report = {
    version: 1,
    manifest: input.manifestPath,
    airflow: plan.airflow,
    airflowSource: plan.airflowSource,
    amazonProvider: plan.amazonProvider.version,
    amazonProviderSource: plan.amazonProvider.source,
    profiles: plan.profiles,
    mode: input.mode,
    failOn: input.failOn,
    valid,
    counts: {
      checked: items.length,
      errors,
      warnings,
      // env-only reads nothing, so nothing is known to be missing.
      missing: input.mode === 'env-only' ? 0 : count(['missing', 'skipped']),
      invalid: count(['invalid', 'unreadable'])
    },
    items,
    settingsFindings: plan.settingsFindings,
    backend: SECRETS_MANAGER_BACKEND,
    backendKwargs: serializeBackendKwargs(plan.settings.kwargs),
    ...(aws === undefined ? {} : { aws })
  }
  const failure = valid
    ? null
    : `${parts.join('; ')}; see the job summary (fail-on: ${input.failOn}).`
  return {
    report,
    masks,
    failure: failure ? failure.charAt(0).toUpperCase() + failure.slice(1) : null
  }
}

/** The variables written for `astro deployment variable update --load --env`. */
export function astroEnvVariables(
  plan: Pick<GatePlan, 'settings'>,
  region: string | null
): [string, string][] {
  const variables: [string, string][] = [
    ['AIRFLOW__SECRETS__BACKEND', SECRETS_MANAGER_BACKEND],
    [
      'AIRFLOW__SECRETS__BACKEND_KWARGS',
      serializeBackendKwargs(plan.settings.kwargs)
    ]
  ]
  // The kwargs' region_name is where Airflow reads: the env never says
  // otherwise. Without it, `region` (the one the secrets were read in).
  const known = plan.settings.regionName ?? region
  if (known) variables.push(['AWS_DEFAULT_REGION', known])
  return variables
}

/** The command that applies the env file to a deployment. */
export function astroUpdateCommand(
  envFile: string,
  deploymentId = '<deployment-id>'
): string {
  return `astro deployment variable update --deployment-id ${deploymentId} --load --env ${envFile} --secret`
}
