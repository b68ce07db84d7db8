export const id = 944;
export const ids = [944];
export const modules = {

/***/ 1944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BATCH_SIZE: () => (/* binding */ BATCH_SIZE),
/* harmony export */   checkExistence: () => (/* binding */ checkExistence),
/* harmony export */   createLimiter: () => (/* binding */ createLimiter),
/* harmony export */   readSecrets: () => (/* binding */ readSecrets),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1260);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2091);
/**
 * Reads secrets from Secrets Manager the way Airflow's backend would see
 * them, one `SecretRead` per name: `BatchGetSecretValue` with 20 ids per
 * call (falling back to `GetSecretValue` when the role may not batch), or
 * `DescribeSecret` for existence only. Calls in flight are bounded; one bad
 * secret never hides the others.
 */


/** AWS's limit of ids per BatchGetSecretValue call. */
const BATCH_SIZE = 20;
const THROTTLING = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded'
]);
const CREDENTIAL_ERRORS = new Set([
    'CredentialsProviderError',
    'UnrecognizedClientException',
    'InvalidSignatureException',
    'ExpiredTokenException',
    'MissingAuthenticationTokenException',
    'InvalidClientTokenId'
]);
function codeOf(error) {
    const e = (error ?? {});
    return e.name && e.name !== 'Error' ? e.name : (e.code ?? 'Error');
}
function detailOf(message) {
    return (message ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
}
/** The status of a per-secret AWS error code and message. */
function statusOf(code, message = '') {
    if (code === 'ResourceNotFoundException')
        return 'not-found';
    if (code === 'DecryptionFailure' || /^KMS/.test(code))
        return 'decrypt-failed';
    if (code === 'AccessDeniedException' || code === 'AccessDenied')
        return /\bKMS\b/i.test(message) ? 'decrypt-failed' : 'access-denied';
    if (code === 'InvalidRequestException' &&
        /(marked|scheduled) for deletion/i.test(message))
        return 'scheduled-for-deletion';
    if (THROTTLING.has(code))
        return 'throttled';
    return 'aws-error';
}
function failed(name, code, message) {
    return {
        name,
        status: statusOf(code, message),
        awsCode: code,
        detail: detailOf(message)
    };
}
/**
 * Errors that mean no call can succeed: end the run with one message.
 * Throttling ends it only for calls about many secrets (a batch, a list):
 * a call about one secret keeps its result on that secret (`throttled`).
 */
function fatal(error, operation, throttlingIsFatal = false) {
    const code = codeOf(error);
    const e = (error ?? {});
    if (code === 'AbortError')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ(operation, code, `AWS unavailable: gave up waiting for Secrets Manager ${operation}: the time limit (timeout-seconds) ran out; raise it or lower the number of secrets checked.`, 'aws-timeout');
    if (!CREDENTIAL_ERRORS.has(code) &&
        e.$fault === undefined &&
        e.$metadata?.httpStatusCode === undefined)
        // No answer from AWS at all (after the SDK's retries): network, proxy,
        // endpoint or an abort. Every other call would fail the same way.
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ(operation, code, `AWS unavailable: could not reach Secrets Manager for ${operation} (${code}: ${detailOf((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error))}): check network access, HTTPS_PROXY/NO_PROXY and AWS_ENDPOINT_URL_SECRETS_MANAGER.`, 'aws-unreachable');
    const status = e.$metadata?.httpStatusCode;
    if ((throttlingIsFatal && THROTTLING.has(code)) ||
        e.$fault === 'server' ||
        (status !== undefined && status >= 500))
        // Still throttled or failing on AWS's side after the SDK's retries:
        // nothing was read, so no verdict may be given.
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ(operation, code, `AWS unavailable: Secrets Manager ${operation} kept failing (${code}: ${detailOf((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error))}) after every retry (max-attempts); nothing was validated. Run again later, or raise max-attempts.`, 'aws-unavailable');
    if (!CREDENTIAL_ERRORS.has(code))
        return undefined;
    const fix = code === 'CredentialsProviderError'
        ? 'set role-to-assume (GitHub OIDC), or configure AWS credentials before this step'
        : 'the AWS credentials were rejected; check role-to-assume or the credentials configured before this step';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ(operation, code, `No usable AWS credentials for Secrets Manager ${operation} (${code}: ${detailOf((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error))}): ${fix}.`, 'aws-credentials');
}
/** Runs tasks with at most `limit` in flight. */
function createLimiter(limit) {
    let active = 0;
    const queue = [];
    const next = () => {
        if (active >= limit)
            return;
        const start = queue.shift();
        if (start) {
            active++;
            start();
        }
    };
    return (task) => new Promise((resolve, reject) => {
        queue.push(() => {
            task()
                .then(resolve, reject)
                .finally(() => {
                active--;
                next();
            });
        });
        next();
    });
}
function unique(names) {
    return [...new Set(names)];
}
function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
function inOrder(names, reads) {
    return names.map((name) => reads.get(name) ?? {
        name,
        status: 'aws-error',
        awsCode: 'MissingFromResponse',
        detail: 'Secrets Manager did not report this secret.'
    });
}
/**
 * What every read starts with: the in-flight limit, the client's send, and
 * the abort signal to pass with each request.
 */
function requestContext(options) {
    return {
        limit: createLimiter(options.maxConcurrency ?? 8),
        send: options.client.send.bind(options.client),
        sendOptions: options.abortSignal
            ? { abortSignal: options.abortSignal }
            : undefined
    };
}
/**
 * Reads each secret's value. One result per name, in the order given;
 * the action masks every value through `mask` first.
 */
async function readSecrets(names, options) {
    const { limit, send, sendOptions } = requestContext(options);
    const sleep = options.sleep ??
        ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const reads = new Map();
    let batchDenied = false;
    const found = (name, secretString, hasBinary) => {
        if (secretString !== undefined) {
            if (secretString !== '')
                options.mask(secretString);
            return { name, status: 'found', value: secretString };
        }
        return {
            name,
            status: 'binary-only',
            detail: hasBinary
                ? 'The secret has only SecretBinary; Airflow reads SecretString.'
                : 'The secret has no SecretString.'
        };
    };
    const getOne = async (name) => {
        try {
            const response = (await limit(() => send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__/* .GetSecretValueCommand */ .d2({ SecretId: name }), sendOptions)));
            reads.set(name, found(name, response.SecretString, response.SecretBinary !== undefined));
        }
        catch (error) {
            const stop = fatal(error, 'GetSecretValue');
            if (stop)
                throw stop;
            reads.set(name, failed(name, codeOf(error), (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)));
        }
    };
    const fallBack = () => {
        if (batchDenied)
            return;
        batchDenied = true;
        options.warn?.('The role may not call secretsmanager:BatchGetSecretValue; reading each secret with GetSecretValue instead (allow BatchGetSecretValue for fewer calls).');
    };
    const batch = async (ids) => {
        if (batchDenied) {
            await Promise.all(ids.map(getOne));
            return [];
        }
        let response;
        try {
            response = (await limit(() => send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__/* .BatchGetSecretValueCommand */ .Nr({ SecretIdList: [...ids] }), sendOptions)));
        }
        catch (error) {
            const stop = fatal(error, 'BatchGetSecretValue', true);
            if (stop)
                throw stop;
            const code = codeOf(error);
            if (code === 'AccessDeniedException' || code === 'AccessDenied') {
                fallBack();
                await Promise.all(ids.map(getOne));
                return [];
            }
            for (const id of ids)
                reads.set(id, failed(id, code, (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)));
            return [];
        }
        const retry = [];
        const wanted = new Set(ids);
        for (const value of response.SecretValues ?? []) {
            const name = value.Name ?? '';
            const id = wanted.has(name)
                ? name
                : ids.find((candidate) => candidate === value.ARN);
            if (id === undefined) {
                if (value.SecretString)
                    options.mask(value.SecretString);
                continue;
            }
            reads.set(id, found(id, value.SecretString, value.SecretBinary !== undefined));
        }
        for (const error of response.Errors ?? []) {
            const id = error.SecretId ?? '';
            if (!wanted.has(id))
                continue;
            const code = error.ErrorCode ?? 'Error';
            if (THROTTLING.has(code))
                retry.push(id);
            reads.set(id, failed(id, code, error.Message));
        }
        return retry;
    };
    let pending = unique(names);
    const rounds = options.throttleRounds ?? 3;
    for (let round = 0; pending.length > 0; round++) {
        const throttled = (await Promise.all(chunks(pending, BATCH_SIZE).map(batch))).flat();
        if (throttled.length === 0 || round >= rounds)
            break;
        await sleep(Math.min(4_000, 250 * 2 ** round) * (0.5 + Math.random() / 2));
        pending = throttled;
    }
    return inOrder(names, reads);
}
/** ListSecrets allows 10 values per filter. */
const LIST_FILTER_VALUES = 10;
/** The part of each name up to its last `/` (the whole name if none). */
function prefixesOf(names) {
    return unique(names.map((name) => name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : name));
}
/**
 * Whether each secret exists, without reading values.
 *
 * DescribeSecret is the default: it matches names exactly, is strongly
 * consistent (ListSecrets may miss secrets created in the last minutes),
 * reports per-secret access denials, and needs only
 * secretsmanager:DescribeSecret, which IAM can scope to the `airflow/*`
 * secrets; ListSecrets cannot be scoped, so a role that may list sees every
 * secret name in the region. `method: 'list'` trades that for
 * ceil(M/100) calls, M being the secrets under the names' prefixes.
 *
 * Statuses: found, not-found, scheduled-for-deletion (DeletedDate set),
 * access-denied, throttled, aws-error.
 */
