/**
 * The pull-request comment: the validation report as GitHub-flavoured
 * markdown, found again by a hidden marker line. Renders only what the Report
 * holds (ids, secret names, statuses, finding messages), never a value.
 */
import type { Finding } from '../findings.js'
import type { Report } from '../gate/report.js'

/** GitHub rejects comment bodies longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536
/** What the renderer aims for, leaving room for counting differences. */
const BODY_BUDGET = 60_000
/** Longest text put in one table cell, in characters of the source. */
const CELL_MAX = 300
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

/** The comment body, at most GITHUB_COMMENT_LIMIT characters. */
export function renderPrComment(input: PrCommentInput): string {
  const { report } = input
  const undeclared = input.undeclared ?? []
  const verdict = prCommentVerdict({ report, undeclared })
  const distinct = new Set(undeclared.map((u) => `${u.kind}\u0000${u.id}`))
  const head = [
    markerLine(input.marker),
    renderHeading(report, verdict, distinct.size),
    ''
  ]
  head.push(renderContext(report), '')
  const foot = input.runUrl === null ? [] : [renderRunLink(input.runUrl)]

  if (verdict === 'clear') {
    head.push(renderAllClear(report), '')
    return finish([...head, ...foot])
  }

  head.push(renderCounts(report), '')
  const rows = tableRows(report)
  const undeclaredBlock =
    undeclared.length > 0 ? renderUndeclared(report, undeclared) : []
  const fixed = [...head, ...undeclaredBlock, ...foot]
  const table = rows.length > 0 ? renderTable(rows, fixed) : []
  return finish([...head, ...table, ...undeclaredBlock, ...foot])
}

function finish(lines: readonly string[]): string {
  const body = `${lines.join('\n').trimEnd()}\n`
  // The budget leaves ample room; this only guards against a broken budget.
  return body.length <= GITHUB_COMMENT_LIMIT
    ? body
    : `${body.slice(0, GITHUB_COMMENT_LIMIT - 2)}…\n`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
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

function renderContext(report: Report): string {
  const profiles =
    report.profiles.length > 0
      ? ` (${report.profiles.map((p) => escapeText(p)).join(', ')})`
      : ''
  return [
    report.manifest === null
      ? 'No manifest'
      : `Manifest ${code(report.manifest)}`,
    `Airflow ${escapeText(report.airflow)}${profiles}`,
    `mode ${code(report.mode)}`,
    `fail-on ${code(report.failOn)}`
  ].join(' · ')
}

function renderAllClear(report: Report): string {
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

function renderCounts(report: Report): string {
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

interface Row {
  readonly severity: Finding['severity']
  readonly cells: readonly string[]
}

function tableRows(report: Report): Row[] {
  const rows: Row[] = []
  for (const finding of report.settingsFindings)
    rows.push(
      row(
        finding.kind,
        finding.id,
        finding.secretName ?? null,
        finding.severity,
        finding
      )
    )
  for (const item of report.items) {
    for (const finding of item.findings)
      rows.push(row(item.kind, item.id, item.secretName, item.status, finding))
  }
  // Errors first; within a severity the report's order is kept (stable sort).
  return rows.sort(
    (a, b) =>
      (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1)
  )
}

function row(
  kind: string,
  id: string,
  secretName: string | null,
  status: string,
  finding: Finding
): Row {
  const icon = finding.severity === 'error' ? '❌' : '⚠️'
  const scope =
    finding.profiles && finding.profiles.length > 0
      ? ` (${finding.profiles.join(', ')} only)`
      : ''
  return {
    severity: finding.severity,
    cells: [
      escapeText(kind === 'config' ? 'settings' : kind),
      id === '' ? '—' : code(id),
      secretName === null ? '—' : code(secretName),
      `${icon} ${escapeText(status)}`,
      richText(`${finding.message}${scope}`),
      finding.hint === undefined || finding.hint === ''
        ? '—'
        : richText(finding.hint)
    ]
  }
}

const TABLE_HEAD = [
  '| Kind | Id | Secret | Status | Finding | Fix |',
  '| --- | --- | --- | --- | --- | --- |'
]

function renderTable(rows: readonly Row[], fixed: readonly string[]): string[] {
  const lines = [...TABLE_HEAD]
  const moreReserve = 100
  let used = lengthOf(fixed) + lengthOf(TABLE_HEAD) + moreReserve
  let shown = 0
  for (const { cells } of rows) {
    const line = `| ${cells.join(' | ')} |`
    if (used + line.length + 1 > BODY_BUDGET) break
    lines.push(line)
    used += line.length + 1
    shown++
  }
  lines.push('')
  if (shown < rows.length)
    lines.push(`…and ${rows.length - shown} more, see the run summary.`, '')
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
    report.manifest === null ? 'the manifest' : code(report.manifest)
  const lines = [
    '#### Used in the DAG code, not declared in the manifest',
    '',
    `These ids are not checked until they are added to ${target} ` +
      `(${code('astro-secrets-gate discover --write')} adds them).`,
    ''
  ]
  let shown = 0
  let used = 0
  for (const { entry, places } of groups.values()) {
    if (shown === UNDECLARED_MAX) break
    const where = places
      .slice(0, PLACES_MAX)
      .map((place) => code(place))
      .join(', ')
    const more =
      places.length > PLACES_MAX
        ? ` and ${plural(places.length - PLACES_MAX, 'more place')}`
        : ''
    const line = `- ${escapeText(entry.kind)} ${code(entry.id)}, used at ${where}${more}`
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

function renderRunLink(runUrl: string): string {
  const href = runUrl
    .replace(/[\s<>"'`]/g, (c) => encodeURIComponent(c))
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
  return `[Workflow run and full report](${href})`
}

// ---------------------------------------------------------------- escaping

/** Characters that could start markdown or HTML structure anywhere inline. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!|~<>$&]/g
/** Line breaks, other controls, and bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g
const BIDI_CHARS = /[\u202a-\u202e\u2066-\u2069]/g

function clip(text: string): string {
  const chars = Array.from(text)
  return chars.length <= CELL_MAX
    ? text
    : `${chars.slice(0, CELL_MAX - 1).join('')}…`
}

function clean(text: string): string {
  return clip(text).replace(UNSAFE_CHARS, ' ').replace(BIDI_CHARS, '\ufffd')
}

function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
}

/**
 * Plain text: markdown and HTML escaped, one line, and `@name`/`#123` broken
 * with a zero-width space so nobody is mentioned and nothing is cross-linked.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(clean(text)).replace(
    /([@#])(?=[A-Za-z0-9])/g,
    '$1\u200b'
  )
}

/**
 * Literal text in a `<code>` element. GitHub does not resolve mentions,
 * references or emoji inside code; markdown is still escaped because inline
 * HTML does not stop markdown parsing of its content.
 */
export function code(text: string): string {
  return `<code>${escapeMarkdown(clean(text))}</code>`
}

/** A finding message or hint: `backtick` spans become code, the rest text. */
function richText(text: string): string {
  const parts = clip(text).split('`')
  if (parts.length % 2 === 0) return escapeText(text)
  return parts
    .map((part, index) =>
      index % 2 === 1 ? code(part) : part === '' ? '' : escapeText(part)
    )
    .join('')
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
