/**
 * The check pipeline the action and the CLI both run: manifest → DAG scan →
 * plan → reads (AWS or the local project) → report. I/O goes through
 * adapters; what a product shows, writes or exits with is its own business,
 * so everything it needs comes in as plain options and callbacks.
 */
import type { PyDict } from '../core/airflow/python/value.js'
import type { ResolvedRegion } from '../core/aws/inputs.js'
import { InputError } from '../core/errors.js'
import type { Finding } from '../core/findings.js'
import type { DiscoveredItem } from '../core/gate/discover.js'
import {
  type FailOn,
  type GateInput,
  type GatePlan,
  type GateResult,
  type Mode,
  buildReport,
  planGate
} from '../core/gate/plan.js'
import type { SecretRead } from '../core/gate/secret-read.js'
import {
  loadErrorFindings,
  localGateInput,
  localReads,
  undeclaredFindings
} from '../core/local/definitions.js'
import {
  type AwsHooks,
  type CredentialSource,
  type RegionRequest,
  chooseRegion,
  readFromAws
} from './aws-reads.js'
import { type DagScanRequest, scanDags } from './dag-scan.js'
import { type LocalProject, loadLocalProject } from './local-reads.js'
import {
  type LoadedManifest,
  type ManifestRequest,
  loadManifestFile
} from './manifest-file.js'

/** Where the values come from. */
export type CheckSource =
  | {
      readonly kind: 'aws'
      readonly region: RegionRequest
      readonly credentials: CredentialSource
      readonly maxConcurrency: number
      readonly maxAttempts?: number | undefined
      readonly retryMode?: 'standard' | 'adaptive' | undefined
    }
  | {
      readonly kind: 'local'
      /** The Astro project folder (absolute). */
      readonly project: string
    }

export interface CheckHooks extends AwsHooks {
  /** Runs one phase of the check under a name (log groups in the action). */
  readonly group: <T>(name: string, phase: () => Promise<T>) => Promise<T>
  /** Runs after planning and before any secret is read: check that the results can be written. */
  readonly beforeReads?: (plan: GatePlan) => Promise<void>
  /** Receives every manifest problem before the run fails on them. */
  readonly onManifestProblems: ManifestRequest['onProblems']
}

export interface CheckRequest {
  readonly manifest: Omit<ManifestRequest, 'onProblems'>
  /** Ids listed outside the manifest (the action's connections/variables inputs). */
  readonly extraConnections?: readonly string[]
  readonly extraVariables?: readonly string[]
  /** Backend kwargs given outside the manifest (the backend-kwargs input). */
  readonly backendKwargs?: PyDict | undefined
  readonly airflowVersion?: string | undefined
  readonly mode: Mode
  readonly failOn: FailOn
  /** The DAG folder to scan for undeclared ids; null folder for no scan. */
  readonly dags: Omit<DagScanRequest, 'declared'>
  readonly source: CheckSource
  /** Bounds the AWS part of the run (credentials and reads). */
  readonly timeoutSeconds: number
  readonly env: NodeJS.ProcessEnv
  readonly hooks: CheckHooks
}

export interface CheckRun {
  readonly manifest: LoadedManifest
  readonly input: GateInput
  /** The plan, its settings findings including DAG and local-file findings. */
  readonly plan: GatePlan
  readonly result: GateResult
  readonly undeclared: readonly DiscoveredItem[]
  /** The region read from (AWS), or that the env file names; null when none. */
  readonly region: ResolvedRegion | null
  /** The local project, when the source is local. */
  readonly local: LocalProject | null
}

const plural = (n: number, word: string): string =>
  `${n} ${word}${n === 1 ? '' : 's'}`

