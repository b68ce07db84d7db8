/**
 * moto (an independent AWS emulator, `python3 -m moto.server`) on a free
 * loopback port, behind a small loopback front server that:
 *
 * - serves the GitHub Actions OIDC token endpoint (`GET /oidc/token`, bearer
 *   request token → `{"value": "<JWT>"}`), which moto does not emulate;
 * - forwards every other request to moto unchanged and counts it by
 *   operation (`X-Amz-Target` for Secrets Manager, `Action=` for STS), so
 *   tests can assert request counts.
 *
 * moto checks the protocols, the error shapes and the service semantics
 * (deletion windows, per-account and per-region stores); it does not check
 * signatures, throttle or fail. The strict fake (fake-aws.ts) covers those.
 *
 * ```ts
 * const moto = await startMoto()
 * child env: moto.env()   // OIDC + AWS_ENDPOINT_URL_STS/_SECRETS_MANAGER
 * await moto.stop()       // stops moto by pid, bounded
 * ```
 */
import { type ChildProcess, spawn } from 'node:child_process'
import * as crypto from 'node:crypto'
import * as http from 'node:http'
import { type AddressInfo, createServer } from 'node:net'

export interface Moto {
  /** The front server: OIDC, STS and Secrets Manager for the SDK. */
  readonly url: string
  /** moto itself, for setting up state without counting it. */
  readonly motoUrl: string
  /** moto's process id. */
  readonly pid: number
  /** Requests forwarded to moto, by operation (`GetSecretValue`, ...). */
  readonly counts: Map<string, number>
  /** Clears the counts. */
  reset(): void
  /** How many requests of an operation were forwarded. */
  count(operation: string): number
  /** Env for a child: OIDC request URL and token, the two AWS endpoints. */
  env(): Record<string, string>
  stop(): Promise<void>
}

/** A free loopback TCP port (the OS picks it; closed again at once). */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve()
    })
  })
  return port
}

/** Whether `python3 -c 'import moto'` works, and moto's version. */
export function motoVersion(): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(
      'python3',
      ['-c', 'import moto; print(moto.__version__)'],
      { stdio: ['ignore', 'pipe', 'ignore'] }
    )
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      out += text
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('error', () => {
      clearTimeout(timer)
      resolve(null)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve(code === 0 ? out.trim() : null)
    })
  })
}

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms))

async function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 1000 }, (response) => {
      response.resume()
      resolve(response.statusCode === 200)
    })
    request.on('timeout', () => {
      request.destroy()
    })
    request.on('error', () => {
      resolve(false)
    })
  })
}

/** Waits (bounded) for a child to exit; true when it did. */
function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve(false)
    }, ms)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url')
}

/** The operation of a forwarded request. */
function operationOf(headers: http.IncomingHttpHeaders, body: string): string {
  const target = headers['x-amz-target']
  if (typeof target === 'string') return target.split('.').pop() ?? target
  const action = /(?:^|&)Action=([A-Za-z]+)/.exec(body)
  return action?.[1] ?? 'other'
}

/**
 * Starts moto and the front server. Fails with moto's own output when moto
 * cannot start within `startTimeoutMs` (default 60 s).
 */
export async function startMoto(
  options: { readonly startTimeoutMs?: number } = {}
): Promise<Moto> {
  const port = await freePort()
  const motoUrl = `http://127.0.0.1:${port}`
  const child = spawn(
    'python3',
    ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let output = ''
  const keep = (text: string): void => {
    output = (output + text).slice(-4000)
  }
  child.stdout.setEncoding('utf8').on('data', keep)
  child.stderr.setEncoding('utf8').on('data', keep)
  let spawnError: Error | undefined
  child.on('error', (error) => {
    spawnError = error
  })
  const stopMoto = async (): Promise<void> => {
    if (child.pid === undefined) return
    try {
      process.kill(child.pid, 'SIGTERM')
    } catch {
      return
    }
    if (!(await exited(child, 10_000))) {
      try {
        process.kill(child.pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
      await exited(child, 5_000)
    }
  }
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000)
  for (;;) {
    if (spawnError || child.exitCode !== null)
      throw new Error(
        `moto could not start (python3 -m moto.server): ${spawnError?.message ?? `exit ${String(child.exitCode)}`} ${output.trim()}`
      )
    if (await answers(`${motoUrl}/moto-api/`)) break
    if (Date.now() > deadline) {
      await stopMoto()
      throw new Error(
        `moto did not answer on ${motoUrl} within ${options.startTimeoutMs ?? 60_000} ms: ${output.trim()}`
      )
    }
    await sleep(150)
  }

  const requestToken = crypto.randomBytes(16).toString('hex')
  const counts = new Map<string, number>()
  const front = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      if (req.method === 'GET' && (req.url ?? '').startsWith('/oidc/token')) {
        if (req.headers.authorization !== `Bearer ${requestToken}`) {
          res.writeHead(401).end()
          return
        }
        const audience =
          new URL(req.url ?? '', 'http://x').searchParams.get('audience') ??
          'sts.amazonaws.com'
        const now = Math.floor(Date.now() / 1000)
        const token = [
          base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' })),
          base64url(
            JSON.stringify({
              iss: 'https://token.actions.githubusercontent.com',
              sub: 'repo:acme/dags:ref:refs/heads/main',
              aud: audience,
              repository: 'acme/dags',
              iat: now,
              exp: now + 300
            })
          ),
          base64url(crypto.randomBytes(64).toString('hex'))
        ].join('.')
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ value: token }))
        return
      }
      const operation = operationOf(req.headers, body.toString('utf8'))
      counts.set(operation, (counts.get(operation) ?? 0) + 1)
      const forward = http.request(
        `${motoUrl}${req.url ?? '/'}`,
        { method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        }
      )
      forward.on('error', () => {
        if (!res.headersSent) res.writeHead(502)
        res.end()
      })
      forward.end(body)
    })
  })
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(front.address() as AddressInfo).port}`

  return {
    url,
    motoUrl,
    pid: child.pid ?? -1,
    counts,
    reset: () => {
      counts.clear()
    },
    count: (operation) => counts.get(operation) ?? 0,
    env: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      AWS_ENDPOINT_URL_STS: url,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: url
    }),
    stop: async () => {
      front.closeAllConnections()
      await new Promise<void>((resolve) => {
        front.close(() => {
          resolve()
        })
      })
      await stopMoto()
    }
  }
}
