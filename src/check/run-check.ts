/**
 * The check pipeline the action and the CLI both run: manifest → DAG scan →
 * plan → reads (AWS or the local project) → report. I/O goes through
 * adapters; what a product shows, writes or exits with is its own business,
 * so everything it needs comes in as plain options and callbacks.
 */
import { execAstro } from '../adapters/astro/exec.js'
import type { PyDict } from '../core/airflow/python/value.js'
import type { RegexEngine } from '../core/airflow/python/regex.js'
import type { DeploymentDrift } from '../core/astro/drift.js'
import type { ResolvedRegion } from '../core/aws/inputs.js'
import { InputError } from '../core/errors.js'
import { NEWEST_PROVIDER } from '../core/airflow/secrets-manager.js'
import { readProjectRelease } from '../adapters/fs/project-release.js'
import type { Finding } from '../core/findings.js'
import type { DiscoveredItem } from '../core/gate/discover.js'
import {
  type FailOn,
  type GateInput,
  type GatePlan,
  type GateResult,
  type EarlyVerdicts,
  type Mode,
  astroEnvVariables,
  buildReport,
  earlyVerdicts,
  planGate
} from '../core/gate/plan.js'
import type { ReportAws } from '../core/gate/report.js'
import { plural } from '../core/render/markdown.js'
import type { SecretRead } from '../core/gate/secret-read.js'
import {
  loadErrorFindings,
  localGateInput,
  localReads,
  undeclaredFindings,
  withoutLintedQuotes
} from '../core/local/definitions.js'
import { createRegexEngine } from '../adapters/regex/worker-engine.js'
import { idleQueue } from '../adapters/runtime/idle-queue.js'
import {
  type AwsHooks,
  type CredentialSource,
  type EarlyRole,
  type RegionRequest,
  assumeRoleEarly,
  chooseRegion,
  readFromAws
} from './aws-reads.js'
import { type DagScanRequest, scanDags } from './dag-scan.js'
import { checkDrift, validateDeploymentIds } from './drift.js'
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
  /** Runs once the manifest is read, before any AWS call: check that the results can be written. */
  readonly beforeAws?: (manifest: LoadedManifest) => Promise<void>
  /** Runs after planning and before any secret is read. */
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
  /** Astro deployments whose secrets backend is compared with the manifest's. */
  readonly drift?: DriftRequest | undefined
  /** Bounds the AWS part of the run (credentials and reads). */
  readonly timeoutSeconds: number
  /**
   * When the whole run must be over (epoch ms; the product's hard deadline
   * ends the process shortly after). AWS waits end at the earlier of this
   * and timeout-seconds from their start.
   */
  readonly deadlineAt?: number
  readonly env: NodeJS.ProcessEnv
  readonly hooks: CheckHooks
}

/** Which deployments to compare, through which Astro CLI. */
export interface DriftRequest {
  readonly deploymentIds: readonly string[]
  readonly workspaceId?: string | undefined
  /** Path or name of the astro executable (reads ASTRO_API_TOKEN from env). */
  readonly astro: string
}

export interface CheckRun {
  readonly manifest: LoadedManifest
  readonly input: GateInput
  /** The plan, its settings findings including DAG and local-file findings. */
  readonly plan: GatePlan
  readonly result: GateResult
  readonly undeclared: readonly DiscoveredItem[]
  /** One entry per deployment compared (its findings are in the report). */
  readonly drift: readonly DeploymentDrift[]
  /** The region read from (AWS), or that the env file names; null when none. */
  readonly region: ResolvedRegion | null
  /** The local project, when the source is local. */
  readonly local: LocalProject | null
}

/** The release `auto` falls back to when the project has no Dockerfile. */
const NO_DOCKERFILE_RELEASE = '3'

/**
 * The Airflow release and Amazon provider to check, and where each came
 * from: the airflow-version input, else the manifest's `airflow:`, else
 * (`auto`, the default) the project's Dockerfile; the manifest's
 * `amazon_provider:`, else the requirements.txt pin, else the newest.
 * Throws one line saying how to set `airflow:` when `auto` cannot tell.
 */
async function chooseRelease(
  request: CheckRequest,
  manifest: LoadedManifest
): Promise<
  Pick<GateInput, 'airflowVersion' | 'airflowSource' | 'amazonProvider'>
