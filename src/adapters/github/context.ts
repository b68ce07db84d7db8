/**
 * What the action needs to know about the workflow run, read from
 * `github.context` of `@actions/github` once, instead of GITHUB_* by hand.
 */
import * as github from '@actions/github'
import { isPullRequestEvent } from './events.js'

/** The parts of `github.context` read here (tests pass their own). */
export type GithubContextSource = Pick<
  typeof github.context,
  | 'payload'
  | 'eventName'
  | 'sha'
  | 'ref'
  | 'runId'
  | 'runAttempt'
  | 'serverUrl'
  | 'apiUrl'
  | 'repo'
>

export interface GithubRepository {
  readonly owner: string
  readonly repo: string
}

export interface GithubRunContext {
  /** null outside GitHub Actions (no GITHUB_REPOSITORY, no payload). */
  readonly repository: GithubRepository | null
  readonly runId: number | null
  readonly runAttempt: number | null
  /** e.g. https://github.com, without a trailing slash. */
  readonly serverUrl: string
  readonly apiUrl: string
  /** `<server>/<owner>/<repo>/actions/runs/<id>`, when both are known. */
  readonly runUrl: string | null
  readonly ref: string | null
  readonly sha: string | null
  readonly eventName: string | null
  /** For `pull_request` and `pull_request_target` events only. */
  readonly pullRequestNumber: number | null
  /** Whether that pull request comes from another repository (a fork). */
  readonly pullRequestFromFork: boolean
  /**
   * A default role session name: `astro-secrets-gate` plus the repository
   * name, run id and attempt where known; 2–64 characters of `[\w+=,.@-]`.
   */
  readonly roleSessionNameBase: string
}

const SESSION_PREFIX = 'astro-secrets-gate'
const SESSION_MAX = 64

/** Reads a context; `source` defaults to `github.context`. */
export function readGithubContext(
  source: GithubContextSource = github.context
): GithubRunContext {
  const repository = readRepository(source)
  const runId = positiveInt(source.runId)
  const runAttempt = positiveInt(source.runAttempt)
  const serverUrl = trimSlash(
    nonEmpty(source.serverUrl) ?? 'https://github.com'
  )
  const apiUrl = trimSlash(nonEmpty(source.apiUrl) ?? 'https://api.github.com')
  const eventName = nonEmpty(source.eventName)
  const pullRequest = isPullRequestEvent(eventName)
    ? readPullRequest(source.payload, repository)
    : null
  return {
    repository,
    runId,
    runAttempt,
    serverUrl,
    apiUrl,
    runUrl:
      repository !== null && runId !== null
        ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}`
        : null,
    ref: nonEmpty(source.ref),
    sha: nonEmpty(source.sha),
    eventName,
    pullRequestNumber: pullRequest?.number ?? null,
    pullRequestFromFork: pullRequest?.fromFork ?? false,
    roleSessionNameBase: sessionName(repository, runId, runAttempt)
  }
}

let cached: GithubRunContext | undefined

/** The run's context, read from `github.context` on first use. */
export function githubContext(): GithubRunContext {
  cached ??= readGithubContext()
  return cached
}

/** Where to comment, for a pull-request run; null for other events. */
export function pullRequestTarget(
  context: GithubRunContext
): { owner: string; repo: string; issueNumber: number } | null {
  if (context.repository === null || context.pullRequestNumber === null)
    return null
  return { ...context.repository, issueNumber: context.pullRequestNumber }
}

function readRepository(source: GithubContextSource): GithubRepository | null {
  let repo: { owner?: unknown; repo?: unknown }
  try {
    // A getter: throws without GITHUB_REPOSITORY and payload.repository.
    repo = source.repo
  } catch {
    return null
  }
  const owner = typeof repo.owner === 'string' ? nonEmpty(repo.owner) : null
  const name = typeof repo.repo === 'string' ? nonEmpty(repo.repo) : null
  return owner !== null && name !== null ? { owner, repo: name } : null
}

function readPullRequest(
  payload: GithubContextSource['payload'],
  repository: GithubRepository | null
): { number: number; fromFork: boolean } | null {
  const pullRequest = payload.pull_request
  const number = positiveInt(pullRequest?.number ?? payload.number)
  if (number === null) return null
  const head: unknown = pullRequest?.['head']
  const headRepo = fullName(head)
  const baseRepo =
    repository === null ? null : `${repository.owner}/${repository.repo}`
  const fromFork =
    headRepo !== null &&
    baseRepo !== null &&
    headRepo.toLowerCase() !== baseRepo.toLowerCase()
  return { number, fromFork }
}

function fullName(head: unknown): string | null {
  if (typeof head !== 'object' || head === null) return null
  const repo: unknown = (head as { repo?: unknown }).repo
  if (typeof repo !== 'object' || repo === null) return null
  const name: unknown = (repo as { full_name?: unknown }).full_name
  return typeof name === 'string' && name !== '' ? name : null
}

function sessionName(
  repository: GithubRepository | null,
  runId: number | null,
  runAttempt: number | null
): string {
  const tail = [
    runId === null ? '' : String(runId),
    runAttempt === null ? '' : String(runAttempt)
  ]
    .filter((part) => part !== '')
    .map((part) => `-${part}`)
    .join('')
  const repo =
    repository === null ? '' : repository.repo.replace(/[^\w+=,.@-]/g, '-')
  const room = SESSION_MAX - SESSION_PREFIX.length - tail.length - 1
  const middle = repo === '' || room <= 0 ? '' : `-${repo.slice(0, room)}`
  return `${SESSION_PREFIX}${middle}${tail}`
}

function positiveInt(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
    ? value
    : null
}

function nonEmpty(value: string | undefined | null): string | null {
  return value === undefined || value === null || value === '' ? null : value
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}
