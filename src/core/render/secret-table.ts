/**
 * The per-secret table the job summary and the pull-request comment share:
 * one row per connection or variable, errors first, each with its verdict
 * and, in one cell, what is wrong and how to fix it. A GFM pipe table, so
 * every cell is markdown and input is markdown-escaped (markdown.ts).
 */
import { FALLS_THROUGH, type Finding } from '../findings.js'
import {
  PROFILES,
  type Profile,
  describeProfiles
} from '../airflow/profiles.js'
import type { Report, ReportItem } from '../gate/report.js'
import { clip, mdCode, mdRich, mdText } from './markdown.js'

/** Longest message or fix shown in a row; longer ones end in `…`. */
const CELL_TEXT_MAX = 400

/** The explanation shared by every row whose secret Airflow would skip. */
export const FALLS_THROUGH_NOTE =
  '**Why tasks never said so:** where a row says Airflow raises or the read was denied, Airflow logs the exception and tries the next secrets backend, so tasks see "isn\'t defined" (or silently use another definition of the same id).'

function known(profiles: readonly string[]): Profile[] {
  return profiles.filter((profile): profile is Profile =>
    (PROFILES as readonly string[]).includes(profile)
  )
}

/** `Airflow 3.1.0–3.1.4, in tasks`: the releases and side of some profiles. */
export function describeScope(profiles: readonly string[]): string {
  const ours = known(profiles)
  return ours.length === profiles.length && ours.length > 0
    ? describeProfiles(ours)
    : profiles.join(', ')
}

/** `... only`: what a scoped finding holds for. */
export function scopeLabel(profiles: readonly string[]): string {
  return `${describeScope(profiles)} only`
}

/**
 * A finding's message without the long scope prefix and the shared
 * explanation, which the table shows once.
 */
function bareMessage(finding: Finding): string {
  let text = finding.message
  if (finding.profiles && finding.profiles.length > 0) {
    const long = describeScope(finding.profiles)
    if (text.startsWith(`${long}: `)) text = text.slice(long.length + 2)
  }
  return text.replace(` ${FALLS_THROUGH}.`, '').replace(FALLS_THROUGH, '')
}

export function fallsThrough(finding: Finding): boolean {
  return finding.message.includes(FALLS_THROUGH)
}

/** What the row says for findings whose message repeats the secret name. */
interface Shown {
  readonly what: string
  readonly fix?: string
  /** A command or other long detail, folded away. */
  readonly detail?: { readonly label: string; readonly code: string }
}

function present(finding: Finding, item: ReportItem | null): Shown {
  const name = item?.secretName ?? finding.secretName ?? ''
  const hint = finding.hint
  const own = (what: string): Shown => ({
    what,
    ...(hint === undefined ? {} : { fix: hint })
  })
  switch (finding.code) {
    case 'secret-not-found':
      return {
        what: 'No such secret in Secrets Manager.',
        fix: 'Create it as a Plaintext secret (SecretString).',
        detail: {
          label: 'Command',
          code: `aws secretsmanager create-secret --name ${name} --secret-string file://value.txt`
        }
      }
    case 'secret-scheduled-for-deletion':
      return {
        what: 'Scheduled for deletion; Airflow treats it as missing.',
        fix: 'Restore it.',
        detail: {
          label: 'Command',
          code: `aws secretsmanager restore-secret --secret-id ${name}`
        }
      }
    case 'secret-binary-only':
      return own(
        'Only a SecretBinary is stored; Airflow reads SecretString alone, so it is not found.'
      )
    case 'secret-decrypt-failed':
      return own('KMS could not decrypt it; Airflow treats that as not found.')
    case 'secret-access-denied':
      return own('Reading it was denied.')
    default:
      return own(bareMessage(finding))
  }
}

/** One finding as markdown: scope, what is wrong, the fix, folded detail. */
export function findingMarkdown(
  finding: Finding,
  item: ReportItem | null,
  icon: boolean
): string {
  const shown = present(finding, item)
  const mark = icon ? (finding.severity === 'error' ? '❌ ' : '⚠️ ') : ''
  const scope =
    finding.profiles && finding.profiles.length > 0
      ? `*${mdText(scopeLabel(finding.profiles))}:* `
      : ''
  const fix =
    shown.fix === undefined || shown.fix === ''
      ? ''
      : ` **Fix:** ${mdRich(shown.fix, CELL_TEXT_MAX)}`
  const detail =
    shown.detail === undefined
      ? ''
      : ` <details><summary>${mdText(shown.detail.label)}</summary>${mdCode(shown.detail.code, CELL_TEXT_MAX)}</details>`
  return `${mark}${scope}${mdRich(shown.what, CELL_TEXT_MAX)}${fix}${detail}`
}

