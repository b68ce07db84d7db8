/**
 * The one place AWS SDK clients are built: region, credentials, retries,
 * user agent, timeouts and proxy. Endpoints come from the SDK itself, which
 * reads `AWS_ENDPOINT_URL_STS` / `AWS_ENDPOINT_URL_SECRETS_MANAGER` (and
 * `AWS_ENDPOINT_URL`) from the environment, so LocalStack and the tests need
 * no option here.
 */
import type * as http from 'node:http'
import type * as https from 'node:https'
import {
  BatchGetSecretValueCommand,
  SecretsManagerClient,
  type SecretsManagerClientConfig
} from '@aws-sdk/client-secrets-manager'
import { STSClient } from '@aws-sdk/client-sts'
import type { RetryMode } from '../../core/aws/inputs.js'
import type { ProxyEnv } from '../../core/aws/proxy-rules.js'
import { proxyForScheme } from '../../core/aws/proxy-rules.js'
import { VERSION } from '../../version.js'
import {
  parseProxyUrl,
  TunnelHttpAgent,
  TunnelHttpsAgent
} from './proxy-agent.js'

/** Temporary or long-term AWS credentials, in our own shape. */
export interface AwsCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken?: string
  readonly expiration?: Date
}

export interface AwsClientOptions {
  readonly region: string
  /**
   * The shared-config profile the SDK's default chain reads credentials
   * from (`~/.aws/config`, `~/.aws/credentials`); unused with `credentials`.
   */
  readonly profile?: string
  /**
   * Omit to use the SDK's default chain (env, shared files, web identity,
   * container/instance metadata). A function is asked when a request is
   * signed: requests can be prepared while the credentials are on the way.
   */
  readonly credentials?: AwsCredentials | (() => Promise<AwsCredentials>)
  /** Attempts per request, retries included (SDK retry strategy). */
  readonly maxAttempts?: number
  readonly retryMode?: RetryMode
  /** Where proxy settings are read; defaults to `process.env`. */
  readonly env?: ProxyEnv
  /** Most time to open a connection (default 5 s). */
  readonly connectionTimeoutMs?: number
  /** Most time for a response once connected (default 30 s). */
  readonly requestTimeoutMs?: number
  /** Most sockets per host (default 50). */
  readonly maxSockets?: number
  /** Extra trusted CA certificates (PEM) for https endpoints. */
  readonly ca?: string
  /**
   * Replaces the SDK's backoff delays (ms before retry n, from 1) while
   * keeping its error classification and `maxAttempts`; `retryMode` is then
   * unused. For tests and callers with their own pacing.
   */
  readonly retryDelayMs?: (retry: number) => number
}

interface RetryToken {
  getRetryCount(): number
  getRetryDelay(): number
}

/**
 * A retry strategy in the SDK's v2 shape: retries what the SDK classifies
 * as throttling, transient or server errors, up to `maxAttempts` in all,
 * waiting `delayMs(n)` before retry n.
 */
export function delayedRetryStrategy(
  maxAttempts: number,
  delayMs: (retry: number) => number
): {
  acquireInitialRetryToken(scope: string): Promise<RetryToken>
  refreshRetryTokenForRetry(
    token: RetryToken,
    errorInfo: { errorType: string }
  ): Promise<RetryToken>
  recordSuccess(token: RetryToken): void
} {
  const token = (count: number, delay: number): RetryToken => ({
    getRetryCount: () => count,
    getRetryDelay: () => delay
  })
  return {
    acquireInitialRetryToken: () => Promise.resolve(token(0, 0)),
    refreshRetryTokenForRetry: (previous, errorInfo) => {
      const retry = previous.getRetryCount() + 1
      if (errorInfo.errorType === 'CLIENT_ERROR' || retry >= maxAttempts)
        return Promise.reject(new Error('No retry token available'))
      return Promise.resolve(token(retry, Math.max(0, delayMs(retry))))
    },
    recordSuccess: () => undefined
  }
}

/** The product token the SDK adds to its User-Agent: `astro-secrets-gate/<version>`. */
export const USER_AGENT_NAME = 'astro-secrets-gate'
export const USER_AGENT = `${USER_AGENT_NAME}/${VERSION}`

/**
 * Node 24 keeps an idle socket for the keep-alive the server announces
 * (`Keep-Alive: timeout=N`) less a margin, 1 s by default: a server that
 * announces 1 s then gets a new connection for every request. The sockets
 * here are reused within milliseconds, so a smaller margin is safe.
 */
const KEEP_ALIVE_MARGIN_MS = 250

/** http.AgentOptions with the margin (Node 24; older Node ignores it). */
type AgentOptions = http.AgentOptions & {
  readonly agentKeepAliveTimeoutBuffer?: number
}

export interface RequestHandlerOptions {
  readonly connectionTimeout: number
  readonly requestTimeout: number
  readonly httpAgent: http.Agent | http.AgentOptions
  readonly httpsAgent: https.Agent | https.AgentOptions
}

/**
 * Options for the SDK's Node request handler: plain agents, or CONNECT
 * tunnelling agents when `HTTPS_PROXY` (https endpoints) or `HTTP_PROXY`
 * (http endpoints) is set; hosts in `NO_PROXY` are reached directly.
 */
