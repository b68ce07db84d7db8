/**
 * The job summary: counts, one row per connection and variable, a fix for
 * each finding, and the Astro command. Built only from the Report, which
 * holds no value. GitHub shows at most 1 MiB per step, so the table is cut
 * with a pointer to the JSON report well before that.
 */
import {
  PROFILES,
  type Profile,
  describeProfiles
} from '../airflow/profiles.js'
import { code, escapeText } from './pr-comment.js'
import type { Finding } from '../findings.js'
import type { Report, ReportItem } from '../gate/report.js'

const BUDGET = 900_000
const STATUS_ICON: Record<ReportItem['status'], string> = {
  valid: '✅ valid',
  warning: '⚠️ warning',
  invalid: '❌ invalid',
  missing: '❌ missing',
  unreadable: '❌ unreadable',
  skipped: '➖ not looked up'
}

function cell(text: string): string {
  return `<td>${text}</td>`
}

function findingText(finding: Finding): string {
  return `${finding.severity === 'error' ? '❌' : '⚠️'} ${escapeText(finding.message)}`
}

function row(item: ReportItem): string {
  const fields =
    item.connType !== undefined || item.fieldsSet !== undefined
      ? `${item.connType ? code(item.connType) : '<i>no type</i>'}${item.fieldsSet && item.fieldsSet.length > 0 ? `: ${item.fieldsSet.join(', ')}` : ''}`
      : ''
  return `<tr>${[
    cell(item.kind),
    cell(code(item.id)),
    cell(item.secretName === null ? '<i>none</i>' : code(item.secretName)),
    cell(STATUS_ICON[item.status]),
    cell(fields),
    cell(item.findings.map(findingText).join('<br>'))
  ].join('')}</tr>`
}

export interface SummaryInput {
  readonly report: Report
  readonly envFile: string | null
  readonly reportFile: string | null
}

/** The job summary as GitHub-flavoured Markdown with HTML tables. */
export function renderSummary({
  report,
  envFile,
  reportFile
}: SummaryInput): string {
  const { counts } = report
  const failed = report.items.filter(
    (item) => item.status !== 'valid' && item.status !== 'warning'
  ).length
  const heading = report.valid
    ? `## ✅ Airflow secrets: ${counts.checked} checked${counts.warnings > 0 ? `, ${counts.warnings} warning${counts.warnings > 1 ? 's' : ''}` : ''}`
    : `## ❌ Airflow secrets: ${failed} of ${counts.checked} failed`
  const profiles = describeProfiles(
    report.profiles.filter((profile): profile is Profile =>
      (PROFILES as readonly string[]).includes(profile)
    )
  )
  const parts: string[] = [
    heading,
    '',
    `Checked as ${escapeText(profiles)} would parse them · mode \`${report.mode}\` · fail-on \`${report.failOn}\`${report.manifest ? ` · manifest ${code(report.manifest)}` : ''}`,
    '',
    '| Checked | Errors | Warnings | Missing | Invalid |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${counts.checked} | ${counts.errors} | ${counts.warnings} | ${counts.missing} | ${counts.invalid} |`,
    ''
  ]
  if (report.settingsFindings.length > 0) {
    parts.push('### Backend kwargs and DAG code', '')
    for (const finding of report.settingsFindings)
      parts.push(
        `- ${code(finding.id)}: ${findingText(finding)}${finding.hint ? ` — ${escapeText(finding.hint)}` : ''}`
      )
    parts.push('')
  }
  const ordered = [...report.items].sort((a, b) => rank(a) - rank(b))
  const header = `<table><tr>${['Kind', 'Id', 'Secret', 'Status', 'conn_type: fields set', 'Finding'].map((h) => `<th>${h}</th>`).join('')}</tr>`
  const rows: string[] = []
  let size = parts.join('\n').length + header.length
  let shown = 0
  for (const item of ordered) {
    const text = row(item)
    if (size + text.length > BUDGET * 0.7) break
    rows.push(text)
    size += text.length
    shown++
  }
  if (rows.length > 0) parts.push(`${header}${rows.join('')}</table>`, '')
  if (shown < ordered.length)
    parts.push(
      `…and ${ordered.length - shown} more rows${reportFile ? ` in the JSON report (${code(reportFile)})` : ''}.`,
      ''
    )

  const fixes = ordered.flatMap((item) =>
    item.findings
      .filter((finding) => finding.hint)
      .map((finding) => [item, finding] as const)
  )
  if (fixes.length > 0) {
    parts.push('### How to fix', '')
    for (const [item, finding] of fixes) {
      const line = `- ${item.kind} ${code(item.id)}: ${escapeText(finding.hint ?? '')}`
      if (size + line.length > BUDGET) {
        parts.push('- …more fixes in the JSON report.')
        break
      }
      parts.push(line)
      size += line.length
    }
    parts.push('')
  }
  if (envFile)
    parts.push(
      '### Apply to Astro',
      '',
      'The env file holds the backend and its kwargs exactly as validated:',
      '',
      '```sh',
      `astro deployment variable update --deployment-id <deployment-id> --load --env ${envFile} --secret`,
      '```',
      ''
    )
  return parts.join('\n')
}

function rank(item: ReportItem): number {
  if (item.findings.some((finding) => finding.severity === 'error')) return 0
  if (item.findings.length > 0) return 1
  return 2
}
