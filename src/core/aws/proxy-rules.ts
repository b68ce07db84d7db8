/**
 * Which proxy, if any, a request goes through: `HTTPS_PROXY`/`https_proxy`
 * for https URLs, `HTTP_PROXY`/`http_proxy` for http URLs, unless the host
 * matches `NO_PROXY`/`no_proxy`. Pure: the caller passes the environment.
 */

export interface ProxyEnv {
  readonly HTTPS_PROXY?: string | undefined
  readonly https_proxy?: string | undefined
  readonly HTTP_PROXY?: string | undefined
  readonly http_proxy?: string | undefined
  readonly NO_PROXY?: string | undefined
  readonly no_proxy?: string | undefined
}

function first(...values: (string | undefined)[]): string {
  for (const value of values) {
    const text = value?.trim() ?? ''
    if (text !== '') return text
  }
  return ''
}

/** The proxy URL configured for a scheme (`https:` or `http:`), or ''. */
export function proxyForScheme(scheme: string, env: ProxyEnv): string {
  return scheme === 'https:'
    ? first(env.HTTPS_PROXY, env.https_proxy)
    : first(env.HTTP_PROXY, env.http_proxy)
}

/**
 * True when `NO_PROXY` says to reach `hostname:port` directly. Entries are
 * separated by commas or spaces: `*` (everything), `host`, `host:port`,
 * `.domain` / `*.domain` (the domain and its subdomains; a bare `domain`
 * matches its subdomains too, as curl does) and IP addresses.
 */
export function bypassesProxy(
  hostname: string,
  port: number,
  env: ProxyEnv
): boolean {
  const list = first(env.NO_PROXY, env.no_proxy)
  if (list === '') return false
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  for (const raw of list.split(/[\s,]+/)) {
    let entry = raw.trim().toLowerCase()
    if (entry === '') continue
    if (entry === '*') return true
    let entryPort: number | undefined
    const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry)
    if (withPort) {
      entry = withPort[1] ?? ''
      entryPort = Number(withPort[2])
    }
    entry = entry.replace(/^\[|\]$/g, '').replace(/^\*?\./, '')
    if (entryPort !== undefined && entryPort !== port) continue
    if (host === entry || host.endsWith(`.${entry}`)) return true
  }
  return false
}
