/**
 * GitHub OIDC → STS `AssumeRoleWithWebIdentity`, with classified retries,
 * immediate masking and trust-policy diagnostics on AccessDenied.
 */
import * as core from '../github/toolkit.js'
import { AssumeRoleWithWebIdentityCommand } from '@aws-sdk/client-sts'
import { AwsCallError, errorMessage } from '../../core/errors.js'
import type { ProxyEnv } from '../../core/aws/proxy-rules.js'
import {
  type GithubClaims,
  type TrustPolicyDiagnosis,
  trustPolicyDiagnosis,
  trustPolicyHint
} from '../../core/aws/trust-policy.js'
import type { AwsClientOptions, AwsCredentials } from './clients.js'
import { createStsClient } from './clients.js'
import type { OidcEnv, OidcToken } from '../github/oidc.js'
import { getOidcToken } from '../github/oidc.js'

const OPERATION = 'AssumeRoleWithWebIdentity'

export interface AssumeRoleSettings {
  /** Checked with validateRoleArn. */
  readonly roleArn: string
  readonly region: string
  readonly audience: string
  readonly sessionName: string
  readonly durationSeconds: number
  /** Aborts the STS request and its retries (the timeout-seconds input). */
  readonly abortSignal?: AbortSignal
}

export interface AssumeRoleDeps {
  readonly env?: OidcEnv & ProxyEnv
  /** Defaults to `core.getIDToken`. */
  readonly getIdToken?: (audience: string) => Promise<string>
  /** Defaults to `core.setSecret`. */
  readonly mask?: (value: string) => void
  /** Defaults to `core.info`. */
  readonly info?: (line: string) => void
  /** Injectable for tests: defaults to setTimeout, Date.now, Math.random. */
  readonly sleep?: (ms: number) => Promise<void>
  readonly now?: () => number
  readonly random?: () => number
  /** Attempts in all (default 6). */
  readonly maxAttempts?: number
  /** No retry starts after this much time has passed (default 30 s). */
  readonly maxTotalMs?: number
  /** First backoff step (default 250 ms) and cap (default 5 s). */
  readonly baseDelayMs?: number
  readonly maxDelayMs?: number
  /** Told as each STS attempt is handed to the HTTP handler. */
  readonly onSent?: () => void
  /** Timeouts and proxy for the STS client. */
  readonly client?: Omit<
    AwsClientOptions,
    'region' | 'credentials' | 'maxAttempts'
  >
}

export interface AssumedRole {
  readonly credentials: Required<AwsCredentials>
  /** `arn:aws:sts::<account>:assumed-role/<role>/<session>`. */
  readonly assumedRoleArn: string
  readonly sessionName: string
  readonly claims: GithubClaims & Readonly<Record<string, unknown>>
  /** Calls made to STS, retries included. */
  readonly attempts: number
}

interface SdkError {
  name?: string
  Code?: string
  code?: string
  message?: string
  $metadata?: { httpStatusCode?: number }
  $fault?: string
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'TimeoutError',
  'RequestTimeout'
])

const RETRY_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequests',
  'IDPCommunicationError',
  'InternalFailure',
  'InternalError',
  'ServiceUnavailable'
])

/** The AWS error code, with the SDK's `Exception` suffix dropped for STS's own codes. */
export function stsErrorCode(error: unknown): string {
  const e = (error ?? {}) as SdkError
  const raw = e.Code ?? e.name ?? e.code ?? 'Error'
  return raw === 'ExpiredTokenException'
    ? 'ExpiredToken'
    : raw.replace(/Exception$/, '')
}

function isNetworkError(error: unknown): boolean {
  const e = (error ?? {}) as SdkError
  if (e.$metadata?.httpStatusCode !== undefined) return false
  return (
    NETWORK_CODES.has(e.code ?? '') ||
    NETWORK_CODES.has(e.name ?? '') ||
    /socket hang up|ECONNRESET|ECONNREFUSED|aborted|timed? ?out/i.test(
      e.message ?? ''
    )
  )
}

