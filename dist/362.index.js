export const id = 362;
export const ids = [362];
export const modules = {

/***/ 3362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertPrComment: () => (/* binding */ upsertPrComment)
/* harmony export */ });
/* harmony import */ var _core_render_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(916);
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3078);
/**
 * The sticky pull-request comment: created once per pull request and
 * manifest, found again by its hidden marker, updated in place. Problems
 * with the comment are warnings; they never throw and never change the
 * gate's verdict.
 */


/** Creates, updates or leaves the sticky comment; never throws. */
async function upsertPrComment(options) {
    const { mode, context } = options;
    if (mode === 'never') {
        options.info('pr-comment is never: not commenting on the pull request.');
        return 'skipped';
    }
    if (!Number.isSafeInteger(context.issueNumber) || context.issueNumber <= 0) {
        options.info('Not a pull request: no comment.');
        return 'skipped';
    }
    if (options.token.trim() === '') {
        const say = mode === 'always' || options.hasFindings ? 'warn' : 'info';
        options[say]('github-token is empty, so no pull-request comment is posted. ' +
            'Pass `github-token: ${{ github.token }}` or set pr-comment to never.');
        return 'skipped';
    }
    const line = (0,_core_render_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .markerLine */ .B_)(options.marker);
    const body = (0,_core_render_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMarker */ .xY)(options.body, options.marker)
        ? options.body
        : `${line}\n${options.body}`;
    try {
        const octokit = await (0,_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .createOctokit */ .Qi)(options);
        return await upsert(octokit, { ...options, body });
    }
    catch (error) {
        return reportFailure(error, options);
    }
}
async function upsert(octokit, options) {
    const { owner, repo, issueNumber } = options.context;
    const where = `pull request #${issueNumber}`;
    const existing = await listMarked(octokit, options);
    if (existing.length === 0) {
        if (options.mode === 'auto' && !options.hasFindings) {
            options.info(`No findings and no earlier comment on ${where}: none added.`);
            return 'skipped';
        }
        const { data } = await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: issueNumber,
            body: options.body
        });
        // Two runs that listed at the same time both created one: settle on one.
        const author = data.user?.login ?? null;
        const after = (await listMarked(octokit, options)).filter((comment) => comment.author === author);
        if (after.length > 1) {
            const newest = after[after.length - 1];
            const keeper = await settle(octokit, options, after, newest?.body);
            options.info(`Merged duplicate comments on ${where}: ${keeper.url}`);
            return keeper.id === data.id ? 'created' : 'updated';
        }
        options.info(`Commented on ${where}: ${data.html_url}`);
        return 'created';
    }
    const keeper = await settle(octokit, options, existing, undefined);
    if ((0,_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .sameBody */ .NZ)(keeper.body, options.body)) {
        options.info(`The comment on ${where} is up to date: ${keeper.url}`);
        return 'unchanged';
    }
    await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: keeper.id,
        body: options.body
    });
    options.info(`Updated the comment on ${where}: ${keeper.url}`);
    return 'updated';
}
/**
 * Keeps the oldest marked comment and deletes the others by the same author
 * (never someone else's comment). With `body`, the oldest is also given that
 * body (the newest comment's, after a race).
 */
