export const id = 786;
export const ids = [786,982];
export const modules = {

/***/ 6786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assumeRoleWithOidc: () => (/* binding */ assumeRoleWithOidc),
  exportCredentials: () => (/* binding */ exportCredentials),
  Qk: () => (/* binding */ stsErrorCode)
});

// UNUSED EXPORTS: TrustPolicyDeniedError, classifyStsError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/core/aws/proxy-rules.ts
var proxy_rules = __webpack_require__(4799);
// EXTERNAL MODULE: ./src/adapters/aws/proxy-agent.ts
var proxy_agent = __webpack_require__(2318);
;// CONCATENATED MODULE: ./src/adapters/github/toolkit.ts
/**
 * The runner toolkit the action uses: workflow
 * commands on stdout, file commands (GITHUB_OUTPUT, GITHUB_ENV), the job
 * summary, inputs and the OIDC token, written to the runner's protocol
 * exactly as @actions/core 3 writes them (same escaping, same delimiters,
 * same checks and messages), with the same names and signatures.
 *
 * Why not @actions/core itself: importing it loads its HTTP client and
 * undici, about 60 ms of CPU and 19 MB of memory at every start, before the
 * first request can leave; the OIDC token is one GET. A differential test
 * (__tests__/unit/adapters/toolkit.test.ts) runs both on the same calls.
 */








/**
 * Log lines waiting to be written. A run masks every value it reads (an
 * add-mask line or more a secret), and a write a line costs a system call
 * each; lines are kept in order and written together once the current
 * synchronous work is done (before any I/O callback runs), and at exit.
 * Nothing else in the action writes to stdout.
 */
let pending = '';
function write(text) {
    if (pending === '')
        queueMicrotask(flush);
    pending += text;
}
/** Writes the pending log lines now. */
function flush() {
    if (pending === '')
        return;
    const text = pending;
    pending = '';
    process.stdout.write(text);
}
process.once('exit', flush);
/** A value as a command carries it: strings as they are, others as JSON. */
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
const escapeData = (value) => toCommandValue(value)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
const escapeProperty = (value) => toCommandValue(value)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/:/g, '%3A')
    .replace(/,/g, '%2C');