/**
 * Retry throttling, 5xx, network errors and IDPCommunicationError; never
 * AccessDenied, InvalidIdentityToken, ValidationError, ExpiredToken or
 * anything else a retry cannot fix.
 */
export function classifyStsError(error: unknown): 'retry' | 'fail' {
  const code = stsErrorCode(error)
  if (RETRY_CODES.has(code)) return 'retry'
  const status = (error as SdkError | undefined)?.$metadata?.httpStatusCode
  if (status !== undefined && status >= 500) return 'retry'
  // A body cut off mid-answer surfaces as a deserialization error with the
  // 200 status already received: the connection broke, so retry.
  const message = (error as SdkError | undefined)?.message ?? ''
  if (/\baborted\b|premature close|ECONNRESET/i.test(message)) return 'retry'
  return isNetworkError(error) ? 'retry' : 'fail'
}

function awsMessage(error: unknown): string {
  return errorMessage(error).slice(0, 300)
}

/**
 * STS refused the role because its trust policy does not match the token:
 * carries the token's claims and a matching Condition for the report.
 */
export class TrustPolicyDeniedError extends AwsCallError {
  override name = 'TrustPolicyDeniedError'
  readonly diagnosis: TrustPolicyDiagnosis
  constructor(message: string, diagnosis: TrustPolicyDiagnosis) {
    super(OPERATION, 'AccessDenied', message, 'assume-role-failed')
    this.diagnosis = diagnosis
  }
}

function translate(
  error: unknown,
  settings: AssumeRoleSettings,
  token: OidcToken,
  attempts: number,
  elapsedMs: number
): AwsCallError {
  const code = stsErrorCode(error)
  const role = settings.roleArn
  const message = awsMessage(error)
  const fail = (text: string): AwsCallError =>
    new AwsCallError(OPERATION, code, text, 'assume-role-failed')
  switch (code) {
    case 'AccessDenied':
      return new TrustPolicyDeniedError(
        `Not authorized to assume ${role} with the GitHub OIDC token (AccessDenied): the role's trust policy does not match the token (sub ${token.claims.sub ?? 'absent'}); its claims and a matching Condition are in the log and the job summary.`,
        trustPolicyDiagnosis(token.claims, role)
      )
    case 'InvalidIdentityToken':
      return fail(
        `STS rejected the GitHub OIDC token for ${role} (InvalidIdentityToken: ${message}): the account needs the IAM OIDC provider token.actions.githubusercontent.com with "${settings.audience}" (input audience) among its audiences.`
      )
    case 'ExpiredToken':
      return fail(
        `The GitHub OIDC token expired before STS accepted it for ${role} (ExpiredToken): re-run the job, and check the runner's clock if it happens again.`
      )
    case 'ValidationError':
      return fail(
        `STS refused to assume ${role} (ValidationError: ${message}): check role-to-assume, role-session-name and role-duration-seconds (${settings.durationSeconds}; at most the role's maximum session duration).`
      )
    case 'IDPRejectedClaim':
      return fail(
        `STS rejected a claim of the GitHub OIDC token for ${role} (IDPRejectedClaim: ${message}).`
      )
  }
  if (classifyStsError(error) === 'retry') {
    const where = isNetworkError(error)
      ? ' (check network access, HTTPS_PROXY/NO_PROXY and AWS_ENDPOINT_URL_STS)'
      : ''
    return new AwsCallError(
      OPERATION,
      code,
      `AWS unavailable: STS ${OPERATION} for ${role} still failed after ${attempts} attempt${attempts === 1 ? '' : 's'} in ${(elapsedMs / 1000).toFixed(1)} s (${code}: ${message})${where}; re-run the job later.`,
      'aws-unavailable'
    )
  }
  return fail(`STS ${OPERATION} for ${role} failed (${code}: ${message}).`)
}

/**
 * Gets the OIDC token and assumes the role. The temporary credentials are
 * masked before this returns; nothing is exported (see exportCredentials).
 */
