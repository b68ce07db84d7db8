/**
 * The GitHub Actions OIDC token: checks that the job may request one, gets
 * it through the toolkit's `getIDToken` (which masks it), and decodes its
 * non-secret claims for diagnostics (no signature check: STS does that).
 */
import * as core from './toolkit.js'
import { ActionError, errorMessage } from '../../core/errors.js'
import type { GithubClaims } from '../../core/aws/trust-policy.js'

export interface OidcEnv {
  readonly ACTIONS_ID_TOKEN_REQUEST_URL?: string | undefined
  readonly ACTIONS_ID_TOKEN_REQUEST_TOKEN?: string | undefined
  readonly GITHUB_ACTIONS?: string | undefined
  readonly GITHUB_EVENT_NAME?: string | undefined
}

export interface OidcToken {
  /** The JWT; masked already. Never print it. */
  readonly token: string
  /** Its payload claims (public: who, where, which ref). */
  readonly claims: GithubClaims & Readonly<Record<string, unknown>>
}

/**
 * Throws the exact fix when the job cannot request an OIDC token: the
 * runner injects ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN only for jobs with
 * `id-token: write`.
 */
export function assertOidcAvailable(env: OidcEnv): void {
  const missing = [
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
  ].filter((name) => (env[name as keyof OidcEnv] ?? '') === '')
  if (missing.length === 0) return
  if (env.GITHUB_ACTIONS !== 'true')
    throw new ActionError(
      'oidc-unavailable',
      `role-to-assume needs a GitHub Actions OIDC token, and ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set because this is not a GitHub Actions job: leave role-to-assume empty to use the ambient AWS credentials instead.`
    )
  const fork = /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')
    ? ' This is a pull_request run: pull requests from forks never get an OIDC token.'
    : ' Pull requests from forks never get one.'
  throw new ActionError(
    'oidc-unavailable',
    `No GitHub OIDC token for role-to-assume (${missing.join(' and ')} not set): add "permissions: id-token: write" to this job, and for a reusable workflow to the calling job too.${fork}`
  )
}

/** The payload of a JWT, or undefined when it is not one. */
export function decodeJwtClaims(
  jwt: string
): Record<string, unknown> | undefined {
  const payload = jwt.split('.')[1]
  if (payload === undefined || payload === '') return undefined
  try {
    const claims: unknown = JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8')
    )
    return typeof claims === 'object' &&
      claims !== null &&
      !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** Only string claims (and `aud` arrays) are kept. */
function stringClaims(
  raw: Record<string, unknown>
): GithubClaims & Record<string, unknown> {
  const claims: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw))
    if (typeof value === 'string') claims[key] = value
    else if (typeof value === 'number' || typeof value === 'boolean')
      claims[key] = String(value)
    else if (
      key === 'aud' &&
      Array.isArray(value) &&
      value.every((v) => typeof v === 'string')
    )
      claims[key] = value
  return claims
}

export interface GetOidcTokenOptions {
  readonly env?: OidcEnv
  /** Defaults to `core.getIDToken` (adapters/github/toolkit.ts). */
  readonly getIdToken?: (audience: string) => Promise<string>
}

/** Gets the job's OIDC token for `audience`. */
export async function getOidcToken(
  audience: string,
  options: GetOidcTokenOptions = {}
): Promise<OidcToken> {
  assertOidcAvailable(options.env ?? process.env)
  const getIdToken = options.getIdToken ?? core.getIDToken
  let token: string
  try {
    token = await getIdToken(audience)
  } catch (error) {
    throw new ActionError(
      'oidc-failed',
      `Could not get the GitHub OIDC token for audience "${audience}": ${errorMessage(error).replace(/^Error message: /, '')}`
    )
  }
  const claims = decodeJwtClaims(token)
  if (!claims)
    throw new ActionError(
      'oidc-failed',
      `The GitHub OIDC token service returned something that is not a JWT for audience "${audience}".`
    )
  return { token, claims: stringClaims(claims) }
}

/**
 * Starts the OIDC token request now, so that it is in flight while the AWS
 * SDK loads, and returns a `getIdToken` whose first call for `audience`
 * hands back that request (later calls ask again). Undefined when the job
 * cannot request a token: getOidcToken then says why.
 */
export function prefetchIdToken(
  audience: string,
  env: OidcEnv = process.env,
  getIdToken: (audience: string) => Promise<string> = core.getIDToken
): ((audience: string) => Promise<string>) | undefined {
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
    return undefined
  let pending: Promise<string> | undefined = getIdToken(audience)
  // Awaited later; until then a failure must not be an unhandled rejection.
  pending.catch(() => undefined)
  return (asked) => {
    const token = asked === audience ? pending : undefined
    pending = undefined
    return token ?? getIdToken(asked)
  }
}
