/**
 * Reads secrets from Secrets Manager the way Airflow's backend would see
 * them, one `SecretRead` per name: `BatchGetSecretValue` with 20 ids per
 * call (falling back to `GetSecretValue` when the role may not batch), or,
 * for existence only, `ListSecrets` filtered by 10 names per call (falling
 * back to `DescribeSecret` when the role may not list). Calls in flight are
 * bounded; one bad secret never hides the others.
 */
import {
  BatchGetSecretValueCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  ListSecretsCommand
} from '@aws-sdk/client-secrets-manager'
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { Readable } from 'node:stream'
import { DEFAULT_MAX_CONCURRENCY } from '../../core/aws/inputs.js'
import { AwsCallError, errorMessage } from '../../core/errors.js'
import type {
  SecretRead,
  SecretReadStatus
} from '../../core/gate/secret-read.js'

/** AWS's limit of ids per BatchGetSecretValue call. */
export const BATCH_SIZE = 20

/** The Secrets Manager operation that answered a read. */
export type ReadOperation =
  'BatchGetSecretValue' | 'GetSecretValue' | 'ListSecrets' | 'DescribeSecret'

export interface ReadOptions {
  /** A client from createSecretsManagerClient (it owns retries). */
  readonly client: Pick<SecretsManagerClient, 'send'>
  /** Most requests in flight at once (default DEFAULT_MAX_CONCURRENCY). */
  readonly maxConcurrency?: number
  /** Aborts every request (e.g. the timeout-seconds input). */
  readonly abortSignal?: AbortSignal
  /**
   * Told once, at the end, which operation answered for the secrets (the
   * fallback's when the first was denied); not called for no names.
   */
  readonly used?: (operation: ReadOperation) => void
}

export interface ReadSecretsOptions extends ReadOptions {
  /**
   * Called with every non-empty SecretString before anything else touches
   * it (core.setSecret in the action).
   */
  readonly mask: (value: string) => void
  /** Told once when BatchGetSecretValue is denied and reads fall back. */
  readonly warn?: (message: string) => void
  /**
   * Told of each value as it is read (masked already), while other reads
   * are still in flight; a read reported here may be replaced later (a
   * retry), and the returned list is what counts.
   */
  readonly onRead?: (read: SecretRead) => void
  /** Rounds of re-asking for secrets a batch reported throttled (default 3). */
  readonly throttleRounds?: number
  /** Waits between those rounds; defaults to setTimeout. */
  readonly sleep?: (ms: number) => Promise<void>
}

interface SdkError {
  name?: string
  code?: string
  message?: string
  $fault?: string
  $metadata?: { httpStatusCode?: number }
}

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded'
])

const CREDENTIAL_ERRORS = new Set([
  'CredentialsProviderError',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'MissingAuthenticationTokenException',
  'InvalidClientTokenId'
])

function codeOf(error: unknown): string {
  const e = (error ?? {}) as SdkError
  return e.name && e.name !== 'Error' ? e.name : (e.code ?? 'Error')
}

/**
 * Text of parser errors (the SDK's JSON deserialisation of a malformed
 * answer, JSON.parse) quotes the answer, which holds SecretStrings.
 */
