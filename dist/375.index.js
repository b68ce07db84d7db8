export const id = 375;
export const ids = [375,633,653];
export const modules = {

/***/ 3633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TrustPolicyDeniedError: () => (/* binding */ TrustPolicyDeniedError),
  assumeRoleWithOidc: () => (/* binding */ assumeRoleWithOidc),
  exportCredentials: () => (/* binding */ exportCredentials),
  Q: () => (/* binding */ stsErrorCode)
});

// UNUSED EXPORTS: classifyStsError

// EXTERNAL MODULE: ./src/adapters/github/toolkit.ts
var toolkit = __webpack_require__(1112);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/aws/trust-policy.ts
/**
 * What to tell a user whose role trust policy does not match the GitHub OIDC
 * token: the token's non-secret claims and an IAM `Condition` that would
 * match them. Pure: takes the decoded claims.
 */
/** The claims printed on an AccessDenied, in this order. */
const DIAGNOSTIC_CLAIMS = [
    'sub',
    'aud',
    'repository',
    'ref',
    'environment',
    'job_workflow_ref'
];
const PROVIDER = 'token.actions.githubusercontent.com';
const IMMUTABLE_SUB = /^repo:[^/@:]+@\d+\/[^/@:]+@\d+:/;
const NAME_SUB = /^repo:([^/@:]+)\/([^/@:]+):(.*)$/;
/** True when `sub` has the immutable `repo:<owner>@<id>/<repo>@<id>:` form. */
function isImmutableSub(sub) {
    return IMMUTABLE_SUB.test(sub);
}
/**
 * The subject in the other format, when the claims allow it: the immutable
 * `repo:<owner>@<owner_id>/<repo>@<repo_id>:...` for a name-only subject,
 * and the name-only form for an immutable one.
 */
function alternateSub(claims) {
    const sub = claims.sub;
    if (sub === undefined)
        return undefined;
    const named = NAME_SUB.exec(sub);
    if (named && claims.repository_owner_id && claims.repository_id)
        return `repo:${named[1] ?? ''}@${claims.repository_owner_id}/${named[2] ?? ''}@${claims.repository_id}:${named[3] ?? ''}`;
    const immutable = /^repo:([^/@:]+)@\d+\/([^/@:]+)@\d+:(.*)$/.exec(sub);
    if (immutable)
        return `repo:${immutable[1] ?? ''}/${immutable[2] ?? ''}:${immutable[3] ?? ''}`;
    return undefined;
}
function audienceOf(claims) {
    return Array.isArray(claims.aud)
        ? claims.aud[0]
        : claims.aud;
}
/** An IAM trust-policy `Condition` that matches these claims. */
function trustPolicyCondition(claims) {
    const equals = {};
    const audience = audienceOf(claims);
    if (audience !== undefined)
        equals[`${PROVIDER}:aud`] = audience;
    if (claims.sub !== undefined) {
        const other = alternateSub(claims);
        // The immutable form first: it is what new and renamed repositories get.
        equals[`${PROVIDER}:sub`] =
            other === undefined
                ? claims.sub
                : isImmutableSub(claims.sub)
                    ? [claims.sub, other]
                    : [other, claims.sub];
    }
    return { StringEquals: equals };
}
/** The claims, the notes and a matching Condition for an STS denial. */
function trustPolicyDiagnosis(claims, roleArn) {
    const shown = DIAGNOSTIC_CLAIMS.map((key) => {
        const value = key === 'aud' ? audienceOf(claims) : claims[key];
        return [key, value ?? '(absent)'];
    });
    const notes = [];
    if (claims.sub !== undefined && isImmutableSub(claims.sub))
        notes.push('This token uses the immutable subject format `repo:<owner>@<owner_id>/<repo>@<repo_id>:...` (repositories created, renamed or transferred since 2026-07-15); a condition on `repo:<owner>/<repo>:...` no longer matches it.');
    else if (claims.sub !== undefined && alternateSub(claims) !== undefined)
        notes.push('Repositories created, renamed or transferred since 2026-07-15 get the immutable subject format `repo:<owner>@<owner_id>/<repo>@<repo_id>:...`; the condition below accepts both forms.');
    if (claims.job_workflow_ref)
        notes.push(`To trust only this workflow file, also match \`${PROVIDER}:job_workflow_ref\` = \`${claims.job_workflow_ref}\`.`);
    return {
        roleArn,
        claims: shown,
        notes,
        condition: JSON.stringify({ Condition: trustPolicyCondition(claims) }, null, 2)
    };
}
/**
 * The lines to print when STS denies the role: the claims, why an older
 * policy may not match, and the `Condition` JSON. No line holds the token.
 */
