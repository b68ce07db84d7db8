/**
 * The GitHub side of a run: annotations within the per-step limits,
 * outputs, and the job summary.
 */
import * as core from './toolkit.js'
import type { ManifestProblem } from '../../core/gate/manifest.js'
import { plural } from '../../core/render/markdown.js'
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

/**
 * The step outputs of a finished check. In mode env-only nothing was read:
 * `valid` is `skipped` and no id is listed as missing or invalid.
 */
export function setOutputs({ report, reportFile, envFile }: Outputs): void {
  const envOnly = report.mode === 'env-only'
  const ids = (
    name: string,
    statuses: readonly ReportItem['status'][]
  ): string => {
    // env-only reads nothing: no id is missing or invalid, none is valid.
    if (envOnly) return '[]'
    const all = report.items
      .filter((item) => statuses.includes(item.status))
      .map((item) => item.id)
    const kept = fitJsonList(all, OUTPUT_LIST_BYTES)
    if (kept.length < all.length)
      core.warning(
        `The ${name} output lists ${kept.length} of ${plural(all.length, 'id')} (GitHub limits output sizes); the report file has them all.`
      )
    return JSON.stringify(kept)
  }
  // env-only still fails on backend kwargs errors; otherwise it claims nothing.
  core.setOutput(
    'valid',
    envOnly && report.valid ? 'skipped' : String(report.valid)
  )
  core.setOutput('checked', envOnly ? '0' : String(report.counts.checked))
  core.setOutput('errors', String(report.counts.errors))
  core.setOutput('warnings', String(report.counts.warnings))
  core.setOutput('missing', ids('missing', MISSING))
  core.setOutput('invalid', ids('invalid', INVALID))
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
  await core.summary.addRaw(fitSummary(markdown), true).write()
}

/** GitHub drops a step summary over 1 MiB (in bytes, not characters). */
export const SUMMARY_BYTES = 1024 * 1024
/** Each id-list output, in bytes: GitHub caps a job's outputs at 1 MiB. */
export const OUTPUT_LIST_BYTES = 256 * 1024

const utf8 = (text: string): number => Buffer.byteLength(text, 'utf8')

/** The longest prefix of `ids` whose JSON fits in `budget` bytes. */
export function fitJsonList(ids: readonly string[], budget: number): string[] {
  const kept: string[] = []
  let size = 2 // []
  for (const id of ids) {
    const add = utf8(JSON.stringify(id)) + (kept.length > 0 ? 1 : 0)
    if (size + add > budget) break
    kept.push(id)
    size += add
  }
  return kept
}

/**
 * The summary cut at a line boundary so that it stays under
 * SUMMARY_BYTES in bytes, with a note saying so.
 */
export function fitSummary(markdown: string): string {
  if (utf8(markdown) <= SUMMARY_BYTES) return markdown
  const note =
    '\n\n_The summary was cut to fit GitHub’s 1 MiB limit; the JSON report has every finding._\n'
  const budget = SUMMARY_BYTES - utf8(note)
  // Halve the excess until the prefix fits, then back up to a line end.
  let lo = 0
  let hi = markdown.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (utf8(markdown.slice(0, mid)) <= budget) lo = mid
    else hi = mid - 1
  }
  const end = lo
  const lineEnd = markdown.lastIndexOf('\n', end)
  return markdown.slice(0, lineEnd > 0 ? lineEnd : end) + note
}