const PARSER_TEXT =
  /JSON|Unexpected (?:token|end|non-whitespace|character)|Deserializ|not valid|pars(?:e|ing)|position \d+|["`]/i

/**
 * Secrets Manager names have at most 512 characters (a SecretId, name or
 * ARN, at most 2,048: one longer fails the whole BatchGetSecretValue).
 */
export const MAX_SECRET_NAME = 512

/** Reads for names no secret can have; they are never requested. */
function impossibleNames(names: readonly string[]): Map<string, SecretRead> {
  const reads = new Map<string, SecretRead>()
  for (const name of names)
    if (name.length > MAX_SECRET_NAME)
      reads.set(name, {
        name,
        status: 'not-found',
        detail: `The secret name has ${name.length} characters; Secrets Manager names have at most ${MAX_SECRET_NAME}, so no such secret exists (not requested).`
      })
  return reads
}

/** Thrown inside a reader when an answer has the wrong shape. */
class MalformedAnswer extends Error {}

const malformed = (name: string, detail: string): SecretRead => ({
  name,
  status: 'aws-error',
  awsCode: 'MalformedResponse',
  detail
})

/** An SDK or AWS message fit to show: one line, no parser quotes. */
function detailOf(message: string | undefined): string {
  const text = (message ?? '').replace(/\s+/g, ' ').trim()
  if (PARSER_TEXT.test(text))
    return 'the answer could not be read (details withheld: parser messages can quote the secret)'
  return text.slice(0, 300)
}

/**
 * Whether a GetSecretValue or DescribeSecret answer names a secret: AWS
 * always returns its ARN and Name, so an answer without either (`7`, `null`,
 * `{}` in a 200) is malformed, never "found" or "binary only".
 */
function namesASecret(response: unknown): boolean {
  if (typeof response !== 'object' || response === null) return false
  const { ARN, Name } = response as { ARN?: unknown; Name?: unknown }
  return typeof ARN === 'string' || typeof Name === 'string'
}

/** Why an answer of the wrong shape was refused, or null when it fits. */
function badShape(response: unknown, lists: readonly string[]): string | null {
  if (typeof response !== 'object' || response === null)
    return 'the answer is not an object'
  for (const list of lists) {
    const value = (response as Record<string, unknown>)[list]
    if (value !== undefined && !Array.isArray(value))
      return `${list} is not a list`
  }
  return null
}

const isDenied = (code: string): boolean =>
  code === 'AccessDeniedException' || code === 'AccessDenied'

/**
 * The status of a per-secret AWS error code and message. A secret scheduled
 * for deletion answers reads with `InvalidRequestException`, which has other
 * causes too: the readers tell it apart with DescribeSecret's DeletedDate
 * (`confirmDeleted`), never by the message's wording.
 */
export function statusOf(code: string, message = ''): SecretReadStatus {
  if (code === 'ResourceNotFoundException') return 'not-found'
  if (code === 'DecryptionFailure' || /^KMS/.test(code)) return 'decrypt-failed'
  if (isDenied(code))
    return /\bKMS\b/i.test(message) ? 'decrypt-failed' : 'access-denied'
  if (THROTTLING.has(code)) return 'throttled'
  return 'aws-error'
}

function failed(name: string, code: string, message?: string): SecretRead {
  return {
    name,
    status: statusOf(code, message),
    awsCode: code,
    detail: detailOf(message)
  }
}

/**
 * Errors that mean no call can succeed: end the run with one message.
 * Throttling ends it only for calls about many secrets (a batch, a list):
 * a call about one secret keeps its result on that secret (`throttled`).
 */
function fatal(
  error: unknown,
  operation: string,
  throttlingIsFatal = false
): AwsCallError | undefined {
  const code = codeOf(error)
  const e = (error ?? {}) as SdkError
  if (code === 'AbortError')
    return new AwsCallError(
      operation,
      code,
      `AWS unavailable: gave up waiting for Secrets Manager ${operation}: the time limit (timeout-seconds) ran out; raise it or lower the number of secrets checked.`,
      'aws-timeout'
    )
  if (
    !CREDENTIAL_ERRORS.has(code) &&
    e.$fault === undefined &&
    e.$metadata?.httpStatusCode === undefined
  )
    // No answer from AWS at all (after the SDK's retries): network, proxy,
    // endpoint or an abort. Every other call would fail the same way.
    return new AwsCallError(
      operation,
      code,
      `AWS unavailable: could not reach Secrets Manager for ${operation} (${code}: ${detailOf(errorMessage(error))}): check network access, HTTPS_PROXY/NO_PROXY and AWS_ENDPOINT_URL_SECRETS_MANAGER.`,
      'aws-unreachable'
    )
  const status = e.$metadata?.httpStatusCode
  if (
    (throttlingIsFatal && THROTTLING.has(code)) ||
    e.$fault === 'server' ||
    (status !== undefined && status >= 500)
  )
    // Still throttled or failing on AWS's side after the SDK's retries:
    // nothing was read, so no verdict may be given.
    return new AwsCallError(
      operation,
      code,
      `AWS unavailable: Secrets Manager ${operation} kept failing (${code}: ${detailOf(errorMessage(error))}) after every retry (max-attempts); nothing was validated. Run again later, or raise max-attempts.`,
      'aws-unavailable'
    )
  if (!CREDENTIAL_ERRORS.has(code)) return undefined
  const fix =
    code === 'CredentialsProviderError'
      ? 'set role-to-assume (GitHub OIDC), or configure AWS credentials before this step'
      : 'the AWS credentials were rejected; check role-to-assume or the credentials configured before this step'
  return new AwsCallError(
    operation,
    code,
    `No usable AWS credentials for Secrets Manager ${operation} (${code}: ${detailOf(errorMessage(error))}): ${fix}.`,
    'aws-credentials'
  )
}

/** Runs tasks with at most `limit` in flight. */
export function createLimiter(
  limit: number
): <T>(task: () => Promise<T>) => Promise<T> {
  const slots = createWireLimiter(limit)
  return (task) => slots.run(() => task())
}

/**
 * The slots for requests on the wire: `max` at first, halved (down to one)
 * when AWS answers that it is throttling, at most once per round of
 * requests (a throttled answer to a request sent before the last halving
 * does not halve again) and at most once for any one request (its
 * retries, each in a newer round, do not: one secret AWS keeps throttling
 * costs one halving, not five). It does not rise again within the run:
 * what is left then goes out at a rate the account's quota allows, in
 * place of retries that would be throttled in turn.
 */
export interface WireLimiter {
  /** Runs `task` in a slot; `task` gets the round it started in. */
  run<T>(task: (round: number) => Promise<T>): Promise<T>
  /** AWS throttled a request sent in `round`; true when that halved the slots. */
  throttled(round: number): boolean
  /** The slots now. */
  readonly limit: number
}

export function createWireLimiter(max: number): WireLimiter {
  let limit = max
  let round = 0
  let active = 0
  const queue: (() => void)[] = []
  const next = (): void => {
    while (active < limit) {
      const start = queue.shift()
      if (!start) return
      active++
      start()
    }
  }
  return {
    run: <T>(task: (round: number) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        queue.push(() => {
          task(round)
            .then(resolve, reject)
            .finally(() => {
              active--
              next()
            })
        })
        next()
      }),
    throttled: (sent) => {
      if (sent !== round || limit === 1) return false
      limit = Math.ceil(limit / 2)
      round++
      return true
    },
    get limit() {
      return limit
    }
  }
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)]
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size)
    out.push(items.slice(i, i + size))
  return out
}

