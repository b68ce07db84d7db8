export const id = 833;
export const ids = [833];
export const modules = {

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
