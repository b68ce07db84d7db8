export const id = 371;
export const ids = [371,833];
export const modules = {

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


/***/ }),

/***/ 1371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keepTrackingIssue: () => (/* binding */ keepTrackingIssue)
/* harmony export */ });
/* harmony import */ var _core_render_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(916);
/* harmony import */ var _core_render_tracking_issue_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4833);
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3078);
/**
 * The tracking issue: for runs outside pull requests (schedule,
 * workflow_dispatch, push), one open issue per manifest while its check
 * fails, found again by its hidden marker among the open issues carrying the
 * label, updated in place, commented on when the failing ids change, and
 * closed with an all-clear comment once the check passes. Problems with the
 * issue are warnings; they never throw and never change the verdict.
 */



const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'Airflow connections or variables failing the scheduled check';
/** Opens, updates, closes or leaves the tracking issue; never throws. */
async function keepTrackingIssue(options) {
    if (options.mode === 'never') {
        options.info('issue is never: no tracking issue.');
        return 'skipped';
    }
    if (options.token.trim() === '') {
        options.info('github-token is empty, so no tracking issue is kept. Pass ' +
            '`github-token: ${{ github.token }}` or set issue to never.');
        return 'skipped';
    }
    const line = (0,_core_render_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .markerLine */ .B_)(options.marker);
    const body = (0,_core_render_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMarker */ .xY)(options.body, options.marker)
        ? options.body
        : `${line}\n${options.body}`;
    let octokit;
    const state = { found: false };
    try {
        octokit = await (0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokit */ .Qi)(options);
        return options.failing
            ? await openOrUpdate(octokit, { ...options, body })
            : await closeFixed(octokit, options, state);
    }
    catch (error) {
        return reportFailure(error, options, state.found);
    }
}
async function openOrUpdate(octokit, options) {
    const { owner, repo } = options.repository;
    const existing = await listMarked(octokit, options);
    if (existing.length === 0) {
        await ensureLabel(octokit, options);
        const { data } = await octokit.rest.issues.create({
            owner,
            repo,
            title: options.title,
            body: options.body,
            labels: [options.label]
        });
        // Two runs that listed at the same time both opened one: settle on one.
        const author = data.user?.login ?? null;
        const after = (await listMarked(octokit, options)).filter((issue) => issue.author === author);
        if (after.length > 1) {
            const keeper = await settle(octokit, options, after);
            if (!(0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .sameBody */ .NZ)(keeper.body, options.body))
                await octokit.rest.issues.update({
                    owner,
                    repo,
                    issue_number: keeper.number,
                    body: options.body
                });
            options.info(`Merged duplicate tracking issues into #${keeper.number}.`);
            return keeper.id === data.id ? 'created' : 'updated';
        }
        options.info(`Opened tracking issue #${data.number}: ${data.html_url}`);
        return 'created';
    }
    const keeper = await settle(octokit, options, existing);
    const before = (0,_core_render_tracking_issue_js__WEBPACK_IMPORTED_MODULE_1__.readFailingIds)(keeper.body);
    let changed = false;
    if (!(0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .sameBody */ .NZ)(keeper.body, options.body)) {
        await octokit.rest.issues.update({
            owner,
            repo,
            issue_number: keeper.number,
            body: options.body
        });
        changed = true;
    }
    if ((0,_core_render_tracking_issue_js__WEBPACK_IMPORTED_MODULE_1__.failingIdsChanged)(before, options.failingIds)) {
        await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: keeper.number,
            body: options.changeComment(before)
        });
        changed = true;
    }
    options.info(changed
        ? `Updated tracking issue #${keeper.number}: ${keeper.url}`
        : `Tracking issue #${keeper.number} is up to date: ${keeper.url}`);
    return changed ? 'updated' : 'unchanged';
}
async function closeFixed(octokit, options, state) {
    const { owner, repo } = options.repository;
    const open = await listMarked(octokit, options);
    if (open.length === 0) {
        options.info('The check passes and no tracking issue is open.');
        return 'skipped';
    }
    state.found = true;
    for (const issue of open) {
        await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: issue.number,
            body: options.allClearComment
        });
        await octokit.rest.issues.update({
            owner,
            repo,
            issue_number: issue.number,
            state: 'closed',
            state_reason: 'completed'
        });
        options.info(`Closed tracking issue #${issue.number}: ${issue.url}`);
    }
    return 'closed';
}
/**
 * Keeps the oldest marked issue and closes the others by the same author as
 * duplicates of it (never someone else's issue).
 */
