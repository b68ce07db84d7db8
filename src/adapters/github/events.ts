/** GitHub Actions events, by what the action does on them. */

/** The events whose runs belong to a pull request (and may comment on it). */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set([
  'pull_request',
  'pull_request_target'
])

export function isPullRequestEvent(name: string | null | undefined): boolean {
  return name != null && PULL_REQUEST_EVENTS.has(name)
}

/**
 * The events whose failing runs keep a tracking issue: runs that watch the
 * default branch rather than a pull request.
 */
export const TRACKING_EVENTS: ReadonlySet<string> = new Set([
  'schedule',
  'workflow_dispatch',
  'push',
  'repository_dispatch'
])

export function isTrackingEvent(name: string | null | undefined): boolean {
  return name != null && TRACKING_EVENTS.has(name)
}