function inOrder(
  names: readonly string[],
  reads: ReadonlyMap<string, SecretRead>
): SecretRead[] {
  return names.map(
    (name) =>
      reads.get(name) ?? {
        name,
        status: 'aws-error',
        awsCode: 'MissingFromResponse',
        detail: 'Secrets Manager did not report this secret.'
      }
  )
}

/** A middleware stack, as SDK commands carry one. */
interface CommandStack {
  add(
    middleware: (
      next: (args: unknown) => Promise<{ response: unknown }>
    ) => (args: unknown) => Promise<{ response: unknown }>,
    options: {
      step: 'deserialize'
      priority: 'low' | 'high'
      name: string
    }
  ): void
}

/**
 * Reads a response body stream to its end (the socket is then free again).
 * A stream closed before its end (a connection cut, the request timeout)
 * rejects, so the slot is never held by an answer that will not come.
 */
function drainBody(response: unknown): Promise<void> {
  const body = (response as { body?: unknown } | null)?.body
  if (!(body instanceof Readable)) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = []
    let ended = false
    body.on('data', (part: Buffer) => parts.push(part))
    body.once('error', reject)
    body.once('end', () => {
      ended = true
      ;(response as { body: Uint8Array }).body = Buffer.concat(parts)
      resolve()
    })
    body.once('close', () => {
      if (!ended)
        reject(new Error('The connection closed before the answer ended.'))
    })
  })
}

/** What a request tells, and waits for, at the wire. */
interface WireHooks {
  /** Hears each HTTP status as it arrives. */
  readonly answered?: ((status: number) => void) | undefined
  /**
   * Awaited first, the request being serialised and signed by then: false
   * keeps it off the wire (HeldBack).
   */
  readonly hold?: (() => Promise<boolean>) | undefined
  /** Told as the request is handed to the HTTP handler. */
  readonly sending?: (() => void) | undefined
}

/**
 * Holds one of `wire`'s slots only while the command's HTTP request is out:
 * from handing it to the HTTP handler until its answer has arrived (body
 * included, so the keep-alive socket goes back to the pool). The answer is
 * decoded after the event loop has taken in every other answer that has
 * arrived meanwhile, so the requests waiting for those slots go out first
 * and decoding overlaps their round trips. A retry takes a slot again.
 * A throttled answer tells `wire`, which then lets fewer requests out.
 */
