/**
 * One loopback HTTP server that speaks, closely enough for the real AWS SDK
 * v3 clients and @actions/core:
 *
 * - the GitHub Actions OIDC token endpoint: `GET /oidc/token?...&audience=`
 *   with `Authorization: Bearer <request token>` → `{"value": "<RS256 JWT>"}`;
 * - STS (query protocol, XML): `AssumeRoleWithWebIdentity`, which checks the
 *   JWT's signature, expiry, audience and a trust function, and issues
 *   session credentials; `AssumeRole`, which must be SigV4-signed with known
 *   credentials (recorded like Secrets Manager calls) and issues them too;
 * - Secrets Manager (JSON 1.1 by `X-Amz-Target`): `BatchGetSecretValue`,
 *   `GetSecretValue`, `DescribeSecret`, `ListSecrets`, with AWS's limits (20
 *   ids per batch, 100 per list page) and error shapes. Every call must be
 *   SigV4-signed (signature verified) with credentials STS issued or listed in
 *   `acceptCredentials`.
 *
 * It counts requests by operation, tracks the most Secrets Manager requests
 * in flight, and injects faults (throttling, 5xx, connection resets,
 * truncated bodies, requests never answered) and latency from a seeded PRNG.
 *
 * ```ts
 * const aws = await startFakeAws({ secrets: { 'airflow/variables/x': '1' } })
 * process.env.AWS_ENDPOINT_URL_STS = aws.url  // or aws.env() for a child
 * ...
 * expect(aws.counts.BatchGetSecretValue).toBe(1)
 * await aws.stop()
 * ```
 */
import * as crypto from 'node:crypto'
import * as http from 'node:http'
import * as https from 'node:https'
import type { AddressInfo } from 'node:net'

/** A secret in the fake store. A bare string is a SecretString. */
export type FakeSecret =
  | string
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'binary'; readonly value: Uint8Array }
  /** Marked for deletion: reads fail with InvalidRequestException. */
  | { readonly kind: 'scheduled-for-deletion'; readonly value?: string }
  /** KMS cannot decrypt it: reads fail with DecryptionFailure. */
  | { readonly kind: 'kms-failure' }
  /** The caller's policy denies it: every call fails with AccessDeniedException. */
  | { readonly kind: 'access-denied' }
  /** Every call about it is throttled (per-secret error in a batch). */
  | { readonly kind: 'throttled' }

/** `hang` accepts the request and never answers (until the server stops). */
export type FaultKind = 'throttling' | '5xx' | 'reset' | 'truncated' | 'hang'

export interface FaultOptions {
  /** Share of eligible requests that fail, 0 to 1. */
  readonly rate: number
  /** Fault kinds, picked evenly (default throttling and 5xx). */
  readonly kinds?: readonly FaultKind[]
  /** PRNG seed (default 1). */
  readonly seed?: number
  /** Operations that may fail (default every Secrets Manager operation). */
  readonly operations?: readonly string[]
}

/** One forced STS error, `times` times in a row before STS answers again. */
export interface StsFailure {
  readonly code: string
  readonly message?: string
  readonly status?: number
  readonly times?: number
}

export interface FakeAwsOptions {
  readonly secrets?: Readonly<Record<string, FakeSecret>>
  /** The request token the OIDC endpoint expects (default random). */
  readonly oidcRequestToken?: string
  /** GitHub claims of the issued token, over realistic defaults. */
  readonly claims?: Readonly<Record<string, unknown>>
  /** Token lifetime in seconds (default 300); negative gives expired tokens. */
  readonly tokenLifetimeSeconds?: number
  /** Audiences the IAM OIDC provider accepts (default sts.amazonaws.com). */
  readonly acceptedAudiences?: readonly string[]
  /** The role's trust policy: false → AccessDenied (default: trust all). */
  readonly trust?: (claims: Record<string, unknown>, roleArn: string) => boolean
  /** The role's MaxSessionDuration (default 3600). */
  readonly maxSessionDuration?: number
  /** Errors STS returns before it succeeds. */
  readonly stsFailures?: readonly StsFailure[]
  /** The role may not call BatchGetSecretValue (AccessDeniedException). */
  readonly denyBatchGet?: boolean
  /** The role may not call ListSecrets (AccessDeniedException). */
  readonly denyListSecrets?: boolean
  /** Long-term credentials accepted besides the ones STS issues. */
  readonly acceptCredentials?: readonly {
    readonly accessKeyId: string
    readonly secretAccessKey: string
  }[]
  readonly faults?: FaultOptions
  /** Added latency per request in ms: a number or [min, max] (PRNG). */
  readonly latencyMs?: number | readonly [number, number]
  /** Added latency of the OIDC token endpoint in ms (default 0). */
  readonly oidcLatencyMs?: number
  /** Account id in ARNs (default 123456789012). */
  readonly accountId?: string
  /** Serve https with this key and certificate (PEM) instead of http. */
  readonly tls?: { readonly key: string; readonly cert: string }
  /**
   * A raw 200 body per Secrets Manager operation, sent instead of the real
   * answer (a malformed or wrongly shaped answer).
   */
  readonly rawAnswers?: Partial<Record<Operation, string>>
  /**
   * A concurrency quota: a Secrets Manager request that arrives while this
   * many are already in flight is throttled (ThrottlingException), as AWS
   * throttles an account over its rate.
   */
  readonly quota?: number
}