/** `::command key=value,...::message` on stdout. */
function issueCommand(command, properties, message) {
    let text = `::${command}`;
    const set = Object.entries(properties).filter(([, value]) => Boolean(value));
    if (Object.keys(properties).length > 0) {
        text += ' ';
        text += set
            .map(([key, value]) => `${key}=${escapeProperty(value)}`)
            .join(',');
    }
    write(`${text}::${escapeData(message)}${external_node_os_.EOL}`);
}
function toCommandProperties(properties) {
    if (Object.keys(properties).length === 0)
        return {};
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn
    };
}
/** Appends one entry to the file GITHUB_<command> names. */
function issueFileCommand(command, message) {
    const path = process.env[`GITHUB_${command}`];
    if (!path)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    (0,external_node_fs_.appendFileSync)(path, `${message}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** `name<<delimiter`, the value, the delimiter: a random one each time. */
function keyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const converted = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${external_node_os_.EOL}${converted}${external_node_os_.EOL}${delimiter}`;
}
/** Sets a step output (GITHUB_OUTPUT, else the set-output command). */
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand('OUTPUT', keyValueMessage(name, value));
        return;
    }
    write(EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/** Sets an env variable for this and later steps (GITHUB_ENV). */
function toolkit_exportVariable(name, value) {
    const converted = toCommandValue(value);
    process.env[name] = converted;
    if (process.env.GITHUB_ENV) {
        issueFileCommand('ENV', keyValueMessage(name, value));
        return;
    }
    issueCommand('set-env', { name }, converted);
}
/** Masks `secret` in the rest of the job's logs. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/** An input (INPUT_<NAME>), trimmed unless asked not to. */
function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    if (options?.trimWhitespace === false)
        return value;
    return value.trim();
}
/** Whether the runner runs with debug logging (RUNNER_DEBUG=1). */
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
/** A debug line (shown only with debug logging). */
function debug(message) {
    issueCommand('debug', {}, message);
}
const annotationText = (message) => message instanceof Error ? message.toString() : message;
/** An error annotation. */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), annotationText(message));
}
/** A warning annotation. */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), annotationText(message));
}
/** A notice annotation. */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), annotationText(message));
}
/** A log line. */
function toolkit_info(message) {
    write(message + external_node_os_.EOL);
}
/** Fails the step: exit code 1 and an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Opens a collapsible log group. */
function startGroup(name) {
    issueCommand('group', {}, name);
}
/** Closes the log group. */
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Runs `fn` inside a log group. */
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
/** The job summary (GITHUB_STEP_SUMMARY): text is buffered, then written. */
class Summary {
    #buffer = '';
    #path;
    async #filePath() {
        if (this.#path !== undefined)
            return this.#path;
        const path = process.env.GITHUB_STEP_SUMMARY;
        if (!path)
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        try {
            await (0,promises_.access)(path, promises_.constants.R_OK | promises_.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
        }
        this.#path = path;
        return path;
    }
    /** Adds text, and a line end when `addEOL`. */
    addRaw(text, addEOL = false) {
        this.#buffer += text;
        if (addEOL)
            this.#buffer += external_node_os_.EOL;
        return this;
    }
    /** Appends the buffer to the summary file (or replaces it) and clears it. */
    async write(options) {
        const path = await this.#filePath();
        const write = options?.overwrite ? promises_.writeFile : promises_.appendFile;
        await write(path, this.#buffer, { encoding: 'utf8' });
        this.#buffer = '';
        return this;
    }
}
/** The job summary. */
const summary = new Summary();
/** The most a token answer may hold: a JWT is a few kilobytes. */
const MAX_TOKEN_ANSWER = 1024 * 1024;
const RETRY_STATUSES = [502, 503, 504];
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];
const MAX_RETRIES = 10;
const MAX_REDIRECTS = 50;
/** One GET; the answer's body is read whole (bounded). */
function get(url, headers) {
    const env = process.env;
    const secure = url.protocol === 'https:';
    const proxy = (0,proxy_rules/* proxyForScheme */.p)(url.protocol, env);
    const tunnel = proxy === '' ? undefined : { proxy: (0,proxy_agent/* parseProxyUrl */.Pr)(proxy), env };
    const agent = tunnel
        ? secure
            ? new proxy_agent/* TunnelHttpsAgent */.b1(tunnel)
            : new proxy_agent/* TunnelHttpAgent */.Kq(tunnel)
        : undefined;
    return new Promise((resolve, reject) => {
        const request = (secure ? external_node_https_ : external_node_http_).get(url, { headers, ...(agent ? { agent } : {}) }, (response) => {
            let body = '';
            let size = 0;
            response.setEncoding('utf8');
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_TOKEN_ANSWER) {
                    response.destroy(new Error('the answer is larger than a token can be'));
                    return;
                }
                body += chunk;
            });
            response.on('error', reject);
            response.on('end', () => {
                resolve({
                    status: response.statusCode ?? 0,
                    location: response.headers.location,
                    body
                });
            });
        });
        request.on('error', reject);
    });
}
/** A failed token request, as @actions/core words it. */
function tokenError(status, message) {
    return new Error(`Failed to get ID Token.${status === undefined ? '' : ` Error Code : ${status}`} Error Message: ${message}`);
}
/** The answer's `value`, or why there is none (as @actions/http-client reads it). */
function tokenOf(answer) {
    let json = null;
    try {
        json = answer.body.length > 0 ? JSON.parse(answer.body) : null;
    }
    catch {
        json = null;
    }
    const field = (name) => typeof json === 'object' && json !== null
        ? json[name]
        : undefined;
    if (answer.status > 299 && answer.status !== 404) {
        const message = field('message');
        throw tokenError(answer.status, message
            ? toCommandValue(message)
            : answer.body.length > 0
                ? answer.body
                : `Failed request: (${answer.status})`);
    }
    const value = answer.status === 404 ? undefined : field('value');
    if (!value)
        throw new Error('Response json body do not have ID Token field');
    return toCommandValue(value);
}
/** An error's message, from any realm. */
const messageOf = (failure) => typeof failure === 'object' &&
    failure !== null &&
    'message' in failure &&
    typeof failure.message === 'string'
    ? failure.message
    : String(failure);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The job's OIDC token for `audience` from the runner's token service
 * (ACTIONS_ID_TOKEN_REQUEST_URL with the request token as bearer), masked
 * before it is returned. Like @actions/core: 502/503/504 are retried up to
 * 10 times (10 ms, 20 ms, ... backoff), redirects followed (the bearer
 * only to the same host, never from https to http), HTTPS_PROXY/NO_PROXY
 * honoured. Errors start with `Error message: `, as the toolkit's do.
 */
