/**
 * A tiny loopback HTTP proxy that only tunnels (`CONNECT host:port`), as a
 * corporate proxy in front of a self-hosted runner would. It records each
 * tunnel target and can demand Basic proxy authentication.
 */
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as net from 'node:net'

export interface ConnectProxy {
  /** `http://127.0.0.1:<port>` (with user:password when auth is set). */
  readonly url: string
  /** `host:port` of every CONNECT received, in order. */
  readonly tunnels: string[]
  stop(): Promise<void>
}

export interface ConnectProxyOptions {
  /** Required `user:password`; otherwise 407. */
  readonly auth?: string
}

export async function startConnectProxy(
  options: ConnectProxyOptions = {}
): Promise<ConnectProxy> {
  const tunnels: string[] = []
  const sockets = new Set<net.Socket>()
  const server = http.createServer((_req, res) => {
    res.writeHead(405, { 'content-type': 'text/plain' })
    res.end('only CONNECT')
  })
  server.on(
    'connect',
    (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      sockets.add(client)
      client.on('close', () => sockets.delete(client))
      const target = req.url ?? ''
      tunnels.push(target)
      const expected = options.auth
        ? `Basic ${Buffer.from(options.auth).toString('base64')}`
        : undefined
      if (expected && req.headers['proxy-authorization'] !== expected) {
        client.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n')
        return
      }
      const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(target)
      const host = match?.[1] ?? match?.[2] ?? ''
      // Loopback only: refuse anything else.
      if (!match || !['127.0.0.1', 'localhost', '::1'].includes(host)) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
        return
      }
      const upstream = net.connect(Number(match[3]), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        if (head.length > 0) upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      sockets.add(upstream)
      upstream.on('close', () => sockets.delete(upstream))
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    }
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const auth = options.auth
    ? `${options.auth.split(':').map(encodeURIComponent).join(':')}@`
    : ''
  return {
    url: `http://${auth}127.0.0.1:${port}`,
    tunnels,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => {
          resolve()
        })
      })
  }
}