function trustPolicyHint(claims, roleArn) {
    const diagnosis = trustPolicyDiagnosis(claims, roleArn);
    return [
        `The trust policy of ${roleArn} does not accept this GitHub OIDC token. Its claims:`,
        ...diagnosis.claims.map(([key, value]) => `  ${key}: ${value}`),
        ...diagnosis.notes,
        'A trust policy Condition that matches this token:',
        diagnosis.condition
    ];
}

// EXTERNAL MODULE: ./src/adapters/aws/clients.ts + 1 modules
var clients = __webpack_require__(9653);
// EXTERNAL MODULE: ./src/adapters/github/oidc.ts
var oidc = __webpack_require__(7417);
;// CONCATENATED MODULE: ./src/adapters/aws/assume-role.ts
/**
 * GitHub OIDC → STS `AssumeRoleWithWebIdentity`, with classified retries,
 * immediate masking and trust-policy diagnostics on AccessDenied.
 */






const OPERATION = 'AssumeRoleWithWebIdentity';
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
]);
const RETRY_CODES = new Set([
    'Throttling',
    'ThrottlingException',
    'RequestLimitExceeded',
    'TooManyRequests',
    'IDPCommunicationError',
    'InternalFailure',
    'InternalError',
    'ServiceUnavailable'
]);
/** The AWS error code, with the SDK's `Exception` suffix dropped for STS's own codes. */
function stsErrorCode(error) {
    const e = (error ?? {});
    const raw = e.Code ?? e.name ?? e.code ?? 'Error';
    return raw === 'ExpiredTokenException'
        ? 'ExpiredToken'
        : raw.replace(/Exception$/, '');
}
function isNetworkError(error) {
    const e = (error ?? {});
    if (e.$metadata?.httpStatusCode !== undefined)
        return false;
    return (NETWORK_CODES.has(e.code ?? '') ||
        NETWORK_CODES.has(e.name ?? '') ||
        /socket hang up|ECONNRESET|ECONNREFUSED|aborted|timed? ?out/i.test(e.message ?? ''));
}
/**
 * Retry throttling, 5xx, network errors and IDPCommunicationError; never
 * AccessDenied, InvalidIdentityToken, ValidationError, ExpiredToken or
 * anything else a retry cannot fix.
 */
function classifyStsError(error) {
    const code = stsErrorCode(error);
    if (RETRY_CODES.has(code))
        return 'retry';
    const status = error?.$metadata?.httpStatusCode;
    if (status !== undefined && status >= 500)
        return 'retry';
    // A body cut off mid-answer surfaces as a deserialization error with the
    // 200 status already received: the connection broke, so retry.
    const message = error?.message ?? '';
    if (/\baborted\b|premature close|ECONNRESET/i.test(message))
        return 'retry';
    return isNetworkError(error) ? 'retry' : 'fail';
}
function awsMessage(error) {
    return (0,errors/* errorMessage */.gJ)(error).slice(0, 300);
}
/**
 * STS refused the role because its trust policy does not match the token:
 * carries the token's claims and a matching Condition for the report.
 */