export type Operation =
  | 'oidc'
  | 'AssumeRoleWithWebIdentity'
  | 'AssumeRole'
  | 'BatchGetSecretValue'
  | 'GetSecretValue'
  | 'DescribeSecret'
  | 'ListSecrets'
  | 'other'

export interface RecordedRequest {
  readonly operation: Operation
  readonly userAgent: string
  /** Access key id from the SigV4 credential scope, if signed. */
  readonly accessKeyId?: string
  /** Service and region from the credential scope. */
  readonly scope?: string
  /** Secret ids asked for (batch list, SecretId, or list filters). */
  readonly secretIds: readonly string[]
  /** When the request arrived: ms since the epoch, sub-ms precision. */
  readonly at: number
  /** The injected fault, if any. */
  readonly fault?: FaultKind
  /** HTTP status sent (0 for reset/truncated). */
  status: number
  /** Secrets Manager requests in flight as it arrived, itself included. */
  inFlight?: number
}

export interface IssuedCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken: string
  readonly roleArn: string
  readonly sessionName: string
}

export interface FakeAws {
  /** `http://127.0.0.1:<port>`: the STS and Secrets Manager endpoint. */
  readonly url: string
  /** For ACTIONS_ID_TOKEN_REQUEST_URL (already has a `?`). */
  readonly oidcRequestUrl: string
  /** For ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  readonly oidcRequestToken: string
  /** The JWT signing key (PEM), to verify tokens in tests. */
  readonly publicKeyPem: string
  /** Requests received by operation (faulted ones included). */
  readonly counts: Record<Operation, number>
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[]
  /** Credentials STS has issued. */
  readonly issued: IssuedCredentials[]
  /** Most Secrets Manager requests in flight at once so far. */
  maxInFlight(): number
  /**
   * TCP connections opened so far. The server announces a 1 s keep-alive
   * (`Keep-Alive: timeout=1`).
   */
  connections(): number
  /** Faults injected so far. */
  faultCount(): number
  /** Clears counts, requests and the in-flight maximum. */
  reset(): void
  /** Replaces or adds secrets. */
  setSecrets(secrets: Readonly<Record<string, FakeSecret>>): void
  /** Env pointing the SDK and @actions/core at this server. */
  env(): Record<string, string>
  /** Signs a GitHub-style OIDC token with these claims over the defaults. */
  signToken(claims?: Readonly<Record<string, unknown>>): string
  stop(): Promise<void>
}

const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/'
const SM_OPERATIONS: readonly Operation[] = [
  'BatchGetSecretValue',
  'GetSecretValue',
  'DescribeSecret',
  'ListSecrets'
]

/** mulberry32: a small deterministic PRNG. */
export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url')
}

function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

function sha256Hex(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex')
}

function hmac(key: string | Buffer, data: string): Buffer {
  return crypto.createHmac('sha256', key).update(data).digest()
}

