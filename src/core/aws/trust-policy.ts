/**
 * What to tell a user whose role trust policy does not match the GitHub OIDC
 * token: the token's non-secret claims and an IAM `Condition` that would
 * match them. Pure: takes the decoded claims.
 */

/** The GitHub OIDC token claims that matter for a trust policy. */
export interface GithubClaims {
  readonly sub?: string
  readonly aud?: string | readonly string[]
  readonly iss?: string
  readonly repository?: string
  readonly repository_id?: string
  readonly repository_owner?: string
  readonly repository_owner_id?: string
  readonly ref?: string
  readonly environment?: string
  readonly job_workflow_ref?: string
  readonly event_name?: string
}

/** The claims printed on an AccessDenied, in this order. */
export const DIAGNOSTIC_CLAIMS = [
  'sub',
  'aud',
  'repository',
  'ref',
  'environment',
  'job_workflow_ref'
] as const

const PROVIDER = 'token.actions.githubusercontent.com'

const IMMUTABLE_SUB = /^repo:[^/@:]+@\d+\/[^/@:]+@\d+:/
const NAME_SUB = /^repo:([^/@:]+)\/([^/@:]+):(.*)$/

/** True when `sub` has the immutable `repo:<owner>@<id>/<repo>@<id>:` form. */
export function isImmutableSub(sub: string): boolean {
  return IMMUTABLE_SUB.test(sub)
}

/**
 * The subject in the other format, when the claims allow it: the immutable
 * `repo:<owner>@<owner_id>/<repo>@<repo_id>:...` for a name-only subject,
 * and the name-only form for an immutable one.
 */
export function alternateSub(claims: GithubClaims): string | undefined {
  const sub = claims.sub
  if (sub === undefined) return undefined
  const named = NAME_SUB.exec(sub)
  if (named && claims.repository_owner_id && claims.repository_id)
    return `repo:${named[1] ?? ''}@${claims.repository_owner_id}/${named[2] ?? ''}@${claims.repository_id}:${named[3] ?? ''}`
  const immutable = /^repo:([^/@:]+)@\d+\/([^/@:]+)@\d+:(.*)$/.exec(sub)
  if (immutable)
    return `repo:${immutable[1] ?? ''}/${immutable[2] ?? ''}:${immutable[3] ?? ''}`
  return undefined
}

function audienceOf(claims: GithubClaims): string | undefined {
  return Array.isArray(claims.aud)
    ? (claims.aud as readonly string[])[0]
    : (claims.aud as string | undefined)
}

/** An IAM trust-policy `Condition` that matches these claims. */
export function trustPolicyCondition(
  claims: GithubClaims
): Record<string, Record<string, string | string[]>> {
  const equals: Record<string, string | string[]> = {}
  const audience = audienceOf(claims)
  if (audience !== undefined) equals[`${PROVIDER}:aud`] = audience
  if (claims.sub !== undefined) {
    const other = alternateSub(claims)
    // The immutable form first: it is what new and renamed repositories get.
    equals[`${PROVIDER}:sub`] =
      other === undefined
        ? claims.sub
        : isImmutableSub(claims.sub)
          ? [claims.sub, other]
          : [other, claims.sub]
  }
  return { StringEquals: equals }
}

/** What to show a user whose role refused the token (no line holds it). */
export interface TrustPolicyDiagnosis {
  readonly roleArn: string
  /** The diagnostic claims, in DIAGNOSTIC_CLAIMS order; absent ones as `(absent)`. */
  readonly claims: readonly (readonly [string, string])[]
  /** Why an older policy may not match, and how to pin the workflow. */
  readonly notes: readonly string[]
  /** `{"Condition": ...}`, pretty-printed JSON that matches the token. */
  readonly condition: string
}

/** The claims, the notes and a matching Condition for an STS denial. */
export function trustPolicyDiagnosis(
  claims: GithubClaims,
  roleArn: string
): TrustPolicyDiagnosis {
  const shown = DIAGNOSTIC_CLAIMS.map((key) => {
    const value = key === 'aud' ? audienceOf(claims) : claims[key]
    return [key, value ?? '(absent)'] as const
  })
  const notes: string[] = []
  if (claims.sub !== undefined && isImmutableSub(claims.sub))
    notes.push(
      'This token uses the immutable subject format `repo:<owner>@<owner_id>/<repo>@<repo_id>:...` (repositories created, renamed or transferred since 2026-07-15); a condition on `repo:<owner>/<repo>:...` no longer matches it.'
    )
  else if (claims.sub !== undefined && alternateSub(claims) !== undefined)
    notes.push(
      'Repositories created, renamed or transferred since 2026-07-15 get the immutable subject format `repo:<owner>@<owner_id>/<repo>@<repo_id>:...`; the condition below accepts both forms.'
    )
  if (claims.job_workflow_ref)
    notes.push(
      `To trust only this workflow file, also match \`${PROVIDER}:job_workflow_ref\` = \`${claims.job_workflow_ref}\`.`
    )
  return {
    roleArn,
    claims: shown,
    notes,
    condition: JSON.stringify(
      { Condition: trustPolicyCondition(claims) },
      null,
      2
    )
  }
}

/**
 * The lines to print when STS denies the role: the claims, why an older
 * policy may not match, and the `Condition` JSON. No line holds the token.
 */
export function trustPolicyHint(
  claims: GithubClaims,
  roleArn: string
): string[] {
  const diagnosis = trustPolicyDiagnosis(claims, roleArn)
  return [
    `The trust policy of ${roleArn} does not accept this GitHub OIDC token. Its claims:`,
    ...diagnosis.claims.map(([key, value]) => `  ${key}: ${value}`),
    ...diagnosis.notes,
    'A trust policy Condition that matches this token:',
    diagnosis.condition
  ]
}
