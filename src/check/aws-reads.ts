/**
 * Reading the planned secrets from AWS: the region, the credentials (GitHub
 * OIDC, the developer's profile chain, or the ambient chain), a Secrets
 * Manager client, then values or existence, all under one deadline.
 */
import {
  type AmbientRegion,
  type ResolvedRegion,
  resolveRegion,
  secretsEndpointOf
} from '../core/aws/inputs.js'
import { ActionError, AwsCallError } from '../core/errors.js'
import type { SecretRead } from '../core/gate/secret-read.js'
import type { AwsCredentials } from '../adapters/aws/clients.js'
import type { AssumedRole } from '../adapters/aws/assume-role.js'
import type { ReadOperation } from '../adapters/aws/secrets-reader.js'
import type { RetryMode } from '../core/aws/inputs.js'

/** How credentials are obtained. */
export type CredentialSource =
  | {
      /** AssumeRoleWithWebIdentity with the GitHub OIDC token (the action). */
      readonly kind: 'oidc'
      readonly roleArn: string
      readonly audience: string
      readonly sessionName: string
      readonly durationSeconds: number
      /** A token request already in flight, if any. */
      readonly getIdToken?: ((audience: string) => Promise<string>) | undefined
      /** Export the credentials to later steps (the export-credentials input). */
      readonly exportCredentials: boolean
    }
  | {
      /** Whatever the environment provides (the SDK's default chain, no profile lookups). */
      readonly kind: 'ambient'
    }
  | {
      /** The SDK's default chain, optionally a named profile, optionally then AssumeRole. */
      readonly kind: 'chain'
      readonly profile?: string | undefined
      readonly roleArn?: string | undefined
      readonly sessionName: string
    }

/** AssumeRoleWithWebIdentity started before the manifest is read. */
export interface EarlyRole {
  /** The region STS was asked in; the role is used only for reads there. */
  readonly region: string
  /** Settles as assuming the role would; a rejection is handled. */
  readonly role: Promise<AssumedRole>
}

export interface RegionRequest {
  /** The explicit setting (`aws-region`, `--region`), empty when not given. */
  readonly explicit: string
  /** How messages name it: `Input aws-region`, `--region`. */
  readonly explicitSource: string
  /** The input the errors are about (`aws-region`, `region`). */
  readonly input: string
  /** The backend kwargs' region_name, if any. */
  readonly backendRegion: string | null
  /** The backend kwargs' endpoint_url as given (validated here), if any. */
  readonly backendEndpoint?: unknown
  /** Said when no region can be found: how to give one. */
  readonly missing: string
}

export interface AwsHooks {
  readonly info: (line: string) => void
  readonly warn: (line: string) => void
  /** Receives every secret value and credential before anything else does. */
  readonly mask: (value: string) => void
}

export interface AwsReadRequest {
  readonly names: readonly string[]
  readonly mode: 'values' | 'existence'
  readonly region: RegionRequest
  readonly credentials: CredentialSource
  /** The OIDC role already being assumed (see assumeRoleEarly), if any. */
  readonly early?: EarlyRole | undefined
  readonly maxConcurrency: number
  readonly maxAttempts?: number | undefined
  readonly retryMode?: RetryMode | undefined
  readonly timeoutSeconds: number
  /** The run's end (epoch ms), when earlier than timeout-seconds from now. */
  readonly deadlineAt?: number
  readonly env: NodeJS.ProcessEnv
  readonly hooks: AwsHooks
  /** Told of each value as it is read (see ReadSecretsOptions.onRead). */
  readonly onRead?: ((read: SecretRead) => void) | undefined
}

export interface AwsReads {
  readonly region: ResolvedRegion
  readonly reads: ReadonlyMap<string, SecretRead>
  /** The operation that answered (the fallback's when the first was denied). */
  readonly operation: ReadOperation | null
  /** The Secrets Manager endpoint the kwargs' endpoint_url set, if any. */
  readonly endpoint: string | null
}

