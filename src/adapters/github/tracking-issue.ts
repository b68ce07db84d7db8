/**
 * The tracking issue: for runs outside pull requests (schedule,
 * workflow_dispatch, push), one open issue per manifest while its check
 * fails, found again by its hidden marker among the open issues carrying the
 * label, updated in place, commented on when the failing ids change, and
 * closed with an all-clear comment once the check passes. Problems with the
 * issue are warnings; they never throw and never change the verdict.
 */
import { hasMarker, markerLine } from '../../core/render/pr-comment.js'
import {
  failingIdsChanged,
  readFailingIds
} from '../../core/render/tracking-issue.js'
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

export type TrackingIssueMode = 'auto' | 'never'

export type TrackingIssueOutcome =
  'created' | 'updated' | 'unchanged' | 'closed' | 'skipped' | 'forbidden'

export interface TrackingIssueOptions extends RestOptions {
  readonly repository: { readonly owner: string; readonly repo: string }
  /** From commentMarker(); one issue per marker. */
  readonly marker: string
  readonly mode: TrackingIssueMode
  /** Whether the check failed: open or update the issue; else close it. */
  readonly failing: boolean
  /** Label that every tracking issue carries (created when missing). */
  readonly label: string
  /** Title of a new issue. */
  readonly title: string
  /** From renderTrackingIssue(); the marker line is added if it is missing. */
  readonly body: string
  /** The ids failing now (as failingIds() gives them). */
  readonly failingIds: readonly string[]
  /** From renderFailingChange(), given the ids the issue recorded before. */
  changeComment(before: readonly string[] | null): string
  /** From renderAllClearComment(). */
  readonly allClearComment: string
  warn(message: string): void
  info(message: string): void
}

interface MarkedIssue {
  readonly id: number
  readonly number: number
  readonly body: string
  readonly createdAt: string
  readonly url: string
  /** The author's login; only duplicates by the same author are closed. */
  readonly author: string | null
}

const LABEL_COLOR = 'd93f0b'
const LABEL_DESCRIPTION =
  'Airflow connections or variables failing the scheduled check'

/** Opens, updates, closes or leaves the tracking issue; never throws. */
export async function keepTrackingIssue(
  options: TrackingIssueOptions
): Promise<TrackingIssueOutcome> {
  if (options.mode === 'never') {
    options.info('issue is never: no tracking issue.')
    return 'skipped'
  }
  if (options.token.trim() === '') {
    options.info(
      'github-token is empty, so no tracking issue is kept. Pass ' +
        '`github-token: ${{ github.token }}` or set issue to never.'
    )
    return 'skipped'
  }
  const line = markerLine(options.marker)
  const body = hasMarker(options.body, options.marker)
    ? options.body
    : `${line}\n${options.body}`
  let octokit: Octokit | undefined
  const state = { found: false }
  try {
    octokit = await createOctokit(options)
    return options.failing
      ? await openOrUpdate(octokit, { ...options, body })
      : await closeFixed(octokit, options, state)
  } catch (error) {
    return reportFailure(error, options, state.found)
  }
}

async function openOrUpdate(
  octokit: Octokit,
  options: TrackingIssueOptions
): Promise<TrackingIssueOutcome> {
  const { owner, repo } = options.repository
  const existing = await listMarked(octokit, options)

  if (existing.length === 0) {
    await ensureLabel(octokit, options)
    const { data } = await octokit.rest.issues.create({
      owner,
      repo,
      title: options.title,
      body: options.body,
      labels: [options.label]
    })
    // Two runs that listed at the same time both opened one: settle on one.
    const author = data.user?.login ?? null
    const after = (await listMarked(octokit, options)).filter(
      (issue) => issue.author === author
    )
    if (after.length > 1) {
      const keeper = await settle(octokit, options, after)
      if (!sameBody(keeper.body, options.body))
        await octokit.rest.issues.update({
          owner,
          repo,
          issue_number: keeper.number,
          body: options.body
        })
      options.info(`Merged duplicate tracking issues into #${keeper.number}.`)
      return keeper.id === data.id ? 'created' : 'updated'
    }
    options.info(`Opened tracking issue #${data.number}: ${data.html_url}`)
    return 'created'
  }

  const keeper = await settle(octokit, options, existing)
  const before = readFailingIds(keeper.body)
  let changed = false
  if (!sameBody(keeper.body, options.body)) {
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: keeper.number,
      body: options.body
    })
    changed = true
  }
  if (failingIdsChanged(before, options.failingIds)) {
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: keeper.number,
      body: options.changeComment(before)
    })
    changed = true
  }
  options.info(
    changed
      ? `Updated tracking issue #${keeper.number}: ${keeper.url}`
      : `Tracking issue #${keeper.number} is up to date: ${keeper.url}`
  )
  return changed ? 'updated' : 'unchanged'
}

