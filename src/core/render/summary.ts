/**
 * The job summary: counts, one row per connection and variable (errors
 * first) with what is wrong and its fix in one cell, and the Astro command.
 * Built only from the Report, which holds no value. GitHub keeps at most
 * 1 MiB per step, counted in bytes, so the table is cut with a pointer to
 * the JSON report well before that.
 */
import type { Report, ReportItem } from '../gate/report.js'
import { fencedBlock, mdCode, mdText, plural, utf8Length } from './markdown.js'
import { airflowContext, renderCounts } from './pr-comment.js'
import {
  FALLS_THROUGH_NOTE,
  TABLE_HEAD,
  nameRule,
  namesSentence,
  settingsList,
  tableRows
} from './secret-table.js'

/** GitHub's limit for one step's summary, in bytes. */
export const GITHUB_SUMMARY_LIMIT = 1024 * 1024
/** What the summary aims for, in UTF-8 bytes. */
const BUDGET = 900_000

export interface SummaryInput {
  readonly report: Report
  readonly envFile: string | null
  readonly reportFile: string | null
}

/** What a clean row says: the conn_type Airflow builds and the fields set. */
function validText(item: ReportItem): string {
  if (item.connType === undefined && item.fieldsSet === undefined)
    return item.status === 'skipped' ? '' : 'Exists.'
  const type =
    item.connType === undefined || item.connType === ''
      ? 'no conn\\_type'
      : mdCode(item.connType)
  const fields =
    item.fieldsSet && item.fieldsSet.length > 0
      ? ` with ${item.fieldsSet.map((field) => mdText(field)).join(', ')}`
      : ''
  return `Builds ${type}${fields}.`
}

function heading(report: Report): string {
  const { counts } = report
  const failed = report.items.filter(
    (item) => item.status !== 'valid' && item.status !== 'warning'
  ).length
  if (report.mode === 'env-only')
    return report.valid
      ? `## ⏭️ Airflow secrets: not read (mode env-only), ${counts.checked} listed`
      : `## ❌ Airflow secrets: the backend kwargs have errors (mode env-only)`
  if (report.valid)
    return `## ✅ Airflow secrets: ${counts.checked} checked${counts.warnings > 0 ? `, ${plural(counts.warnings, 'warning')}` : ''}`
  return failed > 0
    ? `## ❌ Airflow secrets: ${failed} of ${counts.checked} failed`
    : `## ❌ Airflow secrets: the check failed`
}

/** The job summary as GitHub-flavoured markdown (a GFM pipe table). */
export function renderSummary({
  report,
  envFile,
  reportFile
}: SummaryInput): string {
  const context = [
    `Checked as ${airflowContext(report)} parses them`,
    ...(report.airflowSource === undefined
      ? []
      : [
          `Airflow ${mdText(report.airflow)} from ${mdText(report.airflowSource)}`,
          `Amazon provider ${mdText(report.amazonProvider ?? '')} from ${mdText(report.amazonProviderSource ?? '')}`
        ]),
    `mode ${mdCode(report.mode)}`,
    `fail-on ${mdCode(report.failOn)}`,
    ...(report.manifest ? [`manifest ${mdCode(report.manifest)}`] : [])
  ].join(' · ')
  const parts: string[] = [heading(report), '', context, '']
  parts.push(renderCounts(report), '')
  if (report.settingsFindings.length > 0)
    parts.push(
      '### Backend kwargs and DAG code',
      '',
      ...settingsList(report.settingsFindings),
      ''
    )
  const tail = renderApply(envFile)
  const rule = nameRule(report)
  const rows = tableRows(report.items, rule, validText)
  const notes = [
    namesSentence(rule, new Set(report.items.map((item) => item.kind))),
    FALLS_THROUGH_NOTE
  ]
  let size =
    utf8Length(parts.join('\n')) +
    utf8Length(TABLE_HEAD.join('\n')) +
    utf8Length(notes.join('\n')) +
    utf8Length(tail.join('\n')) +
    1000
  const shown: string[] = []
  let fallsThrough = false
  for (const row of rows) {
    const bytes = utf8Length(row.line) + 1
    if (size + bytes > BUDGET) break
    shown.push(row.line)
    size += bytes
    fallsThrough ||= row.fallsThrough
  }
  if (shown.length > 0) parts.push(...TABLE_HEAD, ...shown, '')
  if (shown.length < rows.length)
    parts.push(
      `…and ${rows.length - shown.length} more rows${reportFile ? ` in the JSON report (${mdCode(reportFile)})` : ''}.`,
      ''
    )
  if (shown.length > 0 && notes[0] !== '') parts.push(notes[0] ?? '', '')
  if (fallsThrough) parts.push(FALLS_THROUGH_NOTE, '')
  parts.push(...tail)
  return parts.join('\n')
}

function renderApply(envFile: string | null): string[] {
  if (!envFile) return []
  return [
    '### Apply to Astro',
    '',
    'The env file holds the backend and its kwargs exactly as validated:',
    '',
    ...fencedBlock(
      [
        'astro deployment variable update --deployment-id <deployment-id> \\',
        `  --load --env ${envFile} --secret`
      ].join('\n'),
      'sh'
    ),
    ''
  ]
}
