/**
 * The pull-request comment: the validation report as GitHub-flavoured
 * markdown, found again by a hidden marker line. Renders only what the Report
 * holds (ids, secret names, statuses, finding messages), never a value.
 */
import type { Report } from '../gate/report.js'
import { mdCode, mdLink, mdText, plural } from './markdown.js'
import {
  FALLS_THROUGH_NOTE,
  TABLE_HEAD,
  nameRule,
  namesSentence,
  describeScope,
  settingsList,
  tableRows
} from './secret-table.js'

/** GitHub rejects comment bodies longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536
/**
 * What the renderer aims for, in UTF-16 code units (never fewer than the
 * characters GitHub counts), leaving room for counting differences.
 */
const BODY_BUDGET = 60_000
/** Most undeclared ids listed before "…and N more". */
const UNDECLARED_MAX = 50
/** Most characters the undeclared-ids list takes, so the table keeps room. */
const UNDECLARED_BUDGET = 12_000
/** Most places listed for one undeclared id. */
const PLACES_MAX = 3

const MARKER_PREFIX = 'astro-secrets-gate:'
const NO_MANIFEST_MARKER = '(inputs)'

export interface UndeclaredId {
  readonly kind: 'connection' | 'variable'
  readonly id: string
  readonly file: string
  readonly line: number
}

export interface PrCommentInput {
  readonly report: Report
  /** From commentMarker(); one sticky comment per marker. */
  readonly marker: string
  /** Link to the workflow run, when there is one. */
  readonly runUrl: string | null
  /** Ids the DAG code uses that the manifest does not declare. */
  readonly undeclared?: readonly UndeclaredId[]
}

export type PrCommentVerdict = 'failed' | 'warnings' | 'clear'

/**
 * The marker that tells this manifest's comment apart from others on the same
 * pull request. Readable for ordinary paths; anything that could end an HTML
 * comment or differs only in unusual characters gets a hash suffix.
 */
export function commentMarker(manifestPath: string | null): string {
  if (manifestPath === null || manifestPath.trim() === '')
    return NO_MANIFEST_MARKER
  const path = manifestPath
    .trim()
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/^(?:\.\/)+/, '')
  const safe = path.replace(/[^A-Za-z0-9._/-]/g, '_').replace(/-{2,}/g, '-')
  if (safe === path) return path
  return `${safe.slice(0, 200)}~${fnv1a(path)}`
}

/** The hidden first line of the comment for a marker. */
export function markerLine(marker: string): string {
  const safe = marker.replace(/--+/g, '-').replace(/>/g, '_')
  return `<!-- ${MARKER_PREFIX}${safe} -->`
}

/** Whether a comment body is the sticky comment for this marker. */
export function hasMarker(body: string, marker: string): boolean {
  const line = markerLine(marker)
  return body.split(/\r?\n/).some((text) => text.trim() === line)
}

/** ❌ when the gate fails, ⚠️ when something needs a look, ✅ otherwise. */
export function prCommentVerdict(
  input: Pick<PrCommentInput, 'report' | 'undeclared'>
): PrCommentVerdict {
  const { report } = input
  if (!report.valid) return 'failed'
  const findings = report.counts.errors + report.counts.warnings
  const settings = report.settingsFindings.length
  const rows = report.items.filter((item) => item.findings.length > 0).length
  if (findings + settings + rows + (input.undeclared?.length ?? 0) > 0)
    return 'warnings'
  return 'clear'
}

/** Whether the comment has anything to report (the `auto` mode's trigger). */
export function prCommentHasFindings(
  input: Pick<PrCommentInput, 'report' | 'undeclared'>
): boolean {
  return prCommentVerdict(input) !== 'clear'
}

const VERDICT_ICON: Record<PrCommentVerdict, string> = {
  failed: '❌',
  warnings: '⚠️',
  clear: '✅'
}

