/**
 * What the job summary and the pull-request comment say when the run itself
 * failed (a bad input or manifest, no OIDC token, STS refusing the role, AWS
 * unreachable): the error line, its fix, and for an STS denial the token's
 * claims and a trust-policy Condition that matches them. Pure: takes a
 * RunFailure, which the action builds from the error.
 */
import { fencedBlock, mdCode, mdLink, mdRich, mdText } from './markdown.js'
import { markerLine } from './pr-comment.js'

/** What an STS AccessDenied tells about the trust policy. */
export interface TrustDiagnosis {
  readonly roleArn: string
  /** The token's non-secret claims, in the order to show them. */
  readonly claims: readonly (readonly [string, string])[]
  /** Why an older policy may not match (subject format, workflow pinning). */
  readonly notes: readonly string[]
  /** `{"Condition": ...}` as pretty-printed JSON. */
  readonly condition: string
}

/** A run that ended before a report: one error, never a value. */
export interface RunFailure {
  /** The stable code from docs/errors.md (`internal` for the unexpected). */
  readonly code: string
  /** The one-line error message. */
  readonly message: string
  /** The manifest, when one was found. */
  readonly manifest?: string | null
  /** More lines about the error (e.g. each manifest problem), shown as a list. */
  readonly details?: readonly string[]
  readonly trust?: TrustDiagnosis
}

/** What to do for each run error code (docs/errors.md, "Run errors"). */
const FIXES: Record<string, string> = {
  'input-invalid':
    'Correct the input named in the message in the workflow file; the message lists the accepted values.',
  'input-missing': 'Set the input named in the message.',
  'manifest-missing':
    'Fix the manifest path (relative to the repository root) or create airflow-secrets.yml.',
  'manifest-invalid':
    'Fix the manifest at the lines given; each problem is also annotated on its line.',
  'file-unwritable':
    'Point env-file at a writable folder, or create the folder in an earlier step.',
  'oidc-unavailable':
    "Grant the job 'permissions: id-token: write' (pull requests from forks never get it), or leave role-to-assume empty to use credentials from an earlier step.",
  'oidc-failed':
    'Check the audience input and run again; the message carries the token endpoint’s answer.',
  'assume-role-failed':
    'Make the role’s trust policy accept this token: add the Condition below (or fix the IAM OIDC provider, audience or role-duration-seconds the message names).',
  'aws-credentials':
    'Set role-to-assume, or configure AWS credentials in an earlier step.',
  'aws-unavailable':
    'Run again later; raise max-attempts or lower max-concurrency if AWS is throttling.',
  'aws-unreachable':
    'Fix network access, HTTPS_PROXY/NO_PROXY or the endpoint variable named in the message.',
  'aws-timeout': 'Run again, or raise timeout-seconds.',
  'aws-call-failed': 'Follow the AWS error in the message and run again.'
}

/** The fix for a run error code. */
export function runErrorFix(code: string): string {
  return (
    FIXES[code] ??
    'Run again with debug logging (ACTIONS_STEP_DEBUG=true) and report the message if it persists.'
  )
}

/** Most detail lines listed. */
const DETAILS_MAX = 20

/** The body both the summary and the comment show. */
function failureBody(failure: RunFailure, level: '##' | '###'): string[] {
  const lines = [
    `${level} ❌ Airflow secrets: the check could not run`,
    '',
    `**Error** ${mdCode(failure.code)}: ${mdText(failure.message, 1000)}`,
    '',
    `**Fix:** ${mdText(runErrorFix(failure.code), 1000)}`,
    ''
  ]
  if (failure.manifest) lines.push(`Manifest ${mdCode(failure.manifest)}.`, '')
  const details = failure.details ?? []
  if (details.length > 0) {
    for (const detail of details.slice(0, DETAILS_MAX))
      lines.push(`- ${mdText(detail)}`)
    if (details.length > DETAILS_MAX)
      lines.push(`- …and ${details.length - DETAILS_MAX} more.`)
    lines.push('')
  }
  if (failure.trust) lines.push(...trustSection(failure.trust, level))
  lines.push(
    'Nothing was validated: the outputs say `valid=false`, and no env file was written.',
    ''
  )
  return lines
}

function trustSection(trust: TrustDiagnosis, level: '##' | '###'): string[] {
  const sub = level === '##' ? '###' : '####'
  const lines = [
    `${sub} The GitHub OIDC token the role refused`,
    '',
    `Role ${mdCode(trust.roleArn)}. The token's claims:`,
    '',
    '| Claim | Value |',
    '| --- | --- |',
    ...trust.claims.map(
      ([claim, value]) => `| ${mdText(claim)} | ${mdCode(value)} |`
    ),
    ''
  ]
  for (const note of trust.notes) lines.push(mdRich(note, 1000), '')
  lines.push(
    `${sub} A trust-policy Condition that matches this token`,
    '',
    ...fencedBlock(trust.condition, 'json'),
    ''
  )
  return lines
}

/** The job summary of a failed run. */
export function renderRunErrorSummary(failure: RunFailure): string {
  return failureBody(failure, '##').join('\n')
}

/** What a run error renders from, for the comment and for other reuse. */
export interface RunErrorMarkdownInput {
  readonly failure: RunFailure
  readonly runUrl: string | null
}

/** A failed run as markdown for a comment or an issue (no marker). */
export function renderRunErrorMarkdown(input: RunErrorMarkdownInput): string {
  const lines = failureBody(input.failure, '###')
  if (input.runUrl !== null)
    lines.push(mdLink('Workflow run and its log', input.runUrl))
  return `${lines.join('\n').trimEnd()}\n`
}

/** The sticky pull-request comment of a failed run. */
export function renderRunErrorComment(
  input: RunErrorMarkdownInput & { readonly marker: string }
): string {
  return `${markerLine(input.marker)}\n${renderRunErrorMarkdown(input)}`
}
