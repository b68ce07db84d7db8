/**
 * What the action leaves behind after a check: the JSON report and the env
 * file for Astro, exported variables, annotations, the job summary, the
 * step outputs, the pull-request comment and the tracking issue.
 */
import * as core from '../adapters/github/toolkit.js'
import { realpath, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { assertFolderOf, writeFileAtomic } from '../adapters/fs/files.js'
import {
  isPullRequestEvent,
  isTrackingEvent
} from '../adapters/github/events.js'
import {
  annotateReport,
  setFailureOutputs,
  setOutputs,
  writeSummary
} from '../adapters/github/workflow.js'
import type { LoadedManifest } from '../check/manifest-file.js'
import type { CheckRun } from '../check/run-check.js'
import { renderAstroEnv } from '../core/astro/env-file.js'
import { ActionError, InputError, errorMessage } from '../core/errors.js'
import type { DiscoveredItem } from '../core/gate/discover.js'
import {
  type GatePlan,
  astroEnvVariables,
  astroUpdateCommand
} from '../core/gate/plan.js'
import type { Report } from '../core/gate/report.js'
import type { UndeclaredId } from '../core/render/pr-comment.js'
import {
  type RunFailure,
  renderRunErrorSummary
} from '../core/render/run-error.js'
import { renderSummary } from '../core/render/summary.js'
import type { Settings } from './inputs.js'

/** Where the env file and the JSON report go. */
export interface OutputPaths {
  readonly envFile: string
  readonly reportFile: string
}

/** The env-file input, else $RUNNER_TEMP/astro-secrets-gate.env; the report beside it. */
export function outputPaths(
  settings: Settings,
  env: NodeJS.ProcessEnv
): OutputPaths {
  let envFile: string
  if (settings.envFile !== '') envFile = resolve(settings.envFile)
  else if (env.RUNNER_TEMP)
    envFile = join(env.RUNNER_TEMP, 'astro-secrets-gate.env')
  else
    throw new InputError(
      'env-file',
      'RUNNER_TEMP is not set, so there is no default env-file; set the env-file input.',
      'input-missing'
    )
  const reportFile = join(
    env.RUNNER_TEMP || resolve(envFile, '..'),
    'astro-secrets-gate-report.json'
  )
  return { envFile, reportFile }
}

/** The path with its symbolic links resolved (those of its folder when it does not exist yet). */
async function canonical(path: string): Promise<string> {
  const whole = await realpath(path).catch(() => null)
  if (whole !== null) return whole
  const folder = await realpath(dirname(path)).catch(() => dirname(path))
  return join(folder, basename(path))
}

/** Files the run reads or the runner owns, which the env file must not replace. */
function protectedFiles(
  paths: OutputPaths,
  manifest: string | null,
  env: NodeJS.ProcessEnv
): [string, string][] {
  const runnerFiles = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_EVENT_PATH'
  ]
  return [
    ['the JSON report', paths.reportFile],
    ...(manifest === null
      ? []
      : [['the manifest', manifest] as [string, string]]),
    ...runnerFiles
      .filter((name) => (env[name] ?? '') !== '')
      .map((name): [string, string] => [`the ${name} file`, env[name] ?? ''])
  ]
}

/** Throws when `path` exists and is not a regular file. */
async function assertNotFolder(path: string, input: string): Promise<void> {
  const info = await stat(path).catch(() => null)
  if (info && !info.isFile())
    throw new InputError(
      input,
      `Cannot write ${input} ${path}: it is ${info.isDirectory() ? 'a folder' : 'not a regular file'}; give the path of a file.`,
      'file-unwritable'
    )
}

/**
 * Fails before any AWS call when the results could not be written, or would
 * overwrite something: the env file and the report must be files in
 * existing folders, and the env file may not be the report, the manifest or
 * a runner file.
 */
