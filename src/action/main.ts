/**
 * The action: inputs → manifest → AWS → core → report, env file and
 * outputs. The only place that calls setFailed.
 */
import * as core from '@actions/core'
import { readFile, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'
import {
  annotateManifest,
  annotateReport,
  setOutputs,
  writeSummary
} from '../adapters/github/workflow.js'
import { assertFolderOf, writeFileAtomic } from '../adapters/fs/files.js'
import { prefetchIdToken } from '../adapters/github/oidc.js'
import { renderAstroEnv } from '../core/astro/env-file.js'
import { resolveRegion, roleSessionName } from '../core/aws/inputs.js'
import { ActionError, InputError, errorMessage } from '../core/errors.js'
import { isPullRequestEvent } from '../adapters/github/events.js'
import {
  type GateInput,
  type GatePlan,
  astroEnvVariables,
  astroUpdateCommand,
  buildReport,
  planGate
} from '../core/gate/plan.js'
import type { DiscoveredItem } from '../core/gate/discover.js'
import { undeclaredFindings } from '../core/local/definitions.js'
import { type Manifest, parseManifest } from '../core/gate/manifest.js'
import { renderSummary } from '../core/render/summary.js'
import type { Report } from '../core/gate/report.js'
import type { SecretRead } from '../core/gate/secret-read.js'
import { type Settings, readSettings } from './inputs.js'

/** Manifests larger than this are refused rather than parsed. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024

const MANIFEST_VARIANTS = [
  'airflow-secrets.yml',
  'airflow-secrets.yaml',
  'airflow-secrets.json'
]

interface LoadedManifest {
  readonly path: string | null
  readonly relativePath: string | null
  readonly manifest: Manifest
}

async function loadManifest(
  settings: Settings,
  workspace: string
): Promise<LoadedManifest> {
  const candidates = settings.manifestIsDefault
    ? MANIFEST_VARIANTS
    : [settings.manifest]
  for (const candidate of candidates) {
    const path = isAbsolute(candidate)
      ? candidate
      : resolve(workspace, candidate)
    const info = await stat(path).catch(() => null)
    if (!info) continue
    if (info.isDirectory())
      throw new InputError(
        'manifest',
        `Input manifest ${candidate} is a folder; give the path of the manifest file.`
      )
    if (info.size > MAX_MANIFEST_BYTES)
      throw new InputError(
        'manifest',
        `Manifest ${candidate} is ${(info.size / 1048576).toFixed(1)} MiB; manifests are limited to 4 MiB.`
      )
    const text = await readFile(path, 'utf8')
    const relativePath = relative(workspace, path) || candidate
    const { manifest, problems } = parseManifest(text)
    if (problems.length > 0) {
      annotateManifest(problems, relativePath)
      const first = problems[0]
      throw new InputError(
        'manifest',
        `Manifest ${relativePath} has ${problems.length} problem${problems.length > 1 ? 's' : ''}; line ${first?.line ?? 1}, column ${first?.column ?? 1}: ${first?.message ?? ''}.`,
        'manifest-invalid'
      )
    }
    return { path, relativePath, manifest }
  }
  if (!settings.manifestIsDefault)
    throw new InputError(
      'manifest',
      `Input manifest ${settings.manifest} does not exist; check the path (relative to the repository root).`,
      'manifest-missing'
    )
  if (settings.connections.length === 0 && settings.variables.length === 0)
    throw new InputError(
      'manifest',
      `No manifest found (${MANIFEST_VARIANTS.join(', ')}) and no connections or variables inputs: list what the deployment needs.`,
      'manifest-missing'
    )
  return {
    path: null,
    relativePath: null,
    manifest: { connections: [], variables: [] }
  }
}

/**
 * The ids the DAG code uses that the manifest (and the id inputs) lack. A
 * missing default `dags` folder just means there is nothing to scan.
 */
async function scanDags(
  settings: Settings,
  workspace: string,
  manifest: Manifest
): Promise<readonly DiscoveredItem[]> {
  if (settings.dagsFolder === '') return []
  const folder = resolve(workspace, settings.dagsFolder)
  const info = await stat(folder).catch(() => null)
  if (!info?.isDirectory()) {
    if (settings.dagsFolderIsDefault) return []
    throw new InputError(
      'dags-folder',
      `Input dags-folder ${settings.dagsFolder} is not a folder; give the folder of your DAG code, or '' to skip the scan.`
    )
  }
  const { readDagFiles } = await import('../adapters/fs/dag-files.js')
  const { discover } = await import('../core/gate/discover.js')
  const files = await readDagFiles(folder, workspace)
  const result = discover(files, {
    connections: new Set([
      ...manifest.connections.map((item) => item.id),
      ...settings.connections
    ]),
    variables: new Set([
      ...manifest.variables.map((item) => item.id),
      ...settings.variables
    ])
  })
  core.info(
    `Scanned ${result.filesScanned} DAG files: ${result.missing.length} ids used but not declared.`
  )
  return result.missing
}

function envFilePath(settings: Settings, env: NodeJS.ProcessEnv): string {
  if (settings.envFile !== '') return resolve(settings.envFile)
  const temp = env.RUNNER_TEMP
  if (!temp)
    throw new InputError(
      'env-file',
      'RUNNER_TEMP is not set, so there is no default env-file; set the env-file input.',
      'input-missing'
    )
  return join(temp, 'astro-secrets-gate.env')
}

/** Rejects after `ms` with a one-line timeout error; cleared when done. */
function deadline(
  ms: number,
  controller: AbortController
): { promise: Promise<never>; clear(): void } {
  let timer: NodeJS.Timeout | undefined
  const promise = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(
        new ActionError(
          'aws-timeout',
          `AWS unavailable: no answer within timeout-seconds (${Math.round(ms / 1000)} s); nothing was validated. Run again, or raise timeout-seconds.`
        )
      )
    }, ms)
    timer.unref()
  })
  promise.catch(() => undefined)
  return {
    promise,
    clear: () => {
      clearTimeout(timer)
    }
  }
}