function onTheWire<C>(command: C, wire: WireLimiter, hooks: WireHooks): C {
  const { answered, hold, sending } = hooks
  const stack = (command as { middlewareStack?: CommandStack }).middlewareStack
  // The round the latest attempt was sent in (attempts are sequential),
  // and whether one of them has halved the slots already.
  let sentIn = -1
  let halved = false
  stack?.add(
    (next) => async (args) => {
      if (hold !== undefined && !(await hold())) throw new HeldBack()
      const output = await wire.run(async (round) => {
        sentIn = round
        sending?.()
        const out = await next(args)
        await drainBody(out.response)
        return out
      })
      answered?.(
        (output.response as { statusCode?: number } | null)?.statusCode ?? 0
      )
      await new Promise<void>((resolve) => setImmediate(resolve))
      return output
    },
    { step: 'deserialize', priority: 'low', name: 'astroSecretsGateWire' }
  )
  // Outside the deserializer (which turns an error answer into the error)
  // and inside the SDK's retries, so every throttled attempt is seen.
  stack?.add(
    (next) => async (args) => {
      try {
        return await next(args)
      } catch (error) {
        if (!halved && sentIn >= 0 && THROTTLING.has(codeOf(error)))
          halved = wire.throttled(sentIn)
        throw error
      }
    },
    { step: 'deserialize', priority: 'high', name: 'astroSecretsGateThrottle' }
  )
  return command
}

/**
 * What every read starts with: the limits, the client's send, and the abort
 * signal to pass with each request. At most `maxConcurrency` requests are on
 * the wire at once; as many again may be prepared (serialised and signed)
 * and waiting for a slot, or decoding an answer that has arrived.
 */
function requestContext(options: ReadOptions): {
  limit: <T>(task: () => Promise<T>) => Promise<T>
  send: (
    command: unknown,
    opts?: { abortSignal?: AbortSignal },
    hooks?: WireHooks
  ) => Promise<unknown>
  sendOptions: { abortSignal: AbortSignal } | undefined
} {
  const max = options.maxConcurrency ?? DEFAULT_MAX_CONCURRENCY
  const wire = createWireLimiter(max)
  const send = options.client.send.bind(options.client) as (
    command: unknown,
    opts?: { abortSignal?: AbortSignal }
  ) => Promise<unknown>
  return {
    limit: createLimiter(max * 2),
    send: (command, opts, hooks = {}) =>
      send(onTheWire(command, wire, hooks), opts),
    sendOptions: options.abortSignal
      ? { abortSignal: options.abortSignal }
      : undefined
  }
}

/**
 * How many calls of a kind go out before the first answer: a role that may
 * not make them costs at most this many denied calls before the fallback.
 */
const PROBES = 2

/**
 * Holds back all but the first `PROBES` calls until one of those settles,
 * so that a denial is known before the rest go out.
 */
function probeGate(): {
  /** Whether the next call is one of the probes (counts it). */
  probe(): boolean
  /** Resolves at once for a probe, else once a probe has settled. */
  wait(): Promise<void>
  /** Resolves once a probe has settled. */
  readonly settled: Promise<void>
  settle(): void
  /** Resolves once a probe is on the wire (or has settled). */
  readonly out: Promise<void>
  /** A probe is on the wire. */
  readonly sending: () => void
} {
  let started = 0
  let settle = (): void => undefined
  let sending = (): void => undefined
  const settled = new Promise<void>((resolve) => {
    settle = resolve
  })
  const out = new Promise<void>((resolve) => {
    sending = resolve
  })
  const probe = (): boolean => started++ < PROBES
  return {
    probe,
    wait: () => (probe() ? Promise.resolve() : settled),
    settled,
    settle: () => {
      settle()
      sending()
    },
    out,
    sending: () => {
      sending()
    }
  }
}

/** A request kept off the wire: the probes found the call denied. */
class HeldBack extends Error {
  override name = 'HeldBack'
}

/**
 * A successful answer to a probe says the role may make the call: the
 * others need not wait for it to be decoded.
 */
const successSettles =
  (gate: { settle(): void }) =>
  (status: number): void => {
    if (status >= 200 && status < 300) gate.settle()
  }

const scheduled = (name: string, deleted: Date): SecretRead => ({
  name,
  status: 'scheduled-for-deletion',
  detail: `Scheduled for deletion on ${deleted.toISOString()}.`
})