> {
  const fromInput = request.airflowVersion?.trim() || undefined
  const fromManifest = manifest.manifest.airflow?.trim() || undefined
  const requested = fromInput ?? fromManifest ?? 'auto'
  const folder =
    request.source.kind === 'local'
      ? request.source.project
      : request.manifest.cwd
  const project = await readProjectRelease(folder)
  const providerVersion = manifest.manifest.amazonProviderVersion
  const amazonProvider =
    providerVersion !== undefined
      ? { version: providerVersion, source: 'manifest amazon_provider' }
      : project.provider
        ? {
            version: project.provider.version,
            source: project.provider.source
          }
        : { version: NEWEST_PROVIDER, source: 'the newest modelled' }
  if (requested.toLowerCase() !== 'auto')
    return {
      airflowVersion: requested,
      airflowSource:
        fromInput !== undefined
          ? 'the airflow-version input'
          : 'manifest airflow',
      amazonProvider
    }
  if (project.airflow)
    return {
      airflowVersion: project.airflow.version,
      airflowSource: project.airflow.source,
      amazonProvider
    }
  // Without any Dockerfile (not an Astro project) `auto`, when it is only
  // the default, checks the newest release and says so.
  if (
    !project.hasDockerfile &&
    fromInput === undefined &&
    fromManifest === undefined
  )
    return {
      airflowVersion: NO_DOCKERFILE_RELEASE,
      airflowSource: `the default: no Dockerfile in the project; set airflow: to check your release`,
      amazonProvider
    }
  throw new InputError(
    fromInput !== undefined ? 'airflow-version' : 'manifest',
    `Cannot tell the Airflow release: ${project.reason ?? 'unknown'}.`,
    'airflow-release-unknown'
  )
}

/**
 * The OIDC role, assumed as soon as the manifest is read: the token and STS
 * round trips then overlap the DAG scan, planning and loading the Secrets
 * Manager client instead of following them. Only when the region the reads
 * go to is already certain (the backend kwargs' region_name, else the
 * explicit region or the environment's) and something is listed, so that a
 * run that reads nothing, or fails on its region, calls nothing either.
 */
async function assumeEarly(
  request: CheckRequest,
  manifest: LoadedManifest
): Promise<EarlyRole | undefined> {
  const { source } = request
  if (
    source.kind !== 'aws' ||
    source.credentials.kind !== 'oidc' ||
    request.mode === 'env-only'
  )
    return undefined
  const listed =
    manifest.manifest.connections.length +
    manifest.manifest.variables.length +
    (request.extraConnections?.length ?? 0) +
    (request.extraVariables?.length ?? 0)
  if (listed === 0) return undefined
  const kwargs = request.backendKwargs ?? manifest.manifest.backend
  const regionName = kwargs?.get('region_name') ?? null
  // A region_name that is not a usable string is the plan's error to report.
  if (regionName !== null && (typeof regionName !== 'string' || !regionName))
    return undefined
  return assumeRoleEarly(
    source.credentials,
    { ...source.region, backendRegion: regionName },
    {
      env: request.env,
      hooks: request.hooks,
      timeoutSeconds: request.timeoutSeconds,
      deadlineAt: request.deadlineAt
    }
  )
}

/** Runs the check; throws one-line errors (InputError, AwsCallError, ...). */
export async function runCheck(request: CheckRequest): Promise<CheckRun> {
  // Manifest patterns that could backtrack catastrophically are evaluated
  // off the main thread, each within a budget.
  const regex = createRegexEngine()
  try {
    return await checkWith(request, regex.engine)
  } finally {
    regex.close()
  }
}