class TrustPolicyDeniedError extends errors/* AwsCallError */.iQ {
    name = 'TrustPolicyDeniedError';
    diagnosis;
    constructor(message, diagnosis) {
        super(OPERATION, 'AccessDenied', message, 'assume-role-failed');
        this.diagnosis = diagnosis;
    }
}
function translate(error, settings, token, attempts, elapsedMs) {
    const code = stsErrorCode(error);
    const role = settings.roleArn;
    const message = awsMessage(error);
    const fail = (text) => new errors/* AwsCallError */.iQ(OPERATION, code, text, 'assume-role-failed');
    switch (code) {
        case 'AccessDenied':
            return new TrustPolicyDeniedError(`Not authorized to assume ${role} with the GitHub OIDC token (AccessDenied): the role's trust policy does not match the token (sub ${token.claims.sub ?? 'absent'}); its claims and a matching Condition are in the log and the job summary.`, trustPolicyDiagnosis(token.claims, role));
        case 'InvalidIdentityToken':
            return fail(`STS rejected the GitHub OIDC token for ${role} (InvalidIdentityToken: ${message}): the account needs the IAM OIDC provider token.actions.githubusercontent.com with "${settings.audience}" (input audience) among its audiences.`);
        case 'ExpiredToken':
            return fail(`The GitHub OIDC token expired before STS accepted it for ${role} (ExpiredToken): re-run the job, and check the runner's clock if it happens again.`);
        case 'ValidationError':
            return fail(`STS refused to assume ${role} (ValidationError: ${message}): check role-to-assume, role-session-name and role-duration-seconds (${settings.durationSeconds}; at most the role's maximum session duration).`);
        case 'IDPRejectedClaim':
            return fail(`STS rejected a claim of the GitHub OIDC token for ${role} (IDPRejectedClaim: ${message}).`);
    }
    if (classifyStsError(error) === 'retry') {
        const where = isNetworkError(error)
            ? ' (check network access, HTTPS_PROXY/NO_PROXY and AWS_ENDPOINT_URL_STS)'
            : '';
        return new errors/* AwsCallError */.iQ(OPERATION, code, `AWS unavailable: STS ${OPERATION} for ${role} still failed after ${attempts} attempt${attempts === 1 ? '' : 's'} in ${(elapsedMs / 1000).toFixed(1)} s (${code}: ${message})${where}; re-run the job later.`, 'aws-unavailable');
    }
    return fail(`STS ${OPERATION} for ${role} failed (${code}: ${message}).`);
}
/**
 * Gets the OIDC token and assumes the role. The temporary credentials are
 * masked before this returns; nothing is exported (see exportCredentials).
 */
async function assumeRoleWithOidc(settings, deps = {}) {
    const info = deps.info ?? toolkit/* info */.pq;
    const mask = deps.mask ?? toolkit/* setSecret */.Pq;
    const sleep = deps.sleep ??
        ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const now = deps.now ?? Date.now;
    const random = deps.random ?? Math.random;
    const maxAttempts = deps.maxAttempts ?? 6;
    const maxTotalMs = deps.maxTotalMs ?? 30_000;
    const base = deps.baseDelayMs ?? 250;
    const cap = deps.maxDelayMs ?? 5_000;
    const env = deps.env ?? process.env;
    const token = await (0,oidc/* getOidcToken */.v4)(settings.audience, {
        env,
        ...(deps.getIdToken ? { getIdToken: deps.getIdToken } : {})
    });
    const client = (0,clients.createStsClient)({
        ...deps.client,
        env,
        region: settings.region,
        maxAttempts: 1
    });
    const started = now();
    try {
        for (let attempt = 1;; attempt++) {
            try {
                const response = await client.send(new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
                    RoleArn: settings.roleArn,
                    RoleSessionName: settings.sessionName,
                    WebIdentityToken: token.token,
                    DurationSeconds: settings.durationSeconds
                }), settings.abortSignal ? { abortSignal: settings.abortSignal } : {});
                const c = response.Credentials;
                if (!c?.AccessKeyId ||
                    !c.SecretAccessKey ||
                    !c.SessionToken ||
                    !c.Expiration)
                    throw new errors/* AwsCallError */.iQ(OPERATION, 'IncompleteResponse', `STS ${OPERATION} for ${settings.roleArn} returned no credentials.`, 'assume-role-failed');
                mask(c.AccessKeyId);
                mask(c.SecretAccessKey);
                mask(c.SessionToken);
                const assumedRoleArn = response.AssumedRoleUser?.Arn ?? settings.roleArn;
                info(`Assumed ${assumedRoleArn} with the GitHub OIDC token; credentials expire at ${c.Expiration.toISOString()}.`);
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
                };
            }
            catch (error) {
                if (error instanceof errors/* AwsCallError */.iQ)
                    throw error;
                // Out of time (timeout-seconds): no more attempts or waits.
                if (settings.abortSignal?.aborted)
                    throw error;
                const elapsed = now() - started;
                const delay = Math.round(Math.min(cap, base * 2 ** (attempt - 1)) * random());
                if (classifyStsError(error) !== 'retry' ||
                    attempt >= maxAttempts ||
                    elapsed + delay > maxTotalMs) {
                    if (stsErrorCode(error) === 'AccessDenied')
                        for (const line of trustPolicyHint(token.claims, settings.roleArn))
                            info(line);
                    throw translate(error, settings, token, attempt, elapsed);
                }
                info(`STS ${OPERATION} attempt ${attempt} of ${maxAttempts} failed (${stsErrorCode(error)}); retrying in ${delay} ms.`);
                await sleep(delay);
            }
        }
    }
    finally {
        client.destroy();
    }
}
/**
 * Exports the credentials and region to later steps (only when the
 * `export-credentials` input asks). They were masked when assumed.
 */