async function closeFixed(
  octokit: Octokit,
  options: TrackingIssueOptions,
  state: { found: boolean }
): Promise<TrackingIssueOutcome> {
  const { owner, repo } = options.repository
  const open = await listMarked(octokit, options)
  if (open.length === 0) {
    options.info('The check passes and no tracking issue is open.')
    return 'skipped'
  }
  state.found = true
  for (const issue of open) {
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body: options.allClearComment
    })
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: issue.number,
      state: 'closed',
      state_reason: 'completed'
    })
    options.info(`Closed tracking issue #${issue.number}: ${issue.url}`)
  }
  return 'closed'
}

/**
 * Keeps the oldest marked issue and closes the others by the same author as
 * duplicates of it (never someone else's issue).
 */
async function settle(
  octokit: Octokit,
  options: TrackingIssueOptions,
  marked: readonly MarkedIssue[]
): Promise<MarkedIssue> {
  const [oldest, ...others] = marked
  if (oldest === undefined) throw new Error('no issue to keep')
  const { owner, repo } = options.repository
  for (const other of others) {
    if (other.author !== oldest.author) continue
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: other.number,
      state: 'closed',
      state_reason: 'not_planned'
    })
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: other.number,
      body: `Duplicate of #${oldest.number}.`
    })
  }
  return oldest
}

/** Every open issue with the label and the marker, across all pages, oldest first. */
async function listMarked(
  octokit: Octokit,
  options: TrackingIssueOptions
): Promise<MarkedIssue[]> {
  const { owner, repo } = options.repository
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    labels: options.label,
    state: 'open',
    per_page: 100
  })
  return oldestFirst(
    issues
      .filter((issue) => issue.pull_request === undefined)
      .filter((issue) => hasMarker(issue.body ?? '', options.marker))
      .map((issue) => ({
        id: issue.id,
        number: issue.number,
        body: issue.body ?? '',
        createdAt: issue.created_at,
        url: issue.html_url,
        author: issue.user?.login ?? null
      }))
  )
}

/** Creates the label when the repository lacks it (a race is harmless). */
async function ensureLabel(
  octokit: Octokit,
  options: TrackingIssueOptions
): Promise<void> {
  const { owner, repo } = options.repository
  try {
    await octokit.rest.issues.getLabel({ owner, repo, name: options.label })
    return
  } catch (error) {
    if (statusOf(error) !== 404) throw error
  }
  try {
    await octokit.rest.issues.createLabel({
      owner,
      repo,
      name: options.label,
      color: LABEL_COLOR,
      description: LABEL_DESCRIPTION
    })
  } catch (error) {
    // 422: another run created it in the meantime.
    if (statusOf(error) !== 422) throw error
  }
}

function reportFailure(
  error: unknown,
  options: TrackingIssueOptions,
  found: boolean
): TrackingIssueOutcome {
  const { owner, repo } = options.repository
  const where = `${owner}/${repo}`
  if (isForbidden(error)) {
    const detail = redactedMessage(error, options.token)
    const message =
      `Could not keep the tracking issue in ${where} (HTTP ${statusOf(error) ?? 403}: ${detail}): ` +
      'the github-token cannot write issues. Add `permissions: issues: write` ' +
      'to the job (and to the calling job of a reusable workflow), or set ' +
      'issue to never. The check result does not depend on the issue.'
    // Nothing to report and nothing found: a token without issue access is fine.
    if (!options.failing && !found) options.info(message)
    else options.warn(message)
    return 'forbidden'
  }
  options.warn(
    `Could not keep the tracking issue in ${where} (${failureReason(error, options.token)}). ` +
      'The check result does not depend on the issue.'
  )
  return 'skipped'
}
