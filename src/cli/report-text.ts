/**
 * The check report as people read it in a terminal: notes, a table of
 * secrets, every finding with its fix, and the verdict line.
 */
import type { Finding } from '../core/findings.js'
import type { FailOn } from '../core/gate/plan.js'
import type { Report, ReportItem } from '../core/gate/report.js'
import type { CliIo } from './io.js'
import { type Painter, painter, renderTable, useColor } from './style.js'

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

function severityText(paint: Painter, finding: Finding): string {
  return finding.severity === 'error'
    ? paint.red('error')
    : paint.yellow('warning')
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

/** The first sentence of a message, cut to fit a terminal row. */
function shorten(message: string, max = 90): string {
  const sentence = /^.*?[.;](?=\s|$)/.exec(message)?.[0] ?? message
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1)}…`
}

/** The report as a table, the findings with their fixes, and the verdict. */
export function renderText(io: CliIo, rendered: Rendered): string {
  const paint = painter(useColor(io))
  const { report } = rendered
  const lines: string[] = [
    ...rendered.notes,
    ...(report.airflowSource === undefined
      ? []
      : [
          `Airflow ${report.airflow} (${report.airflowSource}); Amazon provider ${report.amazonProvider ?? ''} (${report.amazonProviderSource ?? ''}).`
        ])
  ]
  for (const finding of report.settingsFindings) {
    const at =
      finding.kind === 'config'
        ? finding.id
        : (rendered.undeclaredAt.get(`${finding.kind}\u0000${finding.id}`) ??
          finding.id)
    lines.push(`${at}: ${severityText(paint, finding)}: ${finding.message}`)
  }
  if (lines.length > 0) lines.push('')
  const out = lines.map((line) => `${line}\n`).join('')
  const table =
    report.items.length === 0
      ? 'The manifest lists no connections or variables.\n'
      : renderTable(
          ['KIND', 'ID', 'STATUS', 'SOURCE', 'FINDING'],
          report.items.map((item) => {
            const first = item.findings[0]
            const more =
              item.findings.length > 1
                ? paint.dim(` (+${item.findings.length - 1} more)`)
                : ''
            return [
              item.kind,
              item.id,
              paintStatus(paint, item.status),
              rendered.where(item),
              first ? `${shorten(first.message)}${more}` : ''
            ]
          }),
          paint
        )
  const fixes: string[] = []
  for (const item of report.items)
    for (const finding of item.findings)
      fixes.push(
        `  ${item.kind} ${item.id}: ${severityText(paint, finding)}: ${finding.message}${finding.hint ? `\n    fix: ${finding.hint}` : ''}`
      )
  for (const finding of report.settingsFindings)
    if (finding.hint)
      fixes.push(`  ${finding.kind} ${finding.id}: fix: ${finding.hint}`)
  const fixText =
    fixes.length > 0
      ? `\n${paint.bold('Findings and fixes:')}\n${fixes.join('\n')}\n`
      : ''
  const { counts } = report
  const verdict = report.valid
    ? paint.green(`Pass (fail-on: ${rendered.failOn})`)
    : paint.red(`Fail (fail-on: ${rendered.failOn})`)
  const summary = `\n${verdict}: ${counts.checked} checked from ${rendered.source === 'aws' ? 'AWS Secrets Manager' : 'local files'}, ${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}, ${counts.missing} missing.\n`
  return out + table + fixText + summary
}
