/**
 * http/https agents that reach AWS through an HTTP proxy with `CONNECT`
 * tunnels (TLS runs end to end inside the tunnel), and connect directly to
 * the hosts that `NO_PROXY` names. Node's own agents do the rest (pooling,
 * keep-alive, TLS session reuse).
 */
import * as http from 'node:http'
import * as https from 'node:https'
import type { Duplex } from 'node:stream'
import * as tls from 'node:tls'
import type { ProxyEnv } from '../../core/aws/proxy-rules.js'
import { bypassesProxy } from '../../core/aws/proxy-rules.js'

type Callback = (error: Error | null, socket: Duplex) => void

/** Node's agent ignores the socket argument when there is an error. */
function fail(callback: Callback, error: Error | null): void {
  callback(
    error ?? new Error('The proxy closed the tunnel.'),
    undefined as unknown as Duplex
  )
}

/** The proxy URL without credentials, for messages. */
export function proxyLabel(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`
}

/** Parses a proxy URL (`http://host:port`, scheme optional). */
export function parseProxyUrl(text: string): URL {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
    ? text
    : `http://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    throw new Error(
      'The proxy in HTTPS_PROXY/HTTP_PROXY is not a URL like http://proxy.example.com:3128.'
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(
      `The proxy ${proxyLabel(url)} is not supported: use an http:// or https:// proxy URL.`
    )
  return url
}

/** Opens a CONNECT tunnel to host:port through the proxy. */
function openTunnel(
  proxy: URL,
  host: string,
  port: number,
  timeoutMs: number,
  callback: (error: Error | null, socket?: Duplex) => void
): void {
  const target = `${host.includes(':') ? `[${host}]` : host}:${port}`
  const headers: Record<string, string> = { host: target }
  if (proxy.username !== '' || proxy.password !== '') {
    const user = decodeURIComponent(proxy.username)
    const password = decodeURIComponent(proxy.password)
    headers['proxy-authorization'] =
      `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  }
  const secureProxy = proxy.protocol === 'https:'
  const request = (secureProxy ? https : http).request({
    host: proxy.hostname.replace(/^\[|\]$/g, ''),
    port: proxy.port === '' ? (secureProxy ? 443 : 80) : Number(proxy.port),
    method: 'CONNECT',
    path: target,
    headers,
    agent: false,
    setHost: false
  })
  let done = false
  const finish = (error: Error | null, socket?: Duplex): void => {
    if (done) return
    done = true
    callback(error, socket)
  }
  request.setTimeout(timeoutMs, () => {
    request.destroy(
      new Error(
        `The proxy ${proxyLabel(proxy)} did not open a tunnel to ${target} within ${timeoutMs} ms.`
      )
    )
  })
  request.once('connect', (response, socket, head) => {
    request.setTimeout(0)
    if (response.statusCode !== 200) {
      socket.destroy()
      finish(
        new Error(
          `The proxy ${proxyLabel(proxy)} refused a tunnel to ${target}: HTTP ${response.statusCode ?? 0}${response.statusCode === 407 ? ' (proxy authentication required: put the user and password in the proxy URL)' : ''}.`
        )
      )
      return
    }
    if (head.length > 0) socket.unshift(head)
    finish(null, socket)
  })
  request.once('error', (error) => {
    finish(
      error.message.startsWith('The proxy')
        ? error
        : new Error(
            `Could not reach the proxy ${proxyLabel(proxy)}: ${error.message}`
          )
    )
  })
  request.end()
}

export interface TunnelAgentOptions {
  readonly proxy: URL
  /** For `NO_PROXY`. */
  readonly env: ProxyEnv
  /** Most time to wait for the proxy to open a tunnel. */
  readonly connectTimeoutMs?: number
}

/** An http.Agent that tunnels plain HTTP through the proxy with CONNECT. */
export class TunnelHttpAgent extends http.Agent {
  readonly proxy: URL
  readonly #env: ProxyEnv
  readonly #timeoutMs: number

  constructor(tunnel: TunnelAgentOptions, options?: http.AgentOptions) {
    super(options)
    this.proxy = tunnel.proxy
    this.#env = tunnel.env
    this.#timeoutMs = tunnel.connectTimeoutMs ?? 10_000
  }

  override createConnection(
    options: http.ClientRequestArgs,
    callback?: Callback
  ): Duplex | null | undefined {
    const host = options.hostname ?? options.host ?? 'localhost'
    const port = Number(options.port ?? 80)
    if (bypassesProxy(host, port, this.#env) || callback === undefined)
      return super.createConnection(options, callback)
    openTunnel(this.proxy, host, port, this.#timeoutMs, (error, socket) => {
      if (socket) callback(null, socket)
      else fail(callback, error)
    })
    return undefined
  }
}

/** An https.Agent that runs TLS inside a CONNECT tunnel through the proxy. */
export class TunnelHttpsAgent extends https.Agent {
  readonly proxy: URL
  readonly #env: ProxyEnv
  readonly #timeoutMs: number

  constructor(tunnel: TunnelAgentOptions, options?: https.AgentOptions) {
    super(options)
    this.proxy = tunnel.proxy
    this.#env = tunnel.env
    this.#timeoutMs = tunnel.connectTimeoutMs ?? 10_000
  }

  override createConnection(
    options: http.ClientRequestArgs,
    callback?: Callback
  ): Duplex | null | undefined {
    const host = options.hostname ?? options.host ?? 'localhost'
    const port = Number(options.port ?? 443)
    if (bypassesProxy(host, port, this.#env) || callback === undefined)
      return super.createConnection(options, callback)
    openTunnel(this.proxy, host, port, this.#timeoutMs, (error, socket) => {
      if (!socket) {
        fail(callback, error)
        return
      }
      const tlsOptions = { ...(options as tls.ConnectionOptions) }
      delete (tlsOptions as { path?: unknown }).path
      const servername =
        (options as tls.ConnectionOptions).servername ??
        (/^[\d.]+$|:/.test(host) ? undefined : host)
      const secure = tls.connect({
        ...tlsOptions,
        socket,
        ...(servername === undefined ? {} : { servername })
      })
      callback(null, secure)
    })
    return undefined
  }
}
