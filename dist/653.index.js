export const id = 653;
export const ids = [653];
export const modules = {

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
