export const id = 600;
export const ids = [600];
export const modules = {

/***/ 2600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/adapters/github/toolkit.ts
var toolkit = __webpack_require__(1112);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/adapters/github/workflow.ts
/**
 * The GitHub side of a run: annotations within the per-step limits,
 * outputs, and the job summary.
 */

/** GitHub keeps at most 10 annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
function annotationText(item) {
    const [first, ...rest] = item.findings;
    if (!first)
        return '';
    const more = rest.length > 0
        ? ` (+${rest.length} more finding${rest.length > 1 ? 's' : ''})`
        : '';
    return `${first.message}${more}${first.hint ? ` Fix: ${first.hint}` : ''}`;
}
/**
 * One annotation per failing secret, on the manifest line that declares it:
 * errors first, then warnings, each level capped with an overflow line.
 */
function annotateReport(report, file) {
    for (const level of ['error', 'warning']) {
        const items = report.items.filter((item) => level === 'error'
            ? item.findings.some((finding) => finding.severity === 'error')
            : item.findings.length > 0 &&
                item.findings.every((finding) => finding.severity === 'warning'));
        const settings = report.settingsFindings.filter((finding) => finding.severity === level);
        const total = items.length + settings.length;
        // The step's failure line is an error annotation too: leave it a slot.
        const budget = level === 'error' && !report.valid
            ? ANNOTATIONS_PER_LEVEL - 1
            : ANNOTATIONS_PER_LEVEL;
        const room = total > budget ? budget - 1 : budget;
        const emit = level === 'error' ? toolkit/* error */.z3 : toolkit/* warning */.$e;
        let used = 0;
        for (const finding of settings) {
            if (used >= room)
                break;
            const place = finding.location;
            emit(`${finding.message}${finding.hint ? ` Fix: ${finding.hint}` : ''}`, {
                title: finding.kind === 'config'
                    ? `backend kwarg ${finding.id}`
                    : `${finding.kind} ${finding.id}`,
                ...(place
                    ? { file: place.file, startLine: place.line }
                    : file
                        ? { file }
                        : {})
            });
            used++;
        }
        for (const item of items) {
            if (used >= room)
                break;
            const line = item.source?.line;
            emit(annotationText(item), {
                title: `${item.kind} ${item.id}`,
                ...(file ? { file } : {}),
                ...(line === undefined ? {} : { startLine: line })
            });
            used++;
        }
        if (total > used)
            emit(`…and ${total - used} more ${level === 'error' ? 'failing' : 'warned'} secrets; see the job summary for all of them.`, { title: 'astro-secrets-gate', ...(file ? { file } : {}) });
    }
}
/** Manifest mistakes as error annotations on the manifest file. */
function annotateManifest(problems, file) {
    // One slot stays free for the step's failure line.
    const budget = ANNOTATIONS_PER_LEVEL - 1;
    const room = problems.length > budget ? budget - 1 : budget;
    for (const problem of problems.slice(0, room))
        toolkit/* error */.z3(problem.message, {
            title: 'manifest',
            file,
            startLine: problem.line,
            startColumn: problem.column
        });
    if (problems.length > room)
        toolkit/* error */.z3(`…and ${problems.length - room} more manifest problems.`, {
            title: 'manifest',
            file
        });
}
const MISSING = ['missing', 'skipped'];
const INVALID = ['invalid', 'unreadable'];
/**
 * The step outputs of a finished check. In mode env-only nothing was read:
 * `valid` is `skipped` and no id is listed as missing or invalid.
 */
function setOutputs({ report, reportFile, envFile }) {
    const envOnly = report.mode === 'env-only';
    const ids = (name, statuses) => {
        // env-only reads nothing: no id is missing or invalid, none is valid.
        if (envOnly)
            return '[]';
        const all = report.items
            .filter((item) => statuses.includes(item.status))
            .map((item) => item.id);
        const kept = fitJsonList(all, OUTPUT_LIST_BYTES);
        if (kept.length < all.length)
            toolkit/* warning */.$e(`The ${name} output lists ${kept.length} of ${all.length} ids (GitHub limits output sizes); the report file has them all.`);
        return JSON.stringify(kept);
    };
    // env-only still fails on backend kwargs errors; otherwise it claims nothing.
    toolkit/* setOutput */.uH('valid', envOnly && report.valid ? 'skipped' : String(report.valid));
    toolkit/* setOutput */.uH('checked', String(report.counts.checked));
    toolkit/* setOutput */.uH('errors', String(report.counts.errors));
    toolkit/* setOutput */.uH('warnings', String(report.counts.warnings));
    toolkit/* setOutput */.uH('missing', ids('missing', MISSING));
    toolkit/* setOutput */.uH('invalid', ids('invalid', INVALID));
    toolkit/* setOutput */.uH('report', reportFile ?? '');
    toolkit/* setOutput */.uH('env-file', envFile ?? '');
    toolkit/* setOutput */.uH('backend', report.backend);
    toolkit/* setOutput */.uH('backend-kwargs', report.backendKwargs);
    toolkit/* setOutput */.uH('error', '');
    toolkit/* setOutput */.uH('error-code', '');
}
/**
 * The outputs of a run that ended in an error: `valid=false`, the error
 * line and its code; counts and paths empty, since nothing was checked.
 */
function setFailureOutputs(code, message) {
    toolkit/* setOutput */.uH('valid', 'false');
    toolkit/* setOutput */.uH('error', message);
    toolkit/* setOutput */.uH('error-code', code);
    for (const name of ['checked', 'errors', 'warnings'])
        toolkit/* setOutput */.uH(name, '0');
    toolkit/* setOutput */.uH('missing', '[]');
    toolkit/* setOutput */.uH('invalid', '[]');
    for (const name of ['report', 'env-file', 'backend', 'backend-kwargs'])
        toolkit/* setOutput */.uH(name, '');
}
/** Writes the summary; a runner without GITHUB_STEP_SUMMARY just skips it. */
async function writeSummary(markdown, env = process.env) {
    if (!env.GITHUB_STEP_SUMMARY) {
        toolkit/* info */.pq('No GITHUB_STEP_SUMMARY file: the summary is in the JSON report.');
        return;
    }
    await toolkit/* summary */.z.addRaw(fitSummary(markdown), true).write();
}
/** GitHub drops a step summary over 1 MiB (in bytes, not characters). */
const SUMMARY_BYTES = 1024 * 1024;
/** Each id-list output, in bytes: GitHub caps a job's outputs at 1 MiB. */
const OUTPUT_LIST_BYTES = 256 * 1024;
const utf8 = (text) => Buffer.byteLength(text, 'utf8');
/** The longest prefix of `ids` whose JSON fits in `budget` bytes. */
function fitJsonList(ids, budget) {
    const kept = [];
    let size = 2; // []
    for (const id of ids) {
        const add = utf8(JSON.stringify(id)) + (kept.length > 0 ? 1 : 0);
        if (size + add > budget)
            break;
        kept.push(id);
        size += add;
    }
    return kept;
}
/**
 * The summary cut at a line boundary so that it stays under
 * SUMMARY_BYTES in bytes, with a note saying so.
 */
function fitSummary(markdown) {
    if (utf8(markdown) <= SUMMARY_BYTES)
        return markdown;
    const note = '\n\n_The summary was cut to fit GitHub’s 1 MiB limit; the JSON report has every finding._\n';
    const budget = SUMMARY_BYTES - utf8(note);
    // Halve the excess until the prefix fits, then back up to a line end.
    let lo = 0;
    let hi = markdown.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (utf8(markdown.slice(0, mid)) <= budget)
            lo = mid;
        else
            hi = mid - 1;
    }
    const end = lo;
    const lineEnd = markdown.lastIndexOf('\n', end);
    return markdown.slice(0, lineEnd > 0 ? lineEnd : end) + note;
}

// EXTERNAL MODULE: ./src/adapters/github/oidc.ts
var oidc = __webpack_require__(7417);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/adapters/runtime/watchdog.ts
/**
 * The hard deadline of a run (the timeout-seconds input): a worker thread
 * that waits, off the main thread, until the deadline. If the run has not
 * cancelled it by then, the worker writes one line straight to a file
 * descriptor and ends the process, even when the main thread is blocked (a
 * regular expression, a synchronous read) and no timer could fire.
 */

// signal[0]: 0 while running, 1 once cancelled.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads')
const { writeSync } = require('node:fs')
const { signal, ms, fd, line } = workerData
if (Atomics.wait(signal, 0, 0, ms) === 'timed-out') {
  try { writeSync(fd, line) } catch {}
  process.kill(process.pid, 'SIGKILL')
}
`;
/**
 * How long past timeout-seconds a run may take to fail cleanly (its AWS
 * waits end at timeout-seconds) before the watchdog ends the process.
 */
const HARD_DEADLINE_GRACE_MS = 2000;
/**
 * Starts the watchdog. It never keeps the process alive; the process it ends
 * exits by SIGKILL (status 137), so no handler can delay it.
 */
function startWatchdog(options) {
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, {
        eval: true,
        workerData: {
            signal,
            ms: Math.max(0, Math.round(options.ms)),
            fd: options.fd,
            line: options.line.replace(/\r?\n/g, ' ') + '\n'
        },
        stdout: true,
        stderr: true
    });
    worker.unref();
    worker.on('error', () => undefined);
    return {
        cancel: () => {
            Atomics.store(signal, 0, 1);
            Atomics.notify(signal, 0);
        }
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/adapters/astro/exec.ts
/**
 * Runs the Astro CLI without a shell, for reading deployments. The child
 * inherits the environment (where ASTRO_API_TOKEN comes from); nothing secret
 * is ever an argument.
 */

/** An AstroExec for `env` and `cwd`, each run cut off after `timeoutMs`. */
function execAstro(env, cwd, timeoutMs) {
    return (file, args) => new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(file, [...args], {
            env: { ...env, NO_COLOR: '1' },
            cwd,
            maxBuffer: 16 * 1024 * 1024,
            timeout: timeoutMs,
            windowsHide: true
        }, (error, stdout, stderr) => {
            if (error && typeof error.code === 'string') {
                reject(new Error(error.message));
                return;
            }
            const code = error
                ? typeof error.code === 'number'
                    ? error.code
                    : 1
                : 0;
            resolve({ code, stdout, stderr });
        });
    });
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/airflow/python/errors.ts
/**
 * An exception as Python would raise it: `pyClass` is the class name Airflow
 * would surface (`ValueError`, `json.decoder.JSONDecodeError`,
 * `airflow.exceptions.AirflowException`, ...), `message` its str().
 * Messages may quote the input, so they are redacted before display.
 */
class errors_PyError extends Error {
    name = 'PyError';
    pyClass;
    constructor(pyClass, message) {
        super(message);
        this.pyClass = pyClass;
    }
}

;// CONCATENATED MODULE: ./src/core/airflow/python/repr.ts
/**
 * Python `repr()` of the values the json module produces, and the pieces it
 * is built from: `str.isprintable()`, float repr and int repr (with CPython
 * 3.11's 4300-digit limit).
 */

/** CPython's default `sys.get_int_max_str_digits()`. */
const PY_INT_MAX_STR_DIGITS = 4300;
/**
 * The code points for which CPython 3.11.7 `str.isprintable()` is false
 * (Unicode 14.0 categories Cc Cf Cs Co Cn Zl Zp Zs, except the space), as
 * ranges: comma-separated base-36 `gap` or `gap.length-1`, where `gap` counts
 * the printable code points since the previous range. Embedded rather than
 * `\p{...}` because Node's Unicode is newer than Python 3.11's. Generated by
 * scanning `chr(c).isprintable()` for c in range(0x110000).
 */
const NON_PRINTABLE = '0.v,2n.x,c,ju.1,6.3,7,1,k,b1,12.1,1e.1,3,1j.7,r.3,6.g,m,5c,1c.1,' +
    '1n.1,2t.d,1n.1,1d.1,f,s.1,1,b.4,v.8,22,4h,8.1,2.1,m,7,1.2,4.1,9.1,' +
    '2.1,4.7,1.3,2,5.1,p.1,3,6.3,2.1,m,7,2,2,2.1,1,5.3,2.1,3.2,1.6,4,' +
    '1.6,h.9,3,9,3,m,7,2,5.1,a,3,3.1,1.e,4.1,c.6,7,3,8.1,2.1,m,7,2,5.1,' +
    '9.1,2.1,3.6,3.3,2,5.1,i.9,2,6.2,3,4.2,2,1,2.2,2.2,3.2,c.3,5.2,3,' +
    '4.1,1.5,1.d,l.4,d,3,n,g.1,9,3,4.6,2,3.1,1.1,4.1,a.6,m,3,n,a,5.1,9,' +
    '3,4.6,2.5,2,4.1,a,2.c,d,3,1f,3,6.3,g.1,q,3,i.2,o,9,1.1,7.2,1.3,6,1,' +
    '8.5,a.1,3.b,1m.3,t.10,2,1,5,o,1,n.1,5,1,6.1,a.1,4.v,20,10.3,13,10,' +
    'f,d.10,5i,1.4,1.1,ah,4.1,7,1,4.1,15,4.1,x,4.1,7,1,4.1,f,1l,4.1,' +
    '1v.1,w.2,q.5,2e.1,6.1,hs,s.2,2h.6,m.8,o.8,k.b,d,3,2.b,2m.1,a.5,a.5,' +
    'e,b.5,2h.6,17.4,1y.9,v,c.3,c.3,1.2,16.1,5.a,18.3,q.5,b.2,1q.1,1t,' +
    't.1,b.5,a.5,e.1,v.1c,25.2,1b,38.7,1o.2,f.2,1o.6,17.1,b.7,17.4,eu.1,' +
    '6.1,12.1,6.1,8,1,1,1,v.1,1h,f,e.1,6,j.1,3,9.g,o.7,1b.g,2.1,r,d.2,' +
    'x.e,x.e,3w.3,if.o,b.k,1ec.1,w,9p.4,19,1.4,1.1,1k.6,2.d,o.8,7,7,7,7,' +
    '7,7,7,7,3i.x,q,2h.b,5y.p,c.4,1r,2e.1,2v.4,17,2m,2c.b,1b,mlp.2,1j.8,' +
    '9o.j,54.7,5n.4,2,1,5.n,1n.2,a.5,1k.7,1y.7,c.5,38.a,u.2,26,b.3,x,' +
    '1j.8,e.1,a.1,2v.n,s.9,6.1,6.1,6.8,7,7,1o.3,3i.1,a.5,8mc.b,n.3,' +
    '1d.6ir,a6.1,2y.11,7.b,5.4,q,5,1,2,2,3h.f,cd.1,1i.6,1.v,16.5,1f,j,' +
    '4.3,5,3r.3,5a.2,6.1,6.1,6.1,3.2,7,7.c,2.1,c,q,j,2,f.1,e.x,3f.4,3.3,' +
    '19.2,2g,d.2,1.1a,1a.3l,t.2,1d.e,s.3,10.8,u.4,17.4,u,11.3,e.15,4e.1,' +
    'a.5,10.3,10.3,14.7,1g.a,c,f,7,2,b,f,7,2.1u,8n.8,m.9,8.n,6,16,9.1w,' +
    '6.1,1,18,2.2,1.1,n,20.7,9.1b,j,2.4,x.2,r.4,1.1r,1k.3,k.1,1e,2.4,8,' +
    '3,t.1,3.3,a.6,9.6,1s.v,13.3,c.8,1i.2,t.1,r.4,q.6,4.b,7.27,21.1i,' +
    '1f.c,1f.6,1a.7,a.85,v,16,3.1,2.25,14.7,16.l,q.11,s.j,n.8,26.3,10.8,' +
    '1q,5.c,p.6,a.5,1h,i.7,13.8,2o,k.a,i,18.1s,7,1,4,f,b.5,1n.4,a.5,4,' +
    '8.1,2.1,m,7,2,5,a.1,2.1,3.1,1.5,1.4,7.1,7.2,5.3u,2k,5.t,20.7,a.4l,' +
    '1i.1,12.x,1x.a,a.5,d.i,1m.5,a.1h,r.1,f.3,n.54,1o.2r,2b.b,8.1,1.1,8,' +
    '2,u,2.1,c.8,a.1x,8.1,1a.1,b.q,20.7,2b.c,21.7a,9,19,e.9,t.2,w.1,m,' +
    'e.20,7,2,18.2,1,2,9.7,a.5,6,2,11,2,6.6,a.8l,p.52,1.e,1e.c,pn.2t,33,' +
    '5.a,5g.217,2r.c,tr.34g,g7.6ns,ft.6,v,a.3,29,a.5,u.1,6.9,1y.9,a,7,' +
    'l.4,j.j3,2j.2s,23.3,1l.6,h.1r,5.a,2.d,4qg.7,ye.15,9.6w6,4,7,2,' +
    '83.18,3.g,4.7,b0.1s3,2z.4,d.2,9.6,a.1,4.3mn,1a.1,n.8,38.1n,6u.9,' +
    '13.1,22.7,34.k,1y.49,k.b,2f.8,p.3q,2d,1z,2.1,1.1,2.1,4,c,1,7,1t,' +
    '4.1,8,7,s,4,5,1.2,7,9g.1,84.1,ji.e,5,f.un,v.68,7,h.1,7,2,5.5w,19.2,' +
    'e.1,a.3,2.8v,v.g,1m.4,1.yn,7,4,2,f,5h.1,g.14,24.3,a.3,2.ls,1w.23,' +
    '1p.5d,4,r,2,1.1,1,a,4,1,1.5,1.3,1,1,1,3,2,1.1,1,1,1,1,1,2,1.1,4,7,' +
    '4,4,1,a,h.4,3,5,h.1f,2.7h,18.3,2s.b,f.1,f,f,11.9,4u.1j,t.c,18.3,' +
    '9.6,2.d,6.49,rc.4,g.2,d.2,38.b,2h.6,c.3,1.e,c.3,1k.7,a.5,14.7,u.1,' +
    '2.25,9g.b,e.1,5.2,5.2,7.8,t.2,b.4,6.9,a.5,8.7,7.8,43,1j.10,a.sl,' +
    'wyo.v,37d.6,66.1,4g2.d,5rl.2e6,f2.15t,3t7.fcms,6o.47bj';
let nonPrintable;
/** [start0, end0, start1, end1, ...] decoded once from NON_PRINTABLE. */
function nonPrintableRanges() {
    if (nonPrintable)
        return nonPrintable;
    const items = NON_PRINTABLE.split(',');
    const ranges = new Int32Array(items.length * 2);
    let prevEnd = -1;
    items.forEach((item, k) => {
        const [gap = '0', extra = '0'] = item.split('.');
        const start = prevEnd + 1 + parseInt(gap, 36);
        prevEnd = start + parseInt(extra, 36);
        ranges[2 * k] = start;
        ranges[2 * k + 1] = prevEnd;
    });
    nonPrintable = ranges;
    return ranges;
}
/** Python `chr(cp).isprintable()`. */
function pyIsPrintable(cp) {
    const ranges = nonPrintableRanges();
    let lo = 0;
    let hi = ranges.length / 2 - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cp < (ranges[2 * mid] ?? 0))
            hi = mid - 1;
        else if (cp > (ranges[2 * mid + 1] ?? 0))
            lo = mid + 1;
        else
            return false;
    }
    return true;
}
const hex = (cp, width) => cp.toString(16).padStart(width, '0');
/** Python `repr(s)` for a str: quote choice and escapes as CPython. */
function pyStrRepr(s) {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    const out = [quote];
    for (const ch of s) {
        const cp = ch.codePointAt(0) ?? 0;
        if (ch === quote || ch === '\\')
            out.push('\\', ch);
        else if (ch === '\t')
            out.push('\\t');
        else if (ch === '\n')
            out.push('\\n');
        else if (ch === '\r')
            out.push('\\r');
        else if (cp < 0x20 || cp === 0x7f)
            out.push('\\x', hex(cp, 2));
        else if (cp < 0x7f || pyIsPrintable(cp))
            out.push(ch);
        else if (cp <= 0xff)
            out.push('\\x', hex(cp, 2));
        else if (cp <= 0xffff)
            out.push('\\u', hex(cp, 4));
        else
            out.push('\\U', hex(cp, 8));
    }
    out.push(quote);
    return out.join('');
}
/**
 * Python `repr(x)` for a float: the shortest digits that round-trip, in
 * fixed notation for exponents -4..15 (with `.0` for whole numbers) and
 * otherwise as `1e+16`, `1.5e-05`; `nan`, `inf`, `-inf`.
 */
function pyFloatRepr(x) {
    if (Number.isNaN(x))
        return 'nan';
    if (x === Infinity)
        return 'inf';
    if (x === -Infinity)
        return '-inf';
    if (x === 0)
        return Object.is(x, -0) ? '-0.0' : '0.0';
    const sign = x < 0 ? '-' : '';
    // toExponential() with no argument gives the shortest round-trip digits.
    const [mantissa = '', expText = '0'] = Math.abs(x).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const exp = Number(expText);
    if (exp < -4 || exp >= 16) {
        const head = digits.length > 1 ? `${digits[0] ?? ''}.${digits.slice(1)}` : digits;
        const expAbs = String(Math.abs(exp)).padStart(2, '0');
        return `${sign}${head}e${exp < 0 ? '-' : '+'}${expAbs}`;
    }
    if (exp < 0)
        return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    if (digits.length <= exp + 1) {
        return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
    }
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
/**
 * Python `str(n)` / `repr(n)` for an int. Past 4300 digits CPython 3.11
 * raises ValueError (in `repr`, `json.dumps` and f-strings alike).
 */
function pyIntStr(n) {
    const text = n.toString();
    const digits = n < 0n ? text.length - 1 : text.length;
    if (digits > PY_INT_MAX_STR_DIGITS) {
        throw new errors_PyError('ValueError', `Exceeds the limit (${PY_INT_MAX_STR_DIGITS} digits) for integer ` +
            'string conversion; use sys.set_int_max_str_digits() to increase ' +
            'the limit');
    }
    return text;
}
/**
 * Python `repr(value)`: `None`, `True`, ints, float repr, str repr,
 * `[1, 'a']`, `{'a': 1}`.
 */
function pyRepr(value) {
    if (value === null)
        return 'None';
    if (value === true)
        return 'True';
    if (value === false)
        return 'False';
    if (typeof value === 'bigint')
        return pyIntStr(value);
    if (typeof value === 'number')
        return pyFloatRepr(value);
    if (typeof value === 'string')
        return pyStrRepr(value);
    if (Array.isArray(value))
        return `[${value.map(pyRepr).join(', ')}]`;
    const items = [];
    for (const [key, item] of value) {
        items.push(`${pyStrRepr(key)}: ${pyRepr(item)}`);
    }
    return `{${items.join(', ')}}`;
}

;// CONCATENATED MODULE: ./src/core/airflow/python/str.ts
/**
 * Python `str` helpers: whitespace as `str.isspace()` sees it, `strip()`
 * with no arguments, and code-point positions (Python indexes strings by code
 * point; JS by UTF-16 unit, so an astral character counts 1 vs 2).
 */
/**
 * Every code point for which CPython 3.11 `str.isspace()` is true. All are in
 * the BMP and none is a surrogate, so they can be matched per UTF-16 unit.
 */
const PY_SPACE = new Set([
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0,
    0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
    0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000
]);
/** Python `c.isspace()` for one code point. */
function pyIsSpaceCodePoint(cp) {
    return PY_SPACE.has(cp);
}
/**
 * Python `ch.isspace()` for a one-character string. U+FEFF and U+200B are
 * not whitespace to Python. Strings of any other length give false.
 */
function pyIsSpace(ch) {
    return ch.length === 1 && PY_SPACE.has(ch.charCodeAt(0));
}
/** Python `s.strip()` with no arguments. */
function pyStrip(s) {
    let start = 0;
    let end = s.length;
    while (start < end && PY_SPACE.has(s.charCodeAt(start)))
        start++;
    while (end > start && PY_SPACE.has(s.charCodeAt(end - 1)))
        end--;
    return start === 0 && end === s.length ? s : s.slice(start, end);
}
const isHigh = (unit) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit) => unit >= 0xdc00 && unit <= 0xdfff;
/**
 * The Python index of UTF-16 offset `utf16Index` in `s`: the number of code
 * points that start before it. A surrogate pair is one code point; a lone
 * surrogate is one code point, as in a Python str.
 */
function codePointIndex(s, utf16Index) {
    const end = Math.min(Math.max(utf16Index, 0), s.length);
    let pairs = 0;
    for (let i = 0; i + 1 < end; i++) {
        if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) {
            pairs++;
            i++;
        }
    }
    return end - pairs;
}
/** Python `len(s)`. */
function codePointLength(s) {
    return codePointIndex(s, s.length);
}
/**
 * Python's ordering of two strings (`a < b`): by code point, which differs
 * from JS `<` (UTF-16 units) when astral characters meet U+E000–U+FFFF.
 */
function pyStrCompare(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        if (!xs && !ys)
            return x < y ? -1 : 1;
        // A surrogate is involved: compare whole code points, starting at the
        // high surrogate when the units differ in the second half of a pair.
        let j = i;
        if (j > 0 && isHigh(a.charCodeAt(j - 1)) && (isLow(x) || isLow(y)))
            j--;
        const cx = codePointAtUnit(a, j);
        const cy = codePointAtUnit(b, j);
        if (cx !== cy)
            return cx < cy ? -1 : 1;
        return codePointAtUnit(a, i) < codePointAtUnit(b, i) ? -1 : 1;
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
function codePointAtUnit(s, i) {
    const unit = s.charCodeAt(i);
    if (isHigh(unit) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
        return s.codePointAt(i) ?? unit;
    }
    return unit;
}

;// CONCATENATED MODULE: ./src/core/airflow/python/json.ts
/**
 * Python's `json.loads` and `json.dumps` as CPython 3.11.7 runs them by
 * default (the C scanner and encoder in `_json`, strict=True,
 * ensure_ascii=True), so that a value is accepted, rejected and re-serialised
 * here exactly as Airflow does it.
 *
 * The scanner works on UTF-16 offsets and converts an error position to
 * Python's code-point index only when it raises; every bounds check CPython
 * makes in code points gives the same outcome in UTF-16 units here, because
 * each one is followed by a test for an ASCII character.
 */



/**
 * How many arrays/objects may nest. CPython counts each one against the
 * recursion limit (1000) minus the frames already on the stack: from
 * `python3 -c 'import json; json.loads(...)'` 995 levels parse and the 996th
 * raises RecursionError. Airflow calls json.loads from deeper stacks and so
 * fails a little earlier; a document this deep is rejected in both.
 */
const PY_JSON_MAX_DEPTH = 995;
/**
 * `json.decoder.JSONDecodeError`. `message` is Python's `str(e)`:
 * `"<msg>: line L column C (char P)"`, positions in code points. The
 * document itself is not kept (it may be a secret).
 */
class PyJsonDecodeError extends errors_PyError {
    name = 'PyJsonDecodeError';
    msg;
    /** Python index (code points) where parsing failed. */
    pos;
    lineno;
    colno;
    constructor(msg, pos, lineno, colno) {
        super('json.decoder.JSONDecodeError', `${msg}: line ${lineno} column ${colno} (char ${pos})`);
        this.msg = msg;
        this.pos = pos;
        this.lineno = lineno;
        this.colno = colno;
    }
    /** The error for UTF-16 offset `index` of `doc`, as Python reports it. */
    static at(msg, doc, index) {
        const pos = codePointIndex(doc, index);
        const lastNewline = doc.lastIndexOf('\n', index - 1);
        let lineno = 1;
        for (let i = doc.indexOf('\n'); i !== -1 && i < index;) {
            lineno++;
            i = doc.indexOf('\n', i + 1);
        }
        const lineStart = lastNewline === -1 || index === 0 ? 0 : lastNewline + 1;
        const colno = pos - codePointIndex(doc, lineStart) + 1;
        return new PyJsonDecodeError(msg, pos, lineno, colno);
    }
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isWhitespace = (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c) => c >= 0x30 && c <= 0x39;
function hexValue(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    if (c >= 0x61 && c <= 0x66)
        return c - 0x57;
    if (c >= 0x41 && c <= 0x46)
        return c - 0x37;
    return -1;
}
const SIMPLE_ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
/** A port of `scan_once_unicode` and friends in CPython's Modules/_json.c. */
class Scanner {
    s;
    n;
    depth = 0;
    /** Offset just past the value the last scan returned. */
    end = 0;
    constructor(s) {
        this.s = s;
        this.n = s.length;
    }
    decode() {
        const { s, n } = this;
        let idx = this.skipWhitespace(0);
        const value = this.scanOnce(idx);
        idx = this.skipWhitespace(this.end);
        if (idx !== n)
            throw PyJsonDecodeError.at('Extra data', s, idx);
        return value;
    }
    fail(msg, index) {
        return PyJsonDecodeError.at(msg, this.s, index);
    }
    skipWhitespace(from) {
        let idx = from;
        while (idx < this.n && isWhitespace(this.s.charCodeAt(idx)))
            idx++;
        return idx;
    }
    scanOnce(idx) {
        const { s, n } = this;
        // StopIteration(idx) in C; decode() turns it into "Expecting value".
        if (idx >= n)
            throw this.fail('Expecting value', idx);
        switch (s.charCodeAt(idx)) {
            case QUOTE:
                return this.scanString(idx + 1);
            case 0x7b: // {
                return this.nested('object', () => this.parseObject(idx + 1));
            case 0x5b: // [
                return this.nested('array', () => this.parseArray(idx + 1));
            case 0x6e: // n
                if (s.startsWith('null', idx))
                    return this.constant(idx + 4, null);
                break;
            case 0x74: // t
                if (s.startsWith('true', idx))
                    return this.constant(idx + 4, true);
                break;
            case 0x66: // f
                if (s.startsWith('false', idx))
                    return this.constant(idx + 5, false);
                break;
            case 0x4e: // N
                if (s.startsWith('NaN', idx))
                    return this.constant(idx + 3, NaN);
                break;
            case 0x49: // I
                if (s.startsWith('Infinity', idx)) {
                    return this.constant(idx + 8, Infinity);
                }
                break;
            case 0x2d: // -
                if (s.startsWith('-Infinity', idx)) {
                    return this.constant(idx + 9, -Infinity);
                }
                break;
        }
        return this.matchNumber(idx);
    }
    constant(end, value) {
        this.end = end;
        return value;
    }
    nested(kind, parse) {
        if (this.depth >= PY_JSON_MAX_DEPTH) {
            throw new errors_PyError('RecursionError', `maximum recursion depth exceeded while decoding a JSON ${kind} ` +
                'from a unicode string');
        }
        this.depth++;
        const value = parse();
        this.depth--;
        return value;
    }
    matchNumber(start) {
        const { s } = this;
        const endIdx = this.n - 1;
        let idx = start;
        if (s.charCodeAt(idx) === 0x2d) {
            idx++;
            if (idx > endIdx)
                throw this.fail('Expecting value', start);
        }
        const first = s.charCodeAt(idx);
        if (first >= 0x31 && first <= 0x39) {
            idx++;
            while (idx <= endIdx && isDigit(s.charCodeAt(idx)))
                idx++;
        }
        else if (first === 0x30) {
            idx++;
        }
        else {
            throw this.fail('Expecting value', start);
        }
        const intEnd = idx;
        let isFloat = false;
        if (idx < endIdx &&
            s.charCodeAt(idx) === 0x2e &&
            isDigit(s.charCodeAt(idx + 1))) {
            isFloat = true;
            idx += 2;
            while (idx <= endIdx && isDigit(s.charCodeAt(idx)))
                idx++;
        }
        const e = s.charCodeAt(idx);
        if (idx < endIdx && (e === 0x65 || e === 0x45)) {
            const eStart = idx;
            idx++;
            const sign = s.charCodeAt(idx);
            if (idx < endIdx && (sign === 0x2d || sign === 0x2b))
                idx++;
            while (idx <= endIdx && isDigit(s.charCodeAt(idx)))
                idx++;
            if (isDigit(s.charCodeAt(idx - 1)))
                isFloat = true;
            else
                idx = eStart;
        }
        this.end = idx;
        const text = s.slice(start, idx);
        if (isFloat)
            return Number(text);
        const digits = intEnd - start - (text.startsWith('-') ? 1 : 0);
        if (digits > PY_INT_MAX_STR_DIGITS) {
            throw new errors_PyError('ValueError', `Exceeds the limit (${PY_INT_MAX_STR_DIGITS} digits) for integer ` +
                `string conversion: value has ${digits} digits; use ` +
                'sys.set_int_max_str_digits() to increase the limit');
        }
        return BigInt(text);
    }
    /** `scanstring_unicode`: `begin` is just past the opening quote. */
    scanString(begin) {
        const { s, n } = this;
        const chunks = [];
        let end = begin;
        for (;;) {
            let next = end;
            let c = 0;
            for (; next < n; next++) {
                c = s.charCodeAt(next);
                if (c === QUOTE || c === BACKSLASH)
                    break;
                if (c <= 0x1f)
                    throw this.fail('Invalid control character at', next);
            }
            if (next >= n)
                throw this.fail('Unterminated string starting at', begin - 1);
            if (next > end)
                chunks.push(s.slice(end, next));
            if (c === QUOTE) {
                end = next + 1;
                break;
            }
            next++;
            if (next === n) {
                throw this.fail('Unterminated string starting at', begin - 1);
            }
            const esc = s.charAt(next);
            if (esc !== 'u') {
                end = next + 1;
                const decoded = SIMPLE_ESCAPES[esc];
                if (decoded === undefined)
                    throw this.fail('Invalid \\escape', end - 2);
                chunks.push(decoded);
                continue;
            }
            next++;
            end = next + 4;
            if (end >= n)
                throw this.fail('Invalid \\uXXXX escape', next - 1);
            const unit = this.hex4(next, end - 5);
            chunks.push(String.fromCharCode(unit));
            // A high surrogate followed by an escaped low one is one code point;
            // in UTF-16 that is just the two units side by side.
            if (unit >= 0xd800 &&
                unit <= 0xdbff &&
                end + 6 < n &&
                s.charCodeAt(end) === BACKSLASH &&
                s.charCodeAt(end + 1) === 0x75) {
                const low = this.hex4(end + 2, end + 1);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    chunks.push(String.fromCharCode(low));
                    end += 6;
                }
            }
        }
        this.end = end;
        return chunks.length === 1 ? (chunks[0] ?? '') : chunks.join('');
    }
    /** Four hex digits at `from`; an error names `errorAt` (the `u`). */
    hex4(from, errorAt) {
        let value = 0;
        for (let i = from; i < from + 4; i++) {
            const digit = hexValue(this.s.charCodeAt(i));
            if (digit < 0)
                throw this.fail('Invalid \\uXXXX escape', errorAt);
            value = (value << 4) | digit;
        }
        return value;
    }
    /** `_parse_object_unicode`: `start` is just past `{`. */
    parseObject(start) {
        const { s, n } = this;
        const result = new Map();
        let idx = this.skipWhitespace(start);
        if (idx >= n || s.charCodeAt(idx) !== 0x7d) {
            for (;;) {
                if (idx >= n || s.charCodeAt(idx) !== QUOTE) {
                    throw this.fail('Expecting property name enclosed in double quotes', idx);
                }
                const key = this.scanString(idx + 1);
                idx = this.skipWhitespace(this.end);
                if (idx >= n || s.charCodeAt(idx) !== 0x3a) {
                    throw this.fail("Expecting ':' delimiter", idx);
                }
                idx = this.skipWhitespace(idx + 1);
                // Python dict assignment: a repeated key keeps its first position
                // and takes the last value, which is what Map.set does.
                result.set(key, this.scanOnce(idx));
                idx = this.skipWhitespace(this.end);
                if (idx < n && s.charCodeAt(idx) === 0x7d)
                    break;
                if (idx >= n || s.charCodeAt(idx) !== 0x2c) {
                    throw this.fail("Expecting ',' delimiter", idx);
                }
                idx = this.skipWhitespace(idx + 1);
            }
        }
        this.end = idx + 1;
        return result;
    }
    /** `_parse_array_unicode`: `start` is just past `[`. */
    parseArray(start) {
        const { s, n } = this;
        const result = [];
        let idx = this.skipWhitespace(start);
        if (idx >= n || s.charCodeAt(idx) !== 0x5d) {
            for (;;) {
                result.push(this.scanOnce(idx));
                idx = this.skipWhitespace(this.end);
                if (idx < n && s.charCodeAt(idx) === 0x5d)
                    break;
                if (idx >= n || s.charCodeAt(idx) !== 0x2c) {
                    throw this.fail("Expecting ',' delimiter", idx);
                }
                idx = this.skipWhitespace(idx + 1);
            }
        }
        this.end = idx + 1;
        return result;
    }
}
/**
 * Python `json.loads(text)` with default arguments. Objects become Maps
 * (a repeated key keeps its first position and its last value), ints
 * bigints, floats numbers (`1e400` → Infinity; NaN/Infinity/-Infinity
 * accepted).
 *
 * @throws PyJsonDecodeError for malformed JSON, with Python's message and
 *   code-point positions; PyError('ValueError') for an int of more than
 *   4300 digits; PyError('RecursionError') past PY_JSON_MAX_DEPTH levels.
 */
function pyJsonLoads(text) {
    if (text.startsWith('\ufeff')) {
        throw PyJsonDecodeError.at('Unexpected UTF-8 BOM (decode using utf-8-sig)', text, 0);
    }
    return new Scanner(text).decode();
}
const SHORT_ESCAPES = {
    0x22: '\\"',
    0x5c: '\\\\',
    0x08: '\\b',
    0x0c: '\\f',
    0x0a: '\\n',
    0x0d: '\\r',
    0x09: '\\t'
};
/** Printable ASCII other than `"` and `\`: written as is. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
/**
 * `ascii_escape_unicode`: `\"`, `\\`, `\b\f\n\r\t`, everything else outside
 * ' '..'~' as `\uxxxx` (lower-case hex). Astral characters become surrogate
 * pairs, which is each UTF-16 unit escaped on its own.
 */
function pyJsonEncodeString(s) {
    if (PLAIN_ASCII.test(s))
        return `"${s}"`;
    const out = ['"'];
    let runStart = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c)
            continue;
        if (i > runStart)
            out.push(s.slice(runStart, i));
        out.push(SHORT_ESCAPES[c] ?? `\\u${c.toString(16).padStart(4, '0')}`);
        runStart = i + 1;
    }
    if (s.length > runStart)
        out.push(s.slice(runStart));
    out.push('"');
    return out.join('');
}
function encodeFloat(x) {
    if (Number.isNaN(x))
        return 'NaN';
    if (x === Infinity)
        return 'Infinity';
    if (x === -Infinity)
        return '-Infinity';
    return pyFloatRepr(x);
}
/**
 * Python `json.dumps(value)`: ensure_ascii, `', '`/`': '` separators unless
 * given, floats by Python repr, NaN/Infinity as bare words.
 *
 * @throws PyError('ValueError') for an int of more than 4300 digits or a
 *   container that contains itself.
 */
function pyJsonDumps(value, options = {}) {
    const [itemSep, keySep] = options.separators ?? [', ', ': '];
    const sortKeys = options.sortKeys ?? false;
    const out = [];
    const active = new Set();
    const enter = (container) => {
        if (active.has(container)) {
            throw new errors_PyError('ValueError', 'Circular reference detected');
        }
        active.add(container);
    };
    const write = (v) => {
        if (v === null)
            out.push('null');
        else if (v === true)
            out.push('true');
        else if (v === false)
            out.push('false');
        else if (typeof v === 'bigint')
            out.push(pyIntStr(v));
        else if (typeof v === 'number')
            out.push(encodeFloat(v));
        else if (typeof v === 'string')
            out.push(pyJsonEncodeString(v));
        else if (Array.isArray(v)) {
            if (v.length === 0) {
                out.push('[]');
                return;
            }
            enter(v);
            out.push('[');
            v.forEach((item, i) => {
                if (i > 0)
                    out.push(itemSep);
                write(item);
            });
            out.push(']');
            active.delete(v);
        }
        else {
            if (v.size === 0) {
                out.push('{}');
                return;
            }
            enter(v);
            let entries = [...v];
            if (sortKeys)
                entries = entries.sort(([a], [b]) => pyStrCompare(a, b));
            out.push('{');
            entries.forEach(([key, item], i) => {
                if (i > 0)
                    out.push(itemSep);
                out.push(pyJsonEncodeString(key), keySep);
                write(item);
            });
            out.push('}');
            active.delete(v);
        }
    };
    write(value);
    return out.join('');
}
/**
 * A PyValue from a JS value (e.g. `JSON.parse` output): plain objects and
 * Maps become PyDicts, safe integers become ints (bigint), other numbers
 * floats. JSON.parse has already lost `1.0` vs `1` and big-int precision;
 * use pyJsonLoads on the text when that matters.
 *
 * @throws PyError('TypeError') for undefined, functions, symbols and other
 *   values JSON cannot hold.
 */
function toPyValue(jsValue) {
    if (jsValue === null || typeof jsValue === 'boolean')
        return jsValue;
    if (typeof jsValue === 'bigint' || typeof jsValue === 'string') {
        return jsValue;
    }
    if (typeof jsValue === 'number') {
        return Number.isSafeInteger(jsValue) ? BigInt(jsValue) : jsValue;
    }
    if (Array.isArray(jsValue))
        return jsValue.map((item) => toPyValue(item));
    if (jsValue instanceof Map) {
        const result = new Map();
        for (const [key, item] of jsValue) {
            if (typeof key !== 'string') {
                throw new PyError('TypeError', `keys must be str, not ${typeof key}`);
            }
            result.set(key, toPyValue(item));
        }
        return result;
    }
    if (typeof jsValue === 'object') {
        const result = new Map();
        for (const [key, item] of Object.entries(jsValue)) {
            result.set(key, toPyValue(item));
        }
        return result;
    }
    throw new PyError('TypeError', `Object of type ${typeof jsValue} is not JSON serializable`);
}
/**
 * A plain JS value from a PyValue: PyDicts become plain objects (own
 * properties, `__proto__` included), ints numbers when they are safe
 * integers and stay bigints otherwise (so no precision is lost silently).
 */
function fromPyValue(v) {
    if (typeof v === 'bigint') {
        const asNumber = Number(v);
        return Number.isSafeInteger(asNumber) ? asNumber : v;
    }
    if (Array.isArray(v))
        return v.map(fromPyValue);
    if (v instanceof Map) {
        return Object.fromEntries([...v].map(([key, item]) => [key, fromPyValue(item)]));
    }
    return v;
}

;// CONCATENATED MODULE: ./src/core/airflow/python/regex.ts
/**
 * Python `re` patterns (CPython 3.11 `re._parser` / `re._compiler`
 * semantics, str patterns) evaluated with JavaScript regular expressions.
 *
 * The pattern is parsed exactly as Python parses it, so every pattern Python
 * rejects raises a `PyError('re.error', ...)` with Python's message and
 * position. The parse tree is then translated to an equivalent JavaScript
 * `u`-mode RegExp (plus `i` for IGNORECASE). `.`, `^`, `$`, `\b`, `\w`,
 * `\d` and `\s` are spelled out so that Python's definitions apply, and the
 * case-insensitive differences found by comparing every code point with
 * CPython are handled: Python treats I, i, U+0130 and U+0131 as one case
 * class, and a set range reaching past U+FFFF also accepts a few characters
 * through their full upper-case mapping (see RANGE_UPPER_QUIRK).
 *
 * Constructs without a faithful translation raise `PyRegexUnsupportedError`
 * instead of a guess: possessive quantifiers, atomic groups, conditionals,
 * `\N{...}`, scoped flags that change IGNORECASE, ASCII-only case folding,
 * case-insensitive backreferences, backreferences to groups that may not
 * take part in the match (JavaScript matches those as empty, Python fails),
 * and case-insensitive sets holding an upper-case character beyond U+FFFF
 * (CPython fixed its handling in gh-126505, so versions disagree).
 *
 * Known, documented residual differences (not detectable from the pattern):
 * - Unicode version: `\w`, `\d`, `\b` and case folding follow the Unicode
 *   database of the JavaScript engine, which may be newer than Python's
 *   (Python 3.11 uses Unicode 14); only characters unassigned in the older
 *   version differ.
 * - With IGNORECASE, JavaScript folds U+0345 COMBINING GREEK YPOGEGRAMMENI to
 *   a Greek iota, so `\w` (and `\b`) treat U+0345 as a word character where
 *   Python does not.
 */

/**
 * The pattern could not be decided within the engine's budget: it backtracks
 * catastrophically on this subject, as CPython's backtracking engine would
 * (Python would hang too). Once out of budget, a pattern stays undecided.
 */
class PyRegexBudgetError extends Error {
    name = 'PyRegexBudgetError';
    pattern;
    constructor(pattern) {
        super('could not be evaluated within the time budget: it backtracks catastrophically (nested or repeated quantifiers), and Python would hang on it too');
        this.pattern = pattern;
    }
}
/** Valid Python that has no faithful JavaScript translation. */
class PyRegexUnsupportedError extends Error {
    name = 'PyRegexUnsupportedError';
    construct;
    position;
    constructor(construct, position) {
        super(`uses a Python regex construct that cannot be checked here: ${construct} at position ${position}`);
        this.construct = construct;
        this.position = position;
    }
}
// ---------------------------------------------------------------- flags
const F_I = 2;
const F_L = 4;
const F_M = 8;
const F_S = 16;
const F_U = 32;
const F_X = 64;
const F_A = 256;
const F_T = 1;
const FLAGS = {
    i: F_I,
    L: F_L,
    m: F_M,
    s: F_S,
    x: F_X,
    a: F_A,
    t: F_T,
    u: F_U
};
const isFlag = (c) => Object.hasOwn(FLAGS, c);
const TYPE_FLAGS = F_A | F_L | F_U;
const GLOBAL_FLAGS = F_T; // SRE_FLAG_DEBUG (128) cannot be set inline
const MAXREPEAT = 4294967295;
const MAXGROUPS = 1073741823;
const MAXCODE = 4294967295;
const MAXWIDTH = 2 ** 64;
// ---------------------------------------------------------------- errors
function regex_pyRepr(s) {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of s) {
        const cp = ch.codePointAt(0) ?? 0;
        if (ch === quote || ch === '\\')
            out += '\\' + ch;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (ch !== ' ' && /[\p{C}\p{Z}]/u.test(ch)) {
            const hex = cp.toString(16);
            if (cp < 0x100)
                out += '\\x' + hex.padStart(2, '0');
            else if (cp < 0x10000)
                out += '\\u' + hex.padStart(4, '0');
            else
                out += '\\U' + hex.padStart(8, '0');
        }
        else
            out += ch;
    }
    return out + quote;
}
function reError(msg, pattern, pos) {
    if (pos === undefined)
        return new errors_PyError('re.error', msg);
    let text = `${msg} at position ${pos}`;
    if (pattern.includes('\n')) {
        const before = pattern.slice(0, pos);
        const line = before.filter((c) => c === '\n').length + 1;
        const col = pos - before.lastIndexOf('\n');
        text += ` (line ${line}, column ${col})`;
    }
    return new errors_PyError('re.error', text);
}
// ---------------------------------------------------------------- parser
const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const SPECIAL_CHARS = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';
const WHITESPACE = ' \t\n\r\v\f';
const isAsciiLetter = (c) => /^[A-Za-z]$/.test(c);
const isIn = (c, set) => c !== null && c.length === 1 && set.includes(c);
const isIdentifier = (s) => /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s);
class Tokenizer {
    chars;
    index = 0;
    next = null;
    constructor(pattern) {
        this.chars = Array.from(pattern);
        this.advance();
    }
    advance() {
        let index = this.index;
        const char = this.chars[index];
        if (char === undefined) {
            this.next = null;
            return;
        }
        let tok = char;
        if (char === '\\') {
            index += 1;
            const c2 = this.chars[index];
            if (c2 === undefined) {
                throw reError('bad escape (end of pattern)', this.chars, this.chars.length - 1);
            }
            tok += c2;
        }
        this.index = index + 1;
        this.next = tok;
    }
    match(char) {
        if (char === this.next) {
            this.advance();
            return true;
        }
        return false;
    }
    get() {
        const t = this.next;
        this.advance();
        return t;
    }
    getwhile(n, charset) {
        let result = '';
        for (let i = 0; i < n; i++) {
            const c = this.next;
            if (!isIn(c, charset))
                break;
            result += c ?? '';
            this.advance();
        }
        return result;
    }
    getuntil(terminator, name) {
        let result = '';
        for (;;) {
            const c = this.next;
            this.advance();
            if (c === null) {
                if (!result)
                    throw this.error('missing ' + name);
                throw this.error(`missing ${terminator}, unterminated name`, Array.from(result).length);
            }
            if (c === terminator) {
                if (!result)
                    throw this.error('missing ' + name, 1);
                break;
            }
            result += c;
        }
        return result;
    }
    tell() {
        return this.index - (this.next === null ? 0 : Array.from(this.next).length);
    }
    seek(index) {
        this.index = index;
        this.advance();
    }
    error(msg, offset = 0) {
        return reError(msg, this.chars, this.tell() - offset);
    }
    slice(from, to) {
        return this.chars.slice(from, to).join('');
    }
    checkgroupname(name, offset) {
        if (!isIdentifier(name)) {
            throw this.error(`bad character in group name ${regex_pyRepr(name)}`, Array.from(name).length + offset);
        }
    }
}
class State {
    flags = 0;
    groupdict = new Map();
    groupwidths = [null];
    lookbehindgroups = null;
    grouprefpos = new Map();
    get groups() {
        return this.groupwidths.length;
    }
    opengroup(name) {
        const gid = this.groups;
        this.groupwidths.push(null);
        if (this.groups > MAXGROUPS)
            throw new Error('too many groups');
        if (name !== null) {
            const ogid = this.groupdict.get(name);
            if (ogid !== undefined) {
                throw new Error(`redefinition of group name ${regex_pyRepr(name)} as group ${gid}; was group ${ogid}`);
            }
            this.groupdict.set(name, gid);
        }
        return gid;
    }
    closegroup(gid, p) {
        this.groupwidths[gid] = getwidth(p, this);
    }
    checkgroup(gid) {
        return gid < this.groups && this.groupwidths[gid] != null;
    }
    checklookbehindgroup(gid, source) {
        if (this.lookbehindgroups !== null) {
            if (!this.checkgroup(gid)) {
                throw source.error('cannot refer to an open group');
            }
            if (gid >= this.lookbehindgroups) {
                throw source.error('cannot refer to group defined in the same lookbehind subpattern');
            }
        }
    }
}
function getwidth(p, state) {
    let lo = 0;
    let hi = 0;
    for (const node of p) {
        switch (node.t) {
            case 'branch': {
                let i = MAXWIDTH;
                let j = 0;
                for (const alt of node.alts) {
                    const [l, h] = getwidth(alt, state);
                    i = Math.min(i, l);
                    j = Math.max(j, h);
                }
                lo += i;
                hi += j;
                break;
            }
            case 'atomic':
            case 'group': {
                const [i, j] = getwidth(node.body, state);
                lo += i;
                hi += j;
                break;
            }
            case 'repeat': {
                const [i, j] = getwidth(node.item, state);
                lo += i * node.min;
                hi = node.max === MAXREPEAT && j ? MAXWIDTH : hi + j * node.max;
                break;
            }
            case 'lit':
            case 'notlit':
            case 'in':
            case 'any':
                lo += 1;
                hi += 1;
                break;
            case 'ref': {
                const [i, j] = state.groupwidths[node.gid] ?? [0, 0];
                lo += i;
                hi += j;
                break;
            }
            case 'cond': {
                let [i, j] = getwidth(node.yes, state);
                if (node.no) {
                    const [l, h] = getwidth(node.no, state);
                    i = Math.min(i, l);
                    j = Math.max(j, h);
                }
                else
                    i = 0;
                lo += i;
                hi += j;
                break;
            }
            default:
                break;
        }
    }
    return [Math.min(lo, MAXWIDTH), Math.min(hi, MAXWIDTH)];
}
const ESCAPES = {
    '\\a': 7,
    '\\b': 8,
    '\\f': 12,
    '\\n': 10,
    '\\r': 13,
    '\\t': 9,
    '\\v': 11,
    '\\\\': 92
};
const CATEGORIES = {
    '\\A': { t: 'at', at: 'beginString' },
    '\\b': { t: 'at', at: 'boundary' },
    '\\B': { t: 'at', at: 'nonBoundary' },
    '\\d': { t: 'cat', cat: 'd' },
    '\\D': { t: 'cat', cat: 'D' },
    '\\s': { t: 'cat', cat: 's' },
    '\\S': { t: 'cat', cat: 'S' },
    '\\w': { t: 'cat', cat: 'w' },
    '\\W': { t: 'cat', cat: 'W' },
    '\\Z': { t: 'at', at: 'endString' }
};
/** \x, \u, \U and \N, shared by both escape contexts; undefined if none. */
function unicodeEscape(source, escape) {
    const c = escape.slice(1);
    const fixed = (n) => {
        const full = escape + source.getwhile(n, HEXDIGITS);
        if (full.length !== n + 2) {
            throw source.error(`incomplete escape ${full}`, full.length);
        }
        const cp = parseInt(full.slice(2), 16);
        if (cp > 0x10ffff)
            throw source.error(`bad escape ${full}`, full.length);
        return { t: 'lit', cp };
    };
    if (c === 'x')
        return fixed(2);
    if (c === 'u')
        return fixed(4);
    if (c === 'U')
        return fixed(8);
    if (c === 'N') {
        if (!source.match('{'))
            throw source.error('missing {');
        source.getuntil('}', 'character name');
        return { t: 'named', pos: source.tell() };
    }
    return undefined;
}
function classEscape(source, escape) {
    const lit = ESCAPES[escape];
    if (lit !== undefined)
        return { t: 'lit', cp: lit };
    const cat = CATEGORIES[escape];
    if (cat?.t === 'cat')
        return cat;
    const uni = unicodeEscape(source, escape);
    if (uni)
        return uni;
    const c = escape.slice(1);
    if (isIn(c, OCTDIGITS)) {
        const full = escape + source.getwhile(2, OCTDIGITS);
        const cp = parseInt(full.slice(1), 8);
        if (cp > 0o377) {
            throw source.error(`octal escape value ${full} outside of range 0-0o377`, full.length);
        }
        return { t: 'lit', cp };
    }
    if (!isIn(c, DIGITS) && escape.length === 2 && !isAsciiLetter(c)) {
        return { t: 'lit', cp: c.codePointAt(0) ?? 0 };
    }
    throw source.error(`bad escape ${escape}`, Array.from(escape).length);
}
function escapeCode(source, escape, state) {
    const cat = CATEGORIES[escape];
    if (cat)
        return cat;
    const lit = ESCAPES[escape];
    if (lit !== undefined)
        return { t: 'lit', cp: lit };
    const uni = unicodeEscape(source, escape);
    if (uni)
        return uni;
    const c = escape.slice(1);
    if (c === '0') {
        const full = escape + source.getwhile(2, OCTDIGITS);
        return { t: 'lit', cp: parseInt(full.slice(1), 8) };
    }
    if (isIn(c, DIGITS)) {
        let full = escape;
        if (isIn(source.next, DIGITS)) {
            full += source.get() ?? '';
            if (isIn(full[1] ?? null, OCTDIGITS) &&
                isIn(full[2] ?? null, OCTDIGITS) &&
                isIn(source.next, OCTDIGITS)) {
                full += source.get() ?? '';
                const cp = parseInt(full.slice(1), 8);
                if (cp > 0o377) {
                    throw source.error(`octal escape value ${full} outside of range 0-0o377`, full.length);
                }
                return { t: 'lit', cp };
            }
        }
        const group = parseInt(full.slice(1), 10);
        if (group < state.groups) {
            if (!state.checkgroup(group)) {
                throw source.error('cannot refer to an open group', full.length);
            }
            state.checklookbehindgroup(group, source);
            return { t: 'ref', gid: group };
        }
        throw source.error(`invalid group reference ${group}`, full.length - 1);
    }
    if (escape.length === 2 && !isAsciiLetter(c)) {
        return { t: 'lit', cp: c.codePointAt(0) ?? 0 };
    }
    throw source.error(`bad escape ${escape}`, Array.from(escape).length);
}
function parseSub(source, state, verbose, nested) {
    const items = [];
    const start = source.tell();
    for (;;) {
        items.push(parse(source, state, verbose, nested + 1, !nested && !items.length));
        if (!source.match('|'))
            break;
        if (!nested)
            verbose = (state.flags & F_X) !== 0;
    }
    if (items.length === 1)
        return items[0] ?? [];
    const out = [];
    // Python moves a prefix shared by all alternatives out of the branch.
    for (;;) {
        const prefix = items[0]?.[0];
        if (!prefix || !items.every((it) => sameNode(it[0], prefix)))
            break;
        for (const it of items)
            it.shift();
        out.push(prefix);
    }
    // ... and turns alternatives of single characters or sets into one set.
    const set = [];
    for (const it of items) {
        const only = it.length === 1 ? it[0] : undefined;
        if (only?.t === 'lit')
            set.push({ t: 'lit', cp: only.cp });
        else if (only?.t === 'in' && !only.negate)
            set.push(...only.items);
        else {
            out.push({ t: 'branch', alts: items });
            return out;
        }
    }
    out.push({ t: 'in', negate: false, items: uniq(set), pos: start });
    return out;
}
/** Python's tuple equality of simple opcodes; sub-patterns never compare equal. */
function sameNode(a, b) {
    if (!a || a.t !== b.t)
        return false;
    switch (b.t) {
        case 'lit':
        case 'notlit':
            return a.t === b.t && a.cp === b.cp;
        case 'any':
            return true;
        case 'at':
            return a.t === 'at' && a.at === b.at;
        case 'in':
            return (a.t === 'in' &&
                a.negate === b.negate &&
                JSON.stringify(a.items) === JSON.stringify(b.items));
        default:
            return false;
    }
}
function uniq(items) {
    const seen = new Set();
    return items.filter((item) => {
        const key = JSON.stringify(item);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function parseFlags(source, state, first) {
    let char = first;
    let add = 0;
    let del = 0;
    if (char !== '-') {
        for (;;) {
            const flag = FLAGS[char] ?? 0;
            if (char === 'L') {
                throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
            }
            add |= flag;
            if (flag & TYPE_FLAGS && (add & TYPE_FLAGS) !== flag) {
                throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
            }
            char = source.get();
            if (char === null)
                throw source.error('missing -, : or )');
            if (')-:'.includes(char))
                break;
            if (!isFlag(char)) {
                const msg = /^\p{L}+$/u.test(char)
                    ? 'unknown flag'
                    : 'missing -, : or )';
                throw source.error(msg, Array.from(char).length);
            }
        }
    }
    if (char === ')') {
        state.flags |= add;
        return null;
    }
    if (add & GLOBAL_FLAGS) {
        throw source.error('bad inline flags: cannot turn on global flag', 1);
    }
    if (char === '-') {
        char = source.get();
        if (char === null)
            throw source.error('missing flag');
        if (!isFlag(char)) {
            const msg = /^\p{L}+$/u.test(char) ? 'unknown flag' : 'missing flag';
            throw source.error(msg, Array.from(char).length);
        }
        for (;;) {
            const flag = FLAGS[char] ?? 0;
            if (flag & TYPE_FLAGS) {
                throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            }
            del |= flag;
            char = source.get();
            if (char === null)
                throw source.error('missing :');
            if (char === ':')
                break;
            if (!isFlag(char)) {
                const msg = /^\p{L}+$/u.test(char) ? 'unknown flag' : 'missing :';
                throw source.error(msg, Array.from(char).length);
            }
        }
    }
    if (del & GLOBAL_FLAGS) {
        throw source.error('bad inline flags: cannot turn off global flag', 1);
    }
    if (add & del) {
        throw source.error('bad inline flags: flag turned on and off', 1);
    }
    return [add, del];
}
/** Python's int() on a group-name string, or undefined. */
function pyInt(s) {
    const m = /^\s*([+-]?)(\p{Nd}+(?:_\p{Nd}+)*)\s*$/u.exec(s);
    if (!m)
        return undefined;
    const digits = Array.from((m[2] ?? '').replaceAll('_', ''))
        .map((d) => String(/\p{Nd}/u.test(d) ? digitValue(d) : 0))
        .join('');
    const v = Number(digits);
    return m[1] === '-' ? -v : v;
}
function digitValue(d) {
    // Unicode decimal digits come in aligned runs of ten starting at zero.
    const cp = d.codePointAt(0) ?? 0;
    let z = cp;
    while (z > 0 && /\p{Nd}/u.test(String.fromCodePoint(z - 1)))
        z--;
    return (cp - z) % 10;
}
function classCode(source, tok) {
    if (!tok.startsWith('\\'))
        return { t: 'lit', cp: tok.codePointAt(0) ?? 0 };
    const pos = source.tell() - 2;
    const code = classEscape(source, tok);
    return code.t === 'named' ? { t: 'named', pos } : code;
}
function parseClass(source, nodes) {
    const here = source.tell() - 1;
    const set = [];
    const negate = source.match('^');
    for (;;) {
        const thisTok = source.get();
        if (thisTok === null) {
            throw source.error('unterminated character set', source.tell() - here);
        }
        if (thisTok === ']' && set.length)
            break;
        const code1 = classCode(source, thisTok);
        if (source.match('-')) {
            const that = source.get();
            if (that === null) {
                throw source.error('unterminated character set', source.tell() - here);
            }
            if (that === ']') {
                set.push(toSetItem(code1));
                set.push({ t: 'lit', cp: 0x2d });
                break;
            }
            const code2 = classCode(source, that);
            const msg = `bad character range ${thisTok}-${that}`;
            const off = Array.from(thisTok).length + 1 + Array.from(that).length;
            // A \N{...} end is a literal in Python; its order cannot be checked.
            if (code1.t === 'named')
                set.push(code1);
            else if (code2.t === 'named')
                set.push(code2);
            else if (code1.t !== 'lit' || code2.t !== 'lit') {
                throw source.error(msg, off);
            }
            else if (code2.cp < code1.cp)
                throw source.error(msg, off);
            else
                set.push({ t: 'range', lo: code1.cp, hi: code2.cp });
        }
        else {
            set.push(toSetItem(code1));
        }
    }
    const unique = uniq(set);
    const only = unique[0];
    if (unique.length === 1 && only?.t === 'lit') {
        nodes.push(negate ? { t: 'notlit', cp: only.cp } : { t: 'lit', cp: only.cp });
    }
    else {
        nodes.push({ t: 'in', negate, items: unique, pos: here });
    }
}
function toSetItem(code) {
    if (code.t === 'lit')
        return { t: 'lit', cp: code.cp };
    if (code.t === 'cat')
        return { t: 'cat', cat: code.cat };
    if (code.t === 'named')
        return code;
    throw new Error('unreachable set item');
}
function parse(source, state, verbose, nested, first = false) {
    const sub = [];
    for (;;) {
        const thisTok = source.next;
        if (thisTok === null)
            break;
        if (thisTok === '|' || thisTok === ')')
            break;
        const start0 = source.tell();
        source.get();
        if (verbose) {
            if (isIn(thisTok, WHITESPACE))
                continue;
            if (thisTok === '#') {
                for (;;) {
                    const c = source.get();
                    if (c === null || c === '\n')
                        break;
                }
                continue;
            }
        }
        if (thisTok.startsWith('\\')) {
            const code = escapeCode(source, thisTok, state);
            if (code.t === 'lit')
                sub.push({ t: 'lit', cp: code.cp });
            else if (code.t === 'cat')
                sub.push({
                    t: 'in',
                    negate: false,
                    items: [{ t: 'cat', cat: code.cat }],
                    pos: start0
                });
            else if (code.t === 'at')
                sub.push({ t: 'at', at: code.at });
            else if (code.t === 'ref')
                sub.push({ t: 'ref', gid: code.gid, pos: start0 });
            else
                sub.push({ t: 'named', pos: start0 });
        }
        else if (!SPECIAL_CHARS.includes(thisTok)) {
            sub.push({ t: 'lit', cp: thisTok.codePointAt(0) ?? 0 });
        }
        else if (thisTok === '[') {
            parseClass(source, sub);
        }
        else if (REPEAT_CHARS.includes(thisTok)) {
            const here = source.tell();
            let min;
            let max;
            if (thisTok === '?')
                [min, max] = [0, 1];
            else if (thisTok === '*')
                [min, max] = [0, MAXREPEAT];
            else if (thisTok === '+')
                [min, max] = [1, MAXREPEAT];
            else {
                if (source.next === '}') {
                    sub.push({ t: 'lit', cp: 0x7b });
                    continue;
                }
                ;
                [min, max] = [0, MAXREPEAT];
                let lo = '';
                let hi = '';
                while (isIn(source.next, DIGITS))
                    lo += source.get() ?? '';
                if (source.match(',')) {
                    while (isIn(source.next, DIGITS))
                        hi += source.get() ?? '';
                }
                else
                    hi = lo;
                if (!source.match('}')) {
                    sub.push({ t: 'lit', cp: 0x7b });
                    source.seek(here);
                    continue;
                }
                if (lo) {
                    min = repeatNumber(lo);
                }
                if (hi) {
                    max = repeatNumber(hi);
                    if (max < min) {
                        throw source.error('min repeat greater than max repeat', source.tell() - here);
                    }
                }
            }
            const last = sub[sub.length - 1];
            const err = source.tell() - here + thisTok.length;
            if (last === undefined || last.t === 'at') {
                throw source.error('nothing to repeat', err);
            }
            if (last.t === 'repeat')
                throw source.error('multiple repeat', err);
            let item = [last];
            if (last.t === 'group' && last.gid === null && !last.add && !last.del) {
                item = last.body;
            }
            let kind = 'greedy';
            if (source.match('?'))
                kind = 'lazy';
            else if (source.match('+'))
                kind = 'possessive';
            sub[sub.length - 1] = {
                t: 'repeat',
                min,
                max,
                kind,
                item,
                pos: here - 1,
                text: source.slice(here - 1, source.tell())
            };
        }
        else if (thisTok === '.') {
            sub.push({ t: 'any' });
        }
        else if (thisTok === '(') {
            const node = parseGroup(source, state, verbose, nested, first, sub);
            if (node === 'flags')
                verbose = (state.flags & F_X) !== 0;
            else if (node)
                sub.push(node);
        }
        else if (thisTok === '^') {
            sub.push({ t: 'at', at: 'begin' });
        }
        else {
            sub.push({ t: 'at', at: 'end' });
        }
    }
    // unpack non-capturing groups without flags
    const out = [];
    for (const node of sub) {
        if (node.t === 'group' && node.gid === null && !node.add && !node.del) {
            out.push(...node.body);
        }
        else
            out.push(node);
    }
    return out;
}
function repeatNumber(digits) {
    const n = BigInt(digits);
    if (n >= BigInt(MAXREPEAT)) {
        throw new errors_PyError('OverflowError', 'the repetition number is too large');
    }
    return Number(n);
}
function parseGroup(source, state, verbose, nested, first, sub) {
    const start = source.tell() - 1;
    let capture = true;
    let atomic = false;
    let name = null;
    let add = 0;
    let del = 0;
    if (source.match('?')) {
        const char = source.get();
        if (char === null)
            throw source.error('unexpected end of pattern');
        if (char === 'P') {
            if (source.match('<')) {
                name = source.getuntil('>', 'group name');
                source.checkgroupname(name, 1);
            }
            else if (source.match('=')) {
                const ref = source.getuntil(')', 'group name');
                source.checkgroupname(ref, 1);
                const gid = state.groupdict.get(ref);
                const off = Array.from(ref).length + 1;
                if (gid === undefined) {
                    throw source.error(`unknown group name ${regex_pyRepr(ref)}`, off);
                }
                if (!state.checkgroup(gid)) {
                    throw source.error('cannot refer to an open group', off);
                }
                state.checklookbehindgroup(gid, source);
                return { t: 'ref', gid, pos: start };
            }
            else {
                const c = source.get();
                if (c === null)
                    throw source.error('unexpected end of pattern');
                throw source.error('unknown extension ?P' + c, Array.from(c).length + 2);
            }
        }
        else if (char === ':') {
            capture = false;
        }
        else if (char === '#') {
            for (;;) {
                if (source.next === null) {
                    throw source.error('missing ), unterminated comment', source.tell() - start);
                }
                if (source.get() === ')')
                    break;
            }
            return null;
        }
        else if ('=!<'.includes(char)) {
            let c = char;
            let behind = false;
            let saved = null;
            if (c === '<') {
                c = source.get();
                if (c === null)
                    throw source.error('unexpected end of pattern');
                if (!'=!'.includes(c)) {
                    throw source.error('unknown extension ?<' + c, Array.from(c).length + 2);
                }
                behind = true;
                saved = state.lookbehindgroups;
                if (saved === null)
                    state.lookbehindgroups = state.groups;
            }
            const p = parseSub(source, state, verbose, nested + 1);
            if (behind && saved === null)
                state.lookbehindgroups = null;
            if (!source.match(')')) {
                throw source.error('missing ), unterminated subpattern', source.tell() - start);
            }
            return { t: 'assert', negative: c === '!', behind, body: p };
        }
        else if (char === '(') {
            return parseCondition(source, state, verbose, nested, start);
        }
        else if (char === '>') {
            capture = false;
            atomic = true;
        }
        else if (isFlag(char) || char === '-') {
            const flags = parseFlags(source, state, char);
            if (flags === null) {
                if (!first || sub.length) {
                    throw source.error('global flags not at the start of the expression', source.tell() - start);
                }
                return 'flags';
            }
            ;
            [add, del] = flags;
            capture = false;
        }
        else {
            throw source.error('unknown extension ?' + char, Array.from(char).length + 1);
        }
    }
    const headerEnd = source.tell();
    let group = null;
    if (capture) {
        try {
            group = state.opengroup(name);
        }
        catch (err) {
            const msg = err instanceof Error ? err.message : String(err);
            throw source.error(msg, Array.from(name ?? '').length + 1);
        }
    }
    const subVerbose = (verbose || (add & F_X) !== 0) && !(del & F_X);
    const p = parseSub(source, state, subVerbose, nested + 1);
    if (!source.match(')')) {
        throw source.error('missing ), unterminated subpattern', source.tell() - start);
    }
    if (group !== null)
        state.closegroup(group, p);
    if (atomic)
        return { t: 'atomic', body: p, pos: start };
    return {
        t: 'group',
        gid: group,
        add,
        del,
        body: p,
        pos: start,
        text: source.slice(start, headerEnd)
    };
}
function parseCondition(source, state, verbose, nested, start) {
    const condname = source.getuntil(')', 'group name');
    const off = Array.from(condname).length + 1;
    let condgroup;
    if (isIdentifier(condname)) {
        source.checkgroupname(condname, 1);
        const g = state.groupdict.get(condname);
        if (g === undefined) {
            throw source.error(`unknown group name ${regex_pyRepr(condname)}`, off);
        }
        condgroup = g;
    }
    else {
        const g = pyInt(condname);
        if (g === undefined || g < 0) {
            throw source.error(`bad character in group name ${regex_pyRepr(condname)}`, off);
        }
        if (!g)
            throw source.error('bad group number', off);
        if (g >= MAXGROUPS)
            throw source.error(`invalid group reference ${g}`, off);
        if (!state.grouprefpos.has(g)) {
            state.grouprefpos.set(g, source.tell() - off);
        }
        condgroup = g;
    }
    state.checklookbehindgroup(condgroup, source);
    const yes = parse(source, state, verbose, nested + 1);
    let no = null;
    if (source.match('|')) {
        no = parse(source, state, verbose, nested + 1);
        if (source.next === '|') {
            throw source.error('conditional backref with more than two branches');
        }
    }
    if (!source.match(')')) {
        throw source.error('missing ), unterminated subpattern', source.tell() - start);
    }
    return { t: 'cond', pos: start, yes, no };
}
/** Python's compile-time checks: fixed-width look-behind. */
function checkCompile(nodes, state) {
    for (const node of nodes) {
        switch (node.t) {
            case 'assert':
                if (node.behind) {
                    const [lo, hi] = getwidth(node.body, state);
                    if (lo > MAXCODE)
                        throw new errors_PyError('re.error', 'looks too much behind');
                    if (lo !== hi) {
                        throw new errors_PyError('re.error', 'look-behind requires fixed-width pattern');
                    }
                }
                checkCompile(node.body, state);
                break;
            case 'group':
            case 'atomic':
                checkCompile(node.body, state);
                break;
            case 'repeat':
                checkCompile(node.item, state);
                break;
            case 'branch':
                for (const alt of node.alts)
                    checkCompile(alt, state);
                break;
            case 'cond':
                checkCompile(node.yes, state);
                if (node.no)
                    checkCompile(node.no, state);
                break;
            default:
                break;
        }
    }
}
// ---------------------------------------------------------------- emitter
const SPACE_SET = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const NOT_SPACE_SET = '\\0-\\x08\\x0e-\\x1b!-\\x84\\x86-\\x9f\\xa1-\\u167f\\u1681-\\u1fff\\u200b-\\u2027\\u202a-\\u202e\\u2030-\\u205e\\u2060-\\u2fff\\u3001-\\u{10ffff}';
const WORD_SET = '\\p{L}\\p{N}_';
const A_WORD_SET = 'A-Za-z0-9_';
const A_NOT_WORD_SET = '\\0-\\/:-@\\[-\\^`\\{-\\u{10ffff}';
const A_SPACE_SET = '\\t\\n\\v\\f\\r ';
const A_NOT_SPACE_SET = '\\0-\\x08\\x0e-\\x1f!-\\u{10ffff}';
/** Dotted/dotless i: Python's IGNORECASE joins all four, JavaScript two pairs. */
const TURKIC_I = [0x49, 0x69, 0x130, 0x131];
/**
 * For a set range reaching past U+FFFF, CPython 3.11 (RANGE_UNI_IGNORE) also
 * accepts a character whose lower case's upper case (first character of the
 * full mapping) lies in the range: pairs of (character, that upper case) for
 * which this is not already a case equivalence. Generated with CPython 3.11.
 */
// prettier-ignore
const RANGE_UPPER_QUIRK = [
    0xdf, 0x53, 0x149, 0x2bc, 0x1f0, 0x4a, 0x390, 0x399, 0x3b0, 0x3a5, 0x587, 0x535, 0x1e96, 0x48, 0x1e97, 0x54, 0x1e98, 0x57, 0x1e99, 0x59, 0x1e9a, 0x41, 0x1e9e, 0x53, 0x1f50, 0x3a5, 0x1f52, 0x3a5, 0x1f54, 0x3a5, 0x1f56, 0x3a5, 0x1f80, 0x1f08, 0x1f81, 0x1f09, 0x1f82, 0x1f0a, 0x1f83, 0x1f0b, 0x1f84, 0x1f0c, 0x1f85, 0x1f0d, 0x1f86, 0x1f0e, 0x1f87, 0x1f0f, 0x1f88, 0x1f08, 0x1f89, 0x1f09, 0x1f8a, 0x1f0a, 0x1f8b, 0x1f0b, 0x1f8c, 0x1f0c, 0x1f8d, 0x1f0d, 0x1f8e, 0x1f0e, 0x1f8f, 0x1f0f, 0x1f90, 0x1f28, 0x1f91, 0x1f29, 0x1f92, 0x1f2a, 0x1f93, 0x1f2b, 0x1f94, 0x1f2c, 0x1f95, 0x1f2d, 0x1f96, 0x1f2e, 0x1f97, 0x1f2f, 0x1f98, 0x1f28, 0x1f99, 0x1f29, 0x1f9a, 0x1f2a, 0x1f9b, 0x1f2b, 0x1f9c, 0x1f2c, 0x1f9d, 0x1f2d, 0x1f9e, 0x1f2e, 0x1f9f, 0x1f2f, 0x1fa0, 0x1f68, 0x1fa1, 0x1f69, 0x1fa2, 0x1f6a, 0x1fa3, 0x1f6b, 0x1fa4, 0x1f6c, 0x1fa5, 0x1f6d, 0x1fa6, 0x1f6e, 0x1fa7, 0x1f6f, 0x1fa8, 0x1f68, 0x1fa9, 0x1f69, 0x1faa, 0x1f6a, 0x1fab, 0x1f6b, 0x1fac, 0x1f6c, 0x1fad, 0x1f6d, 0x1fae, 0x1f6e, 0x1faf, 0x1f6f, 0x1fb2, 0x1fba, 0x1fb3, 0x391, 0x1fb4, 0x386, 0x1fb6, 0x391, 0x1fb7, 0x391, 0x1fbc, 0x391, 0x1fc2, 0x1fca, 0x1fc3, 0x397, 0x1fc4, 0x389, 0x1fc6, 0x397, 0x1fc7, 0x397, 0x1fcc, 0x397, 0x1fd2, 0x399, 0x1fd3, 0x399, 0x1fd6, 0x399, 0x1fd7, 0x399, 0x1fe2, 0x3a5, 0x1fe3, 0x3a5, 0x1fe4, 0x3a1, 0x1fe6, 0x3a5, 0x1fe7, 0x3a5, 0x1ff2, 0x1ffa, 0x1ff3, 0x3a9, 0x1ff4, 0x38f, 0x1ff6, 0x3a9, 0x1ff7, 0x3a9, 0x1ffc, 0x3a9, 0xfb00, 0x46, 0xfb01, 0x46, 0xfb02, 0x46, 0xfb03, 0x46, 0xfb04, 0x46, 0xfb05, 0x53, 0xfb06, 0x53, 0xfb13, 0x544, 0xfb14, 0x544, 0xfb15, 0x544, 0xfb16, 0x54e, 0xfb17, 0x544
];
class Emitter {
    ignoreCase;
    conditionalGroups = new Set();
    constructor(ignoreCase) {
        this.ignoreCase = ignoreCase;
    }
    seq(nodes, ctx) {
        return nodes.map((n) => this.node(n, ctx)).join('');
    }
    node(node, ctx) {
        const ascii = (ctx.flags & F_A) !== 0;
        switch (node.t) {
            case 'lit':
                return this.literal(node.cp);
            case 'notlit':
                return this.set(true, [{ t: 'lit', cp: node.cp }], ascii);
            case 'in':
                this.checkSet(node.items, node.pos);
                return this.set(node.negate, node.items, ascii);
            case 'any':
                return ctx.flags & F_S ? '[\\s\\S]' : '[^\\n]';
            case 'at':
                return this.at(node.at, ctx.flags);
            case 'repeat': {
                if (node.kind === 'possessive') {
                    throw new PyRegexUnsupportedError(`possessive quantifier '${node.text}'`, node.pos);
                }
                const body = this.seq(node.item, { ...ctx, conditional: true });
                let q;
                const inf = node.max === MAXREPEAT;
                if (node.min === 0 && inf)
                    q = '*';
                else if (node.min === 1 && inf)
                    q = '+';
                else if (node.min === 0 && node.max === 1)
                    q = '?';
                else if (inf)
                    q = `{${node.min},}`;
                else if (node.min === node.max)
                    q = `{${node.min}}`;
                else
                    q = `{${node.min},${node.max}}`;
                return `(?:${body})${q}${node.kind === 'lazy' ? '?' : ''}`;
            }
            case 'group': {
                let flags = ctx.flags;
                if (node.add & TYPE_FLAGS)
                    flags &= ~TYPE_FLAGS;
                flags = (flags | node.add) & ~node.del;
                if ((flags & F_I) !== (ctx.flags & F_I)) {
                    throw new PyRegexUnsupportedError(`scoped inline flag '${node.text}' changing IGNORECASE`, node.pos);
                }
                this.checkAsciiCase(flags, node.pos);
                if (node.gid !== null && ctx.conditional) {
                    this.conditionalGroups.add(node.gid);
                }
                const body = this.seq(node.body, { ...ctx, flags });
                return node.gid === null ? `(?:${body})` : `(${body})`;
            }
            case 'atomic':
                throw new PyRegexUnsupportedError("atomic group '(?>...)'", node.pos);
            case 'cond':
                throw new PyRegexUnsupportedError("conditional group '(?(...)...)'", node.pos);
            case 'named':
                throw new PyRegexUnsupportedError("named character escape '\\N{...}'", node.pos);
            case 'assert': {
                const inner = this.seq(node.body, {
                    ...ctx,
                    conditional: ctx.conditional || node.negative
                });
                const open = (node.behind ? '(?<' : '(?') + (node.negative ? '!' : '=');
                return `${open}${inner})`;
            }
            case 'ref': {
                if (this.ignoreCase) {
                    throw new PyRegexUnsupportedError('case-insensitive backreference', node.pos);
                }
                if (this.conditionalGroups.has(node.gid)) {
                    throw new PyRegexUnsupportedError(`backreference to group ${node.gid}, which may not participate in the match`, node.pos);
                }
                return `(?:\\${node.gid})`;
            }
            case 'branch':
                return `(?:${node.alts
                    .map((alt) => this.seq(alt, { ...ctx, conditional: true }))
                    .join('|')})`;
        }
    }
    checkAsciiCase(flags, pos) {
        if (flags & F_A && this.ignoreCase) {
            throw new PyRegexUnsupportedError('ASCII-only case-insensitive matching (re.ASCII with re.IGNORECASE)', pos);
        }
    }
    /**
     * CPython before the gh-126505 fix ignores an upper-case non-BMP letter in
     * a case-insensitive set; later versions match it. Refuse rather than pick.
     */
    checkSet(items, pos) {
        if (!this.ignoreCase)
            return;
        for (const item of items) {
            if (item.t !== 'lit' || item.cp <= 0xffff)
                continue;
            const ch = String.fromCodePoint(item.cp);
            if (ch.toLowerCase() !== ch) {
                throw new PyRegexUnsupportedError('a case-insensitive set with an upper-case character beyond U+FFFF, which Python versions match differently', pos);
            }
        }
    }
    literal(cp) {
        if (this.ignoreCase && TURKIC_I.includes(cp)) {
            return `[${TURKIC_I.map(jsChar).join('')}]`;
        }
        return jsChar(cp);
    }
    set(negate, items, ascii) {
        let parts = '';
        const alts = [];
        let turkic = false;
        for (const item of items) {
            if (item.t === 'lit') {
                parts += jsChar(item.cp);
                turkic ||= TURKIC_I.includes(item.cp);
            }
            else if (item.t === 'range') {
                parts += `${jsChar(item.lo)}-${jsChar(item.hi)}`;
                turkic ||= TURKIC_I.some((c) => c >= item.lo && c <= item.hi);
                if (this.ignoreCase && item.hi > 0xffff) {
                    for (let k = 0; k < RANGE_UPPER_QUIRK.length; k += 2) {
                        const upper = RANGE_UPPER_QUIRK[k + 1] ?? -1;
                        if (upper >= item.lo && upper <= item.hi) {
                            parts += jsChar(RANGE_UPPER_QUIRK[k] ?? 0);
                        }
                    }
                }
            }
            else if (item.t === 'named') {
                throw new PyRegexUnsupportedError("named character escape '\\N{...}'", item.pos);
            }
            else if (item.cat === 'W' && !ascii) {
                alts.push(`[^${WORD_SET}]`);
            }
            else {
                parts += categorySet(item.cat, ascii);
            }
        }
        if (turkic && this.ignoreCase)
            parts += TURKIC_I.map(jsChar).join('');
        if (!alts.length)
            return `[${negate ? '^' : ''}${parts}]`;
        if (parts)
            alts.unshift(`[${parts}]`);
        const union = alts.join('|');
        return negate ? `(?!${union})[\\s\\S]` : `(?:${union})`;
    }
    at(at, flags) {
        const multiline = (flags & F_M) !== 0;
        const w = flags & F_A ? `[${A_WORD_SET}]` : `[${WORD_SET}]`;
        switch (at) {
            case 'begin':
                return multiline ? '(?:^|(?<=\\n))' : '^';
            case 'end':
                return multiline ? '(?=\\n|$)' : '(?=\\n?$)';
            case 'beginString':
                return '^';
            case 'endString':
                return '$';
            case 'boundary':
                return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
            case 'nonBoundary':
                return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))(?!^$)`;
        }
    }
}
function categorySet(cat, ascii) {
    switch (cat) {
        case 'd':
            return ascii ? '0-9' : '\\p{Nd}';
        case 'D':
            return ascii ? '\\0-\\/:-\\u{10ffff}' : '\\P{Nd}';
        case 's':
            return ascii ? A_SPACE_SET : SPACE_SET;
        case 'S':
            return ascii ? A_NOT_SPACE_SET : NOT_SPACE_SET;
        case 'w':
            return ascii ? A_WORD_SET : WORD_SET;
        case 'W':
            return A_NOT_WORD_SET;
    }
}
function jsChar(cp) {
    if (/^[A-Za-z0-9_ ]$/.test(String.fromCodePoint(cp))) {
        return String.fromCodePoint(cp);
    }
    return `\\u{${cp.toString(16)}}`;
}
// ---------------------------------------------------------------- API
/**
 * Compile a Python `re` pattern (as `re.compile(pattern, flags)` would) into
 * a JavaScript matcher. Throws `PyError('re.error' | 'OverflowError' |
 * 'ValueError', ...)` for patterns Python rejects and
 * `PyRegexUnsupportedError` for valid patterns without a faithful
 * translation.
 */
function compilePyRegex(pattern, flags = {}) {
    const source = new Tokenizer(pattern);
    const state = new State();
    state.flags = flags.ignoreCase ? F_I : 0;
    const tree = parseSub(source, state, false, 0);
    if (state.flags & F_A && state.flags & F_U) {
        throw new errors_PyError('ValueError', 'ASCII and UNICODE flags are incompatible');
    }
    if (source.next !== null)
        throw source.error('unbalanced parenthesis');
    for (const [g, pos] of state.grouprefpos) {
        if (g >= state.groups) {
            throw reError(`invalid group reference ${g}`, source.chars, pos);
        }
    }
    checkCompile(tree, state);
    const ignoreCase = (state.flags & F_I) !== 0;
    const emitter = new Emitter(ignoreCase);
    emitter.checkAsciiCase(state.flags, 0);
    const body = emitter.seq(tree, { flags: state.flags, conditional: false });
    const jsFlags = ignoreCase ? 'iu' : 'u';
    let js;
    let start;
    let full;
    try {
        js = new RegExp(body, jsFlags);
        start = new RegExp(`^(?:${body})`, jsFlags);
        full = new RegExp(`^(?:${body})$`, jsFlags);
    }
    catch {
        throw new PyRegexUnsupportedError('a pattern the JavaScript engine cannot compile', 0);
    }
    const linear = isLinear(tree);
    let exhausted = false;
    const run = (re, s, safe, engine) => {
        if (safe || !engine)
            return re.test(s);
        if (exhausted)
            throw new PyRegexBudgetError(pattern);
        const result = engine({ source: re.source, flags: re.flags }, s);
        if (result !== null)
            return result;
        exhausted = true;
        throw new PyRegexBudgetError(pattern);
    };
    return {
        source: pattern,
        js,
        linear,
        match: (s, engine) => run(start, s, linear, engine),
        fullmatch: (s, engine) => run(full, s, linear, engine),
        // Unanchored, one quantifier is already quadratic.
        search: (s, engine) => run(js, s, false, engine)
    };
}
/** Single-character nodes: each emits a fixed-width, non-branching atom. */
function isAtom(node) {
    if (node.t === 'lit' || node.t === 'notlit' || node.t === 'any')
        return true;
    // A non-ASCII `\W` in a set is emitted as an alternation.
    return (node.t === 'in' &&
        !node.items.some((item) => item.t === 'cat' && item.cat === 'W'));
}
/**
 * Whether an anchored match of the translation runs in linear time: no
 * backreference, at most one quantifier, repeating a single character, and
 * alternations whose choices multiply to a small number. Anything else may
 * backtrack exponentially (`(a+)+`, `(a|a)*`, `(a|a)(a|a)...`) or
 * polynomially (`a*a*a*b`) and goes to the budgeted engine.
 */
function isLinear(tree) {
    let repeats = 0;
    let choices = 1;
    const seen = { unsafe: false };
    const walk = (nodes) => {
        for (const node of nodes) {
            switch (node.t) {
                case 'ref':
                case 'cond':
                case 'atomic':
                    seen.unsafe = true;
                    break;
                case 'repeat':
                    repeats += 1;
                    if (node.item.length !== 1 || !node.item.every(isAtom))
                        seen.unsafe = true;
                    walk(node.item);
                    break;
                case 'group':
                case 'assert':
                    walk(node.body);
                    break;
                case 'branch':
                    choices *= node.alts.length;
                    for (const alt of node.alts)
                        walk(alt);
                    break;
                default:
                    break;
            }
        }
    };
    walk(tree);
    return !seen.unsafe && repeats <= 1 && choices <= 256;
}

;// CONCATENATED MODULE: ./src/core/airflow/python/ipaddress.ts
/**
 * Python's `ipaddress.ip_address()` acceptance rules, as urllib.parse uses
 * them to check a bracketed host (CPython 3.11). Only the verdict matters:
 * Python raises one ValueError message for anything that is neither.
 */
const ASCII_DIGITS = /^[0-9]+$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
/** `ipaddress.IPv4Address(text)` would accept it. */
function isPyIPv4(text) {
    if (text.length === 0 || text.includes('/'))
        return false;
    const octets = text.split('.');
    if (octets.length !== 4)
        return false;
    return octets.every((octet) => octet.length >= 1 &&
        octet.length <= 3 &&
        ASCII_DIGITS.test(octet) &&
        !(octet.length > 1 && octet.startsWith('0')) &&
        Number(octet) <= 255);
}
/** `ipaddress.IPv6Address(text)` would accept it (zone id included). */
function isPyIPv6(text) {
    if (text.includes('/'))
        return false;
    let address = text;
    const percent = text.indexOf('%');
    if (percent >= 0) {
        const zone = text.slice(percent + 1);
        if (zone.length === 0 || zone.includes('%'))
            return false;
        address = text.slice(0, percent);
    }
    if (address.length === 0)
        return false;
    const parts = address.split(':');
    if (parts.length < 3)
        return false;
    const last = parts[parts.length - 1] ?? '';
    if (last.includes('.')) {
        if (!isPyIPv4(last))
            return false;
        parts.splice(parts.length - 1, 1, '0', '0');
    }
    if (parts.length > 9)
        return false;
    let skip = -1;
    for (let i = 1; i < parts.length - 1; i++) {
        if (parts[i] === '') {
            if (skip >= 0)
                return false;
            skip = i;
        }
    }
    let hi;
    let lo;
    if (skip >= 0) {
        hi = skip;
        lo = parts.length - skip - 1;
        if (parts[0] === '') {
            hi -= 1;
            if (hi)
                return false;
        }
        if (parts[parts.length - 1] === '') {
            lo -= 1;
            if (lo)
                return false;
        }
        if (8 - (hi + lo) < 1)
            return false;
    }
    else {
        if (parts.length !== 8)
            return false;
        hi = parts.length;
        lo = 0;
    }
    for (let i = 0; i < hi; i++)
        if (!HEX_GROUP.test(parts[i] ?? ''))
            return false;
    for (let i = parts.length - lo; i < parts.length; i++)
        if (!HEX_GROUP.test(parts[i] ?? ''))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/core/airflow/python/urllib.ts
/**
 * The parts of CPython 3.11.7's `urllib.parse` that Airflow's connection
 * parsing depends on, ported rule for rule (spec §1.3–§1.6, §1.8). WHATWG
 * `URL` disagrees with Python on many inputs, so nothing here uses it.
 */



const valueError = (message) => new errors_PyError('ValueError', message);
const SCHEME_CHARS = /^[A-Za-z][A-Za-z0-9+.-]*$/;
const IPV_FUTURE = /^v[a-fA-F0-9]+\.[^\n]+$/;
/** `urllib.parse.urlsplit(url)`; throws PyError('ValueError') like Python. */
function urlsplit(input) {
    // Leading C0 controls and spaces go; trailing ones stay. TAB/CR/LF go everywhere.
    // eslint-disable-next-line no-control-regex -- Python strips C0 controls here
    let url = input.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\r\n]/g, '');
    let scheme = '';
    let netloc = '';
    let query = '';
    let fragment = '';
    const colon = url.indexOf(':');
    if (colon > 0 && SCHEME_CHARS.test(url.slice(0, colon))) {
        scheme = url.slice(0, colon).toLowerCase();
        url = url.slice(colon + 1);
    }
    if (url.startsWith('//')) {
        let end = url.length;
        for (const delimiter of ['/', '?', '#']) {
            const at = url.indexOf(delimiter, 2);
            if (at >= 0)
                end = Math.min(end, at);
        }
        netloc = url.slice(2, end);
        url = url.slice(end);
        const open = netloc.includes('[');
        const close = netloc.includes(']');
        if (open !== close)
            throw valueError('Invalid IPv6 URL');
        if (open && close)
            checkBracketedHost(bracketedHost(netloc));
    }
    const hash = url.indexOf('#');
    if (hash >= 0) {
        fragment = url.slice(hash + 1);
        url = url.slice(0, hash);
    }
    const question = url.indexOf('?');
    if (question >= 0) {
        query = url.slice(question + 1);
        url = url.slice(0, question);
    }
    checkNetlocNfkc(netloc);
    return { scheme, netloc, path: url, query, fragment };
}
/** The text between the first `[` of the netloc and the next `]`. */
function bracketedHost(netloc) {
    const afterOpen = netloc.slice(netloc.indexOf('[') + 1);
    const close = afterOpen.indexOf(']');
    return close >= 0 ? afterOpen.slice(0, close) : afterOpen;
}
function checkBracketedHost(host) {
    if (host.startsWith('v')) {
        if (!IPV_FUTURE.test(host))
            throw valueError('IPvFuture address is invalid');
        return;
    }
    if (isPyIPv4(host))
        throw valueError('An IPv4 address cannot be in brackets');
    if (!isPyIPv6(host))
        throw valueError(`${pyRepr(host)} does not appear to be an IPv4 or IPv6 address`);
}
// Printable ASCII plus the C0 range: a netloc made only of these skips the check.
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;
function checkNetlocNfkc(netloc) {
    if (netloc === '' || ASCII.test(netloc))
        return;
    const stripped = netloc.replace(/[@:#?]/g, '');
    const normalized = stripped.normalize('NFKC');
    if (normalized === stripped)
        return;
    if (/[/?#@:]/.test(normalized))
        throw valueError(`netloc '${netloc}' contains invalid characters under NFKC normalization`);
}
/** The userinfo accessors: `username`, `password` (None → null). */
function userinfo(netloc) {
    const at = netloc.lastIndexOf('@');
    if (at < 0)
        return { username: null, password: null };
    const info = netloc.slice(0, at);
    const colon = info.indexOf(':');
    if (colon < 0)
        return { username: info, password: null };
    return { username: info.slice(0, colon), password: info.slice(colon + 1) };
}
/** `_hostinfo`: the raw host and port strings (port null when empty). */
function hostinfo(netloc) {
    const info = netloc.slice(netloc.lastIndexOf('@') + 1);
    const open = info.indexOf('[');
    let host;
    let port;
    if (open >= 0) {
        const bracketed = info.slice(open + 1);
        const close = bracketed.indexOf(']');
        if (close < 0) {
            host = bracketed;
            port = '';
        }
        else {
            host = bracketed.slice(0, close);
            const rest = bracketed.slice(close + 1);
            const colon = rest.indexOf(':');
            port = colon >= 0 ? rest.slice(colon + 1) : '';
        }
    }
    else {
        const colon = info.indexOf(':');
        host = colon >= 0 ? info.slice(0, colon) : info;
        port = colon >= 0 ? info.slice(colon + 1) : '';
    }
    return { host, port: port === '' ? null : port };
}
/** `SplitResult.hostname`: lower-cased before any `%` zone; null if empty. */
function hostname(netloc) {
    const { host } = hostinfo(netloc);
    if (host === '')
        return null;
    const percent = host.indexOf('%');
    if (percent < 0)
        return host.toLowerCase();
    return host.slice(0, percent).toLowerCase() + host.slice(percent);
}
/** `SplitResult.port`: ASCII digits only, 0–65535; null when absent. */
function urllib_port(netloc) {
    const text = hostinfo(netloc).port;
    if (text === null)
        return null;
    if (!/^[0-9]+$/.test(text))
        throw valueError(`Port could not be cast to integer value as ${pyRepr(text)}`);
    const digits = text.replace(/^0+/, '');
    if (digits.length > 5 || Number(digits) > 65535)
        throw valueError('Port out of range 0-65535');
    return Number(digits);
}
const HEX2 = /^[0-9a-fA-F]{2}$/;
// ignoreBOM: Python keeps a decoded U+FEFF; TextDecoder would drop a leading one.
const utf8Decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const utf8Encoder = new TextEncoder();
/** `urllib.parse.unquote(s)`: UTF-8, errors='replace'; `+` unchanged. */
function unquote(text) {
    if (!text.includes('%'))
        return text;
    // Runs of ASCII are percent-decoded as bytes; other runs are copied.
    // eslint-disable-next-line no-control-regex -- ASCII runs, as Python splits them
    return text.replace(/[\u0000-\u007f]+/g, (run) => {
        if (!run.includes('%'))
            return run;
        const bytes = [];
        for (let i = 0; i < run.length; i++) {
            const pair = run.slice(i + 1, i + 3);
            if (run[i] === '%' && HEX2.test(pair)) {
                bytes.push(parseInt(pair, 16));
                i += 2;
            }
            else
                bytes.push(run.charCodeAt(i));
        }
        return utf8Decoder.decode(Uint8Array.from(bytes));
    });
}
const ALWAYS_SAFE = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~');
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
function utf8Strict(text) {
    if (LONE_SURROGATE.test(text))
        throw new errors_PyError('UnicodeEncodeError', "'utf-8' codec can't encode character: surrogates not allowed");
    return utf8Encoder.encode(text);
}
/** `urllib.parse.quote(value, safe)`: TypeError for non-strings. */
function quote(value, safe = '/') {
    if (typeof value !== 'string')
        throw new errors_PyError('TypeError', 'quote_from_bytes() expected bytes');
    if (value === '')
        return value;
    let out = '';
    for (const byte of utf8Strict(value)) {
        const char = String.fromCharCode(byte);
        out +=
            byte < 0x80 && (ALWAYS_SAFE.has(char) || safe.includes(char))
                ? char
                : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/** `urllib.parse.quote_plus(value, safe='')`. */
function quotePlus(value, safe = '') {
    if (!value.includes(' '))
        return quote(value, safe);
    return quote(value, safe + ' ').replaceAll(' ', '+');
}
/** `parse_qsl(qs, keep_blank_values=True)`: `&` only, `+` is a space. */
function parseQsl(qs) {
    const pairs = [];
    if (qs === '')
        return pairs;
    for (const field of qs.split('&')) {
        if (field === '')
            continue;
        const eq = field.indexOf('=');
        const name = eq >= 0 ? field.slice(0, eq) : field;
        const value = eq >= 0 ? field.slice(eq + 1) : '';
        pairs.push([
            unquote(name.replaceAll('+', ' ')),
            unquote(value.replaceAll('+', ' '))
        ]);
    }
    return pairs;
}
/** `dict(pairs)`: the last value wins, at the key's first position. */
function pairsToDict(pairs) {
    const dict = new Map();
    for (const [key, value] of pairs)
        dict.set(key, value);
    return dict;
}
/** Python `str(value)`. */
function pyStr(value) {
    return typeof value === 'string' ? value : pyRepr(value);
}
/**
 * `urlencode(mapping)` with quote_plus. Python raises TypeError for values
 * that are neither a mapping nor a sequence of pairs; a list of pairs never
 * comes out of JSON, so any non-empty list or string is a TypeError here,
 * and an empty one encodes to ''.
 */
function urlencode(value) {
    if (value instanceof Map) {
        const fields = [];
        for (const [key, item] of value)
            fields.push(`${quotePlus(key)}=${quotePlus(pyStr(item))}`);
        return fields.join('&');
    }
    if ((Array.isArray(value) || typeof value === 'string') && value.length === 0)
        return '';
    throw new errors_PyError('TypeError', 'not a valid non-string sequence or mapping object');
}

;// CONCATENATED MODULE: ./src/core/airflow/python/value.ts
const isPyDict = (value) => value instanceof Map;
const isPyList = (value) => Array.isArray(value);
/** Python truthiness. */
function pyTruthy(value) {
    if (value === null || value === false)
        return false;
    if (typeof value === 'bigint')
        return value !== 0n;
    if (typeof value === 'number')
        return value !== 0;
    if (typeof value === 'string' || Array.isArray(value))
        return value.length > 0;
    if (value instanceof Map)
        return value.size > 0;
    return true;
}
/** The name Python's `type(value).__name__` gives. */
function pyTypeName(value) {
    if (value === null)
        return 'NoneType';
    if (typeof value === 'boolean')
        return 'bool';
    if (typeof value === 'bigint')
        return 'int';
    if (typeof value === 'number')
        return 'float';
    if (typeof value === 'string')
        return 'str';
    if (Array.isArray(value))
        return 'list';
    return 'dict';
}

;// CONCATENATED MODULE: ./src/core/airflow/secrets-manager.ts







const SECRETS_MANAGER_BACKEND = 'airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend';
/** The newest provider release modelled; `9` and an absent pin mean it. */
const NEWEST_PROVIDER = '9.39.0';
/** Reads an Amazon provider version (`8`, `9`, `9.28`, `9.39.0`). */
function parseProviderVersion(text) {
    const match = /^(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(text.trim());
    if (!match)
        return undefined;
    const major = Number(match[1]);
    const minor = match[2] === undefined ? null : Number(match[2]);
    const version = text.trim();
    if (major < 8)
        return undefined;
    if (major === 8)
        return { version, kwargs: '8', line: '8' };
    if (major > 9 || minor === null)
        return { version, kwargs: '9', line: '9.36' };
    const line = minor < 28 ? '9.0' : minor < 36 ? '9.28' : '9.36';
    return { version, kwargs: '9', line };
}
/** A provider line in a user's words. */
const PROVIDER_LINE_LABELS = {
    '8': 'Amazon provider before 9.0',
    '9.0': 'Amazon provider 9.0–9.27',
    '9.28': 'Amazon provider 9.28–9.35',
    '9.36': 'Amazon provider 9.36 and later'
};
const DEFAULT_PREFIX = {
    connection: 'airflow/connections',
    variable: 'airflow/variables',
    config: 'airflow/config'
};
const PREFIX_KWARG = {
    connection: 'connections_prefix',
    variable: 'variables_prefix',
    config: 'config_prefix'
};
const PATTERN_KWARG = {
    connection: 'connections_lookup_pattern',
    variable: 'variables_lookup_pattern',
    config: 'config_lookup_pattern'
};
/** Kwargs the backend itself reads. */
const BACKEND_KWARGS = [
    ...Object.values(PREFIX_KWARG),
    ...Object.values(PATTERN_KWARG),
    'sep',
    'extra_conn_words',
    'api_version',
    'use_ssl',
    'profile_name'
];
/** AWS connection extra keys the backend passes to its AWS session. */
const AWS_CONNECTION_KEYS = [
    'region_name',
    'role_arn',
    'assume_role_method',
    'assume_role_kwargs',
    'aws_access_key_id',
    'aws_secret_access_key',
    'aws_session_token',
    'endpoint_url',
    'verify',
    'config_kwargs',
    'session_kwargs',
    'service_config',
    'assume_role_with_saml',
    'assume_role_with_web_identity_federation',
    'assume_role_with_web_identity_federation_audience',
    'assume_role_with_web_identity_token_file'
];
/** AWS connection extra keys the provider deprecated, with what replaces them. */
const DEPRECATED_AWS_KEYS = new Map([
    ['aws_account_id', 'set role_arn to the full role ARN'],
    ['aws_iam_role', 'set role_arn to the full role ARN'],
    ['external_id', 'put ExternalId in assume_role_kwargs'],
    [
        's3_config_file',
        'use session_kwargs.profile_name with the standard AWS config files'
    ],
    [
        's3_config_format',
        'use session_kwargs.profile_name with the standard AWS config files'
    ],
    ['profile', 'use session_kwargs.profile_name'],
    ['host', 'use endpoint_url']
]);
const PRE_9_KWARGS = ['full_url_mode', 'are_secret_values_urlencoded'];
/** The field alias words of `_standardize_secret_keys`, in Airflow's order. */
const CONN_FIELD_WORDS = [
    ['login', ['login', 'user', 'username', 'user_name']],
    ['password', ['password', 'pass', 'key']],
    ['host', ['host', 'remote_host', 'server']],
    ['port', ['port']],
    ['schema', ['database', 'schema']],
    ['conn_type', ['conn_type', 'conn_id', 'connection_type', 'engine']],
    ['extra', ['extra']]
];
const settingFinding = (id, severity, code, message, hint) => ({
    code,
    severity,
    kind: 'config',
    id,
    message,
    ...(hint === undefined ? {} : { hint })
});
/** Python `str.rstrip(chars)`: drops trailing characters found in `chars`. */
function rstripChars(text, chars) {
    if (chars === '')
        return text;
    const set = new Set(chars);
    const points = Array.from(text);
    while (points.length > 0 && set.has(points[points.length - 1] ?? ''))
        points.pop();
    return points.join('');
}
/**
 * Reads SecretsManagerBackend kwargs as the provider's constructor does,
 * reporting what Airflow would reject or silently ignore.
 */
function parseBackendKwargs(kwargs, provider = '9') {
    const findings = [];
    if (!isPyDict(kwargs)) {
        findings.push(settingFinding('backend_kwargs', 'error', 'backend-kwargs-not-object', `AIRFLOW__SECRETS__BACKEND_KWARGS must be a JSON object, not ${pyTypeName(kwargs)}.`, 'Write the kwargs as {"connections_prefix": "airflow/connections", ...}.'));
        return { settings: null, findings };
    }
    let usable = true;
    const sepValue = kwargs.has('sep') ? (kwargs.get('sep') ?? null) : '/';
    let sep = '/';
    if (typeof sepValue === 'string')
        sep = sepValue;
    else {
        usable = false;
        findings.push(settingFinding('sep', 'error', 'backend-kwarg-type', `sep must be a string, not ${pyTypeName(sepValue)}; the backend would fail to start.`));
    }
    const prefixes = {};
    const patterns = {};
    for (const kind of ['connection', 'variable', 'config']) {
        const name = PREFIX_KWARG[kind];
        const value = kwargs.has(name)
            ? (kwargs.get(name) ?? null)
            : DEFAULT_PREFIX[kind];
        if (value === null)
            prefixes[kind] = null;
        else if (typeof value === 'string') {
            prefixes[kind] = value ? rstripChars(value, sep) : value;
            if (value.startsWith('/'))
                findings.push(settingFinding(name, 'warning', 'prefix-leading-slash', `${name} starts with '/': secret names will start with '/', which is rarely what was created.`, 'Drop the leading slash, as the Astro docs advise.'));
        }
        else if (value === false ||
            (typeof value === 'bigint' && value === 0n) ||
            value === 0) {
            // Falsy non-strings are kept as is and make the lookup use the bare id.
            prefixes[kind] = '';
        }
        else {
            usable = false;
            prefixes[kind] = null;
            findings.push(settingFinding(name, 'error', 'backend-kwarg-type', `${name} must be a string or null, not ${pyTypeName(value)}; the backend would fail to start.`));
        }
        patterns[kind] = null;
        const patternName = PATTERN_KWARG[kind];
        const pattern = kwargs.get(patternName) ?? null;
        if (pattern === null || pattern === '')
            continue;
        if (typeof pattern !== 'string') {
            findings.push(settingFinding(patternName, 'error', 'backend-kwarg-type', `${patternName} must be a string, not ${pyTypeName(pattern)}; every ${kind} lookup would raise TypeError and fall through to the next backend.`));
            continue;
        }
        try {
            patterns[kind] = compilePyRegex(pattern, { ignoreCase: true });
        }
        catch (error) {
            if (error instanceof errors_PyError)
                findings.push(settingFinding(patternName, 'error', 'lookup-pattern-invalid', `${patternName} is not a valid Python regex (${error.message}); every ${kind} lookup would raise re.error and fall through to the next backend.`, 'Fix the pattern; Airflow matches it with re.match(pattern, id, re.IGNORECASE).'));
            else if (error instanceof PyRegexUnsupportedError)
                findings.push(settingFinding(patternName, 'error', 'lookup-pattern-unsupported', `${patternName} ${error.message}.`, 'Rewrite the pattern without that construct so it can be checked.'));
            else
                throw error;
        }
    }
    const known = new Set([...BACKEND_KWARGS, ...AWS_CONNECTION_KEYS]);
    let secretValuesUrlencoded = false;
    for (const key of kwargs.keys()) {
        if (known.has(key))
            continue;
        if (PRE_9_KWARGS.includes(key)) {
            if (provider === '8') {
                findings.push(settingFinding(key, 'warning', 'backend-kwarg-removed-in-9', `${key} is deprecated and apache-airflow-providers-amazon 9.0 removed it; from 9.0 it is passed to the AWS session instead.`, `Remove ${key} before upgrading the Amazon provider to 9.`));
                // 8.x pops the kwarg when it is not None and tests it for truth.
                if (key === 'are_secret_values_urlencoded' &&
                    pyTruthy(kwargs.get(key) ?? null))
                    secretValuesUrlencoded = true;
            }
            else
                findings.push(settingFinding(key, 'error', 'backend-kwarg-removed', `${key} was removed in apache-airflow-providers-amazon 9.0; the backend now passes it to the AWS session, where it means nothing.`, `Remove ${key}, or declare amazon_provider: "8" if you still run a provider before 9.0.`));
            continue;
        }
        const deprecated = DEPRECATED_AWS_KEYS.get(key);
        if (deprecated !== undefined) {
            findings.push(settingFinding(key, 'warning', 'aws-extra-deprecated', `${key} is a deprecated AWS connection setting.`, `${deprecated}.`));
            continue;
        }
        findings.push(settingFinding(key, 'error', 'backend-kwarg-unknown', `Unknown SecretsManagerBackend kwarg ${pyRepr(key)}: no provider reads it, so Airflow would ignore it silently.`, `Valid kwargs: ${[...BACKEND_KWARGS, ...AWS_CONNECTION_KEYS].join(', ')}.`));
    }
    const regionValue = kwargs.get('region_name') ?? null;
    const regionName = typeof regionValue === 'string' && regionValue ? regionValue : null;
    if (regionValue !== null && regionName === null)
        findings.push(settingFinding('region_name', 'error', 'backend-kwarg-type', `region_name must be a non-empty string, not ${pyRepr(regionValue)}.`));
    return {
        settings: usable
            ? {
                kwargs,
                prefixes,
                patterns,
                sep,
                extraConnWords: kwargs.get('extra_conn_words') ?? null,
                secretValuesUrlencoded,
                regionName,
                provider
            }
            : null,
        findings
    };
}
/**
 * The secret names the backend asks for, in order (spec airflow-versions
 * §3.6): `<prefix><sep><team>--<id>` then the global name when a team is
 * passed (provider 9.28+, connections and variables, not with an empty
 * prefix); nothing for an id with `--` where the provider refuses it.
 */
function resolveSecretNames(settings, kind, id, scope, engine) {
    const teamAware = kind !== 'config' && (scope.line === '9.28' || scope.line === '9.36');
    if (teamAware &&
        id.includes('--') &&
        (scope.line === '9.28' || scope.multiTeam))
        return {
            skipped: 'ambiguous-id',
            reason: `the ${PROVIDER_LINE_LABELS[scope.line]}${scope.line === '9.36' ? ' with [core] multi_team = True' : ''} refuses ids containing '--' (an ambiguous team namespace), so the backend never looks it up`
        };
    const lookup = resolveSecretName(settings, kind, id, engine);
    if (!('name' in lookup))
        return lookup;
    const prefix = settings.prefixes[kind];
    if (teamAware && scope.teamName && prefix)
        return {
            names: [`${prefix}${settings.sep}${scope.teamName}--${id}`, lookup.name]
        };
    return { names: [lookup.name] };
}
/**
 * `_get_secret`'s name (spec §4.2), or why the backend would not look. A
 * lookup pattern that is not linear is evaluated by `engine` (bounded).
 */
function resolveSecretName(settings, kind, id, engine) {
    const prefix = settings.prefixes[kind];
    if (prefix === null)
        return {
            skipped: 'prefix-disabled',
            reason: `${PREFIX_KWARG[kind]} is null, so the backend never looks ${kind}s up`
        };
    const pattern = settings.patterns[kind];
    let matches;
    try {
        matches = !pattern || pattern.match(id, engine);
    }
    catch (error) {
        if (!(error instanceof PyRegexBudgetError))
            throw error;
        return {
            skipped: 'pattern-timeout',
            reason: `${PATTERN_KWARG[kind]} ${error.message} (re.match on ${pyRepr(id)})`
        };
    }
    if (!matches)
        return {
            skipped: 'pattern-mismatch',
            reason: `${PATTERN_KWARG[kind]} does not match ${pyRepr(id)}, so the backend never looks it up`
        };
    return { name: prefix ? `${prefix}${settings.sep}${id}` : id };
}
/** The standardisation words, with `extra_conn_words` applied (may raise). */
function fieldWords(extraConnWords) {
    const words = new Map(CONN_FIELD_WORDS.map(([field, list]) => [field, [...list]]));
    // `self.extra_conn_words = extra_conn_words or {}`, then `.items()`.
    if (!pyTruthy(extraConnWords))
        return words;
    if (!isPyDict(extraConnWords))
        throw new errors_PyError('AttributeError', `'${pyTypeName(extraConnWords)}' object has no attribute 'items'`);
    for (const [rawField, extra] of extraConnWords) {
        const field = rawField === 'user' ? 'login' : rawField;
        const list = words.get(field);
        if (!list)
            throw new errors_PyError('KeyError', pyRepr(field));
        if (typeof extra === 'string')
            list.push(...Array.from(extra));
        else if (Array.isArray(extra))
            list.push(...extra);
        else if (isPyDict(extra))
            list.push(...extra.keys());
        else
            throw new errors_PyError('TypeError', `'${pyTypeName(extra)}' object is not iterable`);
    }
    return words;
}
/**
 * `get_conn_value`'s transformation of a SecretString (spec §4.4): a value
 * that starts with `{` (after strip) is parsed as JSON and rebuilt from the
 * alias words; anything else is returned unchanged.
 */
function standardizeConnectionSecret(secret, settings, loads) {
    if (!pyStrip(secret).startsWith('{'))
        return secret;
    const parsed = loads(secret);
    if (!isPyDict(parsed))
        return secret;
    const words = fieldWords(settings.extraConnWords);
    const standardized = new Map();
    for (const [field, list] of words) {
        let found = null;
        for (const [key, value] of parsed)
            if (list.includes(key)) {
                found = value;
                break;
            }
        standardized.set(field, found);
    }
    if (settings.secretValuesUrlencoded)
        for (const [field, value] of standardized) {
            if (value === null || (field === 'extra' && isPyDict(value)))
                continue;
            standardized.set(field, pyUnquote(value));
        }
    return pyJsonDumps(standardized);
}
/**
 * `urllib.parse.unquote` on any JSON value: `'%' not in value` raises
 * TypeError for scalars; a list or dict passes it and then fails on
 * `value.split` with AttributeError.
 */
function pyUnquote(value) {
    if (typeof value === 'string')
        return unquote(value);
    if (Array.isArray(value) || isPyDict(value))
        throw new errors_PyError('AttributeError', `'${pyTypeName(value)}' object has no attribute 'split'`);
    throw new errors_PyError('TypeError', `argument of type '${pyTypeName(value)}' is not iterable`);
}
/** The JSON keys a connection secret has that the backend drops silently. */
function droppedSecretKeys(parsed, extraConnWords) {
    let words;
    try {
        words = fieldWords(extraConnWords);
    }
    catch {
        return [];
    }
    const all = new Set([...words.values()].flat());
    return [...parsed.keys()].filter((key) => !all.has(key));
}
/** The value written for AIRFLOW__SECRETS__BACKEND_KWARGS: compact, ASCII JSON. */
function serializeBackendKwargs(kwargs) {
    return pyJsonDumps(kwargs, { separators: [',', ':'] });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/core/local/airflow-release.ts
/**
 * Which Airflow release and Amazon provider an Astro project runs, read from
 * its Dockerfile (the final stage's Astro Runtime image) and requirements.txt
 * (the apache-airflow-providers-amazon pin). Pure: takes the files' text.
 */
/**
 * Astro Runtime tags with a known Airflow release (Astronomer's catalog and
 * release notes, as of 2026-12-04). Other tags fall back to the line rule.
 */
const RUNTIME_AIRFLOW = {
    '3.3-8': '3.3.2',
    '3.3-2': '3.3.0',
    '3.3-1': '3.3.0',
    '3.2-10': '3.2.2',
    '3.2-2': '3.2.0',
    '3.2-1': '3.2.0',
    '3.1-21': '3.1.8',
    '3.1-8': '3.1.4',
    '3.0-18': '3.0.6',
    '3.0-17': '3.0.6',
    '13.11.0': '2.11.2',
    '13.10.0': '2.11.2',
    '13.5.0': '2.11.1',
    '13.0.0': '2.11.0',
    '12.12.0': '2.10.5',
    '12.0.0': '2.10.0',
    '11.8.0': '2.9.3',
    '11.0.0': '2.9.0'
};
/** Runtime 2 majors (dotted tags) and the Airflow minor each ships. */
const RUNTIME_LINES = {
    9: '2.7',
    10: '2.8',
    11: '2.9',
    12: '2.10',
    13: '2.11'
};
/** Dockerfile instructions: continuation lines joined, comments dropped. */
function instructions(text) {
    const lines = text.split(/\r?\n/);
    let escape = '\\';
    // Parser directives come first, before any comment or instruction.
    for (const line of lines) {
        const directive = /^#\s*([a-z]+)\s*=\s*(\S+)\s*$/i.exec(line);
        if (!directive)
            break;
        if (directive[1]?.toLowerCase() === 'escape' && directive[2])
            escape = directive[2];
    }
    const out = [];
    let current = '';
    let start = 0;
    lines.forEach((raw, index) => {
        const trimmed = raw.trim();
        if (current === '' && (trimmed === '' || trimmed.startsWith('#')))
            return;
        if (current !== '' && trimmed.startsWith('#'))
            return;
        if (current === '')
            start = index + 1;
        if (trimmed.endsWith(escape)) {
            current += `${trimmed.slice(0, -escape.length)} `;
            return;
        }
        current += trimmed;
        const match = /^(\S+)\s*(.*)$/s.exec(current);
        if (match)
            out.push({
                keyword: (match[1] ?? '').toUpperCase(),
                args: match[2] ?? '',
                line: start
            });
        current = '';
    });
    return out;
}
const airflow_release_unquote = (text) => /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
/** `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+word}` from the global ARGs. */
function expand(text, args) {
    let unset = null;
    const value = (name) => args.get(name) ?? null;
    const out = text.replace(/\$(?:\{([A-Za-z_]\w*)(?::([-+])([^}]*))?\}|([A-Za-z_]\w*))/g, (_all, braced, op, word, bare) => {
        const name = braced ?? bare ?? '';
        const current = value(name);
        if (op === '-')
            return current ? current : (word ?? '');
        if (op === '+')
            return current ? (word ?? '') : '';
        if (current === null)
            unset ??= name;
        return current ?? '';
    });
    return { text: out, unset };
}
/** The external image the final stage builds on, following `FROM <stage>`. */
function finalImage(text) {
    const globals = new Map();
    const stages = [];
    for (const item of instructions(text)) {
        if (item.keyword === 'ARG' && stages.length === 0) {
            for (const part of item.args.split(/\s+/).filter(Boolean)) {
                const eq = part.indexOf('=');
                if (eq < 0)
                    globals.set(part, globals.get(part) ?? null);
                else
                    globals.set(part.slice(0, eq), airflow_release_unquote(part.slice(eq + 1)));
            }
        }
        if (item.keyword !== 'FROM')
            continue;
        const words = item.args.split(/\s+/).filter((w) => !w.startsWith('--'));
        const { text: image, unset } = expand(words[0] ?? '', globals);
        const alias = words[1]?.toUpperCase() === 'AS' ? (words[2] ?? '').toLowerCase() : null;
        stages.push({ image, alias, line: item.line, unset });
    }
    const last = stages[stages.length - 1];
    if (!last)
        return { reason: 'the Dockerfile has no FROM line' };
    // `FROM base` names an earlier stage: follow it to an external image.
    let stage = last;
    for (let hops = 0; hops < stages.length; hops++) {
        const name = stage.image.toLowerCase();
        const index = stages.indexOf(stage);
        const earlier = stages
            .slice(0, index)
            .reverse()
            .find((item) => item.alias === name);
        if (!earlier)
            break;
        stage = earlier;
    }
    return stage;
}
/** Splits `host/path:tag@sha256:...` into its tag and digest. */
function tagOf(image) {
    const at = image.indexOf('@');
    const digest = at >= 0;
    const name = digest ? image.slice(0, at) : image;
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    return colon > slash
        ? { repository: name.slice(0, colon), tag: name.slice(colon + 1), digest }
        : { repository: name, tag: null, digest };
}
const TAG = /^(?:(?<v3>(?<af>\d+\.\d+)-(?<build>\d+))|(?<v2>\d+\.\d+\.\d+)|(?<series>\d+\.\d+))(?<variants>(?:-python-\d+\.\d+|-slim|-base|-ubi\d*|-(?:alpha|beta|rc)\d*)*)$/;
/** The Airflow release of one Astro Runtime tag (variants stripped). */
function runtimeAirflow(tag) {
    const match = TAG.exec(tag);
    const groups = match?.groups;
    if (!groups)
        return null;
    if (groups.v3 !== undefined && groups.af !== undefined)
        return {
            runtime: groups.v3,
            airflow: RUNTIME_AIRFLOW[groups.v3] ?? groups.af
        };
    if (groups.series !== undefined)
        return { runtime: groups.series, airflow: groups.series };
    const runtime = groups.v2 ?? '';
    const exact = RUNTIME_AIRFLOW[runtime];
    if (exact)
        return { runtime, airflow: exact };
    const line = RUNTIME_LINES[Number(runtime.split('.')[0])];
    return line ? { runtime, airflow: line } : null;
}
const SET_AIRFLOW = 'set airflow: in the manifest (for example airflow: "3.1.6") or the airflow-version input';
/** The Airflow release the project's Dockerfile names, or why not. */
function fromDockerfile(dockerfile) {
    if (dockerfile === null)
        return { reason: `there is no Dockerfile to read it from; ${SET_AIRFLOW}` };
    const stage = finalImage(dockerfile);
    if ('reason' in stage)
        return { reason: `${stage.reason}; ${SET_AIRFLOW}` };
    if (stage.unset !== null)
        return {
            reason: `the Dockerfile's FROM (line ${stage.line}) uses ARG ${stage.unset}, which has no default; ${SET_AIRFLOW}`
        };
    const { repository, tag, digest } = tagOf(stage.image);
    if (tag === null)
        return {
            reason: `the Dockerfile's final image (line ${stage.line}) has no tag${digest ? ', only a digest' : ''}, so its Airflow release is unknown; ${SET_AIRFLOW}`
        };
    const runtime = /(?:^|\/)(?:astro-)?runtime$/.test(repository)
        ? runtimeAirflow(tag)
        : null;
    if (!runtime)
        return {
            reason: `the Dockerfile's final image (line ${stage.line}) is not an Astro Runtime image with a known tag; ${SET_AIRFLOW}`
        };
    const exact = /^\d+\.\d+\.\d+$/.test(runtime.airflow);
    return {
        found: {
            version: runtime.airflow,
            source: `Dockerfile line ${stage.line}: Astro Runtime ${runtime.runtime}${exact ? '' : ', Airflow patch not known, so every patch is checked'}${digest ? ' (digest not verified)' : ''}`
        }
    };
}
/** The exact apache-airflow-providers-amazon pin in requirements.txt. */
function fromRequirements(requirements) {
    if (requirements === null)
        return null;
    const lines = requirements.split(/\r?\n/);
    for (const [index, raw] of lines.entries()) {
        const line = raw.replace(/\s+#.*$/, '').trim();
        const match = /^apache[-_.]airflow[-_.]providers[-_.]amazon(?:\[[^\]]*\])?\s*==\s*(\d+(?:\.\d+){0,2})\s*(?:;.*)?$/i.exec(line);
        if (match?.[1])
            return {
                version: match[1],
                source: `requirements.txt line ${index + 1}`
            };
    }
    return null;
}
/**
 * The Airflow release (final stage `FROM`, global ARGs expanded, digest and
 * `-python-X.Y`/`-slim`/`-base` variants stripped, the Runtime tag mapped
 * to its Airflow release) and the Amazon provider pin of an Astro project.
 */
function detectAirflowRelease(dockerfile, requirements) {
    const airflow = fromDockerfile(dockerfile);
    return {
        airflow: 'found' in airflow ? airflow.found : null,
        reason: 'reason' in airflow ? airflow.reason : null,
        provider: fromRequirements(requirements)
    };
}

;// CONCATENATED MODULE: ./src/adapters/fs/project-release.ts
/**
 * Reads an Astro project's Dockerfile and requirements.txt and tells which
 * Airflow release and Amazon provider it runs (detectAirflowRelease).
 */



/** A file's text, or null when it does not exist or cannot be read. */
async function textOrNull(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        return null;
    }
}
/** The release the project in `folder` builds on. */
async function readProjectRelease(folder) {
    const dockerfile = await textOrNull((0,external_node_path_.join)(folder, 'Dockerfile'));
    const requirements = await textOrNull((0,external_node_path_.join)(folder, 'requirements.txt'));
    return {
        ...detectAirflowRelease(dockerfile, requirements),
        hasDockerfile: dockerfile !== null
    };
}

// EXTERNAL MODULE: ./src/core/airflow/profiles.ts
var airflow_profiles = __webpack_require__(1900);
;// CONCATENATED MODULE: ./src/core/airflow/python/int.ts
/**
 * Python `int()` and `str(int)` as CPython 3.11.7 does them, including the
 * 4300-digit limit on int/str conversion (`sys.get_int_max_str_digits()`).
 */




/**
 * The code point of each Unicode digit zero (category Nd) in Unicode 14.0,
 * the database of CPython 3.11. Every Nd digit is `zero + value`, in runs of
 * ten. Generated with:
 * `[c for c in range(0x110000) if chr(c).isdecimal() and
 * unicodedata.decimal(chr(c)) == 0]`. A table rather than `\p{Nd}` because
 * Node's Unicode is newer (it knows digits Python 3.11 rejects).
 */
const ND_ZEROS = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66,
    0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810,
    0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
    0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30,
    0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140,
    0x1e2f0, 0x1e950, 0x1fbf0
];
/** The decimal value (0–9) of a code point, or -1 (`unicodedata.decimal`). */
function pyDecimalValue(cp) {
    let lo = 0;
    let hi = ND_ZEROS.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const zero = ND_ZEROS[mid] ?? 0;
        if (cp < zero)
            hi = mid - 1;
        else if (cp > zero + 9)
            lo = mid + 1;
        else
            return cp - zero;
    }
    return -1;
}
/** C `Py_ISSPACE`: the ASCII whitespace `PyLong_FromString` skips. */
const isAsciiSpace = (c) => c === ' ' ||
    c === '\t' ||
    c === '\n' ||
    c === '\v' ||
    c === '\f' ||
    c === '\r';
const limitError = (digits) => new errors_PyError('ValueError', `Exceeds the limit (${PY_INT_MAX_STR_DIGITS} digits) for integer string ` +
    `conversion: value has ${digits} digits; use ` +
    'sys.set_int_max_str_digits() to increase the limit');
/**
 * Python `int(s)` for a str, base 10. As in CPython, non-ASCII decimal
 * digits become ASCII digits and non-ASCII whitespace becomes a space; then
 * ASCII whitespace around, one sign, and single `_` between digits are
 * allowed. Note `\x1c`–`\x1f` are `str.isspace()` but not stripped here.
 */
function pyIntFromString(s) {
    const invalid = () => new errors_PyError('ValueError', `invalid literal for int() with base 10: ${pyRepr(s)}`);
    // _PyUnicode_TransformDecimalAndSpaceToASCII
    const chars = [];
    for (const ch of s) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp < 0x80)
            chars.push(ch);
        else if (pyIsSpaceCodePoint(cp))
            chars.push(' ');
        else {
            const d = pyDecimalValue(cp);
            chars.push(d >= 0 ? String(d) : '?');
        }
    }
    // PyLong_FromString(buffer, &end, 10), then end must be the buffer's end.
    let i = 0;
    const n = chars.length;
    while (i < n && isAsciiSpace(chars[i]))
        i++;
    let negative = false;
    if (chars[i] === '+' || chars[i] === '-') {
        negative = chars[i] === '-';
        i++;
    }
    if (chars[i] === '_')
        throw invalid();
    const digits = [];
    let prev = '';
    for (; i < n; i++) {
        const c = chars[i] ?? '';
        if (c === '_') {
            if (prev === '_')
                throw invalid();
        }
        else if (c >= '0' && c <= '9') {
            digits.push(c);
        }
        else
            break;
        prev = c;
    }
    if (prev === '_')
        throw invalid();
    if (digits.length > PY_INT_MAX_STR_DIGITS)
        throw limitError(digits.length);
    if (digits.length === 0)
        throw invalid();
    while (i < n && isAsciiSpace(chars[i]))
        i++;
    if (i !== n)
        throw invalid();
    const value = BigInt(digits.join(''));
    return negative ? -value : value;
}
/** Python `int(x)` for a float: truncation toward zero. */
function pyIntFromFloat(x) {
    if (Number.isNaN(x)) {
        throw new errors_PyError('ValueError', 'cannot convert float NaN to integer');
    }
    if (!Number.isFinite(x)) {
        throw new errors_PyError('OverflowError', 'cannot convert float infinity to integer');
    }
    return BigInt(Math.trunc(x));
}
/**
 * Python `int(value)` (base 10) for any value the json module produces.
 * Throws PyError with Python's class and message: ValueError, OverflowError
 * or TypeError.
 */
function int_pyInt(value) {
    if (typeof value === 'bigint')
        return value;
    if (typeof value === 'boolean')
        return value ? 1n : 0n;
    if (typeof value === 'number')
        return pyIntFromFloat(value);
    if (typeof value === 'string')
        return pyIntFromString(value);
    throw new errors_PyError('TypeError', 'int() argument must be a string, a bytes-like object or a real ' +
        `number, not '${pyTypeName(value)}'`);
}

;// CONCATENATED MODULE: ./src/core/airflow/connection.ts
/**
 * Airflow's Connection, as each profile builds it from a URI or a JSON
 * document (spec §1, §2, §3). Every function throws `PyError` carrying the
 * exception class Airflow would raise, or returns what Airflow would store.
 */








const AIRFLOW_EXCEPTION = 'AirflowException';
const EXTRA_KEY = '__extra__';
/** #62180 (airflow-core 3.2) stopped printing the URI. */
const invalidConnectionString = (uri, engine) => new errors_PyError(AIRFLOW_EXCEPTION, engine === 'core32'
    ? 'Invalid connection string.'
    : `Invalid connection string: ${uri}.`);
/** airflow-core 3.1.6+ JSON-decodes URI query values (#59339). */
const decodesQueryValues = (engine) => engine === 'core316' || engine === 'core32';
/** `_normalize_conn_type`: `postgresql` → `postgres`, else `-` → `_`. */
function normalizeConnType(connType) {
    if (connType === 'postgresql')
        return 'postgres';
    return connType.replaceAll('-', '_');
}
const isOrm = (engine) => !(0,airflow_profiles/* isSdkEngine */.nB)(engine);
/** Airflow's `sanitize_conn_id`: the id, or null when Airflow would drop it. */
function sanitizeConnId(connId) {
    if (codePointLength(connId) > 250)
        return null;
    return /^[\p{L}\p{N}_#!()\-.:/\\]+$/u.test(connId) ? connId : null;
}
/** The conn_id as Airflow prints it inside extra-validation messages. */
function connIdRepr(engine, connId) {
    if (engine === 'core32')
        return 'None';
    const sanitized = sanitizeConnId(connId);
    return sanitized === null ? 'None' : pyRepr(sanitized);
}
/** `bytes(value, "utf-8")` as the ORM password/extra setters do it. */
function ormEncode(value) {
    if (typeof value !== 'string')
        throw new errors_PyError('TypeError', 'encoding without a string argument');
    const surrogate = /[\uD800-\uDFFF]/u.exec(value);
    if (surrogate) {
        const position = codePointLength(value.slice(0, surrogate.index));
        throw new errors_PyError('UnicodeEncodeError', `'utf-8' codec can't encode character '\\u${surrogate[0]
            .charCodeAt(0)
            .toString(16)}' in position ${position}: surrogates not allowed`);
    }
}
/** `_validate_extra` in airflow-core 3: extra must be a JSON object. */
function validateExtraCore(extra, engine, connId) {
    let parsed;
    try {
        parsed = pyJsonLoads(extra);
    }
    catch (error) {
        if (error instanceof PyJsonDecodeError)
            throw new errors_PyError('ValueError', `Encountered non-JSON in \`extra\` field for connection ${connIdRepr(engine, connId)}.`);
        throw error;
    }
    if (!isPyDict(parsed))
        throw new errors_PyError('ValueError', `Encountered JSON value in \`extra\` which does not parse as a dictionary in connection ${connIdRepr(engine, connId)}. The \`extra\` field must contain a JSON representation of a Python dict.`);
}
/**
 * The ORM's property setters (af2 and core): a falsy password is ignored
 * (None), a truthy one must encode as UTF-8; extra likewise, validated first
 * in airflow-core 3.
 */
function ormPassword(engine, password) {
    if (!isOrm(engine) || password === null)
        return password;
    if (!pyTruthy(password))
        return null;
    ormEncode(password);
    return password;
}
function ormExtra(engine, extra, connId) {
    if (!isOrm(engine) || extra === null || extra === '')
        return extra;
    if (engine !== 'af2')
        validateExtraCore(extra, engine, connId);
    ormEncode(extra);
    return extra;
}
/** Drops the first character (a code point, as Python indexes strings). */
function dropFirstCodePoint(text) {
    const first = text.codePointAt(0);
    if (first === undefined)
        return text;
    return text.slice(first > 0xffff ? 2 : 1);
}
/** `_parse_netloc_to_hostname`. */
function hostFromNetloc(netloc) {
    let host = unquote(hostname(netloc) ?? '');
    if (host.includes('/')) {
        host = netloc;
        const at = host.lastIndexOf('@');
        if (at >= 0)
            host = host.slice(at + 1);
        const colon = host.indexOf(':');
        if (colon >= 0)
            host = host.slice(0, colon);
        host = unquote(host);
    }
    return host;
}
/**
 * `Connection(uri=...)` (af2, core) or `Connection.from_uri(uri, conn_id)`
 * (Task SDK): spec §1.1–§1.2.
 */
function connectionFromUri(uri, engine, connId) {
    const schemes = uri.split('://').length - 1;
    if (schemes > 2)
        throw invalidConnectionString(uri, engine);
    const withProtocol = schemes === 2;
    const first = urlsplit(uri);
    const connType = normalizeConnType(first.scheme);
    const rest = uri.replaceAll(`${first.scheme}://`, withProtocol ? '' : '//');
    if (withProtocol) {
        const head = rest.split('://')[0] ?? '';
        if (head.includes('@') || head.includes(':'))
            throw invalidConnectionString(uri, engine);
    }
    const parts = urlsplit(rest);
    const protocol = withProtocol ? parts.scheme : '';
    const parsedHost = hostFromNetloc(parts.netloc);
    const host = parsedHost && protocol ? `${protocol}://${parsedHost}` : parsedHost;
    const quotedSchema = dropFirstCodePoint(parts.path);
    const schema = quotedSchema ? unquote(quotedSchema) : quotedSchema;
    const info = userinfo(parts.netloc);
    const login = info.username ? unquote(info.username) : info.username;
    const rawPassword = info.password ? unquote(info.password) : info.password;
    const password = ormPassword(engine, rawPassword);
    const port = urllib_port(parts.netloc);
    let extra = null;
    if (parts.query) {
        const query = pairsToDict(parseQsl(parts.query));
        const explicit = query.get(EXTRA_KEY);
        if (explicit !== undefined)
            extra = explicit;
        else if (decodesQueryValues(engine)) {
            const decoded = new Map();
            for (const [key, item] of query)
                decoded.set(key, jsonOrText(item));
            extra = pyJsonDumps(decoded);
        }
        else
            extra = pyJsonDumps(query);
    }
    return {
        connType,
        host,
        login,
        password,
        schema,
        port: port === null ? null : BigInt(port),
        extra: ormExtra(engine, extra, connId),
        description: null,
        engine
    };
}
/** `json.loads(value)` when that succeeds, else the string (#59339). */
function jsonOrText(value) {
    try {
        return pyJsonLoads(value);
    }
    catch (error) {
        if (error instanceof PyJsonDecodeError)
            return value;
        throw error;
    }
}
/** Keyword arguments every profile's constructor takes (spec §2.5). */
const CONSTRUCTOR_KEYS = [
    'conn_type',
    'description',
    'host',
    'login',
    'password',
    'schema',
    'port',
    'extra'
];
const ALLOWED_KEYS = {
    af2: new Set([...CONSTRUCTOR_KEYS, 'uri']),
    core30: new Set([...CONSTRUCTOR_KEYS, 'uri']),
    core31: new Set([...CONSTRUCTOR_KEYS, 'uri', 'team_id']),
    core316: new Set([...CONSTRUCTOR_KEYS, 'uri', 'team_id']),
    core32: new Set([...CONSTRUCTOR_KEYS, 'uri', 'team_name']),
    sdk110: new Set(CONSTRUCTOR_KEYS),
    sdk115: new Set(CONSTRUCTOR_KEYS),
    sdk118: new Set(CONSTRUCTOR_KEYS),
    sdk12: new Set([...CONSTRUCTOR_KEYS, 'uri'])
};
const classPath = (engine) => (0,airflow_profiles/* isSdkEngine */.nB)(engine)
    ? 'airflow.sdk.definitions.connection.Connection'
    : 'airflow.models.connection.Connection';
/** Task SDK 1.1.0–1.1.4 check conn_type before anything else. */
const CONN_TYPE_REQUIRED = "Connection type (conn_type) is required but missing from connection configuration. Please add 'conn_type' field to your connection definition.";
/** `_normalize_conn_type` applied to whatever JSON gave (spec §2.3). */
function normalizeJsonConnType(value) {
    if (typeof value === 'string')
        return normalizeConnType(value);
    if (Array.isArray(value)) {
        if (value.includes('-'))
            throw new errors_PyError('AttributeError', "'list' object has no attribute 'replace'");
        return value;
    }
    if (isPyDict(value)) {
        if (value.has('-'))
            throw new errors_PyError('AttributeError', "'dict' object has no attribute 'replace'");
        return value;
    }
    // `"-" in 5` / `"-" in True`
    throw new errors_PyError('TypeError', `argument of type '${typeof value === 'boolean' ? 'bool' : typeof value === 'bigint' ? 'int' : 'float'}' is not iterable`);
}
/** `int(port)` as `from_json` does it, with its ValueError rewording. */
function jsonPort(value) {
    try {
        return int_pyInt(value);
    }
    catch (error) {
        if (error instanceof errors_PyError && error.pyClass === 'ValueError')
            throw new errors_PyError('ValueError', `Expected integer value for \`port\`, but got ${pyRepr(value)} instead.`);
        throw error;
    }
}
/**
 * `Connection.from_json(value, conn_id)` (spec §2): `value` is the JSON text.
 */
function connectionFromJson(value, engine, connId) {
    const kwargs = pyJsonLoads(value);
    if (engine === 'sdk110') {
        // `kwargs.get("conn_type", None)` comes first in this release.
        if (!isPyDict(kwargs))
            throw new errors_PyError('AttributeError', `'${pyTypeName(kwargs)}' object has no attribute 'get'`);
        if (!pyTruthy(kwargs.get('conn_type') ?? null))
            throw new errors_PyError('ValueError', CONN_TYPE_REQUIRED);
    }
    if (!isPyDict(kwargs)) {
        if (Array.isArray(kwargs))
            throw new errors_PyError('TypeError', 'pop expected at most 1 argument, got 2');
        throw new errors_PyError('AttributeError', `'${kwargs === null ? 'NoneType' : typeof kwargs === 'string' ? 'str' : typeof kwargs === 'boolean' ? 'bool' : typeof kwargs === 'bigint' ? 'int' : 'float'}' object has no attribute 'pop'`);
    }
    return connectionFromKwargs(new Map(kwargs), engine, connId);
}
function connectionFromKwargs(kwargs, engine, connId) {
    const pop = (key) => {
        const item = kwargs.get(key) ?? null;
        kwargs.delete(key);
        return item;
    };
    const rawExtra = pop('extra');
    if (pyTruthy(rawExtra))
        kwargs.set('extra', typeof rawExtra === 'string' ? rawExtra : pyJsonDumps(rawExtra));
    const rawType = pop('conn_type');
    if (pyTruthy(rawType))
        kwargs.set('conn_type', normalizeJsonConnType(rawType));
    const rawPort = pop('port');
    if (pyTruthy(rawPort))
        kwargs.set('port', jsonPort(rawPort));
    // Binding the constructor's keyword arguments.
    if (kwargs.has('conn_id'))
        throw new errors_PyError('TypeError', `${classPath(engine)}() got multiple values for keyword argument 'conn_id'`);
    for (const key of kwargs.keys())
        if (!ALLOWED_KEYS[engine].has(key))
            throw new errors_PyError('TypeError', `Connection.__init__() got an unexpected keyword argument '${key}'`);
    const field = (key) => kwargs.get(key) ?? null;
    if ((engine === 'sdk110' || engine === 'sdk115') &&
        !pyTruthy(field('conn_type')))
        throw new errors_PyError('TypeError', "Connection.__init__() missing 1 required positional argument: 'conn_type'");
    const port = field('port');
    const extra = field('extra');
    const uri = field('uri');
    if ((isOrm(engine) || engine === 'sdk12') && pyTruthy(uri)) {
        const mixed = [
            'conn_type',
            'host',
            'login',
            'password',
            'schema',
            'port',
            'extra'
        ].some((key) => pyTruthy(field(key)));
        if (mixed)
            throw new errors_PyError(AIRFLOW_EXCEPTION, "You must create an object using the URI or individual values (conn_type, host, login, password, schema, port or extra).You can't mix these two ways to create this object.");
        if (typeof uri !== 'string')
            throw new errors_PyError('AttributeError', `'${uri === true ? 'bool' : typeof uri === 'bigint' ? 'int' : typeof uri === 'number' ? 'float' : Array.isArray(uri) ? 'list' : 'dict'}' object has no attribute 'count'`);
        const parsed = connectionFromUri(uri, engine, connId);
        return { ...parsed, description: field('description') };
    }
    const password = ormPassword(engine, field('password'));
    return {
        connType: field('conn_type'),
        host: field('host'),
        login: field('login'),
        password,
        schema: field('schema'),
        port,
        extra: ormExtra(engine, extra, connId),
        description: field('description'),
        engine
    };
}
/**
 * `deserialize_connection` (spec §3.2): strip, then JSON when it starts with
 * `{`, else a URI. An all-whitespace value raises IndexError.
 */
function deserializeConnection(value, engines, connId) {
    const stripped = pyStrip(value);
    if (stripped === '')
        throw new errors_PyError('IndexError', 'string index out of range');
    if (stripped.startsWith('{'))
        return connectionFromJson(stripped, engines.json, connId);
    return connectionFromUri(stripped, engines.uri, connId);
}
/** `extra_dejson`: the parsed extra, `{}` when it is not JSON. */
function extraDejson(conn) {
    if (!conn.extra)
        return new Map();
    try {
        return pyJsonLoads(conn.extra);
    }
    catch (error) {
        if (error instanceof PyJsonDecodeError)
            return new Map();
        throw error;
    }
}
/** Python `==` between two parsed extras (dict order does not matter). */
function pyEqual(a, b) {
    if (isPyDict(a) && isPyDict(b)) {
        if (a.size !== b.size)
            return false;
        for (const [key, item] of a) {
            if (!b.has(key))
                return false;
            if (!pyEqual(item, b.get(key) ?? null))
                return false;
        }
        return true;
    }
    if (Array.isArray(a) && Array.isArray(b))
        return (a.length === b.length && a.every((item, i) => pyEqual(item, b[i] ?? null)));
    if ((typeof a === 'bigint' ||
        typeof a === 'number' ||
        typeof a === 'boolean') &&
        (typeof b === 'bigint' || typeof b === 'number' || typeof b === 'boolean'))
        return (Number(a) === Number(b) &&
            (typeof a !== 'bigint' || typeof b !== 'bigint' || a === b));
    return a === b;
}
/** `Connection.get_uri()` of the class that built it (spec §1.8). */
function getUri(conn) {
    const engine = conn.engine;
    const connType = conn.connType;
    if (pyTruthy(connType) && typeof connType !== 'string')
        throw new errors_PyError('AttributeError', `'${pyTypeName(connType)}' object has no attribute 'lower'`);
    let uri = typeof connType === 'string' && connType
        ? `${connType.toLowerCase().replaceAll('_', '-')}://`
        : '//';
    const host = conn.host;
    let hostToUse = host;
    if (pyTruthy(host)) {
        if (typeof host !== 'string' && !Array.isArray(host) && !isPyDict(host))
            throw new errors_PyError('TypeError', `argument of type '${typeof host === 'boolean' ? 'bool' : typeof host === 'bigint' ? 'int' : 'float'}' is not iterable`);
        const text = typeof host === 'string' ? host : null;
        const contains = text === null
            ? Array.isArray(host)
                ? host.includes('://')
                : host.has('://')
            : text.includes('://');
        if (contains) {
            if (text === null)
                throw new errors_PyError('AttributeError', `'${Array.isArray(host) ? 'list' : 'dict'}' object has no attribute 'split'`);
            const at = text.indexOf('://');
            const protocol = text.slice(0, at);
            const rest = text.slice(at + 3);
            // #51953 (3.1+ core, every Task SDK) keeps a host whose protocol is the conn_type.
            const keepWhole = engine !== 'af2' && engine !== 'core30' && protocol === connType;
            if (keepWhole)
                hostToUse = text;
            else {
                hostToUse = rest;
                if (protocol)
                    uri += `${protocol}://`;
            }
        }
    }
    let authority = '';
    if (conn.login !== null)
        authority += quote(conn.login, '');
    if (conn.password !== null)
        authority += ':' + quote(conn.password, '');
    if (authority !== '') {
        authority += '@';
        uri += authority;
    }
    let hostBlock = '';
    if (pyTruthy(hostToUse))
        hostBlock += quote(hostToUse, '');
    if (conn.port !== null && conn.port !== 0n) {
        hostBlock +=
            hostBlock === '' && authority === '' ? `@:${conn.port}` : `:${conn.port}`;
    }
    const hasSchema = pyTruthy(conn.schema);
    if (hasSchema)
        hostBlock += `/${quote(conn.schema, '')}`;
    uri += hostBlock;
    if (conn.extra) {
        // Only extras that parse back equal take the query form; #59339's
        // "every value is a str" test (3.1.6+ core) gives the same answer, as a
        // non-string value never equals the string parse_qsl returns.
        const dejson = extraDejson(conn);
        let query;
        try {
            query = urlencode(dejson);
        }
        catch (error) {
            if (!(error instanceof errors_PyError && error.pyClass === 'TypeError'))
                throw error;
            query = null;
        }
        const prefix = hasSchema ? '?' : '/?';
        if (query && pyEqual(dejson, pairsToDict(parseQsl(query))))
            uri += prefix + query;
        else
            uri += prefix + urlencode(new Map([[EXTRA_KEY, conn.extra]]));
    }
    return uri;
}

;// CONCATENATED MODULE: ./src/core/airflow/build-connection.ts
/**
 * The one way to build the Connection Airflow builds from a value: the
 * value, where it came from (its origin), the release profile and the
 * conn_id. The gate, `explain` and the golden tests all call this.
 */




/**
 * The Connection `profile` builds from `value` read from `origin`, or
 * `found: false` when Airflow treats the value as absent (an empty value).
 * Throws PyError carrying the exception Airflow raises.
 */
function buildConnection(value, origin, profile, connId) {
    const engines = airflow_profiles/* PROFILE_INFO */.Hg[profile];
    switch (origin.via) {
        case 'secretsmanager': {
            const standardized = standardizeConnectionSecret(value, origin.settings, pyJsonLoads);
            // get_connection: a falsy value is "not found" in this backend.
            if (standardized === '')
                return { found: false };
            return {
                found: true,
                conn: deserializeConnection(standardized, engines, connId)
            };
        }
        case 'env':
            if (value === '')
                return { found: false };
            return {
                found: true,
                conn: deserializeConnection(value, engines, connId)
            };
        case 'uri':
            return {
                found: true,
                conn: connectionFromUri(value, engines.uri, connId)
            };
        case 'json':
            return {
                found: true,
                conn: connectionFromJson(value, engines.json, connId)
            };
        case 'direct':
            return {
                found: true,
                conn: value.startsWith('{')
                    ? connectionFromJson(value, engines.json, connId)
                    : connectionFromUri(value, engines.uri, connId)
            };
    }
}

// EXTERNAL MODULE: ./src/core/findings.ts
var core_findings = __webpack_require__(4637);
;// CONCATENATED MODULE: ./src/core/gate/fixes.ts
const STRUCTURE = 'Connection JSON takes conn_type, host, login, password, schema, port, extra and description as keys (or uri alone)';
/** One rule per family of exceptions, tried in order. */
const PARSE_FIXES = [
    [
        /^Port could not be cast to integer value/,
        "What follows the last ':' of the host part must be a port of digits only (`host:5432`). A ':' or '/' inside the login or password ends the host part early: URL-encode them (':' as %3A, '/' as %2F), e.g. `postgres://user:pa%2Fss%3Aword@host:5432/db`."
    ],
    [
        /^Port out of range 0-65535/,
        "Ports run from 0 to 65535 (urlsplit's rule), e.g. `host:5432`. If those digits belong to the password, URL-encode its ':' as %3A, e.g. `postgres://user:pa%3A99999@host:5432/db`."
    ],
    [
        /^Expected integer value for `port`|^invalid literal for int\(\)/,
        'The JSON "port" must be an integer (int() of it must succeed), e.g. `"port": 5432`.'
    ],
    [
        /^Invalid connection string/,
        "Airflow accepts at most two '://' in a URI. URL-encode any other inside a component ('://' as %3A%2F%2F), e.g. `http://https%3A%2F%2Fapi.example.com/`."
    ],
    [
        /IPv6|IPv4|IPvFuture/,
        "Put only an IPv6 address in brackets (`postgres://user:pw@[2001:db8::1]:5432/db`); write an IPv4 address or a host name without them, and URL-encode '[' and ']' in the login or password (%5B, %5D)."
    ],
    [
        /NFKC normalization/,
        "The host part holds characters that Unicode NFKC turns into '/', '?', '#', '@' or ':'. Write the host name in its xn-- (punycode) form and URL-encode the login and password."
    ],
    [
        /`extra`/,
        'The extra must be a JSON object: `"extra": {"key": "value"}` in JSON, or `?key=value` query parameters in a URI (`?__extra__=` takes a URL-encoded JSON object, `%7B%22key%22%3A%22value%22%7D`).'
    ],
    [
        /surrogate/,
        'The value holds a lone UTF-16 surrogate, which UTF-8 cannot encode: type the affected characters again.'
    ],
    [
        /unexpected keyword argument|multiple values for keyword argument/,
        `Drop the key Airflow's Connection does not accept. ${STRUCTURE}.`
    ],
    [
        /missing 1 required positional argument: 'conn_type'/,
        'Set the connection type in the JSON, e.g. `"conn_type": "postgres"`.'
    ],
    [
        /You must create an object using the URI or individual values/,
        'Give either "uri" alone or the separate fields, not both.'
    ],
    [
        /^string index out of range$/,
        'The value is blank: store the connection URI or JSON.'
    ],
    [
        /object has no attribute|is not iterable|expected at most/,
        'A key has the wrong JSON type: conn_type, host, login, password and schema are strings, port an integer, extra an object or a string.'
    ]
];
/**
 * The fix for a connection Airflow fails to build, from the exception it
 * raises. JSON syntax and nesting errors get the JSON fixes.
 */
function connectionParseFix(error) {
    if (error.pyClass.endsWith('JSONDecodeError'))
        return 'Store valid JSON: double-quoted keys and strings, no trailing commas, no comments (`python -m json.tool` checks it).';
    if (error.pyClass === 'RecursionError')
        return 'The JSON nests deeper than Python parses; flatten it.';
    for (const [pattern, fix] of PARSE_FIXES)
        if (pattern.test(error.message))
            return fix;
    return 'Fix the value so Airflow can build the connection: `astro-secrets-gate explain` shows each step Airflow takes with it.';
}
/** An example of where each connection field sits in a URI. */
const URI_PLACES = {
    host: 'host (`scheme://login:password@HOST:port/schema`)',
    login: 'login (`scheme://LOGIN:password@host`)',
    password: 'password (`scheme://login:PASSWORD@host`, URL-encoded)',
    schema: 'schema (`scheme://host/SCHEMA`)',
    port: 'port (`scheme://host:PORT`)',
    extra: 'extra (`scheme://host/?key=value`)'
};
/** The fix for required fields that are empty. */
function missingFieldsFix(fields) {
    const places = fields.map((field) => URI_PLACES[field] ?? field);
    const keys = fields.map((field) => `"${field}"`).join(', ');
    return `Set ${places.join(', ')} in the URI, or ${keys} in the JSON.`;
}
/** The fix for keys the manifest requires in the extra. */
function missingExtraKeysFix(keys) {
    const [first = 'key'] = keys;
    return `Add ${keys.map((key) => `'${key}'`).join(', ')} to the extra: \`?${first}=...\` in the URI, or \`"extra": {"${first}": ...}\` in the JSON.`;
}

// EXTERNAL MODULE: ./src/core/aws/inputs.ts
var inputs = __webpack_require__(7124);
;// CONCATENATED MODULE: ./src/core/gate/lints.ts
/**
 * Mistakes the Astronomer and Airflow docs make easy, caught with a hint
 * each. Messages describe the shape of a value, never its content.
 */





const finding = (context, severity, code, message, hint) => ({
    code,
    severity,
    kind: context.kind,
    id: context.id,
    ...(context.secretName === undefined
        ? {}
        : { secretName: context.secretName }),
    message,
    hint
});
/** Lints on the id itself. */
function lintId(context) {
    if (!context.id.startsWith('/'))
        return [];
    return [
        finding(context, 'warning', 'id-leading-slash', `The ${context.kind} id starts with '/', so its secret name has a doubled or leading '/'.`, 'Drop the leading slash from the id, as the Astro docs advise.')
    ];
}
function isWrappedInQuotes(value) {
    const text = pyStrip(value);
    if (text.length < 2)
        return false;
    const first = text[0];
    return (first === '"' || first === "'") && text.endsWith(first);
}
function isConsolePlaceholder(value) {
    // Only a JSON object can be one: skip the parse (and its exception) for
    // the URIs and plain values most secrets are.
    if (!value.trimStart().startsWith('{'))
        return false;
    try {
        const parsed = pyJsonLoads(value);
        return (isPyDict(parsed) &&
            parsed.size > 0 &&
            [...parsed.keys()].every((key) => key === ''));
    }
    catch {
        return false;
    }
}
/** Lints on a raw SecretString, for both connections and variables. */
function lintValue(context, value) {
    const findings = [];
    if (isWrappedInQuotes(value))
        findings.push(finding(context, context.kind === 'connection' ? 'error' : 'warning', 'value-quoted', `The whole value is wrapped in quotes; Airflow keeps them as part of the ${context.kind === 'connection' ? 'URI, so it finds no scheme' : 'value'}.`, 'Store the value without surrounding quotes (Plaintext, no quoting).'));
    if (isConsolePlaceholder(value))
        findings.push(finding(context, 'error', 'console-placeholder', `The value is the console's pre-filled {"":""} (keys with empty names only).`, 'In the Secrets Manager console choose Plaintext and replace the pre-populated brackets and quotation marks with the value.'));
    if (context.kind === 'variable' && value.trim() === '')
        findings.push(finding(context, 'warning', 'value-blank', 'The value is empty or only whitespace; Airflow returns it unchanged.', 'Store the intended value.'));
    return findings;
}
/** Lints on a connection URI, before parsing (spec §1.2.4 and the AWS page). */
function lintConnectionUri(context, value) {
    const text = pyStrip(value);
    if (text.startsWith('{'))
        return [];
    const findings = [];
    const scheme = /^([A-Za-z][A-Za-z0-9+.\-_]*):\/\//.exec(text)?.[1];
    if (scheme?.includes('_'))
        findings.push(finding(context, 'error', 'uri-scheme-underscore', `The URI scheme '${scheme}' contains '_', which is not a legal scheme character: Airflow finds no scheme and the connection gets no conn_type.`, `Write the scheme with '-' (\`${scheme.replaceAll('_', '-')}://\`); Airflow turns '-' back into '_'.`));
    const schemes = text.split('://').length - 1;
    if (schemes >= 1) {
        const afterScheme = text.slice(text.indexOf('://') + 3);
        const authorityStart = schemes === 2
            ? afterScheme.slice(afterScheme.indexOf('://') + 3)
            : afterScheme;
        const at = authorityStart.lastIndexOf('@');
        if (at >= 0) {
            const userinfo = authorityStart.slice(0, at);
            const cut = /[/?#]/.exec(userinfo);
            if (cut)
                findings.push(finding(context, 'error', 'uri-unencoded-reserved', `The login or password contains an unencoded '${cut[0]}', so Airflow ends the host part there and reads the rest as schema, query or fragment.`, scheme?.toLowerCase() === 'aws'
                    ? `URL-encode the secret access key: '${cut[0]}' as ${encodeURIComponent(cut[0])}, e.g. \`aws://KEY_ID:SECRET%2FPART@\` as the AWS connection docs show.`
                    : `URL-encode the login and password: '${cut[0]}' as ${encodeURIComponent(cut[0])}, e.g. \`postgres://user:pa${encodeURIComponent(cut[0])}ss@host/db\`.`));
        }
        else if (scheme?.toLowerCase() === 'aws' &&
            /^[^/?#]+:[^/?#]*$/.test(authorityStart))
            findings.push(finding(context, 'error', 'aws-uri-missing-at', "An aws:// URI with key id and secret but no trailing '@': Airflow reads them as host and port.", "End the credentials with '@' (`aws://KEY_ID:SECRET@`), as the AWS connection docs show."));
    }
    return findings;
}
const ASSUME_ROLE_METHODS = [
    'assume_role',
    'assume_role_with_saml',
    'assume_role_with_web_identity'
];
const RETRY_MODES = ['legacy', 'standard', 'adaptive'];
/** Lints on an `aws` connection's extra (the seed AWS connection page). */
function lintAwsExtra(context, extra) {
    if (!isPyDict(extra))
        return [];
    const findings = [];
    const known = new Set([...AWS_CONNECTION_KEYS, 'profile_name']);
    let position = 0;
    for (const key of extra.keys()) {
        position += 1;
        const replacement = DEPRECATED_AWS_KEYS.get(key);
        if (replacement !== undefined)
            findings.push(finding(context, 'warning', 'aws-extra-deprecated', `The extra key '${key}' is deprecated for AWS connections.`, `${replacement[0]?.toUpperCase() ?? ''}${replacement.slice(1)}.`));
        else if (!known.has(key))
            findings.push(finding(context, 'warning', 'aws-extra-unknown', 
            // The key comes from the value (for a URI, a decoded query
            // name) and may be secret: shown by position only.
            `The extra key #${position} is not an AWS connection setting; the AWS hook ignores it.`, `Check the spelling; known keys: ${[...known].join(', ')}.`));
    }
    const method = extra.get('assume_role_method');
    if (method !== undefined &&
        method !== null &&
        (typeof method !== 'string' || !ASSUME_ROLE_METHODS.includes(method)))
        findings.push(finding(context, 'error', 'aws-assume-role-method', 'assume_role_method is not one of assume_role, assume_role_with_saml, assume_role_with_web_identity.', 'Use one of the three STS methods the AWS hook supports.'));
    const roleArn = extra.get('role_arn');
    if (roleArn !== undefined &&
        roleArn !== null &&
        (typeof roleArn !== 'string' || !inputs/* ROLE_ARN_PATTERN */.yE.test(roleArn)))
        findings.push(finding(context, 'error', 'aws-role-arn', 'role_arn is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>).', 'Copy the role ARN from the IAM console.'));
    const region = extra.get('region_name');
    if (region !== undefined &&
        region !== null &&
        (typeof region !== 'string' || !inputs/* REGION_PATTERN */.aY.test(region)))
        findings.push(finding(context, 'error', 'aws-region-name', 'region_name is not an AWS region code such as us-east-1.', 'Use the region code, not its display name.'));
    const config = extra.get('config_kwargs');
    const retries = isPyDict(config ?? null)
        ? config.get('retries')
        : undefined;
    const mode = retries !== undefined && isPyDict(retries) ? retries.get('mode') : undefined;
    if (mode !== undefined &&
        (typeof mode !== 'string' || !RETRY_MODES.includes(mode)))
        findings.push(finding(context, 'error', 'aws-retry-mode', 'config_kwargs.retries.mode is not legacy, standard or adaptive.', 'botocore accepts only legacy, standard and adaptive; standard is the usual fix for throttling.'));
    if (method === 'assume_role_with_saml') {
        const saml = extra.get('assume_role_with_saml');
        const missing = ['idp_url', 'principal_arn'].filter((key) => !isPyDict(saml ?? null) || !saml.get(key));
        if (missing.length > 0)
            findings.push(finding(context, 'error', 'aws-saml-incomplete', `assume_role_with_saml lacks ${missing.join(' and ')}.`, 'Set assume_role_with_saml.idp_url and assume_role_with_saml.principal_arn.'));
    }
    if (extra.get('assume_role_with_web_identity_federation') === 'google' &&
        !roleArn)
        findings.push(finding(context, 'error', 'aws-federation-role', 'Web identity federation with google needs role_arn.', 'Set role_arn to the role the Google identity assumes.'));
    return findings;
}

;// CONCATENATED MODULE: ./src/core/airflow/masker.ts
/**
 * What Airflow's secrets masker hides: the sensitive field names, and the
 * parts of a connection (password forms, values under sensitive extra keys)
 * it registers for masking.
 */


/** Airflow's DEFAULT_SENSITIVE_FIELDS (secrets_masker). */
const SENSITIVE_FIELDS = [
    'access_token',
    'api_key',
    'apikey',
    'authorization',
    'passphrase',
    'passwd',
    'password',
    'private_key',
    'secret',
    'token',
    'keyfile_dict',
    'service_account'
];
/** Airflow's `should_hide_value_for_key`. */
function isSensitiveKey(name) {
    const key = name.trim().toLowerCase();
    return SENSITIVE_FIELDS.some((field) => key.includes(field));
}
/** Every string leaf of a JSON value (for masking under a sensitive key). */
function stringLeaves(value, into = []) {
    if (typeof value === 'string')
        into.push(value);
    else if (typeof value === 'bigint' || typeof value === 'number')
        into.push(String(value));
    else if (Array.isArray(value))
        for (const item of value)
            stringLeaves(item, into);
    else if (isPyDict(value))
        for (const item of value.values())
            stringLeaves(item, into);
    return into;
}
/** The values under sensitive keys of an extra, as Airflow's masker walks it. */
function sensitiveExtraValues(extra, into = []) {
    if (isPyDict(extra)) {
        for (const [key, item] of extra)
            if (isSensitiveKey(key))
                stringLeaves(item, into);
            else
                sensitiveExtraValues(item, into);
    }
    else if (Array.isArray(extra))
        for (const item of extra)
            sensitiveExtraValues(item, into);
    return into;
}
/**
 * The forms of a password Airflow masks (raw and URL-quoted), plus the
 * quote_plus form a query string would carry.
 */
function passwordForms(password) {
    if (typeof password !== 'string' || password === '')
        return [];
    const forms = [password];
    try {
        forms.push(quote(password), quote(password, ''));
    }
    catch {
        // A password that cannot be quoted has no quoted form to mask.
    }
    return [...new Set(forms)];
}

;// CONCATENATED MODULE: ./src/core/redact.ts
const REDACTED = '***';
/** Message templates whose quoted part comes from the secret. */
const QUOTING_TEMPLATES = [
    [
        /^Invalid connection string: [\s\S]*\.$/,
        `Invalid connection string: ${REDACTED}.`
    ],
    [
        /^Port could not be cast to integer value as [\s\S]*$/,
        `Port could not be cast to integer value as ${REDACTED}`
    ],
    [
        /^Expected integer value for `port`, but got [\s\S]* instead\.$/,
        `Expected integer value for \`port\`, but got ${REDACTED} instead.`
    ],
    [
        /^invalid literal for int\(\) with base 10: [\s\S]*$/,
        `invalid literal for int() with base 10: ${REDACTED}`
    ],
    [
        /^netloc [\s\S]* contains invalid characters under NFKC normalization$/,
        `netloc ${REDACTED} contains invalid characters under NFKC normalization`
    ],
    [
        /^[\s\S]* does not appear to be an IPv4 or IPv6 address$/,
        `${REDACTED} does not appear to be an IPv4 or IPv6 address`
    ],
    [
        // The keyword is a key of the secret's JSON; Airflow's own words only.
        /^(Connection\.__init__\(\) got an unexpected keyword argument) '(?!(?:conn_id|conn_type|description|host|login|password|schema|port|extra|uri)')[\s\S]*'$/,
        '$1 (a key of the value, name not shown)'
    ],
    [
        /^'utf-8' codec can't encode character [\s\S]* in position (\d+): surrogates not allowed$/,
        `'utf-8' codec can't encode a lone surrogate in position $1: surrogates not allowed`
    ]
];
/** A Python exception's message with any quoted input replaced by `***`. */
function safePyMessage(error) {
    for (const [pattern, replacement] of QUOTING_TEMPLATES)
        if (pattern.test(error.message))
            return error.message.replace(pattern, replacement);
    return error.message;
}
/**
 * Replaces every occurrence of each secret string in `text` (longest
 * first). The last line of defence for anything built from a message.
 */
function redact(text, secrets) {
    let out = text;
    const sorted = [...new Set(secrets)]
        .filter((secret) => secret.length > 0)
        .sort((a, b) => b.length - a.length);
    for (const secret of sorted)
        out = out.split(secret).join(REDACTED);
    return out;
}

;// CONCATENATED MODULE: ./src/core/gate/evaluate.ts
/**
 * Turns what Secrets Manager returned for one required connection or
 * variable into a verdict and findings, by running Airflow's own parsing for
 * every profile of the chosen Airflow version.
 */














const CONNECTION_FIELDS = [
    'conn_type',
    'host',
    'login',
    'password',
    'schema',
    'port',
    'extra',
    'description'
];
/** Ends a Python error message with a full stop, so the next sentence reads apart. */
function sentence(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
function make(subject, severity, code, message, hint, profiles) {
    return {
        code,
        severity,
        kind: subject.kind,
        id: subject.id,
        ...(subject.secretName === null ? {} : { secretName: subject.secretName }),
        message,
        ...(hint === undefined ? {} : { hint }),
        ...(profiles === undefined ? {} : { profiles })
    };
}
/** The verdict for a secret that was not read as a value. */
function unreadVerdict(subject, lookup, read, optional) {
    const severity = optional ? 'warning' : 'error';
    const done = (status, finding) => ({
        secretName: subject.secretName,
        status,
        findings: [finding],
        masks: []
    });
    if ('skipped' in lookup && lookup.skipped === 'pattern-timeout')
        return done('skipped', make(subject, 'error', 'lookup-pattern-timeout', `Could not decide whether Secrets Manager is asked: ${lookup.reason}.`, 'Rewrite the lookup pattern without nested or repeated quantifiers (for example ^(a+)+$ becomes ^a+$).'));
    if ('skipped' in lookup)
        return done('skipped', make(subject, severity, `lookup-${lookup.skipped}`, `Not looked up in Secrets Manager: ${lookup.reason}.`, 'Airflow takes it from the next backend (environment variables, then the metastore); adjust the prefix or pattern if it should come from Secrets Manager.'));
    if (!read)
        return null;
    const name = subject.secretName ?? '';
    switch (read.status) {
        case 'found':
            return null;
        case 'not-found':
            return done('missing', make(subject, severity, 'secret-not-found', `Secret ${name} does not exist.`, `Create it: aws secretsmanager create-secret --name ${name} --secret-string '<value>'.`));
        case 'scheduled-for-deletion':
            return done('missing', make(subject, severity, 'secret-scheduled-for-deletion', `Secret ${name} is scheduled for deletion; Airflow treats it as not found.`, `Restore it: aws secretsmanager restore-secret --secret-id ${name}.`));
        case 'binary-only':
            return done('missing', make(subject, severity, 'secret-binary-only', `Secret ${name} has only a SecretBinary; Airflow reads SecretString alone, so it is not found.`, 'Store the value as a SecretString (Plaintext).'));
        case 'decrypt-failed':
            return done('missing', make(subject, severity, 'secret-decrypt-failed', `Secret ${name} could not be decrypted (${read.awsCode ?? 'DecryptionFailure'}); Airflow treats that as not found.`, "Grant kms:Decrypt on the secret's KMS key to the role that reads it."));
        case 'access-denied':
            return done('unreadable', make(subject, 'error', 'secret-access-denied', `Reading secret ${name} was denied (${read.awsCode ?? 'AccessDeniedException'}). ${core_findings/* FALLS_THROUGH */.v}.`, 'Allow secretsmanager:GetSecretValue (and BatchGetSecretValue) on the prefix ARNs for the role, and kms:Decrypt on the key.'));
        case 'throttled':
            return done('unreadable', make(subject, 'error', 'secret-throttled', `Secret ${name} could not be read: AWS kept throttling after retries.`, 'Lower max-concurrency or raise max-attempts, then run again.'));
        case 'aws-error':
            return done('unreadable', make(subject, 'error', 'secret-aws-error', `Secret ${name} could not be read: ${read.awsCode ?? 'unknown AWS error'}${read.detail ? ` (${read.detail})` : ''}.`, 'Run again; if it persists, check the AWS service health and the error code.'));
    }
}
/** The origin of a value read for the gate. */
function originOf(via, settings, local) {
    if (via === 'secretsmanager')
        return { via: 'secretsmanager', settings };
    return { via: local ?? 'env' };
}
/**
 * Parses one connection value as the profile's secrets layer does, from
 * where it came from (buildConnection); null when Airflow treats it as not
 * set (an empty value).
 */
function parseConnectionSecret(value, id, origin, profile) {
    const built = buildConnection(value, origin, profile, id);
    if (!built.found)
        return null;
    // Airflow caches every connection it finds by its get_uri(), inside the
    // same try: a get_uri() failure makes the lookup fail too.
    getUri(built.conn);
    return built.conn;
}
function labels(profiles) {
    return (0,airflow_profiles/* describeProfiles */.W1)(profiles);
}
/** Groups identical findings from several profiles into one. */
function mergeByProfile(entries, allProfiles) {
    const groups = new Map();
    for (const { profile, finding } of entries) {
        const key = `${finding.code}\u0000${finding.message}`;
        const group = groups.get(key);
        if (group)
            group.profiles.push(profile);
        else
            groups.set(key, { finding, profiles: [profile] });
    }
    return [...groups.values()].map(({ finding, profiles }) => {
        if (profiles.length === allProfiles.length)
            return finding;
        return {
            ...finding,
            message: `${labels(profiles)}: ${finding.message}`,
            profiles
        };
    });
}
const FIELD_GETTERS = {
    conn_type: (conn) => conn.connType,
    host: (conn) => conn.host,
    login: (conn) => conn.login,
    password: (conn) => conn.password,
    schema: (conn) => conn.schema,
    port: (conn) => conn.port,
    extra: (conn) => conn.extra,
    description: (conn) => conn.description
};
/** The fields Airflow would see as set (truthy), in a fixed order. */
function fieldsSet(conn) {
    return CONNECTION_FIELDS.filter((field) => field !== 'conn_type' &&
        field !== 'description' &&
        pyTruthy(FIELD_GETTERS[field](conn)));
}
/**
 * Whether the parsed conn_type may be shown: it comes from a scheme
 * (`...://`) or a JSON object. A value without `://` (`login:pw@db`) puts
 * its first part, often the login, there.
 */
function connTypeShowable(value) {
    return value.includes('://') || pyStrip(value).startsWith('{');
}
function ruleFindings(subject, conn, rule, showType) {
    const findings = [];
    if (rule.connType !== undefined) {
        const expected = normalizeConnType(rule.connType.toLowerCase());
        const actual = typeof conn.connType === 'string' && conn.connType
            ? showType
                ? `'${conn.connType}'`
                : "taken from the value's first part (no '://', not shown)"
            : 'empty';
        if (conn.connType !== expected)
            findings.push(make(subject, 'error', 'conn-type-mismatch', `conn_type is ${actual}, expected '${expected}'.`, `Start the URI with ${expected.replaceAll('_', '-')}:// or set "conn_type": "${expected}" in the JSON.`));
    }
    const missing = (rule.require ?? []).filter((field) => !pyTruthy(FIELD_GETTERS[field](conn)));
    if (missing.length > 0)
        findings.push(make(subject, 'error', 'field-missing', `Required field${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} empty.`, missingFieldsFix(missing)));
    if (rule.extraKeys && rule.extraKeys.length > 0) {
        const extra = extraDejson(conn);
        const absent = rule.extraKeys.filter((key) => !isPyDict(extra) || !extra.has(key));
        if (absent.length > 0)
            findings.push(make(subject, 'error', 'extra-key-missing', `The extra lacks ${absent.map((key) => `'${key}'`).join(', ')}.`, missingExtraKeysFix(absent)));
    }
    return findings;
}
/**
 * JSON keys shown by name when dropped: well-known words (RDS-managed
 * secrets, Airflow's other spellings). Any other key of a secret may itself
 * be secret, so it is shown by position only.
 */
const KNOWN_DROPPED_KEYS = new Set([
    'dbname',
    'dbInstanceIdentifier',
    'dbClusterIdentifier',
    'masterarn',
    'uri',
    'url',
    'description',
    'extra_dejson',
    'conn_uri',
    'type',
    'name',
    'db',
    'hostname',
    'passwd',
    'secret',
    'token',
    'region',
    'region_name',
    'account',
    'role_arn'
]);
function jsonShapeFindings(subject, value, settings) {
    if (!pyStrip(value).startsWith('{'))
        return [];
    let parsed;
    try {
        parsed = pyJsonLoads(value);
    }
    catch {
        return [];
    }
    if (!isPyDict(parsed))
        return [];
    const findings = [];
    const dropped = droppedSecretKeys(parsed, settings.extraConnWords).filter((key) => key !== '');
    if (dropped.length > 0) {
        const order = [...parsed.keys()];
        const names = dropped.map((key) => KNOWN_DROPPED_KEYS.has(key)
            ? `'${key}'`
            : `key #${order.indexOf(key) + 1} (name not shown)`);
        const rds = dropped.includes('dbname');
        findings.push(make(subject, 'warning', 'json-keys-dropped', `The backend silently drops ${names.join(', ')}: only login/user/username/user_name, password/pass/key, host/remote_host/server, port, database/schema, conn_type/conn_id/connection_type/engine and extra are read.`, rds
            ? 'RDS-managed secrets keep the database name in \'dbname\', which Airflow drops: add "database" or use extra_conn_words.'
            : 'Rename the keys to the words above, or map them with extra_conn_words.'));
    }
    if (parsed.has('conn_id') && !parsed.has('conn_type'))
        findings.push(make(subject, 'warning', 'json-conn-id-as-type', "The key 'conn_id' is read as the connection type, not the id.", "Use 'conn_type' for the type; the id comes from the secret name."));
    return findings;
}
/** invalid with an error, warning with any finding, else valid. */
function statusFor(findings) {
    if (findings.some((finding) => finding.severity === 'error'))
        return 'invalid';
    return findings.length > 0 ? 'warning' : 'valid';
}
/**
 * What every evaluation starts with: the id lints, then either a finished
 * verdict (not looked up, not read, or read without a value in existence
 * mode) or the value to parse.
 */
function begin(kind, id, optional, lookup, read) {
    const secretName = 'name' in lookup ? lookup.name : null;
    const subject = { kind, id, secretName };
    const idFindings = lintId({ kind, id });
    const unread = unreadVerdict(subject, lookup, read, optional);
    if (unread)
        return {
            done: { ...unread, findings: [...idFindings, ...unread.findings] }
        };
    if (read?.value === undefined)
        return {
            done: {
                secretName,
                status: statusFor(idFindings),
                findings: idFindings,
                masks: []
            }
        };
    return { subject, idFindings, value: read.value };
}
/** Evaluates one required connection. */
function evaluateConnection(id, rule, lookup, read, context) {
    const start = begin('connection', id, rule.optional === true, lookup, read);
    if ('done' in start)
        return start.done;
    const { subject, idFindings, value } = start;
    const { secretName } = subject;
    const via = context.via ?? 'secretsmanager';
    const lintContext = {
        kind: 'connection',
        id,
        ...(secretName === null ? {} : { secretName })
    };
    const findings = [
        ...idFindings,
        ...lintValue(lintContext, value),
        ...lintConnectionUri(lintContext, value),
        ...(via === 'direct'
            ? []
            : jsonShapeFindings(subject, value, context.settings))
    ];
    const origin = originOf(via, context.settings, read?.origin);
    const outcomes = context.profiles.map((profile) => {
        try {
            const conn = parseConnectionSecret(value, id, origin, profile);
            return conn ? { profile, conn } : { profile };
        }
        catch (error) {
            if (error instanceof errors_PyError)
                return { profile, error };
            throw error;
        }
    });
    const perProfile = [];
    const masks = new Set();
    for (const outcome of outcomes) {
        if (outcome.error) {
            perProfile.push({
                profile: outcome.profile,
                finding: make(subject, 'error', 'connection-parse-error', `Airflow raises ${outcome.error.pyClass}: ${sentence(safePyMessage(outcome.error))} ${core_findings/* FALLS_THROUGH */.v}.`, connectionParseFix(outcome.error))
            });
            continue;
        }
        const conn = outcome.conn;
        if (!conn) {
            perProfile.push({
                profile: outcome.profile,
                finding: make(subject, 'error', 'connection-empty', 'The value is empty, so Airflow treats the connection as not defined.', 'Set the value, or remove the empty definition.')
            });
            continue;
        }
        for (const form of passwordForms(conn.password))
            masks.add(form);
        for (const secret of sensitiveExtraValues(extraDejson(conn)))
            masks.add(secret);
        for (const finding of ruleFindings(subject, conn, rule, connTypeShowable(value)))
            perProfile.push({ profile: outcome.profile, finding });
        if (!pyTruthy(conn.connType))
            perProfile.push({
                profile: outcome.profile,
                finding: make(subject, 'warning', 'conn-type-empty', 'The connection has no conn_type, so Airflow cannot pick a hook for it.', 'Start the URI with a scheme (postgres://, aws://, ...) or set "conn_type" in the JSON.')
            });
        if (conn.connType === 'aws')
            for (const finding of lintAwsExtra(lintContext, extraDejson(conn)))
                perProfile.push({ profile: outcome.profile, finding });
    }
    findings.push(...mergeByProfile(perProfile, context.profiles));
    const parsed = outcomes.find((outcome) => outcome.conn)?.conn;
    return {
        secretName,
        status: statusFor(findings),
        ...(parsed && typeof parsed.connType === 'string' && connTypeShowable(value)
            ? { connType: parsed.connType }
            : {}),
        ...(parsed ? { fieldsSet: fieldsSet(parsed) } : {}),
        findings: dedupe(findings),
        masks: [...masks]
    };
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((finding) => {
        const key = `${finding.code}\u0000${finding.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
const RAISES = 'Variable.get(key, deserialize_json=True) raises JSONDecodeError';
const FALLS_TO_NEXT = 'in tasks the Task SDK catches the error and tries the next backend, so Variable.get ends in "not found" or another source\'s value';
/**
 * What invalid JSON does to `Variable.get(..., deserialize_json=True)`:
 * Airflow 2 and the 3.x server raise; the Task SDK (3.0+ tasks) falls
 * through to the next backend (spec airflow-versions §3.5).
 */
function jsonConsequence(profile) {
    if (profile === 'af2')
        return RAISES;
    const side = airflow_profiles/* PROFILE_INFO */.Hg[profile].side;
    if (side === 'server')
        return RAISES;
    if (side === 'task')
        return FALLS_TO_NEXT;
    return `on the server ${RAISES}; ${FALLS_TO_NEXT}`;
}
/** Evaluates one required variable. */
function evaluateVariable(id, rule, lookup, read, context) {
    const start = begin('variable', id, rule.optional === true, lookup, read);
    if ('done' in start)
        return start.done;
    const { subject, idFindings, value } = start;
    const { secretName } = subject;
    const findings = [
        ...idFindings,
        ...lintValue({ kind: 'variable', id, ...(secretName === null ? {} : { secretName }) }, value)
    ];
    if (rule.json) {
        try {
            pyJsonLoads(value);
        }
        catch (error) {
            if (!(error instanceof errors_PyError))
                throw error;
            const entries = context.profiles.map((profile) => ({
                profile,
                finding: make(subject, 'error', 'variable-not-json', `The value is not JSON (${error.pyClass === 'json.decoder.JSONDecodeError' ? 'JSONDecodeError' : error.pyClass}: ${safePyMessage(error)}); ${jsonConsequence(profile)}.`, 'Store valid JSON (double-quoted keys and strings, no trailing commas or comments).')
            }));
            findings.push(...mergeByProfile(entries, context.profiles));
        }
    }
    let matches = true;
    try {
        matches =
            !rule.pattern || rule.pattern.fullmatch(value, context.regexEngine);
    }
    catch (error) {
        if (!(error instanceof PyRegexBudgetError))
            throw error;
        findings.push(make(subject, 'error', 'variable-pattern-timeout', `The pattern of '${id}' ${error.message}; the value was not checked against it.`, 'Rewrite the pattern without nested or repeated quantifiers (for example ^(a+)+$ becomes ^a+$).'));
    }
    if (rule.pattern && !matches)
        findings.push(make(subject, 'error', 'variable-pattern-mismatch', `The value does not match the pattern ${rule.pattern.source}.`, 'Update the value, or the pattern in the manifest.'));
    return {
        secretName,
        status: statusFor(findings),
        findings: dedupe(findings),
        masks: []
    };
}

;// CONCATENATED MODULE: ./src/core/gate/plan.ts
/**
 * The gate, without I/O: which secrets to read for a manifest, and the
 * report once they are read. The action and the CLI share it.
 */





/** The kwargs written when neither the manifest nor the input gives any. */
const DEFAULT_BACKEND_KWARGS = new Map([
    ['connections_prefix', 'airflow/connections'],
    ['variables_prefix', 'airflow/variables']
]);
/**
 * Resolves versions, kwargs and secret names. Throws InputError when the
 * kwargs are unusable (Airflow would not start the backend at all).
 */
function planGate(input) {
    const airflow = input.airflowVersion ?? input.manifest.airflow ?? '3';
    let profiles;
    try {
        profiles = (0,airflow_profiles/* resolveRelease */.CM)(airflow).profiles;
    }
    catch (error) {
        if (!(error instanceof airflow_profiles/* ReleaseError */.K2))
            throw error;
        throw new errors/* InputError */.dz(input.airflowVersion === undefined ? 'manifest' : 'airflow-version', `airflow-version: ${error.message}.`);
    }
    const providerChoice = input.amazonProvider ?? {
        version: input.manifest.amazonProviderVersion ?? NEWEST_PROVIDER,
        source: input.manifest.amazonProviderVersion === undefined
            ? 'the newest modelled'
            : 'manifest amazon_provider'
    };
    const provider = parseProviderVersion(providerChoice.version)?.kwargs ??
        input.manifest.amazonProvider ??
        '9';
    const kwargs = input.backendKwargs ?? input.manifest.backend ?? DEFAULT_BACKEND_KWARGS;
    const parsed = parseBackendKwargs(kwargs, provider);
    if (!parsed.settings) {
        const first = parsed.findings.find((finding) => finding.severity === 'error');
        throw new errors/* InputError */.dz(input.backendKwargs ? 'backend-kwargs' : 'manifest', `Backend kwargs unusable: ${first?.message ?? 'invalid'}`);
    }
    const settings = parsed.settings;
    const entries = [];
    const add = (kind, list, extra) => {
        const seen = new Set();
        for (const item of list) {
            seen.add(item.id);
            entries.push({
                kind,
                id: item.id,
                rule: item.rule,
                lookup: resolveSecretName(settings, kind, item.id, input.regexEngine),
                line: item.position.line
            });
        }
        for (const id of extra) {
            if (seen.has(id))
                continue;
            seen.add(id);
            entries.push({
                kind,
                id,
                rule: {},
                lookup: resolveSecretName(settings, kind, id, input.regexEngine)
            });
        }
    };
    add('connection', input.manifest.connections, input.extraConnections);
    add('variable', input.manifest.variables, input.extraVariables);
    const names = [
        ...new Set(entries.flatMap((entry) => 'name' in entry.lookup ? [entry.lookup.name] : []))
    ];
    return {
        airflow,
        airflowSource: input.airflowSource ??
            (input.airflowVersion !== undefined
                ? 'the airflow-version input'
                : input.manifest.airflow !== undefined
                    ? 'the manifest'
                    : 'the default'),
        amazonProvider: providerChoice,
        profiles,
        provider,
        settings,
        settingsFindings: parsed.findings,
        entries,
        names
    };
}
const FAILING = {
    error: (item) => item.findings.some((finding) => finding.severity === 'error'),
    warning: (item) => item.findings.length > 0,
    never: () => false
};
function settingsFail(findings, failOn) {
    if (failOn === 'never')
        return 0;
    return findings.filter((finding) => failOn === 'warning' || finding.severity === 'error').length;
}
/** Evaluates every entry against what was read, and the verdict. */
function buildReport(input, plan, reads, aws) {
    const context = {
        settings: plan.settings,
        profiles: plan.profiles,
        via: input.via ?? 'secretsmanager',
        ...(input.regexEngine ? { regexEngine: input.regexEngine } : {})
    };
    const masks = [];
    const items = plan.entries.map((entry) => {
        const read = 'name' in entry.lookup ? reads.get(entry.lookup.name) : undefined;
        const verdict = input.mode === 'env-only'
            ? {
                secretName: 'name' in entry.lookup ? entry.lookup.name : null,
                status: 'skipped',
                findings: [],
                masks: []
            }
            : entry.kind === 'connection'
                ? evaluateConnection(entry.id, entry.rule, entry.lookup, read, context)
                : evaluateVariable(entry.id, entry.rule, entry.lookup, read, context);
        masks.push(...verdict.masks);
        return {
            kind: entry.kind,
            id: entry.id,
            secretName: verdict.secretName,
            status: verdict.status,
            ...(verdict.connType === undefined ? {} : { connType: verdict.connType }),
            ...(verdict.fieldsSet === undefined
                ? {}
                : { fieldsSet: verdict.fieldsSet }),
            findings: verdict.findings,
            ...(entry.line !== undefined && input.manifestPath !== null
                ? { source: { file: input.manifestPath, line: entry.line } }
                : {})
        };
    });
    const all = [
        ...plan.settingsFindings,
        ...items.flatMap((item) => item.findings)
    ];
    const { errors, warnings } = (0,core_findings/* countBySeverity */.O)(all);
    const count = (statuses) => items.filter((item) => statuses.includes(item.status)).length;
    const failing = items.filter(FAILING[input.failOn]).length;
    const badSettings = settingsFail(plan.settingsFindings, input.failOn);
    const valid = failing === 0 && badSettings === 0;
    const parts = [];
    if (badSettings > 0)
        parts.push(`the backend kwargs have ${badSettings} problem${badSettings > 1 ? 's' : ''}`);
    if (failing > 0 || parts.length === 0)
        parts.push(`${failing} of ${items.length} secrets failed`);
    const report = {
        version: 1,
        manifest: input.manifestPath,
        airflow: plan.airflow,
        airflowSource: plan.airflowSource,
        amazonProvider: plan.amazonProvider.version,
        amazonProviderSource: plan.amazonProvider.source,
        profiles: plan.profiles,
        mode: input.mode,
        failOn: input.failOn,
        valid,
        counts: {
            checked: items.length,
            errors,
            warnings,
            // env-only reads nothing, so nothing is known to be missing.
            missing: input.mode === 'env-only' ? 0 : count(['missing', 'skipped']),
            invalid: count(['invalid', 'unreadable'])
        },
        items,
        settingsFindings: plan.settingsFindings,
        backend: SECRETS_MANAGER_BACKEND,
        backendKwargs: serializeBackendKwargs(plan.settings.kwargs),
        ...(aws === undefined ? {} : { aws })
    };
    const failure = valid
        ? null
        : `${parts.join('; ')}; see the job summary (fail-on: ${input.failOn}).`;
    return {
        report,
        masks,
        failure: failure ? failure.charAt(0).toUpperCase() + failure.slice(1) : null
    };
}
/** The variables written for `astro deployment variable update --load --env`. */
function astroEnvVariables(plan, region) {
    const variables = [
        ['AIRFLOW__SECRETS__BACKEND', SECRETS_MANAGER_BACKEND],
        [
            'AIRFLOW__SECRETS__BACKEND_KWARGS',
            serializeBackendKwargs(plan.settings.kwargs)
        ]
    ];
    // The kwargs' region_name is where Airflow reads: the env never says
    // otherwise. Without it, `region` (the one the secrets were read in).
    const known = plan.settings.regionName ?? region;
    if (known)
        variables.push(['AWS_DEFAULT_REGION', known]);
    return variables;
}
/** The command that applies the env file to a deployment. */
function astroUpdateCommand(envFile, deploymentId = '<deployment-id>') {
    return `astro deployment variable update --deployment-id ${deploymentId} --load --env ${envFile} --secret`;
}

// EXTERNAL MODULE: ./src/core/render/markdown.ts
var markdown = __webpack_require__(7715);
;// CONCATENATED MODULE: ./src/core/local/definitions.ts

/**
 * How Airflow reads a local item: a string in a LocalFilesystemBackend file
 * is always `Connection(uri=...)` (even when it looks like JSON), a mapping
 * is built from its fields, an environment variable is stripped and parsed
 * as JSON when it starts with `{`.
 */
function localOrigin(item) {
    if (item.env === true)
        return 'env';
    if (item.format === 'fields')
        return 'json';
    return item.format === 'uri' ? 'uri' : 'env';
}
/**
 * Airflow's search order: the configured secrets backend
 * (LocalFilesystemBackend files), then environment variables (an Astro
 * project's `.env`), then the metastore (`airflow_settings.yaml`).
 */
const LOCAL_SOURCE_RANK = {
    connections: 0,
    variables: 0,
    'astro-env': 1,
    'airflow-settings': 2
};
const keyOf = (kind, id) => `${kind}\u0000${id}`;
/**
 * Groups local items by kind and id and picks the one Airflow finds first
 * (by the rank of the file's kind, then file order, then the last entry of
 * a file, as its readers keep the last value of a repeated key).
 */
function chooseLocalDefinitions(items, kindOfFile) {
    const rank = (item) => {
        const kind = kindOfFile(item.source.file);
        return kind === undefined ? 3 : LOCAL_SOURCE_RANK[kind];
    };
    const groups = new Map();
    items.forEach((item) => {
        const key = keyOf(item.kind, item.id);
        groups.set(key, [...(groups.get(key) ?? []), item]);
    });
    const chosen = new Map();
    for (const [key, list] of groups) {
        const ordered = list
            .map((item, index) => ({ item, index }))
            .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
            .map(({ item }) => item);
        const [used, ...shadowed] = ordered;
        if (used)
            chosen.set(key, { used, shadowed });
    }
    return chosen;
}
/** The definition for one kind and id, if any local file has it. */
function localDefinition(chosen, kind, id) {
    return chosen.get(keyOf(kind, id));
}
/**
 * The gate input for local files: every local id the manifest lacks is
 * checked too (with no rule), the default prefixes give every id a name,
 * and values are parsed the way the local backends pass them to Airflow.
 */
function localGateInput(input, chosen) {
    const declared = {
        connection: new Set(input.manifest.connections.map((item) => item.id)),
        variable: new Set(input.manifest.variables.map((item) => item.id))
    };
    const extra = { connection: [], variable: [] };
    for (const { used } of chosen.values())
        if (!declared[used.kind].has(used.id))
            extra[used.kind].push(used.id);
    return {
        ...input,
        manifest: { ...input.manifest, backend: DEFAULT_BACKEND_KWARGS },
        extraConnections: [...input.extraConnections, ...extra.connection],
        extraVariables: [...input.extraVariables, ...extra.variable],
        via: 'direct'
    };
}
/**
 * One read per planned name: `found` with the local value, or `not-found`.
 * In existence mode the value is left out, as AWS's DescribeSecret does.
 */
function localReads(plan, chosen, withValues = true) {
    const reads = new Map();
    for (const entry of plan.entries) {
        if (!('name' in entry.lookup))
            continue;
        const name = entry.lookup.name;
        const definition = chosen.get(keyOf(entry.kind, entry.id));
        reads.set(name, definition
            ? {
                name,
                status: 'found',
                origin: localOrigin(definition.used),
                ...(withValues ? { value: definition.used.value } : {})
            }
            : { name, status: 'not-found' });
    }
    return reads;
}
/**
 * The load errors less the quoted-value warnings that the value lints
 * repeat: a warning on the line of a definition the check reads with its
 * value already comes back as that item's `value-quoted` finding, and
 * would otherwise be counted twice. `where` gives a definition's place as
 * the errors name theirs (`file:line`).
 */
function withoutLintedQuotes(errors, plan, chosen, where = ({ used }) => `${used.source.file}:${used.source.line}`) {
    const linted = new Set();
    for (const entry of plan.entries) {
        if (!('name' in entry.lookup))
            continue;
        const definition = chosen.get(keyOf(entry.kind, entry.id));
        if (definition)
            linted.add(where(definition));
    }
    return errors.filter((error) => error.quotedValue !== true || !linted.has(`${error.file}:${error.line}`));
}
/** Load errors and warnings as findings about the settings. */
function loadErrorFindings(errors) {
    return errors.map((error) => ({
        code: error.severity === 'error' ? 'local-load-error' : 'local-load-warning',
        severity: error.severity,
        kind: 'config',
        id: `${error.file}:${error.line}`,
        message: error.fatal
            ? `${error.message} (the whole file is rejected)`
            : error.message
    }));
}
/** A warning per id the DAG code uses that the manifest lacks. */
function undeclaredFindings(missing) {
    return missing.map((item) => {
        const places = item.uses.map((use) => `${use.file}:${use.line}`);
        const where = places.length === 0
            ? ''
            : ` (${places.slice(0, 3).join(', ')}${places.length > 3 ? `, +${places.length - 3} more` : ''})`;
        return {
            code: 'manifest-undeclared',
            severity: 'warning',
            kind: item.kind,
            id: item.id,
            message: `The DAGs use ${item.kind} '${item.id}'${where}, but the manifest does not declare it.`,
            ...(item.uses[0]
                ? { location: { file: item.uses[0].file, line: item.uses[0].line } }
                : {}),
            hint: `Add it to the manifest (astro-secrets-gate discover --write adds every missing id).`
        };
    });
}
const envName = (kind, id) => `AIRFLOW_${kind === 'connection' ? 'CONN' : 'VAR'}_${id.toUpperCase()}`;
/**
 * The report for local files: no Secrets Manager names (nothing was read
 * from AWS), and "not found" said in terms of the local files.
 */
function localizeReport(report) {
    const items = report.items.map((item) => {
        const findings = item.findings.map((finding) => {
            const rest = Object.fromEntries(Object.entries(finding).filter(([key]) => key !== 'secretName'));
            if (finding.code !== 'secret-not-found')
                return rest;
            return {
                ...rest,
                code: 'local-not-found',
                message: `No local file defines ${item.kind} '${item.id}'.`,
                hint: `Define it in .env (${envName(item.kind, item.id)}=...), airflow_settings.yaml or a LocalFilesystemBackend ${item.kind}s file.`
            };
        });
        return { ...item, secretName: null, findings };
    });
    return { ...report, items };
}

;// CONCATENATED MODULE: ./src/adapters/regex/worker-engine.ts
/**
 * The budgeted regex engine: evaluates manifest-supplied patterns (already
 * translated from Python by core/airflow/python/regex.ts) on a worker
 * thread, and waits for the answer synchronously with a deadline
 * (`Atomics.wait`), so the core's matchers stay synchronous. A pattern that
 * backtracks past the budget has its worker terminated and answers null; the
 * main thread is never blocked for longer than the budget.
 */

/** Per evaluation; Python's own engine would take as long as ours. */
const DEFAULT_REGEX_BUDGET_MS = 1000;
/** For the worker to start (not counted in the budget). */
const START_MS = 30_000;
// Runs as CommonJS in the worker: signal[0] is 0 while idle, 1 while a
// subject is being tested, 2 once its answer has been posted on `port`.
const worker_engine_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { port, signal } = workerData
const cache = new Map()
parentPort.on('message', ({ source, flags, subject }) => {
  Atomics.store(signal, 0, 1)
  Atomics.notify(signal, 0)
  let answer
  try {
    const key = flags + '/' + source
    let re = cache.get(key)
    if (!re) cache.set(key, (re = new RegExp(source, flags)))
    answer = re.test(subject)
  } catch {
    answer = null
  }
  port.postMessage(answer)
  Atomics.store(signal, 0, 2)
  Atomics.notify(signal, 0)
})
`;
/**
 * Creates the engine; its worker starts on first use, is unref'd (it never
 * keeps the process alive) and is replaced after a timeout.
 */
function createRegexEngine(budgetMs = DEFAULT_REGEX_BUDGET_MS) {
    let running = null;
    const start = () => {
        const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
        const signal = new Int32Array(new SharedArrayBuffer(4));
        const worker = new external_node_worker_threads_.Worker(worker_engine_WORKER_SOURCE, {
            eval: true,
            workerData: { port: port2, signal },
            transferList: [port2],
            stdout: true,
            stderr: true
        });
        worker.unref();
        port1.unref();
        // A failing worker answers nothing; the wait below times out.
        worker.on('error', () => undefined);
        return { worker, port: port1, signal };
    };
    const stop = () => {
        if (running) {
            void running.worker.terminate();
            running.port.close();
        }
        running = null;
    };
    const engine = (pattern, subject) => {
        running ??= start();
        const { worker, port, signal } = running;
        Atomics.store(signal, 0, 0);
        worker.postMessage({
            source: pattern.source,
            flags: pattern.flags,
            subject
        });
        Atomics.wait(signal, 0, 0, START_MS);
        Atomics.wait(signal, 0, 1, budgetMs);
        if (Atomics.load(signal, 0) !== 2) {
            stop();
            return null;
        }
        const answer = (0,external_node_worker_threads_.receiveMessageOnPort)(port)?.message;
        return typeof answer === 'boolean' ? answer : null;
    };
    return { engine, close: stop };
}

;// CONCATENATED MODULE: ./src/check/aws-reads.ts
/**
 * Reading the planned secrets from AWS: the region, the credentials (GitHub
 * OIDC, the developer's profile chain, or the ambient chain), a Secrets
 * Manager client, then values or existence, all under one deadline.
 */


/**
 * The region the reads go to: where Airflow reads (core/aws/inputs.ts
 * resolveRegion). The backend kwargs' `region_name` decides and an explicit
 * setting that contradicts it is an error; without it, the explicit setting,
 * `AWS_REGION`, `AWS_DEFAULT_REGION`, then (profile chain only) the
 * profile's region, looked up only when nothing else names one.
 */
async function chooseRegion(request, env, profile) {
    const ambient = [
        { source: 'AWS_REGION', value: env.AWS_REGION },
        { source: 'AWS_DEFAULT_REGION', value: env.AWS_DEFAULT_REGION }
    ];
    const unnamed = [request.explicit, env.AWS_REGION, env.AWS_DEFAULT_REGION]
        .map((value) => value?.trim() ?? '')
        .every((value) => value === '');
    if (profile && request.backendRegion === null && unnamed) {
        const { sdkDefaultRegion } = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(695), __webpack_require__.e(375)]).then(__webpack_require__.bind(__webpack_require__, 3375));
        ambient.push({
            source: `profile ${profile.name ?? 'default'} in the AWS config file`,
            value: await sdkDefaultRegion(profile.name)
        });
    }
    return (0,inputs/* resolveRegion */.Zv)({
        explicit: {
            input: request.input,
            label: request.explicitSource,
            value: request.explicit
        },
        regionName: request.backendRegion,
        ambient,
        missing: request.missing
    });
}
/** Rejects after `ms` with a one-line timeout error; cleared when done. */
function deadline(ms, seconds, controller) {
    let timer;
    const promise = new Promise((_resolve, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new errors/* ActionError */.lZ('aws-timeout', `AWS unavailable: no answer within timeout-seconds (${seconds} s); nothing was validated. Run again, or raise timeout-seconds.`));
        }, ms);
        timer.unref();
    });
    promise.catch(() => undefined);
    return {
        promise,
        clear: () => {
            clearTimeout(timer);
        }
    };
}
/**
 * Starts assuming the role now, in the region the reads will use (the
 * caller passes the backend kwargs' region_name when there is one), so that
 * the token and STS round trips are in flight while the rest of the run is
 * prepared; undefined, having called nothing, when the region is missing or
 * contradicted. Bounded like the reads (timeout-seconds or the run's end,
 * whichever is first); nothing is exported until the reads use it, and
 * nothing is used when the reads go to another region.
 */
async function assumeRoleEarly(source, region, options) {
    const known = await chooseRegion(region, options.env).catch(() => null);
    if (known === null)
        return undefined;
    const controller = new AbortController();
    const timer = deadline(boundedMs(options.timeoutSeconds, options.deadlineAt), options.timeoutSeconds, controller);
    const assume = async () => {
        const { assumeRoleWithOidc } = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(695), __webpack_require__.e(633)]).then(__webpack_require__.bind(__webpack_require__, 3633));
        return assumeRoleWithOidc({
            roleArn: source.roleArn,
            region: known.region,
            audience: source.audience,
            sessionName: source.sessionName,
            durationSeconds: source.durationSeconds,
            abortSignal: controller.signal
        }, {
            env: options.env,
            mask: options.hooks.mask,
            info: options.hooks.info,
            ...(source.getIdToken ? { getIdToken: source.getIdToken } : {})
        });
    };
    const role = Promise.race([assume(), timer.promise]).finally(() => {
        timer.clear();
    });
    // Awaited by the reads; a run that fails before them must not leave an
    // unhandled rejection behind.
    role.catch(() => undefined);
    return { region: known.region, role };
}
/** Milliseconds left: timeout-seconds, or less when the run ends sooner. */
function boundedMs(timeoutSeconds, deadlineAt) {
    return Math.min(timeoutSeconds * 1000, deadlineAt === undefined ? Infinity : Math.max(0, deadlineAt - Date.now()));
}
async function credentialsFor(request, region, signal) {
    const { credentials: source, hooks, env } = request;
    if (source.kind === 'oidc') {
        const { assumeRoleWithOidc, exportCredentials } = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(695), __webpack_require__.e(633)]).then(__webpack_require__.bind(__webpack_require__, 3633));
        const role = request.early?.region === region
            ? await request.early.role
            : await assumeRoleWithOidc({
                roleArn: source.roleArn,
                region,
                audience: source.audience,
                sessionName: source.sessionName,
                durationSeconds: source.durationSeconds,
                abortSignal: signal
            }, {
                env,
                mask: hooks.mask,
                info: hooks.info,
                ...(source.getIdToken ? { getIdToken: source.getIdToken } : {})
            });
        if (source.exportCredentials)
            exportCredentials(role, region);
        return role.credentials;
    }
    if (source.kind === 'ambient' || source.roleArn === undefined)
        return undefined;
    const { assumeRoleFromChain } = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(695), __webpack_require__.e(375)]).then(__webpack_require__.bind(__webpack_require__, 3375));
    const role = await assumeRoleFromChain({
        roleArn: source.roleArn,
        region,
        sessionName: source.sessionName,
        ...(source.profile === undefined ? {} : { profile: source.profile }),
        env
    }, hooks.mask);
    hooks.info(`Assumed ${role.assumedRoleArn}.`);
    return role.credentials;
}
/** The one-line fix for a chain without usable credentials. */
function noCredentials(error, profile) {
    return new errors/* AwsCallError */.iQ(error.operation, error.awsCode, `no usable AWS credentials (${error.awsCode}): run aws configure or aws sso login${profile === undefined ? '' : ` --profile ${profile}`}, pass --profile, or set AWS_PROFILE`, 'aws-credentials');
}
/** The log line saying which operation answered. */
const USED = {
    BatchGetSecretValue: 'Read with BatchGetSecretValue (20 secrets a call).',
    GetSecretValue: 'Read with GetSecretValue (one secret a call).',
    ListSecrets: 'Existence checked with ListSecrets (10 names a call; unlisted names confirmed with DescribeSecret).',
    DescribeSecret: 'Existence checked with DescribeSecret (one secret a call).'
};
/** An endpoint URL for the log: scheme, host and path, no user info. */
function shownEndpoint(endpoint) {
    const url = new URL(endpoint);
    return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}
/** Reads every planned secret name; values are masked before they are kept. */
async function readFromAws(request) {
    const { credentials: source, hooks } = request;
    const profile = source.kind === 'chain' ? source.profile : undefined;
    const region = await chooseRegion(request.region, request.env, source.kind === 'chain' ? { name: profile } : undefined);
    const endpoint = (0,inputs/* secretsEndpointOf */.iJ)(request.region.backendEndpoint);
    if (request.names.length === 0)
        return { region, reads: new Map(), operation: null, endpoint };
    hooks.info(region.note);
    hooks.info(`Reading ${request.names.length} secret${request.names.length === 1 ? '' : 's'} from Secrets Manager in ${region.region}${endpoint === null ? '' : ` at ${shownEndpoint(endpoint)} (the backend kwargs' endpoint_url)`}${profile === undefined ? '' : ` with profile ${profile}`}.`);
    let operation = null;
    const used = (answered) => {
        operation = answered;
        hooks.info(USED[answered]);
    };
    const controller = new AbortController();
    const timer = deadline(boundedMs(request.timeoutSeconds, request.deadlineAt), request.timeoutSeconds, controller);
    const work = async () => {
        const credentials = await credentialsFor(request, region.region, controller.signal);
        const aws = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(695), __webpack_require__.e(653)]).then(__webpack_require__.bind(__webpack_require__, 9653));
        const client = aws.createSecretsManagerClient({
            region: region.region,
            env: request.env,
            ...(credentials ? { credentials } : {}),
            ...(profile === undefined || credentials ? {} : { profile }),
            ...(endpoint === null ? {} : { endpoint }),
            ...(request.maxAttempts === undefined
                ? {}
                : { maxAttempts: request.maxAttempts }),
            ...(request.retryMode === undefined
                ? {}
                : { retryMode: request.retryMode })
        });
        try {
            const reader = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(259)]).then(__webpack_require__.bind(__webpack_require__, 4259));
            const common = {
                client,
                maxConcurrency: request.maxConcurrency,
                abortSignal: controller.signal,
                warn: hooks.warn,
                used
            };
            return request.mode === 'existence'
                ? await reader.checkExistence(request.names, common)
                : await reader.readSecrets(request.names, {
                    ...common,
                    mask: hooks.mask
                });
        }
        finally {
            client.destroy();
        }
    };
    try {
        const results = await Promise.race([work(), timer.promise]);
        return {
            region,
            reads: new Map(results.map((read) => [read.name, read])),
            operation,
            endpoint
        };
    }
    catch (error) {
        if (source.kind === 'chain' &&
            error instanceof errors/* AwsCallError */.iQ &&
            error.code === 'aws-credentials')
            throw noCredentials(error, profile);
        throw error;
    }
    finally {
        timer.clear();
    }
}

;// CONCATENATED MODULE: ./src/core/gate/discover.ts
/**
 * Finds the connection ids and variable keys that DAG code uses, by a
 * lexical scan: Python strings and comments are recognised, so commented-out
 * code is ignored and `{{ var.value.x }}` is found only inside strings (or
 * anywhere in a template file). Ids built at run time (f-strings, names,
 * calls) cannot be known: they are reported as dynamic, not checked.
 */
/** File extensions scanned as Jinja templates (besides `.py`). */
const TEMPLATE_EXTENSIONS = [
    '.sql',
    '.sh',
    '.j2',
    '.jinja',
    '.jinja2',
    '.html',
    '.txt',
    '.yaml',
    '.yml',
    '.json'
];
const STRING_PREFIXES = new Set([
    '',
    'r',
    'u',
    'b',
    'f',
    't',
    'rb',
    'br',
    'fr',
    'rf',
    'tr',
    'rt'
]);
const discover_unescape = (content) => content.replace(/\\(\r?\n|.)/g, (_m, ch) => {
    switch (ch) {
        case 'n':
            return '\n';
        case 't':
            return '\t';
        case 'r':
            return '\r';
        case '\n':
        case '\r\n':
            return '';
        default:
            return ch;
    }
});
/** Splits Python source into names, operators, numbers and strings. */
function tokenize(src) {
    const tokens = [];
    const n = src.length;
    let i = 0;
    const readString = (start, prefix, at) => {
        const quote = src.startsWith(src.charAt(at).repeat(3), at)
            ? src.charAt(at).repeat(3)
            : src.charAt(at);
        const contentPos = at + quote.length;
        let j = contentPos;
        while (j < n) {
            const ch = src.charAt(j);
            if (ch === '\\')
                j += 2;
            else if (src.startsWith(quote, j))
                break;
            else if (quote.length === 1 && ch === '\n')
                break;
            else
                j++;
        }
        const content = src.slice(contentPos, Math.min(j, n));
        const p = prefix.toLowerCase();
        let value;
        if (p.includes('f') || p.includes('t')) {
            const dynamic = /\{(?!\{)/.test(content.replace(/\{\{/g, ''));
            value = dynamic
                ? undefined
                : content.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
            if (value !== undefined && !p.includes('r'))
                value = discover_unescape(value);
        }
        else
            value = p.includes('r') ? content : discover_unescape(content);
        tokens.push({ t: 'str', pos: start, contentPos, content, value });
        return src.startsWith(quote, j) ? j + quote.length : j;
    };
    while (i < n) {
        const ch = src.charAt(i);
        if (ch === '#') {
            const eol = src.indexOf('\n', i);
            i = eol === -1 ? n : eol;
        }
        else if (/\s/.test(ch) || ch === '\\')
            i++;
        else if (ch === '"' || ch === "'")
            i = readString(i, '', i);
        else if (/[A-Za-z_\u0080-\uffff]/.test(ch)) {
            let j = i + 1;
            while (j < n && /[\w\u0080-\uffff]/.test(src.charAt(j)))
                j++;
            const text = src.slice(i, j);
            const next = src.charAt(j);
            if ((next === '"' || next === "'") &&
                STRING_PREFIXES.has(text.toLowerCase()))
                i = readString(i, text, j);
            else {
                tokens.push({ t: 'name', text, pos: i });
                i = j;
            }
        }
        else if (/\d/.test(ch)) {
            tokens.push({ t: 'num', pos: i });
            i++;
            while (i < n && /[\w.]/.test(src.charAt(i)))
                i++;
        }
        else {
            tokens.push({ t: 'op', text: ch, pos: i });
            i++;
        }
    }
    return tokens;
}
function lineIndex(src) {
    const starts = [0];
    for (let i = 0; i < src.length; i++)
        if (src[i] === '\n')
            starts.push(i + 1);
    return (pos) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((starts[mid] ?? 0) <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}
const isOp = (token, text) => token?.t === 'op' && token.text === text;
const isName = (token, text) => token?.t === 'name' && (text === undefined || token.text === text);
const CONN_KWARG = /^(?:\w+_)?conn_id$/;
/** Scans `{{ ... }}` / `{% ... %}` blocks in `text` (found at `offset`). */
function scanJinja(text, offset, out) {
    const cleaned = text.replace(/\{#[\s\S]*?#\}/g, (m) => m.replace(/[^\n]/g, ' '));
    const blocks = /\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}/g;
    for (const block of cleaned.matchAll(blocks)) {
        const body = block[1] ?? block[2] ?? '';
        const base = offset + block.index + 2;
        const refs = /(?<![\w.])(var\s*\.\s*(value|json)|conn)\s*(?:\.\s*([A-Za-z_]\w*)(?:\s*\(\s*(?:(['"])([^'"]*)\4|([^)]*)))?|\[\s*(?:(['"])([^'"]*)\7|([^\]]*))\s*\])/g;
        for (const m of body.matchAll(refs)) {
            const kind = m[1]?.startsWith('conn') ? 'connection' : 'variable';
            const json = m[2] === 'json';
            const via = kind === 'connection' ? '{{ conn }}' : `{{ var.${m[2] ?? 'value'} }}`;
            const pos = base + m.index;
            const attr = m[3];
            if (attr !== undefined) {
                if (attr === 'get' && m[0].includes('(')) {
                    if (m[5] !== undefined)
                        out.add(kind, m[5], pos, via, json);
                    else
                        out.dynamic(kind, pos, via, `${m[0].trim()})`);
                }
                else if (attr !== 'get')
                    out.add(kind, attr, pos, via, json);
            }
            else if (m[8] !== undefined)
                out.add(kind, m[8], pos, via, json);
            else
                out.dynamic(kind, pos, via, m[0].trim());
        }
    }
}
/** Scans one Python file. */
function scanPython(file, src) {
    const line = lineIndex(src);
    const refs = [];
    const dynamic = [];
    const seen = new Set();
    const out = {
        add(kind, id, pos, via, json) {
            const key = `${kind}\0${id}\0${pos}`;
            if (seen.has(key) || id === '')
                return;
            seen.add(key);
            refs.push({ kind, id, file, line: line(pos), via, json });
        },
        dynamic(kind, pos, via, expression) {
            const key = `${kind}\0\0${pos}`;
            if (seen.has(key))
                return;
            seen.add(key);
            const short = expression.replace(/\s+/g, ' ').trim();
            dynamic.push({
                kind,
                file,
                line: line(pos),
                via,
                expression: short.length > 60 ? `${short.slice(0, 57)}...` : short
            });
        }
    };
    const tokens = tokenize(src);
    /** The end (exclusive) of the argument that starts at token k. */
    const argumentEnd = (k) => {
        let depth = 0;
        let j = k;
        for (; j < tokens.length; j++) {
            const token = tokens[j];
            if (token?.t !== 'op')
                continue;
            if ('([{'.includes(token.text))
                depth++;
            else if (')]}'.includes(token.text)) {
                if (depth === 0)
                    break;
                depth--;
            }
            else if (token.text === ',' && depth === 0)
                break;
        }
        return j;
    };
    /** Reads the argument value at token k as a constant id, or reports it. */
    const readValue = (k, kind, via, json) => {
        const first = tokens[k];
        if (first === undefined)
            return;
        if (isName(first, 'None') || first.t === 'num')
            return;
        const end = argumentEnd(k);
        let id = '';
        let constant = true;
        for (let j = k; j < end; j++) {
            const token = tokens[j];
            if (token?.t === 'str' && token.value !== undefined)
                id += token.value;
            else
                constant = false;
        }
        if (constant && end > k)
            out.add(kind, id, first.pos, via, json);
        else {
            const stop = tokens[end]?.pos ?? src.length;
            out.dynamic(kind, first.pos, via, src.slice(first.pos, stop));
        }
    };
    /** Positional argument 0, or the keyword argument `keyword`, of a call. */
    const callArgument = (open, keyword) => {
        let j = open + 1;
        let index = 0;
        while (j < tokens.length && !isOp(tokens[j], ')')) {
            const isKeyword = isName(tokens[j]) && isOp(tokens[j + 1], '=');
            if (isKeyword && isName(tokens[j], keyword))
                return j + 2;
            if (!isKeyword && index === 0)
                return j;
            if (!isKeyword)
                index++;
            j = argumentEnd(isKeyword ? j + 2 : j);
            if (isOp(tokens[j], ','))
                j++;
        }
        return undefined;
    };
    const callHasTrue = (open, keyword) => {
        let j = open + 1;
        while (j < tokens.length && !isOp(tokens[j], ')')) {
            if (isName(tokens[j], keyword) &&
                isOp(tokens[j + 1], '=') &&
                isName(tokens[j + 2], 'True'))
                return true;
            j = argumentEnd(isName(tokens[j]) && isOp(tokens[j + 1], '=') ? j + 2 : j);
            if (isOp(tokens[j], ','))
                j++;
        }
        return false;
    };
    let depth = 0;
    for (let k = 0; k < tokens.length; k++) {
        const token = tokens[k];
        if (token === undefined)
            continue;
        if (token.t === 'op') {
            if ('([{'.includes(token.text))
                depth++;
            else if (')]}'.includes(token.text))
                depth = Math.max(0, depth - 1);
            continue;
        }
        if (token.t === 'str') {
            scanJinja(token.content, token.contentPos, out);
            continue;
        }
        if (token.t !== 'name')
            continue;
        const prev = tokens[k - 1];
        const next = tokens[k + 1];
        // conn_id="x", postgres_conn_id="x" as keyword arguments
        if (CONN_KWARG.test(token.text) &&
            depth > 0 &&
            isOp(next, '=') &&
            !isOp(tokens[k + 2], '=') &&
            (isOp(prev, '(') || isOp(prev, ','))) {
            readValue(k + 2, 'connection', `${token.text}=`, false);
            continue;
        }
        if (!isOp(next, '(') || isName(prev, 'def'))
            continue;
        // BaseHook.get_connection("x"), Connection.get_connection_from_secrets("x")
        if (token.text === 'get_connection' ||
            token.text === 'get_connection_from_secrets') {
            const arg = callArgument(k + 1, 'conn_id');
            if (arg !== undefined)
                readValue(arg, 'connection', `${token.text}()`, false);
            continue;
        }
        if (token.text !== 'get' || !isOp(prev, '.'))
            continue;
        const owner = tokens[k - 2];
        // Connection.get("x")
        if (isName(owner, 'Connection')) {
            const arg = callArgument(k + 1, 'conn_id');
            if (arg !== undefined)
                readValue(arg, 'connection', 'Connection.get()', false);
        }
        // Variable.get("x", deserialize_json=True)
        if (isName(owner, 'Variable')) {
            const arg = callArgument(k + 1, 'key');
            const json = callHasTrue(k + 1, 'deserialize_json');
            if (arg !== undefined)
                readValue(arg, 'variable', 'Variable.get()', json);
        }
    }
    return { refs, dynamic };
}
/** Scans a template file (SQL, shell, ...) for Jinja uses only. */
function scanTemplate(file, src) {
    const line = lineIndex(src);
    const refs = [];
    const dynamic = [];
    scanJinja(src, 0, {
        add(kind, id, pos, via, json) {
            refs.push({ kind, id, file, line: line(pos), via, json });
        },
        dynamic(kind, pos, via, expression) {
            dynamic.push({ kind, file, line: line(pos), via, expression });
        }
    });
    return { refs, dynamic };
}
/** Scans a file by its extension: Python code, or a Jinja template. */
function scanFile(file, src) {
    return file.toLowerCase().endsWith('.py')
        ? scanPython(file, src)
        : scanTemplate(file, src);
}
/**
 * Scans every file and groups the uses by id: which ids the DAGs use, where,
 * and which of them the manifest lacks.
 */
function discover(files, declared) {
    const byKey = new Map();
    const dynamic = [];
    for (const file of files) {
        const result = scanFile(file.path, file.text);
        dynamic.push(...result.dynamic);
        for (const ref of result.refs) {
            const key = `${ref.kind}\0${ref.id}`;
            let item = byKey.get(key);
            if (!item) {
                item = { kind: ref.kind, id: ref.id, json: false, uses: [] };
                byKey.set(key, item);
            }
            item.json ||= ref.json;
            item.uses.push({ file: ref.file, line: ref.line, via: ref.via });
        }
    }
    const items = [...byKey.values()]
        .map((item) => ({
        ...item,
        declared: (item.kind === 'connection'
            ? declared.connections
            : declared.variables).has(item.id)
    }))
        .sort((a, b) => a.kind.localeCompare(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
        items,
        missing: items.filter((item) => !item.declared),
        dynamic,
        filesScanned: files.length
    };
}

;// CONCATENATED MODULE: ./src/adapters/fs/dag-files.ts




const SKIP_DIRS = new Set(['__pycache__', 'node_modules', '.git', '.venv']);
const MAX_FILES = 20_000;
const MAX_DEPTH = 32;
const scanned = (name) => {
    const lower = name.toLowerCase();
    return (lower.endsWith('.py') ||
        TEMPLATE_EXTENSIONS.some((extension) => lower.endsWith(extension)));
};
/**
 * Reads the DAG folder's Python and template files, paths relative to
 * `base`, sorted. Hidden folders and caches are skipped.
 */
async function readDagFiles(folder, base) {
    const info = await (0,promises_.stat)(folder).catch(() => undefined);
    if (!info)
        throw new errors/* InputError */.dz('dags-folder', `no DAG folder at '${(0,external_node_path_.relative)(base, folder) || folder}'; pass the folder that holds your DAG files`);
    const paths = [];
    const walk = async (dir, depth) => {
        if (depth > MAX_DEPTH || paths.length >= MAX_FILES)
            return;
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (paths.length >= MAX_FILES)
                return;
            const full = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory()) {
                if (!entry.name.startsWith('.') && !SKIP_DIRS.has(entry.name))
                    await walk(full, depth + 1);
            }
            else if (entry.isFile() && scanned(entry.name))
                paths.push(full);
        }
    };
    if (info.isDirectory())
        await walk(folder, 0);
    else
        paths.push(folder);
    const files = [];
    for (const path of paths)
        files.push({
            path: (0,external_node_path_.relative)(base, path) || path,
            text: await (0,promises_.readFile)(path, 'utf8')
        });
    return files;
}

;// CONCATENATED MODULE: ./src/check/dag-scan.ts
/**
 * The DAG scan: which connection and variable ids the DAG code uses that the
 * manifest does not declare. Warnings only; the gate never fails on it.
 */



const NONE = { filesScanned: 0, missing: [] };
/**
 * Scans the DAG folder (or one file). A missing default folder means there is
 * nothing to scan; a missing folder the user named is an error.
 */
async function scanDags(request) {
    if (request.folder === null)
        return NONE;
    if (!request.required) {
        const info = await (0,promises_.stat)(request.folder).catch(() => null);
        if (!info?.isDirectory())
            return NONE;
    }
    const files = await readDagFiles(request.folder, request.base);
    const result = discover(files, request.declared);
    return { filesScanned: result.filesScanned, missing: result.missing };
}

;// CONCATENATED MODULE: ./src/core/astro/drift.ts
/**
 * Deployment drift: what an Astro deployment's environment holds for the
 * secrets backend (as `astro deployment variable list` shows it) against what
 * the manifest says. The CLI hides secret values, so a secret variable can
 * only be checked for presence; that is said, not guessed. Pure.
 */



const BACKEND_KEY = 'AIRFLOW__SECRETS__BACKEND';
const KWARGS_KEY = 'AIRFLOW__SECRETS__BACKEND_KWARGS';
/** Longest backend class path quoted in a message. */
const BACKEND_SHOWN_MAX = 200;
/** Most kwarg names listed in one message. */
const NAMES_MAX = 20;
/**
 * Compares a deployment's variables with the backend and kwargs the manifest
 * gives (`expectedBackend`, `expectedKwargs` as written to the env file).
 * Kwargs are compared as Airflow reads them (json.loads), so spacing and key
 * order do not count; messages name the differing kwargs, never their values.
 */
function compareDeployment(deploymentId, listed, expectedBackend, expectedKwargs) {
    const findings = [];
    const notes = [];
    const byKey = new Map(listed.map((v) => [v.key, v]));
    const hint = `Apply the manifest's backend: \`astro-secrets-gate sync --deployment-id ${deploymentId} --env-file <env-file>\` (the env file this check writes).`;
    const backend = byKey.get(BACKEND_KEY);
    if (backend === undefined)
        findings.push(drift_finding(deploymentId, 'error', 'drift-backend-missing', `Deployment ${deploymentId} has no ${BACKEND_KEY}: Airflow there does not read AWS Secrets Manager at all.`, hint));
    else if (backend.value === undefined)
        notes.push(`${BACKEND_KEY} is set as a secret variable, so the Astro CLI does not show it: present, value not compared.`);
    else if (backend.value !== expectedBackend)
        findings.push(drift_finding(deploymentId, 'error', 'drift-backend-different', `Deployment ${deploymentId} runs secrets backend ${describeBackend(backend.value)}, not \`${expectedBackend}\` as the manifest says.`, hint));
    const kwargs = byKey.get(KWARGS_KEY);
    if (kwargs === undefined)
        findings.push(drift_finding(deploymentId, 'error', 'drift-kwargs-missing', `Deployment ${deploymentId} has no ${KWARGS_KEY}: the backend there uses its default prefixes, not the manifest's.`, hint));
    else if (kwargs.value === undefined)
        notes.push(`${KWARGS_KEY} is set as a secret variable, so the Astro CLI does not show it: present, value not compared.`);
    else {
        const difference = compareKwargs(kwargs.value, expectedKwargs);
        if (difference !== null)
            findings.push(drift_finding(deploymentId, 'error', 'drift-kwargs-different', `Deployment ${deploymentId} has other ${KWARGS_KEY} than the manifest: ${difference}.`, hint));
    }
    return { deploymentId, findings, notes };
}
/** The result for a deployment whose variables could not be read. */
function unreadableDeployment(deploymentId, why, hint) {
    return {
        deploymentId,
        findings: [
            drift_finding(deploymentId, 'error', 'drift-unreadable', `Could not read the variables of deployment ${deploymentId}: ${why}.`, hint)
        ],
        notes: []
    };
}
/** How two kwargs texts differ for Airflow, or null when they do not. */
function compareKwargs(shown, expected) {
    const deployed = readDict(shown);
    const wanted = readDict(expected);
    if (wanted === null)
        return 'the manifest’s kwargs are not a JSON object';
    if (deployed === null)
        return 'the deployment’s value is not a JSON object, so Airflow fails to start the backend';
    const missing = [...wanted.keys()].filter((k) => !deployed.has(k));
    const extra = [...deployed.keys()].filter((k) => !wanted.has(k));
    const different = [...wanted.keys()].filter((k) => {
        const there = deployed.get(k);
        const here = wanted.get(k);
        return there !== undefined && here !== undefined && !sameValue(there, here);
    });
    const parts = [
        missing.length > 0 ? `lacks ${names(missing)}` : '',
        different.length > 0 ? `different ${names(different)}` : '',
        extra.length > 0 ? `also sets ${names(extra)}` : ''
    ].filter((part) => part !== '');
    return parts.length === 0 ? null : parts.join('; ');
}
function readDict(text) {
    try {
        const value = pyJsonLoads(text);
        return isPyDict(value) ? value : null;
    }
    catch (error) {
        if (error instanceof PyJsonDecodeError)
            return null;
        throw error;
    }
}
/** Python equality for JSON values: dicts regardless of key order. */
function sameValue(a, b) {
    if (isPyDict(a) && isPyDict(b))
        return (a.size === b.size &&
            [...a].every(([k, v]) => {
                const other = b.get(k);
                return other !== undefined && sameValue(v, other);
            }));
    if (Array.isArray(a) && Array.isArray(b))
        return (a.length === b.length &&
            a.every((v, i) => {
                const other = b[i];
                return other !== undefined && sameValue(v, other);
            }));
    return pyRepr(a) === pyRepr(b);
}
function names(keys) {
    const shown = keys.slice(0, NAMES_MAX).map((k) => `\`${k}\``);
    const more = keys.length > NAMES_MAX ? ` and ${keys.length - NAMES_MAX} more` : '';
    return `${shown.join(', ')}${more}`;
}
/** A backend class path is quoted; anything else is not repeated. */
function describeBackend(value) {
    return /^[A-Za-z_][\w.]*$/.test(value) && value.length <= BACKEND_SHOWN_MAX
        ? `\`${value}\``
        : 'a value that is not a class path';
}
function drift_finding(deploymentId, severity, code, message, hint) {
    return { code, severity, kind: 'config', id: deploymentId, message, hint };
}

;// CONCATENATED MODULE: ./src/core/astro/env-file.ts

/**
 * The Astro CLI reads lines with Go's `bufio.Scanner` (64 KiB buffer): a line
 * whose bytes, with its line ending, exceed it ends the reading with
 * `bufio.Scanner: token too long`; the lines before are applied and the CLI
 * exits 0.
 */
const MAX_ENV_LINE = 64 * 1024;
/** UTF-8 bytes of a line as the scanner holds it, line ending included. */
function scannerBytes(body, crlf) {
    return new TextEncoder().encode(body).length + (crlf ? 2 : 1);
}
/**
 * Go's `strings.TrimSpace` (unicode.IsSpace): JavaScript's `\s` lacks U+0085
 * and adds U+FEFF, so the set is spelled out.
 */
const GO_SPACE = '\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000';
const TRIMMED_BY_CLI = new RegExp(`^[${GO_SPACE}"']|[${GO_SPACE}"']$`, 'u');
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Parses the env file in the one form the Astro CLI's hand-rolled `--load`
 * parser reads verbatim: `KEY=value` lines, no quotes, no `export`, no inline
 * comments, no empty values, no duplicates. Blank lines and lines starting
 * with `#` are skipped, as the CLI skips them. Any other line would be
 * rewritten or dropped by the CLI, so it is refused here, naming the line and
 * key but never the value.
 */
function parseEnvFile(text, source = 'env-file') {
    const entries = [];
    const seen = new Set();
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    lines.forEach((raw, index) => {
        const line = index + 1;
        const crlf = raw.endsWith('\r');
        const body = crlf ? raw.slice(0, -1) : raw;
        const where = `${source} line ${line}`;
        // Checked before anything else: the CLI stops reading at such a line.
        if (scannerBytes(body, crlf) > MAX_ENV_LINE)
            throw new errors/* InputError */.dz('env-file', `${where} is longer than the Astro CLI reads (64 KiB with its line ending, in bytes): the CLI would stop there with "bufio.Scanner: token too long", apply only the lines before and exit 0; shorten the value.`, 'env-file-invalid');
        if (body === '' || body.startsWith('#'))
            return;
        const eq = body.indexOf('=');
        if (eq <= 0)
            throw new errors/* InputError */.dz('env-file', `${where} is not a KEY=value line; write one variable per line.`, 'env-file-invalid');
        const key = body.slice(0, eq);
        const value = body.slice(eq + 1);
        if (!KEY.test(key))
            throw new errors/* InputError */.dz('env-file', `${where}: the key must be letters, digits and underscores, not starting with a digit (no spaces, no "export").`, 'env-file-invalid');
        if (value === '')
            throw new errors/* InputError */.dz('env-file', `${where}: ${key} has an empty value, which the Astro CLI refuses; remove the line or give it a value.`, 'env-file-invalid');
        if (TRIMMED_BY_CLI.test(value))
            throw new errors/* InputError */.dz('env-file', `${where}: the value of ${key} starts or ends with a quote or a space, which the Astro CLI strips; write it unquoted and trimmed.`, 'env-file-invalid');
        if (seen.has(key))
            throw new errors/* InputError */.dz('env-file', `${where}: ${key} is set twice; the Astro CLI would skip the second one. Keep one line per key.`, 'env-file-invalid');
        seen.add(key);
        entries.push({ key, value, line });
    });
    if (entries.length === 0)
        throw new errors/* InputError */.dz('env-file', `${source} has no KEY=value lines; nothing to sync.`, 'env-file-empty');
    return entries;
}
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
/**
 * Reads the table that `astro deployment variable list` (and `update`)
 * prints: a header `#  KEY  VALUE  SECRET` then one row per variable, columns
 * aligned by padding, secret values shown as `****`. "No variables found"
 * means an empty list. A plain variable's value is the text between its
 * key and its SECRET flag. Returns undefined when the text holds no such table
 * (an error, or an unknown format), so a caller never mistakes it for an
 * empty deployment.
 */
function parseVariableList(output) {
    const lines = output.replace(ANSI, '').split(/\r?\n/);
    const headerAt = lines.findIndex((l) => /^\s*#\s+KEY\s+VALUE\s+SECRET\??\s*$/.test(l));
    if (headerAt < 0)
        return lines.some((l) => /^\s*No variables found\s*$/i.test(l))
            ? []
            : undefined;
    const variables = [];
    for (const row of lines.slice(headerAt + 1)) {
        if (row.trim() === '')
            continue;
        // By words, not by the header's columns: a wide value shifts the row.
        const cells = /^\s*\d+\s+(\S+)(?:\s(.*?))?\s+(true|false)\s*$/i.exec(row);
        if (!/^\s*\d+\s/.test(row))
            break;
        if (cells === null)
            continue;
        const [, key = '', shown = '', flag = ''] = cells;
        const secret = flag.toLowerCase() === 'true';
        const value = shown.trim();
        variables.push(secret || value === '' ? { key, secret } : { key, secret, value });
    }
    return variables;
}
/** Splits the env file's keys into those the deployment lacks and has. */
function planSync(keys, existing) {
    const have = new Set(existing.map((v) => v.key));
    return {
        created: keys.filter((k) => !have.has(k)),
        updated: keys.filter((k) => have.has(k))
    };
}
/** Keys of the env file that the deployment lacks, or holds unsecreted. */
function verifySync(keys, after) {
    const byKey = new Map(after.map((v) => [v.key, v]));
    return {
        missing: keys.filter((k) => !byKey.has(k)),
        notSecret: keys.filter((k) => byKey.get(k)?.secret === false)
    };
}
/**
 * Lines in the CLI's output that report a problem even when it exits 0: a
 * missing env file ("unable to read file"), a line it could not use, a key it
 * skipped, or a general error.
 */
const PROBLEMS = [
    /unable to read file/i,
    /token too long/i,
    /improperly formatted variable/i,
    /empty value!/i,
    /already exists/i,
    /there was an error while creating or updating/i,
    /^\s*error\b/i
];
/** Where `update` starts printing every deployment variable (not ours). */
const UPDATED_LIST = /Updated list of your Deployment's variables:/i;
/**
 * The problem lines of a CLI run, with any env-file value blanked out. The
 * table printed after `Updated list of your Deployment's variables:` shows
 * every variable's value, so scanning stops there.
 */
function findCliProblems(output, values) {
    const lines = output.replace(ANSI, '').split(/\r?\n/);
    const end = lines.findIndex((l) => UPDATED_LIST.test(l));
    return (end < 0 ? lines : lines.slice(0, end))
        .filter((l) => PROBLEMS.some((p) => p.test(l)))
        .map((l) => redactValues(l.trim(), values));
}
/**
 * Replaces every occurrence of a value (and of each of its lines) with
 * `***`. Values shorter than 4 characters are left alone: blanking them would
 * garble the text without protecting anything.
 */
function redactValues(text, values) {
    const parts = values
        .flatMap((v) => [v, ...v.split(/\r?\n/).map((l) => l.trim())])
        .filter((v) => v.length >= 4)
        .sort((a, b) => b.length - a.length);
    let out = text;
    for (const part of parts)
        out = out.split(part).join('***');
    return out;
}
/** A sync that did not leave the deployment as the env file says. */
class SyncError extends errors/* ActionError */.lZ {
    name = 'SyncError';
    deploymentId;
    constructor(deploymentId, message, code = 'sync-failed') {
        super(code, message);
        this.deploymentId = deploymentId;
    }
}
/**
 * Renders the env file for `astro deployment variable update --load --env`
 * in the one form its parser keeps intact, and proves it by parsing the text
 * back. A value the CLI would mangle (multi-line, quoted, padded, empty) is
 * refused with an error naming the key, never the value.
 */
function renderAstroEnv(variables) {
    for (const [key, value] of variables) {
        if (/[\r\n]/.test(value))
            throw new errors/* InputError */.dz('backend-kwargs', `${key} would span several lines, which the Astro CLI reads as separate variables; write it on one line.`, 'env-value-unsafe');
        const bytes = scannerBytes(`${key}=${value}`, false);
        if (bytes > MAX_ENV_LINE)
            throw new errors/* InputError */.dz('backend-kwargs', `${key} would be an env-file line of ${bytes} bytes, longer than the Astro CLI reads (64 KiB with its line ending, in bytes): the CLI would stop there with "bufio.Scanner: token too long" and skip it; shorten the backend kwargs.`, 'env-value-unsafe');
    }
    const text = variables.map(([key, value]) => `${key}=${value}\n`).join('');
    const parsed = parseEnvFile(text, 'the env file');
    const intact = parsed.length === variables.length &&
        parsed.every((entry, i) => entry.key === variables[i]?.[0] && entry.value === variables[i][1]);
    if (!intact)
        throw new errors/* InputError */.dz('backend-kwargs', 'the env file would not be read back intact by the Astro CLI.', 'env-value-unsafe');
    return text;
}

;// CONCATENATED MODULE: ./src/check/drift.ts



const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const MAX_DEPLOYMENTS = 100;
/** Checks the ids before anything runs; throws an InputError naming `input`. */
function validateDeploymentIds(ids, workspaceId, input = 'deployment-ids') {
    const bad = ids.find((id) => !ID.test(id));
    if (bad !== undefined)
        throw new errors/* InputError */.dz(input, `${input}: "${bad}" is not an Astro deployment id; copy it from the deployment's page or \`astro deployment list\`.`);
    if (ids.length > MAX_DEPLOYMENTS)
        throw new errors/* InputError */.dz(input, `${input} lists ${ids.length} deployments; check at most ${MAX_DEPLOYMENTS} per run.`);
    if (workspaceId !== undefined && !ID.test(workspaceId))
        throw new errors/* InputError */.dz('workspace-id', `workspace-id "${workspaceId}" is not an Astro workspace id.`);
}
/** Compares every deployment, one after another (the CLI is not parallel-safe). */
async function checkDrift(options, exec) {
    validateDeploymentIds(options.deploymentIds, options.workspaceId);
    const results = [];
    for (const deploymentId of options.deploymentIds)
        results.push(await checkOne(deploymentId, options, exec));
    return results;
}
async function checkOne(deploymentId, options, exec) {
    const args = [
        'deployment',
        'variable',
        'list',
        '--deployment-id',
        deploymentId
    ];
    if (options.workspaceId !== undefined)
        args.push('--workspace-id', options.workspaceId);
    let output;
    try {
        output = await exec(options.astro, args);
    }
    catch (error) {
        return unreadableDeployment(deploymentId, `the Astro CLI (${options.astro}) could not be run: ${(0,errors/* errorMessage */.gJ)(error)}`, 'Install it (the setup-astro-cli action) or give its path in the astro input.');
    }
    const listed = output.code === 0 ? parseVariableList(output.stdout) : undefined;
    if (listed === undefined) {
        const problems = findCliProblems(output.stdout + output.stderr, []);
        const said = problems.length > 0 ? `: ${problems.join('; ')}` : '';
        return unreadableDeployment(deploymentId, `astro deployment variable list exited ${output.code}${said}`, 'Check ASTRO_API_TOKEN (it needs to read the deployment), the deployment id and workspace-id.');
    }
    return compareDeployment(deploymentId, listed, options.backend, options.backendKwargs);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/local/sources.ts
/**
 * Connections and variables defined in local files, read the way Airflow
 * (LocalFilesystemBackend, EnvironmentVariablesBackend) and the Astro CLI
 * (`.env` through Docker Compose, `airflow_settings.yaml`) read them. Pure:
 * takes file contents. Load errors name the file, line and id, never a value.
 */



class Loader {
    file;
    items = [];
    errors = [];
    constructor(file) {
        this.file = file;
    }
    item(kind, id, value, format, line, env = false) {
        this.items.push({
            kind,
            id,
            value,
            format,
            ...(env ? { env: true } : {}),
            source: { file: this.file, line }
        });
    }
    error(line, message, fatal = false) {
        this.errors.push({
            file: this.file,
            line,
            message,
            severity: 'error',
            fatal
        });
    }
    warn(line, message, quotedValue = false) {
        this.errors.push({
            file: this.file,
            line,
            message,
            severity: 'warning',
            fatal: false,
            ...(quotedValue ? { quotedValue: true } : {})
        });
    }
    result() {
        return { items: this.items, errors: this.errors };
    }
}
const extensionOf = (file) => {
    const base = file.replace(/^.*[\\/]/, '');
    const dot = base.lastIndexOf('.');
    return dot <= 0 && !base.startsWith('.')
        ? ''
        : base.slice(dot + 1).toLowerCase();
};
const SUPPORTED = ['env', 'json', 'yaml', 'yml'];
/** Python's `str.splitlines()` boundaries. */
// eslint-disable-next-line no-control-regex
const SPLITLINES = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
/** Airflow's `_parse_env_file`: `KEY=VALUE` lines, values kept verbatim. */
function parseAirflowEnv(text, load) {
    const entries = [];
    text.split(SPLITLINES).forEach((line, index) => {
        const lineNo = index + 1;
        if (line === '' || /^\s*#/.test(line))
            return;
        const eq = line.indexOf('=');
        if (eq === -1) {
            load.error(lineNo, 'Invalid line format. The line should contain at least one equal sign ("=").', true);
            return;
        }
        const key = line.slice(0, eq);
        const value = line.slice(eq + 1);
        if (key === '') {
            load.error(lineNo, 'Invalid line format. Key is empty.', true);
            return;
        }
        if (value === '') {
            load.error(lineNo, 'Invalid line format. Value is empty.', true);
            return;
        }
        if (/^(["']).*\1$/.test(value) && value.length >= 2)
            load.warn(lineNo, `${key}: the value is wrapped in quotes; Airflow's .env reader keeps them as part of the value`, true);
        entries.push({ key, value, line: lineNo });
    });
    return entries;
}
/** A YAML node as Python's `yaml.safe_load` would give it. */
function yamlToPy(node) {
    if ((0,dist/* isMap */.jh)(node)) {
        const dict = new Map();
        for (const pair of node.items)
            dict.set(String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key), yamlToPy(pair.value));
        return dict;
    }
    if ((0,dist/* isSeq */.oP)(node))
        return node.items.map(yamlToPy);
    if ((0,dist/* isScalar */.jn)(node)) {
        const value = node.value;
        if (value === null || value === undefined)
            return null;
        if (typeof value === 'string' ||
            typeof value === 'boolean' ||
            typeof value === 'bigint' ||
            typeof value === 'number')
            return value;
        if (value instanceof Date)
            return value.toISOString();
        return null;
    }
    return null;
}
/** The message of a YAML parse error, without the source excerpt. */
const yamlMessage = (message) => (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
/** Airflow's `_parse_json_file` / `_parse_yaml_file`: a top-level object. */
function parseObjectFile(text, ext, load) {
    if (text === '') {
        load.error(1, 'The file is empty.', true);
        return undefined;
    }
    if (ext === 'json') {
        try {
            const value = pyJsonLoads(text);
            if (!isPyDict(value)) {
                load.error(1, 'The file should contain the object.', true);
                return undefined;
            }
            const keyLines = topLevelKeyLines(text);
            return [...value.entries()].map(([key, item]) => ({
                key,
                value: item,
                line: keyLines.get(key) ?? 1
            }));
        }
        catch (error) {
            if (!(error instanceof PyJsonDecodeError))
                throw error;
            load.error(error.lineno, error.message, true);
            return undefined;
        }
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        version: '1.1',
        intAsBigInt: true,
        uniqueKeys: false,
        lineCounter
    });
    const error = doc.errors[0];
    if (error) {
        load.error(error.linePos?.[0].line ?? 1, yamlMessage(error.message), true);
        return undefined;
    }
    if (!(0,dist/* isMap */.jh)(doc.contents)) {
        load.error(1, 'The file should contain the object.', true);
        return undefined;
    }
    const last = new Map();
    for (const pair of doc.contents.items) {
        const key = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
        const offset = pair.key?.range?.[0] ?? 0;
        last.set(key, {
            key,
            value: yamlToPy(pair.value),
            line: lineCounter.linePos(offset).line
        });
    }
    return [...last.values()];
}
/** Keyword arguments of Airflow's Connection constructor, and extra_dejson. */
const CONNECTION_KEYS = [
    'conn_id',
    'conn_type',
    'description',
    'host',
    'login',
    'password',
    'schema',
    'port',
    'extra',
    'uri',
    'team_name',
    'extra_dejson'
];
const pySetRepr = (items) => `{${[...items]
    .sort()
    .map((item) => `'${item}'`)
    .join(', ')}}`;
/** Airflow's `_create_connection` for one entry of a connections file. */
function addConnection(load, id, value, line) {
    if (typeof value === 'string') {
        load.item('connection', id, value, 'uri', line);
        return;
    }
    if (!isPyDict(value)) {
        load.error(line, `${id}: Unexpected value type: <class '${pyTypeName(value)}'>. The connection can only be defined using a string or object.`, true);
        return;
    }
    const keys = [...value.keys()];
    // Keys of a secret's object may be secret themselves: named by position.
    const illegal = keys.flatMap((key, index) => CONNECTION_KEYS.includes(key) ? [] : [`key #${index + 1}`]);
    if (illegal.length > 0) {
        load.error(line, `${id}: The object have illegal keys: ${illegal.join(', ')} (names not shown). The dictionary can only contain the following keys: ${pySetRepr(CONNECTION_KEYS)}`, true);
        return;
    }
    if (value.has('extra') && value.has('extra_dejson')) {
        load.error(line, `${id}: The extra and extra_dejson parameters are mutually exclusive. Please provide only one parameter.`, true);
        return;
    }
    const fields = new Map(value);
    if (fields.has('extra_dejson')) {
        fields.set('extra', pyJsonDumps(fields.get('extra_dejson') ?? null));
        fields.delete('extra_dejson');
    }
    const connId = fields.get('conn_id');
    if (connId !== undefined && connId !== id) {
        load.error(line, `${id}: Mismatch conn_id. The dictionary key has the value: ${typeof connId === 'string' ? connId : pyJsonDumps(connId)}. The item has the value: ${id}.`, true);
        return;
    }
    fields.delete('conn_id');
    load.item('connection', id, pyJsonDumps(fields), 'fields', line);
}
function unsupported(file) {
    const load = new Loader(file);
    load.error(1, `Unsupported file format. The file must have one of the following extensions: ${SUPPORTED.map((e) => `.${e}`).join(' ')}`, true);
    return load.result();
}
/** A LocalFilesystemBackend connections file (`.env`, `.json`, `.yaml`). */
function parseConnectionsFile(file, text) {
    const ext = extensionOf(file);
    if (!SUPPORTED.includes(ext))
        return unsupported(file);
    const load = new Loader(file);
    if (ext === 'env') {
        const entries = parseAirflowEnv(text, load);
        const byKey = new Map();
        for (const entry of entries)
            byKey.set(entry.key, [...(byKey.get(entry.key) ?? []), entry]);
        for (const [key, list] of byKey) {
            const first = list[0];
            if (!first)
                continue;
            if (list.length > 1) {
                load.error(list[1]?.line ?? first.line, `Found multiple values for ${key} in ${file}.`, true);
                continue;
            }
            addConnection(load, key, first.value, first.line);
        }
        return load.result();
    }
    for (const entry of parseObjectFile(text, ext, load) ?? [])
        addConnection(load, entry.key, entry.value, entry.line);
    return load.result();
}
/** A LocalFilesystemBackend variables file (`.env`, `.json`, `.yaml`). */
function parseVariablesFile(file, text) {
    const ext = extensionOf(file);
    if (!SUPPORTED.includes(ext))
        return unsupported(file);
    const load = new Loader(file);
    if (ext === 'env') {
        const entries = parseAirflowEnv(text, load);
        const counts = new Map();
        for (const entry of entries)
            counts.set(entry.key, (counts.get(entry.key) ?? 0) + 1);
        const duplicates = [...counts].filter(([, n]) => n > 1).map(([k]) => k);
        if (duplicates.length > 0) {
            const seen = new Set();
            const line = entries.find((e) => {
                const again = seen.has(e.key);
                seen.add(e.key);
                return again;
            })?.line ?? 1;
            load.error(line, `The "${file}" file contains multiple values for keys: [${duplicates.map((k) => `'${k}'`).join(', ')}]`, true);
        }
        for (const entry of entries)
            if (!duplicates.includes(entry.key))
                load.item('variable', entry.key, typeof entry.value === 'string' ? entry.value : '', 'text', entry.line);
        return load.result();
    }
    for (const entry of parseObjectFile(text, ext, load) ?? []) {
        if (typeof entry.value === 'string') {
            load.item('variable', entry.key, entry.value, 'text', entry.line);
            continue;
        }
        if (entry.value === null) {
            load.warn(entry.line, `${entry.key}: the value is null; Airflow treats the variable as not set`);
            continue;
        }
        load.warn(entry.line, `${entry.key}: the value is a ${pyTypeName(entry.value)}, not a string; Airflow returns it as is, and deserialize_json=True or {{ var.json }} fail on it`);
        load.item('variable', entry.key, pyJsonDumps(entry.value), 'json', entry.line);
    }
    return load.result();
}
const DOTENV_KEY = /^[A-Za-z_][A-Za-z0-9_.\-[\]]*$/;
/**
 * A `.env` file as Docker Compose reads it (what `astro dev` uses): comments,
 * `export`, single quotes (literal), double quotes (escapes, multi-line),
 * inline ` #` comments in unquoted values, and `$VAR` interpolation, which
 * is reported because it silently changes values that contain `$`.
 */
function parseComposeDotenv(file, text) {
    const load = new Loader(file);
    return { entries: readComposeDotenv(load, text), errors: load.errors };
}
/** The index of the closing quote in `body`, or -1. */
function closingQuote(body, quote) {
    for (let i = 0; i < body.length; i++) {
        const ch = body.charAt(i);
        if (quote === '"' && ch === '\\')
            i++;
        else if (ch === quote)
            return i;
    }
    return -1;
}
function readComposeDotenv(load, text) {
    const entries = [];
    const lines = text.split(/\r?\n/);
    for (let index = 0; index < lines.length; index++) {
        const lineNo = index + 1;
        let line = lines[index] ?? '';
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        line = line.replace(/^\s*export\s+/, '');
        const eq = line.indexOf('=');
        if (eq === -1) {
            load.warn(lineNo, `${trimmed}: no '='; Docker Compose takes this variable from your shell environment`);
            continue;
        }
        const key = line.slice(0, eq).trim();
        if (!DOTENV_KEY.test(key)) {
            load.error(lineNo, `invalid variable name on this line; Docker Compose refuses the file`, true);
            continue;
        }
        let rest = line.slice(eq + 1).replace(/^\s+/, '');
        let value;
        let expands = false;
        const quote = rest.charAt(0);
        if (quote === "'" || quote === '"') {
            let body = rest.slice(1);
            let end;
            let extra = 0;
            for (;;) {
                end = closingQuote(body, quote);
                if (end !== -1 || index + extra + 1 >= lines.length)
                    break;
                extra++;
                body += '\n' + (lines[index + extra] ?? '');
            }
            if (end === -1) {
                load.error(lineNo, `${key}: unterminated quoted value; Docker Compose refuses the file`, true);
                index += extra;
                continue;
            }
            index += extra;
            value = body.slice(0, end);
            if (quote === '"') {
                expands = /\$(?!\$)/.test(value.replace(/\\\$/g, '').replace(/\$\$/g, ''));
                value = value.replace(/\\([\\"nrt$])/g, (_m, ch) => ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch === 't' ? '\t' : ch);
            }
            rest = body.slice(end + 1);
            if (rest.trim() !== '' && !rest.trim().startsWith('#'))
                load.warn(lineNo, `${key}: text after the closing quote is ignored by Docker Compose`);
        }
        else {
            value = rest.replace(/\s+#.*$/, '').trimEnd();
            expands = /\$(?!\$)/.test(value.replace(/\$\$/g, ''));
        }
        if (expands)
            load.warn(lineNo, `${key}: the value contains '$', which Docker Compose expands as a variable; write '$$' for a literal '$' or single-quote the value`);
        if (quote !== "'")
            value = value.replace(/\$\$/g, '$');
        entries.push({ key, value, line: lineNo });
    }
    return entries;
}
/** Python's `str.strip()` characters. */
// eslint-disable-next-line no-control-regex
const sources_PY_SPACE = /^[\s\x1c-\x1f\x85]+/;
/**
 * An Astro project's `.env`: `AIRFLOW_CONN_<ID>` (id lower-cased, as
 * Airflow's EnvironmentVariablesBackend matches it; URI or JSON) and
 * `AIRFLOW_VAR_<KEY>`.
 */
function parseAstroEnv(file, text) {
    const load = new Loader(file);
    const entries = readComposeDotenv(load, text);
    const last = new Map();
    for (const entry of entries) {
        const previous = last.get(entry.key);
        if (previous && /^AIRFLOW_(CONN|VAR)_/.test(entry.key))
            load.warn(previous.line, `${entry.key} is set again on line ${entry.line}; Docker Compose uses the last value`);
        last.set(entry.key, entry);
    }
    for (const entry of [...last.values()].sort((a, b) => a.line - b.line)) {
        const match = /^AIRFLOW_(CONN|VAR)_(.*)$/.exec(entry.key);
        if (!match)
            continue;
        const kind = match[1] === 'CONN' ? 'connection' : 'variable';
        const id = (match[2] ?? '').toLowerCase();
        if (id === '') {
            load.warn(entry.line, `${entry.key}: no id after the prefix; ignored`);
            continue;
        }
        if (entry.value === '') {
            load.warn(entry.line, `${entry.key}: the value is empty; Airflow treats the ${kind} as not set`);
            continue;
        }
        const format = kind === 'variable'
            ? 'text'
            : entry.value.replace(sources_PY_SPACE, '').startsWith('{')
                ? 'json'
                : 'uri';
        load.item(kind, id, entry.value, format, entry.line, true);
    }
    return load.result();
}
/** A YAML scalar as Go's weakly typed decoding turns it into a string. */
const scalarText = (value) => {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'bigint' || typeof value === 'number')
        return String(value);
    if (typeof value === 'boolean')
        return value ? '1' : '0';
    return undefined;
};
/**
 * The Astro CLI's `airflow_settings.yaml`: `airflow.connections[]` (conn_id,
 * conn_type, conn_host, conn_schema, conn_login, conn_password, conn_port,
 * conn_uri, conn_extra) and `airflow.variables[]` (variable_name,
 * variable_value), with the CLI's rules for what it creates or skips.
 */
function parseAirflowSettings(file, text) {
    const load = new Loader(file);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { intAsBigInt: true, lineCounter });
    const lineOf = (node) => lineCounter.linePos(node?.range?.[0] ?? 0).line;
    const error = doc.errors[0];
    if (error) {
        load.error(error.linePos?.[0].line ?? 1, `not valid YAML (${yamlMessage(error.message)}); the Astro CLI loads no connections, variables or pools from it`, true);
        return load.result();
    }
    if (doc.contents === null)
        return load.result();
    const airflow = (0,dist/* isMap */.jh)(doc.contents)
        ? doc.contents.get('airflow', true)
        : undefined;
    if (!(0,dist/* isMap */.jh)(airflow)) {
        if (airflow !== undefined && !((0,dist/* isScalar */.jn)(airflow) && airflow.value === null))
            load.error(lineOf(airflow), `'airflow' must be a mapping with connections, pools and variables`, true);
        return load.result();
    }
    const fatalField = (node, what) => {
        load.error(lineOf(node), `${what}; the Astro CLI cannot decode the file and loads nothing from it`, true);
    };
    const connections = airflow.get('connections', true);
    if ((0,dist/* isSeq */.oP)(connections)) {
        for (const node of connections.items) {
            if (!(0,dist/* isMap */.jh)(node)) {
                if (!((0,dist/* isScalar */.jn)(node) && node.value === null))
                    fatalField(node, 'a connection must be a mapping of conn_* fields');
                continue;
            }
            const line = lineOf(node);
            const field = (name) => {
                const raw = node.get(name, true);
                const text = scalarText((0,dist/* isScalar */.jn)(raw) ? raw.value : raw);
                if (text === undefined)
                    fatalField(raw, `conn field ${name} must be a single value`);
                return text;
            };
            const id = field('conn_id');
            if (id === undefined)
                continue;
            if (id === '') {
                load.warn(line, 'a connection without conn_id is skipped by the Astro CLI');
                continue;
            }
            const portNode = node.get('conn_port', true);
            const portValue = (0,dist/* isScalar */.jn)(portNode) ? portNode.value : portNode;
            let port;
            if (typeof portValue === 'bigint')
                port = portValue;
            else if (typeof portValue === 'string' &&
                /^[-+]?\d+$/.test(portValue.trim()))
                port = BigInt(portValue.trim());
            else if (portValue !== null && portValue !== undefined) {
                fatalField(portNode, `${id}: conn_port must be a whole number`);
                continue;
            }
            const values = {
                conn_type: field('conn_type'),
                host: field('conn_host'),
                login: field('conn_login'),
                password: field('conn_password'),
                schema: field('conn_schema'),
                uri: field('conn_uri')
            };
            if (Object.values(values).some((v) => v === undefined))
                continue;
            const quoted = Object.entries(values).find(([, v]) => v?.includes("'"));
            if (id.includes("'") || quoted)
                load.error(line, `${id}: ${quoted ? `conn_${quoted[0] === 'conn_type' ? 'type' : quoted[0]}` : 'conn_id'} contains a single quote, which the Astro CLI's shell command cannot pass; the connection is not created as written`);
            if (!values.conn_type && !values.uri) {
                load.error(line, `Skipping ${id}: conn_type or conn_uri must be specified.`);
                continue;
            }
            const extraNode = node.get('conn_extra', true);
            let extra = '';
            if ((0,dist/* isMap */.jh)(extraNode)) {
                const parts = [];
                for (const pair of extraNode.items) {
                    const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
                    const item = (0,dist/* isScalar */.jn)(pair.value) ? pair.value.value : undefined;
                    if (typeof key === 'string' && typeof item === 'string')
                        parts.push(`"${key}": "${item}"`);
                    else
                        load.warn(lineOf(pair.key), `${id}: conn_extra.${String(key)} is not a string; the Astro CLI drops it from the extra`);
                }
                if (parts.length > 0)
                    extra = `{${parts.join(', ')}}`;
            }
            else if ((0,dist/* isScalar */.jn)(extraNode) && typeof extraNode.value === 'string')
                extra = extraNode.value;
            else if (extraNode !== undefined &&
                !((0,dist/* isScalar */.jn)(extraNode) && extraNode.value === null))
                load.warn(lineOf(extraNode), `${id}: conn_extra must be a mapping or a JSON string; the Astro CLI drops it`);
            const fields = new Map();
            const set = (key, value) => {
                if (value)
                    fields.set(key, value);
            };
            set('conn_type', values.conn_type);
            set('extra', extra);
            set('host', values.host);
            set('login', values.login);
            set('password', values.password);
            set('schema', values.schema);
            if (port !== undefined && port !== 0n)
                fields.set('port', port);
            const counted = [...fields.keys()].filter((k) => k !== 'extra');
            if (values.uri && counted.length === 0)
                load.item('connection', id, values.uri, 'uri', line);
            else {
                if (values.uri)
                    load.warn(line, `${id}: conn_uri is ignored because other conn_* fields are set`);
                load.item('connection', id, pyJsonDumps(fields), 'fields', line);
            }
        }
    }
    else if (connections !== undefined &&
        !((0,dist/* isScalar */.jn)(connections) && connections.value === null))
        fatalField(connections, "'airflow.connections' must be a list");
    const variables = airflow.get('variables', true);
    if ((0,dist/* isSeq */.oP)(variables)) {
        for (const node of variables.items) {
            if (!(0,dist/* isMap */.jh)(node)) {
                if (!((0,dist/* isScalar */.jn)(node) && node.value === null))
                    fatalField(node, 'a variable must be a mapping with variable_name and variable_value');
                continue;
            }
            const line = lineOf(node);
            const nameNode = node.get('variable_name', true);
            const valueNode = node.get('variable_value', true);
            const name = scalarText((0,dist/* isScalar */.jn)(nameNode) ? nameNode.value : nameNode);
            const value = scalarText((0,dist/* isScalar */.jn)(valueNode) ? valueNode.value : valueNode);
            if (name === undefined || value === undefined) {
                fatalField(name === undefined ? nameNode : valueNode, 'variable_name and variable_value must be single values');
                continue;
            }
            if (name === '') {
                if (value !== '')
                    load.warn(line, 'Skipping Variable Creation: No Variable Name Specified.');
                continue;
            }
            if (value === '') {
                load.warn(line, `${name}: variable_value is empty; the Astro CLI skips this variable`);
                continue;
            }
            if (value.includes("'") || name.includes("'"))
                load.error(line, `${name}: contains a single quote, which the Astro CLI's shell command cannot pass; the variable is not created as written`);
            load.item('variable', name, value, 'text', line);
        }
    }
    else if (variables !== undefined &&
        !((0,dist/* isScalar */.jn)(variables) && variables.value === null))
        fatalField(variables, "'airflow.variables' must be a list");
    return load.result();
}
/** Reads one file's contents with the reader for its kind. */
function parseLocalSource(kind, file, text) {
    switch (kind) {
        case 'connections':
            return parseConnectionsFile(file, text);
        case 'variables':
            return parseVariablesFile(file, text);
        case 'astro-env':
            return parseAstroEnv(file, text);
        case 'airflow-settings':
            return parseAirflowSettings(file, text);
    }
}
/**
 * The line of each top-level key of a JSON object (its last occurrence, as
 * the last value wins), read with the YAML parser since JSON is YAML 1.2.
 * Only for messages: a key it cannot place gets line 1.
 */
function topLevelKeyLines(text) {
    const lines = new Map();
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, uniqueKeys: false });
    if (!(0,dist/* isMap */.jh)(doc.contents))
        return lines;
    for (const pair of doc.contents.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
        const offset = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.range[0] : undefined;
        if (typeof key === 'string' && offset !== undefined)
            lines.set(key, counter.linePos(offset).line);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/adapters/fs/local-files.ts



const EXTENSIONS = ['json', 'yaml', 'yml', 'env'];
/**
 * The local sources an Astro project has by convention: `.env`,
 * `airflow_settings.yaml`, and LocalFilesystemBackend files named
 * `connections.<ext>` / `variables.<ext>` in the project or `include/`.
 */
async function detectLocalSources(projectDir) {
    const candidates = [
        { kind: 'astro-env', path: (0,external_node_path_.join)(projectDir, '.env') },
        {
            kind: 'airflow-settings',
            path: (0,external_node_path_.join)(projectDir, 'airflow_settings.yaml')
        }
    ];
    for (const dir of [projectDir, (0,external_node_path_.join)(projectDir, 'include')])
        for (const kind of ['connections', 'variables'])
            for (const ext of EXTENSIONS)
                candidates.push({ kind, path: (0,external_node_path_.join)(dir, `${kind}.${ext}`) });
    const found = [];
    for (const candidate of candidates) {
        const exists = await (0,promises_.readFile)(candidate.path).then(() => true, () => false);
        if (exists)
            found.push(candidate);
    }
    return found;
}
/**
 * Reads and parses each file. Paths in the result are relative to `base`;
 * a file that cannot be read is a load error, not an exception.
 */
async function loadLocalSources(files, base) {
    const items = [];
    const errors = [];
    for (const file of files) {
        const full = (0,external_node_path_.resolve)(base, file.path);
        const shown = (0,external_node_path_.relative)(base, full) || file.path;
        let text;
        try {
            text = await (0,promises_.readFile)(full, 'utf8');
        }
        catch (error) {
            const code = error.code ?? 'EIO';
            errors.push({
                file: shown,
                line: 0,
                message: code === 'ENOENT'
                    ? 'file not found; check the path'
                    : `cannot read the file (${code})`,
                severity: 'error',
                fatal: true
            });
            continue;
        }
        const result = parseLocalSource(file.kind, shown, text);
        items.push(...result.items);
        errors.push(...result.errors);
    }
    return { items, errors };
}

;// CONCATENATED MODULE: ./src/check/local-reads.ts
/**
 * Reading a developer's project instead of AWS: the local sources Airflow
 * and `astro dev` read (.env, airflow_settings.yaml, LocalFilesystemBackend
 * files), the definition Airflow would use for each id, and one read each.
 */



/** Loads every local source of `project`; paths are shown relative to `cwd`. */
async function loadLocalProject(project, cwd) {
    const files = await detectLocalSources(project);
    const loaded = await loadLocalSources(files, project);
    const kinds = new Map(files.map((file) => [(0,external_node_path_.relative)(project, file.path) || file.path, file.kind]));
    const chosen = chooseLocalDefinitions(loaded.items, (file) => kinds.get(file));
    const prefix = (0,external_node_path_.relative)(cwd, project);
    const shown = (file) => prefix === '' ? file : `${prefix}/${file}`;
    return {
        files,
        shownFiles: files.map((file) => (0,external_node_path_.relative)(cwd, file.path) || file.path),
        chosen,
        errors: loaded.errors.map((error) => ({
            ...error,
            file: shown(error.file)
        })),
        where: (definition) => `${shown(definition.used.source.file)}:${definition.used.source.line}`,
        folder: prefix,
        projectFiles: files.map((file) => (0,external_node_path_.relative)(project, file.path) || file.path)
    };
}

;// CONCATENATED MODULE: ./src/core/gate/yaml-subset.ts
/**
 * A fast reader for the plain subset of YAML that manifests are written in:
 * block maps and `- item` lists by indentation, one-line flow collections
 * (`{ conn_type: postgres }`, `[login, host]`), plain words and simple quoted
 * strings, comments and blank lines. It builds the same `yaml` nodes, with
 * the same values and start offsets, as `parseDocument` does, about 20 times
 * faster on a manifest of thousands of entries.
 *
 * Anything outside that subset (anchors, tags, block scalars, escapes,
 * multi-line flow collections, odd indentation, a repeated key, any syntax
 * error) returns
 * null, and the caller parses the text with `yaml` itself, so the subset
 * never decides what a manifest means where the full parser would differ.
 * Values that are not plain words (numbers, booleans, null) are resolved by
 * `yaml` too, once per distinct spelling.
 */

/** Thrown inside the reader when the text leaves the subset. */
class OutsideSubset extends Error {
}
const outside = () => {
    throw new OutsideSubset();
};
/** A plain word YAML's core schema reads as a string, whatever the context. */
const WORD = /^[A-Za-z_/][\w./@+~-]*$/;
/** A plain token the subset accepts; anything but a WORD goes through `yaml`. */
const TOKEN = /^[\w./@+~-]+$/;
const KEYWORDS = new Set([
    'null',
    'Null',
    'NULL',
    'true',
    'True',
    'TRUE',
    'false',
    'False',
    'FALSE'
]);
/** Directives and document markers, left to `yaml`. */
const MARKERS = /^(?:---|\.\.\.|%)/m;
/**
 * A character the subset leaves to `yaml`: a control character other than
 * the newline (tab and carriage return included), a C1 control, a Unicode
 * line separator, the byte-order mark or a non-character (one regular
 * expression: far faster than a loop over the text in a cold process).
 */
const SPECIAL = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
/** Keys longer than this are left to `yaml` (it limits implicit keys to 1024). */
const MAX_KEY = 1000;
class SubsetReader {
    templates = new Map();
    lines = [];
    index = 0;
    constructor(text) {
        let start = 0;
        while (start <= text.length) {
            let end = text.indexOf('\n', start);
            if (end === -1)
                end = text.length;
            const line = text.slice(start, end);
            let indent = 0;
            while (line.charCodeAt(indent) === 32)
                indent++;
            // Blank lines and whole-line comments do not shape the structure.
            if (indent < line.length && line[indent] !== '#')
                this.lines.push({ start, indent, text: line });
            start = end + 1;
        }
    }
    document() {
        const first = this.lines[0];
        if (!first)
            return outside();
        if (first.indent !== 0)
            return outside();
        const root = this.block(0);
        if (this.index !== this.lines.length)
            return outside();
        return root;
    }
    /** A block map or list whose lines start at column `indent`. */
    block(indent) {
        const first = this.lines[this.index];
        if (!first)
            return outside();
        return first.text[indent] === '-' && (first.text[indent + 1] ?? ' ') === ' '
            ? this.blockSeq(indent)
            : this.blockMap(indent);
    }
    blockSeq(indent) {
        const seq = new dist/* YAMLSeq */.Rw();
        for (;;) {
            const line = this.lines[this.index];
            if (!line || line.indent < indent)
                break;
            if (line.indent > indent || !line.text.startsWith('- ', indent))
                return outside();
            if (seq.items.length === 0)
                seq.range = [line.start + indent, 0, 0];
            this.index++;
            let at = indent + 2;
            while (line.text.charCodeAt(at) === 32)
                at++;
            const value = this.value(line, at);
            if (value === null)
                return outside();
            seq.items.push(value);
        }
        return seq;
    }
    blockMap(indent) {
        const map = new dist/* YAMLMap */.CA();
        const keys = new Set();
        for (;;) {
            const line = this.lines[this.index];
            if (!line || line.indent < indent)
                break;
            if (line.indent > indent)
                return outside();
            if (map.items.length === 0)
                map.range = [line.start + indent, 0, 0];
            this.index++;
            const { key, end } = this.key(line, indent);
            this.unique(keys, key);
            let at = end;
            while (line.text.charCodeAt(at) === 32)
                at++;
            let value = this.value(line, at);
            if (value === null) {
                const next = this.lines[this.index];
                // A list under a key may start in the key's own column, as YAML allows;
                // that form is left to the full parser.
                if (next && next.indent === indent && next.text.startsWith('-', indent))
                    return outside();
                value =
                    next && next.indent > indent
                        ? this.block(next.indent)
                        : this.empty(line.start + at);
            }
            map.items.push(new dist/* Pair */.Rm(key, value));
        }
        return map;
    }
    /** `key:` at `at` in a block map line; returns the key and the offset after `:`. */
    key(line, at) {
        const text = line.text;
        const quote = text[at];
        if (quote === '"' || quote === "'") {
            const { scalar, end } = this.quoted(line, at);
            if (text[end] !== ':')
                return outside();
            const after = text.charCodeAt(end + 1);
            if (!(Number.isNaN(after) || after === 32))
                return outside();
            return { key: scalar, end: end + 1 };
        }
        let colon = text.indexOf(':', at);
        while (colon !== -1) {
            const after = text.charCodeAt(colon + 1);
            if (Number.isNaN(after) || after === 32)
                break;
            colon = text.indexOf(':', colon + 1);
        }
        if (colon === -1 || colon - at > MAX_KEY)
            return outside();
        const token = text.slice(at, colon);
        return { key: this.plain(token, line.start + at), end: colon + 1 };
    }
    /**
     * The value that starts at `at` (after the separating spaces) and runs to
     * the end of the line or a comment; null when there is none.
     */
    value(line, at) {
        const text = line.text;
        if (at >= text.length || text[at] === '#')
            return null;
        let node;
        let end;
        const c = text[at];
        if (c === '{' || c === '[')
            ({ node, end } = this.flow(line, at));
        else if (c === '"' || c === "'") {
            const quoted = this.quoted(line, at);
            node = quoted.scalar;
            end = quoted.end;
        }
        else {
            const hash = text.indexOf(' #', at);
            end = hash === -1 ? text.length : hash;
            while (text.charCodeAt(end - 1) === 32)
                end--;
            node = this.plain(text.slice(at, end), line.start + at);
        }
        let rest = end;
        while (text.charCodeAt(rest) === 32)
            rest++;
        if (rest < text.length && !(text[rest] === '#' && rest > end))
            outside();
        return node;
    }
    /**
     * A repeated key (equal scalar values, as `yaml`'s check compares them)
     * is left to `yaml`, which reports it.
     */
    unique(keys, key) {
        const value = key.value;
        if (Number.isNaN(value))
            return;
        if (keys.has(value))
            outside();
        keys.add(value);
    }
    /** A one-line flow map or list starting at `at`. */
    flow(line, at) {
        const text = line.text;
        const isMap = text[at] === '{';
        const close = isMap ? '}' : ']';
        const collection = isMap ? new dist/* YAMLMap */.CA() : new dist/* YAMLSeq */.Rw();
        collection.flow = true;
        collection.range = [line.start + at, 0, 0];
        const keys = new Set();
        let i = at + 1;
        const spaces = () => {
            while (text.charCodeAt(i) === 32)
                i++;
        };
        spaces();
        if (text[i] === close)
            return { node: collection, end: i + 1 };
        for (;;) {
            const item = this.flowItem(line, i);
            i = item.end;
            spaces();
            if (collection instanceof dist/* YAMLMap */.CA) {
                if (!(0,dist/* isScalar */.jn)(item.node) || text[i] !== ':')
                    return outside();
                // After a plain key the `:` needs a space; after a quoted one not.
                i++;
                if (text[i] !== ' ' && !item.quoted)
                    return outside();
                spaces();
                this.unique(keys, item.node);
                const value = this.flowItem(line, i);
                collection.items.push(new dist/* Pair */.Rm(item.node, value.node));
                i = value.end;
                spaces();
            }
            else {
                if (text[i] === ':')
                    return outside();
                collection.items.push(item.node);
            }
            if (text[i] === close)
                return { node: collection, end: i + 1 };
            if (text[i] !== ',')
                return outside();
            i++;
            spaces();
            // A trailing comma is valid YAML, but left to the full parser.
            if (text[i] === close)
                return outside();
        }
    }
    flowItem(line, at) {
        const text = line.text;
        const c = text[at];
        if (c === '{' || c === '[')
            return { ...this.flow(line, at), quoted: false };
        if (c === '"' || c === "'") {
            const { scalar, end } = this.quoted(line, at);
            return { node: scalar, end, quoted: true };
        }
        let end = at;
        while (end < text.length && !' ,:[]{}#'.includes(text.charAt(end)))
            end++;
        if (end === at)
            return outside();
        return {
            node: this.plain(text.slice(at, end), line.start + at),
            end,
            quoted: false
        };
    }
    /** A quoted string without escapes that ends on its line. */
    quoted(line, at) {
        const text = line.text;
        const quote = text[at];
        let value;
        let end;
        if (quote === '"') {
            end = text.indexOf('"', at + 1);
            if (end === -1)
                return outside();
            value = text.slice(at + 1, end);
            if (value.includes('\\'))
                return outside();
        }
        else {
            value = '';
            let i = at + 1;
            for (;;) {
                const next = text.indexOf("'", i);
                if (next === -1)
                    return outside();
                value += text.slice(i, next);
                if (text[next + 1] !== "'") {
                    end = next;
                    break;
                }
                value += "'";
                i = next + 2;
            }
        }
        const scalar = new dist/* Scalar */.X5(value);
        scalar.type = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
        scalar.source = value;
        scalar.range = [line.start + at, line.start + end + 1, line.start + end + 1];
        return { scalar, end: end + 1 };
    }
    /** A plain scalar: a word is a string; anything else `yaml` resolves. */
    plain(token, offset) {
        if (!TOKEN.test(token))
            return outside();
        let template = this.templates.get(token);
        if (template === undefined) {
            if (WORD.test(token) && !KEYWORDS.has(token))
                template = { value: token, type: 'PLAIN' };
            else {
                const doc = (0,dist/* parseDocument */.Tp)(token, { intAsBigInt: true });
                const node = doc.contents;
                if (doc.errors.length > 0 || !(0,dist/* isScalar */.jn)(node))
                    return outside();
                template = { value: node.value, type: node.type };
            }
            this.templates.set(token, template);
        }
        const scalar = new dist/* Scalar */.X5(template.value);
        if (template.type)
            scalar.type = template.type;
        scalar.source = token;
        scalar.range = [offset, offset + token.length, offset + token.length];
        return scalar;
    }
    /** The null of a key with nothing after it, where `yaml` places it. */
    empty(offset) {
        const scalar = new dist/* Scalar */.X5(null);
        scalar.type = 'PLAIN';
        scalar.source = '';
        scalar.range = [offset, offset, offset];
        return scalar;
    }
}
/**
 * The document's root node if `text` is within the subset, else null (parse
 * it with `yaml`). Tabs, carriage returns, control characters, a byte-order
 * mark, directives and document markers are all outside.
 */
function parseYamlSubset(text) {
    if (MARKERS.test(text) || SPECIAL.test(text))
        return null;
    try {
        return new SubsetReader(text).document();
    }
    catch (error) {
        if (error instanceof OutsideSubset)
            return null;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/core/gate/manifest.ts
/**
 * The manifest (`airflow-secrets.yml`, `.yaml` or `.json`): which
 * connections and variables a deployment needs, the backend kwargs and the
 * Airflow version. Every mistake is reported with its line and column, all
 * at once.
 */






const TOP_KEYS = [
    'airflow',
    'amazon_provider',
    'backend',
    'connections',
    'variables'
];
const manifest_CONNECTION_KEYS = ['conn_type', 'require', 'extra_keys', 'optional'];
const VARIABLE_KEYS = ['json', 'pattern', 'optional'];
const CONN_TYPE = /^[A-Za-z][\w+.-]*$/;
/** Items the manifest may list in all; a larger one is refused, not parsed slowly. */
const MAX_ITEMS = 20_000;
const describe = (what) => typeof what === 'string' ? what : what();
class Reader {
    lines;
    problems = [];
    constructor(lines) {
        this.lines = lines;
    }
    at(node) {
        const offset = node?.range?.[0] ?? 0;
        const { line, col } = this.lines.linePos(offset);
        return { line, column: col };
    }
    problem(node, message) {
        this.problems.push({ ...this.at(node), message });
    }
    /** A scalar's text as written (so `3.0` stays "3.0"). */
    text(node, what) {
        if ((0,dist/* isScalar */.jn)(node)) {
            const value = node.value;
            if (typeof value === 'string')
                return value;
            if (typeof value === 'number' || typeof value === 'bigint')
                return node.source ?? String(value);
            if (typeof value === 'boolean') {
                this.problem(node, `${describe(what)} must be a string, not a boolean`);
                return undefined;
            }
        }
        this.problem(node, `${describe(what)} must be a string`);
        return undefined;
    }
    bool(node, what) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
            return node.value;
        this.problem(node, `${describe(what)} must be true or false`);
        return undefined;
    }
    strings(node, what) {
        if (!(0,dist/* isSeq */.oP)(node)) {
            this.problem(node, `${describe(what)} must be a list of strings`);
            return undefined;
        }
        const out = [];
        for (const item of node.items) {
            const value = this.text(item, () => `each entry of ${describe(what)}`);
            if (value !== undefined)
                out.push(value);
        }
        return out;
    }
}
/** A YAML node as the Python value json.loads would give for the same JSON. */
function toPy(node, reader, what) {
    if ((0,dist/* isScalar */.jn)(node)) {
        const value = node.value;
        if (value === null ||
            typeof value === 'boolean' ||
            typeof value === 'string' ||
            typeof value === 'bigint')
            return value;
        if (typeof value === 'number')
            return Number.isInteger(value) && !(node.source ?? '').includes('.')
                ? BigInt(value)
                : value;
        reader.problem(node, `${what} has a value that is not JSON`);
        return null;
    }
    if ((0,dist/* isSeq */.oP)(node))
        return node.items.map((item) => toPy(item, reader, what));
    if ((0,dist/* isMap */.jh)(node)) {
        const dict = new Map();
        for (const pair of node.items) {
            const key = reader.text(pair.key, `a key in ${what}`);
            if (key !== undefined)
                dict.set(key, toPy(pair.value, reader, `${what}.${key}`));
        }
        return dict;
    }
    if (node === null || node === undefined)
        return null;
    reader.problem(node, `${what} has a value that is not JSON`);
    return null;
}
function checkKeys(reader, map, allowed, where) {
    if (!(0,dist/* isMap */.jh)(map))
        return;
    for (const pair of map.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!allowed.includes(key))
            reader.problem(pair.key, `unknown key '${key}' in ${describe(where)}; expected one of ${allowed.join(', ')}`);
    }
}
function connectionRule(reader, id, node) {
    if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return {};
    if (!(0,dist/* isMap */.jh)(node)) {
        reader.problem(node, `connection '${id}' must map to rules ({ conn_type, require, extra_keys, optional }) or {}`);
        return {};
    }
    checkKeys(reader, node, manifest_CONNECTION_KEYS, () => `connection '${id}'`);
    if (node.items.length === 0)
        return {};
    let rule = {};
    const connType = node.get('conn_type', true);
    if (connType !== undefined) {
        const text = reader.text(connType, () => `conn_type of '${id}'`);
        if (text !== undefined) {
            if (!CONN_TYPE.test(text))
                reader.problem(connType, `conn_type of '${id}' must look like a connection type such as postgres or google_cloud_platform`);
            else
                rule = { connType: text };
        }
    }
    const require = node.get('require', true);
    if (require !== undefined) {
        const fields = reader.strings(require, () => `require of '${id}'`);
        const bad = (fields ?? []).filter((field) => !CONNECTION_FIELDS.includes(field));
        if (bad.length > 0)
            reader.problem(require, `require of '${id}' names unknown field${bad.length > 1 ? 's' : ''} ${bad.join(', ')}; fields are ${CONNECTION_FIELDS.join(', ')}`);
        else if (fields)
            rule = { ...rule, require: fields };
    }
    const extraKeys = node.get('extra_keys', true);
    if (extraKeys !== undefined) {
        const keys = reader.strings(extraKeys, () => `extra_keys of '${id}'`);
        if (keys)
            rule = { ...rule, extraKeys: keys };
    }
    const optional = node.get('optional', true);
    if (optional !== undefined) {
        const value = reader.bool(optional, () => `optional of '${id}'`);
        if (value !== undefined)
            rule = { ...rule, optional: value };
    }
    return rule;
}
function variableRule(reader, id, node) {
    if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return {};
    if (!(0,dist/* isMap */.jh)(node)) {
        reader.problem(node, `variable '${id}' must map to rules ({ json, pattern, optional }) or {}`);
        return {};
    }
    checkKeys(reader, node, VARIABLE_KEYS, () => `variable '${id}'`);
    if (node.items.length === 0)
        return {};
    let rule = {};
    const json = node.get('json', true);
    if (json !== undefined) {
        const value = reader.bool(json, () => `json of '${id}'`);
        if (value !== undefined)
            rule = { ...rule, json: value };
    }
    const pattern = node.get('pattern', true);
    if (pattern !== undefined) {
        const text = reader.text(pattern, () => `pattern of '${id}'`);
        if (text !== undefined) {
            try {
                rule = { ...rule, pattern: compilePyRegex(text) };
            }
            catch (error) {
                if (error instanceof errors_PyError ||
                    error instanceof PyRegexUnsupportedError)
                    reader.problem(pattern, `pattern of '${id}' is not a usable Python regex: ${error.message}`);
                else
                    throw error;
            }
        }
    }
    const optional = node.get('optional', true);
    if (optional !== undefined) {
        const value = reader.bool(optional, () => `optional of '${id}'`);
        if (value !== undefined)
            rule = { ...rule, optional: value };
    }
    return rule;
}
function items(reader, node, kind, parseRule) {
    if (node === undefined ||
        node === null ||
        ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return [];
    const out = [];
    const seen = new Set();
    const one = kind.slice(0, -1);
    const what = `a ${one} id`;
    const add = (keyNode, ruleNode) => {
        const id = reader.text(keyNode, what);
        if (id === undefined)
            return;
        if (id.trim() === '') {
            reader.problem(keyNode, `${kind} ids must not be empty`);
            return;
        }
        if (seen.has(id)) {
            reader.problem(keyNode, `duplicate ${one} id '${id}'`);
            return;
        }
        seen.add(id);
        out.push({
            id,
            rule: parseRule(reader, id, ruleNode),
            position: reader.at(keyNode)
        });
    };
    if ((0,dist/* isSeq */.oP)(node))
        for (const item of node.items)
            add(item, null);
    else if ((0,dist/* isMap */.jh)(node))
        for (const pair of node.items)
            add(pair.key, (pair.value ?? null));
    else
        reader.problem(node, `${kind} must be a map of id to rules, or a list of ids`);
    return out;
}
/**
 * Keys repeated in one map, the ones `yaml`'s own `uniqueKeys` check finds,
 * at each repeated key, in one linear pass: that check compares each key
 * with every earlier one, which takes seconds on a manifest of 10,000
 * entries. Scalar keys are equal when their values are (`a` and `"a"` are
 * one key, `1` and `"1"` are two); other keys never. (`yaml` places the
 * report after an empty value at the end of the line before the key;
 * readManifestYaml reports yaml's own positions.)
 */
function duplicateKeys(root) {
    const problems = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const key = pair.key;
                if ((0,dist/* isScalar */.jn)(key) && !Number.isNaN(key.value)) {
                    if (seen.has(key.value))
                        problems.push({
                            offset: key.range?.[0] ?? 0,
                            message: 'Map keys must be unique'
                        });
                    else
                        seen.add(key.value);
                }
                stack.push(pair.value, key);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node))
            stack.push(...node.items);
    }
    return problems.sort((a, b) => a.offset - b.offset);
}
/**
 * The root node and the syntax problems, exactly as `parseDocument` with
 * `uniqueKeys` reports them: through the fast subset reader when the text
 * is within it, else through `yaml` (YAML 1.2). `yaml`'s own repeated-key
 * check compares each key with every earlier one (seconds at 10,000
 * entries), so the linear pass decides whether there is a repeated key at
 * all, and only then does `yaml` check again with its own, for its exact
 * messages and positions.
 */
function readManifestYaml(text) {
    const subset = parseYamlSubset(text);
    // The subset reader declines a repeated key: yaml reports it.
    if (subset !== null) {
        const lines = new dist/* LineCounter */.HN();
        lines.addNewLine(0);
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            lines.addNewLine(i + 1);
        return { root: subset, lines, syntax: [] };
    }
    const parse = (uniqueKeys) => {
        const lines = new dist/* LineCounter */.HN();
        const document = (0,dist/* parseDocument */.Tp)(text, {
            lineCounter: lines,
            uniqueKeys,
            intAsBigInt: true,
            prettyErrors: false
        });
        const syntax = document.errors.map((error) => ({
            offset: error.pos[0],
            message: error.message
                .split('\n')[0]
                ?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code
        }));
        return { root: document.contents, lines, syntax };
    };
    const read = parse(false);
    return duplicateKeys(read.root).length === 0 ? read : parse(true);
}
/** Parses a manifest's text (YAML 1.2; JSON is YAML too). */
function parseManifest(text) {
    const { root, lines, syntax } = readManifestYaml(text);
    const reader = new Reader(lines);
    for (const problem of syntax) {
        const start = lines.linePos(problem.offset);
        reader.problems.push({
            line: start.line,
            column: start.col,
            message: problem.message
        });
    }
    const empty = { connections: [], variables: [] };
    if (reader.problems.length > 0)
        return { manifest: empty, problems: reader.problems };
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return {
            manifest: empty,
            problems: [
                {
                    line: 1,
                    column: 1,
                    message: 'the manifest is empty; list connections and variables'
                }
            ]
        };
    if (!(0,dist/* isMap */.jh)(root))
        return {
            manifest: empty,
            problems: [
                {
                    ...reader.at(root),
                    message: 'the manifest must be a map with airflow, backend, connections and variables'
                }
            ]
        };
    checkKeys(reader, root, TOP_KEYS, 'the manifest');
    let manifest = {
        connections: [],
        variables: []
    };
    const airflow = root.get('airflow', true);
    if (airflow !== undefined) {
        const version = reader.text(airflow, 'airflow');
        if (version !== undefined) {
            try {
                if (version.trim().toLowerCase() !== 'auto')
                    (0,airflow_profiles/* resolveRelease */.CM)(version);
                manifest = { ...manifest, airflow: version };
            }
            catch (error) {
                if (!(error instanceof airflow_profiles/* ReleaseError */.K2))
                    throw error;
                reader.problem(airflow, `airflow: ${error.message}`);
            }
        }
    }
    const provider = root.get('amazon_provider', true);
    if (provider !== undefined) {
        const major = reader.text(provider, 'amazon_provider')?.split('.')[0];
        const written = reader.text(provider, 'amazon_provider');
        if (written !== undefined)
            manifest = { ...manifest, amazonProviderVersion: written };
        if (major === '8' || major === '9')
            manifest = { ...manifest, amazonProvider: major };
        else if (major !== undefined && /^\d+$/.test(major) && Number(major) > 9)
            manifest = { ...manifest, amazonProvider: '9' };
        else if (major !== undefined)
            reader.problem(provider, 'amazon_provider must be the provider major version, 8 or 9 (later majors read kwargs as 9 does)');
    }
    const backend = root.get('backend', true);
    if (backend !== undefined) {
        if (!(0,dist/* isMap */.jh)(backend))
            reader.problem(backend, 'backend must be a map of SecretsManagerBackend kwargs');
        else
            manifest = {
                ...manifest,
                backend: toPy(backend, reader, 'backend')
            };
    }
    const connections = items(reader, root.get('connections', true), 'connections', connectionRule);
    const variables = items(reader, root.get('variables', true), 'variables', variableRule);
    if (connections.length + variables.length > MAX_ITEMS)
        reader.problems.push({
            line: 1,
            column: 1,
            message: `the manifest lists ${connections.length + variables.length} items; at most ${MAX_ITEMS} are checked in one run`
        });
    manifest = { ...manifest, connections, variables };
    return { manifest, problems: reader.problems };
}
/** Ids from a `connections`/`variables` input: newline- or comma-separated. */
function parseIdList(text) {
    return text
        .split(/[\n,]/)
        .map((id) => id.trim())
        .filter((id) => id !== '');
}

;// CONCATENATED MODULE: ./src/check/manifest-file.ts
/**
 * The manifest on disk: found by name or path, refused when it is a folder,
 * over 4 MiB or unreadable, then parsed. One loader for the action and the CLI.
 */




/** Manifest names looked for in the project folder, in order. */
const MANIFEST_NAMES = [
    'airflow-secrets.yml',
    'airflow-secrets.yaml',
    'airflow-secrets.json'
];
/** The name a new manifest gets, and the first one looked for. */
const DEFAULT_MANIFEST = MANIFEST_NAMES[0];
/** Manifests larger than this are refused rather than parsed. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const EMPTY = { connections: [], variables: [] };
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Finds, checks, reads and parses the manifest. */
async function loadManifestFile(request) {
    const { given, cwd } = request;
    const candidates = given === undefined
        ? MANIFEST_NAMES.map((name) => (0,external_node_path_.resolve)(request.folder, name))
        : [(0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.resolve)(cwd, given)];
    for (const path of candidates) {
        const info = await (0,promises_.stat)(path).catch(() => null);
        if (!info)
            continue;
        const shown = (0,external_node_path_.relative)(cwd, path) || path;
        if (info.isDirectory())
            throw new errors/* InputError */.dz('manifest', `${request.label} ${given ?? shown} is a folder; give the path of the manifest file.`);
        if (!info.isFile() || info.size > MAX_MANIFEST_BYTES)
            throw new errors/* InputError */.dz('manifest', info.isFile()
                ? `Manifest ${shown} is ${(info.size / 1048576).toFixed(1)} MiB; manifests are limited to 4 MiB.`
                : `Manifest ${shown} is not a regular file; give the path of the manifest file.`);
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            const code = error.code ?? 'EIO';
            throw new errors/* InputError */.dz('manifest', `Cannot read the manifest ${shown} (${code}); check its permissions.`);
        }
        const { manifest, problems } = parseManifest(text);
        const first = problems[0];
        if (first) {
            request.onProblems(problems, shown);
            throw new errors/* InputError */.dz('manifest', `Manifest ${shown} has ${plural(problems.length, 'problem')}; line ${first.line}, column ${first.column}: ${first.message}.`, 'manifest-invalid');
        }
        return { path, shown, manifest };
    }
    if (given !== undefined)
        throw new errors/* InputError */.dz('manifest', `${request.label} ${given} does not exist; ${request.missingHint}.`, 'manifest-missing');
    if (request.optional)
        return { path: null, shown: null, manifest: EMPTY };
    const folder = (0,external_node_path_.relative)(cwd, request.folder) || '.';
    throw new errors/* InputError */.dz('manifest', `No manifest found (${MANIFEST_NAMES.join(', ')} in ${folder}); ${request.missingHint}.`, 'manifest-missing');
}

;// CONCATENATED MODULE: ./src/check/run-check.ts
/**
 * The check pipeline the action and the CLI both run: manifest → DAG scan →
 * plan → reads (AWS or the local project) → report. I/O goes through
 * adapters; what a product shows, writes or exits with is its own business,
 * so everything it needs comes in as plain options and callbacks.
 */













/** The release `auto` falls back to when the project has no Dockerfile. */
const NO_DOCKERFILE_RELEASE = '3';
/**
 * The Airflow release and Amazon provider to check, and where each came
 * from: the airflow-version input, else the manifest's `airflow:`, else
 * (`auto`, the default) the project's Dockerfile; the manifest's
 * `amazon_provider:`, else the requirements.txt pin, else the newest.
 * Throws one line saying how to set `airflow:` when `auto` cannot tell.
 */
async function chooseRelease(request, manifest) {
    const fromInput = request.airflowVersion?.trim() || undefined;
    const fromManifest = manifest.manifest.airflow?.trim() || undefined;
    const requested = fromInput ?? fromManifest ?? 'auto';
    const folder = request.source.kind === 'local'
        ? request.source.project
        : request.manifest.cwd;
    const project = await readProjectRelease(folder);
    const providerVersion = manifest.manifest.amazonProviderVersion;
    const amazonProvider = providerVersion !== undefined
        ? { version: providerVersion, source: 'manifest amazon_provider' }
        : project.provider
            ? {
                version: project.provider.version,
                source: project.provider.source
            }
            : { version: NEWEST_PROVIDER, source: 'the newest modelled' };
    if (requested.toLowerCase() !== 'auto')
        return {
            airflowVersion: requested,
            airflowSource: fromInput !== undefined
                ? 'the airflow-version input'
                : 'manifest airflow',
            amazonProvider
        };
    if (project.airflow)
        return {
            airflowVersion: project.airflow.version,
            airflowSource: project.airflow.source,
            amazonProvider
        };
    // Without any Dockerfile (not an Astro project) `auto`, when it is only
    // the default, checks the newest release and says so.
    if (!project.hasDockerfile &&
        fromInput === undefined &&
        fromManifest === undefined)
        return {
            airflowVersion: NO_DOCKERFILE_RELEASE,
            airflowSource: `the default: no Dockerfile in the project; set airflow: to check your release`,
            amazonProvider
        };
    throw new errors/* InputError */.dz(fromInput !== undefined ? 'airflow-version' : 'manifest', `Cannot tell the Airflow release: ${project.reason ?? 'unknown'}.`, 'airflow-release-unknown');
}
/**
 * The OIDC role, assumed as soon as the manifest is read: the token and STS
 * round trips then overlap the DAG scan, planning and loading the Secrets
 * Manager client instead of following them. Only when the region the reads
 * go to is already certain (the backend kwargs' region_name, else the
 * explicit region or the environment's) and something is listed, so that a
 * run that reads nothing, or fails on its region, calls nothing either.
 */
async function assumeEarly(request, manifest) {
    const { source } = request;
    if (source.kind !== 'aws' ||
        source.credentials.kind !== 'oidc' ||
        request.mode === 'env-only')
        return undefined;
    const listed = manifest.manifest.connections.length +
        manifest.manifest.variables.length +
        (request.extraConnections?.length ?? 0) +
        (request.extraVariables?.length ?? 0);
    if (listed === 0)
        return undefined;
    const kwargs = request.backendKwargs ?? manifest.manifest.backend;
    const regionName = kwargs?.get('region_name') ?? null;
    // A region_name that is not a usable string is the plan's error to report.
    if (regionName !== null && (typeof regionName !== 'string' || !regionName))
        return undefined;
    return assumeRoleEarly(source.credentials, { ...source.region, backendRegion: regionName }, {
        env: request.env,
        hooks: request.hooks,
        timeoutSeconds: request.timeoutSeconds,
        deadlineAt: request.deadlineAt
    });
}
/** Runs the check; throws one-line errors (InputError, AwsCallError, ...). */
async function runCheck(request) {
    // Manifest patterns that could backtrack catastrophically are evaluated
    // off the main thread, each within a budget.
    const regex = createRegexEngine();
    try {
        return await checkWith(request, regex.engine);
    }
    finally {
        regex.close();
    }
}
async function checkWith(request, regexEngine) {
    const { hooks, source } = request;
    const deploymentIds = request.drift?.deploymentIds ?? [];
    validateDeploymentIds(deploymentIds, request.drift?.workspaceId);
    const manifest = await hooks.group('Manifest', async () => {
        const loaded = await loadManifestFile({
            ...request.manifest,
            onProblems: hooks.onManifestProblems
        });
        if (loaded.shown !== null)
            hooks.info(`Manifest ${loaded.shown}.`);
        return loaded;
    });
    const extraConnections = request.extraConnections ?? [];
    const extraVariables = request.extraVariables ?? [];
    await hooks.beforeAws?.(manifest);
    const early = await assumeEarly(request, manifest);
    const scan = await scanDags({
        ...request.dags,
        declared: {
            connections: new Set([
                ...manifest.manifest.connections.map((item) => item.id),
                ...extraConnections
            ]),
            variables: new Set([
                ...manifest.manifest.variables.map((item) => item.id),
                ...extraVariables
            ])
        }
    });
    if (request.dags.folder !== null && scan.filesScanned > 0)
        hooks.info(`Scanned ${(0,markdown/* plural */.LS)(scan.filesScanned, 'DAG file')}: ${(0,markdown/* plural */.LS)(scan.missing.length, 'id')} used but not declared.`);
    const release = await chooseRelease(request, manifest);
    const baseInput = {
        manifestPath: manifest.shown,
        manifest: manifest.manifest,
        extraConnections,
        extraVariables,
        ...(request.backendKwargs ? { backendKwargs: request.backendKwargs } : {}),
        ...release,
        mode: request.mode,
        failOn: request.failOn,
        regexEngine
    };
    const local = source.kind === 'local'
        ? await loadLocalProject(source.project, request.manifest.cwd)
        : null;
    if (local)
        for (const { used } of local.chosen.values())
            hooks.mask(used.value);
    const input = local ? localGateInput(baseInput, local.chosen) : baseInput;
    const planned = planGate(input);
    const extraFindings = [
        ...(local
            ? loadErrorFindings(request.mode === 'values'
                ? withoutLintedQuotes(local.errors, planned, local.chosen, local.where)
                : local.errors)
            : []),
        ...undeclaredFindings(scan.missing)
    ];
    const plan = extraFindings.length === 0
        ? planned
        : {
            ...planned,
            settingsFindings: [...planned.settingsFindings, ...extraFindings]
        };
    await hooks.beforeReads?.(plan);
    hooks.info(`Checking ${plan.entries.length === 1 ? '1 connection or variable' : `${plan.entries.length} connections and variables`} (${(0,markdown/* plural */.LS)(plan.names.length, 'secret')}) for Airflow ${plan.airflow} (${plan.airflowSource}) with Amazon provider ${plan.amazonProvider.version} (${plan.amazonProvider.source}) in mode ${request.mode}.`);
    let reads = new Map();
    let region = null;
    let awsReport;
    if (local) {
        hooks.info(local.files.length === 0
            ? `No local sources found (.env, airflow_settings.yaml, connections.*, variables.*).`
            : `Checking local sources${local.folder === '' ? '' : ` in ${local.folder}`}: ${local.projectFiles.join(', ')}.`);
        reads = localReads(plan, local.chosen, request.mode !== 'existence');
    }
    else if (source.kind === 'aws') {
        const backendRegion = plan.settings.regionName ?? null;
        const regionRequest = {
            ...source.region,
            backendRegion,
            backendEndpoint: plan.settings.kwargs.get('endpoint_url')
        };
        if (request.mode === 'env-only' || plan.names.length === 0)
            region = await chooseRegion(regionRequest, request.env).catch((error) => {
                // Nothing is read: a region is only needed for the env file.
                if (error instanceof errors/* InputError */.dz && error.code === 'input-missing')
                    return null;
                throw error;
            });
        else {
            const aws = await hooks.group(`Reading ${(0,markdown/* plural */.LS)(plan.names.length, 'secret')} from AWS Secrets Manager`, () => readFromAws({
                names: plan.names,
                mode: request.mode === 'existence' ? 'existence' : 'values',
                region: regionRequest,
                credentials: source.credentials,
                early,
                maxConcurrency: source.maxConcurrency,
                maxAttempts: source.maxAttempts,
                retryMode: source.retryMode,
                timeoutSeconds: request.timeoutSeconds,
                ...(request.deadlineAt === undefined
                    ? {}
                    : { deadlineAt: request.deadlineAt }),
                env: request.env,
                hooks
            }));
            reads = aws.reads;
            region = aws.region;
            awsReport = {
                region: aws.region.region,
                regionSource: aws.region.source,
                endpoint: aws.endpoint,
                operation: aws.operation
            };
        }
    }
    const drift = request.drift && deploymentIds.length > 0
        ? await compareDeployments(request, request.drift, plan)
        : [];
    const driftFindings = drift.flatMap((entry) => entry.findings);
    // Drift fails the check but is no reason to withhold the env file, so the
    // returned plan keeps only the manifest's own findings.
    const result = buildReport(input, driftFindings.length === 0
        ? plan
        : {
            ...plan,
            settingsFindings: [...plan.settingsFindings, ...driftFindings]
        }, reads, awsReport);
    // Everything derived from a value is masked before anything is shown.
    for (const secret of result.masks)
        hooks.mask(secret);
    return {
        manifest,
        input,
        plan,
        result,
        undeclared: scan.missing,
        drift,
        region,
        local
    };
}
/** Reads each deployment's variables and compares its secrets backend. */
async function compareDeployments(request, drift, plan) {
    const { hooks } = request;
    const expected = new Map(astroEnvVariables(plan, null));
    const ids = drift.deploymentIds;
    return hooks.group(`Comparing ${(0,markdown/* plural */.LS)(ids.length, 'Astro deployment')} with the manifest`, async () => {
        const results = await checkDrift({
            deploymentIds: ids,
            ...(drift.workspaceId ? { workspaceId: drift.workspaceId } : {}),
            astro: drift.astro,
            backend: expected.get('AIRFLOW__SECRETS__BACKEND') ?? '',
            backendKwargs: expected.get('AIRFLOW__SECRETS__BACKEND_KWARGS') ?? ''
        }, execAstro(request.env, request.manifest.cwd, request.timeoutSeconds * 1000));
        for (const entry of results) {
            const what = entry.findings.length > 0
                ? (0,markdown/* plural */.LS)(entry.findings.length, 'drift finding')
                : 'the secrets backend matches the manifest where visible';
            hooks.info(`Deployment ${entry.deploymentId}: ${what}.`);
            for (const note of entry.notes)
                hooks.info(`  ${note}`);
        }
        return results;
    });
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * Reads every input once into typed settings, failing fast with a message
 * that names the input and the expected form.
 */








const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** A YAML 1.2 core-schema boolean, as the toolkit's getBooleanInput reads it. */
function parseBoolean(name, text, fallback) {
    if (text === '')
        return fallback;
    if (TRUE.includes(text))
        return true;
    if (FALSE.includes(text))
        return false;
    throw new errors/* InputError */.dz(name, `Input ${name} must be true or false; got "${text}".`);
}
function oneOf(name, text, allowed, fallback) {
    const value = text.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new errors/* InputError */.dz(name, `Input ${name} must be one of ${allowed.join(', ')}; got "${text.trim()}".`);
}
/** `backend-kwargs`: a JSON object, read the way Airflow reads BACKEND_KWARGS. */
function parseBackendKwargsInput(text) {
    if (text.trim() === '')
        return undefined;
    let value;
    try {
        value = pyJsonLoads(text);
    }
    catch (error) {
        const detail = error instanceof PyJsonDecodeError ? error.message : 'not JSON';
        throw new errors/* InputError */.dz('backend-kwargs', `Input backend-kwargs is not valid JSON (${detail}); give a JSON object like {"connections_prefix": "airflow/connections"}.`);
    }
    if (!isPyDict(value))
        throw new errors/* InputError */.dz('backend-kwargs', `Input backend-kwargs must be a JSON object, not ${pyTypeName(value)}.`);
    return value;
}
/** Reads and checks every input. */
function readSettings(input = (name) => toolkit/* getInput */.V4(name)) {
    const text = (name) => input(name).trim();
    const manifestText = text('manifest');
    const role = text('role-to-assume');
    const version = text('airflow-version');
    if (version !== '' && version.toLowerCase() !== 'auto')
        try {
            (0,airflow_profiles/* resolveRelease */.CM)(version);
        }
        catch (error) {
            if (!(error instanceof airflow_profiles/* ReleaseError */.K2))
                throw error;
            throw new errors/* InputError */.dz('airflow-version', `Input airflow-version: ${error.message}; got "${version}".`);
        }
    const backendKwargs = parseBackendKwargsInput(input('backend-kwargs'));
    const workspaceId = text('workspace-id');
    return {
        manifest: manifestText === '' ? DEFAULT_MANIFEST : manifestText,
        manifestIsDefault: manifestText === '' || manifestText === DEFAULT_MANIFEST,
        connections: parseIdList(input('connections')),
        variables: parseIdList(input('variables')),
        ...(backendKwargs ? { backendKwargs } : {}),
        ...(version === '' ? {} : { airflowVersion: version }),
        mode: oneOf('mode', input('mode'), ['values', 'existence', 'env-only'], 'values'),
        failOn: oneOf('fail-on', input('fail-on'), ['error', 'warning', 'never'], 'error'),
        dagsFolder: input('dags-folder').trim(),
        dagsFolderIsDefault: input('dags-folder').trim() === 'dags',
        envFile: text('env-file'),
        exportEnv: parseBoolean('export-env', text('export-env'), false),
        ...(role === '' ? {} : { roleToAssume: (0,inputs/* validateRoleArn */._l)(role) }),
        awsRegion: text('aws-region'),
        audience: (0,inputs/* parseAudience */.QA)(input('audience')),
        roleSessionName: input('role-session-name'),
        roleDurationSeconds: (0,inputs/* parseDurationSeconds */.lW)(input('role-duration-seconds')),
        exportCredentials: parseBoolean('export-credentials', text('export-credentials'), false),
        maxConcurrency: (0,inputs/* parseMaxConcurrency */.P1)(input('max-concurrency')),
        maxAttempts: (0,inputs/* parseMaxAttempts */.Id)(input('max-attempts')),
        retryMode: (0,inputs/* parseRetryMode */.tM)(input('retry-mode')),
        timeoutSeconds: (0,inputs/* parseIntegerInput */._p)('timeout-seconds', input('timeout-seconds'), 120, 1, 3600),
        githubToken: input('github-token'),
        prComment: oneOf('pr-comment', input('pr-comment'), ['auto', 'always', 'never'], 'auto'),
        issue: oneOf('issue', input('issue'), ['auto', 'never'], 'auto'),
        deploymentIds: parseIdList(input('deployment-ids')),
        ...(workspaceId === '' ? {} : { workspaceId }),
        astro: text('astro') || 'astro'
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/adapters/fs/files.ts





/** Temp files written but not yet renamed: removed if the process is killed. */
const pending = new Set();
let cleanupInstalled = false;
/**
 * On SIGTERM or SIGINT, removes the temp files in flight, then lets the
 * signal end the process as it would have.
 */
function installSignalCleanup() {
    if (cleanupInstalled)
        return;
    cleanupInstalled = true;
    for (const signal of ['SIGTERM', 'SIGINT'])
        process.once(signal, () => {
            for (const temp of pending)
                (0,external_node_fs_.rmSync)(temp, { force: true });
            pending.clear();
            process.kill(process.pid, signal);
        });
}
/** A temp file name of `target` (`.<name>.<12 hex>.tmp`), ours or a killed run's. */
function isTempOf(target, entry) {
    const name = (0,external_node_path_.basename)(target);
    return (entry.startsWith(`.${name}.`) &&
        /^\.[0-9a-f]{12}\.tmp$/.test(entry.slice(name.length + 1)));
}
/** Removes temp files a killed earlier run left beside `target`. */
async function removeStaleTemps(target) {
    const folder = (0,external_node_path_.dirname)(target);
    const entries = await (0,promises_.readdir)(folder).catch(() => []);
    await Promise.all(entries
        .filter((entry) => isTempOf(target, entry))
        .map((entry) => (0,promises_.rm)((0,external_node_path_.join)(folder, entry), { force: true }).catch(() => undefined)));
}
/**
 * Throws the `file-unwritable` error when the folder of `path` does not
 * exist or is not a folder; run before any work whose result would be lost.
 */
async function assertFolderOf(path, input) {
    const folder = (0,external_node_path_.dirname)(path);
    const info = await (0,promises_.stat)(folder).catch(() => null);
    if (!info?.isDirectory())
        throw new errors/* InputError */.dz(input, info
            ? `Cannot write ${input} ${path}: ${folder} is a file, not a folder; choose another path.`
            : `Cannot write ${input} ${path}: the folder ${folder} does not exist; create it first or choose another path.`, 'file-unwritable');
}
/**
 * Writes a file whole or not at all: a temp file beside it (mode 0600
 * unless `options.mode`), then a rename. `input` names the setting to blame
 * when it cannot be written. Temp files of a killed earlier run are removed
 * first; a SIGTERM/SIGINT during the write removes this one.
 */
async function writeFileAtomic(path, text, input, options = {}) {
    await assertFolderOf(path, input);
    await removeStaleTemps(path);
    installSignalCleanup();
    const folder = (0,external_node_path_.dirname)(path);
    const temp = (0,external_node_path_.join)(folder, `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    pending.add(temp);
    try {
        await (0,promises_.writeFile)(temp, text, { mode: options.mode ?? 0o600, flag: 'wx' });
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true }).catch(() => undefined);
        const code = error.code ?? 'error';
        const reason = code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? 'the folder is not writable'
            : code === 'EISDIR'
                ? 'it is a folder'
                : code;
        throw new errors/* InputError */.dz(input, `Cannot write ${input} ${path}: ${reason}.`, 'file-unwritable');
    }
    finally {
        pending.delete(temp);
    }
}

// EXTERNAL MODULE: ./src/adapters/github/events.ts
var events = __webpack_require__(9629);
// EXTERNAL MODULE: ./src/core/render/run-error.ts
var run_error = __webpack_require__(1214);
// EXTERNAL MODULE: ./src/core/render/pr-comment.ts
var pr_comment = __webpack_require__(916);
// EXTERNAL MODULE: ./src/core/render/secret-table.ts
var secret_table = __webpack_require__(6691);
;// CONCATENATED MODULE: ./src/core/render/summary.ts



/** GitHub's limit for one step's summary, in bytes. */
const GITHUB_SUMMARY_LIMIT = (/* unused pure expression or super */ null && (1024 * 1024));
/** What the summary aims for, in UTF-8 bytes. */
const BUDGET = 900_000;
/** What a clean row says: the conn_type Airflow builds and the fields set. */
function validText(item) {
    if (item.connType === undefined && item.fieldsSet === undefined)
        return item.status === 'skipped' ? '' : 'Exists.';
    const type = item.connType === undefined || item.connType === ''
        ? 'no conn\\_type'
        : (0,markdown/* mdCode */.xs)(item.connType);
    const fields = item.fieldsSet && item.fieldsSet.length > 0
        ? ` with ${item.fieldsSet.map((field) => (0,markdown/* mdText */.bC)(field)).join(', ')}`
        : '';
    return `Builds ${type}${fields}.`;
}
function heading(report) {
    const { counts } = report;
    const failed = report.items.filter((item) => item.status !== 'valid' && item.status !== 'warning').length;
    if (report.mode === 'env-only')
        return report.valid
            ? `## ⏭️ Airflow secrets: not read (mode env-only), ${counts.checked} listed`
            : `## ❌ Airflow secrets: the backend kwargs have errors (mode env-only)`;
    if (report.valid)
        return `## ✅ Airflow secrets: ${counts.checked} checked${counts.warnings > 0 ? `, ${(0,markdown/* plural */.LS)(counts.warnings, 'warning')}` : ''}`;
    return failed > 0
        ? `## ❌ Airflow secrets: ${failed} of ${counts.checked} failed`
        : `## ❌ Airflow secrets: the check failed`;
}
/** The job summary as GitHub-flavoured markdown (a GFM pipe table). */
function renderSummary({ report, envFile, reportFile }) {
    const context = [
        `Checked as ${(0,pr_comment/* airflowContext */.iX)(report)} parses them`,
        ...(report.airflowSource === undefined
            ? []
            : [
                `Airflow ${(0,markdown/* mdText */.bC)(report.airflow)} from ${(0,markdown/* mdText */.bC)(report.airflowSource)}`,
                `Amazon provider ${(0,markdown/* mdText */.bC)(report.amazonProvider ?? '')} from ${(0,markdown/* mdText */.bC)(report.amazonProviderSource ?? '')}`
            ]),
        `mode ${(0,markdown/* mdCode */.xs)(report.mode)}`,
        `fail-on ${(0,markdown/* mdCode */.xs)(report.failOn)}`,
        ...(report.manifest ? [`manifest ${(0,markdown/* mdCode */.xs)(report.manifest)}`] : [])
    ].join(' · ');
    const parts = [heading(report), '', context, ''];
    parts.push((0,pr_comment/* renderCounts */.Pn)(report), '');
    if (report.settingsFindings.length > 0)
        parts.push('### Backend kwargs and DAG code', '', ...(0,secret_table/* settingsList */.wV)(report.settingsFindings), '');
    const tail = renderApply(envFile);
    const rule = (0,secret_table/* nameRule */.Mp)(report);
    const rows = (0,secret_table/* tableRows */.QE)(report.items, rule, validText);
    const notes = [
        (0,secret_table/* namesSentence */.ip)(rule, new Set(report.items.map((item) => item.kind))),
        secret_table/* FALLS_THROUGH_NOTE */.iO
    ];
    let size = (0,markdown/* utf8Length */.wI)(parts.join('\n')) +
        (0,markdown/* utf8Length */.wI)(secret_table/* TABLE_HEAD */.Um.join('\n')) +
        (0,markdown/* utf8Length */.wI)(notes.join('\n')) +
        (0,markdown/* utf8Length */.wI)(tail.join('\n')) +
        1000;
    const shown = [];
    let fallsThrough = false;
    for (const row of rows) {
        const bytes = (0,markdown/* utf8Length */.wI)(row.line) + 1;
        if (size + bytes > BUDGET)
            break;
        shown.push(row.line);
        size += bytes;
        fallsThrough ||= row.fallsThrough;
    }
    if (shown.length > 0)
        parts.push(...secret_table/* TABLE_HEAD */.Um, ...shown, '');
    if (shown.length < rows.length)
        parts.push(`…and ${rows.length - shown.length} more rows${reportFile ? ` in the JSON report (${(0,markdown/* mdCode */.xs)(reportFile)})` : ''}.`, '');
    if (shown.length > 0 && notes[0] !== '')
        parts.push(notes[0] ?? '', '');
    if (fallsThrough)
        parts.push(secret_table/* FALLS_THROUGH_NOTE */.iO, '');
    parts.push(...tail);
    return parts.join('\n');
}
function renderApply(envFile) {
    if (!envFile)
        return [];
    return [
        '### Apply to Astro',
        '',
        'The env file holds the backend and its kwargs exactly as validated:',
        '',
        ...(0,markdown/* fencedBlock */.zW)([
            'astro deployment variable update --deployment-id <deployment-id> \\',
            `  --load --env ${envFile} --secret`
        ].join('\n'), 'sh'),
        ''
    ];
}

;// CONCATENATED MODULE: ./src/action/publish.ts
/**
 * What the action leaves behind after a check: the JSON report and the env
 * file for Astro, exported variables, annotations, the job summary, the
 * step outputs, the pull-request comment and the tracking issue.
 */











/** The env-file input, else $RUNNER_TEMP/astro-secrets-gate.env; the report beside it. */
function outputPaths(settings, env) {
    let envFile;
    if (settings.envFile !== '')
        envFile = (0,external_node_path_.resolve)(settings.envFile);
    else if (env.RUNNER_TEMP)
        envFile = (0,external_node_path_.join)(env.RUNNER_TEMP, 'astro-secrets-gate.env');
    else
        throw new errors/* InputError */.dz('env-file', 'RUNNER_TEMP is not set, so there is no default env-file; set the env-file input.', 'input-missing');
    const reportFile = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_path_.resolve)(envFile, '..'), 'astro-secrets-gate-report.json');
    return { envFile, reportFile };
}
/** The path with its symbolic links resolved (those of its folder when it does not exist yet). */
async function canonical(path) {
    const whole = await (0,promises_.realpath)(path).catch(() => null);
    if (whole !== null)
        return whole;
    const folder = await (0,promises_.realpath)((0,external_node_path_.dirname)(path)).catch(() => (0,external_node_path_.dirname)(path));
    return (0,external_node_path_.join)(folder, (0,external_node_path_.basename)(path));
}
/** Files the run reads or the runner owns, which the env file must not replace. */
function protectedFiles(paths, manifest, env) {
    const runnerFiles = [
        'GITHUB_OUTPUT',
        'GITHUB_ENV',
        'GITHUB_STEP_SUMMARY',
        'GITHUB_PATH',
        'GITHUB_STATE',
        'GITHUB_EVENT_PATH'
    ];
    return [
        ['the JSON report', paths.reportFile],
        ...(manifest === null
            ? []
            : [['the manifest', manifest]]),
        ...runnerFiles
            .filter((name) => (env[name] ?? '') !== '')
            .map((name) => [`the ${name} file`, env[name] ?? ''])
    ];
}
/** Throws when `path` exists and is not a regular file. */
async function assertNotFolder(path, input) {
    const info = await (0,promises_.stat)(path).catch(() => null);
    if (info && !info.isFile())
        throw new errors/* InputError */.dz(input, `Cannot write ${input} ${path}: it is ${info.isDirectory() ? 'a folder' : 'not a regular file'}; give the path of a file.`, 'file-unwritable');
}
/**
 * Fails before any AWS call when the results could not be written, or would
 * overwrite something: the env file and the report must be files in
 * existing folders, and the env file may not be the report, the manifest or
 * a runner file.
 */
async function assertOutputPaths(paths, manifest, env) {
    await assertFolderOf(paths.envFile, 'env-file');
    await assertFolderOf(paths.reportFile, 'report');
    await assertNotFolder(paths.envFile, 'env-file');
    await assertNotFolder(paths.reportFile, 'report');
    const envFile = await canonical(paths.envFile);
    for (const [what, path] of protectedFiles(paths, manifest.path, env))
        if ((await canonical((0,external_node_path_.resolve)(path))) === envFile)
            throw new errors/* InputError */.dz('env-file', `Input env-file ${paths.envFile} is ${what}; writing the env file would overwrite it. Choose another path.`, 'output-collision');
}
/**
 * Renders the env file (and reads it back as the Astro CLI reads it) before
 * any secret is read, so that a kwargs line the CLI cannot read fails first.
 */
function assertEnvFileRenders(plan) {
    if (settingsOk(plan))
        renderAstroEnv(astroEnvVariables(plan, null));
}
const settingsOk = (plan) => !plan.settingsFindings.some((finding) => finding.severity === 'error');
/** Writes, exports, annotates and reports the result of a check. */
async function publish(run, settings, paths, env) {
    const { report } = run.result;
    const envText = settingsOk(run.plan)
        ? renderAstroEnv(astroEnvVariables(run.plan, run.region?.region ?? null))
        : null;
    await writeFileAtomic(paths.reportFile, `${JSON.stringify(report, null, 2)}\n`, 'report');
    if (envText !== null) {
        await writeFileAtomic(paths.envFile, envText, 'env-file');
        toolkit/* info */.pq(`Env for Astro written to ${paths.envFile}. Apply it with:`);
        toolkit/* info */.pq(`  ${astroUpdateCommand(paths.envFile)}`);
        if (settings.exportEnv) {
            toolkit/* exportVariable */.dN('AIRFLOW__SECRETS__BACKEND', report.backend);
            toolkit/* exportVariable */.dN('AIRFLOW__SECRETS__BACKEND_KWARGS', report.backendKwargs);
        }
    }
    else
        toolkit/* warning */.$e('The backend kwargs have errors, so no env file was written; fix them first.');
    const envFile = envText === null ? null : paths.envFile;
    annotateReport(report, run.manifest.shown);
    await writeSummary(renderSummary({ report, envFile, reportFile: paths.reportFile }), env);
    setOutputs({ report, reportFile: paths.reportFile, envFile });
    const uses = undeclaredUses(run.undeclared);
    await commentOnPullRequest(settings, report, uses, env);
    await keepIssue(settings, report, uses, env);
}
/** Each place the DAG code uses an undeclared id. */
function undeclaredUses(undeclared) {
    return undeclared.flatMap((item) => item.uses.map((use) => ({
        kind: item.kind,
        id: item.id,
        file: use.file,
        line: use.line
    })));
}
async function commentOnPullRequest(settings, report, uses, env) {
    if (settings.prComment === 'never')
        return;
    // Only pull-request runs can comment: others never load @actions/github.
    if (!(0,events/* isPullRequestEvent */.T5)(env.GITHUB_EVENT_NAME))
        return;
    const { githubContext, pullRequestTarget } = await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(589)]).then(__webpack_require__.bind(__webpack_require__, 3589));
    const context = githubContext();
    const target = pullRequestTarget(context);
    if (!target)
        return;
    const { commentMarker, prCommentHasFindings, renderPrComment } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 916));
    const { upsertPrComment } = await __webpack_require__.e(/* import() */ 362).then(__webpack_require__.bind(__webpack_require__, 3362));
    const marker = commentMarker(report.manifest);
    await upsertPrComment({
        token: settings.githubToken,
        context: target,
        body: renderPrComment({
            report,
            marker,
            runUrl: context.runUrl,
            undeclared: uses
        }),
        marker,
        mode: settings.prComment,
        hasFindings: prCommentHasFindings({ report, undeclared: uses }),
        warn: (message) => {
            toolkit/* warning */.$e(message);
        },
        info: (message) => {
            toolkit/* info */.pq(message);
        }
    });
}
/**
 * Opens, updates or closes this manifest's tracking issue on runs outside
 * pull requests. Runs of other events never load @actions/github.
 */
async function keepIssue(settings, report, uses, env) {
    if (settings.issue === 'never')
        return;
    if (!(0,events/* isTrackingEvent */.qc)(env.GITHUB_EVENT_NAME))
        return;
    if (settings.githubToken.trim() === '') {
        toolkit/* info */.pq('github-token is empty, so no tracking issue is kept. Pass `github-token: ${{ github.token }}` or set issue to never.');
        return;
    }
    const { githubContext } = await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(589)]).then(__webpack_require__.bind(__webpack_require__, 3589));
    const context = githubContext();
    if (context.repository === null)
        return;
    const { commentMarker } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 916));
    const render = await __webpack_require__.e(/* import() */ 833).then(__webpack_require__.bind(__webpack_require__, 4833));
    const { keepTrackingIssue } = await __webpack_require__.e(/* import() */ 371).then(__webpack_require__.bind(__webpack_require__, 1371));
    const marker = commentMarker(report.manifest);
    const input = { report, marker, runUrl: context.runUrl, undeclared: uses };
    const ids = render.failingIds(report);
    await keepTrackingIssue({
        token: settings.githubToken,
        repository: context.repository,
        marker,
        mode: settings.issue,
        failing: !report.valid,
        label: render.TRACKING_LABEL,
        title: render.trackingIssueTitle(report.manifest),
        body: render.renderTrackingIssue(input),
        failingIds: ids,
        changeComment: (before) => render.renderFailingChange(before, ids, context.runUrl),
        allClearComment: render.renderAllClearComment(input),
        warn: (message) => {
            toolkit/* warning */.$e(message);
        },
        info: (message) => {
            toolkit/* info */.pq(message);
        }
    });
}
/** What a failed run reports: the error's code and line, and any diagnosis. */
async function runFailure(error) {
    const { TrustPolicyDeniedError } = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(695), __webpack_require__.e(633)]).then(__webpack_require__.bind(__webpack_require__, 3633));
    return {
        code: error instanceof errors/* ActionError */.lZ ? error.code : 'internal',
        message: (0,errors/* errorMessage */.gJ)(error),
        ...(error instanceof TrustPolicyDeniedError
            ? { trust: error.diagnosis }
            : {})
    };
}
/**
 * The settings a failure report needs: from the parsed settings, or, when
 * reading them failed, straight from the inputs (defaults where unusable).
 */
function failureSettings(settings, input = (name) => toolkit/* getInput */.V4(name)) {
    if (settings)
        return {
            githubToken: settings.githubToken,
            prComment: settings.prComment,
            manifest: settings.manifestIsDefault
                ? 'airflow-secrets.yml'
                : settings.manifest
        };
    const mode = input('pr-comment');
    return {
        githubToken: input('github-token'),
        prComment: mode === 'always' || mode === 'never' ? mode : 'auto',
        manifest: input('manifest') || 'airflow-secrets.yml'
    };
}
/**
 * Reports a run that ended in an error as a successful one would: the job
 * summary, `valid=false` with the error outputs, and on a pull request the
 * sticky comment. Problems here become warnings; they never hide the error.
 */
async function publishFailure(error, settings, env) {
    const failure = { ...(await runFailure(error)), manifest: settings.manifest };
    setFailureOutputs(failure.code, failure.message);
    try {
        await writeSummary((0,run_error/* renderRunErrorSummary */.Ej)(failure), env);
    }
    catch (summaryError) {
        toolkit/* warning */.$e(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(summaryError)}`);
    }
    try {
        await commentFailure(failure, settings, env);
    }
    catch (commentError) {
        toolkit/* warning */.$e(`Could not update the pull-request comment: ${(0,errors/* errorMessage */.gJ)(commentError)}`);
    }
}
async function commentFailure(failure, settings, env) {
    if (settings.prComment === 'never' || settings.githubToken === '')
        return;
    if (!(0,events/* isPullRequestEvent */.T5)(env.GITHUB_EVENT_NAME))
        return;
    const { githubContext, pullRequestTarget } = await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(589)]).then(__webpack_require__.bind(__webpack_require__, 3589));
    const context = githubContext();
    const target = pullRequestTarget(context);
    if (!target)
        return;
    const { commentMarker } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 916));
    const { renderRunErrorComment } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1214));
    const { upsertPrComment } = await __webpack_require__.e(/* import() */ 362).then(__webpack_require__.bind(__webpack_require__, 3362));
    const marker = commentMarker(settings.manifest);
    await upsertPrComment({
        token: settings.githubToken,
        context: target,
        body: renderRunErrorComment({ failure, marker, runUrl: context.runUrl }),
        marker,
        mode: settings.prComment,
        hasFindings: true,
        warn: (message) => {
            toolkit/* warning */.$e(message);
        },
        info: (message) => {
            toolkit/* info */.pq(message);
        }
    });
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The action: settings → the check pipeline → publish. The only place that
 * calls setFailed.
 */










const defaultDeps = () => ({
    env: process.env,
    readSettings: () => readSettings()
});
/** The check the settings ask for, with the toolkit as its hooks. */
function checkRequest(settings, env, paths, getIdToken, deadlineAt) {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    return {
        manifest: {
            ...(settings.manifestIsDefault ? {} : { given: settings.manifest }),
            folder: workspace,
            cwd: workspace,
            label: 'Input manifest',
            missingHint: settings.manifestIsDefault
                ? 'list what the deployment needs in airflow-secrets.yml, or set the connections and variables inputs'
                : 'check the path (relative to the repository root)',
            optional: settings.connections.length > 0 || settings.variables.length > 0
        },
        extraConnections: settings.connections,
        extraVariables: settings.variables,
        backendKwargs: settings.backendKwargs,
        airflowVersion: settings.airflowVersion,
        mode: settings.mode,
        failOn: settings.failOn,
        dags: {
            folder: settings.dagsFolder === ''
                ? null
                : (0,external_node_path_.resolve)(workspace, settings.dagsFolder),
            required: !settings.dagsFolderIsDefault,
            base: workspace
        },
        source: {
            kind: 'aws',
            region: {
                explicit: settings.awsRegion,
                explicitSource: 'Input aws-region',
                input: 'aws-region',
                backendRegion: null,
                missing: 'No AWS region: set the aws-region input (e.g. aws-region: us-east-1) or AWS_REGION in the environment.'
            },
            credentials: settings.roleToAssume
                ? {
                    kind: 'oidc',
                    roleArn: settings.roleToAssume,
                    audience: settings.audience,
                    // From the runner's env, as github.context reads them: loading
                    // @actions/github (Octokit) here would delay the first request.
                    sessionName: (0,inputs/* roleSessionName */.O8)(settings.roleSessionName, {
                        repository: env.GITHUB_REPOSITORY,
                        runId: env.GITHUB_RUN_ID,
                        runAttempt: env.GITHUB_RUN_ATTEMPT
                    }),
                    durationSeconds: settings.roleDurationSeconds,
                    getIdToken,
                    exportCredentials: settings.exportCredentials
                }
                : { kind: 'ambient' },
            maxConcurrency: settings.maxConcurrency,
            maxAttempts: settings.maxAttempts,
            retryMode: settings.retryMode
        },
        drift: {
            deploymentIds: settings.deploymentIds,
            workspaceId: settings.workspaceId,
            astro: settings.astro
        },
        timeoutSeconds: settings.timeoutSeconds,
        deadlineAt,
        env,
        hooks: {
            info: toolkit/* info */.pq,
            warn: toolkit/* warning */.$e,
            mask: toolkit/* setSecret */.Pq,
            group: (name, phase) => toolkit/* group */.Os(name, phase),
            beforeAws: (manifest) => assertOutputPaths(paths, manifest, env),
            beforeReads: (plan) => {
                assertEnvFileRenders(plan);
                return Promise.resolve();
            },
            onManifestProblems: annotateManifest
        }
    };
}
/**
 * Runs the action; `early` is the token request src/index.ts started before
 * loading this module, used when the settings ask for its audience.
 */
async function run(deps = defaultDeps(), early) {
    const { env } = deps;
    let watchdog;
    let known = null;
    try {
        const settings = deps.readSettings();
        known = settings;
        const seconds = settings.timeoutSeconds;
        const deadlineAt = Date.now() + seconds * 1000;
        // The whole run is bounded, even when the main thread is blocked.
        watchdog = startWatchdog({
            ms: seconds * 1000 + HARD_DEADLINE_GRACE_MS,
            fd: 1,
            line: `::error::The run did not finish within timeout-seconds (${seconds} s) and was stopped; nothing was validated. Raise timeout-seconds, or look for what took this long (AWS, a manifest pattern, the DAG folder).`
        });
        // The OIDC token request is network I/O: start it now so that it is in
        // flight while the manifest is parsed and the AWS SDK loads (CPU work).
        const getIdToken = settings.roleToAssume && settings.mode !== 'env-only'
            ? early?.audience === settings.audience
                ? early.getIdToken
                : (0,oidc/* prefetchIdToken */.KO)(settings.audience, env)
            : undefined;
        const paths = outputPaths(settings, env);
        const checked = await runCheck(checkRequest(settings, env, paths, getIdToken, deadlineAt));
        await toolkit/* group */.Os('Report', () => publish(checked, settings, paths, env));
        const { failure, report } = checked.result;
        if (failure)
            toolkit/* setFailed */.C1(failure);
        else if (settings.mode === 'env-only')
            toolkit/* info */.pq(`Mode env-only: nothing was read from AWS, so none of the ${report.counts.checked} connections and variables was checked; valid is skipped.`);
        else
            toolkit/* info */.pq(report.counts.checked === 1
                ? `The 1 connection or variable passes (fail-on: ${settings.failOn}).`
                : `All ${report.counts.checked} connections and variables pass (fail-on: ${settings.failOn}).`);
    }
    catch (error) {
        const debug = toolkit/* isDebug */._o() || env.ACTIONS_STEP_DEBUG?.toLowerCase() === 'true';
        if (debug && error instanceof Error && error.stack)
            toolkit/* debug */.Yz(error.stack);
        await publishFailure(error, failureSettings(known), env);
        toolkit/* setFailed */.C1((0,errors/* errorMessage */.gJ)(error));
    }
    finally {
        watchdog?.cancel();
    }
}


/***/ }),

/***/ 9629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ isPullRequestEvent),
/* harmony export */   qc: () => (/* binding */ isTrackingEvent)
/* harmony export */ });
/* unused harmony exports PULL_REQUEST_EVENTS, TRACKING_EVENTS */
/** GitHub Actions events, by what the action does on them. */
/** The events whose runs belong to a pull request (and may comment on it). */
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target'
]);
function isPullRequestEvent(name) {
    return name != null && PULL_REQUEST_EVENTS.has(name);
}
/**
 * The events whose failing runs keep a tracking issue: runs that watch the
 * default branch rather than a pull request.
 */
const TRACKING_EVENTS = new Set([
    'schedule',
    'workflow_dispatch',
    'push',
    'repository_dispatch'
]);
function isTrackingEvent(name) {
    return name != null && TRACKING_EVENTS.has(name);
}


/***/ }),

/***/ 1900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ resolveRelease),
/* harmony export */   Hg: () => (/* binding */ PROFILE_INFO),
/* harmony export */   K2: () => (/* binding */ ReleaseError),
/* harmony export */   W1: () => (/* binding */ describeProfiles),
/* harmony export */   jI: () => (/* binding */ PROFILES),
/* harmony export */   nB: () => (/* binding */ isSdkEngine)
/* harmony export */ });
/* unused harmony exports ENGINES, RELEASE_HINT, profilesForVersion, onSide, profileFor, PROFILE_LABELS */
/**
 * Which released Airflow builds which Connection (docs/airflow-parsing.md,
 * "Releases"). A profile is a range of releases and a side (server or tasks)
 * that parse a Secrets Manager value the same way; each profile names the
 * Connection code its URI values and its JSON values go through.
 */
/**
 * The Connection code variants that shipped:
 *   af2     Airflow 2.10/2.11 ORM class (extra problems only warn)
 *   core30  airflow-core 3.0 ORM class
 *   core31  airflow-core 3.1.0–3.1.5 ORM class (`team_id`, #51953 get_uri host)
 *   core316 airflow-core 3.1.6–3.1.8: core31 + #59339 (URI query values JSON-decoded)
 *   core32  airflow-core 3.2+: #59339, `team_name`, conn_id set after parsing,
 *           "Invalid connection string." without the URI (#62180)
 *   sdk110  Task SDK 1.1.0–1.1.4 (missing conn_type: ValueError first)
 *   sdk115  Task SDK 1.1.5–1.1.7 (missing conn_type: attrs TypeError)
 *   sdk118  Task SDK 1.1.8 (conn_type optional)
 *   sdk12   Task SDK 1.2+ (3.2+ tasks): sdk118, and a JSON `uri` key is
 *           accepted (modelled on the core rule; not verified upstream)
 */
const ENGINES = (/* unused pure expression or super */ null && ([
    'af2',
    'core30',
    'core31',
    'core316',
    'core32',
    'sdk110',
    'sdk115',
    'sdk118',
    'sdk12'
]));
const PROFILES = [
    'af2',
    'af3_0',
    'af3_1_0_server',
    'af3_1_6_server',
    'af3_1_0_task',
    'af3_1_5_task',
    'af3_1_6_task',
    'af3_1_8_task',
    'af3_2_server',
    'af3_2_task'
];
const PROFILE_INFO = {
    af2: {
        from: '2.10',
        to: '2.11',
        side: 'all',
        uri: 'af2',
        json: 'af2',
        teams: false
    },
    af3_0: {
        from: '3.0',
        to: '3.0',
        side: 'all',
        uri: 'core30',
        json: 'core30',
        teams: false
    },
    af3_1_0_server: {
        from: '3.1.0',
        to: '3.1.5',
        side: 'server',
        uri: 'core31',
        json: 'core31',
        teams: false
    },
    af3_1_6_server: {
        from: '3.1.6',
        to: '3.1.8',
        side: 'server',
        uri: 'core316',
        json: 'core316',
        teams: false
    },
    af3_1_0_task: {
        from: '3.1.0',
        to: '3.1.4',
        side: 'task',
        uri: 'core31',
        json: 'sdk110',
        teams: false
    },
    af3_1_5_task: {
        from: '3.1.5',
        to: '3.1.5',
        side: 'task',
        uri: 'core31',
        json: 'sdk115',
        teams: false
    },
    af3_1_6_task: {
        from: '3.1.6',
        to: '3.1.7',
        side: 'task',
        uri: 'core316',
        json: 'sdk115',
        teams: false
    },
    af3_1_8_task: {
        from: '3.1.8',
        to: '3.1.8',
        side: 'task',
        uri: 'core316',
        json: 'sdk118',
        teams: false
    },
    af3_2_server: {
        from: '3.2',
        to: '3.3',
        side: 'server',
        uri: 'core32',
        json: 'core32',
        teams: true
    },
    af3_2_task: {
        from: '3.2',
        to: '3.3',
        side: 'task',
        uri: 'sdk12',
        json: 'sdk12',
        teams: true
    }
};
/** True for the Task SDK's attrs class, false for an ORM class. */
const isSdkEngine = (engine) => engine.startsWith('sdk');
/** The releases each side runs, oldest first (a profile for `all` is on both). */
const SIDE_ORDER = {
    server: ['af2', 'af3_0', 'af3_1_0_server', 'af3_1_6_server', 'af3_2_server'],
    task: [
        'af2',
        'af3_0',
        'af3_1_0_task',
        'af3_1_5_task',
        'af3_1_6_task',
        'af3_1_8_task',
        'af3_2_task'
    ]
};
/** The last patch of each finished line, and the newest line of each major. */
const LAST_PATCH = { '3.0': 6, '3.1': 8 };
const NEWEST_MINOR = { 2: '2.11', 3: '3.3' };
/** The profiles one release line checks: every patch profile of it. */
const LINE_PROFILES = {
    '2.10': ['af2'],
    '2.11': ['af2'],
    '3.0': ['af3_0'],
    '3.1': [
        'af3_1_0_server',
        'af3_1_6_server',
        'af3_1_0_task',
        'af3_1_5_task',
        'af3_1_6_task',
        'af3_1_8_task'
    ],
    '3.2': ['af3_2_server', 'af3_2_task'],
    '3.3': ['af3_2_server', 'af3_2_task']
};
/** The server and task profiles of one 3.1 patch release. */
function patch31(patch) {
    const server = patch <= 5 ? 'af3_1_0_server' : 'af3_1_6_server';
    const task = patch <= 4
        ? 'af3_1_0_task'
        : patch === 5
            ? 'af3_1_5_task'
            : patch <= 7
                ? 'af3_1_6_task'
                : 'af3_1_8_task';
    return [server, task];
}
/** Profile names of earlier versions that equal a release profile. */
const ALIASES = {
    af3_core30: 'af3_0'
};
/** Earlier profile names that match no release, and what to use instead. */
const RETIRED = {
    af3_core: 'the profile af3_core matched no Airflow release and was removed; use a release profile (af3_2_server for Airflow 3.2–3.3 on the server, af3_1_6_server, af3_1_0_server) or name the release ("airflow": "3.2")',
    af3_sdk: 'the profile af3_sdk was replaced by release profiles; use af3_1_5_task or af3_1_6_task (Airflow 3.1.5–3.1.7, in tasks), af3_1_0_task, af3_1_8_task, af3_2_task, or name the release ("airflow": "3.1.6")'
};
/** Why a release string was refused, in one line. */
class ReleaseError extends Error {
}
const RELEASE_HINT = 'use an exact version (3.1.6), a minor (3.1), 2 or 3 (the newest line of that major), or auto';
/**
 * The profiles a release checks: an exact version (`3.1.6`, `2.11.2`,
 * `3.3.2+astro.1`), a minor (`3.1`: every patch profile of that line), `2`
 * or `3` (the newest line of that major), or a profile id (`af3_1_6_task`,
 * `af3_core30`). Throws ReleaseError with a one-line reason otherwise.
 */
function resolveRelease(text) {
    const key = text.trim().toLowerCase();
    // Own properties only: `constructor` or `__proto__` is not a profile.
    const retired = Object.hasOwn(RETIRED, key) ? RETIRED[key] : undefined;
    if (retired !== undefined)
        throw new ReleaseError(retired);
    if (PROFILES.includes(key))
        return { release: key, profiles: [key] };
    const alias = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
    if (alias)
        return { release: key, profiles: [alias] };
    const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+|x))?(?:\+astro\.\d+)?$/.exec(key);
    if (!match)
        throw new ReleaseError(`'${text.trim()}' is not an Airflow release; ${RELEASE_HINT}`);
    const major = Number(match[1]);
    if (match[2] === undefined) {
        const newest = NEWEST_MINOR[major];
        if (newest === undefined)
            throw new ReleaseError(`Airflow ${major} is not supported; use 2 (2.10–2.11) or 3 (3.0–3.3)`);
        return { release: newest, profiles: LINE_PROFILES[newest] ?? [] };
    }
    const minor = `${major}.${Number(match[2])}`;
    const line = LINE_PROFILES[minor];
    if (!line)
        throw new ReleaseError(`Airflow ${minor} is not modelled: the checks cover the releases 2.10–2.11 and 3.0–3.3`);
    if (match[3] === undefined || match[3] === 'x')
        return { release: minor, profiles: line };
    const patch = Number(match[3]);
    const last = LAST_PATCH[minor];
    if (last !== undefined && patch > last)
        throw new ReleaseError(`Airflow ${minor}.${patch} was not released (the ${minor} line ends at ${minor}.${last})`);
    return {
        release: `${minor}.${patch}`,
        profiles: minor === '3.1' ? patch31(patch) : line
    };
}
/** The profiles a release checks, or undefined when it is not one. */
function profilesForVersion(text) {
    try {
        return resolveRelease(text).profiles;
    }
    catch (error) {
        if (error instanceof ReleaseError)
            return undefined;
        throw error;
    }
}
/** The side a profile runs on matches `component` (task or server). */
function onSide(profile, component) {
    const side = PROFILE_INFO[profile].side;
    return side === 'all' || side === component;
}
/**
 * The one profile an explain line checks: the release's profile for that
 * component; a minor or major means its newest patch.
 */
function profileFor(release, component) {
    const { profiles } = resolveRelease(release);
    const own = profiles.filter((profile) => onSide(profile, component));
    const pick = own[own.length - 1] ?? profiles[profiles.length - 1];
    if (pick === undefined)
        throw new ReleaseError(`no profile for ${release}`);
    return pick;
}
function rangeText(first, last) {
    const from = PROFILE_INFO[first].from;
    const to = PROFILE_INFO[last].to;
    return from === to ? from : `${from}–${to}`;
}
/** Consecutive runs of `chosen` along one side's release order. */
function runs(side, chosen) {
    const out = [];
    let start = null;
    let previous = null;
    for (const profile of SIDE_ORDER[side]) {
        if (chosen.has(profile)) {
            start ??= profile;
            previous = profile;
        }
        else if (start && previous) {
            out.push(rangeText(start, previous));
            start = previous = null;
        }
    }
    if (start && previous)
        out.push(rangeText(start, previous));
    return out;
}
/**
 * The releases and side a set of profiles covers, in a user's words:
 * "Airflow 3.1.0–3.1.4, in tasks", "Airflow 3.1.6–3.3, on the server",
 * "Airflow 2.10–3.0".
 */
function describeProfiles(profiles) {
    const chosen = new Set(profiles);
    const server = runs('server', chosen);
    const task = runs('task', chosen);
    const join = (list) => list.join(', ');
    if (join(server) === join(task))
        return `Airflow ${join(server)}`;
    const parts = [];
    if (server.length > 0)
        parts.push(`Airflow ${join(server)}, on the server`);
    if (task.length > 0)
        parts.push(`Airflow ${join(task)}, in tasks`);
    return parts.join('; ');
}
/** One profile in a user's words ("Airflow 3.1.5, in tasks"). */
const PROFILE_LABELS = Object.fromEntries(PROFILES.map((profile) => [profile, describeProfiles([profile])]));


/***/ }),

/***/ 4637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ countBySeverity),
/* harmony export */   v: () => (/* binding */ FALLS_THROUGH)
/* harmony export */ });
/**
 * What follows when Airflow's secrets backend raises: the sentence ending
 * the message of every such finding. Renderers that show it once for all
 * rows strip it from each message.
 */
const FALLS_THROUGH = 'Airflow logs the exception and tries the next secrets backend, so tasks see "isn\'t defined" (or silently use another definition of the same id)';
/** Counts findings by severity. */
function countBySeverity(findings) {
    let errors = 0;
    let warnings = 0;
    for (const finding of findings)
        if (finding.severity === 'error')
            errors++;
        else
            warnings++;
    return { errors, warnings };
}


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   SZ: () => (/* binding */ mdRich),
/* harmony export */   YF: () => (/* binding */ mdLink),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   wI: () => (/* binding */ utf8Length),
/* harmony export */   xs: () => (/* binding */ mdCode),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* unused harmony exports TEXT_MAX, clip, htmlText, htmlCode */
/**
 * Text for GitHub's renderer, escaped for the context it lands in. Markdown
 * (paragraphs, list items, pipe-table cells) takes backslash escapes; the
 * inside of an HTML block (a `<summary>` line, a raw `<table>`) does not, so
 * it takes HTML entities instead. Every function here keeps text on one line,
 * clips it, neutralises bidirectional overrides and breaks `@mentions` and
 * `#123` references, so no input can add structure, a tag, a ping or a link.
 */
/** Longest text put in one place, in characters of the input. */
const TEXT_MAX = 300;
/** Characters that could start markdown or HTML structure anywhere inline. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!|~<>$&:]/g;
/** Line breaks and other controls. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;
const BIDI_CHARS = /[\u202a-\u202e\u2066-\u2069]/g;
const HTML_SPECIAL = /[&<>"'`|\\]/g;
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;',
    '|': '&#124;',
    '\\': '&#92;'
};
/** A mention or an issue reference: `@name`, `#12`. */
const REFERENCE = /([@#])(?=[A-Za-z0-9])/g;
/** Where a long code token may wrap: after these characters. */
const BREAK_AFTER = /(?<=[/_.\-:=,&@+])/;
/** Code tokens longer than this get wrap points. */
const WRAP_AT = 20;
/** `text` cut to `max` characters (code points), with an ellipsis. */
function clip(text, max = TEXT_MAX) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** One line, clipped, with controls blanked and bidi overrides replaced. */
function clean(text, max = TEXT_MAX) {
    return clip(text, max)
        .replace(UNSAFE_CHARS, ' ')
        .replace(BIDI_CHARS, '\ufffd');
}
function escapeMarkdown(text) {
    return text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}
function escapeHtml(text) {
    return text.replace(HTML_SPECIAL, (c) => HTML_ENTITIES[c] ?? c);
}
/** A zero-width space after `@`/`#` so nobody is pinged, nothing linked. */
function breakReferences(text) {
    return text.replace(REFERENCE, '$1\u200b');
}
/**
 * Pieces of a code token that may wrap between them: long unbroken runs
 * would widen a table past the page, so they get `<wbr>` points after
 * separators, and every WRAP_AT characters when there are none.
 */
function wrapPieces(text) {
    const pieces = [];
    let pending = '';
    for (const token of text.split(/(\s+)/)) {
        if (Array.from(token).length <= WRAP_AT) {
            pending += token;
            continue;
        }
        const parts = [];
        for (const part of token.split(BREAK_AFTER)) {
            const chars = Array.from(part);
            for (let i = 0; i < chars.length; i += WRAP_AT)
                parts.push(chars.slice(i, i + WRAP_AT).join(''));
        }
        parts[0] = `${pending}${parts[0] ?? ''}`;
        pending = parts.pop() ?? '';
        pieces.push(...parts);
    }
    pieces.push(pending);
    return pieces;
}
/** Plain text in markdown: a paragraph, a list item or a table cell. */
function mdText(text, max = TEXT_MAX) {
    return breakReferences(escapeMarkdown(clean(text, max)));
}
/**
 * Literal text in a `<code>` element, in markdown. GitHub does not resolve
 * mentions, references or emoji inside code; markdown is still escaped
 * because inline HTML does not stop markdown parsing of its content.
 */
function mdCode(text, max = TEXT_MAX) {
    const pieces = wrapPieces(clean(text, max)).map(escapeMarkdown);
    return `<code>${pieces.join('<wbr>')}</code>`;
}
/** Plain text inside an HTML block (no markdown there: entities only). */
function htmlText(text, max = TEXT_MAX) {
    return breakReferences(escapeHtml(clean(text, max)));
}
/** Literal text in a `<code>` element inside an HTML block. */
function htmlCode(text, max = TEXT_MAX) {
    const pieces = wrapPieces(clean(text, max)).map(escapeHtml);
    return `<code>${pieces.join('<wbr>')}</code>`;
}
/**
 * A finding message or hint in markdown: `backtick` spans become code, the
 * rest plain text.
 */
function mdRich(text, max = TEXT_MAX) {
    const parts = clip(text, max).split('`');
    if (parts.length % 2 === 0)
        return mdText(text, max);
    return parts
        .map((part, index) => index % 2 === 1 ? mdCode(part, max) : part === '' ? '' : mdText(part, max))
        .join('');
}
/**
 * A fenced code block whose fence no line of `text` can close. For text
 * that is not markdown at all (JSON, shell).
 */
function fencedBlock(text, info = '') {
    const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const body = text.replace(UNSAFE_CHARS, (c) => (c === '\n' ? c : ' '));
    return [`${fence}${info}`, ...body.split('\n'), fence];
}
/** A link whose target cannot end early or carry markup. */
function mdLink(label, href) {
    const safe = href
        .replace(/[\s<>"'`]/g, (c) => encodeURIComponent(c))
        .replace(/\(/g, '%28')
        .replace(/\)/g, '%29');
    return `[${mdText(label)}](${safe})`;
}
/** How many bytes `text` takes in UTF-8 (GitHub counts summaries in bytes). */
function utf8Length(text) {
    let bytes = 0;
    for (const char of text) {
        const point = char.codePointAt(0) ?? 0;
        bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    }
    return bytes;
}
/** `count word(s)`. */
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ markerLine),
/* harmony export */   Pn: () => (/* binding */ renderCounts),
/* harmony export */   _4: () => (/* binding */ GITHUB_COMMENT_LIMIT),
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   iX: () => (/* binding */ airflowContext),
/* harmony export */   prCommentHasFindings: () => (/* binding */ prCommentHasFindings),
/* harmony export */   renderPrComment: () => (/* binding */ renderPrComment),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* unused harmony exports prCommentVerdict, renderReportMarkdown */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7715);
/* harmony import */ var _secret_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6691);


/** GitHub rejects comment bodies longer than this many characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
/**
 * What the renderer aims for, in UTF-16 code units (never fewer than the
 * characters GitHub counts), leaving room for counting differences.
 */
const BODY_BUDGET = 60_000;
/** Most undeclared ids listed before "…and N more". */
const UNDECLARED_MAX = 50;
/** Most characters the undeclared-ids list takes, so the table keeps room. */
const UNDECLARED_BUDGET = 12_000;
/** Most places listed for one undeclared id. */
const PLACES_MAX = 3;
const MARKER_PREFIX = 'astro-secrets-gate:';
const NO_MANIFEST_MARKER = '(inputs)';
/**
 * The marker that tells this manifest's comment apart from others on the same
 * pull request. Readable for ordinary paths; anything that could end an HTML
 * comment or differs only in unusual characters gets a hash suffix.
 */
function commentMarker(manifestPath) {
    if (manifestPath === null || manifestPath.trim() === '')
        return NO_MANIFEST_MARKER;
    const path = manifestPath
        .trim()
        .replace(/\\/g, '/')
        .replace(/\/{2,}/g, '/')
        .replace(/^(?:\.\/)+/, '');
    const safe = path.replace(/[^A-Za-z0-9._/-]/g, '_').replace(/-{2,}/g, '-');
    if (safe === path)
        return path;
    return `${safe.slice(0, 200)}~${fnv1a(path)}`;
}
/** The hidden first line of the comment for a marker. */
function markerLine(marker) {
    const safe = marker.replace(/--+/g, '-').replace(/>/g, '_');
    return `<!-- ${MARKER_PREFIX}${safe} -->`;
}
/** Whether a comment body is the sticky comment for this marker. */
function hasMarker(body, marker) {
    const line = markerLine(marker);
    return body.split(/\r?\n/).some((text) => text.trim() === line);
}
/** ❌ when the gate fails, ⚠️ when something needs a look, ✅ otherwise. */
function prCommentVerdict(input) {
    const { report } = input;
    if (!report.valid)
        return 'failed';
    const findings = report.counts.errors + report.counts.warnings;
    const settings = report.settingsFindings.length;
    const rows = report.items.filter((item) => item.findings.length > 0).length;
    if (findings + settings + rows + (input.undeclared?.length ?? 0) > 0)
        return 'warnings';
    return 'clear';
}
/** Whether the comment has anything to report (the `auto` mode's trigger). */
function prCommentHasFindings(input) {
    return prCommentVerdict(input) !== 'clear';
}
const VERDICT_ICON = {
    failed: '❌',
    warnings: '⚠️',
    clear: '✅'
};
/**
 * The report as GitHub-flavoured markdown: heading, counts, one table row
 * per secret that needs attention (errors first), the DAG ids the manifest
 * lacks, and the run link. Within `budget` characters (default: what fits a
 * comment beside its marker). The pull-request comment is this under a
 * marker line; anything else that posts a report (an issue) can reuse it.
 */
function renderReportMarkdown(input) {
    const { report } = input;
    const budget = input.budget ?? BODY_BUDGET;
    const undeclared = input.undeclared ?? [];
    const verdict = prCommentVerdict({ report, undeclared });
    const distinct = new Set(undeclared.map((u) => `${u.kind}\u0000${u.id}`));
    const head = [renderHeading(report, verdict, distinct.size), ''];
    head.push(renderContext(report), '');
    const foot = input.runUrl === null
        ? []
        : [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdLink */ .YF)('Workflow run and full report', input.runUrl)];
    if (verdict === 'clear') {
        head.push(renderAllClear(report), '');
        return finish([...head, ...foot], budget);
    }
    head.push(renderCounts(report), '');
    const settings = report.settingsFindings.filter((finding) => undeclared.length === 0 || finding.code !== 'manifest-undeclared');
    if (settings.length > 0)
        head.push(...(0,_secret_table_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsList */ .wV)(settings), '');
    const undeclaredBlock = undeclared.length > 0 ? renderUndeclared(report, undeclared) : [];
    const table = renderTable(report, [...head, ...undeclaredBlock, ...foot], budget);
    return finish([...head, ...table, ...undeclaredBlock, ...foot], budget);
}
/** The comment body, at most GITHUB_COMMENT_LIMIT characters. */
function renderPrComment(input) {
    const line = markerLine(input.marker);
    const body = renderReportMarkdown({
        report: input.report,
        runUrl: input.runUrl,
        ...(input.undeclared ? { undeclared: input.undeclared } : {}),
        budget: BODY_BUDGET - line.length - 1
    });
    return `${line}\n${body}`;
}
function finish(lines, budget) {
    const body = `${lines.join('\n').trimEnd()}\n`;
    // The budgets leave ample room; this only guards against a broken one.
    return body.length <= budget ? body : `${body.slice(0, budget - 2)}…\n`;
}
function renderHeading(report, verdict, undeclared) {
    if (verdict === 'clear')
        return `### ${VERDICT_ICON.clear} Airflow secrets: all clear`;
    const { errors, warnings } = report.counts;
    const tally = [
        errors > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(errors, 'error') : '',
        warnings > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'warning') : '',
        undeclared > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(undeclared, 'undeclared id') : ''
    ].filter((part) => part !== '');
    const state = verdict === 'failed'
        ? 'Airflow secrets check failed'
        : 'Airflow secrets need attention';
    const detail = tally.length > 0 ? `: ${tally.join(', ')}` : '';
    return `### ${VERDICT_ICON[verdict]} ${state}${detail}`;
}
/** `Airflow 3 (Airflow 3.1.6–3.3)`: the release and what it checks. */
function airflowContext(report) {
    const sides = report.profiles.length > 0
        ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)((0,_secret_table_js__WEBPACK_IMPORTED_MODULE_1__/* .describeScope */ .OI)(report.profiles))})`
        : '';
    return `Airflow ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(report.airflow)}${sides}`;
}
function renderContext(report) {
    return [
        report.manifest === null
            ? 'No manifest'
            : `Manifest ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(report.manifest)}`,
        airflowContext(report),
        `mode ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(report.mode)}`,
        `fail-on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(report.failOn)}`
    ].join(' · ');
}
function renderAllClear(report) {
    if (report.mode === 'env-only')
        return 'Mode `env-only`: nothing was read from AWS Secrets Manager, so no secret was checked.';
    const what = report.mode === 'existence'
        ? 'exists in AWS Secrets Manager'
        : 'exists in AWS Secrets Manager and parses the way Airflow parses it';
    const checked = report.counts.checked;
    if (checked === 0)
        return 'Nothing to check: the manifest lists no secrets.';
    return checked === 1
        ? `The one required connection or variable ${what}.`
        : `Each of the ${checked} required connections and variables ${what}.`;
}
/** `**3** checked · **1** missing · ...` */
function renderCounts(report) {
    const { checked, missing, invalid, errors, warnings } = report.counts;
    const count = (n, word) => `**${n}** ${word}`;
    return [
        count(checked, 'checked'),
        count(missing, 'missing'),
        count(invalid, 'invalid'),
        count(errors, errors === 1 ? 'error' : 'errors'),
        count(warnings, warnings === 1 ? 'warning' : 'warnings')
    ].join(' · ');
}
function renderTable(report, fixed, budget) {
    const rule = (0,_secret_table_js__WEBPACK_IMPORTED_MODULE_1__/* .nameRule */ .Mp)(report);
    const rows = (0,_secret_table_js__WEBPACK_IMPORTED_MODULE_1__/* .tableRows */ .QE)(report.items.filter((item) => item.findings.length > 0), rule, () => '');
    if (rows.length === 0)
        return [];
    const lines = [..._secret_table_js__WEBPACK_IMPORTED_MODULE_1__/* .TABLE_HEAD */ .Um];
    const notes = [
        (0,_secret_table_js__WEBPACK_IMPORTED_MODULE_1__/* .namesSentence */ .ip)(rule, new Set(report.items.map((item) => item.kind))),
        _secret_table_js__WEBPACK_IMPORTED_MODULE_1__/* .FALLS_THROUGH_NOTE */ .iO
    ];
    const moreReserve = 100;
    let used = lengthOf(fixed) + lengthOf(_secret_table_js__WEBPACK_IMPORTED_MODULE_1__/* .TABLE_HEAD */ .Um) + lengthOf(notes) + moreReserve;
    let shown = 0;
    let fallsThrough = false;
    for (const row of rows) {
        if (used + row.line.length + 1 > budget)
            break;
        lines.push(row.line);
        used += row.line.length + 1;
        shown++;
        fallsThrough ||= row.fallsThrough;
    }
    lines.push('');
    if (shown < rows.length)
        lines.push(`…and ${rows.length - shown} more, see the run summary.`, '');
    if (notes[0] !== '')
        lines.push(notes[0] ?? '', '');
    if (fallsThrough)
        lines.push(_secret_table_js__WEBPACK_IMPORTED_MODULE_1__/* .FALLS_THROUGH_NOTE */ .iO, '');
    return lines;
}
function lengthOf(lines) {
    return lines.reduce((sum, line) => sum + line.length + 1, 0);
}
function renderUndeclared(report, undeclared) {
    const groups = new Map();
    for (const entry of undeclared) {
        const key = `${entry.kind}\u0000${entry.id}`;
        const place = `${entry.file}:${entry.line}`;
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, { entry, places: [place] });
        else if (!group.places.includes(place))
            group.places.push(place);
    }
    const target = report.manifest === null ? 'the manifest' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(report.manifest);
    const lines = [
        '#### Used in the DAG code, not declared in the manifest',
        '',
        `These ids are not checked until they are added to ${target} ` +
            `(${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)('astro-secrets-gate discover --write')} adds them).`,
        ''
    ];
    let shown = 0;
    let used = 0;
    for (const { entry, places } of groups.values()) {
        if (shown === UNDECLARED_MAX)
            break;
        const where = places
            .slice(0, PLACES_MAX)
            .map((place) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(place))
            .join(', ');
        const more = places.length > PLACES_MAX
            ? ` and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(places.length - PLACES_MAX, 'more place')}`
            : '';
        const line = `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(entry.kind)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(entry.id)}, used at ${where}${more}`;
        if (used + line.length > UNDECLARED_BUDGET)
            break;
        lines.push(line);
        used += line.length + 1;
        shown++;
    }
    if (groups.size > shown)
        lines.push(`- …and ${groups.size - shown} more, see the run summary.`);
    lines.push('');
    return lines;
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


/***/ }),

/***/ 1214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ renderRunErrorSummary),
/* harmony export */   renderRunErrorComment: () => (/* binding */ renderRunErrorComment)
/* harmony export */ });
/* unused harmony exports runErrorFix, renderRunErrorMarkdown */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7715);
/* harmony import */ var _pr_comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(916);
/**
 * What the job summary and the pull-request comment say when the run itself
 * failed (a bad input or manifest, no OIDC token, STS refusing the role, AWS
 * unreachable): the error line, its fix, and for an STS denial the token's
 * claims and a trust-policy Condition that matches them. Pure: takes a
 * RunFailure, which the action builds from the error.
 */


/** What to do for each run error code (docs/errors.md, "Run errors"). */
const FIXES = {
    'input-invalid': 'Correct the input named in the message in the workflow file; the message lists the accepted values.',
    'input-missing': 'Set the input named in the message.',
    'manifest-missing': 'Fix the manifest path (relative to the repository root) or create airflow-secrets.yml.',
    'manifest-invalid': 'Fix the manifest at the lines given; each problem is also annotated on its line.',
    'file-unwritable': 'Point env-file at a writable folder, or create the folder in an earlier step.',
    'oidc-unavailable': "Grant the job 'permissions: id-token: write' (pull requests from forks never get it), or leave role-to-assume empty to use credentials from an earlier step.",
    'oidc-failed': 'Check the audience input and run again; the message carries the token endpoint’s answer.',
    'assume-role-failed': 'Make the role’s trust policy accept this token: add the Condition below (or fix the IAM OIDC provider, audience or role-duration-seconds the message names).',
    'aws-credentials': 'Set role-to-assume, or configure AWS credentials in an earlier step.',
    'aws-unavailable': 'Run again later; raise max-attempts or lower max-concurrency if AWS is throttling.',
    'aws-unreachable': 'Fix network access, HTTPS_PROXY/NO_PROXY or the endpoint variable named in the message.',
    'aws-timeout': 'Run again, or raise timeout-seconds.',
    'aws-call-failed': 'Follow the AWS error in the message and run again.'
};
/** The fix for a run error code. */
function runErrorFix(code) {
    return (FIXES[code] ??
        'Run again with debug logging (ACTIONS_STEP_DEBUG=true) and report the message if it persists.');
}
/** Most detail lines listed. */
const DETAILS_MAX = 20;
/** The body both the summary and the comment show. */
function failureBody(failure, level) {
    const lines = [
        `${level} ❌ Airflow secrets: the check could not run`,
        '',
        `**Error** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(failure.code)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(failure.message, 1000)}`,
        '',
        `**Fix:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(runErrorFix(failure.code), 1000)}`,
        ''
    ];
    if (failure.manifest)
        lines.push(`Manifest ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(failure.manifest)}.`, '');
    const details = failure.details ?? [];
    if (details.length > 0) {
        for (const detail of details.slice(0, DETAILS_MAX))
            lines.push(`- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(detail)}`);
        if (details.length > DETAILS_MAX)
            lines.push(`- …and ${details.length - DETAILS_MAX} more.`);
        lines.push('');
    }
    if (failure.trust)
        lines.push(...trustSection(failure.trust, level));
    lines.push('Nothing was validated: the outputs say `valid=false`, and no env file was written.', '');
    return lines;
}
function trustSection(trust, level) {
    const sub = level === '##' ? '###' : '####';
    const lines = [
        `${sub} The GitHub OIDC token the role refused`,
        '',
        `Role ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(trust.roleArn)}. The token's claims:`,
        '',
        '| Claim | Value |',
        '| --- | --- |',
        ...trust.claims.map(([claim, value]) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(claim)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(value)} |`),
        ''
    ];
    for (const note of trust.notes)
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdRich */ .SZ)(note, 1000), '');
    lines.push(`${sub} A trust-policy Condition that matches this token`, '', ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fencedBlock */ .zW)(trust.condition, 'json'), '');
    return lines;
}
/** The job summary of a failed run. */
function renderRunErrorSummary(failure) {
    return failureBody(failure, '##').join('\n');
}
/** A failed run as markdown for a comment or an issue (no marker). */
function renderRunErrorMarkdown(input) {
    const lines = failureBody(input.failure, '###');
    if (input.runUrl !== null)
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdLink */ .YF)('Workflow run and its log', input.runUrl));
    return `${lines.join('\n').trimEnd()}\n`;
}
/** The sticky pull-request comment of a failed run. */
function renderRunErrorComment(input) {
    return `${(0,_pr_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .markerLine */ .B_)(input.marker)}\n${renderRunErrorMarkdown(input)}`;
}


/***/ }),

/***/ 6691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mp: () => (/* binding */ nameRule),
/* harmony export */   OI: () => (/* binding */ describeScope),
/* harmony export */   QE: () => (/* binding */ tableRows),
/* harmony export */   Um: () => (/* binding */ TABLE_HEAD),
/* harmony export */   iO: () => (/* binding */ FALLS_THROUGH_NOTE),
/* harmony export */   ip: () => (/* binding */ namesSentence),
/* harmony export */   wV: () => (/* binding */ settingsList)
/* harmony export */ });
/* unused harmony exports scopeLabel, fallsThrough, findingMarkdown, itemRank, itemRow, cellText */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4637);
/* harmony import */ var _airflow_profiles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1900);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7715);
/**
 * The per-secret table the job summary and the pull-request comment share:
 * one row per connection or variable, errors first, each with its verdict
 * and, in one cell, what is wrong and how to fix it. A GFM pipe table, so
 * every cell is markdown and input is markdown-escaped (markdown.ts).
 */



/** Longest message or fix shown in a row; longer ones end in `…`. */
const CELL_TEXT_MAX = 400;
/** The explanation shared by every row whose secret Airflow would skip. */
const FALLS_THROUGH_NOTE = '**Why tasks never said so:** where a row says Airflow raises or the read was denied, Airflow logs the exception and tries the next secrets backend, so tasks see "isn\'t defined" (or silently use another definition of the same id).';
function known(profiles) {
    return profiles.filter((profile) => _airflow_profiles_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILES */ .jI.includes(profile));
}
/** `Airflow 3.1.0–3.1.4, in tasks`: the releases and side of some profiles. */
function describeScope(profiles) {
    const ours = known(profiles);
    return ours.length === profiles.length && ours.length > 0
        ? (0,_airflow_profiles_js__WEBPACK_IMPORTED_MODULE_0__/* .describeProfiles */ .W1)(ours)
        : profiles.join(', ');
}
/** `... only`: what a scoped finding holds for. */
function scopeLabel(profiles) {
    return `${describeScope(profiles)} only`;
}
/**
 * A finding's message without the long scope prefix and the shared
 * explanation, which the table shows once.
 */
function bareMessage(finding) {
    let text = finding.message;
    if (finding.profiles && finding.profiles.length > 0) {
        const long = describeScope(finding.profiles);
        if (text.startsWith(`${long}: `))
            text = text.slice(long.length + 2);
    }
    return text.replace(` ${_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .FALLS_THROUGH */ .v}.`, '').replace(_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .FALLS_THROUGH */ .v, '');
}
function fallsThrough(finding) {
    return finding.message.includes(_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .FALLS_THROUGH */ .v);
}
function present(finding, item) {
    const name = item?.secretName ?? finding.secretName ?? '';
    const hint = finding.hint;
    const own = (what) => ({
        what,
        ...(hint === undefined ? {} : { fix: hint })
    });
    switch (finding.code) {
        case 'secret-not-found':
            return {
                what: 'No such secret in Secrets Manager.',
                fix: 'Create it as a Plaintext secret (SecretString).',
                detail: {
                    label: 'Command',
                    code: `aws secretsmanager create-secret --name ${name} --secret-string file://value.txt`
                }
            };
        case 'secret-scheduled-for-deletion':
            return {
                what: 'Scheduled for deletion; Airflow treats it as missing.',
                fix: 'Restore it.',
                detail: {
                    label: 'Command',
                    code: `aws secretsmanager restore-secret --secret-id ${name}`
                }
            };
        case 'secret-binary-only':
            return own('Only a SecretBinary is stored; Airflow reads SecretString alone, so it is not found.');
        case 'secret-decrypt-failed':
            return own('KMS could not decrypt it; Airflow treats that as not found.');
        case 'secret-access-denied':
            return own('Reading it was denied.');
        default:
            return own(bareMessage(finding));
    }
}
/** One finding as markdown: scope, what is wrong, the fix, folded detail. */
function findingMarkdown(finding, item, icon) {
    const shown = present(finding, item);
    const mark = icon ? (finding.severity === 'error' ? '❌ ' : '⚠️ ') : '';
    const scope = finding.profiles && finding.profiles.length > 0
        ? `*${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(scopeLabel(finding.profiles))}:* `
        : '';
    const fix = shown.fix === undefined || shown.fix === ''
        ? ''
        : ` **Fix:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdRich */ .SZ)(shown.fix, CELL_TEXT_MAX)}`;
    const detail = shown.detail === undefined
        ? ''
        : ` <details><summary>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(shown.detail.label)}</summary>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(shown.detail.code, CELL_TEXT_MAX)}</details>`;
    return `${mark}${scope}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdRich */ .SZ)(shown.what, CELL_TEXT_MAX)}${fix}${detail}`;
}
/** ❌ with an error, ⚠️ with a warning, ✅ otherwise. */
function verdictIcon(findings) {
    if (findings.some((finding) => finding.severity === 'error'))
        return '❌';
    return findings.length > 0 ? '⚠️' : '✅';
}
const STATUS_WORD = {
    valid: 'valid',
    warning: 'warning',
    invalid: 'invalid',
    missing: 'missing',
    unreadable: 'unreadable',
    skipped: 'not looked up'
};
/** Sort key: errors, then warnings, then clean items. */
function itemRank(item) {
    if (item.findings.some((finding) => finding.severity === 'error'))
        return 0;
    return item.findings.length > 0 ? 1 : 2;
}
/** Reads the prefixes and separator back from the report's kwargs. */
function nameRule(report) {
    let kwargs = {};
    try {
        const parsed = JSON.parse(report.backendKwargs);
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
            kwargs = parsed;
    }
    catch {
        // Not JSON: the defaults below.
    }
    const prefix = (key, fallback) => {
        if (!(key in kwargs))
            return fallback;
        const value = kwargs[key];
        return typeof value === 'string' ? value : null;
    };
    return {
        connection: prefix('connections_prefix', 'airflow/connections'),
        variable: prefix('variables_prefix', 'airflow/variables'),
        sep: typeof kwargs.sep === 'string' ? kwargs.sep : '/'
    };
}
/** The secret name when it is not `<prefix><sep><id>`, else null. */
function unusualName(item, rule) {
    if (item.secretName === null || item.kind === 'config')
        return null;
    const prefix = rule[item.kind];
    return prefix !== null && item.secretName === `${prefix}${rule.sep}${item.id}`
        ? null
        : item.secretName;
}
/** The sentence naming the secret names, shown once near the table. */
function namesSentence(rule, kinds) {
    const parts = [];
    for (const kind of ['connection', 'variable']) {
        const prefix = rule[kind];
        if (kinds.has(kind) && prefix !== null)
            parts.push(`${kind}s ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(`${prefix}${rule.sep}<id>`)}`);
    }
    return parts.length === 0
        ? ''
        : `Secret names: ${parts.join(', ')}, unless a row names another.`;
}
/** A row for one item: kind, id (and unusual name), verdict, findings. */
function itemRow(item, rule, validText) {
    const name = unusualName(item, rule);
    const id = name === null
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(item.id)
        : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(item.id)}<br>secret ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(name)}`;
    const errors = item.findings.filter((f) => f.severity === 'error');
    const ordered = [
        ...errors,
        ...item.findings.filter((f) => f.severity !== 'error')
    ];
    const mixed = errors.length > 0 && errors.length < ordered.length;
    const problems = ordered.length === 0
        ? validText(item)
        : ordered
            .map((finding) => findingMarkdown(finding, item, mixed))
            .join('<br>');
    const verdict = `${verdictIcon(item.findings)} ${STATUS_WORD[item.status]}`;
    return {
        rank: itemRank(item),
        line: `| ${item.kind} | ${id} | ${verdict} | ${problems} |`,
        fallsThrough: item.findings.some(fallsThrough)
    };
}
const TABLE_HEAD = [
    '| Kind | Id | Verdict | What is wrong, and the fix |',
    '| --- | --- | --- | --- |'
];
/** Rows for the items, errors first (stable within a rank). */
function tableRows(items, rule, validText) {
    return items
        .map((item) => itemRow(item, rule, validText))
        .sort((a, b) => a.rank - b.rank);
}
/** The settings findings (backend kwargs, DAG code) as a markdown list. */
function settingsList(findings) {
    return findings.map((finding) => {
        const subject = finding.kind === 'config'
            ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(finding.id)
            : `${finding.kind} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(finding.id)}`;
        return `- ${subject}: ${findingMarkdown(finding, null, true)}`;
    });
}
/** Text clipped for a cell; exported for the valid-row texts. */
function cellText(text) {
    return mdText(clip(text, CELL_TEXT_MAX), CELL_TEXT_MAX);
}


/***/ })

};
