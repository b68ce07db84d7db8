/** GitHub Actions events, by what the action does on them. */

/** The events whose runs belong to a pull request (and may comment on it). */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set([
  'pull_request',
  'pull_request_target'
])

export function isPullRequestEvent(name: string | null | undefined): boolean {
  return name != null && PULL_REQUEST_EVENTS.has(name)
}