async function getIDToken(audience) {
    try {
        const base = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
        if (!base)
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        const address = audience
            ? `${base}&audience=${encodeURIComponent(audience)}`
            : base;
        debug(`ID token url is ${address}`);
        const bearer = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
        if (!bearer)
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        const first = new URL(address);
        let answer;
        for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
            let url = first;
            const headers = {
                accept: 'application/json',
                'user-agent': 'actions/oidc-client',
                authorization: `Bearer ${bearer}`
            };
            try {
                answer = await get(url, headers);
                for (let redirects = 0; REDIRECT_STATUSES.includes(answer.status) &&
                    answer.location !== undefined &&
                    redirects < MAX_REDIRECTS; redirects++) {
                    const next = new URL(answer.location, url);
                    if (url.protocol === 'https:' && next.protocol !== 'https:')
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons.');
                    if (next.hostname !== url.hostname)
                        delete headers.authorization;
                    url = next;
                    answer = await get(url, headers);
                }
            }
            catch (failure) {
                throw tokenError(undefined, messageOf(failure));
            }
            if (!RETRY_STATUSES.includes(answer.status))
                break;
            if (attempt < MAX_RETRIES)
                await sleep(5 * 2 ** Math.min(10, attempt + 1));
        }
        const token = tokenOf(answer);
        setSecret(token);
        return token;
    }
    catch (failure) {
        throw new Error(`Error message: ${messageOf(failure)}`, { cause: failure });
    }
}

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

// EXTERNAL MODULE: ./src/adapters/aws/clients.ts
var clients = __webpack_require__(1982);
;// CONCATENATED MODULE: ./src/adapters/github/oidc.ts
/**
 * The GitHub Actions OIDC token: checks that the job may request one, gets
 * it through the toolkit's `getIDToken` (which masks it), and decodes its
 * non-secret claims for diagnostics (no signature check: STS does that).
 */


/**
 * Throws the exact fix when the job cannot request an OIDC token: the
 * runner injects ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN only for jobs with
 * `id-token: write`.
 */