/** What a report renders from, for the comment and for other reuse. */
export interface ReportMarkdownInput {
  readonly report: Report
  /** Link to the workflow run, when there is one. */
  readonly runUrl: string | null
  /** Ids the DAG code uses that the manifest does not declare. */
  readonly undeclared?: readonly UndeclaredId[]
  /** Most characters (UTF-16 code units) the markdown may take. */
  readonly budget?: number
}

/**
 * The report as GitHub-flavoured markdown: heading, counts, one table row
 * per secret that needs attention (errors first), the DAG ids the manifest
 * lacks, and the run link. Within `budget` characters (default: what fits a
 * comment beside its marker). The pull-request comment is this under a
 * marker line; anything else that posts a report (an issue) can reuse it.
 */
export function renderReportMarkdown(input: ReportMarkdownInput): string {
  const { report } = input
  const budget = input.budget ?? BODY_BUDGET
  const undeclared = input.undeclared ?? []
  const verdict = prCommentVerdict({ report, undeclared })
  const distinct = new Set(undeclared.map((u) => `${u.kind}\u0000${u.id}`))
  const head = [renderHeading(report, verdict, distinct.size), '']
  head.push(renderContext(report), '')
  const foot =
    input.runUrl === null
      ? []
      : [mdLink('Workflow run and full report', input.runUrl)]

  if (verdict === 'clear') {
    head.push(renderAllClear(report), '')
    return finish([...head, ...foot], budget)
  }

  head.push(renderCounts(report), '')
  const settings = report.settingsFindings.filter(
    (finding) =>
      undeclared.length === 0 || finding.code !== 'manifest-undeclared'
  )
  if (settings.length > 0) head.push(...settingsList(settings), '')
  const undeclaredBlock =
    undeclared.length > 0 ? renderUndeclared(report, undeclared) : []
  const table = renderTable(
    report,
    [...head, ...undeclaredBlock, ...foot],
    budget
  )
  return finish([...head, ...table, ...undeclaredBlock, ...foot], budget)
}

/** The comment body, at most GITHUB_COMMENT_LIMIT characters. */
export function renderPrComment(input: PrCommentInput): string {
  const line = markerLine(input.marker)
  const body = renderReportMarkdown({
    report: input.report,
    runUrl: input.runUrl,
    ...(input.undeclared ? { undeclared: input.undeclared } : {}),
    budget: BODY_BUDGET - line.length - 1
  })
  return `${line}\n${body}`
}

function finish(lines: readonly string[], budget: number): string {
  const body = `${lines.join('\n').trimEnd()}\n`
  // The budgets leave ample room; this only guards against a broken one.
  return body.length <= budget ? body : `${body.slice(0, budget - 2)}…\n`
}

function renderHeading(
  report: Report,
  verdict: PrCommentVerdict,
  undeclared: number
): string {
  if (verdict === 'clear')
    return `### ${VERDICT_ICON.clear} Airflow secrets: all clear`
  const { errors, warnings } = report.counts
  const tally = [
    errors > 0 ? plural(errors, 'error') : '',
    warnings > 0 ? plural(warnings, 'warning') : '',
    undeclared > 0 ? plural(undeclared, 'undeclared id') : ''
  ].filter((part) => part !== '')
  const state =
    verdict === 'failed'
      ? 'Airflow secrets check failed'
      : 'Airflow secrets need attention'
  const detail = tally.length > 0 ? `: ${tally.join(', ')}` : ''
  return `### ${VERDICT_ICON[verdict]} ${state}${detail}`
}

/** `Airflow 3 (Airflow 3.1.6–3.3)`: the release and what it checks. */
export function airflowContext(report: Report): string {
  const sides =
    report.profiles.length > 0
      ? ` (${mdText(describeScope(report.profiles))})`
      : ''
  return `Airflow ${mdText(report.airflow)}${sides}`
}

function renderContext(report: Report): string {
  return [
    report.manifest === null
      ? 'No manifest'
      : `Manifest ${mdCode(report.manifest)}`,
    airflowContext(report),
    `mode ${mdCode(report.mode)}`,
    `fail-on ${mdCode(report.failOn)}`
  ].join(' · ')
}