/** Runs the check; throws one-line errors (InputError, AwsCallError, ...). */
export async function runCheck(request: CheckRequest): Promise<CheckRun> {
  const { hooks, source } = request
  const manifest = await hooks.group('Manifest', async () => {
    const loaded = await loadManifestFile({
      ...request.manifest,
      onProblems: hooks.onManifestProblems
    })
    if (loaded.shown !== null) hooks.info(`Manifest ${loaded.shown}.`)
    return loaded
  })
  const extraConnections = request.extraConnections ?? []
  const extraVariables = request.extraVariables ?? []
  const scan = await scanDags({
    ...request.dags,
    declared: {
      connections: new Set([
        ...manifest.manifest.connections.map((item) => item.id),
        ...extraConnections
      ]),
      variables: new Set([
        ...manifest.manifest.variables.map((item) => item.id),
        ...extraVariables
      ])
    }
  })
  if (request.dags.folder !== null && scan.filesScanned > 0)
    hooks.info(
      `Scanned ${plural(scan.filesScanned, 'DAG file')}: ${scan.missing.length} ${scan.missing.length === 1 ? 'id' : 'ids'} used but not declared.`
    )

  const baseInput: GateInput = {
    manifestPath: manifest.shown,
    manifest: manifest.manifest,
    extraConnections,
    extraVariables,
    ...(request.backendKwargs ? { backendKwargs: request.backendKwargs } : {}),
    ...(request.airflowVersion
      ? { airflowVersion: request.airflowVersion }
      : {}),
    mode: request.mode,
    failOn: request.failOn
  }
  const local =
    source.kind === 'local'
      ? await loadLocalProject(source.project, request.manifest.cwd)
      : null
  if (local)
    for (const { used } of local.chosen.values()) hooks.mask(used.value)
  const input = local ? localGateInput(baseInput, local.chosen) : baseInput
  const planned = planGate(input)
  const extraFindings: Finding[] = [
    ...(local ? loadErrorFindings(local.errors) : []),
    ...undeclaredFindings(scan.missing)
  ]
  const plan: GatePlan =
    extraFindings.length === 0
      ? planned
      : {
          ...planned,
          settingsFindings: [...planned.settingsFindings, ...extraFindings]
        }
  await hooks.beforeReads?.(plan)
  hooks.info(
    `Checking ${plan.entries.length} connections and variables (${plural(plan.names.length, 'secret')}) for Airflow ${plan.airflow} in mode ${request.mode}.`
  )

  let reads: ReadonlyMap<string, SecretRead> = new Map()
  let region: ResolvedRegion | null = null
  if (local) {
    hooks.info(
      local.files.length === 0
        ? `No local sources found (.env, airflow_settings.yaml, connections.*, variables.*).`
        : `Checking local sources: ${local.shownFiles.join(', ')}.`
    )
    reads = localReads(plan, local.chosen, request.mode !== 'existence')
  } else if (source.kind === 'aws') {
    const backendRegion = plan.settings.regionName ?? null
    const regionRequest = { ...source.region, backendRegion }
    if (request.mode === 'env-only' || plan.names.length === 0)
      region = await chooseRegion(regionRequest, request.env).catch(
        (error: unknown) => {
          // Nothing is read: a region is only needed for the env file.
          if (error instanceof InputError && error.code === 'input-missing')
            return null
          throw error
        }
      )
    else {
      const aws = await hooks.group(
        `Reading ${plural(plan.names.length, 'secret')} from AWS Secrets Manager`,
        () =>
          readFromAws({
            names: plan.names,
            mode: request.mode === 'existence' ? 'existence' : 'values',
            region: regionRequest,
            credentials: source.credentials,
            maxConcurrency: source.maxConcurrency,
            maxAttempts: source.maxAttempts,
            retryMode: source.retryMode,
            timeoutSeconds: request.timeoutSeconds,
            env: request.env,
            hooks
          })
      )
      reads = aws.reads
      region = aws.region
    }
  }
  const result = buildReport(input, plan, reads)
  // Everything derived from a value is masked before anything is shown.
  for (const secret of result.masks) hooks.mask(secret)
  return {
    manifest,
    input,
    plan,
    result,
    undeclared: scan.missing,
    region,
    local
  }
}
