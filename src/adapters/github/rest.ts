/**
 * What the pull-request comment and the tracking issue share about talking
 * to the GitHub REST API: an Octokit with a per-request time limit (loaded
 * only when a request is due), and reading the errors it throws.
 */
import type { getOctokit } from '@actions/github'
import { errorMessage } from '../../core/errors.js'

/** The toolkit's Octokit, with its REST methods and `paginate`. */
export type Octokit = ReturnType<typeof getOctokit>

export interface RestOptions {
  readonly token: string
  /** REST API root; defaults to GITHUB_API_URL, then https://api.github.com. */
  readonly baseUrl?: string
  /** Per-request time limit in milliseconds (default 30 s). */
  readonly timeoutMs?: number
}

const DEFAULT_TIMEOUT_MS = 30_000

/**
 * An Octokit for the token. @actions/github is imported here, on first use,
 * so runs that post nothing never load it.
 */
export async function createOctokit(options: RestOptions): Promise<Octokit> {
  const github = await import('@actions/github')
  const octokit = github.getOctokit(
    options.token,
    options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }
  )
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  // Added per request so the toolkit's proxy-aware fetch stays in place.
  octokit.hook.before('request', (request) => {
    request.request = {
      ...request.request,
      signal: AbortSignal.timeout(timeoutMs)
    }
  })
  return octokit
}

/** Something GitHub created, in the order it was created. */
export interface Dated {
  readonly id: number
  readonly createdAt: string
}

/** Oldest first; the id breaks ties (ids grow with time). */
export function oldestFirst<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort((a, b) =>
    a.createdAt === b.createdAt
      ? a.id - b.id
      : a.createdAt < b.createdAt
        ? -1
        : 1
  )
}

/** Equal bodies up to line endings and trailing blank space. */
export function sameBody(a: string, b: string): boolean {
  const normal = (text: string): string => text.replace(/\r\n/g, '\n').trimEnd()
  return normal(a) === normal(b)
}

/** The HTTP status of an Octokit request error. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const status: unknown = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : undefined
}

/** A request cut off by its time limit (possibly wrapped by Octokit). */
export function isTimeout(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 4; depth++) {
    if (typeof current !== 'object' || current === null) return false
    const { name, cause } = current as { name?: unknown; cause?: unknown }
    if (name === 'TimeoutError' || name === 'AbortError') return true
    current = cause
  }
  return false
}

/** A 403 or 429 that means "slow down", not "not allowed". */
export function isRateLimit(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const response: unknown = (error as { response?: unknown }).response
  const headers: unknown =
    typeof response === 'object' && response !== null
      ? (response as { headers?: unknown }).headers
      : undefined
  const remaining: unknown =
    typeof headers === 'object' && headers !== null
      ? (headers as Record<string, unknown>)['x-ratelimit-remaining']
      : undefined
  return remaining === '0' || /rate limit/i.test(errorMessage(error))
}

/** A refusal for lack of permission (403/404), not a rate limit. */
export function isForbidden(error: unknown): boolean {
  const status = statusOf(error)
  return (status === 403 || status === 404) && !isRateLimit(error)
}

/** The error's message with the token blanked out. */
export function redactedMessage(error: unknown, token: string): string {
  const text = errorMessage(error)
  const secret = token.trim()
  return secret.length >= 4 ? text.split(secret).join('***') : text
}

/** Why a request failed, in words, for a one-line warning. */
export function failureReason(error: unknown, token: string): string {
  if (isTimeout(error)) return 'the GitHub API did not answer in time'
  const status = statusOf(error)
  const detail = redactedMessage(error, token)
  return status === undefined ? detail : `HTTP ${status}: ${detail}`
}