/** DescribeSecret for one name: found, scheduled for deletion, or failed. */
async function describeOne(
  name: string,
  context: ReturnType<typeof requestContext>
): Promise<SecretRead> {
  const { limit, send, sendOptions } = context
  try {
    const response = (await limit(() =>
      send(new DescribeSecretCommand({ SecretId: name }), sendOptions)
    )) as { DeletedDate?: Date }
    if (!namesASecret(response))
      return malformed(
        name,
        'Secrets Manager answered DescribeSecret without the secret.'
      )
    return response.DeletedDate
      ? scheduled(name, response.DeletedDate)
      : { name, status: 'found' }
  } catch (error) {
    const stop = fatal(error, 'DescribeSecret')
    if (stop) throw stop
    return failed(name, codeOf(error), errorMessage(error))
  }
}

/**
 * Reads that failed with `InvalidRequestException`, asked again with
 * DescribeSecret: those with a DeletedDate are scheduled for deletion
 * (Airflow reads them as not found); the others keep their error.
 */
async function confirmDeleted(
  reads: Map<string, SecretRead>,
  context: ReturnType<typeof requestContext>
): Promise<void> {
  const unsure = [...reads.values()].filter(
    (read) => read.awsCode === 'InvalidRequestException'
  )
  await Promise.all(
    unsure.map(async (read) => {
      const described = await describeOne(read.name, context)
      if (described.status === 'scheduled-for-deletion')
        reads.set(read.name, {
          ...described,
          awsCode: 'InvalidRequestException'
        })
    })
  )
}

/**
 * Reads each secret's value. One result per name, in the order given;
 * the action masks every value through `mask` first.
 */
