/**
 * The sticky pull-request comment: created once per pull request and
 * manifest, found again by its hidden marker, updated in place. Problems
 * with the comment are warnings; they never throw and never change the
 * gate's verdict.
 */
import { hasMarker, markerLine } from '../../core/render/pr-comment.js'
import {
  type Octokit,
  type RestOptions,
  createOctokit,
  failureReason,
  isForbidden,
  oldestFirst,
  redactedMessage,
  sameBody,
  statusOf
} from './rest.js'

export type PrCommentMode = 'auto' | 'always' | 'never'

export type PrCommentOutcome =
  'created' | 'updated' | 'skipped' | 'unchanged' | 'forbidden'

export interface PrCommentTarget {
  readonly owner: string
  readonly repo: string
  /** The pull request's number (pull requests are issues to this API). */
  readonly issueNumber: number
}

export interface UpsertPrCommentOptions extends RestOptions {
  readonly context: PrCommentTarget
  /** From renderPrComment(); the marker line is added if it is missing. */
  readonly body: string
  /** From commentMarker(). */
  readonly marker: string
  readonly mode: PrCommentMode
  /** `auto` creates a comment only when there is something to report. */
  readonly hasFindings: boolean
  warn(message: string): void
  info(message: string): void
}

interface MarkedComment {
  readonly id: number
  readonly body: string
  readonly createdAt: string
  readonly url: string
  /** The author's login; only duplicates by the same author are deleted. */
  readonly author: string | null
}

/** Creates, updates or leaves the sticky comment; never throws. */
export async function upsertPrComment(
  options: UpsertPrCommentOptions
): Promise<PrCommentOutcome> {
  const { mode, context } = options
  if (mode === 'never') {
    options.info('pr-comment is never: not commenting on the pull request.')
    return 'skipped'
  }
  if (!Number.isSafeInteger(context.issueNumber) || context.issueNumber <= 0) {
    options.info('Not a pull request: no comment.')
    return 'skipped'
  }
  if (options.token.trim() === '') {
    const say = mode === 'always' || options.hasFindings ? 'warn' : 'info'
    options[say](
      'github-token is empty, so no pull-request comment is posted. ' +
        'Pass `github-token: ${{ github.token }}` or set pr-comment to never.'
    )
    return 'skipped'
  }
  const line = markerLine(options.marker)
  const body = hasMarker(options.body, options.marker)
    ? options.body
    : `${line}\n${options.body}`
  try {
    const octokit = await createOctokit(options)
    return await upsert(octokit, { ...options, body })
  } catch (error) {
    return reportFailure(error, options)
  }
}

async function upsert(
  octokit: Octokit,
  options: UpsertPrCommentOptions
): Promise<PrCommentOutcome> {
  const { owner, repo, issueNumber } = options.context
  const where = `pull request #${issueNumber}`
  const existing = await listMarked(octokit, options)

  if (existing.length === 0) {
    if (options.mode === 'auto' && !options.hasFindings) {
      options.info(
        `No findings and no earlier comment on ${where}: none added.`
      )
      return 'skipped'
    }
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body: options.body
    })
    // Two runs that listed at the same time both created one: settle on one.
    const author = data.user?.login ?? null
    const after = (await listMarked(octokit, options)).filter(
      (comment) => comment.author === author
    )
    if (after.length > 1) {
      const newest = after[after.length - 1]
      const keeper = await settle(octokit, options, after, newest?.body)
      options.info(`Merged duplicate comments on ${where}: ${keeper.url}`)
      return keeper.id === data.id ? 'created' : 'updated'
    }
    options.info(`Commented on ${where}: ${data.html_url}`)
    return 'created'
  }

  const keeper = await settle(octokit, options, existing, undefined)
  if (sameBody(keeper.body, options.body)) {
    options.info(`The comment on ${where} is up to date: ${keeper.url}`)
    return 'unchanged'
  }
  await octokit.rest.issues.updateComment({
    owner,
    repo,
    comment_id: keeper.id,
    body: options.body
  })
  options.info(`Updated the comment on ${where}: ${keeper.url}`)
  return 'updated'
}

/**
 * Keeps the oldest marked comment and deletes the others by the same author
 * (never someone else's comment). With `body`, the oldest is also given that
 * body (the newest comment's, after a race).
 */
async function settle(
  octokit: Octokit,
  options: UpsertPrCommentOptions,
  marked: readonly MarkedComment[],
  body: string | undefined
): Promise<MarkedComment> {
  const [oldest, ...others] = marked
  if (oldest === undefined) throw new Error('no comment to keep')
  const { owner, repo } = options.context
  for (const other of others) {
    if (other.author !== oldest.author) continue
    try {
      await octokit.rest.issues.deleteComment({
        owner,
        repo,
        comment_id: other.id
      })
    } catch (error) {
      // The other run may have deleted it already.
      if (statusOf(error) !== 404) throw error
    }
  }
  if (body === undefined || sameBody(oldest.body, body)) return oldest
  await octokit.rest.issues.updateComment({
    owner,
    repo,
    comment_id: oldest.id,
    body
  })
  return { ...oldest, body }
}

/** Every comment carrying the marker, across all pages, oldest first. */
async function listMarked(
  octokit: Octokit,
  options: UpsertPrCommentOptions
): Promise<MarkedComment[]> {
  const { owner, repo, issueNumber } = options.context
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100
  })
  return oldestFirst(
    comments
      .filter((c) => hasMarker(c.body ?? '', options.marker))
      .map((c) => ({
        id: c.id,
        body: c.body ?? '',
        createdAt: c.created_at,
        url: c.html_url,
        author: c.user?.login ?? null
      }))
  )
}

function reportFailure(
  error: unknown,
  options: UpsertPrCommentOptions
): PrCommentOutcome {
  const where = `pull request #${options.context.issueNumber}`
  if (isForbidden(error)) {
    const detail = redactedMessage(error, options.token)
    options.warn(
      `Could not comment on ${where} (HTTP ${statusOf(error) ?? 403}: ${detail}): the ` +
        'github-token cannot write pull-request comments. Add ' +
        '`permissions: pull-requests: write` to the job (and to the calling ' +
        'job of a reusable workflow). Pull requests from forks always get a ' +
        'read-only token, so they get no comment. The check result does not ' +
        'depend on the comment.'
    )
    return 'forbidden'
  }
  options.warn(
    `Could not update the comment on ${where} (${failureReason(error, options.token)}). ` +
      'The check result does not depend on the comment.'
  )
  return 'skipped'
}
