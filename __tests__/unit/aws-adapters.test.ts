import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import {
  delayedRetryStrategy,
  requestHandlerOptions,
  USER_AGENT
} from '../../src/adapters/aws/clients.js'
import {
  classifyStsError,
  stsErrorCode
} from '../../src/adapters/aws/assume-role.js'
import { decodeJwtClaims } from '../../src/adapters/github/oidc.js'
import {
  parseProxyUrl,
  TunnelHttpAgent,
  TunnelHttpsAgent
} from '../../src/adapters/aws/proxy-agent.js'
import {
  createLimiter,
  createWireLimiter,
  statusOf
} from '../../src/adapters/aws/secrets-reader.js'
import { VERSION } from '../../src/version.js'

describe('version and user agent', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string
    }
    expect(VERSION).toBe(pkg.version)
    expect(USER_AGENT).toBe(`astro-secrets-gate/${pkg.version}`)
  })
})

describe('statusOf', () => {
  it.each([
    ['ResourceNotFoundException', '', 'not-found'],
    ['DecryptionFailure', '', 'decrypt-failed'],
    ['KMSInvalidStateException', '', 'decrypt-failed'],
    ['AccessDeniedException', 'Access to KMS is not allowed', 'decrypt-failed'],
    [
      'AccessDeniedException',
      'is not authorized to perform: secretsmanager:GetSecretValue',
      'access-denied'
    ],
    // Wording never decides: DescribeSecret's DeletedDate does (the readers).
    [
      'InvalidRequestException',
      "You can't perform this operation on the secret because it was marked for deletion.",
      'aws-error'
    ],
    ['InvalidRequestException', 'something else', 'aws-error'],
    ['ThrottlingException', 'Rate exceeded', 'throttled'],
    ['InternalServiceError', '', 'aws-error']
  ])('%s %j → %s', (code, message, status) => {
    expect(statusOf(code, message)).toBe(status)
  })
})

describe('classifyStsError', () => {
  const err = (fields: Record<string, unknown>): Error =>
    Object.assign(new Error('x'), fields)
  it.each([
    [err({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }), 'fail'],
    [
      err({
        name: 'InvalidIdentityTokenException',
        $metadata: { httpStatusCode: 400 }
      }),
      'fail'
    ],
    [
      err({
        name: 'ExpiredTokenException',
        $metadata: { httpStatusCode: 400 }
      }),
      'fail'
    ],
    [
      err({ name: 'ValidationError', $metadata: { httpStatusCode: 400 } }),
      'fail'
    ],
    [
      err({
        name: 'IDPCommunicationErrorException',
        $metadata: { httpStatusCode: 400 }
      }),
      'retry'
    ],
    [err({ name: 'Throttling', $metadata: { httpStatusCode: 400 } }), 'retry'],
    [
      err({ name: 'SomethingNew', $metadata: { httpStatusCode: 503 } }),
      'retry'
    ],
    [err({ code: 'ECONNRESET' }), 'retry'],
    [err({ name: 'TimeoutError' }), 'retry'],
    [new Error('plain'), 'fail']
  ])('%p → %s', (error, expected) => {
    expect(classifyStsError(error)).toBe(expected)
  })

  it.each([
    ['InvalidIdentityTokenException', 'InvalidIdentityToken'],
    ['ExpiredTokenException', 'ExpiredToken'],
    ['AccessDenied', 'AccessDenied']
  ])('stsErrorCode(%s) = %s', (name, code) => {
    expect(stsErrorCode({ name })).toBe(code)
  })
})

describe('decodeJwtClaims', () => {
  const jwt = (payload: string): string =>
    `e30.${Buffer.from(payload).toString('base64url')}.sig`
  it.each([
    [
      jwt('{"sub":"repo:a/b:ref:refs/heads/main","aud":"sts.amazonaws.com"}'),
      { sub: 'repo:a/b:ref:refs/heads/main', aud: 'sts.amazonaws.com' }
    ],
    [jwt('[1]'), undefined],
    [jwt('not json'), undefined],
    ['no-dots', undefined]
  ])('%s → %j', (token, expected) => {
    expect(decodeJwtClaims(token)).toEqual(expected)
  })
})

