/**
 * What the action leaves behind after a check: the JSON report and the env
 * file for Astro, exported variables, annotations, the job summary, the
 * step outputs and the pull-request comment.
 */
import * as core from '@actions/core'
import { join, resolve } from 'node:path'
import { assertFolderOf, writeFileAtomic } from '../adapters/fs/files.js'
import { isPullRequestEvent } from '../adapters/github/events.js'
import {
  annotateReport,
  setOutputs,
  writeSummary
} from '../adapters/github/workflow.js'
import type { CheckRun } from '../check/run-check.js'
import { renderAstroEnv } from '../core/astro/env-file.js'
import { InputError } from '../core/errors.js'
import type { DiscoveredItem } from '../core/gate/discover.js'
import { astroEnvVariables, astroUpdateCommand } from '../core/gate/plan.js'
import type { Report } from '../core/gate/report.js'
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

/** Fails before anything is read when the results could not be written. */
export async function assertOutputFolders(paths: OutputPaths): Promise<void> {
  await assertFolderOf(paths.envFile, 'env-file')
  await assertFolderOf(paths.reportFile, 'report')
}

/** Writes, exports, annotates and reports the result of a check. */
export async function publish(
  run: CheckRun,
  settings: Settings,
  paths: OutputPaths,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const { report } = run.result
  const settingsOk = !run.plan.settingsFindings.some(
    (finding) => finding.severity === 'error'
  )
  const envText = settingsOk
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
  await commentOnPullRequest(settings, report, run.undeclared, env)
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