async function settle(octokit, options, marked) {
    const [oldest, ...others] = marked;
    if (oldest === undefined)
        throw new Error('no issue to keep');
    const { owner, repo } = options.repository;
    for (const other of others) {
        if (other.author !== oldest.author)
            continue;
        await octokit.rest.issues.update({
            owner,
            repo,
            issue_number: other.number,
            state: 'closed',
            state_reason: 'not_planned'
        });
        await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: other.number,
            body: `Duplicate of #${oldest.number}.`
        });
    }
    return oldest;
}
/** Every open issue with the label and the marker, across all pages, oldest first. */
async function listMarked(octokit, options) {
    const { owner, repo } = options.repository;
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        labels: options.label,
        state: 'open',
        per_page: 100
    });
    return (0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .oldestFirst */ .sZ)(issues
        .filter((issue) => issue.pull_request === undefined)
        .filter((issue) => (0,_core_render_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMarker */ .xY)(issue.body ?? '', options.marker))
        .map((issue) => ({
        id: issue.id,
        number: issue.number,
        body: issue.body ?? '',
        createdAt: issue.created_at,
        url: issue.html_url,
        author: issue.user?.login ?? null
    })));
}
/** Creates the label when the repository lacks it (a race is harmless). */
async function ensureLabel(octokit, options) {
    const { owner, repo } = options.repository;
    try {
        await octokit.rest.issues.getLabel({ owner, repo, name: options.label });
        return;
    }
    catch (error) {
        if ((0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(error) !== 404)
            throw error;
    }
    try {
        await octokit.rest.issues.createLabel({
            owner,
            repo,
            name: options.label,
            color: LABEL_COLOR,
            description: LABEL_DESCRIPTION
        });
    }
    catch (error) {
        // 422: another run created it in the meantime.
        if ((0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(error) !== 422)
            throw error;
    }
}
function reportFailure(error, options, found) {
    const { owner, repo } = options.repository;
    const where = `${owner}/${repo}`;
    if ((0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .isForbidden */ .US)(error)) {
        const detail = (0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .redactedMessage */ .s9)(error, options.token);
        const message = `Could not keep the tracking issue in ${where} (HTTP ${(0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(error) ?? 403}: ${detail}): ` +
            'the github-token cannot write issues. Add `permissions: issues: write` ' +
            'to the job (and to the calling job of a reusable workflow), or set ' +
            'issue to never. The check result does not depend on the issue.';
        // Nothing to report and nothing found: a token without issue access is fine.
        if (!options.failing && !found)
            options.info(message);
        else
            options.warn(message);
        return 'forbidden';
    }
    options.warn(`Could not keep the tracking issue in ${where} (${(0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .failureReason */ .Hr)(error, options.token)}). ` +
        'The check result does not depend on the issue.');
    return 'skipped';
}


/***/ }),

/***/ 4833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TRACKING_LABEL: () => (/* binding */ TRACKING_LABEL),
/* harmony export */   failingIds: () => (/* binding */ failingIds),
/* harmony export */   failingIdsChanged: () => (/* binding */ failingIdsChanged),
/* harmony export */   failingIdsLine: () => (/* binding */ failingIdsLine),
/* harmony export */   readFailingIds: () => (/* binding */ readFailingIds),
/* harmony export */   renderAllClearComment: () => (/* binding */ renderAllClearComment),
/* harmony export */   renderFailingChange: () => (/* binding */ renderFailingChange),
/* harmony export */   renderTrackingIssue: () => (/* binding */ renderTrackingIssue),
/* harmony export */   trackingIssueTitle: () => (/* binding */ trackingIssueTitle)
/* harmony export */ });
/* harmony import */ var _pr_comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(916);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7715);


/** The label every tracking issue carries; issues are found by it. */
const TRACKING_LABEL = 'astro-secrets';
const FAILING_PREFIX = '<!-- astro-secrets-gate:failing ';
/** Longest failing-ids line kept verbatim; longer sets are kept as a hash. */
const FAILING_LINE_MAX = 8_000;
/** Most ids named in a change comment per list. */
const CHANGE_LIST_MAX = 50;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;
/** GitHub's issue title limit. */
const TITLE_MAX = 256;
/**
 * What fails the check, one string per connection, variable, setting or
 * deployment: `connection:<id>`, `variable:<id>`, `config:<id or code>`.
 * Sorted, without duplicates. Empty when the report is valid.
 */