function normalise(secret: FakeSecret): Exclude<FakeSecret, string> {
  return typeof secret === 'string' ? { kind: 'string', value: secret } : secret
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

const NOT_FOUND = "Secrets Manager can't find the specified secret."
const MARKED =
  "You can't perform this operation on the secret because it was marked for deletion."
const DECRYPT =
  "Secrets Manager can't decrypt the protected secret text using the provided KMS key."

let signingKeys: crypto.KeyPairKeyObjectResult | undefined

/** One RSA key pair per process: generating one takes a while. */
function keys(): crypto.KeyPairKeyObjectResult {
  signingKeys ??= crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
  return signingKeys
}

export async function startFakeAws(
  options: FakeAwsOptions = {}
): Promise<FakeAws> {
  const { publicKey, privateKey } = keys()
  const kid = crypto.randomBytes(8).toString('hex')
  const oidcRequestToken =
    options.oidcRequestToken ?? crypto.randomBytes(16).toString('hex')
  const account = options.accountId ?? '123456789012'
  const secrets = new Map<string, Exclude<FakeSecret, string>>()
  for (const [name, secret] of Object.entries(options.secrets ?? {}))
    secrets.set(name, normalise(secret))
  const credentials = new Map<string, { secret: string; token?: string }>()
  for (const c of options.acceptCredentials ?? [])
    credentials.set(c.accessKeyId, { secret: c.secretAccessKey })
  const issued: IssuedCredentials[] = []
  const stsFailures = (options.stsFailures ?? []).map((f) => ({
    ...f,
    left: f.times ?? 1
  }))
  const faultRandom = prng(options.faults?.seed ?? 1)
  const latencyRandom = prng((options.faults?.seed ?? 1) + 7)
  const faultOps = options.faults?.operations ?? SM_OPERATIONS
  const faultKinds = options.faults?.kinds ?? ['throttling', '5xx']

  const counts = {} as Record<Operation, number>
  const requests: RecordedRequest[] = []
  let inFlight = 0
  let maxInFlight = 0
  let faults = 0
  let connections = 0
  const reset = (): void => {
    for (const op of [
      'oidc',
      'AssumeRoleWithWebIdentity',
      'AssumeRole',
      ...SM_OPERATIONS,
      'other'
    ] as Operation[])
      counts[op] = 0
    requests.length = 0
    maxInFlight = inFlight
    faults = 0
    connections = 0
  }
  reset()

  let url = ''
  const defaultClaims = (): Record<string, unknown> => {
    const now = Math.floor(Date.now() / 1000)
    return {
      jti: crypto.randomUUID(),
      sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      aud: 'https://github.com/octo-org',
      ref: 'refs/heads/main',
      sha: 'a'.repeat(40),
      repository: 'octo-org/octo-repo',
      repository_owner: 'octo-org',
      repository_owner_id: '1001',
      repository_id: '2002',
      repository_visibility: 'private',
      run_id: '42',
      run_number: '7',
      run_attempt: '1',
      runner_environment: 'github-hosted',
      actor: 'octocat',
      actor_id: '3003',
      workflow: 'deploy',
      event_name: 'push',
      ref_type: 'branch',
      ref_protected: 'true',
      job_workflow_ref:
        'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main',
      iss: 'https://token.actions.githubusercontent.com',
      nbf: now - 5,
      iat: now - 5,
      exp: now + (options.tokenLifetimeSeconds ?? 300)
    }
  }
  const signToken = (
    claims: Readonly<Record<string, unknown>> = {}
  ): string => {
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }))
    const payload = base64url(
      JSON.stringify({ ...defaultClaims(), ...options.claims, ...claims })
    )
    const signature = crypto
      .sign('sha256', Buffer.from(`${header}.${payload}`), privateKey)
      .toString('base64url')
    return `${header}.${payload}.${signature}`
  }

  const verifyToken = (token: string): Record<string, unknown> => {
    const parts = token.split('.')
    const [header, payload, signature] = parts
    const valid =
      parts.length === 3 &&
      header !== undefined &&
      payload !== undefined &&
      signature !== undefined &&
      crypto.verify(
        'sha256',
        Buffer.from(`${header}.${payload}`),
        publicKey,
        Buffer.from(signature, 'base64url')
      )
    if (!valid)
      throw new HttpError(
        400,
        'InvalidIdentityToken',
        'Token signature invalid'
      )
    return JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8')
    ) as Record<string, unknown>
  }

  // ---- SigV4 -----------------------------------------------------------
  const checkSignature = (
    req: http.IncomingMessage,
    body: Buffer
  ): { accessKeyId: string; scope: string } => {
    const auth = req.headers.authorization ?? ''
    const match =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
        auth
      )
    if (!match)
      throw new HttpError(
        400,
        'MissingAuthenticationTokenException',
        'Missing Authentication Token'
      )
    const [
      ,
      accessKeyId = '',
      date = '',
      region = '',
      service = '',
      signed = '',
      signature = ''
    ] = match
    const known = credentials.get(accessKeyId)
    if (!known)
      throw new HttpError(
        400,
        'UnrecognizedClientException',
        'The security token included in the request is invalid.'
      )
    const token = req.headers['x-amz-security-token']
    if (known.token !== undefined && token !== known.token)
      throw new HttpError(
        400,
        'UnrecognizedClientException',
        'The security token included in the request is invalid.'
      )
    const signedHeaders = signed.split(';')
    const canonicalHeaders = signedHeaders
      .map((name) => {
        const raw = req.headers[name]
        const value = Array.isArray(raw) ? raw.join(',') : (raw ?? '')
        return `${name}:${value.trim().replace(/\s+/g, ' ')}\n`
      })
      .join('')
    const [path = '/', query = ''] = (req.url ?? '/').split('?')
    const canonicalQuery = query
      .split('&')
      .filter((p) => p !== '')
      .sort()
      .join('&')
    const payloadHash =
      (req.headers['x-amz-content-sha256'] as string | undefined) ??
      sha256Hex(body)
    const canonical = [
      req.method ?? 'POST',
      path,
      canonicalQuery,
      canonicalHeaders,
      signed,
      payloadHash
    ].join('\n')
    const scope = `${date}/${region}/${service}/aws4_request`
    const stringToSign = [
      'AWS4-HMAC-SHA256',
      String(req.headers['x-amz-date'] ?? ''),
      scope,
      sha256Hex(canonical)
    ].join('\n')
    const key = hmac(
      hmac(hmac(hmac(`AWS4${known.secret}`, date), region), service),
      'aws4_request'
    )
    if (hmac(key, stringToSign).toString('hex') !== signature)
      throw new HttpError(
        400,
        'InvalidSignatureException',
        'The request signature we calculated does not match the signature you provided.'
      )
    return { accessKeyId, scope: `${service}/${region}` }
  }

  // ---- responses ---------------------------------------------------------
  const sendJson = (
    res: http.ServerResponse,
    status: number,
    body: unknown
  ): void => {
    const text = JSON.stringify(body)
    res.writeHead(status, {
      'content-type': 'application/x-amz-json-1.1',
      'content-length': Buffer.byteLength(text),
      'x-amzn-requestid': crypto.randomUUID()
    })
    res.end(text)
  }
  const sendJsonError = (res: http.ServerResponse, error: HttpError): void => {
    sendJson(res, error.status, { __type: error.code, message: error.message })
  }
  const sendXml = (
    res: http.ServerResponse,
    status: number,
    xml: string
  ): void => {
    res.writeHead(status, {
      'content-type': 'text/xml',
      'content-length': Buffer.byteLength(xml),
      'x-amzn-requestid': crypto.randomUUID()
    })
    res.end(xml)
  }
  const sendXmlError = (res: http.ServerResponse, error: HttpError): void => {
    const type = error.status >= 500 ? 'Receiver' : 'Sender'
    sendXml(
      res,
      error.status,
      `<ErrorResponse xmlns="${STS_NS}">\n  <Error>\n    <Type>${type}</Type>\n    <Code>${xmlEscape(error.code)}</Code>\n    <Message>${xmlEscape(error.message)}</Message>\n  </Error>\n  <RequestId>${crypto.randomUUID()}</RequestId>\n</ErrorResponse>\n`
    )
  }

  const arnOf = (name: string): string =>
    `arn:aws:secretsmanager:us-east-1:${account}:secret:${name}-AbCdEf`

  /** A value read of one secret: the entry or an error. */
  const readSecret = (id: string): Record<string, unknown> | HttpError => {
    const secret = secrets.get(id)
    if (!secret)
      return new HttpError(400, 'ResourceNotFoundException', NOT_FOUND)
    switch (secret.kind) {
      case 'access-denied':
        return new HttpError(
          400,
          'AccessDeniedException',
          `User: arn:aws:sts::${account}:assumed-role/gate/session is not authorized to perform: secretsmanager:GetSecretValue on resource: ${id} because no identity-based policy allows the secretsmanager:GetSecretValue action`
        )
      case 'kms-failure':
        return new HttpError(400, 'DecryptionFailure', DECRYPT)
      case 'scheduled-for-deletion':
        return new HttpError(400, 'InvalidRequestException', MARKED)
      case 'throttled':
        return new HttpError(400, 'ThrottlingException', 'Rate exceeded')
      case 'binary':
      case 'string': {
        const entry: Record<string, unknown> = {
          ARN: arnOf(id),
          Name: id,
          VersionId: 'EXAMPLE1-90ab-cdef-fedc-ba987SECRET1',
          VersionStages: ['AWSCURRENT'],
          CreatedDate: 1.7e9
        }
        if (secret.kind === 'string') entry.SecretString = secret.value
        else entry.SecretBinary = Buffer.from(secret.value).toString('base64')
        return entry
      }
    }
  }

  const describe = (id: string): Record<string, unknown> | HttpError => {
    const secret = secrets.get(id)
    if (!secret)
      return new HttpError(400, 'ResourceNotFoundException', NOT_FOUND)
    if (secret.kind === 'access-denied')
      return new HttpError(
        400,
        'AccessDeniedException',
        `User: arn:aws:sts::${account}:assumed-role/gate/session is not authorized to perform: secretsmanager:DescribeSecret on resource: ${id}`
      )
    if (secret.kind === 'throttled')
      return new HttpError(400, 'ThrottlingException', 'Rate exceeded')
    return {
      ARN: arnOf(id),
      Name: id,
      ...(secret.kind === 'scheduled-for-deletion'
        ? { DeletedDate: 1.8e9 }
        : {}),
      ...(secret.kind === 'kms-failure'
        ? { KmsKeyId: `arn:aws:kms:us-east-1:${account}:key/disabled` }
        : {})
    }
  }

  const handleSecretsManager = (
    operation: Operation,
    input: Record<string, unknown>,
    res: http.ServerResponse
  ): void => {
    const raw = options.rawAnswers?.[operation]
    if (raw !== undefined) {
      res.writeHead(200, {
        'content-type': 'application/x-amz-json-1.1',
        'content-length': Buffer.byteLength(raw)
      })
      res.end(raw)
      return
    }
    const ids = [
      ...(Array.isArray(input.SecretIdList)
        ? (input.SecretIdList as unknown[])
        : []),
      ...(typeof input.SecretId === 'string' ? [input.SecretId] : [])
    ]
    if (ids.some((id) => typeof id === 'string' && id.length > 2048))
      throw new HttpError(
        400,
        'ValidationException',
        `1 validation error detected: Value at '${Array.isArray(input.SecretIdList) ? 'secretIdList' : 'secretId'}' failed to satisfy constraint: Member must have length less than or equal to 2048`
      )
    switch (operation) {
      case 'BatchGetSecretValue': {
        if (options.denyBatchGet)
          throw new HttpError(
            400,
            'AccessDeniedException',
            `User: arn:aws:sts::${account}:assumed-role/gate/session is not authorized to perform: secretsmanager:BatchGetSecretValue because no identity-based policy allows the secretsmanager:BatchGetSecretValue action`
          )
        const ids = input.SecretIdList
        if (!Array.isArray(ids) || ids.length === 0)
          throw new HttpError(
            400,
            'InvalidParameterException',
            'Either SecretIdList or Filters must be provided.'
          )
        if (ids.length > 20)
          throw new HttpError(
            400,
            'ValidationException',
            `1 validation error detected: Value at 'secretIdList' failed to satisfy constraint: Member must have length less than or equal to 20`
          )
        const values: Record<string, unknown>[] = []
        const errors: Record<string, unknown>[] = []
        for (const id of ids as string[]) {
          const read = readSecret(id)
          if (read instanceof HttpError)
            errors.push({
              SecretId: id,
              ErrorCode: read.code,
              Message: read.message
            })
          else values.push(read)
        }
        sendJson(res, 200, { SecretValues: values, Errors: errors })
        return
      }
      case 'GetSecretValue': {
        const read = readSecret(
          typeof input.SecretId === 'string' ? input.SecretId : ''
        )
        if (read instanceof HttpError) throw read
        sendJson(res, 200, read)
        return
      }
      case 'DescribeSecret': {
        const read = describe(
          typeof input.SecretId === 'string' ? input.SecretId : ''
        )
        if (read instanceof HttpError) throw read
        sendJson(res, 200, read)
        return
      }
      case 'ListSecrets': {
        if (options.denyListSecrets)
          throw new HttpError(
            400,
            'AccessDeniedException',
            `User: arn:aws:sts::${account}:assumed-role/gate/session is not authorized to perform: secretsmanager:ListSecrets because no identity-based policy allows the secretsmanager:ListSecrets action`
          )
        const max =
          typeof input.MaxResults === 'number' ? input.MaxResults : 100
        if (max < 1 || max > 100)
          throw new HttpError(
            400,
            'ValidationException',
            `1 validation error detected: Value '${max}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100`
          )
        const filters = Array.isArray(input.Filters)
          ? (input.Filters as { Key?: string; Values?: string[] }[])
          : []
        // AWS matches name filters by prefix, ignoring case.
        const prefixes = filters
          .filter((f) => f.Key === 'name')
          .flatMap((f) => f.Values ?? [])
        const planned = input.IncludePlannedDeletion === true
        const names = [...secrets.keys()]
          .filter(
            (name) =>
              prefixes.length === 0 ||
              prefixes.some((p) =>
                name.toLowerCase().startsWith(p.toLowerCase())
              )
          )
          .filter(
            (name) =>
              planned || secrets.get(name)?.kind !== 'scheduled-for-deletion'
          )
          .sort()
        const start = Number(input.NextToken ?? 0)
        const page = names.slice(start, start + max)
        // Listing shows names and deletion dates whatever the per-secret
        // policies say (ListSecrets cannot be scoped to resources).
        const list = page.map((name) => ({
          ARN: arnOf(name),
          Name: name,
          ...(secrets.get(name)?.kind === 'scheduled-for-deletion'
            ? { DeletedDate: 1.8e9 }
            : {})
        }))
        sendJson(res, 200, {
          SecretList: list,
          ...(start + max < names.length
            ? { NextToken: String(start + max) }
            : {})
        })
        return
      }
      default:
        throw new HttpError(
          400,
          'UnknownOperationException',
          'The action or operation requested is invalid.'
        )
    }
  }

  /** New session credentials, accepted from now on. */
  const issue = (roleArn: string, sessionName: string): IssuedCredentials => {
    const accessKeyId = `ASIA${crypto.randomBytes(8).toString('hex').toUpperCase()}`
    const secretAccessKey = crypto.randomBytes(30).toString('base64')
    const sessionToken = crypto.randomBytes(96).toString('base64')
    credentials.set(accessKeyId, {
      secret: secretAccessKey,
      token: sessionToken
    })
    const result = {
      accessKeyId,
      secretAccessKey,
      sessionToken,
      roleArn,
      sessionName
    }
    issued.push(result)
    return result
  }

  const assumedArn = (roleArn: string, sessionName: string): string =>
    `arn:aws:sts::${account}:assumed-role/${xmlEscape(roleArn.split('/').pop() ?? 'role')}/${xmlEscape(sessionName)}`

  const credentialsXml = (c: IssuedCredentials, duration: number): string =>
    `<Credentials>
      <SessionToken>${xmlEscape(c.sessionToken)}</SessionToken>
      <SecretAccessKey>${xmlEscape(c.secretAccessKey)}</SecretAccessKey>
      <Expiration>${new Date(Date.now() + duration * 1000).toISOString()}</Expiration>
      <AccessKeyId>${c.accessKeyId}</AccessKeyId>
    </Credentials>`

  const handleSts = (
    form: URLSearchParams,
    res: http.ServerResponse,
    action:
      'AssumeRoleWithWebIdentity' | 'AssumeRole' = 'AssumeRoleWithWebIdentity'
  ): void => {
    const failure = stsFailures.find((f) => f.left > 0)
    if (failure) {
      failure.left--
      throw new HttpError(
        failure.status ?? (failure.code === 'AccessDenied' ? 403 : 400),
        failure.code,
        failure.message ?? `${failure.code} (injected)`
      )
    }
    const roleArn = form.get('RoleArn') ?? ''
    const sessionName = form.get('RoleSessionName') ?? ''
    const duration = Number(form.get('DurationSeconds') ?? '3600')
    if (!/^[\w+=,.@-]{2,64}$/.test(sessionName))
      throw new HttpError(
        400,
        'ValidationError',
        `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`
      )
    if (!/^arn:aws[\w-]*:iam::\d{12}:role\/.+$/.test(roleArn))
      throw new HttpError(400, 'ValidationError', `${roleArn} is invalid`)
    if (duration > (options.maxSessionDuration ?? 3600))
      throw new HttpError(
        400,
        'ValidationError',
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'
      )
    if (action === 'AssumeRole') {
      if (options.trust && !options.trust({}, roleArn))
        throw new HttpError(
          403,
          'AccessDenied',
          'Not authorized to perform sts:AssumeRole'
        )
      const issuedNow = issue(roleArn, sessionName)
      sendXml(
        res,
        200,
        `<AssumeRoleResponse xmlns="${STS_NS}">
  <AssumeRoleResult>
    <AssumedRoleUser>
      <Arn>${assumedArn(roleArn, sessionName)}</Arn>
      <AssumedRoleId>AROA3XFRBF535PLBIFPI4:${xmlEscape(sessionName)}</AssumedRoleId>
    </AssumedRoleUser>
    ${credentialsXml(issuedNow, duration)}
  </AssumeRoleResult>
  <ResponseMetadata>
    <RequestId>${crypto.randomUUID()}</RequestId>
  </ResponseMetadata>
</AssumeRoleResponse>
`
      )
      return
    }
    const claims = verifyToken(form.get('WebIdentityToken') ?? '')
    const now = Date.now() / 1000
    if (typeof claims.exp !== 'number' || claims.exp < now)
      throw new HttpError(
        400,
        'ExpiredTokenException',
        'Token expired: current date/time must be before the expiration date/time.'
      )
    const audiences = options.acceptedAudiences ?? ['sts.amazonaws.com']
    if (!audiences.includes(String(claims.aud)))
      throw new HttpError(
        400,
        'InvalidIdentityToken',
        'Incorrect token audience'
      )
    if (options.trust && !options.trust(claims, roleArn))
      throw new HttpError(
        403,
        'AccessDenied',
        'Not authorized to perform sts:AssumeRoleWithWebIdentity'
      )
    const issuedNow = issue(roleArn, sessionName)
    sendXml(
      res,
      200,
      `<AssumeRoleWithWebIdentityResponse xmlns="${STS_NS}">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>${xmlEscape(String(claims.sub))}</SubjectFromWebIdentityToken>
    <Audience>${xmlEscape(String(claims.aud))}</Audience>
    <AssumedRoleUser>
      <Arn>${assumedArn(roleArn, sessionName)}</Arn>
      <AssumedRoleId>AROA3XFRBF535PLBIFPI4:${xmlEscape(sessionName)}</AssumedRoleId>
    </AssumedRoleUser>
    ${credentialsXml(issuedNow, duration)}
    <Provider>arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com</Provider>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata>
    <RequestId>${crypto.randomUUID()}</RequestId>
  </ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>
`
    )
  }

  const pickFault = (operation: Operation): FaultKind | undefined => {
    const rate = options.faults?.rate ?? 0
    if (rate <= 0 || !faultOps.includes(operation)) return undefined
    if (faultRandom() >= rate) return undefined
    return faultKinds[Math.floor(faultRandom() * faultKinds.length)]
  }

  /** Answers waiting out their latency: cancelled by stop(). */
  const delayed = new Set<NodeJS.Timeout>()
  const latency = (): number => {
    const l = options.latencyMs
    if (l === undefined) return 0
    if (typeof l === 'number') return l
    return l[0] + Math.floor(latencyRandom() * (l[1] - l[0] + 1))
  }

  const injectFault = (
    fault: FaultKind,
    operation: Operation,
    res: http.ServerResponse
  ): void => {
    const sts =
      operation === 'AssumeRoleWithWebIdentity' || operation === 'AssumeRole'
    switch (fault) {
      case 'throttling':
        if (sts)
          sendXmlError(res, new HttpError(400, 'Throttling', 'Rate exceeded'))
        else
          sendJsonError(
            res,
            new HttpError(400, 'ThrottlingException', 'Rate exceeded')
          )
        return
      case '5xx':
        if (sts)
          sendXmlError(
            res,
            new HttpError(
              500,
              'InternalFailure',
              'The request processing has failed because of an unknown error.'
            )
          )
        else
          sendJsonError(
            res,
            new HttpError(
              500,
              'InternalServiceError',
              'An error occurred on the server side.'
            )
          )
        return
      case 'reset':
        res.socket?.destroy()
        return
      case 'hang':
        return
      case 'truncated': {
        const text = JSON.stringify({ SecretValues: [], Errors: [] })
        res.writeHead(200, {
          'content-type': 'application/x-amz-json-1.1',
          'content-length': Buffer.byteLength(text)
        })
        res.write(text.slice(0, 10), () => res.socket?.destroy())
        return
      }
    }
  }

  const handler = (
    req: http.IncomingMessage,
    res: http.ServerResponse
  ): void => {
    const at = performance.timeOrigin + performance.now()
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const target = String(req.headers['x-amz-target'] ?? '')
      const isOidc =
        req.method === 'GET' && (req.url ?? '').startsWith('/oidc/token')
      const form =
        !isOidc && target === ''
          ? new URLSearchParams(body.toString('utf8'))
          : undefined
      let operation: Operation = 'other'
      if (isOidc) operation = 'oidc'
      else if (target.startsWith('secretsmanager.')) {
        const name = target.slice('secretsmanager.'.length) as Operation
        operation = SM_OPERATIONS.includes(name) ? name : 'other'
      } else if (form?.get('Action') === 'AssumeRoleWithWebIdentity')
        operation = 'AssumeRoleWithWebIdentity'
      else if (form?.get('Action') === 'AssumeRole') operation = 'AssumeRole'
      counts[operation]++
      const sm = SM_OPERATIONS.includes(operation)
      let input: Record<string, unknown> = {}
      if (sm) {
        try {
          input = JSON.parse(body.toString('utf8') || '{}') as Record<
            string,
            unknown
          >
        } catch {
          input = {}
        }
      }
      const secretIds = Array.isArray(input.SecretIdList)
        ? (input.SecretIdList as string[])
        : typeof input.SecretId === 'string'
          ? [input.SecretId]
          : Array.isArray(input.Filters)
            ? (input.Filters as { Key?: string; Values?: unknown }[])
                .filter((f) => f.Key === 'name' && Array.isArray(f.Values))
                .flatMap((f) => f.Values as string[])
            : []
      const record: RecordedRequest = {
        operation,
        userAgent: req.headers['user-agent'] ?? '',
        secretIds,
        at,
        status: 0
      }
      requests.push(record)
      const overQuota =
        sm && options.quota !== undefined && inFlight >= options.quota
      if (sm) {
        inFlight++
        maxInFlight = Math.max(maxInFlight, inFlight)
        record.inFlight = inFlight
        let left = false
        const leave = (): void => {
          if (left) return
          left = true
          inFlight--
        }
        res.once('finish', leave)
        res.once('close', leave)
      }
      const respond = (): void => {
        try {
          if (operation === 'oidc') {
            if (req.headers.authorization !== `Bearer ${oidcRequestToken}`)
              throw new HttpError(401, 'Unauthorized', 'Bad credentials')
            const audience = new URL(req.url ?? '/', url).searchParams.get(
              'audience'
            )
            const token = signToken(audience === null ? {} : { aud: audience })
            const text = JSON.stringify({ count: 1, value: token })
            res.writeHead(200, { 'content-type': 'application/json' })
            res.end(text)
            record.status = 200
            return
          }
          const fault = overQuota ? 'throttling' : pickFault(operation)
          if (fault) {
            faults++
            Object.assign(record, { fault })
            injectFault(fault, operation, res)
            record.status = res.headersSent ? res.statusCode : 0
            return
          }
          if (operation === 'AssumeRoleWithWebIdentity') {
            handleSts(form ?? new URLSearchParams(), res)
          } else if (operation === 'AssumeRole') {
            Object.assign(record, checkSignature(req, body))
            handleSts(form ?? new URLSearchParams(), res, 'AssumeRole')
          } else if (sm) {
            const signer = checkSignature(req, body)
            Object.assign(record, signer)
            handleSecretsManager(operation, input, res)
          } else throw new HttpError(400, 'InvalidAction', 'Unknown request')
          record.status = res.statusCode
        } catch (error) {
          const e =
            error instanceof HttpError
              ? error
              : new HttpError(500, 'InternalFailure', String(error))
          record.status = e.status
          if (operation === 'oidc') {
            res.writeHead(e.status, { 'content-type': 'application/json' })
            res.end(JSON.stringify({ message: e.message }))
          } else if (sm) sendJsonError(res, e)
          else sendXmlError(res, e)
        }
      }
      const delay =
        sm ||
        operation === 'AssumeRoleWithWebIdentity' ||
        operation === 'AssumeRole'
          ? latency()
          : operation === 'oidc'
            ? (options.oidcLatencyMs ?? 0)
            : 0
      if (delay > 0) {
        const timer = setTimeout(() => {
          delayed.delete(timer)
          respond()
        }, delay)
        delayed.add(timer)
      } else respond()
    })
  }
  const server = options.tls
    ? https.createServer(
        { key: options.tls.key, cert: options.tls.cert },
        handler
      )
    : http.createServer(handler)
  server.keepAliveTimeout = 1000
  server.on('connection', () => {
    connections++
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`
  const oidcRequestUrl = `${url}/oidc/token?api-version=2.0`

  return {
    url,
    oidcRequestUrl,
    oidcRequestToken,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    counts,
    requests,
    issued,
    maxInFlight: () => maxInFlight,
    connections: () => connections,
    faultCount: () => faults,
    reset,
    setSecrets(more) {
      for (const [name, secret] of Object.entries(more))
        secrets.set(name, normalise(secret))
    },
    env: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: oidcRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidcRequestToken,
      AWS_ENDPOINT_URL_STS: url,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: url
    }),
    signToken,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of delayed) clearTimeout(timer)
        delayed.clear()
        server.closeAllConnections()
        server.close((error) => {
          if (error) reject(error)
          else resolve()
        })
      })
  }
}