export function requestHandlerOptions(
  options: Pick<
    AwsClientOptions,
    'env' | 'connectionTimeoutMs' | 'requestTimeoutMs' | 'maxSockets' | 'ca'
  > = {}
): RequestHandlerOptions {
  const env: ProxyEnv = options.env ?? process.env
  const connectionTimeout = options.connectionTimeoutMs ?? 5_000
  const agentOptions: AgentOptions = {
    keepAlive: true,
    maxSockets: options.maxSockets ?? 50,
    agentKeepAliveTimeoutBuffer: KEEP_ALIVE_MARGIN_MS
  }
  const httpsOptions =
    options.ca === undefined
      ? agentOptions
      : { ...agentOptions, ca: options.ca }
  const httpsProxy = proxyForScheme('https:', env)
  const httpProxy = proxyForScheme('http:', env)
  const tunnel = (
    url: string
  ): { proxy: URL; env: ProxyEnv; connectTimeoutMs: number } => ({
    proxy: parseProxyUrl(url),
    env,
    connectTimeoutMs: connectionTimeout
  })
  return {
    connectionTimeout,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    httpAgent:
      httpProxy === ''
        ? agentOptions
        : new TunnelHttpAgent(tunnel(httpProxy), agentOptions),
    httpsAgent:
      httpsProxy === ''
        ? httpsOptions
        : new TunnelHttpsAgent(tunnel(httpsProxy), httpsOptions)
  }
}

function commonConfig(options: AwsClientOptions): {
  region: string
  maxAttempts: number
  retryMode: RetryMode
  retryStrategy?: ReturnType<typeof delayedRetryStrategy>
  customUserAgent: [string, string][]
  requestHandler: RequestHandlerOptions
  credentials?: AwsCredentials | (() => Promise<AwsCredentials>)
  profile?: string
} {
  const maxAttempts = options.maxAttempts ?? 5
  return {
    region: options.region,
    maxAttempts,
    retryMode: options.retryMode ?? 'standard',
    ...(options.retryDelayMs === undefined
      ? {}
      : {
          retryStrategy: delayedRetryStrategy(maxAttempts, options.retryDelayMs)
        }),
    customUserAgent: [[USER_AGENT_NAME, VERSION]],
    requestHandler: requestHandlerOptions(options),
    ...(options.credentials === undefined
      ? {}
      : { credentials: options.credentials }),
    ...(options.profile === undefined || options.credentials !== undefined
      ? {}
      : { profile: options.profile })
  }
}

/**
 * An STS client. `AssumeRoleWithWebIdentity` needs no credentials; the
 * caller does its own classified retries, so pass `maxAttempts: 1`.
 */
export function createStsClient(options: AwsClientOptions): STSClient {
  return new STSClient(commonConfig(options))
}

/**
 * A Secrets Manager client; the SDK retries throttling, 5xx and network
 * errors. `endpoint` (the backend kwargs' endpoint_url) beats
 * `AWS_ENDPOINT_URL_SECRETS_MANAGER`, as it does in boto3.
 */
export function createSecretsManagerClient(
  options: AwsClientOptions & { readonly endpoint?: string }
): SecretsManagerClient {
  return secretsManagerClient({
    ...commonConfig(options),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint })
  })
}

/**
 * A Secrets Manager client without the SDK's logger middleware, which
 * walks every answer to copy it with its secret fields starred out, for a
 * logger that is never set (a no-op): work per secret read, for nothing.
 */
function secretsManagerClient(
  config: SecretsManagerClientConfig
): SecretsManagerClient {
  const client = new SecretsManagerClient(config)
  client.middlewareStack.remove('loggerMiddleware')
  return client
}

/**
 * Sends one BatchGetSecretValue through a Secrets Manager client whose
 * request handler answers it in this process (nothing leaves it), signed
 * with made-up credentials. The code that resolves the endpoint,
 * serialises, signs and decodes the first real calls is then compiled,
 * while the main thread would otherwise wait (for STS to answer). Never
 * fails: tells whether the call went through.
 */
export async function warmUpSecretsManager(region: string): Promise<boolean> {
  let client: SecretsManagerClient | undefined
  try {
    client = secretsManagerClient({
      region,
      maxAttempts: 1,
      customUserAgent: [[USER_AGENT_NAME, VERSION]],
      credentials: { accessKeyId: 'ASIAWARMUP', secretAccessKey: 'warm-up' },
      requestHandler: {
        handle: () =>
          Promise.resolve({
            response: {
              statusCode: 200,
              reason: 'OK',
              headers: { 'content-type': 'application/x-amz-json-1.1' },
              body: Buffer.from('{"SecretValues":[],"Errors":[]}')
            }
          })
      }
    })
    const answer = await client.send(
      new BatchGetSecretValueCommand({ SecretIdList: ['warm-up'] })
    )
    return answer.$metadata.httpStatusCode === 200
  } catch {
    // Only ever an optimisation.
    return false
  } finally {
    client?.destroy()
  }
}