function assertOidcAvailable(env) {
    const missing = [
        'ACTIONS_ID_TOKEN_REQUEST_URL',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
    ].filter((name) => (env[name] ?? '') === '');
    if (missing.length === 0)
        return;
    if (env.GITHUB_ACTIONS !== 'true')
        throw new errors/* ActionError */.lZ('oidc-unavailable', `role-to-assume needs a GitHub Actions OIDC token, and ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set because this is not a GitHub Actions job: leave role-to-assume empty to use the ambient AWS credentials instead.`);
    const fork = /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')
        ? ' This is a pull_request run: pull requests from forks never get an OIDC token.'
        : ' Pull requests from forks never get one.';
    throw new errors/* ActionError */.lZ('oidc-unavailable', `No GitHub OIDC token for role-to-assume (${missing.join(' and ')} not set): add "permissions: id-token: write" to this job, and for a reusable workflow to the calling job too.${fork}`);
}
/** The payload of a JWT, or undefined when it is not one. */
function decodeJwtClaims(jwt) {
    const payload = jwt.split('.')[1];
    if (payload === undefined || payload === '')
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return typeof claims === 'object' &&
            claims !== null &&
            !Array.isArray(claims)
            ? claims
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** Only string claims (and `aud` arrays) are kept. */
function stringClaims(raw) {
    const claims = {};
    for (const [key, value] of Object.entries(raw))
        if (typeof value === 'string')
            claims[key] = value;
        else if (typeof value === 'number' || typeof value === 'boolean')
            claims[key] = String(value);
        else if (key === 'aud' &&
            Array.isArray(value) &&
            value.every((v) => typeof v === 'string'))
            claims[key] = value;
    return claims;
}
/** Gets the job's OIDC token for `audience`. */
async function getOidcToken(audience, options = {}) {
    assertOidcAvailable(options.env ?? process.env);
    const getIdToken = options.getIdToken ?? getIDToken;
    let token;
    try {
        token = await getIdToken(audience);
    }
    catch (error) {
        throw new errors/* ActionError */.lZ('oidc-failed', `Could not get the GitHub OIDC token for audience "${audience}": ${(0,errors/* errorMessage */.gJ)(error).replace(/^Error message: /, '')}`);
    }
    const claims = decodeJwtClaims(token);
    if (!claims)
        throw new errors/* ActionError */.lZ('oidc-failed', `The GitHub OIDC token service returned something that is not a JWT for audience "${audience}".`);
    return { token, claims: stringClaims(claims) };
}
/**
 * Starts the OIDC token request now, so that it is in flight while the AWS
 * SDK loads, and returns a `getIdToken` whose first call for `audience`
 * hands back that request (later calls ask again). Undefined when the job
 * cannot request a token: getOidcToken then says why.
 */
function prefetchIdToken(audience, env = process.env, getIdToken = core.getIDToken) {
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
        return undefined;
    let pending = getIdToken(audience);
    // Awaited later; until then a failure must not be an unhandled rejection.
    pending.catch(() => undefined);
    return (asked) => {
        const token = asked === audience ? pending : undefined;
        pending = undefined;
        return token ?? getIdToken(asked);
    };
}

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
    const info = deps.info ?? toolkit_info;
    const mask = deps.mask ?? setSecret;
    const sleep = deps.sleep ??
        ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const now = deps.now ?? Date.now;
    const random = deps.random ?? Math.random;
    const maxAttempts = deps.maxAttempts ?? 6;
    const maxTotalMs = deps.maxTotalMs ?? 30_000;
    const base = deps.baseDelayMs ?? 250;
    const cap = deps.maxDelayMs ?? 5_000;
    const env = deps.env ?? process.env;
    const token = await getOidcToken(settings.audience, {
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
function exportCredentials(role, region, exportVariable = toolkit_exportVariable) {
    exportVariable('AWS_ACCESS_KEY_ID', role.credentials.accessKeyId);
    exportVariable('AWS_SECRET_ACCESS_KEY', role.credentials.secretAccessKey);
    exportVariable('AWS_SESSION_TOKEN', role.credentials.sessionToken);
    exportVariable('AWS_REGION', region);
    exportVariable('AWS_DEFAULT_REGION', region);
}


/***/ }),

/***/ 1982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   USER_AGENT: () => (/* binding */ USER_AGENT),
/* harmony export */   USER_AGENT_NAME: () => (/* binding */ USER_AGENT_NAME),
/* harmony export */   createSecretsManagerClient: () => (/* binding */ createSecretsManagerClient),
/* harmony export */   createStsClient: () => (/* binding */ createStsClient),
/* harmony export */   delayedRetryStrategy: () => (/* binding */ delayedRetryStrategy),
/* harmony export */   requestHandlerOptions: () => (/* binding */ requestHandlerOptions)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2994);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1695);
/* harmony import */ var _core_aws_proxy_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4799);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/* harmony import */ var _proxy_agent_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2318);





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
const USER_AGENT = `${USER_AGENT_NAME}/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`;
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
    const httpsProxy = (0,_core_aws_proxy_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .proxyForScheme */ .p)('https:', env);
    const httpProxy = (0,_core_aws_proxy_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .proxyForScheme */ .p)('http:', env);
    const tunnel = (url) => ({
        proxy: (0,_proxy_agent_js__WEBPACK_IMPORTED_MODULE_0__/* .parseProxyUrl */ .Pr)(url),
        env,
        connectTimeoutMs: connectionTimeout
    });
    return {
        connectionTimeout,
        requestTimeout: options.requestTimeoutMs ?? 30_000,
        httpAgent: httpProxy === ''
            ? agentOptions
            : new _proxy_agent_js__WEBPACK_IMPORTED_MODULE_0__/* .TunnelHttpAgent */ .Kq(tunnel(httpProxy), agentOptions),
        httpsAgent: httpsProxy === ''
            ? httpsOptions
            : new _proxy_agent_js__WEBPACK_IMPORTED_MODULE_0__/* .TunnelHttpsAgent */ .b1(tunnel(httpsProxy), httpsOptions)
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
        customUserAgent: [[USER_AGENT_NAME, _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x]],
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
    return new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__/* .STSClient */ .iM(commonConfig(options));
}
/**
 * A Secrets Manager client; the SDK retries throttling, 5xx and network
 * errors. `endpoint` (the backend kwargs' endpoint_url) beats
 * `AWS_ENDPOINT_URL_SECRETS_MANAGER`, as it does in boto3.
 */
