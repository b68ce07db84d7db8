export const id = 589;
export const ids = [589];
export const modules = {

/***/ 3589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubContext: () => (/* binding */ githubContext),
/* harmony export */   pullRequestTarget: () => (/* binding */ pullRequestTarget)
/* harmony export */ });
/* unused harmony export readGithubContext */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(157);
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9629);
/**
 * What the action needs to know about the workflow run, read from
 * `github.context` of `@actions/github` once, instead of GITHUB_* by hand.
 */


const SESSION_PREFIX = 'astro-secrets-gate';
const SESSION_MAX = 64;
/** Reads a context; `source` defaults to `github.context`. */
function readGithubContext(source = _actions_github__WEBPACK_IMPORTED_MODULE_0__.context) {
    const repository = readRepository(source);
    const runId = positiveInt(source.runId);
    const runAttempt = positiveInt(source.runAttempt);
    const serverUrl = trimSlash(nonEmpty(source.serverUrl) ?? 'https://github.com');
    const apiUrl = trimSlash(nonEmpty(source.apiUrl) ?? 'https://api.github.com');
    const eventName = nonEmpty(source.eventName);
    const pullRequest = (0,_events_js__WEBPACK_IMPORTED_MODULE_1__/* .isPullRequestEvent */ .T5)(eventName)
        ? readPullRequest(source.payload, repository)
        : null;
    return {
        repository,
        runId,
        runAttempt,
        serverUrl,
        apiUrl,
        runUrl: repository !== null && runId !== null
            ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}`
            : null,
        ref: nonEmpty(source.ref),
        sha: nonEmpty(source.sha),
        eventName,
        pullRequestNumber: pullRequest?.number ?? null,
        pullRequestFromFork: pullRequest?.fromFork ?? false,
        roleSessionNameBase: sessionName(repository, runId, runAttempt)
    };
}
let cached;
/** The run's context, read from `github.context` on first use. */
function githubContext() {
    cached ??= readGithubContext();
    return cached;
}
/** Where to comment, for a pull-request run; null for other events. */
function pullRequestTarget(context) {
    if (context.repository === null || context.pullRequestNumber === null)
        return null;
    return { ...context.repository, issueNumber: context.pullRequestNumber };
}
function readRepository(source) {
    let repo;
    try {
        // A getter: throws without GITHUB_REPOSITORY and payload.repository.
        repo = source.repo;
    }
    catch {
        return null;
    }
    const owner = typeof repo.owner === 'string' ? nonEmpty(repo.owner) : null;
    const name = typeof repo.repo === 'string' ? nonEmpty(repo.repo) : null;
    return owner !== null && name !== null ? { owner, repo: name } : null;
}
function readPullRequest(payload, repository) {
    const pullRequest = payload.pull_request;
    const number = positiveInt(pullRequest?.number ?? payload.number);
    if (number === null)
        return null;
    const head = pullRequest?.['head'];
    const headRepo = fullName(head);
    const baseRepo = repository === null ? null : `${repository.owner}/${repository.repo}`;
    const fromFork = headRepo !== null &&
        baseRepo !== null &&
        headRepo.toLowerCase() !== baseRepo.toLowerCase();
    return { number, fromFork };
}
function fullName(head) {
    if (typeof head !== 'object' || head === null)
        return null;
    const repo = head.repo;
    if (typeof repo !== 'object' || repo === null)
        return null;
    const name = repo.full_name;
    return typeof name === 'string' && name !== '' ? name : null;
}
function sessionName(repository, runId, runAttempt) {
    const tail = [
        runId === null ? '' : String(runId),
        runAttempt === null ? '' : String(runAttempt)
    ]
        .filter((part) => part !== '')
        .map((part) => `-${part}`)
        .join('');
    const repo = repository === null ? '' : repository.repo.replace(/[^\w+=,.@-]/g, '-');
    const room = SESSION_MAX - SESSION_PREFIX.length - tail.length - 1;
    const middle = repo === '' || room <= 0 ? '' : `-${repo.slice(0, room)}`;
    return `${SESSION_PREFIX}${middle}${tail}`;
}
function positiveInt(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
        ? value
        : null;
}
function nonEmpty(value) {
    return value === undefined || value === null || value === '' ? null : value;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}


/***/ })

};