async function checkWith(
  request: CheckRequest,
  regexEngine: RegexEngine
): Promise<CheckRun> {
  const { hooks, source } = request
  const deploymentIds = request.drift?.deploymentIds ?? []
  validateDeploymentIds(deploymentIds, request.drift?.workspaceId)
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
  await hooks.beforeAws?.(manifest)
  const early = await assumeEarly(request, manifest)
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
  const SKIPPED_SHOWN = 10
  for (const line of scan.skipped.slice(0, SKIPPED_SHOWN))
    hooks.warn(`DAG scan: skipped ${line}.`)
  if (scan.skipped.length > SKIPPED_SHOWN)
    hooks.warn(
      `DAG scan: skipped ${scan.skipped.length - SKIPPED_SHOWN} more folders and files.`
    )
  if (request.dags.folder !== null && scan.filesScanned > 0)
    hooks.info(
      `Scanned ${plural(scan.filesScanned, 'DAG file')}: ${plural(scan.missing.length, 'id')} used but not declared.`
    )

  const release = await chooseRelease(request, manifest)
  const baseInput: GateInput = {
    manifestPath: manifest.shown,
    manifest: manifest.manifest,
    extraConnections,
    extraVariables,
    ...(request.backendKwargs ? { backendKwargs: request.backendKwargs } : {}),
    ...release,
    mode: request.mode,
    failOn: request.failOn,
    regexEngine
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
    ...(local
      ? loadErrorFindings(
          request.mode === 'values'
            ? withoutLintedQuotes(
                local.errors,
                planned,
                local.chosen,
                local.where
              )
            : local.errors
        )
      : []),
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
    `Checking ${plan.entries.length === 1 ? '1 connection or variable' : `${plan.entries.length} connections and variables`} (${plural(plan.names.length, 'secret')}) for Airflow ${plan.airflow} (${plan.airflowSource}) with Amazon provider ${plan.amazonProvider.version} (${plan.amazonProvider.source}) in mode ${request.mode}.`
  )

  let reads: ReadonlyMap<string, SecretRead> = new Map()
  let region: ResolvedRegion | null = null
  let awsReport: ReportAws | undefined
  let verdicts: EarlyVerdicts | undefined
  if (local) {
    hooks.info(
      local.files.length === 0
        ? `No local sources found (.env, airflow_settings.yaml, connections.*, variables.*).`
        : `Checking local sources${local.folder === '' ? '' : ` in ${local.folder}`}: ${local.projectFiles.join(', ')}.`
    )
    reads = localReads(plan, local.chosen, request.mode !== 'existence')
  } else if (source.kind === 'aws') {
    const backendRegion = plan.settings.regionName ?? null
    const regionRequest = {
      ...source.region,
      backendRegion,
      backendEndpoint: plan.settings.kwargs.get('endpoint_url')
    }
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
      // Values are judged as they arrive, in the time spent waiting for
      // the rest; the report takes those verdicts as they are.
      const judged =
        request.mode === 'values' ? earlyVerdicts(input, plan) : undefined
      const judging = judged ? idleQueue(judged.judge) : undefined
      verdicts = judged?.verdicts
      const aws = await hooks
        .group(
          `Reading ${plural(plan.names.length, 'secret')} from AWS Secrets Manager`,
          () =>
            readFromAws({
              names: plan.names,
              mode: request.mode === 'existence' ? 'existence' : 'values',
              region: regionRequest,
              credentials: source.credentials,
              early,
              maxConcurrency: source.maxConcurrency,
              maxAttempts: source.maxAttempts,
              retryMode: source.retryMode,
              timeoutSeconds: request.timeoutSeconds,
              ...(request.deadlineAt === undefined
                ? {}
                : { deadlineAt: request.deadlineAt }),
              env: request.env,
              hooks,
              onRead: judging?.push
            })
        )
        .finally(() => judging?.stop())
      reads = aws.reads
      region = aws.region
      awsReport = {
        region: aws.region.region,
        regionSource: aws.region.source,
        endpoint: aws.endpoint,
        operation: aws.operation
      }
    }
  }
  const drift =
    request.drift && deploymentIds.length > 0
      ? await compareDeployments(request, request.drift, plan)
      : []
  const driftFindings = drift.flatMap((entry) => entry.findings)
  // Drift fails the check but is no reason to withhold the env file, so the
  // returned plan keeps only the manifest's own findings.
  const result = buildReport(
    input,
    driftFindings.length === 0
      ? plan
      : {
          ...plan,
          settingsFindings: [...plan.settingsFindings, ...driftFindings]
        },
    reads,
    awsReport,
    verdicts
  )
  // Everything derived from a value is masked before anything is shown.
  for (const secret of result.masks) hooks.mask(secret)
  return {
    manifest,
    input,
    plan,
    result,
    undeclared: scan.missing,
    drift,
    region,
    local
  }
}

/** Reads each deployment's variables and compares its secrets backend. */
async function compareDeployments(
  request: CheckRequest,
  drift: DriftRequest,
  plan: GatePlan
): Promise<DeploymentDrift[]> {
  const { hooks } = request
  const expected = new Map(astroEnvVariables(plan, null))
  const ids = drift.deploymentIds
  return hooks.group(
    `Comparing ${plural(ids.length, 'Astro deployment')} with the manifest`,
    async () => {
      const results = await checkDrift(
        {
          deploymentIds: ids,
          ...(drift.workspaceId ? { workspaceId: drift.workspaceId } : {}),
          astro: drift.astro,
          backend: expected.get('AIRFLOW__SECRETS__BACKEND') ?? '',
          backendKwargs: expected.get('AIRFLOW__SECRETS__BACKEND_KWARGS') ?? ''
        },
        execAstro(
          request.env,
          request.manifest.cwd,
          request.timeoutSeconds * 1000
        )
      )
      for (const entry of results) {
        const what =
          entry.findings.length > 0
            ? plural(entry.findings.length, 'drift finding')
            : 'the secrets backend matches the manifest where visible'
        hooks.info(`Deployment ${entry.deploymentId}: ${what}.`)
        for (const note of entry.notes) hooks.info(`  ${note}`)
      }
      return results
    }
  )
}