/**
 * The region the reads go to: where Airflow reads (core/aws/inputs.ts
 * resolveRegion). The backend kwargs' `region_name` decides and an explicit
 * setting that contradicts it is an error; without it, the explicit setting,
 * `AWS_REGION`, `AWS_DEFAULT_REGION`, then (profile chain only) the
 * profile's region, looked up only when nothing else names one.
 */
export async function chooseRegion(
  request: RegionRequest,
  env: NodeJS.ProcessEnv,
  profile?: { readonly name: string | undefined }
): Promise<ResolvedRegion> {
  const ambient: AmbientRegion[] = [
    { source: 'AWS_REGION', value: env.AWS_REGION },
    { source: 'AWS_DEFAULT_REGION', value: env.AWS_DEFAULT_REGION }
  ]
  const unnamed = [request.explicit, env.AWS_REGION, env.AWS_DEFAULT_REGION]
    .map((value) => value?.trim() ?? '')
    .every((value) => value === '')
  if (profile && request.backendRegion === null && unnamed) {
    const { sdkDefaultRegion } = await import('../adapters/aws/chain.js')
    ambient.push({
      source: `profile ${profile.name ?? 'default'} in the AWS config file`,
      value: await sdkDefaultRegion(profile.name)
    })
  }
  return resolveRegion({
    explicit: {
      input: request.input,
      label: request.explicitSource,
      value: request.explicit
    },
    regionName: request.backendRegion,
    ambient,
    missing: request.missing
  })
}

/** Rejects after `ms` with a one-line timeout error; cleared when done. */
function deadline(
  ms: number,
  seconds: number,
  controller: AbortController
): { promise: Promise<never>; clear(): void } {
  let timer: NodeJS.Timeout | undefined
  const promise = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(
        new ActionError(
          'aws-timeout',
          `AWS unavailable: no answer within timeout-seconds (${seconds} s); nothing was validated. Run again, or raise timeout-seconds.`
        )
      )
    }, ms)
    timer.unref()
  })
  promise.catch(() => undefined)
  return {
    promise,
    clear: () => {
      clearTimeout(timer)
    }
  }
}

/**
 * Starts assuming the role now, in the region the reads will use (the
 * caller passes the backend kwargs' region_name when there is one), so that
 * the token and STS round trips are in flight while the rest of the run is
 * prepared; undefined, having called nothing, when the region is missing or
 * contradicted. Bounded like the reads (timeout-seconds or the run's end,
 * whichever is first); nothing is exported until the reads use it, and
 * nothing is used when the reads go to another region.
 */
export async function assumeRoleEarly(
  source: Extract<CredentialSource, { kind: 'oidc' }>,
  region: RegionRequest,
  options: {
    readonly env: NodeJS.ProcessEnv
    readonly hooks: AwsHooks
    readonly timeoutSeconds: number
    readonly deadlineAt?: number | undefined
  }
): Promise<EarlyRole | undefined> {
  const known = await chooseRegion(region, options.env).catch(() => null)
  if (known === null) return undefined
  const controller = new AbortController()
  const timer = deadline(
    boundedMs(options.timeoutSeconds, options.deadlineAt),
    options.timeoutSeconds,
    controller
  )
  let onSent = nothing
  const sent = new Promise<void>((resolve) => {
    onSent = resolve
  })
  const assume = async (): Promise<AssumedRole> => {
    const { assumeRoleWithOidc } =
      await import('../adapters/aws/assume-role.js')
    return assumeRoleWithOidc(
      {
        roleArn: source.roleArn,
        region: known.region,
        audience: source.audience,
        sessionName: source.sessionName,
        durationSeconds: source.durationSeconds,
        abortSignal: controller.signal
      },
      {
        env: options.env,
        mask: options.hooks.mask,
        info: options.hooks.info,
        onSent,
        ...(source.getIdToken ? { getIdToken: source.getIdToken } : {})
      }
    )
  }
  const role = Promise.race([assume(), timer.promise]).finally(() => {
    timer.clear()
  })
  // Awaited by the reads; a run that fails before them must not leave an
  // unhandled rejection behind.
  role.catch(() => undefined)
  // The STS request waits on I/O on its way out (the SDK reads the shared
  // config files); let it leave before the CPU work that follows, which
  // then runs while STS answers: once it is handed to the HTTP handler,
  // one turn of the event loop lets the handler write it.
  await Promise.race([sent, role.then(nothing, nothing)])
  await new Promise<void>((resolve) => setImmediate(resolve))
  return { region: known.region, role }
}