export async function readSecrets(
  names: readonly string[],
  options: ReadSecretsOptions
): Promise<SecretRead[]> {
  const context = requestContext(options)
  const { limit, send, sendOptions } = context
  const sleep =
    options.sleep ??
    ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const reads = impossibleNames(names)
  const gate = probeGate()
  const settleOnSuccess = successSettles(gate)
  // Set from inside the batches (an object, so the flow analysis sees it).
  const state = { batchDenied: false }

  const found = (
    name: string,
    secretString: string | undefined,
    hasBinary: boolean
  ): SecretRead => {
    if (secretString !== undefined && typeof secretString !== 'string')
      return {
        name,
        status: 'aws-error',
        awsCode: 'MalformedResponse',
        detail:
          'Secrets Manager answered with a SecretString that is not a string.'
      }
    if (secretString !== undefined) {
      if (secretString !== '') options.mask(secretString)
      const read: SecretRead = { name, status: 'found', value: secretString }
      options.onRead?.(read)
      return read
    }
    return {
      name,
      status: 'binary-only',
      detail: hasBinary
        ? 'The secret has only SecretBinary; Airflow reads SecretString.'
        : 'The secret has no SecretString.'
    }
  }

  const getOne = async (name: string): Promise<void> => {
    try {
      const response = (await limit(() =>
        send(new GetSecretValueCommand({ SecretId: name }), sendOptions)
      )) as { SecretString?: string; SecretBinary?: Uint8Array }
      reads.set(
        name,
        namesASecret(response)
          ? found(
              name,
              response.SecretString,
              response.SecretBinary !== undefined
            )
          : malformed(
              name,
              'Secrets Manager answered GetSecretValue without the secret.'
            )
      )
    } catch (error) {
      const stop = fatal(error, 'GetSecretValue')
      if (stop) throw stop
      reads.set(name, failed(name, codeOf(error), errorMessage(error)))
    }
  }

  const fallBack = (): void => {
    if (state.batchDenied) return
    state.batchDenied = true
    options.warn?.(
      'The role may not call secretsmanager:BatchGetSecretValue; reading each secret with GetSecretValue instead (allow BatchGetSecretValue for fewer calls).'
    )
  }

  // Calls after the probes are prepared (serialised and signed) once the
  // probes are out, while they are answered, and wait for them at the wire.
  const afterProbes = async (): Promise<boolean> => {
    await gate.settled
    return !state.batchDenied
  }
  const batch = async (ids: readonly string[]): Promise<string[]> => {
    const probe = gate.probe()
    if (!probe) await gate.out
    if (state.batchDenied) {
      await Promise.all(ids.map(getOne))
      return []
    }
    let response: {
      SecretValues?: {
        Name?: string
        ARN?: string
        SecretString?: string
        SecretBinary?: Uint8Array
      }[]
      Errors?: { SecretId?: string; ErrorCode?: string; Message?: string }[]
    }
    try {
      response = (await limit(() =>
        send(
          new BatchGetSecretValueCommand({ SecretIdList: [...ids] }),
          sendOptions,
          probe
            ? { answered: settleOnSuccess, sending: gate.sending }
            : { answered: settleOnSuccess, hold: afterProbes }
        )
      )) as typeof response
    } catch (error) {
      if (error instanceof HeldBack) {
        await Promise.all(ids.map(getOne))
        return []
      }
      const stop = fatal(error, 'BatchGetSecretValue', true)
      if (stop) throw stop
      const code = codeOf(error)
      if (isDenied(code)) {
        fallBack()
        gate.settle()
        await Promise.all(ids.map(getOne))
        return []
      }
      for (const id of ids) reads.set(id, failed(id, code, errorMessage(error)))
      return []
    } finally {
      gate.settle()
    }
    const retry: string[] = []
    const wanted = new Set(ids)
    const shape = badShape(response, ['SecretValues', 'Errors'])
    if (shape !== null) {
      for (const id of ids)
        reads.set(
          id,
          malformed(
            id,
            `Secrets Manager answered BatchGetSecretValue with an unexpected shape (${shape}).`
          )
        )
      return []
    }
    // The declared types are what AWS promises; a broken answer may differ.
    const isEntry = (entry: unknown): boolean =>
      typeof entry === 'object' && entry !== null
    for (const value of response.SecretValues ?? []) {
      if (!isEntry(value)) continue
      const name = value.Name ?? ''
      const id = wanted.has(name)
        ? name
        : ids.find((candidate) => candidate === value.ARN)
      if (id === undefined) {
        if (typeof value.SecretString === 'string' && value.SecretString)
          options.mask(value.SecretString)
        continue
      }
      reads.set(
        id,
        found(id, value.SecretString, value.SecretBinary !== undefined)
      )
    }
    for (const error of response.Errors ?? []) {
      if (!isEntry(error)) continue
      const id = error.SecretId ?? ''
      if (!wanted.has(id)) continue
      const code =
        typeof error.ErrorCode === 'string' ? error.ErrorCode : 'Error'
      if (THROTTLING.has(code)) retry.push(id)
      reads.set(
        id,
        failed(
          id,
          code,
          typeof error.Message === 'string' ? error.Message : undefined
        )
      )
    }
    return retry
  }

  let pending = unique(names).filter((name) => !reads.has(name))
  const rounds = options.throttleRounds ?? 3
  for (let round = 0; pending.length > 0; round++) {
    const throttled = (
      await Promise.all(chunks(pending, BATCH_SIZE).map(batch))
    ).flat()
    if (throttled.length === 0 || round >= rounds) break
    await sleep(Math.min(4_000, 250 * 2 ** round) * (0.5 + Math.random() / 2))
    pending = throttled
  }
  await confirmDeleted(reads, context)
  if (names.length > 0)
    options.used?.(state.batchDenied ? 'GetSecretValue' : 'BatchGetSecretValue')
  return inOrder(names, reads)
}

export interface ExistenceOptions extends ReadOptions {
  /**
   * `list` (default): ListSecrets filtered by 10 names per call, falling
   * back to `describe` when the role may not list. `describe`: one
   * DescribeSecret per name.
   */
  readonly method?: 'describe' | 'list'
  /** Told once when ListSecrets is denied and checks fall back. */
  readonly warn?: (message: string) => void
}

/** ListSecrets allows 10 values per filter. */
export const LIST_FILTER_VALUES = 10

/** Pages followed per ListSecrets filter before giving up on it. */
const MAX_LIST_PAGES = 1_000

/** What a ListSecrets name filter value may hold (and secret names do). */
const FILTER_VALUE = /^[A-Za-z0-9_@/+=.-]{1,512}$/

/**
 * Whether each secret exists, without reading values.
 *
 * ListSecrets with `name` filters, 10 names per call, is the default: at
 * N names it costs about N/10 calls where DescribeSecret costs N. A name
 * filter matches by prefix (AWS: word prefixes, case-insensitively), so
 * each listed name is compared exactly with the ones asked for, and every
 * NextToken is followed. Names the listing does not show are confirmed
 * with DescribeSecret, which is strongly consistent (a listing can miss a
 * secret created in the last minutes). A role that may not list (ListSecrets
 * cannot be scoped to resources) is told once and checked with DescribeSecret
 * per name; `used` says which operation answered.
 *
 * Statuses: found, not-found, scheduled-for-deletion (DeletedDate set),
 * access-denied, throttled, aws-error.
 */
