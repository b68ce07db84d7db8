/**
 * The first thing the action does, before the rest of it is loaded: start
 * the GitHub OIDC token request, so that it is in flight while Node compiles
 * and runs the action and parses the manifest. It reads only the inputs it
 * needs; readSettings validates them all afterwards, and a token requested
 * for inputs that then fail is simply not used.
 */
import { prefetchIdToken } from '../adapters/github/oidc.js'
import { getInput } from '../adapters/github/toolkit.js'
import { parseAudience } from '../core/aws/inputs.js'

/** A token request already in flight, and for which audience. */
export interface EarlyToken {
  readonly audience: string
  readonly getIdToken: (audience: string) => Promise<string>
}

/**
 * Starts the token request when the inputs ask for a role (role-to-assume
 * set, mode not env-only) and the job can request a token; else undefined.
 */
export function startTokenRequest(
  env: NodeJS.ProcessEnv = process.env,
  request?: (audience: string) => Promise<string>
): EarlyToken | undefined {
  if (getInput('role-to-assume') === '') return undefined
  if (getInput('mode').toLowerCase() === 'env-only') return undefined
  let audience: string
  try {
    audience = parseAudience(getInput('audience'))
  } catch {
    return undefined
  }
  const getIdToken = prefetchIdToken(audience, env, request)
  return getIdToken ? { audience, getIdToken } : undefined
}
