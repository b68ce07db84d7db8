/**
 * The action: settings → the check pipeline → publish. The only place that
 * calls setFailed.
 */
import * as core from '../adapters/github/toolkit.js'
import { resolve } from 'node:path'
import { annotateManifest } from '../adapters/github/workflow.js'
import { prefetchIdToken } from '../adapters/github/oidc.js'
import {
  HARD_DEADLINE_GRACE_MS,
  type Watchdog,
  startWatchdog
} from '../adapters/runtime/watchdog.js'
import { type CheckRequest, runCheck } from '../check/run-check.js'
import type { EarlyToken } from './early-token.js'
import { roleSessionName } from '../core/aws/inputs.js'
import { errorMessage } from '../core/errors.js'
import { type Settings, readSettings } from './inputs.js'
import {
  type OutputPaths,
  assertEnvFileRenders,
  assertOutputPaths,
  outputPaths,
  failureSettings,
  publish,
  publishFailure
} from './publish.js'

export interface Deps {
  readonly env: NodeJS.ProcessEnv
  readonly readSettings: () => Settings
}

const defaultDeps = (): Deps => ({
  env: process.env,
  readSettings: () => readSettings()
})

/** The check the settings ask for, with the toolkit as its hooks. */
function checkRequest(
  settings: Settings,
  env: NodeJS.ProcessEnv,
  paths: OutputPaths,
  getIdToken: ((audience: string) => Promise<string>) | undefined,
  deadlineAt: number
): CheckRequest {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
  return {
    manifest: {
      ...(settings.manifestIsDefault ? {} : { given: settings.manifest }),
      folder: workspace,
      cwd: workspace,
      label: 'Input manifest',
      missingHint: settings.manifestIsDefault
        ? 'list what the deployment needs in airflow-secrets.yml, or set the connections and variables inputs'
        : 'check the path (relative to the repository root)',
      optional: settings.connections.length > 0 || settings.variables.length > 0
    },
    extraConnections: settings.connections,
    extraVariables: settings.variables,
    backendKwargs: settings.backendKwargs,
    airflowVersion: settings.airflowVersion,
    mode: settings.mode,
    failOn: settings.failOn,
    dags: {
      folder:
        settings.dagsFolder === ''
          ? null
          : resolve(workspace, settings.dagsFolder),
      required: !settings.dagsFolderIsDefault,
      base: workspace
    },
    source: {
      kind: 'aws',
      region: {
        explicit: settings.awsRegion,
        explicitSource: 'Input aws-region',
        input: 'aws-region',
        backendRegion: null,
        missing:
          'No AWS region: set the aws-region input (e.g. aws-region: us-east-1) or AWS_REGION in the environment.'
      },
      credentials: settings.roleToAssume
        ? {
            kind: 'oidc',
            roleArn: settings.roleToAssume,
            audience: settings.audience,
            // From the runner's env, as github.context reads them: loading
            // @actions/github (Octokit) here would delay the first request.
            sessionName: roleSessionName(settings.roleSessionName, {
              repository: env.GITHUB_REPOSITORY,
              runId: env.GITHUB_RUN_ID,
              runAttempt: env.GITHUB_RUN_ATTEMPT
            }),
            durationSeconds: settings.roleDurationSeconds,
            getIdToken,
            exportCredentials: settings.exportCredentials
          }
        : { kind: 'ambient' },
      maxConcurrency: settings.maxConcurrency,
      maxAttempts: settings.maxAttempts,
      retryMode: settings.retryMode
    },
    drift: {
      deploymentIds: settings.deploymentIds,
      workspaceId: settings.workspaceId,
      astro: settings.astro
    },
    timeoutSeconds: settings.timeoutSeconds,
    deadlineAt,
    env,
    hooks: {
      info: core.info,
      warn: core.warning,
      mask: core.setSecret,
      group: (name, phase) => core.group(name, phase),
      beforeAws: (manifest) => assertOutputPaths(paths, manifest, env),
      beforeReads: (plan) => {
        assertEnvFileRenders(plan)
        return Promise.resolve()
      },
      onManifestProblems: annotateManifest
    }
  }
}

/**
 * Runs the action; `early` is the token request src/index.ts started before
 * loading this module, used when the settings ask for its audience.
 */
export async function run(
  deps: Deps = defaultDeps(),
  early?: EarlyToken
): Promise<void> {
  const { env } = deps
  let watchdog: Watchdog | undefined
  let known: Settings | null = null
  try {
    const settings = deps.readSettings()
    known = settings
    const seconds = settings.timeoutSeconds
    const deadlineAt = Date.now() + seconds * 1000
    // The whole run is bounded, even when the main thread is blocked.
    watchdog = startWatchdog({
      ms: seconds * 1000 + HARD_DEADLINE_GRACE_MS,
      fd: 1,
      line: `::error::The run did not finish within timeout-seconds (${seconds} s) and was stopped; nothing was validated. Raise timeout-seconds, or look for what took this long (AWS, a manifest pattern, the DAG folder).`
    })
    // The OIDC token request is network I/O: start it now so that it is in
    // flight while the manifest is parsed and the AWS SDK loads (CPU work).
    const getIdToken =
      settings.roleToAssume && settings.mode !== 'env-only'
        ? early?.audience === settings.audience
          ? early.getIdToken
          : prefetchIdToken(settings.audience, env)
        : undefined
    const paths = outputPaths(settings, env)
    const checked = await runCheck(
      checkRequest(settings, env, paths, getIdToken, deadlineAt)
    )
    await core.group('Report', () => publish(checked, settings, paths, env))
    const { failure, report } = checked.result
    if (failure) core.setFailed(failure)
    else if (settings.mode === 'env-only')
      core.info(
        `Mode env-only: nothing was read from AWS, so ${report.counts.checked === 1 ? 'the 1 connection or variable was not checked' : `none of the ${report.counts.checked} connections and variables was checked`}; valid is skipped.`
      )
    else
      core.info(
        report.counts.checked === 1
          ? `The 1 connection or variable passes (fail-on: ${settings.failOn}).`
          : `All ${report.counts.checked} connections and variables pass (fail-on: ${settings.failOn}).`
      )
  } catch (error) {
    const debug =
      core.isDebug() || env.ACTIONS_STEP_DEBUG?.toLowerCase() === 'true'
    if (debug && error instanceof Error && error.stack) core.debug(error.stack)
    await publishFailure(error, failureSettings(known), env)
    core.setFailed(errorMessage(error))
  } finally {
    watchdog?.cancel()
  }
}