async function checkExistence(names, options) {
    if (options.method === 'list') {
        const listed = await listExistence(names, options);
        if (listed)
            return listed;
        options.warn?.('The role may not call secretsmanager:ListSecrets; checking each secret with DescribeSecret instead.');
    }
    return describeExistence(names, options);
}
async function listExistence(names, options) {
    const { limit, send, sendOptions } = requestContext(options);
    const seen = new Map();
    try {
        await Promise.all(chunks(prefixesOf(names), LIST_FILTER_VALUES).map(async (values) => {
            let nextToken;
            for (let page = 0; page < 10_000; page++) {
                const response = (await limit(() => send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__/* .ListSecretsCommand */ .j({
                    Filters: [{ Key: 'name', Values: values }],
                    IncludePlannedDeletion: true,
                    MaxResults: 100,
                    ...(nextToken === undefined ? {} : { NextToken: nextToken })
                }), sendOptions)));
                for (const entry of response.SecretList ?? [])
                    if (entry.Name !== undefined)
                        seen.set(entry.Name, entry.DeletedDate);
                nextToken = response.NextToken;
                if (nextToken === undefined || nextToken === '')
                    break;
            }
        }));
    }
    catch (error) {
        const stop = fatal(error, 'ListSecrets', true);
        if (stop)
            throw stop;
        const code = codeOf(error);
        if (code === 'AccessDeniedException' || code === 'AccessDenied')
            return undefined;
        return names.map((name) => failed(name, code, (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)));
    }
    return names.map((name) => {
        if (!seen.has(name))
            return {
                name,
                status: 'not-found',
                detail: 'No secret with this name is listed.'
            };
        const deleted = seen.get(name);
        return deleted
            ? {
                name,
                status: 'scheduled-for-deletion',
                detail: `Scheduled for deletion on ${deleted.toISOString()}.`
            }
            : { name, status: 'found' };
    });
}
async function describeExistence(names, options) {
    const { limit, send, sendOptions } = requestContext(options);
    const reads = new Map();
    await Promise.all(unique(names).map(async (name) => {
        try {
            const response = (await limit(() => send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__/* .DescribeSecretCommand */ .X5({ SecretId: name }), sendOptions)));
            reads.set(name, response.DeletedDate
                ? {
                    name,
                    status: 'scheduled-for-deletion',
                    detail: `Scheduled for deletion on ${response.DeletedDate.toISOString()}.`
                }
                : { name, status: 'found' });
        }
        catch (error) {
            const stop = fatal(error, 'DescribeSecret');
            if (stop)
                throw stop;
            reads.set(name, failed(name, codeOf(error), (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)));
        }
    }));
    return inOrder(names, reads);
}


/***/ })

};