export async function assertOutputPaths(
  paths: OutputPaths,
  manifest: LoadedManifest,
  env: NodeJS.ProcessEnv
): Promise<void> {
  await assertFolderOf(paths.envFile, 'env-file')
  await assertFolderOf(paths.reportFile, 'report')
  await assertNotFolder(paths.envFile, 'env-file')
  await assertNotFolder(paths.reportFile, 'report')
  const envFile = await canonical(paths.envFile)
  for (const [what, path] of protectedFiles(paths, manifest.path, env))
    if ((await canonical(resolve(path))) === envFile)
      throw new InputError(
        'env-file',
        `Input env-file ${paths.envFile} is ${what}; writing the env file would overwrite it. Choose another path.`,
        'output-collision'
      )
}

/**
 * Renders the env file (and reads it back as the Astro CLI reads it) before
 * any secret is read, so that a kwargs line the CLI cannot read fails first.
 */
export function assertEnvFileRenders(plan: GatePlan): void {
  if (settingsOk(plan)) renderAstroEnv(astroEnvVariables(plan, null))
}

const settingsOk = (plan: GatePlan): boolean =>
  !plan.settingsFindings.some((finding) => finding.severity === 'error')

/** Writes, exports, annotates and reports the result of a check. */
export async function publish(
  run: CheckRun,
  settings: Settings,
  paths: OutputPaths,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const { report } = run.result
  const envText = settingsOk(run.plan)
    ? renderAstroEnv(astroEnvVariables(run.plan, run.region?.region ?? null))
    : null
  await writeFileAtomic(
    paths.reportFile,
    `${JSON.stringify(report, null, 2)}\n`,
    'report'
  )
  if (envText !== null) {
    await writeFileAtomic(paths.envFile, envText, 'env-file')
    core.info(`Env for Astro written to ${paths.envFile}. Apply it with:`)
    core.info(`  ${astroUpdateCommand(paths.envFile)}`)
    if (settings.exportEnv) {
      core.exportVariable('AIRFLOW__SECRETS__BACKEND', report.backend)
      core.exportVariable(
        'AIRFLOW__SECRETS__BACKEND_KWARGS',
        report.backendKwargs
      )
    }
  } else
    core.warning(
      'The backend kwargs have errors, so no env file was written; fix them first.'
    )
  const envFile = envText === null ? null : paths.envFile
  annotateReport(report, run.manifest.shown)
  await writeSummary(
    renderSummary({ report, envFile, reportFile: paths.reportFile }),
    env
  )
  setOutputs({ report, reportFile: paths.reportFile, envFile })
  const uses = undeclaredUses(run.undeclared)
  await commentOnPullRequest(settings, report, uses, env)
  await keepIssue(settings, report, uses, env)
}

/** Each place the DAG code uses an undeclared id. */
function undeclaredUses(undeclared: readonly DiscoveredItem[]): UndeclaredId[] {
  return undeclared.flatMap((item) =>
    item.uses.map((use) => ({
      kind: item.kind,
      id: item.id,
      file: use.file,
      line: use.line
    }))
  )
}