const nothing = (): void => undefined

/** Milliseconds left: timeout-seconds, or less when the run ends sooner. */
function boundedMs(timeoutSeconds: number, deadlineAt?: number): number {
  return Math.min(
    timeoutSeconds * 1000,
    deadlineAt === undefined ? Infinity : Math.max(0, deadlineAt - Date.now())
  )
}

/** Whether the reads sign with a role assumed here (else the SDK's chain). */
const assumesRole = (
  source: CredentialSource
): source is
  | Extract<CredentialSource, { kind: 'oidc' }>
  | (Extract<CredentialSource, { kind: 'chain' }> & {
      readonly roleArn: string
    }) =>
  source.kind === 'oidc' ||
  (source.kind === 'chain' && source.roleArn !== undefined)

async function credentialsFor(
  request: AwsReadRequest,
  region: string,
  signal: AbortSignal
): Promise<AwsCredentials | undefined> {
  const { credentials: source, hooks, env } = request
  if (source.kind === 'oidc') {
    const { assumeRoleWithOidc, exportCredentials } =
      await import('../adapters/aws/assume-role.js')
    const role =
      request.early?.region === region
        ? await request.early.role
        : await assumeRoleWithOidc(
            {
              roleArn: source.roleArn,
              region,
              audience: source.audience,
              sessionName: source.sessionName,
              durationSeconds: source.durationSeconds,
              abortSignal: signal
            },
            {
              env,
              mask: hooks.mask,
              info: hooks.info,
              ...(source.getIdToken ? { getIdToken: source.getIdToken } : {})
            }
          )
    if (source.exportCredentials) exportCredentials(role, region)
    return role.credentials
  }
  if (!assumesRole(source)) return undefined
  const { assumeRoleFromChain } = await import('../adapters/aws/chain.js')
  const role = await assumeRoleFromChain(
    {
      roleArn: source.roleArn,
      region,
      sessionName: source.sessionName,
      ...(source.profile === undefined ? {} : { profile: source.profile }),
      env
    },
    hooks.mask
  )
  hooks.info(`Assumed ${role.assumedRoleArn}.`)
  return role.credentials
}

/** The one-line fix for a chain without usable credentials. */
function noCredentials(
  error: AwsCallError,
  profile: string | undefined
): Error {
  return new AwsCallError(
    error.operation,
    error.awsCode,
    `no usable AWS credentials (${error.awsCode}): run aws configure or aws sso login${profile === undefined ? '' : ` --profile ${profile}`}, pass --profile, or set AWS_PROFILE`,
    'aws-credentials'
  )
}

/** The log line saying which operation answered. */
const USED: Readonly<Record<ReadOperation, string>> = {
  BatchGetSecretValue: 'Read with BatchGetSecretValue (20 secrets a call).',
  GetSecretValue: 'Read with GetSecretValue (one secret a call).',
  ListSecrets:
    'Existence checked with ListSecrets (10 names a call; unlisted names confirmed with DescribeSecret).',
  DescribeSecret: 'Existence checked with DescribeSecret (one secret a call).'
}