async function settle(octokit, options, marked, body) {
    const [oldest, ...others] = marked;
    if (oldest === undefined)
        throw new Error('no comment to keep');
    const { owner, repo } = options.context;
    for (const other of others) {
        if (other.author !== oldest.author)
            continue;
        try {
            await octokit.rest.issues.deleteComment({
                owner,
                repo,
                comment_id: other.id
            });
        }
        catch (error) {
            // The other run may have deleted it already.
            if ((0,_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) !== 404)
                throw error;
        }
    }
    if (body === undefined || (0,_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .sameBody */ .NZ)(oldest.body, body))
        return oldest;
    await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: oldest.id,
        body
    });
    return { ...oldest, body };
}
/** Every comment carrying the marker, across all pages, oldest first. */
async function listMarked(octokit, options) {
    const { owner, repo, issueNumber } = options.context;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100
    });
    return (0,_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .oldestFirst */ .sZ)(comments
        .filter((c) => (0,_core_render_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMarker */ .xY)(c.body ?? '', options.marker))
        .map((c) => ({
        id: c.id,
        body: c.body ?? '',
        createdAt: c.created_at,
        url: c.html_url,
        author: c.user?.login ?? null
    })));
}
function reportFailure(error, options) {
    const where = `pull request #${options.context.issueNumber}`;
    if ((0,_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .isForbidden */ .US)(error)) {
        const detail = (0,_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .redactedMessage */ .s9)(error, options.token);
        options.warn(`Could not comment on ${where} (HTTP ${(0,_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) ?? 403}: ${detail}): the ` +
            'github-token cannot write pull-request comments. Add ' +
            '`permissions: pull-requests: write` to the job (and to the calling ' +
            'job of a reusable workflow). Pull requests from forks always get a ' +
            'read-only token, so they get no comment. The check result does not ' +
            'depend on the comment.');
        return 'forbidden';
    }
    options.warn(`Could not update the comment on ${where} (${(0,_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .failureReason */ .Hr)(error, options.token)}). ` +
        'The check result does not depend on the comment.');
    return 'skipped';
}


/***/ }),

/***/ 3078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ failureReason),
/* harmony export */   NZ: () => (/* binding */ sameBody),
/* harmony export */   Qi: () => (/* binding */ createOctokit),
/* harmony export */   US: () => (/* binding */ isForbidden),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   s9: () => (/* binding */ redactedMessage),
/* harmony export */   sZ: () => (/* binding */ oldestFirst)
/* harmony export */ });
/* unused harmony exports isTimeout, isRateLimit */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * An Octokit for the token. @actions/github is imported here, on first use,
 * so runs that post nothing never load it.
 */
async function createOctokit(options) {
    const github = await __webpack_require__.e(/* import() */ 157).then(__webpack_require__.bind(__webpack_require__, 157));
    const octokit = github.getOctokit(options.token, options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl });
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // Added per request so the toolkit's proxy-aware fetch stays in place.
    octokit.hook.before('request', (request) => {
        request.request = {
            ...request.request,
            signal: AbortSignal.timeout(timeoutMs)
        };
    });
    return octokit;
}
/** Oldest first; the id breaks ties (ids grow with time). */
function oldestFirst(items) {
    return [...items].sort((a, b) => a.createdAt === b.createdAt
        ? a.id - b.id
        : a.createdAt < b.createdAt
            ? -1
            : 1);
}
/** Equal bodies up to line endings and trailing blank space. */
function sameBody(a, b) {
    const normal = (text) => text.replace(/\r\n/g, '\n').trimEnd();
    return normal(a) === normal(b);
}
/** The HTTP status of an Octokit request error. */
function statusOf(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
/** A request cut off by its time limit (possibly wrapped by Octokit). */
function isTimeout(error) {
    let current = error;
    for (let depth = 0; depth < 4; depth++) {
        if (typeof current !== 'object' || current === null)
            return false;
        const { name, cause } = current;
        if (name === 'TimeoutError' || name === 'AbortError')
            return true;
        current = cause;
    }
    return false;
}
/** A 403 or 429 that means "slow down", not "not allowed". */
function isRateLimit(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    const response = error.response;
    const headers = typeof response === 'object' && response !== null
        ? response.headers
        : undefined;
    const remaining = typeof headers === 'object' && headers !== null
        ? headers['x-ratelimit-remaining']
        : undefined;
    return remaining === '0' || /rate limit/i.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
}
/** A refusal for lack of permission (403/404), not a rate limit. */
function isForbidden(error) {
    const status = statusOf(error);
    return (status === 403 || status === 404) && !isRateLimit(error);
}
/** The error's message with the token blanked out. */
function redactedMessage(error, token) {
    const text = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    const secret = token.trim();
    return secret.length >= 4 ? text.split(secret).join('***') : text;
}
/** Why a request failed, in words, for a one-line warning. */
function failureReason(error, token) {
    if (isTimeout(error))
        return 'the GitHub API did not answer in time';
    const status = statusOf(error);
    const detail = redactedMessage(error, token);
    return status === undefined ? detail : `HTTP ${status}: ${detail}`;
}


/***/ })

};