async function readAll(
  settings: Settings,
  plan: GatePlan,
  env: NodeJS.ProcessEnv,
  getIdToken: ((audience: string) => Promise<string>) | undefined
): Promise<Map<string, SecretRead>> {
  const reads = new Map<string, SecretRead>()
  if (plan.names.length === 0 || settings.mode === 'env-only') return reads
  const { region, source } = resolveRegion(
    settings.awsRegion,
    env,
    plan.settings.regionName
      ? { region: plan.settings.regionName, source: 'backend region_name' }
      : undefined
  )
  core.info(`Region ${region} (from ${source}).`)
  const controller = new AbortController()
  const timer = deadline(settings.timeoutSeconds * 1000, controller)
  try {
    const work = async (): Promise<SecretRead[]> => {
      const aws = await import('../adapters/aws/clients.js')
      let credentials
      if (settings.roleToAssume) {
        const { assumeRoleWithOidc, exportCredentials } =
          await import('../adapters/aws/assume-role.js')
        const role = await assumeRoleWithOidc(
          {
            roleArn: settings.roleToAssume,
            region,
            audience: settings.audience,
            // From the runner's env, as github.context reads them: loading
            // @actions/github (Octokit) here would delay the first request.
            sessionName: roleSessionName(settings.roleSessionName, {
              repository: env.GITHUB_REPOSITORY,
              runId: env.GITHUB_RUN_ID,
              runAttempt: env.GITHUB_RUN_ATTEMPT
            }),
            durationSeconds: settings.roleDurationSeconds,
            abortSignal: controller.signal
          },
          getIdToken ? { getIdToken } : {}
        )
        core.info(`Assumed ${role.assumedRoleArn}.`)
        credentials = role.credentials
        if (settings.exportCredentials) exportCredentials(role, region)
      }
      const client = aws.createSecretsManagerClient({
        region,
        ...(credentials ? { credentials } : {}),
        maxAttempts: settings.maxAttempts,
        retryMode: settings.retryMode
      })
      const reader = await import('../adapters/aws/secrets-reader.js')
      const common = {
        client,
        maxConcurrency: settings.maxConcurrency,
        abortSignal: controller.signal
      }
      return settings.mode === 'existence'
        ? reader.checkExistence(plan.names, { ...common, warn: core.warning })
        : reader.readSecrets(plan.names, {
            ...common,
            mask: core.setSecret,
            warn: core.warning
          })
    }
    const results = await Promise.race([work(), timer.promise])
    for (const read of results) reads.set(read.name, read)
    return reads
  } finally {
    timer.clear()
  }
}

export interface Deps {
  readonly env: NodeJS.ProcessEnv
  readonly readSettings: () => Settings
}

const defaultDeps = (): Deps => ({
  env: process.env,
  readSettings: () => readSettings()
})