function exportCredentials(role, region, exportVariable = toolkit/* exportVariable */.dN) {
    exportVariable('AWS_ACCESS_KEY_ID', role.credentials.accessKeyId);
    exportVariable('AWS_SECRET_ACCESS_KEY', role.credentials.secretAccessKey);
    exportVariable('AWS_SESSION_TOKEN', role.credentials.sessionToken);
    exportVariable('AWS_REGION', region);
    exportVariable('AWS_DEFAULT_REGION', region);
}


/***/ }),

/***/ 3375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assumeRoleFromChain: () => (/* binding */ assumeRoleFromChain),
/* harmony export */   sdkDefaultRegion: () => (/* binding */ sdkDefaultRegion)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2994);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1695);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9653);
/* harmony import */ var _assume_role_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3633);
/**
 * The SDK's default credential chain on a developer's machine: the region of
 * a shared-config profile, and STS `AssumeRole` with the chain's credentials
 * (`~/.aws` files, `AWS_PROFILE`, SSO, env keys).
 */





/**
 * The region the SDK's region provider finds without an explicit one:
 * `AWS_REGION`, else the profile's `region` in the shared config file
 * (`AWS_CONFIG_FILE`, default `~/.aws/config`). Undefined when none is set.
 */
async function sdkDefaultRegion(profile) {
    const client = new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_3__/* .SecretsManagerClient */ ._H(profile === undefined ? {} : { profile });
    try {
        const region = await client.config.region();
        return region === '' ? undefined : region;
    }
    catch {
        return undefined;
    }
    finally {
        client.destroy();
    }
}
/**
 * Assumes a role with STS `AssumeRole`, signed with the default chain's
 * credentials. `mask` receives each credential part first.
 */
async function assumeRoleFromChain(settings, mask = () => undefined) {
    const client = (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__.createStsClient)({
        region: settings.region,
        ...(settings.profile === undefined ? {} : { profile: settings.profile }),
        ...(settings.env === undefined ? {} : { env: settings.env }),
        maxAttempts: 3
    });
    try {
        const response = await client.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__/* .AssumeRoleCommand */ .QL({
            RoleArn: settings.roleArn,
            RoleSessionName: settings.sessionName,
            DurationSeconds: settings.durationSeconds ?? 900
        }));
        const c = response.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ('AssumeRole', 'IncompleteResponse', `STS AssumeRole for ${settings.roleArn} returned no credentials.`, 'assume-role-failed');
        mask(c.AccessKeyId);
        mask(c.SecretAccessKey);
        mask(c.SessionToken);
        return {
            credentials: {
                accessKeyId: c.AccessKeyId,
                secretAccessKey: c.SecretAccessKey,
                sessionToken: c.SessionToken,
                expiration: c.Expiration ?? new Date(Date.now() + 900_000)
            },
            assumedRoleArn: response.AssumedRoleUser?.Arn ?? settings.roleArn
        };
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ)
            throw error;
        const code = (0,_assume_role_js__WEBPACK_IMPORTED_MODULE_2__/* .stsErrorCode */ .Q)(error);
        const fix = code === 'CredentialsProviderError'
            ? 'no AWS credentials to call STS with; run aws configure (or aws sso login), or pass --profile'
            : code === 'AccessDenied'
                ? "the role's trust policy does not allow these credentials to assume it"
                : 'check --role-arn and the credentials of the profile';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ('AssumeRole', code, `STS AssumeRole for ${settings.roleArn} failed (${code}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).slice(0, 200)}): ${fix}.`, 'assume-role-failed');
    }
    finally {
        client.destroy();
    }
}


/***/ }),