function renderAllClear(report: Report): string {
  if (report.mode === 'env-only')
    return 'Mode `env-only`: nothing was read from AWS Secrets Manager, so no secret was checked.'
  const what =
    report.mode === 'existence'
      ? 'exists in AWS Secrets Manager'
      : 'exists in AWS Secrets Manager and parses the way Airflow parses it'
  const checked = report.counts.checked
  if (checked === 0) return 'Nothing to check: the manifest lists no secrets.'
  return checked === 1
    ? `The one required connection or variable ${what}.`
    : `Each of the ${checked} required connections and variables ${what}.`
}

/** `**3** checked · **1** missing · ...` */
export function renderCounts(report: Report): string {
  const { checked, missing, invalid, errors, warnings } = report.counts
  const count = (n: number, word: string): string => `**${n}** ${word}`
  return [
    count(checked, 'checked'),
    count(missing, 'missing'),
    count(invalid, 'invalid'),
    count(errors, errors === 1 ? 'error' : 'errors'),
    count(warnings, warnings === 1 ? 'warning' : 'warnings')
  ].join(' · ')
}

function renderTable(
  report: Report,
  fixed: readonly string[],
  budget: number
): string[] {
  const rule = nameRule(report)
  const rows = tableRows(
    report.items.filter((item) => item.findings.length > 0),
    rule,
    () => ''
  )
  if (rows.length === 0) return []
  const lines = [...TABLE_HEAD]
  const notes = [
    namesSentence(rule, new Set(report.items.map((item) => item.kind))),
    FALLS_THROUGH_NOTE
  ]
  const moreReserve = 100
  let used =
    lengthOf(fixed) + lengthOf(TABLE_HEAD) + lengthOf(notes) + moreReserve
  let shown = 0
  let fallsThrough = false
  for (const row of rows) {
    if (used + row.line.length + 1 > budget) break
    lines.push(row.line)
    used += row.line.length + 1
    shown++
    fallsThrough ||= row.fallsThrough
  }
  lines.push('')
  if (shown < rows.length)
    lines.push(`…and ${rows.length - shown} more, see the run summary.`, '')
  if (notes[0] !== '') lines.push(notes[0] ?? '', '')
  if (fallsThrough) lines.push(FALLS_THROUGH_NOTE, '')
  return lines
}

function lengthOf(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + line.length + 1, 0)
}

function renderUndeclared(
  report: Report,
  undeclared: readonly UndeclaredId[]
): string[] {
  const groups = new Map<string, { entry: UndeclaredId; places: string[] }>()
  for (const entry of undeclared) {
    const key = `${entry.kind}\u0000${entry.id}`
    const place = `${entry.file}:${entry.line}`
    const group = groups.get(key)
    if (group === undefined) groups.set(key, { entry, places: [place] })
    else if (!group.places.includes(place)) group.places.push(place)
  }
  const target =
    report.manifest === null ? 'the manifest' : mdCode(report.manifest)
  const lines = [
    '#### Used in the DAG code, not declared in the manifest',
    '',
    `These ids are not checked until they are added to ${target} ` +
      `(${mdCode('astro-secrets-gate discover --write')} adds them).`,
    ''
  ]
  let shown = 0
  let used = 0
  for (const { entry, places } of groups.values()) {
    if (shown === UNDECLARED_MAX) break
    const where = places
      .slice(0, PLACES_MAX)
      .map((place) => mdCode(place))
      .join(', ')
    const more =
      places.length > PLACES_MAX
        ? ` and ${plural(places.length - PLACES_MAX, 'more place')}`
        : ''
    const line = `- ${mdText(entry.kind)} ${mdCode(entry.id)}, used at ${where}${more}`
    if (used + line.length > UNDECLARED_BUDGET) break
    lines.push(line)
    used += line.length + 1
    shown++
  }
  if (groups.size > shown)
    lines.push(`- …and ${groups.size - shown} more, see the run summary.`)
  lines.push('')
  return lines
}

/** 32-bit FNV-1a of the UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
