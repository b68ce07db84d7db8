/**
 * The GitHub side of a run: annotations within the per-step limits,
 * outputs, and the job summary.
 */
import * as core from './toolkit.js'
import type { ManifestProblem } from '../../core/gate/manifest.js'
import type { Report, ReportItem } from '../../core/gate/report.js'

/** GitHub keeps at most 10 annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10

function annotationText(item: ReportItem): string {
  const [first, ...rest] = item.findings
  if (!first) return ''
  const more =
    rest.length > 0
      ? ` (+${rest.length} more finding${rest.length > 1 ? 's' : ''})`
      : ''
  return `${first.message}${more}${first.hint ? ` Fix: ${first.hint}` : ''}`
}

/**
 * One annotation per failing secret, on the manifest line that declares it:
 * errors first, then warnings, each level capped with an overflow line.
 */
export function annotateReport(report: Report, file: string | null): void {
  for (const level of ['error', 'warning'] as const) {
    const items = report.items.filter((item) =>
      level === 'error'
        ? item.findings.some((finding) => finding.severity === 'error')
        : item.findings.length > 0 &&
          item.findings.every((finding) => finding.severity === 'warning')
    )
    const settings = report.settingsFindings.filter(
      (finding) => finding.severity === level
    )
    const total = items.length + settings.length
    // The step's failure line is an error annotation too: leave it a slot.
    const budget =
      level === 'error' && !report.valid
        ? ANNOTATIONS_PER_LEVEL - 1
        : ANNOTATIONS_PER_LEVEL
    const room = total > budget ? budget - 1 : budget
    const emit = level === 'error' ? core.error : core.warning
    let used = 0
    for (const finding of settings) {
      if (used >= room) break
      const place = finding.location
      emit(`${finding.message}${finding.hint ? ` Fix: ${finding.hint}` : ''}`, {
        title:
          finding.kind === 'config'
            ? `backend kwarg ${finding.id}`
            : `${finding.kind} ${finding.id}`,
        ...(place
          ? { file: place.file, startLine: place.line }
          : file
            ? { file }
            : {})
      })
      used++
    }
    for (const item of items) {
      if (used >= room) break
      const line = item.source?.line
      emit(annotationText(item), {
        title: `${item.kind} ${item.id}`,
        ...(file ? { file } : {}),
        ...(line === undefined ? {} : { startLine: line })
      })
      used++
    }
    if (total > used)
      emit(
        `…and ${total - used} more ${level === 'error' ? 'failing' : 'warned'} secrets; see the job summary for all of them.`,
        { title: 'astro-secrets-gate', ...(file ? { file } : {}) }
      )
  }
}

/** Manifest mistakes as error annotations on the manifest file. */
export function annotateManifest(
  problems: readonly ManifestProblem[],
  file: string
): void {
  // One slot stays free for the step's failure line.
  const budget = ANNOTATIONS_PER_LEVEL - 1
  const room = problems.length > budget ? budget - 1 : budget
  for (const problem of problems.slice(0, room))
    core.error(problem.message, {
      title: 'manifest',
      file,
      startLine: problem.line,
      startColumn: problem.column
    })
  if (problems.length > room)
    core.error(`…and ${problems.length - room} more manifest problems.`, {
      title: 'manifest',
      file
    })
}

export interface Outputs {
  readonly report: Report
  readonly reportFile: string | null
  readonly envFile: string | null
}

const MISSING: readonly ReportItem['status'][] = ['missing', 'skipped']
const INVALID: readonly ReportItem['status'][] = ['invalid', 'unreadable']

export function setOutputs({ report, reportFile, envFile }: Outputs): void {
  const ids = (statuses: readonly ReportItem['status'][]): string =>
    JSON.stringify(
      report.items
        .filter((item) => statuses.includes(item.status))
        .map((item) => item.id)
    )
  core.setOutput('valid', String(report.valid))
  core.setOutput('checked', String(report.counts.checked))
  core.setOutput('errors', String(report.counts.errors))
  core.setOutput('warnings', String(report.counts.warnings))
  core.setOutput('missing', ids(MISSING))
  core.setOutput('invalid', ids(INVALID))
  core.setOutput('report', reportFile ?? '')
  core.setOutput('env-file', envFile ?? '')
  core.setOutput('backend', report.backend)
  core.setOutput('backend-kwargs', report.backendKwargs)
  core.setOutput('error', '')
  core.setOutput('error-code', '')
}

/**
 * The outputs of a run that ended in an error: `valid=false`, the error
 * line and its code; counts and paths empty, since nothing was checked.
 */
export function setFailureOutputs(code: string, message: string): void {
  core.setOutput('valid', 'false')
  core.setOutput('error', message)
  core.setOutput('error-code', code)
  for (const name of ['checked', 'errors', 'warnings'])
    core.setOutput(name, '0')
  core.setOutput('missing', '[]')
  core.setOutput('invalid', '[]')
  for (const name of ['report', 'env-file', 'backend', 'backend-kwargs'])
    core.setOutput(name, '')
}

/** Writes the summary; a runner without GITHUB_STEP_SUMMARY just skips it. */
export async function writeSummary(
  markdown: string,
  env: Readonly<Record<string, string | undefined>> = process.env
): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info('No GITHUB_STEP_SUMMARY file: the summary is in the JSON report.')
    return
  }
  await core.summary.addRaw(markdown, true).write()
}