export async function checkExistence(
  all: readonly string[],
  options: ExistenceOptions
): Promise<SecretRead[]> {
  const impossible = impossibleNames(all)
  const names = all.filter((name) => !impossible.has(name))
  const checked = await checkPossible(names, options)
  const byName = new Map(checked.map((read) => [read.name, read]))
  return inOrder(all, new Map([...impossible, ...byName]))
}

async function checkPossible(
  names: readonly string[],
  options: ExistenceOptions
): Promise<SecretRead[]> {
  if (names.length === 0) return []
  const context = requestContext(options)
  if (options.method !== 'describe') {
    const listed = await listExistence(names, context)
    if (listed) {
      options.used?.('ListSecrets')
      return listed
    }
    options.warn?.(
      'The role may not call secretsmanager:ListSecrets; checking each secret with DescribeSecret instead (allow ListSecrets for fewer calls).'
    )
  }
  const reads = new Map<string, SecretRead>()
  await Promise.all(
    unique(names).map(async (name) => {
      reads.set(name, await describeOne(name, context))
    })
  )
  if (names.length > 0) options.used?.('DescribeSecret')
  return inOrder(names, reads)
}

/** The existence of each name from ListSecrets; undefined when denied. */
async function listExistence(
  names: readonly string[],
  context: ReturnType<typeof requestContext>
): Promise<SecretRead[] | undefined> {
  const { limit, send, sendOptions } = context
  const reads = new Map<string, SecretRead>()
  const gate = probeGate()
  const settleOnSuccess = successSettles(gate)
  const state = { denied: false }
  const listable = unique(names).filter((name) => FILTER_VALUE.test(name))

  const list = async (values: readonly string[]): Promise<void> => {
    await gate.wait()
    if (state.denied) return
    const wanted = new Set(values)
    let nextToken: string | undefined
    try {
      for (let page = 0; page < MAX_LIST_PAGES; page++) {
        const response = (await limit(() =>
          send(
            new ListSecretsCommand({
              Filters: [{ Key: 'name', Values: [...values] }],
              IncludePlannedDeletion: true,
              MaxResults: 100,
              ...(nextToken === undefined ? {} : { NextToken: nextToken })
            }),
            sendOptions,
            { answered: settleOnSuccess }
          )
        )) as {
          // Entries as AWS sends them: anything, until checked below.
          SecretList?: unknown[]
          NextToken?: string
        }
        gate.settle()
        if (badShape(response, ['SecretList']) !== null)
          throw new MalformedAnswer()
        for (const entry of response.SecretList ?? []) {
          if (typeof entry !== 'object' || entry === null) continue
          const { Name: name, DeletedDate: deleted } = entry as {
            Name?: unknown
            DeletedDate?: Date
          }
          if (typeof name !== 'string' || !wanted.has(name)) continue
          reads.set(
            name,
            deleted ? scheduled(name, deleted) : { name, status: 'found' }
          )
        }
        nextToken = response.NextToken
        if (nextToken === undefined || nextToken === '') break
      }
    } catch (error) {
      if (error instanceof MalformedAnswer) {
        for (const name of values)
          reads.set(
            name,
            malformed(
              name,
              'Secrets Manager answered ListSecrets with an unexpected shape.'
            )
          )
        return
      }
      const stop = fatal(error, 'ListSecrets', true)
      if (stop) throw stop
      const code = codeOf(error)
      if (isDenied(code)) state.denied = true
      else
        for (const name of values)
          reads.set(name, failed(name, code, errorMessage(error)))
    } finally {
      gate.settle()
    }
  }

  await Promise.all(chunks(listable, LIST_FILTER_VALUES).map(list))
  if (state.denied) return undefined
  // Not listed (or not listable): DescribeSecret says for sure.
  await Promise.all(
    unique(names)
      .filter((name) => !reads.has(name))
      .map(async (name) => {
        const described = await describeOne(name, context)
        reads.set(
          name,
          described.status === 'access-denied'
            ? {
                name,
                status: 'not-found',
                detail:
                  'ListSecrets does not show this secret (DescribeSecret is denied, so this was not confirmed).'
              }
            : described
        )
      })
  )
  return inOrder(names, reads)
}