export async function assumeRoleWithOidc(
  settings: AssumeRoleSettings,
  deps: AssumeRoleDeps = {}
): Promise<AssumedRole> {
  const info = deps.info ?? core.info
  const mask = deps.mask ?? core.setSecret
  const sleep =
    deps.sleep ??
    ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const now = deps.now ?? Date.now
  const random = deps.random ?? Math.random
  const maxAttempts = deps.maxAttempts ?? 6
  const maxTotalMs = deps.maxTotalMs ?? 30_000
  const base = deps.baseDelayMs ?? 250
  const cap = deps.maxDelayMs ?? 5_000
  const env: OidcEnv & ProxyEnv = deps.env ?? process.env

  const token = await getOidcToken(settings.audience, {
    env,
    ...(deps.getIdToken ? { getIdToken: deps.getIdToken } : {})
  })
  const client = createStsClient({
    ...deps.client,
    env,
    region: settings.region,
    maxAttempts: 1
  })
  const { onSent } = deps
  if (onSent)
    client.middlewareStack.add(
      (next) => (args) => {
        onSent()
        return next(args)
      },
      { step: 'deserialize', priority: 'low', name: 'astroSecretsGateSent' }
    )
  const started = now()
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await client.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: settings.roleArn,
            RoleSessionName: settings.sessionName,
            WebIdentityToken: token.token,
            DurationSeconds: settings.durationSeconds
          }),
          settings.abortSignal ? { abortSignal: settings.abortSignal } : {}
        )
        const c = response.Credentials
        if (
          !c?.AccessKeyId ||
          !c.SecretAccessKey ||
          !c.SessionToken ||
          !c.Expiration
        )
          throw new AwsCallError(
            OPERATION,
            'IncompleteResponse',
            `STS ${OPERATION} for ${settings.roleArn} returned no credentials.`,
            'assume-role-failed'
          )
        mask(c.AccessKeyId)
        mask(c.SecretAccessKey)
        mask(c.SessionToken)
        const assumedRoleArn = response.AssumedRoleUser?.Arn ?? settings.roleArn
        info(
          `Assumed ${assumedRoleArn} with the GitHub OIDC token; credentials expire at ${c.Expiration.toISOString()}.`
        )
        return {
          credentials: {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            sessionToken: c.SessionToken,
            expiration: c.Expiration
          },
          assumedRoleArn,
          sessionName: settings.sessionName,
          claims: token.claims,
          attempts: attempt
        }
      } catch (error) {
        if (error instanceof AwsCallError) throw error
        // Out of time (timeout-seconds): no more attempts or waits.
        if (settings.abortSignal?.aborted) throw error
        const elapsed = now() - started
        const delay = Math.round(
          Math.min(cap, base * 2 ** (attempt - 1)) * random()
        )
        if (
          classifyStsError(error) !== 'retry' ||
          attempt >= maxAttempts ||
          elapsed + delay > maxTotalMs
        ) {
          if (stsErrorCode(error) === 'AccessDenied')
            for (const line of trustPolicyHint(token.claims, settings.roleArn))
              info(line)
          throw translate(error, settings, token, attempt, elapsed)
        }
        info(
          `STS ${OPERATION} attempt ${attempt} of ${maxAttempts} failed (${stsErrorCode(error)}); retrying in ${delay} ms.`
        )
        await sleep(delay)
      }
    }
  } finally {
    client.destroy()
  }
}

/**
 * Exports the credentials and region to later steps (only when the
 * `export-credentials` input asks). They were masked when assumed.
 */
export function exportCredentials(
  role: Pick<AssumedRole, 'credentials'>,
  region: string,
  exportVariable: (name: string, value: string) => void = core.exportVariable
): void {
  exportVariable('AWS_ACCESS_KEY_ID', role.credentials.accessKeyId)
  exportVariable('AWS_SECRET_ACCESS_KEY', role.credentials.secretAccessKey)
  exportVariable('AWS_SESSION_TOKEN', role.credentials.sessionToken)
  exportVariable('AWS_REGION', region)
  exportVariable('AWS_DEFAULT_REGION', region)
}