/** An endpoint URL for the log: scheme, host and path, no user info. */
function shownEndpoint(endpoint: string): string {
  const url = new URL(endpoint)
  return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`
}

/** Reads every planned secret name; values are masked before they are kept. */
export async function readFromAws(request: AwsReadRequest): Promise<AwsReads> {
  const { credentials: source, hooks } = request
  const profile = source.kind === 'chain' ? source.profile : undefined
  const region = await chooseRegion(
    request.region,
    request.env,
    source.kind === 'chain' ? { name: profile } : undefined
  )
  const endpoint = secretsEndpointOf(request.region.backendEndpoint)
  if (request.names.length === 0)
    return { region, reads: new Map(), operation: null, endpoint }
  hooks.info(region.note)
  hooks.info(
    `Reading ${request.names.length} secret${request.names.length === 1 ? '' : 's'} from Secrets Manager in ${region.region}${endpoint === null ? '' : ` at ${shownEndpoint(endpoint)} (the backend kwargs' endpoint_url)`}${profile === undefined ? '' : ` with profile ${profile}`}.`
  )
  let operation: ReadOperation | null = null
  const used = (answered: ReadOperation): void => {
    operation = answered
    hooks.info(USED[answered])
  }
  const controller = new AbortController()
  const timer = deadline(
    boundedMs(request.timeoutSeconds, request.deadlineAt),
    request.timeoutSeconds,
    controller
  )
  const work = async (): Promise<SecretRead[]> => {
    // The role is assumed while the client is built and the first requests
    // are prepared: they are signed as soon as its credentials arrive.
    const credentials = credentialsFor(
      request,
      region.region,
      controller.signal
    )
    // Set when they arrive (an object, so the flow analysis sees it).
    const arrived = { credentials: false }
    credentials
      .finally(() => {
        arrived.credentials = true
      })
      .catch(() => undefined)
    const signedBy = assumesRole(source)
      ? async (): Promise<AwsCredentials> => {
          const known = await credentials
          if (!known) throw new Error('The role gave no credentials.')
          return known
        }
      : undefined
    const [aws, reader] = await Promise.all([
      import('../adapters/aws/clients.js'),
      import('../adapters/aws/secrets-reader.js')
    ])
    const client = aws.createSecretsManagerClient({
      region: region.region,
      env: request.env,
      ...(signedBy ? { credentials: signedBy } : {}),
      ...(profile === undefined || signedBy ? {} : { profile }),
      ...(endpoint === null ? {} : { endpoint }),
      ...(request.maxAttempts === undefined
        ? {}
        : { maxAttempts: request.maxAttempts }),
      ...(request.retryMode === undefined
        ? {}
        : { retryMode: request.retryMode })
    })
    try {
      const common = {
        client,
        maxConcurrency: request.maxConcurrency,
        abortSignal: controller.signal,
        warn: hooks.warn,
        used
      }
      const reading =
        request.mode === 'existence'
          ? reader.checkExistence(request.names, common)
          : reader.readSecrets(request.names, {
              ...common,
              mask: hooks.mask,
              ...(request.onRead ? { onRead: request.onRead } : {})
            })
      // Credentials that could not be had fail the run as themselves, not
      // as the reads that waited for them.
      reading.catch(() => undefined)
      // While the role's credentials are on the way, the first calls wait
      // for them: compile their path meanwhile.
      if (signedBy && !arrived.credentials)
        await aws.warmUpSecretsManager(region.region)
      await credentials
      return await reading
    } finally {
      client.destroy()
    }
  }
  try {
    const results = await Promise.race([work(), timer.promise])
    return {
      region,
      reads: new Map(results.map((read) => [read.name, read])),
      operation,
      endpoint
    }
  } catch (error) {
    if (
      source.kind === 'chain' &&
      error instanceof AwsCallError &&
      error.code === 'aws-credentials'
    )
      throw noCredentials(error, profile)
    throw error
  } finally {
    timer.clear()
  }
}