describe('createLimiter', () => {
  it('never runs more than the limit at once and runs everything', async () => {
    const limit = createLimiter(3)
    let active = 0
    let peak = 0
    const release: (() => void)[] = []
    const tasks = Array.from({ length: 10 }, (_, i) =>
      limit(async () => {
        active++
        peak = Math.max(peak, active)
        await new Promise<void>((resolve) => release.push(resolve))
        active--
        return i
      })
    )
    for (let round = 0; round < 20 && release.length > 0; round++) {
      await Promise.resolve()
      for (const resolve of release.splice(0)) resolve()
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(peak).toBe(3)
  })

  it('keeps going after a task fails', async () => {
    const limit = createLimiter(1)
    const failed = limit(() => Promise.reject(new Error('boom')))
    const next = limit(() => Promise.resolve('ok'))
    await expect(failed).rejects.toThrow('boom')
    await expect(next).resolves.toBe('ok')
  })
})

describe('createWireLimiter', () => {
  /** Starts `count` tasks; each holds its slot until released. */
  function hold(
    wire: ReturnType<typeof createWireLimiter>,
    count: number
  ): { rounds: number[]; running: () => number; release: () => Promise<void> } {
    const rounds: number[] = []
    const waiting: (() => void)[] = []
    let running = 0
    for (let i = 0; i < count; i++)
      void wire.run(async (round) => {
        rounds.push(round)
        running++
        await new Promise<void>((resolve) => waiting.push(resolve))
        running--
      })
    return {
      rounds,
      running: () => running,
      release: async () => {
        for (const resolve of waiting.splice(0)) resolve()
        for (let i = 0; i < 5; i++) await Promise.resolve()
      }
    }
  }

  it('halves its slots once per round of throttled requests, down to one', async () => {
    const wire = createWireLimiter(16)
    const first = hold(wire, 40)
    expect(first.running()).toBe(16)
    expect(new Set(first.rounds)).toEqual(new Set([0]))
    // Every request of round 0 throttled: one halving, not sixteen.
    const halvings = Array.from({ length: 16 }, () => wire.throttled(0))
    expect(halvings.filter(Boolean)).toHaveLength(1)
    expect(wire.limit).toBe(8)
    await first.release()
    expect(first.running()).toBe(8)
    expect(first.rounds.slice(16)).toEqual(Array(8).fill(1))
    wire.throttled(0)
    expect(wire.limit).toBe(8)
    wire.throttled(1)
    wire.throttled(1)
    expect(wire.limit).toBe(4)
    for (let round = 2; round < 6; round++) wire.throttled(round)
    expect(wire.limit).toBe(1)
    await first.release()
    expect(first.running()).toBe(1)
  })

  it('never lowers a limit of one, and runs every task', async () => {
    const wire = createWireLimiter(1)
    wire.throttled(0)
    expect(wire.limit).toBe(1)
    const results = await Promise.all(
      [1, 2, 3].map((n) => wire.run(() => Promise.resolve(n)))
    )
    expect(results).toEqual([1, 2, 3])
  })
})

describe('delayedRetryStrategy', () => {
  it('retries SDK-retryable errors up to maxAttempts with the given delays', async () => {
    const strategy = delayedRetryStrategy(3, (n) => n * 10)
    const first = await strategy.acquireInitialRetryToken('')
    const second = await strategy.refreshRetryTokenForRetry(first, {
      errorType: 'THROTTLING'
    })
    expect([second.getRetryCount(), second.getRetryDelay()]).toEqual([1, 10])
    const third = await strategy.refreshRetryTokenForRetry(second, {
      errorType: 'SERVER_ERROR'
    })
    expect(third.getRetryDelay()).toBe(20)
    await expect(
      strategy.refreshRetryTokenForRetry(third, { errorType: 'TRANSIENT' })
    ).rejects.toThrow()
    await expect(
      strategy.refreshRetryTokenForRetry(first, { errorType: 'CLIENT_ERROR' })
    ).rejects.toThrow()
  })
})

describe('requestHandlerOptions', () => {
  it('uses plain agent options without a proxy', () => {
    const options = requestHandlerOptions({ env: {} })
    expect(options.httpsAgent).toEqual({
      keepAlive: true,
      maxSockets: 50,
      agentKeepAliveTimeoutBuffer: 250
    })
    expect(options.connectionTimeout).toBe(5000)
  })

  it('builds tunnelling agents for the configured proxies', () => {
    const options = requestHandlerOptions({
      env: {
        HTTPS_PROXY: 'proxy.corp:3128',
        HTTP_PROXY: 'http://u:p@proxy.corp:8080'
      }
    })
    expect(options.httpsAgent).toBeInstanceOf(TunnelHttpsAgent)
    expect(options.httpAgent).toBeInstanceOf(TunnelHttpAgent)
    expect((options.httpsAgent as TunnelHttpsAgent).proxy.host).toBe(
      'proxy.corp:3128'
    )
  })

  it.each([
    [
      'socks5://proxy:1080',
      'The proxy socks5://proxy:1080 is not supported: use an http:// or https:// proxy URL.'
    ],
    [
      'http://[bad',
      'The proxy in HTTPS_PROXY/HTTP_PROXY is not a URL like http://proxy.example.com:3128.'
    ]
  ])('rejects %s without echoing credentials', (url, message) => {
    expect(() => parseProxyUrl(url)).toThrow(message)
  })
})
