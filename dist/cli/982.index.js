export const id = 982;
export const ids = [982];
export const modules = {

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