function createSecretsManagerClient(options) {
    return new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__/* .SecretsManagerClient */ ._H({
        ...commonConfig(options),
        ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint })
    });
}


/***/ }),

/***/ 2318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ TunnelHttpAgent),
/* harmony export */   Pr: () => (/* binding */ parseProxyUrl),
/* harmony export */   b1: () => (/* binding */ TunnelHttpsAgent)
/* harmony export */ });
/* unused harmony export proxyLabel */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_aws_proxy_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4799);
/**
 * http/https agents that reach AWS through an HTTP proxy with `CONNECT`
 * tunnels (TLS runs end to end inside the tunnel), and connect directly to
 * the hosts that `NO_PROXY` names. Node's own agents do the rest (pooling,
 * keep-alive, TLS session reuse).
 */




/** Node's agent ignores the socket argument when there is an error. */
function fail(callback, error) {
    callback(error ?? new Error('The proxy closed the tunnel.'), undefined);
}
/** The proxy URL without credentials, for messages. */
function proxyLabel(proxy) {
    return `${proxy.protocol}//${proxy.host}`;
}
/** Parses a proxy URL (`http://host:port`, scheme optional). */
function parseProxyUrl(text) {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
        ? text
        : `http://${text}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new Error('The proxy in HTTPS_PROXY/HTTP_PROXY is not a URL like http://proxy.example.com:3128.');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Error(`The proxy ${proxyLabel(url)} is not supported: use an http:// or https:// proxy URL.`);
    return url;
}
/** Opens a CONNECT tunnel to host:port through the proxy. */
function openTunnel(proxy, host, port, timeoutMs, callback) {
    const target = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    const headers = { host: target };
    if (proxy.username !== '' || proxy.password !== '') {
        const user = decodeURIComponent(proxy.username);
        const password = decodeURIComponent(proxy.password);
        headers['proxy-authorization'] =
            `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    }
    const secureProxy = proxy.protocol === 'https:';
    const request = (secureProxy ? node_https__WEBPACK_IMPORTED_MODULE_1__ : node_http__WEBPACK_IMPORTED_MODULE_0__).request({
        host: proxy.hostname.replace(/^\[|\]$/g, ''),
        port: proxy.port === '' ? (secureProxy ? 443 : 80) : Number(proxy.port),
        method: 'CONNECT',
        path: target,
        headers,
        agent: false,
        setHost: false
    });
    let done = false;
    const finish = (error, socket) => {
        if (done)
            return;
        done = true;
        callback(error, socket);
    };
    request.setTimeout(timeoutMs, () => {
        request.destroy(new Error(`The proxy ${proxyLabel(proxy)} did not open a tunnel to ${target} within ${timeoutMs} ms.`));
    });
    request.once('connect', (response, socket, head) => {
        request.setTimeout(0);
        if (response.statusCode !== 200) {
            socket.destroy();
            finish(new Error(`The proxy ${proxyLabel(proxy)} refused a tunnel to ${target}: HTTP ${response.statusCode ?? 0}${response.statusCode === 407 ? ' (proxy authentication required: put the user and password in the proxy URL)' : ''}.`));
            return;
        }
        if (head.length > 0)
            socket.unshift(head);
        finish(null, socket);
    });
    request.once('error', (error) => {
        finish(error.message.startsWith('The proxy')
            ? error
            : new Error(`Could not reach the proxy ${proxyLabel(proxy)}: ${error.message}`));
    });
    request.end();
}
/** An http.Agent that tunnels plain HTTP through the proxy with CONNECT. */
class TunnelHttpAgent extends node_http__WEBPACK_IMPORTED_MODULE_0__.Agent {
    proxy;
    #env;
    #timeoutMs;
    constructor(tunnel, options) {
        super(options);
        this.proxy = tunnel.proxy;
        this.#env = tunnel.env;
        this.#timeoutMs = tunnel.connectTimeoutMs ?? 10_000;
    }
    createConnection(options, callback) {
        const host = options.hostname ?? options.host ?? 'localhost';
        const port = Number(options.port ?? 80);
        if ((0,_core_aws_proxy_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .bypassesProxy */ .Z)(host, port, this.#env) || callback === undefined)
            return super.createConnection(options, callback);
        openTunnel(this.proxy, host, port, this.#timeoutMs, (error, socket) => {
            if (socket)
                callback(null, socket);
            else
                fail(callback, error);
        });
        return undefined;
    }
}
/** An https.Agent that runs TLS inside a CONNECT tunnel through the proxy. */
class TunnelHttpsAgent extends node_https__WEBPACK_IMPORTED_MODULE_1__.Agent {
    proxy;
    #env;
    #timeoutMs;
    constructor(tunnel, options) {
        super(options);
        this.proxy = tunnel.proxy;
        this.#env = tunnel.env;
        this.#timeoutMs = tunnel.connectTimeoutMs ?? 10_000;
    }
    createConnection(options, callback) {
        const host = options.hostname ?? options.host ?? 'localhost';
        const port = Number(options.port ?? 443);
        if ((0,_core_aws_proxy_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .bypassesProxy */ .Z)(host, port, this.#env) || callback === undefined)
            return super.createConnection(options, callback);
        openTunnel(this.proxy, host, port, this.#timeoutMs, (error, socket) => {
            if (!socket) {
                fail(callback, error);
                return;
            }
            const tlsOptions = { ...options };
            delete tlsOptions.path;
            const servername = options.servername ??
                (/^[\d.]+$|:/.test(host) ? undefined : host);
            const secure = node_tls__WEBPACK_IMPORTED_MODULE_2__.connect({
                ...tlsOptions,
                socket,
                ...(servername === undefined ? {} : { servername })
            });
            callback(null, secure);
        });
        return undefined;
    }
}


/***/ }),

/***/ 4799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ bypassesProxy),
/* harmony export */   p: () => (/* binding */ proxyForScheme)
/* harmony export */ });
/**
 * Which proxy, if any, a request goes through: `HTTPS_PROXY`/`https_proxy`
 * for https URLs, `HTTP_PROXY`/`http_proxy` for http URLs, unless the host
 * matches `NO_PROXY`/`no_proxy`. Pure: the caller passes the environment.
 */
function first(...values) {
    for (const value of values) {
        const text = value?.trim() ?? '';
        if (text !== '')
            return text;
    }
    return '';
}
/** The proxy URL configured for a scheme (`https:` or `http:`), or ''. */
function proxyForScheme(scheme, env) {
    return scheme === 'https:'
        ? first(env.HTTPS_PROXY, env.https_proxy)
        : first(env.HTTP_PROXY, env.http_proxy);
}
/**
 * True when `NO_PROXY` says to reach `hostname:port` directly. Entries are
 * separated by commas or spaces: `*` (everything), `host`, `host:port`,
 * `.domain` / `*.domain` (the domain and its subdomains; a bare `domain`
 * matches its subdomains too, as curl does) and IP addresses.
 */
function bypassesProxy(hostname, port, env) {
    const list = first(env.NO_PROXY, env.no_proxy);
    if (list === '')
        return false;
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    for (const raw of list.split(/[\s,]+/)) {
        let entry = raw.trim().toLowerCase();
        if (entry === '')
            continue;
        if (entry === '*')
            return true;
        let entryPort;
        const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
        if (withPort) {
            entry = withPort[1] ?? '';
            entryPort = Number(withPort[2]);
        }
        entry = entry.replace(/^\[|\]$/g, '').replace(/^\*?\./, '');
        if (entryPort !== undefined && entryPort !== port)
            continue;
        if (host === entry || host.endsWith(`.${entry}`))
            return true;
    }
    return false;
}


/***/ })

};