/***/ 9653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  USER_AGENT: () => (/* binding */ USER_AGENT),
  USER_AGENT_NAME: () => (/* binding */ USER_AGENT_NAME),
  createSecretsManagerClient: () => (/* binding */ createSecretsManagerClient),
  createStsClient: () => (/* binding */ createStsClient),
  delayedRetryStrategy: () => (/* binding */ delayedRetryStrategy),
  requestHandlerOptions: () => (/* binding */ requestHandlerOptions)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var dist_cjs = __webpack_require__(2994);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/core/aws/proxy-rules.ts
var proxy_rules = __webpack_require__(4799);
;// CONCATENATED MODULE: ./src/version.ts
/** The product version, as in package.json (a unit test keeps them equal). */
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/adapters/aws/proxy-agent.ts
var proxy_agent = __webpack_require__(2318);
;// CONCATENATED MODULE: ./src/adapters/aws/clients.ts





/**
 * A retry strategy in the SDK's v2 shape: retries what the SDK classifies
 * as throttling, transient or server errors, up to `maxAttempts` in all,
 * waiting `delayMs(n)` before retry n.
 */
function delayedRetryStrategy(maxAttempts, delayMs) {
    const token = (count, delay) => ({
        getRetryCount: () => count,
        getRetryDelay: () => delay
    });
    return {
        acquireInitialRetryToken: () => Promise.resolve(token(0, 0)),
        refreshRetryTokenForRetry: (previous, errorInfo) => {
            const retry = previous.getRetryCount() + 1;
            if (errorInfo.errorType === 'CLIENT_ERROR' || retry >= maxAttempts)
                return Promise.reject(new Error('No retry token available'));
            return Promise.resolve(token(retry, Math.max(0, delayMs(retry))));
        },
        recordSuccess: () => undefined
    };
}
/** The product token the SDK adds to its User-Agent: `astro-secrets-gate/<version>`. */
const USER_AGENT_NAME = 'astro-secrets-gate';
const USER_AGENT = `${USER_AGENT_NAME}/${VERSION}`;
/**
 * Options for the SDK's Node request handler: plain agents, or CONNECT
 * tunnelling agents when `HTTPS_PROXY` (https endpoints) or `HTTP_PROXY`
 * (http endpoints) is set; hosts in `NO_PROXY` are reached directly.
 */
function requestHandlerOptions(options = {}) {
    const env = options.env ?? process.env;
    const connectionTimeout = options.connectionTimeoutMs ?? 5_000;
    const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 50 };
    const httpsOptions = options.ca === undefined
        ? agentOptions
        : { ...agentOptions, ca: options.ca };
    const httpsProxy = (0,proxy_rules/* proxyForScheme */.p)('https:', env);
    const httpProxy = (0,proxy_rules/* proxyForScheme */.p)('http:', env);
    const tunnel = (url) => ({
        proxy: (0,proxy_agent/* parseProxyUrl */.Pr)(url),
        env,
        connectTimeoutMs: connectionTimeout
    });
    return {
        connectionTimeout,
        requestTimeout: options.requestTimeoutMs ?? 30_000,
        httpAgent: httpProxy === ''
            ? agentOptions
            : new proxy_agent/* TunnelHttpAgent */.Kq(tunnel(httpProxy), agentOptions),
        httpsAgent: httpsProxy === ''
            ? httpsOptions
            : new proxy_agent/* TunnelHttpsAgent */.b1(tunnel(httpsProxy), httpsOptions)
    };
}
function commonConfig(options) {
    const maxAttempts = options.maxAttempts ?? 5;
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
    };
}
/**
 * An STS client. `AssumeRoleWithWebIdentity` needs no credentials; the
 * caller does its own classified retries, so pass `maxAttempts: 1`.
 */
function createStsClient(options) {
    return new client_sts_dist_cjs/* STSClient */.iM(commonConfig(options));
}
/**
 * A Secrets Manager client; the SDK retries throttling, 5xx and network
 * errors. `endpoint` (the backend kwargs' endpoint_url) beats
 * `AWS_ENDPOINT_URL_SECRETS_MANAGER`, as it does in boto3.
 */
function createSecretsManagerClient(options) {
    return new dist_cjs/* SecretsManagerClient */._H({
        ...commonConfig(options),
        ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint })
    });
}


/***/ })

};