/** Runs the action. */
export async function run(deps: Deps = defaultDeps()): Promise<void> {
  try {
    const { env } = deps
    const settings = deps.readSettings()
    // The OIDC token request is network I/O: start it now so that it is in
    // flight while the manifest is parsed and the AWS SDK loads (CPU work).
    const getIdToken =
      settings.roleToAssume && settings.mode !== 'env-only'
        ? prefetchIdToken(settings.audience, env)
        : undefined
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
    const loaded = await loadManifest(settings, workspace)
    const input: GateInput = {
      manifestPath: loaded.relativePath,
      manifest: loaded.manifest,
      extraConnections: settings.connections,
      extraVariables: settings.variables,
      ...(settings.backendKwargs
        ? { backendKwargs: settings.backendKwargs }
        : {}),
      ...(settings.airflowVersion
        ? { airflowVersion: settings.airflowVersion }
        : {}),
      mode: settings.mode,
      failOn: settings.failOn
    }
    const undeclared = await scanDags(settings, workspace, loaded.manifest)
    const planned = planGate(input)
    const plan =
      undeclared.length === 0
        ? planned
        : {
            ...planned,
            settingsFindings: [
              ...planned.settingsFindings,
              ...undeclaredFindings(undeclared)
            ]
          }
    const envFile = envFilePath(settings, env)
    const reportFile = join(
      env.RUNNER_TEMP || resolve(envFile, '..'),
      'astro-secrets-gate-report.json'
    )
    // Fail before reading AWS when the results could not be written.
    await assertFolderOf(envFile, 'env-file')
    await assertFolderOf(reportFile, 'report')
    core.info(
      `Checking ${plan.entries.length} connections and variables (${plan.names.length} secrets) for Airflow ${plan.airflow} in mode ${settings.mode}.`
    )

    const reads = await readAll(settings, plan, env, getIdToken)
    const result = buildReport(input, plan, reads)
    // Everything derived from a value is masked before anything is shown.
    for (const secret of result.masks) core.setSecret(secret)

    const settingsOk = !plan.settingsFindings.some(
      (finding) => finding.severity === 'error'
    )
    const region =
      settings.awsRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION || null
    const envText = settingsOk
      ? renderAstroEnv(astroEnvVariables(plan, region))
      : null
    await writeFileAtomic(
      reportFile,
      `${JSON.stringify(result.report, null, 2)}\n`,
      'report'
    )
    if (envText !== null) {
      await writeFileAtomic(envFile, envText, 'env-file')
      core.info(`Env for Astro written to ${envFile}. Apply it with:`)
      core.info(`  ${astroUpdateCommand(envFile)}`)
      if (settings.exportEnv) {
        core.exportVariable('AIRFLOW__SECRETS__BACKEND', result.report.backend)
        core.exportVariable(
          'AIRFLOW__SECRETS__BACKEND_KWARGS',
          result.report.backendKwargs
        )
      }
    } else
      core.warning(
        'The backend kwargs have errors, so no env file was written; fix them first.'
      )

    annotateReport(result.report, loaded.relativePath)
    await writeSummary(
      renderSummary({
        report: result.report,
        envFile: envText === null ? null : envFile,
        reportFile
      })
    )
    setOutputs({
      report: result.report,
      reportFile,
      envFile: envText === null ? null : envFile
    })
    await commentOnPullRequest(settings, result.report, undeclared, env)
    if (result.failure) core.setFailed(result.failure)
    else
      core.info(
        `All ${result.report.counts.checked} connections and variables pass (fail-on: ${settings.failOn}).`
      )
  } catch (error) {
    const debug =
      core.isDebug() || deps.env.ACTIONS_STEP_DEBUG?.toLowerCase() === 'true'
    if (debug && error instanceof Error && error.stack) core.debug(error.stack)
    core.setFailed(errorMessage(error))
  }
}

async function commentOnPullRequest(
  settings: Settings,
  report: Report,
  undeclared: readonly DiscoveredItem[],
  env: NodeJS.ProcessEnv
): Promise<void> {
  if (settings.prComment === 'never') return
  // Only pull-request runs can comment: others never load @actions/github.
  if (!isPullRequestEvent(env.GITHUB_EVENT_NAME)) return
  const { githubContext, pullRequestTarget } =
    await import('../adapters/github/context.js')
  const context = githubContext()
  const target = pullRequestTarget(context)
  if (!target) return
  const { commentMarker, prCommentHasFindings, renderPrComment } =
    await import('../core/render/pr-comment.js')
  const { upsertPrComment } = await import('../adapters/github/pr-comment.js')
  const marker = commentMarker(report.manifest)
  const uses = undeclared.flatMap((item) =>
    item.uses.map((use) => ({
      kind: item.kind,
      id: item.id,
      file: use.file,
      line: use.line
    }))
  )
  await upsertPrComment({
    token: settings.githubToken,
    context: target,
    body: renderPrComment({
      report,
      marker,
      runUrl: context.runUrl,
      undeclared: uses
    }),
    marker,
    mode: settings.prComment,
    hasFindings: prCommentHasFindings({ report, undeclared: uses }),
    warn: (message) => {
      core.warning(message)
    },
    info: (message) => {
      core.info(message)
    }
  })
}