/** ❌ with an error, ⚠️ with a warning, ✅ otherwise. */
function verdictIcon(findings: readonly Finding[]): string {
  if (findings.some((finding) => finding.severity === 'error')) return '❌'
  return findings.length > 0 ? '⚠️' : '✅'
}

const STATUS_WORD: Record<ReportItem['status'], string> = {
  valid: 'valid',
  warning: 'warning',
  invalid: 'invalid',
  missing: 'missing',
  unreadable: 'unreadable',
  skipped: 'not looked up'
}

/** Sort key: errors, then warnings, then clean items. */
export function itemRank(item: ReportItem): number {
  if (item.findings.some((finding) => finding.severity === 'error')) return 0
  return item.findings.length > 0 ? 1 : 2
}

/** The secret names the backend derives, per kind, from the report's kwargs. */
export interface NameRule {
  readonly connection: string | null
  readonly variable: string | null
  readonly sep: string
}

/** Reads the prefixes and separator back from the report's kwargs. */
export function nameRule(report: Report): NameRule {
  let kwargs: Record<string, unknown> = {}
  try {
    const parsed: unknown = JSON.parse(report.backendKwargs)
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      kwargs = parsed as Record<string, unknown>
  } catch {
    // Not JSON: the defaults below.
  }
  const prefix = (key: string, fallback: string): string | null => {
    if (!(key in kwargs)) return fallback
    const value = kwargs[key]
    return typeof value === 'string' ? value : null
  }
  return {
    connection: prefix('connections_prefix', 'airflow/connections'),
    variable: prefix('variables_prefix', 'airflow/variables'),
    sep: typeof kwargs.sep === 'string' ? kwargs.sep : '/'
  }
}

/** The secret name when it is not `<prefix><sep><id>`, else null. */
function unusualName(item: ReportItem, rule: NameRule): string | null {
  if (item.secretName === null || item.kind === 'config') return null
  const prefix = rule[item.kind]
  return prefix !== null && item.secretName === `${prefix}${rule.sep}${item.id}`
    ? null
    : item.secretName
}

/** The sentence naming the secret names, shown once near the table. */
export function namesSentence(
  rule: NameRule,
  kinds: ReadonlySet<string>
): string {
  const parts: string[] = []
  for (const kind of ['connection', 'variable'] as const) {
    const prefix = rule[kind]
    if (kinds.has(kind) && prefix !== null)
      parts.push(`${kind}s ${mdCode(`${prefix}${rule.sep}<id>`)}`)
  }
  return parts.length === 0
    ? ''
    : `Secret names: ${parts.join(', ')}, unless a row names another.`
}

export interface TableRow {
  readonly rank: number
  readonly line: string
  readonly fallsThrough: boolean
}

/** A row for one item: kind, id (and unusual name), verdict, findings. */
export function itemRow(
  item: ReportItem,
  rule: NameRule,
  validText: (item: ReportItem) => string
): TableRow {
  const name = unusualName(item, rule)
  const id =
    name === null
      ? mdCode(item.id)
      : `${mdCode(item.id)}<br>secret ${mdCode(name)}`
  const errors = item.findings.filter((f) => f.severity === 'error')
  const ordered = [
    ...errors,
    ...item.findings.filter((f) => f.severity !== 'error')
  ]
  const mixed = errors.length > 0 && errors.length < ordered.length
  const problems =
    ordered.length === 0
      ? validText(item)
      : ordered
          .map((finding) => findingMarkdown(finding, item, mixed))
          .join('<br>')
  const verdict = `${verdictIcon(item.findings)} ${STATUS_WORD[item.status]}`
  return {
    rank: itemRank(item),
    line: `| ${item.kind} | ${id} | ${verdict} | ${problems} |`,
    fallsThrough: item.findings.some(fallsThrough)
  }
}

export const TABLE_HEAD = [
  '| Kind | Id | Verdict | What is wrong, and the fix |',
  '| --- | --- | --- | --- |'
]

/** Rows for the items, errors first (stable within a rank). */
export function tableRows(
  items: readonly ReportItem[],
  rule: NameRule,
  validText: (item: ReportItem) => string
): TableRow[] {
  return items
    .map((item) => itemRow(item, rule, validText))
    .sort((a, b) => a.rank - b.rank)
}

/** The settings findings (backend kwargs, DAG code) as a markdown list. */
export function settingsList(findings: readonly Finding[]): string[] {
  return findings.map((finding) => {
    const subject =
      finding.kind === 'config'
        ? mdCode(finding.id)
        : `${finding.kind} ${mdCode(finding.id)}`
    return `- ${subject}: ${findingMarkdown(finding, null, true)}`
  })
}

/** Text clipped for a cell; exported for the valid-row texts. */
export function cellText(text: string): string {
  return mdText(clip(text, CELL_TEXT_MAX), CELL_TEXT_MAX)
}
