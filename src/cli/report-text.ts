/**
 * The check report as people read it in a terminal: the notes, a table of
 * secrets with their finding codes, every finding with its fix and its
 * docs/errors.md anchor, and a verdict that agrees with the counts. Every
 * line fits the terminal's width (see terminalWidth).
 */
import type { Finding } from '../core/findings.js'
import type { FailOn } from '../core/gate/plan.js'
import type { Report, ReportItem } from '../core/gate/report.js'
import { plural } from '../core/render/markdown.js'
import type { CliIo } from './io.js'
import {
  type Painter,
  docsAnchor,
  painter,
  renderTable,
  terminalWidth,
  useColor,
  visibleWidth,
  wrapText
} from './style.js'

const STATUS_TEXT: Record<ReportItem['status'], string> = {
  valid: 'ok',
  warning: 'warning',
  invalid: 'invalid',
  missing: 'missing',
  unreadable: 'unreadable',
  skipped: 'not looked up'
}

function paintStatus(paint: Painter, status: ReportItem['status']): string {
  const text = STATUS_TEXT[status]
  if (status === 'valid') return paint.green(text)
  if (status === 'warning' || status === 'skipped') return paint.yellow(text)
  return paint.red(text)
}

/** A report and what the text around it needs. */
export interface Rendered {
  readonly report: Report
  readonly source: 'aws' | 'local'
  readonly where: (item: ReportItem) => string
  readonly notes: readonly string[]
  readonly failOn: FailOn
  /** Where the DAGs first use an undeclared id, by kind and id. */
  readonly undeclaredAt: ReadonlyMap<string, string>
}

/** Column widths kept while wider columns shrink: kind, id, status, source. */
const MIN_WIDTHS = [10, 16, 7, 12]

/**
 * `text` word-wrapped to `width`, continuation lines indented by `indent`;
 * `first` (already painted) replaces the first `plainFirst.length`
 * characters of the first line, so a coloured lead survives the wrapping.
 */
function wrapLead(
  plainFirst: string,
  first: string,
  rest: string,
  width: number,
  indent: number
): string[] {
  const lines = wrapText(`${plainFirst}${rest}`, width, indent)
  const head = lines[0] ?? ''
  if (head.startsWith(plainFirst))
    lines[0] = first + head.slice(plainFirst.length)
  return lines
}

/** One finding: what and where, severity and code; message, fix and docs. */
function findingLines(
  paint: Painter,
  at: string,
  finding: Finding,
  width: number
): string[] {
  const severity = finding.severity === 'error' ? 'error' : 'warning'
  const painted =
    finding.severity === 'error' ? paint.red(severity) : paint.yellow(severity)
  const lines = wrapLead(
    `${at}: ${severity}`,
    `${at}: ${painted}`,
    ` [${finding.code}]`,
    width - 2,
    2
  ).map((line) => `  ${line}`)
  lines.push(...wrapText(finding.message, width - 4).map((l) => `    ${l}`))
  if (finding.hint)
    lines.push(
      ...wrapText(`fix: ${finding.hint}`, width - 4, 5).map((l) => `    ${l}`)
    )
  lines.push(
    ...wrapText(`docs: ${docsAnchor(finding.code)}`, width - 4, 6).map(
      (l) => `    ${l}`
    )
  )
  return lines
}

/**
 * The verdict and the counts. "Pass" only when nothing fails at --fail-on
 * and no error was found; errors that do not fail the run (--fail-on never)
 * are named as such.
 */
function verdictLine(
  paint: Painter,
  report: Report,
  rendered: Rendered
): string {
  const { counts } = report
  const from = rendered.source === 'aws' ? 'AWS Secrets Manager' : 'local files'
  const tally = `${counts.checked} checked from ${from}, ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.missing} missing`
  if (!report.valid)
    return `${paint.red(`Fail (--fail-on ${rendered.failOn})`)}: ${tally}.`
  if (counts.errors > 0 || (counts.warnings > 0 && rendered.failOn !== 'error'))
    return `${paint.yellow(`Not failing (--fail-on ${rendered.failOn})`)}: ${tally}.`
  return `${paint.green(`Pass (--fail-on ${rendered.failOn})`)}: ${tally}.`
}

/**
 * One row per secret: kind, id, status, where its value is, and the codes
 * of its findings. When the whole table does not fit `width` (or no item
 * has a finding), the codes column goes (the findings below name each
 * code) and the other columns
 * wrap their cells, long ids and paths after a '_' or a '/'.
 */
function itemTable(
  paint: Painter,
  rendered: Rendered,
  width: number
): string[] {
  const rows = rendered.report.items.map((item) => [
    item.kind,
    item.id,
    paintStatus(paint, item.status),
    rendered.where(item),
    [...new Set(item.findings.map((finding) => finding.code))].join('\n')
  ])
  const headers = ['KIND', 'ID', 'STATUS', 'SOURCE', 'FINDINGS']
  const full = renderTable(headers, rows, paint)
  const fits = full.split('\n').every((line) => visibleWidth(line) <= width)
  const anyFinding = rendered.report.items.some(
    (item) => item.findings.length > 0
  )
  const table =
    fits && anyFinding
      ? full
      : renderTable(
          headers.slice(0, -1),
          rows.map((row) => row.slice(0, -1)),
          paint,
          { maxWidth: width, minWidths: MIN_WIDTHS }
        )
  return table.trimEnd().split('\n')
}

/** The report as a table, the findings with their fixes, and the verdict. */
export function renderText(io: CliIo, rendered: Rendered): string {
  const paint = painter(useColor(io))
  const width = terminalWidth(io)
  const { report } = rendered
  const lines: string[] = []
  for (const note of rendered.notes) lines.push(...wrapText(note, width, 2))
  if (lines.length > 0) lines.push('')

  if (report.items.length === 0)
    lines.push('The manifest lists no connections or variables.')
  else lines.push(...itemTable(paint, rendered, width))

  const findings: string[][] = []
  for (const item of report.items)
    for (const finding of item.findings)
      findings.push(
        findingLines(paint, `${item.kind} ${item.id}`, finding, width)
      )
  for (const finding of report.settingsFindings) {
    const at =
      finding.kind === 'config'
        ? finding.id
        : (rendered.undeclaredAt.get(`${finding.kind}\u0000${finding.id}`) ??
          `${finding.kind} ${finding.id}`)
    findings.push(findingLines(paint, at, finding, width))
  }
  if (findings.length > 0)
    lines.push('', paint.bold('Findings and fixes:'), ...findings.flat())

  lines.push('', ...wrapVerdict(verdictLine(paint, report, rendered), width))
  return lines.map((line) => `${line}\n`).join('')
}

/** The verdict wrapped to `width` (its painted lead kept on the first line). */
function wrapVerdict(line: string, width: number): string[] {
  const colon = line.indexOf(': ')
  const lead = line.slice(0, colon + 1)
  // eslint-disable-next-line no-control-regex
  const plainLead = lead.replace(/\u001b\[[0-9;]*m/g, '')
  return wrapLead(plainLead, lead, line.slice(colon + 1), width, 2)
}