function failingIds(report) {
    if (report.valid)
        return [];
    const counts = (finding) => finding.severity === 'error' || report.failOn === 'warning';
    const ids = new Set();
    for (const finding of report.settingsFindings)
        if (counts(finding))
            ids.add(`${finding.kind}:${finding.id === '' ? finding.code : finding.id}`);
    for (const item of report.items)
        if (item.findings.some(counts))
            ids.add(`${item.kind}:${item.id}`);
    return [...ids].sort();
}
/** The issue's title (plain text: GitHub renders no markdown in titles). */
function trackingIssueTitle(manifest) {
    const what = manifest === null ? 'the action inputs' : manifest;
    const title = `Airflow secrets check failing: ${what}`.replace(CONTROL_CHARS, ' ');
    const chars = Array.from(title);
    return chars.length <= TITLE_MAX
        ? title
        : `${chars.slice(0, TITLE_MAX - 1).join('')}…`;
}
/**
 * The hidden line that records which ids failed, so a later run can tell
 * whether the set changed. Ids are percent-encoded (no `-`, so no `--` that
 * would end the HTML comment); a set too long to keep is kept as a hash.
 */
function failingIdsLine(ids) {
    return `${FAILING_PREFIX}${setKey(ids)} -->`;
}
/** The recorded form of a set of ids: the encoded list, or its hash. */
function setKey(ids) {
    // A set read back from a hash (see readFailingIds) is its own key.
    const [only] = ids;
    if (ids.length === 1 && only?.startsWith('#'))
        return only;
    const list = [...ids].sort();
    const encoded = list
        .map((id) => encodeURIComponent(id).replace(/-/g, '%2D'))
        .join(' ');
    return encoded.length <= FAILING_LINE_MAX
        ? encoded
        : `#${fnv1a(list.join('\n'))}:${list.length}`;
}
/**
 * The failing ids an issue body recorded: the list, or null when the body
 * has no such line. A set kept as a hash comes back as `#<hash>:<n>`.
 */
function readFailingIds(body) {
    for (const raw of body.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line.startsWith(FAILING_PREFIX) || !line.endsWith('-->'))
            continue;
        const inner = line.slice(FAILING_PREFIX.length, -3).trim();
        if (inner === '')
            return [];
        if (inner.startsWith('#'))
            return [inner];
        try {
            return inner.split(' ').map((part) => decodeURIComponent(part));
        }
        catch {
            return null;
        }
    }
    return null;
}
/** Whether two recorded sets differ (a hashed set is compared as its hash). */
function failingIdsChanged(before, now) {
    if (before === null)
        return true;
    return setKey(before) !== setKey(now);
}
/**
 * The issue body: the pull-request comment's report (same marker, table and
 * run link) plus the hidden failing-ids line.
 */
function renderTrackingIssue(input) {
    const ids = failingIds(input.report);
    const idsLine = failingIdsLine(ids);
    const report = (0,_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__.renderPrComment)(input).trimEnd();
    const body = `${report}\n\n${idsLine}\n`;
    if (body.length <= _pr_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_COMMENT_LIMIT */ ._4)
        return body;
    const room = _pr_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_COMMENT_LIMIT */ ._4 - idsLine.length - 4;
    return `${report.slice(0, room)}…\n\n${idsLine}\n`;
}
/**
 * The comment added when the set of failing ids changes: which ids fail now
 * that did not, which were fixed, and the run.
 */
function renderFailingChange(before, now, runUrl) {
    const previous = before ?? [];
    const hashed = previous.some((id) => id.startsWith('#'));
    const added = hashed ? now : now.filter((id) => !previous.includes(id));
    const fixed = hashed ? [] : previous.filter((id) => !now.includes(id));
    const lines = [
        `### The failing connections and variables changed: ${now.length} failing now`,
        ''
    ];
    if (added.length > 0)
        lines.push(`**Failing now:** ${listIds(added)}`, '');
    if (fixed.length > 0)
        lines.push(`**Fixed:** ${listIds(fixed)}`, '');
    lines.push('The issue description shows the current report.');
    if (runUrl !== null)
        lines.push('', runLink(runUrl));
    return `${lines.join('\n')}\n`;
}
/** The comment that closes the issue once the check passes again. */
function renderAllClearComment(input) {
    return `The check passes again, so this issue is closed.\n\n${(0,_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__.renderPrComment)(input)}`;
}
function listIds(ids) {
    const shown = ids.slice(0, CHANGE_LIST_MAX).map((id) => {
        const colon = id.indexOf(':');
        if (colon < 0)
            return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(id);
        const kind = id.slice(0, colon);
        return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(kind === 'config' ? 'settings' : kind)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(id.slice(colon + 1))}`;
    });
    const more = ids.length > CHANGE_LIST_MAX
        ? ` and ${ids.length - CHANGE_LIST_MAX} more`
        : '';
    return `${shown.join(', ')}${more}`;
}
function runLink(runUrl) {
    const href = runUrl
        .replace(/[\s<>"'`]/g, (c) => encodeURIComponent(c))
        .replace(/\(/g, '%28')
        .replace(/\)/g, '%29');
    return `[Workflow run](${href})`;
}
/** 32-bit FNV-1a of the UTF-16 code units, as 8 hex digits. */
function fnv1a(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
}


/***/ })

};