async function commentOnPullRequest(
  settings: Settings,
  report: Report,
  uses: readonly UndeclaredId[],
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

/**
 * Opens, updates or closes this manifest's tracking issue on runs outside
 * pull requests. Runs of other events never load @actions/github.
 */
async function keepIssue(
  settings: Settings,
  report: Report,
  uses: readonly UndeclaredId[],
  env: NodeJS.ProcessEnv
): Promise<void> {
  if (settings.issue === 'never') return
  if (!isTrackingEvent(env.GITHUB_EVENT_NAME)) return
  if (settings.githubToken.trim() === '') {
    core.info(
      'github-token is empty, so no tracking issue is kept. Pass `github-token: ${{ github.token }}` or set issue to never.'
    )
    return
  }
  const { githubContext } = await import('../adapters/github/context.js')
  const context = githubContext()
  if (context.repository === null) return
  const { commentMarker } = await import('../core/render/pr-comment.js')
  const render = await import('../core/render/tracking-issue.js')
  const { keepTrackingIssue } =
    await import('../adapters/github/tracking-issue.js')
  const marker = commentMarker(report.manifest)
  const input = { report, marker, runUrl: context.runUrl, undeclared: uses }
  const ids = render.failingIds(report)
  await keepTrackingIssue({
    token: settings.githubToken,
    repository: context.repository,
    marker,
    mode: settings.issue,
    failing: !report.valid,
    label: render.TRACKING_LABEL,
    title: render.trackingIssueTitle(report.manifest),
    body: render.renderTrackingIssue(input),
    failingIds: ids,
    changeComment: (before) =>
      render.renderFailingChange(before, ids, context.runUrl),
    allClearComment: render.renderAllClearComment(input),
    warn: (message) => {
      core.warning(message)
    },
    info: (message) => {
      core.info(message)
    }
  })
}

/** What a failed run reports: the error's code and line, and any diagnosis. */
export async function runFailure(error: unknown): Promise<RunFailure> {
  const { TrustPolicyDeniedError } =
    await import('../adapters/aws/assume-role.js')
  return {
    code: error instanceof ActionError ? error.code : 'internal',
    message: errorMessage(error),
    ...(error instanceof TrustPolicyDeniedError
      ? { trust: error.diagnosis }
      : {})
  }
}

/** The parts of the settings a failure report needs, read even when the rest failed. */
export interface FailureSettings {
  readonly githubToken: string
  readonly prComment: Settings['prComment']
  readonly manifest: string | null
}

/**
 * The settings a failure report needs: from the parsed settings, or, when
 * reading them failed, straight from the inputs (defaults where unusable).
 */
export function failureSettings(
  settings: Settings | null,
  input: (name: string) => string = (name) => core.getInput(name)
): FailureSettings {
  if (settings)
    return {
      githubToken: settings.githubToken,
      prComment: settings.prComment,
      manifest: settings.manifestIsDefault
        ? 'airflow-secrets.yml'
        : settings.manifest
    }
  const mode = input('pr-comment')
  return {
    githubToken: input('github-token'),
    prComment: mode === 'always' || mode === 'never' ? mode : 'auto',
    manifest: input('manifest') || 'airflow-secrets.yml'
  }
}

/**
 * Reports a run that ended in an error as a successful one would: the job
 * summary, `valid=false` with the error outputs, and on a pull request the
 * sticky comment. Problems here become warnings; they never hide the error.
 */
export async function publishFailure(
  error: unknown,
  settings: FailureSettings,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const failure = { ...(await runFailure(error)), manifest: settings.manifest }
  setFailureOutputs(failure.code, failure.message)
  try {
    await writeSummary(renderRunErrorSummary(failure), env)
  } catch (summaryError) {
    core.warning(
      `Could not write the job summary: ${errorMessage(summaryError)}`
    )
  }
  try {
    await commentFailure(failure, settings, env)
  } catch (commentError) {
    core.warning(
      `Could not update the pull-request comment: ${errorMessage(commentError)}`
    )
  }
}

async function commentFailure(
  failure: RunFailure,
  settings: FailureSettings,
  env: NodeJS.ProcessEnv
): Promise<void> {
  if (settings.prComment === 'never' || settings.githubToken === '') return
  if (!isPullRequestEvent(env.GITHUB_EVENT_NAME)) return
  const { githubContext, pullRequestTarget } =
    await import('../adapters/github/context.js')
  const context = githubContext()
  const target = pullRequestTarget(context)
  if (!target) return
  const { commentMarker } = await import('../core/render/pr-comment.js')
  const { renderRunErrorComment } = await import('../core/render/run-error.js')
  const { upsertPrComment } = await import('../adapters/github/pr-comment.js')
  const marker = commentMarker(settings.manifest)
  await upsertPrComment({
    token: settings.githubToken,
    context: target,
    body: renderRunErrorComment({ failure, marker, runUrl: context.runUrl }),
    marker,
    mode: settings.prComment,
    hasFindings: true,
    warn: (message) => {
      core.warning(message)
    },
    info: (message) => {
      core.info(message)
    }
  })
}
