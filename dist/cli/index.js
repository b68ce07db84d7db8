import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9792:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2588);

process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2588:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: globalHelp, processIo

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(713);
;// CONCATENATED MODULE: ./src/cli/args.ts

/** The name of the command as users type it. */
const BIN = 'astro-secrets-gate';
/** A wrong command line: exits 2 with this one line. */
class UsageError extends errors/* InputError */.dz {
    name = 'UsageError';
    constructor(command, message) {
        super(command, message, 'usage');
    }
}
const seeHelp = (command) => command === '' ? `(see '${BIN} --help')` : `(see '${BIN} ${command} --help')`;
/**
 * Parses `args` against a command's options: `--name value`,
 * `--name=value`, `-x value`, `--flag`, and `--` to end options. Any
 * unknown or malformed option is a UsageError naming it.
 */
function parseCommandArgs(spec, args) {
    const values = {};
    const positionals = [];
    let help = false;
    const byShort = new Map();
    for (const [name, option] of Object.entries(spec.options))
        if (option.short !== undefined)
            byShort.set(option.short, name);
    const fail = (message) => {
        throw new UsageError(spec.name, `${message} ${seeHelp(spec.name)}`);
    };
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (arg === '--') {
            positionals.push(...args.slice(i + 1));
            break;
        }
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        if (!arg.startsWith('-') || arg === '-') {
            positionals.push(arg);
            continue;
        }
        let name;
        let inline;
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
            if (eq !== -1)
                inline = arg.slice(eq + 1);
        }
        else if (arg.length === 2)
            name = byShort.get(arg.slice(1));
        const shown = inline === undefined ? arg : arg.slice(0, arg.indexOf('='));
        const option = name === undefined || !Object.hasOwn(spec.options, name)
            ? undefined
            : spec.options[name];
        if (name === undefined || option === undefined)
            return fail(`unknown option '${shown}' for '${spec.name}'`);
        if (option.type === 'boolean') {
            if (inline !== undefined)
                return fail(`option '--${name}' takes no value`);
            values[name] = true;
            continue;
        }
        let value = inline;
        if (value === undefined) {
            const next = args[i + 1];
            if (next === undefined || (next.startsWith('-') && next !== '-'))
                return fail(`option '--${name}' needs a value`);
            value = next;
            i++;
        }
        if (option.choices && !option.choices.includes(value))
            return fail(`option '--${name}' must be one of ${option.choices.join(', ')}, not '${value}'`);
        values[name] = value;
    }
    if (!help) {
        const allowed = spec.positionals ?? [];
        if (positionals.length > allowed.length) {
            const extra = positionals[allowed.length] ?? '';
            return fail(`unexpected argument '${extra}' for '${spec.name}'`);
        }
        const required = allowed.filter((p) => p.optional !== true);
        if (positionals.length < required.length) {
            const missing = required[positionals.length]?.name ?? 'argument';
            return fail(`'${spec.name}' needs <${missing}>`);
        }
    }
    return { values: values, positionals, help };
}
/** The `--help` text of one command: usage, options, examples. */
function formatCommandHelp(spec) {
    const positionals = (spec.positionals ?? [])
        .map((p) => (p.optional === true ? `[${p.name}]` : `<${p.name}>`))
        .join(' ');
    const lines = [
        `Usage: ${BIN} ${spec.name} [options]${positionals ? ` ${positionals}` : ''}`,
        '',
        spec.summary
    ];
    if (spec.description !== undefined)
        lines.push('', spec.description);
    if (spec.positionals && spec.positionals.length > 0) {
        lines.push('', 'Arguments:');
        for (const p of spec.positionals)
            lines.push(`  ${p.name.padEnd(26)}${p.description}`);
    }
    lines.push('', 'Options:');
    const rows = Object.entries(spec.options).map(([name, option]) => {
        const short = option.short === undefined ? '    ' : `-${option.short}, `;
        const value = option.type === 'string' ? ` ${option.value ?? '<value>'}` : '';
        const choices = option.choices ? ` (${option.choices.join('|')})` : '';
        return [`${short}--${name}${value}`, `${option.description}${choices}`];
    });
    rows.push(['-h, --help', 'Show this help']);
    const width = Math.max(...rows.map(([left]) => left.length)) + 2;
    for (const [left, right] of rows)
        lines.push(`  ${left.padEnd(width)}${right}`);
    if (spec.examples.length > 0) {
        lines.push('', 'Examples:');
        for (const example of spec.examples)
            lines.push(`  ${example}`);
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/core/airflow/profiles.ts
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
    const retired = RETIRED[key];
    if (retired !== undefined)
        throw new ReleaseError(retired);
    if (PROFILES.includes(key))
        return { release: key, profiles: [key] };
    const alias = ALIASES[key];
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
function pyInt(value) {
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
const isOrm = (engine) => !isSdkEngine(engine);
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
const classPath = (engine) => isSdkEngine(engine)
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
        return pyInt(value);
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
function regex_pyInt(s) {
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
        const g = regex_pyInt(condname);
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
    return {
        source: pattern,
        js,
        match: (s) => start.test(s),
        fullmatch: (s) => full.test(s),
        search: (s) => js.test(s)
    };
}

;// CONCATENATED MODULE: ./src/core/airflow/secrets-manager.ts







const secrets_manager_SECRETS_MANAGER_BACKEND = 'airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend';
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
const DEPRECATED_AWS_KEYS = {
    aws_account_id: 'set role_arn to the full role ARN',
    aws_iam_role: 'set role_arn to the full role ARN',
    external_id: 'put ExternalId in assume_role_kwargs',
    s3_config_file: 'use session_kwargs.profile_name with the standard AWS config files',
    s3_config_format: 'use session_kwargs.profile_name with the standard AWS config files',
    profile: 'use session_kwargs.profile_name',
    host: 'use endpoint_url'
};
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
        if (key in DEPRECATED_AWS_KEYS) {
            findings.push(settingFinding(key, 'warning', 'aws-extra-deprecated', `${key} is a deprecated AWS connection setting.`, `${DEPRECATED_AWS_KEYS[key] ?? ''}.`));
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
function resolveSecretNames(settings, kind, id, scope) {
    const teamAware = kind !== 'config' && (scope.line === '9.28' || scope.line === '9.36');
    if (teamAware &&
        id.includes('--') &&
        (scope.line === '9.28' || scope.multiTeam))
        return {
            skipped: 'ambiguous-id',
            reason: `the ${PROVIDER_LINE_LABELS[scope.line]}${scope.line === '9.36' ? ' with [core] multi_team = True' : ''} refuses ids containing '--' (an ambiguous team namespace), so the backend never looks it up`
        };
    const lookup = resolveSecretName(settings, kind, id);
    if (!('name' in lookup))
        return lookup;
    const prefix = settings.prefixes[kind];
    if (teamAware && scope.teamName && prefix)
        return {
            names: [`${prefix}${settings.sep}${scope.teamName}--${id}`, lookup.name]
        };
    return { names: [lookup.name] };
}
/** `_get_secret`'s name (spec §4.2), or why the backend would not look. */
function resolveSecretName(settings, kind, id) {
    const prefix = settings.prefixes[kind];
    if (prefix === null)
        return {
            skipped: 'prefix-disabled',
            reason: `${PREFIX_KWARG[kind]} is null, so the backend never looks ${kind}s up`
        };
    const pattern = settings.patterns[kind];
    if (pattern && !pattern.match(id))
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
function secrets_manager_serializeBackendKwargs(kwargs) {
    return pyJsonDumps(kwargs, { separators: [',', ':'] });
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
    const engines = PROFILE_INFO[profile];
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

;// CONCATENATED MODULE: ./src/core/gate/lints.ts




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
        findings.push(finding(context, 'error', 'uri-scheme-underscore', `The URI scheme '${scheme}' contains '_', which is not a legal scheme character: Airflow finds no scheme and the connection gets no conn_type.`, `Write the scheme with '-' (${scheme.replaceAll('_', '-')}://); Airflow turns '-' back into '_'.`));
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
                findings.push(finding(context, 'error', 'uri-unencoded-reserved', `The login or password contains an unencoded '${cut[0]}', so Airflow ends the host part there and reads the rest as schema, query or fragment.`, `URL-encode every component ('${cut[0]}' as ${encodeURIComponent(cut[0])}), e.g. aws://KEY_ID:SECRET%2FPART@ as the AWS connection docs show.`));
        }
        else if (scheme?.toLowerCase() === 'aws' &&
            /^[^/?#]+:[^/?#]*$/.test(authorityStart))
            findings.push(finding(context, 'error', 'aws-uri-missing-at', "An aws:// URI with key id and secret but no trailing '@': Airflow reads them as host and port.", "End the credentials with '@' (aws://KEY_ID:SECRET@), as the AWS connection docs show."));
    }
    return findings;
}
const ASSUME_ROLE_METHODS = [
    'assume_role',
    'assume_role_with_saml',
    'assume_role_with_web_identity'
];
const RETRY_MODES = ['legacy', 'standard', 'adaptive'];
const ROLE_ARN = /^arn:aws(?:-cn|-us-gov|-iso|-iso-b|-iso-e|-iso-f|-eusc)?:iam::\d{12}:role\/[\w+=,.@\-/]{1,512}$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
/** Lints on an `aws` connection's extra (the seed AWS connection page). */
function lintAwsExtra(context, extra) {
    if (!isPyDict(extra))
        return [];
    const findings = [];
    const known = new Set([...AWS_CONNECTION_KEYS, 'profile_name']);
    for (const key of extra.keys()) {
        const replacement = DEPRECATED_AWS_KEYS[key];
        if (replacement !== undefined)
            findings.push(finding(context, 'warning', 'aws-extra-deprecated', `The extra key '${key}' is deprecated for AWS connections.`, `${replacement[0]?.toUpperCase() ?? ''}${replacement.slice(1)}.`));
        else if (!known.has(key))
            findings.push(finding(context, 'warning', 'aws-extra-unknown', `The extra key '${key}' is not an AWS connection setting; the AWS hook ignores it.`, `Check the spelling; known keys: ${[...known].join(', ')}.`));
    }
    const method = extra.get('assume_role_method');
    if (method !== undefined &&
        method !== null &&
        (typeof method !== 'string' || !ASSUME_ROLE_METHODS.includes(method)))
        findings.push(finding(context, 'error', 'aws-assume-role-method', 'assume_role_method is not one of assume_role, assume_role_with_saml, assume_role_with_web_identity.', 'Use one of the three STS methods the AWS hook supports.'));
    const roleArn = extra.get('role_arn');
    if (roleArn !== undefined &&
        roleArn !== null &&
        (typeof roleArn !== 'string' || !ROLE_ARN.test(roleArn)))
        findings.push(finding(context, 'error', 'aws-role-arn', 'role_arn is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>).', 'Copy the role ARN from the IAM console.'));
    const region = extra.get('region_name');
    if (region !== undefined &&
        region !== null &&
        (typeof region !== 'string' || !REGION.test(region)))
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
const FALLS_THROUGH = 'Airflow logs the exception and tries the next secrets backend, so tasks see "isn\'t defined" (or silently use another definition of the same id)';
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
            return done('unreadable', make(subject, 'error', 'secret-access-denied', `Reading secret ${name} was denied (${read.awsCode ?? 'AccessDeniedException'}). ${FALLS_THROUGH}.`, 'Allow secretsmanager:GetSecretValue (and BatchGetSecretValue) on the prefix ARNs for the role, and kms:Decrypt on the key.'));
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
    return describeProfiles(profiles);
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
function ruleFindings(subject, conn, rule) {
    const findings = [];
    if (rule.connType !== undefined) {
        const expected = normalizeConnType(rule.connType.toLowerCase());
        if (conn.connType !== expected)
            findings.push(make(subject, 'error', 'conn-type-mismatch', `conn_type is ${typeof conn.connType === 'string' && conn.connType ? `'${conn.connType}'` : 'empty'}, expected '${expected}'.`, `Start the URI with ${expected.replaceAll('_', '-')}:// or set "conn_type": "${expected}" in the JSON.`));
    }
    const missing = (rule.require ?? []).filter((field) => !pyTruthy(FIELD_GETTERS[field](conn)));
    if (missing.length > 0)
        findings.push(make(subject, 'error', 'field-missing', `Required field${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} empty.`, 'Add the missing parts to the secret.'));
    if (rule.extraKeys && rule.extraKeys.length > 0) {
        const extra = extraDejson(conn);
        const absent = rule.extraKeys.filter((key) => !isPyDict(extra) || !extra.has(key));
        if (absent.length > 0)
            findings.push(make(subject, 'error', 'extra-key-missing', `The extra lacks ${absent.map((key) => `'${key}'`).join(', ')}.`, 'Add the keys to the extra (JSON object, or query parameters of the URI).'));
    }
    return findings;
}
const SAFE_KEY = /^[\w.-]{1,64}$/;
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
        const shown = dropped.filter((key) => SAFE_KEY.test(key));
        const others = dropped.length - shown.length;
        const names = [
            ...shown.map((key) => `'${key}'`),
            ...(others > 0 ? [`${others} other key${others > 1 ? 's' : ''}`] : [])
        ];
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
                finding: make(subject, 'error', 'connection-parse-error', `Airflow raises ${outcome.error.pyClass}: ${sentence(safePyMessage(outcome.error))} ${FALLS_THROUGH}.`, 'Fix the value so it parses; `astro-secrets-gate explain` shows what Airflow builds from it.')
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
        for (const finding of ruleFindings(subject, conn, rule))
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
        ...(parsed && typeof parsed.connType === 'string'
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
    const side = PROFILE_INFO[profile].side;
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
    if (rule.pattern && !rule.pattern.fullmatch(value))
        findings.push(make(subject, 'error', 'variable-pattern-mismatch', `The value does not match the pattern ${rule.pattern.source}.`, 'Update the value, or the pattern in the manifest.'));
    return {
        secretName,
        status: statusFor(findings),
        findings: dedupe(findings),
        masks: []
    };
}

;// CONCATENATED MODULE: ./src/core/findings.ts
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
        profiles = resolveRelease(airflow).profiles;
    }
    catch (error) {
        if (!(error instanceof ReleaseError))
            throw error;
        throw new errors/* InputError */.dz(input.airflowVersion === undefined ? 'manifest' : 'airflow-version', `airflow-version: ${error.message}.`);
    }
    const provider = input.manifest.amazonProvider ?? '9';
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
                lookup: resolveSecretName(settings, kind, item.id),
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
                lookup: resolveSecretName(settings, kind, id)
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
function buildReport(input, plan, reads) {
    const context = {
        settings: plan.settings,
        profiles: plan.profiles,
        via: input.via ?? 'secretsmanager'
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
    const { errors, warnings } = countBySeverity(all);
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
        profiles: plan.profiles,
        mode: input.mode === 'existence' ? 'existence' : 'values',
        failOn: input.failOn,
        valid,
        counts: {
            checked: items.length,
            errors,
            warnings,
            missing: count(['missing', 'skipped']),
            invalid: count(['invalid', 'unreadable'])
        },
        items,
        settingsFindings: plan.settingsFindings,
        backend: secrets_manager_SECRETS_MANAGER_BACKEND,
        backendKwargs: secrets_manager_serializeBackendKwargs(plan.settings.kwargs)
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
    const known = region ?? plan.settings.regionName;
    if (known)
        variables.push(['AWS_DEFAULT_REGION', known]);
    return variables;
}
/** The command that applies the env file to a deployment. */
function astroUpdateCommand(envFile, deploymentId = '<deployment-id>') {
    return `astro deployment variable update --deployment-id ${deploymentId} --load --env ${envFile} --secret`;
}

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

;// CONCATENATED MODULE: ./src/core/aws/inputs.ts
/**
 * Validation of the AWS inputs (role, region, session, retries). Pure: the
 * caller passes the input text and the environment it read.
 */

/** Partitions whose IAM role ARNs are accepted. */
const PARTITIONS = [
    'aws',
    'aws-cn',
    'aws-us-gov',
    'aws-iso',
    'aws-iso-b',
    'aws-iso-e',
    'aws-iso-f',
    'aws-eusc'
];
/**
 * `arn:<partition>:iam::<12-digit account>:role/<path/>name`. IAM paths may
 * hold any printable ASCII but `/` between slashes; names are
 * `[\w+=,.@-]{1,64}`.
 */
const ROLE_ARN_PATTERN = new RegExp(`^arn:(?:${PARTITIONS.join('|')}):iam::\\d{12}:role/(?:[\\x21-\\x2e\\x30-\\x7e]+/)*[\\w+=,.@-]{1,64}$`);
/** AWS region codes: `us-east-1`, `us-gov-west-1`, `cn-north-1`, ... */
const REGION_PATTERN = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;
/** The characters STS allows in a role session name. */
const SESSION_NAME_PATTERN = /^[\w+=,.@-]{2,64}$/;
const DURATION_MIN = 900;
const DURATION_MAX = 43200;
const EXAMPLE_ARN = 'arn:aws:iam::123456789012:role/airflow-secrets-gate';
/** Checks `role-to-assume`; returns the ARN, trimmed. */
function validateRoleArn(input) {
    const arn = input.trim();
    if (ROLE_ARN_PATTERN.test(arn))
        return arn;
    const hint = /^arn:[^:]*:sts::/.test(arn)
        ? ' (that is an assumed-role session ARN; use the IAM role ARN)'
        : /^[\w+=,.@-]+$/.test(arn)
            ? ' (a bare role name is not enough; give the full ARN)'
            : '';
    throw new InputError('role-to-assume', `Input role-to-assume must be an IAM role ARN like ${EXAMPLE_ARN}; got "${arn}"${hint}.`);
}
/**
 * The first candidate that is set (after trimming), checked against
 * REGION_PATTERN. The one region rule of the action and the CLI: they differ
 * only in the candidates they pass. `input` names the setting in errors.
 */
function pickRegion(candidates, input, missing) {
    for (const candidate of candidates) {
        const region = candidate.region?.trim() ?? '';
        if (region === '')
            continue;
        if (!REGION_PATTERN.test(region))
            throw new errors/* InputError */.dz(input, `${candidate.source} is not an AWS region code like us-east-1; got "${region}".`);
        return { region, source: candidate.source };
    }
    throw new errors/* InputError */.dz(input, missing, 'input-missing');
}
/** Replaces characters STS rejects in a session name with `-`. */
function sanitizeSessionName(text) {
    return text.replace(/[^\w+=,.@-]+/g, '-');
}
/**
 * The role session name: the input when given (checked, not rewritten), else
 * `<owner>-<repo>-<run id>[-<attempt>]`, sanitised and cut to 64 characters
 * from the repository side so that the run id survives.
 */
function roleSessionName(input, context) {
    const given = input.trim();
    if (given !== '') {
        if (SESSION_NAME_PATTERN.test(given))
            return given;
        throw new InputError('role-session-name', `Input role-session-name must be 2 to 64 characters from letters, digits and _+=,.@-; got "${given}" (${given.length} characters).`);
    }
    const repository = sanitizeSessionName(context.repository?.trim() ?? '');
    const attempt = context.runAttempt?.trim() ?? '';
    const run = sanitizeSessionName([context.runId?.trim() ?? '', attempt === '1' ? '' : attempt]
        .filter((part) => part !== '')
        .join('-')).slice(0, 40);
    if (repository === '' && run === '')
        return 'astro-secrets-gate';
    if (run === '')
        return repository.slice(0, 64).padEnd(2, '-');
    if (repository === '')
        return `astro-secrets-gate-${run}`.slice(0, 64);
    const room = 64 - run.length - 1;
    return `${repository.slice(0, room)}-${run}`;
}
/** Parses a whole number input within [min, max]; `fallback` when empty. */
function parseIntegerInput(name, input, fallback, min, max) {
    const text = input.trim();
    if (text === '')
        return fallback;
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isSafeInteger(value) && value >= min && value <= max)
        return value;
    // A CLI flag (`--max-concurrency`) is named as typed; an input as `Input x`.
    const flag = name.startsWith('--');
    throw new errors/* InputError */.dz(flag ? name.slice(2) : name, `${flag ? name : `Input ${name}`} must be a whole number from ${min} to ${max}; got "${text}".`);
}
/** `role-duration-seconds`: 900 (the default) to 43200. */
function parseDurationSeconds(input) {
    return parseIntegerInput('role-duration-seconds', input, DURATION_MIN, DURATION_MIN, DURATION_MAX);
}
/** `max-concurrency`: 1 to 64, default 8. */
function parseMaxConcurrency(input, name = 'max-concurrency') {
    return parseIntegerInput(name, input, 8, 1, 64);
}
/** `max-attempts`: 1 to 20, default 5. */
function parseMaxAttempts(input) {
    return parseIntegerInput('max-attempts', input, 5, 1, 20);
}
/** `retry-mode`: `standard` (default) or `adaptive`. */
function parseRetryMode(input) {
    const mode = input.trim().toLowerCase();
    if (mode === '' || mode === 'standard')
        return 'standard';
    if (mode === 'adaptive')
        return 'adaptive';
    throw new InputError('retry-mode', `Input retry-mode must be standard or adaptive; got "${input.trim()}".`);
}
/** `audience`: default `sts.amazonaws.com`; no whitespace or commas. */
function parseAudience(input) {
    const audience = input.trim();
    if (audience === '')
        return 'sts.amazonaws.com';
    if (/^[^\s,]{1,255}$/.test(audience))
        return audience;
    throw new InputError('audience', `Input audience must be one audience such as sts.amazonaws.com; got "${audience}".`);
}

;// CONCATENATED MODULE: ./src/check/aws-reads.ts
/**
 * Reading the planned secrets from AWS: the region, the credentials (GitHub
 * OIDC, the developer's profile chain, or the ambient chain), a Secrets
 * Manager client, then values or existence, all under one deadline.
 */


/**
 * The region the reads go to: the explicit setting, `AWS_REGION`,
 * `AWS_DEFAULT_REGION`, the profile's region (profile chain only), then the
 * backend's `region_name`.
 */
async function chooseRegion(request, env, profile) {
    const candidates = [
        { source: request.explicitSource, region: request.explicit },
        { source: 'AWS_REGION', region: env.AWS_REGION },
        { source: 'AWS_DEFAULT_REGION', region: env.AWS_DEFAULT_REGION }
    ];
    if (profile && candidates.every((c) => (c.region?.trim() ?? '') === '')) {
        const { sdkDefaultRegion } = await Promise.all(/* import() */[__nccwpck_require__.e(562), __nccwpck_require__.e(975), __nccwpck_require__.e(149), __nccwpck_require__.e(520)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4520));
        candidates.push({
            source: `profile ${profile.name ?? 'default'} in the AWS config file`,
            region: await sdkDefaultRegion(profile.name)
        });
    }
    if (request.backendRegion !== null)
        candidates.push({
            source: 'the backend’s region_name',
            region: request.backendRegion
        });
    return pickRegion(candidates, request.input, request.missing);
}
/** Rejects after `ms` with a one-line timeout error; cleared when done. */
function deadline(ms, controller) {
    let timer;
    const promise = new Promise((_resolve, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new errors/* ActionError */.lZ('aws-timeout', `AWS unavailable: no answer within timeout-seconds (${Math.round(ms / 1000)} s); nothing was validated. Run again, or raise timeout-seconds.`));
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
async function credentialsFor(request, region, signal) {
    const { credentials: source, hooks, env } = request;
    if (source.kind === 'oidc') {
        const { assumeRoleWithOidc, exportCredentials } = await Promise.all(/* import() */[__nccwpck_require__.e(562), __nccwpck_require__.e(975), __nccwpck_require__.e(149), __nccwpck_require__.e(411)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8411));
        const role = await assumeRoleWithOidc({
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
    const { assumeRoleFromChain } = await Promise.all(/* import() */[__nccwpck_require__.e(562), __nccwpck_require__.e(975), __nccwpck_require__.e(149), __nccwpck_require__.e(520)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4520));
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
/** Reads every planned secret name; values are masked before they are kept. */
async function readFromAws(request) {
    const { credentials: source, hooks } = request;
    const profile = source.kind === 'chain' ? source.profile : undefined;
    const region = await chooseRegion(request.region, request.env, source.kind === 'chain' ? { name: profile } : undefined);
    if (request.names.length === 0)
        return { region, reads: new Map() };
    hooks.info(`Reading ${request.names.length} secret${request.names.length === 1 ? '' : 's'} from Secrets Manager in ${region.region} (from ${region.source})${profile === undefined ? '' : ` with profile ${profile}`}.`);
    const controller = new AbortController();
    const timer = deadline(request.timeoutSeconds * 1000, controller);
    const work = async () => {
        const credentials = await credentialsFor(request, region.region, controller.signal);
        const aws = await Promise.all(/* import() */[__nccwpck_require__.e(562), __nccwpck_require__.e(975), __nccwpck_require__.e(724)]).then(__nccwpck_require__.bind(__nccwpck_require__, 724));
        const client = aws.createSecretsManagerClient({
            region: region.region,
            env: request.env,
            ...(credentials ? { credentials } : {}),
            ...(profile === undefined || credentials ? {} : { profile }),
            ...(request.maxAttempts === undefined
                ? {}
                : { maxAttempts: request.maxAttempts }),
            ...(request.retryMode === undefined
                ? {}
                : { retryMode: request.retryMode })
        });
        try {
            const reader = await Promise.all(/* import() */[__nccwpck_require__.e(562), __nccwpck_require__.e(898)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6898));
            const common = {
                client,
                maxConcurrency: request.maxConcurrency,
                abortSignal: controller.signal,
                warn: hooks.warn
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
            reads: new Map(results.map((read) => [read.name, read]))
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

// EXTERNAL MODULE: ../../work/main/node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(7207);
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
    warn(line, message) {
        this.errors.push({
            file: this.file,
            line,
            message,
            severity: 'warning',
            fatal: false
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
            load.warn(lineNo, `${key}: the value is wrapped in quotes; Airflow's .env reader keeps them as part of the value`);
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
    const illegal = [...value.keys()].filter((key) => !CONNECTION_KEYS.includes(key));
    if (illegal.length > 0) {
        load.error(line, `${id}: The object have illegal keys: ${illegal.join(', ')}. The dictionary can only contain the following keys: ${pySetRepr(CONNECTION_KEYS)}`, true);
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
        where: (definition) => `${shown(definition.used.source.file)}:${definition.used.source.line}`
    };
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
/** Items the manifest may list in all; a larger one is refused, not parsed slowly. */
const MAX_ITEMS = 20_000;
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
                this.problem(node, `${what} must be a string, not a boolean`);
                return undefined;
            }
        }
        this.problem(node, `${what} must be a string`);
        return undefined;
    }
    bool(node, what) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
            return node.value;
        this.problem(node, `${what} must be true or false`);
        return undefined;
    }
    strings(node, what) {
        if (!(0,dist/* isSeq */.oP)(node)) {
            this.problem(node, `${what} must be a list of strings`);
            return undefined;
        }
        const out = [];
        for (const item of node.items) {
            const value = this.text(item, `each entry of ${what}`);
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
            reader.problem(pair.key, `unknown key '${key}' in ${where}; expected one of ${allowed.join(', ')}`);
    }
}
function connectionRule(reader, id, node) {
    if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return {};
    if (!(0,dist/* isMap */.jh)(node)) {
        reader.problem(node, `connection '${id}' must map to rules ({ conn_type, require, extra_keys, optional }) or {}`);
        return {};
    }
    checkKeys(reader, node, manifest_CONNECTION_KEYS, `connection '${id}'`);
    let rule = {};
    const connType = node.get('conn_type', true);
    if (connType !== undefined) {
        const text = reader.text(connType, `conn_type of '${id}'`);
        if (text !== undefined) {
            if (!/^[A-Za-z][\w+.-]*$/.test(text))
                reader.problem(connType, `conn_type of '${id}' must look like a connection type such as postgres or google_cloud_platform`);
            else
                rule = { ...rule, connType: text };
        }
    }
    const require = node.get('require', true);
    if (require !== undefined) {
        const fields = reader.strings(require, `require of '${id}'`);
        const bad = (fields ?? []).filter((field) => !CONNECTION_FIELDS.includes(field));
        if (bad.length > 0)
            reader.problem(require, `require of '${id}' names unknown field${bad.length > 1 ? 's' : ''} ${bad.join(', ')}; fields are ${CONNECTION_FIELDS.join(', ')}`);
        else if (fields)
            rule = { ...rule, require: fields };
    }
    const extraKeys = node.get('extra_keys', true);
    if (extraKeys !== undefined) {
        const keys = reader.strings(extraKeys, `extra_keys of '${id}'`);
        if (keys)
            rule = { ...rule, extraKeys: keys };
    }
    const optional = node.get('optional', true);
    if (optional !== undefined) {
        const value = reader.bool(optional, `optional of '${id}'`);
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
    checkKeys(reader, node, VARIABLE_KEYS, `variable '${id}'`);
    let rule = {};
    const json = node.get('json', true);
    if (json !== undefined) {
        const value = reader.bool(json, `json of '${id}'`);
        if (value !== undefined)
            rule = { ...rule, json: value };
    }
    const pattern = node.get('pattern', true);
    if (pattern !== undefined) {
        const text = reader.text(pattern, `pattern of '${id}'`);
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
        const value = reader.bool(optional, `optional of '${id}'`);
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
    const add = (keyNode, ruleNode) => {
        const id = reader.text(keyNode, `a ${kind.slice(0, -1)} id`);
        if (id === undefined)
            return;
        if (id.trim() === '') {
            reader.problem(keyNode, `${kind} ids must not be empty`);
            return;
        }
        if (seen.has(id)) {
            reader.problem(keyNode, `duplicate ${kind.slice(0, -1)} id '${id}'`);
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
/** Parses a manifest's text (YAML 1.2; JSON is YAML too). */
function parseManifest(text) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter: lines,
        uniqueKeys: true,
        intAsBigInt: true,
        prettyErrors: false
    });
    const reader = new Reader(lines);
    for (const error of document.errors) {
        // Without prettyErrors the parser leaves linePos unset: use the offset.
        const start = lines.linePos(error.pos[0]);
        reader.problems.push({
            line: start.line,
            column: start.col,
            message: error.message
                .split('\n')[0]
                ?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code
        });
    }
    const empty = { connections: [], variables: [] };
    if (reader.problems.length > 0)
        return { manifest: empty, problems: reader.problems };
    const root = document.contents;
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
                resolveRelease(version);
                manifest = { ...manifest, airflow: version };
            }
            catch (error) {
                if (!(error instanceof ReleaseError))
                    throw error;
                reader.problem(airflow, `airflow: ${error.message}`);
            }
        }
    }
    const provider = root.get('amazon_provider', true);
    if (provider !== undefined) {
        const major = reader.text(provider, 'amazon_provider')?.split('.')[0];
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







const run_check_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Runs the check; throws one-line errors (InputError, AwsCallError, ...). */
async function runCheck(request) {
    const { hooks, source } = request;
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
        hooks.info(`Scanned ${run_check_plural(scan.filesScanned, 'DAG file')}: ${scan.missing.length} ${scan.missing.length === 1 ? 'id' : 'ids'} used but not declared.`);
    const baseInput = {
        manifestPath: manifest.shown,
        manifest: manifest.manifest,
        extraConnections,
        extraVariables,
        ...(request.backendKwargs ? { backendKwargs: request.backendKwargs } : {}),
        ...(request.airflowVersion
            ? { airflowVersion: request.airflowVersion }
            : {}),
        mode: request.mode,
        failOn: request.failOn
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
        ...(local ? loadErrorFindings(local.errors) : []),
        ...undeclaredFindings(scan.missing)
    ];
    const plan = extraFindings.length === 0
        ? planned
        : {
            ...planned,
            settingsFindings: [...planned.settingsFindings, ...extraFindings]
        };
    await hooks.beforeReads?.(plan);
    hooks.info(`Checking ${plan.entries.length} connections and variables (${run_check_plural(plan.names.length, 'secret')}) for Airflow ${plan.airflow} in mode ${request.mode}.`);
    let reads = new Map();
    let region = null;
    if (local) {
        hooks.info(local.files.length === 0
            ? `No local sources found (.env, airflow_settings.yaml, connections.*, variables.*).`
            : `Checking local sources: ${local.shownFiles.join(', ')}.`);
        reads = localReads(plan, local.chosen, request.mode !== 'existence');
    }
    else if (source.kind === 'aws') {
        const backendRegion = plan.settings.regionName ?? null;
        const regionRequest = { ...source.region, backendRegion };
        if (request.mode === 'env-only' || plan.names.length === 0)
            region = await chooseRegion(regionRequest, request.env).catch((error) => {
                // Nothing is read: a region is only needed for the env file.
                if (error instanceof errors/* InputError */.dz && error.code === 'input-missing')
                    return null;
                throw error;
            });
        else {
            const aws = await hooks.group(`Reading ${run_check_plural(plan.names.length, 'secret')} from AWS Secrets Manager`, () => readFromAws({
                names: plan.names,
                mode: request.mode === 'existence' ? 'existence' : 'values',
                region: regionRequest,
                credentials: source.credentials,
                maxConcurrency: source.maxConcurrency,
                maxAttempts: source.maxAttempts,
                retryMode: source.retryMode,
                timeoutSeconds: request.timeoutSeconds,
                env: request.env,
                hooks
            }));
            reads = aws.reads;
            region = aws.region;
        }
    }
    const result = buildReport(input, plan, reads);
    // Everything derived from a value is masked before anything is shown.
    for (const secret of result.masks)
        hooks.mask(secret);
    return {
        manifest,
        input,
        plan,
        result,
        undeclared: scan.missing,
        region,
        local
    };
}

;// CONCATENATED MODULE: ./src/cli/io.ts
/** Exit codes shared by every command. */
const EXIT = { ok: 0, findings: 1, usage: 2 };

;// CONCATENATED MODULE: ./src/cli/style.ts
/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
function useColor(io) {
    const noColor = io.env['NO_COLOR'];
    return io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}
const sgr = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text) => text;
/** ANSI styles when colour is on, identity functions otherwise. */
function painter(color) {
    if (!color)
        return {
            bold: plain,
            dim: plain,
            red: plain,
            yellow: plain,
            green: plain,
            cyan: plain
        };
    return {
        bold: sgr(1, 22),
        dim: sgr(2, 22),
        red: sgr(31, 39),
        yellow: sgr(33, 39),
        green: sgr(32, 39),
        cyan: sgr(36, 39)
    };
}
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
/** The width a string takes on a terminal, ignoring colour codes. */
function visibleWidth(text) {
    return Array.from(text.replace(ANSI, '')).length;
}
/**
 * A plain-text table: a header row, a rule, then the rows, each column padded
 * to its widest cell. Cells may carry colour codes.
 */
function renderTable(headers, rows, paint = painter(false)) {
    const widths = headers.map((header, column) => Math.max(visibleWidth(header), ...rows.map((row) => visibleWidth(row[column] ?? ''))));
    const line = (cells) => cells
        .map((cell, column) => {
        const pad = (widths[column] ?? 0) - visibleWidth(cell);
        return column === cells.length - 1 ? cell : cell + ' '.repeat(pad);
    })
        .join('  ')
        .trimEnd();
    return [
        paint.bold(line(headers)),
        widths.map((width) => '-'.repeat(width)).join('  '),
        ...rows.map(line)
    ]
        .map((text) => text + '\n')
        .join('');
}
/** JSON as `--json` prints it: two-space indent, bigints as numbers. */
function toJson(value) {
    return (JSON.stringify(value, (_key, item) => {
        if (typeof item === 'bigint')
            return Number(item);
        if (item instanceof Set)
            return [...item];
        if (item instanceof Map)
            return Object.fromEntries(item);
        return item;
    }, 2) + '\n');
}
/** Writes `--json` output to stdout. */
function writeJson(io, value) {
    io.stdout.write(toJson(value));
}

;// CONCATENATED MODULE: ./src/cli/report-text.ts

const STATUS_TEXT = {
    valid: 'ok',
    warning: 'warning',
    invalid: 'invalid',
    missing: 'missing',
    unreadable: 'unreadable',
    skipped: 'not looked up'
};
function paintStatus(paint, status) {
    const text = STATUS_TEXT[status];
    if (status === 'valid')
        return paint.green(text);
    if (status === 'warning' || status === 'skipped')
        return paint.yellow(text);
    return paint.red(text);
}
function severityText(paint, finding) {
    return finding.severity === 'error'
        ? paint.red('error')
        : paint.yellow('warning');
}
/** The first sentence of a message, cut to fit a terminal row. */
function shorten(message, max = 90) {
    const sentence = /^.*?[.;](?=\s|$)/.exec(message)?.[0] ?? message;
    return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1)}…`;
}
/** The report as a table, the findings with their fixes, and the verdict. */
function renderText(io, rendered) {
    const paint = painter(useColor(io));
    const { report } = rendered;
    const lines = [...rendered.notes];
    for (const finding of report.settingsFindings) {
        const at = finding.kind === 'config'
            ? finding.id
            : (rendered.undeclaredAt.get(`${finding.kind}\u0000${finding.id}`) ??
                finding.id);
        lines.push(`${at}: ${severityText(paint, finding)}: ${finding.message}`);
    }
    if (lines.length > 0)
        lines.push('');
    const out = lines.map((line) => `${line}\n`).join('');
    const table = report.items.length === 0
        ? 'The manifest lists no connections or variables.\n'
        : renderTable(['KIND', 'ID', 'STATUS', 'SOURCE', 'FINDING'], report.items.map((item) => {
            const first = item.findings[0];
            const more = item.findings.length > 1
                ? paint.dim(` (+${item.findings.length - 1} more)`)
                : '';
            return [
                item.kind,
                item.id,
                paintStatus(paint, item.status),
                rendered.where(item),
                first ? `${shorten(first.message)}${more}` : ''
            ];
        }), paint);
    const fixes = [];
    for (const item of report.items)
        for (const finding of item.findings)
            fixes.push(`  ${item.kind} ${item.id}: ${severityText(paint, finding)}: ${finding.message}${finding.hint ? `\n    fix: ${finding.hint}` : ''}`);
    for (const finding of report.settingsFindings)
        if (finding.hint)
            fixes.push(`  ${finding.kind} ${finding.id}: fix: ${finding.hint}`);
    const fixText = fixes.length > 0
        ? `\n${paint.bold('Findings and fixes:')}\n${fixes.join('\n')}\n`
        : '';
    const { counts } = report;
    const verdict = report.valid
        ? paint.green(`Pass (fail-on: ${rendered.failOn})`)
        : paint.red(`Fail (fail-on: ${rendered.failOn})`);
    const summary = `\n${verdict}: ${counts.checked} checked from ${rendered.source === 'aws' ? 'AWS Secrets Manager' : 'local files'}, ${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}, ${counts.missing} missing.\n`;
    return out + table + fixText + summary;
}

;// CONCATENATED MODULE: ./src/cli/check.ts
/**
 * `astro-secrets-gate check`: arguments → the shared check pipeline (AWS or
 * the local project) → a table or JSON on stdout, values redacted.
 */












/** Masks shorter than this are not redacted from output (too common). */
const MIN_MASK = 4;
const checkSpec = {
    name: 'check',
    summary: 'Validate the manifest’s connections and variables in AWS or local files',
    description: [
        'Reads the manifest (airflow-secrets.yml) and checks every connection and',
        'variable exactly as Airflow parses it. --source aws (default) reads',
        'Secrets Manager with the default AWS credential chain (--profile,',
        'AWS_PROFILE, SSO, ~/.aws/config and ~/.aws/credentials) or assumes',
        '--role-arn first. --source local checks the project’s .env',
        '(AIRFLOW_CONN_*, AIRFLOW_VAR_*), airflow_settings.yaml and',
        'LocalFilesystemBackend files (connections.*/variables.* in the project',
        'or include/) without any cloud access. Values are never printed.',
        '',
        'Exit codes: 0 clean, 1 findings at --fail-on, 2 usage or configuration',
        'error (bad manifest, no region, unreadable files). --debug (before or',
        'after the command) adds stack traces to unexpected errors.'
    ].join('\n'),
    options: {
        manifest: {
            type: 'string',
            short: 'm',
            value: '<file>',
            description: 'Manifest (default: airflow-secrets.yml, .yaml or .json in --project)'
        },
        source: {
            type: 'string',
            value: '<source>',
            description: 'Where the values are (default: aws)',
            choices: ['aws', 'local']
        },
        project: {
            type: 'string',
            value: '<dir>',
            description: 'Astro project folder (default: the current folder)'
        },
        profile: {
            type: 'string',
            value: '<name>',
            description: 'AWS profile from ~/.aws (default: AWS_PROFILE)'
        },
        region: {
            type: 'string',
            value: '<region>',
            description: 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile’s region, then the backend’s region_name)'
        },
        'role-arn': {
            type: 'string',
            value: '<arn>',
            description: 'Assume this IAM role (STS AssumeRole) before reading'
        },
        airflow: {
            type: 'string',
            value: '<version>',
            description: 'Airflow version (default: the manifest’s, else 3)',
            choices: ['2', '3.0', '3']
        },
        mode: {
            type: 'string',
            value: '<mode>',
            description: 'Parse values, or only check that they exist',
            choices: ['values', 'existence']
        },
        'fail-on': {
            type: 'string',
            value: '<level>',
            description: 'Exit 1 on findings at this level (default: error)',
            choices: ['error', 'warning', 'never']
        },
        discover: {
            type: 'string',
            value: '[dags-dir]',
            description: 'Also warn about ids the DAG code uses that the manifest lacks (default folder: <project>/dags)'
        },
        json: { type: 'boolean', description: 'Print the report as JSON' },
        'max-concurrency': {
            type: 'string',
            value: '<n>',
            description: 'Most AWS requests in flight (default: 8)'
        },
        'timeout-seconds': {
            type: 'string',
            value: '<n>',
            description: 'Most time for the AWS part of the check (default: 120)'
        }
    },
    examples: [
        `${BIN} check --source local --project examples/astro-project --discover`,
        `${BIN} check --profile dev`,
        `AWS_PROFILE=dev ${BIN} check --region eu-west-1 --fail-on warning`,
        `${BIN} check --role-arn arn:aws:iam::123456789012:role/airflow-reader`,
        `${BIN} check --source local --json | jq '.items[] | select(.status != "valid")'`
    ]
};
/** `--discover` takes an optional value: give it an empty one when absent. */
function normaliseArgs(args) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (arg === '--') {
            out.push(...args.slice(i));
            break;
        }
        if (arg !== '--discover') {
            out.push(arg);
            continue;
        }
        const next = args[i + 1];
        if (next !== undefined && !next.startsWith('-')) {
            out.push(`--discover=${next}`);
            i++;
        }
        else
            out.push('--discover=');
    }
    return out;
}
const nonEmpty = (value) => value === undefined || value.trim() === '' ? undefined : value.trim();
/** A role session name for a developer: `astro-secrets-gate-<user>`. */
function developerSessionName(env) {
    let user = 'user';
    try {
        user = env['USER'] ?? (0,external_node_os_.userInfo)().username;
    }
    catch {
        // No passwd entry: keep the generic name.
    }
    return sanitizeSessionName(`${BIN}-${user}`).slice(0, 64);
}
/** Where the values come from, from the flags. */
function checkSource(values, io, project) {
    if (values.source === 'local') {
        for (const name of ['profile', 'region', 'role-arn'])
            if (values[name] !== undefined)
                throw new errors/* InputError */.dz(name, `--${name} applies to --source aws only; --source local reads no AWS`);
        return { kind: 'local', project };
    }
    const roleArn = nonEmpty(values['role-arn']);
    if (roleArn !== undefined && !ROLE_ARN_PATTERN.test(roleArn))
        throw new errors/* InputError */.dz('role-arn', `--role-arn must be an IAM role ARN like arn:aws:iam::123456789012:role/airflow-reader; got "${roleArn}"`);
    const profile = nonEmpty(values.profile) ?? nonEmpty(io.env['AWS_PROFILE']);
    return {
        kind: 'aws',
        region: {
            explicit: values.region ?? '',
            explicitSource: '--region',
            input: 'region',
            backendRegion: null,
            missing: `no AWS region: pass --region, set AWS_REGION, or set region in the ${profile ?? 'default'} profile (aws configure set region us-east-1${profile === undefined ? '' : ` --profile ${profile}`})`
        },
        credentials: {
            kind: 'chain',
            profile,
            roleArn,
            sessionName: developerSessionName(io.env)
        },
        maxConcurrency: parseMaxConcurrency(values['max-concurrency'] ?? '', '--max-concurrency')
    };
}
/** The report as JSON, with the local files and definitions when local. */
function jsonText(run, values, where) {
    const report = run.local
        ? localizeReport(run.result.report)
        : run.result.report;
    const local = run.local;
    const extra = local
        ? {
            localFiles: local.shownFiles,
            loadErrors: local.errors,
            definitions: [...local.chosen.values()].map((d) => ({
                kind: d.used.kind,
                id: d.used.id,
                format: d.used.format,
                source: where(d.used),
                shadowed: d.shadowed.map((s) => `${s.source.file}:${s.source.line}`)
            }))
        }
        : {};
    return toJson({
        ...report,
        source: local ? 'local' : 'aws',
        ...extra,
        ...(values.discover === undefined
            ? {}
            : {
                undeclared: run.undeclared.map((item) => ({
                    kind: item.kind,
                    id: item.id,
                    uses: item.uses
                }))
            })
    });
}
/** `astro-secrets-gate check`. */
const checkCommand = async (args, io) => {
    const parsed = parseCommandArgs(checkSpec, normaliseArgs(args));
    if (parsed.help) {
        io.stdout.write(formatCommandHelp(checkSpec));
        return EXIT.ok;
    }
    const values = parsed.values;
    const failOn = (values['fail-on'] ?? 'error');
    const project = (0,external_node_path_.resolve)(io.cwd, values.project ?? '.');
    const projectInfo = await (0,promises_.stat)(project).catch(() => undefined);
    if (!projectInfo?.isDirectory())
        throw new errors/* InputError */.dz('project', `no project folder at ${values.project ?? '.'}; pass --project <dir>`);
    const source = checkSource(values, io, project);
    const timeoutSeconds = parseIntegerInput('--timeout-seconds', values['timeout-seconds'] ?? '', 120, 1, 3600);
    const recorded = new Set();
    const mask = (value) => {
        if (value.length >= MIN_MASK)
            recorded.add(value);
    };
    const notes = [];
    const run = await runCheck({
        manifest: {
            given: values.manifest,
            folder: project,
            cwd: io.cwd,
            label: 'manifest',
            missingHint: `pass --manifest, or create one (${BIN} discover --write lists what the DAGs use)`,
            optional: false
        },
        airflowVersion: values.airflow,
        mode: values.mode === 'existence' ? 'existence' : 'values',
        failOn,
        dags: {
            folder: values.discover === undefined
                ? null
                : values.discover === ''
                    ? (0,external_node_path_.resolve)(project, 'dags')
                    : (0,external_node_path_.resolve)(io.cwd, values.discover),
            required: values.discover !== undefined,
            base: io.cwd
        },
        source,
        timeoutSeconds,
        env: io.env,
        hooks: {
            info: (line) => notes.push(line),
            warn: (line) => notes.push(`warning: ${line}`),
            mask,
            group: (_name, phase) => phase(),
            onManifestProblems: (problems, shown) => {
                for (const problem of problems)
                    io.stderr.write(`${shown}:${problem.line}:${problem.column}: ${problem.message}\n`);
            }
        }
    });
    const local = run.local;
    const where = (item) => {
        if (!local)
            return (run.result.report.items.find((other) => other.kind === item.kind && other.id === item.id)?.secretName ?? '-');
        const definition = localDefinition(local.chosen, item.kind, item.id);
        return definition ? local.where(definition) : '-';
    };
    const undeclaredAt = new Map();
    for (const item of run.undeclared) {
        const first = item.uses[0];
        if (first)
            undeclaredAt.set(`${item.kind}\u0000${item.id}`, `${first.file}:${first.line}`);
    }
    const report = local ? localizeReport(run.result.report) : run.result.report;
    const text = values.json === true
        ? jsonText(run, values, where)
        : renderText(io, {
            report,
            source: local ? 'local' : 'aws',
            where,
            notes,
            failOn,
            undeclaredAt
        });
    io.stdout.write(redact(text, [...recorded]));
    return report.valid ? EXIT.ok : EXIT.findings;
};

;// CONCATENATED MODULE: ./src/core/gate/manifest-edit.ts
/**
 * The minimal view of the manifest that `discover` needs: the ids under
 * `connections` and `variables` (a map keyed by id, or a list of ids), and a
 * comment- and order-preserving way to add ids to it.
 */


const SECTIONS = ['connections', 'variables'];
function manifest_edit_parseManifest(text, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const error = doc.errors[0];
    if (error) {
        const line = error.linePos?.[0].line ?? 1;
        throw new errors/* InputError */.dz('manifest', `${file}:${line}: the manifest is not valid YAML (${error.code}); fix the syntax and retry`, 'manifest-invalid');
    }
    if (doc.contents !== null && !(0,dist/* isMap */.jh)(doc.contents))
        throw new errors/* InputError */.dz('manifest', `${file}: the manifest must be a YAML mapping with 'connections' and 'variables' keys`, 'manifest-invalid');
    return doc;
}
function sectionIds(doc, section, file) {
    const node = doc.get(section, true);
    const ids = new Set();
    if (node === undefined || node === null)
        return ids;
    if ((0,dist/* isScalar */.jn)(node) && (node.value === null || node.value === ''))
        return ids;
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items)
            if ((0,dist/* isScalar */.jn)(pair.key))
                ids.add(String(pair.key.value));
        return ids;
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            if ((0,dist/* isScalar */.jn)(item))
                ids.add(String(item.value));
            else if ((0,dist/* isMap */.jh)(item)) {
                const id = item.get('id') ?? item.get('conn_id') ?? item.get('key');
                if (typeof id === 'string')
                    ids.add(id);
            }
        return ids;
    }
    throw new errors/* InputError */.dz('manifest', `${file}: '${section}' must be a map of ids or a list of ids`, 'manifest-invalid');
}
/** The connection ids and variable keys a manifest declares. */
function readDeclaredIds(text, file = 'manifest') {
    const doc = manifest_edit_parseManifest(text, file);
    return {
        connections: sectionIds(doc, 'connections', file),
        variables: sectionIds(doc, 'variables', file)
    };
}
/**
 * Adds ids to the manifest text, keeping its comments, order and style. In a
 * map section a connection gets `{}` and a JSON variable `{ json: true }`; in
 * a list section the id is appended. Ids already present are left alone.
 */
function addIdsToManifest(text, ids, file = 'manifest') {
    const doc = manifest_edit_parseManifest(text, file);
    if (doc.contents === null)
        doc.contents = doc.createNode({});
    for (const section of SECTIONS) {
        const wanted = ids.filter((item) => `${item.kind}s` === section);
        if (wanted.length === 0)
            continue;
        const present = sectionIds(doc, section, file);
        let node = doc.get(section, true);
        if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node)) {
            node = new dist/* YAMLMap */.CA();
            doc.set(section, node);
        }
        for (const item of wanted) {
            if (present.has(item.id))
                continue;
            present.add(item.id);
            if (node instanceof dist/* YAMLSeq */.Rw)
                node.add(doc.createNode(item.id));
            else if (node instanceof dist/* YAMLMap */.CA) {
                const value = doc.createNode(item.json ? { json: true } : {});
                value.flow = true;
                node.set(doc.createNode(item.id), value);
            }
        }
    }
    return doc.toString();
}
/**
 * The Airflow major version and the `backend` prefixes and region a
 * manifest names; anything absent or not a string is left out.
 */
function readBackendDefaults(text, file = 'manifest') {
    const doc = manifest_edit_parseManifest(text, file);
    const read = (path) => {
        const value = doc.getIn(path);
        return typeof value === 'string' && value !== ''
            ? value
            : typeof value === 'number'
                ? String(value)
                : undefined;
    };
    const airflow = read(['airflow'])?.trim().charAt(0);
    const connectionsPrefix = read(['backend', 'connections_prefix']);
    const variablesPrefix = read(['backend', 'variables_prefix']);
    const region = read(['backend', 'region_name']);
    return {
        ...(airflow === '2' || airflow === '3' ? { airflowMajor: airflow } : {}),
        ...(connectionsPrefix === undefined ? {} : { connectionsPrefix }),
        ...(variablesPrefix === undefined ? {} : { variablesPrefix }),
        ...(region === undefined ? {} : { region })
    };
}

;// CONCATENATED MODULE: ./src/cli/discover.ts









const discoverSpec = {
    name: 'discover',
    summary: 'Find the connection ids and variable keys your DAG code uses',
    description: [
        'Scans Python files for conn_id= and *_conn_id= arguments,',
        'BaseHook.get_connection, Connection.get, Variable.get, and Jinja',
        'templates ({{ var.value.x }}, {{ var.json.x }}, {{ conn.x }}) in Python',
        'strings and template files. Ids computed at run time are listed as',
        'dynamic, not checked. Exits 1 when the manifest lacks a used id',
        '(unless --write adds them), 0 otherwise.'
    ].join('\n'),
    options: {
        manifest: {
            type: 'string',
            short: 'm',
            value: '<file>',
            description: 'Manifest to compare with (default: airflow-secrets.yml)'
        },
        write: {
            type: 'boolean',
            description: 'Add the missing ids to the manifest, keeping its comments'
        },
        json: { type: 'boolean', description: 'Print the result as JSON' }
    },
    positionals: [
        {
            name: 'dags-folder',
            description: 'Folder (or file) to scan (default: dags)',
            optional: true
        }
    ],
    examples: [
        `${BIN} discover`,
        `${BIN} discover dags/ --manifest airflow-secrets.yml`,
        `${BIN} discover dags/ --write`,
        `${BIN} discover --json | jq '.missing[].id'`
    ]
};
const usesText = (item) => {
    const first = item.uses[0];
    if (!first)
        return '';
    const more = item.uses.length > 1 ? ` (+${item.uses.length - 1} more)` : '';
    return `${first.file}:${first.line}${more}`;
};
/** `astro-secrets-gate discover [dags-folder]`. */
const discoverCommand = async (args, io) => {
    const parsed = parseCommandArgs(discoverSpec, args);
    if (parsed.help) {
        io.stdout.write(formatCommandHelp(discoverSpec));
        return EXIT.ok;
    }
    const folderArg = parsed.positionals[0] ?? 'dags';
    const manifestArg = parsed.values.manifest ?? DEFAULT_MANIFEST;
    const manifestPath = (0,external_node_path_.resolve)(io.cwd, manifestArg);
    const manifestText = await (0,promises_.readFile)(manifestPath, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    const declared = manifestText === undefined
        ? { connections: new Set(), variables: new Set() }
        : readDeclaredIds(manifestText, manifestArg);
    const files = await readDagFiles((0,external_node_path_.resolve)(io.cwd, folderArg), io.cwd);
    const result = discover(files, declared);
    let written = false;
    if (parsed.values.write === true && result.missing.length > 0) {
        const updated = addIdsToManifest(manifestText ?? 'connections: {}\nvariables: {}\n', result.missing);
        await (0,promises_.writeFile)(manifestPath, updated);
        written = true;
    }
    if (parsed.values.json === true) {
        writeJson(io, {
            folder: folderArg,
            manifest: manifestText === undefined ? null : manifestArg,
            filesScanned: result.filesScanned,
            items: result.items,
            missing: result.missing.map(({ kind, id, json }) => ({ kind, id, json })),
            dynamic: result.dynamic,
            written
        });
    }
    else {
        const paint = painter(useColor(io));
        if (result.items.length > 0)
            io.stdout.write(renderTable(['KIND', 'ID', 'MANIFEST', 'USED AT'], result.items.map((item) => [
                item.kind + (item.json ? ' (json)' : ''),
                item.id,
                item.declared
                    ? paint.green('declared')
                    : written
                        ? paint.yellow('added')
                        : paint.red('missing'),
                usesText(item)
            ]), paint));
        for (const ref of result.dynamic)
            io.stdout.write(paint.dim(`info: ${ref.file}:${ref.line}: ${ref.kind} id from ${ref.via} ${ref.expression} is dynamic, not checked\n`));
        const connections = result.items.filter((i) => i.kind === 'connection');
        const summary = `${connections.length} connection(s) and ${result.items.length - connections.length} variable(s) in ${result.filesScanned} file(s)`;
        if (manifestText === undefined && !written)
            io.stdout.write(`${summary}; no manifest at ${manifestArg} (run with --write to create it)\n`);
        else if (result.missing.length === 0)
            io.stdout.write(`${summary}; all declared in ${manifestArg}\n`);
        else if (written)
            io.stdout.write(`${summary}; added ${result.missing.length} to ${manifestArg}\n`);
        else
            io.stdout.write(`${summary}; ${result.missing.length} missing from ${manifestArg} (add them, or run with --write)\n`);
    }
    return result.missing.length > 0 && !written ? EXIT.findings : EXIT.ok;
};

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/core/render/explain.ts
/**
 * `explain`: what Airflow builds from one value, per release profile. This
 * is how users debug a secret and how the parser is checked against Airflow
 * at scale (one JSON object per line in, one per line out).
 */










/** The default release of an explain line: the newest, in tasks. */
const DEFAULT_RELEASE = '3';
/**
 * The profile a line names: `airflow` (a release) with `component`, or a
 * `profile` id or earlier alias (`af2`, `af3_core30`).
 */
function explainProfile(airflow, component, profile) {
    if (component !== undefined && component !== 'task' && component !== 'server')
        throw new Error('"component" must be "task" or "server"');
    const side = component ?? 'task';
    try {
        if (airflow !== undefined)
            return profileFor(airflow, side);
        if (profile !== undefined) {
            const { profiles } = resolveRelease(profile);
            return profiles.length === 1 && profiles[0] !== undefined
                ? profiles[0]
                : profileFor(profile, side);
        }
        return profileFor(DEFAULT_RELEASE, side);
    }
    catch (error) {
        if (error instanceof ReleaseError)
            throw new Error(`${airflow !== undefined ? '"airflow"' : '"profile"'}: ${error.message}`, { cause: error });
        throw error;
    }
}
const MASK = '***';
/** Reads one `--jsonl` line; throws Error with a one-line reason. */
function parseExplainInput(line) {
    let parsed;
    try {
        parsed = pyJsonLoads(line);
    }
    catch (error) {
        throw new Error(`not a JSON object (${error instanceof Error ? error.message : 'invalid'})`, { cause: error });
    }
    if (!isPyDict(parsed))
        throw new Error(`expected a JSON object, got ${pyTypeName(parsed)}`);
    const text = (key, fallback) => {
        const value = parsed.get(key);
        if (value === undefined || value === null) {
            if (fallback === undefined)
                throw new Error(`"${key}" is required`);
            return fallback;
        }
        if (typeof value !== 'string')
            throw new Error(`"${key}" must be a string`);
        return value;
    };
    const optional = (key) => parsed.get(key) === undefined || parsed.get(key) === null
        ? undefined
        : text(key);
    const flag = (key) => {
        const value = parsed.get(key) ?? false;
        if (typeof value !== 'boolean')
            throw new Error(`"${key}" must be true or false`);
        return value;
    };
    const kind = text('kind');
    if (kind !== 'connection' && kind !== 'variable')
        throw new Error('"kind" must be "connection" or "variable"');
    const profile = explainProfile(optional('airflow'), optional('component'), optional('profile'));
    const via = text('via', 'secretsmanager');
    if (via !== 'secretsmanager' && via !== 'env' && via !== 'direct')
        throw new Error('"via" must be "secretsmanager", "env" or "direct"');
    const providerText = text('amazon_provider', NEWEST_PROVIDER);
    const provider = parseProviderVersion(providerText);
    if (!provider)
        throw new Error('"amazon_provider" must be a provider version such as "9.0", "9.28" or "9.39" ("8" for the provider before 9.0)');
    const storedAs = optional('stored_as');
    return {
        kind,
        value: text('value'),
        id: text('id', 'test_id'),
        backendKwargs: parsed.get('backend_kwargs') ?? new Map(),
        profile,
        via,
        deserializeJson: flag('deserialize_json'),
        provider,
        teamName: optional('team_name') ?? null,
        multiTeam: flag('multi_team'),
        ...(storedAs === undefined ? {} : { storedAs })
    };
}
/** The scope of a lookup: `team_name` reaches the backend from Airflow 3.2. */
function scopeOf(input) {
    return {
        line: input.provider.line,
        teamName: PROFILE_INFO[input.profile].teams ? input.teamName : null,
        multiTeam: input.multiTeam
    };
}
/**
 * The name the backend finds the value under: the first name asked for
 * that exists (`stored_as`, or every name). Not found: the last name asked.
 */
function findName(names, storedAs) {
    const hit = storedAs === undefined ? names[0] : names.find((name) => name === storedAs);
    if (hit !== undefined)
        return { found: true, name: hit };
    return { found: false, name: names[names.length - 1] ?? null };
}
const notFound = (secretName) => new Map([
    ['found', false],
    ['secret_name', secretName]
]);
/** `type(e).__name__` of the exception Airflow raises. */
function pyClassName(error) {
    return error.pyClass.split('.').pop() ?? error.pyClass;
}
function errorResult(secretName, error, reveal) {
    return new Map([
        ['found', true],
        ['secret_name', secretName],
        ['error', pyClassName(error)],
        ['message', reveal ? error.message : safePyMessage(error)]
    ]);
}
/** Masks the values of sensitive keys, recursively, as Airflow's masker does. */
function maskExtra(value) {
    if (isPyDict(value)) {
        const out = new Map();
        for (const [key, item] of value)
            out.set(key, isSensitiveKey(key) && item !== null ? MASK : maskExtra(item));
        return out;
    }
    if (Array.isArray(value))
        return value.map(maskExtra);
    return value;
}
/** The connection as shown: password and sensitive extras masked unless revealed. */
function shownConnection(conn, reveal) {
    if (reveal)
        return conn;
    const dejson = extraDejson(conn);
    const maskedExtra = conn.extra !== null && isPyDict(dejson) && dejson.size > 0
        ? pyJsonDumps(maskExtra(dejson))
        : conn.extra;
    return {
        ...conn,
        password: typeof conn.password === 'string' && conn.password !== ''
            ? MASK
            : conn.password,
        extra: maskedExtra
    };
}
function connectionResult(secretName, conn, reveal) {
    const shown = shownConnection(conn, reveal);
    const result = new Map([
        ['found', true],
        ['secret_name', secretName],
        ['conn_type', shown.connType],
        ['host', shown.host],
        ['login', shown.login],
        ['password', shown.password],
        ['schema', shown.schema],
        ['port', shown.port],
        ['extra', shown.extra],
        [
            'extra_dejson',
            pyJsonDumps(extraDejson(shown), { separators: [',', ':'] })
        ]
    ]);
    try {
        result.set('uri', getUri(shown));
    }
    catch (error) {
        if (!(error instanceof errors_PyError))
            throw error;
        result.set('uri', null);
        result.set('uri_error', pyClassName(error));
    }
    return result;
}
const explain_PATTERN_KWARG = {
    connection: 'connections_lookup_pattern',
    variable: 'variables_lookup_pattern'
};
/**
 * What `re.match(pattern, id, re.IGNORECASE)` raises in `_get_secret` when
 * the lookup pattern is not usable: re.error for an invalid pattern,
 * TypeError for a truthy non-string. Airflow raises it on every lookup.
 */
function lookupPatternError(kwargs, kind) {
    if (!isPyDict(kwargs))
        return null;
    const pattern = kwargs.get(explain_PATTERN_KWARG[kind]) ?? null;
    if (typeof pattern !== 'string') {
        if (pattern === null || !pyTruthy(pattern))
            return null;
        return new errors_PyError('TypeError', 'first argument must be string or compiled pattern');
    }
    if (pattern === '')
        return null;
    try {
        compilePyRegex(pattern, { ignoreCase: true });
    }
    catch (error) {
        if (error instanceof errors_PyError)
            return error;
        // Valid Python that cannot be evaluated faithfully here: say so rather
        // than guess whether Airflow would look the id up.
        if (error instanceof PyRegexUnsupportedError)
            return new errors_PyError('UnsupportedLookupPattern', `${explain_PATTERN_KWARG[kind]} ${error.message}`);
        throw error;
    }
    return null;
}
function explainConnection(input, settings, reveal) {
    let secretName = null;
    try {
        if (input.via !== 'secretsmanager') {
            const built = buildConnection(input.value, { via: input.via }, input.profile, input.id);
            return built.found
                ? connectionResult(null, built.conn, reveal)
                : notFound(null);
        }
        if (!settings)
            throw new errors_PyError('TypeError', 'invalid backend_kwargs');
        const lookup = resolveSecretNames(settings, 'connection', input.id, scopeOf(input));
        if ('skipped' in lookup && lookup.skipped === 'ambiguous-id')
            return notFound(null);
        const patternError = settings.prefixes.connection === null
            ? null
            : lookupPatternError(input.backendKwargs, 'connection');
        if (patternError)
            throw patternError;
        if (!('names' in lookup))
            return notFound(null);
        const hit = findName(lookup.names, input.storedAs);
        secretName = hit.name;
        // get_connection: an empty value is "not found" in this backend.
        if (!hit.found || input.value === '')
            return notFound(secretName);
        const built = buildConnection(input.value, { via: 'secretsmanager', settings }, input.profile, input.id);
        return built.found
            ? connectionResult(secretName, built.conn, reveal)
            : notFound(secretName);
    }
    catch (error) {
        if (error instanceof errors_PyError)
            return errorResult(secretName, error, reveal);
        throw error;
    }
}
function explainVariable(input, settings, reveal) {
    let secretName = null;
    if (input.via === 'secretsmanager') {
        if (!settings)
            return errorResult(null, new errors_PyError('TypeError', 'invalid backend_kwargs'), reveal);
        const lookup = resolveSecretNames(settings, 'variable', input.id, scopeOf(input));
        if ('skipped' in lookup && lookup.skipped === 'ambiguous-id')
            return notFound(null);
        const patternError = settings.prefixes.variable === null
            ? null
            : lookupPatternError(input.backendKwargs, 'variable');
        if (patternError)
            return errorResult(null, patternError, reveal);
        if (!('names' in lookup))
            return notFound(null);
        const hit = findName(lookup.names, input.storedAs);
        secretName = hit.name;
        if (!hit.found)
            return notFound(secretName);
    }
    else if (input.via === 'env' && input.value === '')
        return notFound(null);
    const hidden = !reveal && isSensitiveKey(input.id);
    const result = new Map([
        ['found', true],
        ['secret_name', secretName],
        ['value', hidden ? MASK : input.value]
    ]);
    if (input.deserializeJson) {
        try {
            const parsed = pyJsonLoads(input.value);
            result.set('json_type', pyTypeName(parsed));
        }
        catch (error) {
            if (!(error instanceof errors_PyError))
                throw error;
            result.set('json_type', null);
            result.set('json_error', `${pyClassName(error)}: ${error.message}`);
        }
    }
    return result;
}
/** What Airflow makes of one input, as an ordered dict ready for json.dumps. */
function explain(input, options) {
    let settings = null;
    if (input.via === 'secretsmanager') {
        const parsed = parseBackendKwargs(input.backendKwargs, input.provider.kwargs);
        settings = parsed.settings;
        if (!settings) {
            const first = parsed.findings.find((finding) => finding.severity === 'error');
            return errorResult(null, new errors_PyError('TypeError', first?.message ?? 'invalid backend_kwargs'), true);
        }
    }
    return input.kind === 'connection'
        ? explainConnection(input, settings, options.reveal)
        : explainVariable(input, settings, options.reveal);
}
/**
 * Python floats JSON cannot carry: NaN and ±Infinity become
 * `{"$float": "nan" | "inf" | "-inf"}`, so every line is strict JSON.
 * Integers stay exact (digits, however many).
 */
function strictJson(value) {
    if (typeof value === 'number' && !Number.isFinite(value))
        return new Map([
            ['$float', Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf']
        ]);
    if (Array.isArray(value))
        return value.map(strictJson);
    if (isPyDict(value))
        return new Map([...value].map(([key, item]) => [key, strictJson(item)]));
    return value;
}
/** One output line: compact, strict JSON, ASCII only. */
function formatExplainLine(result) {
    return pyJsonDumps(strictJson(result), { separators: [',', ':'] });
}

;// CONCATENATED MODULE: ./src/cli/explain.ts








const EXPLAIN_HELP = `Usage: astro-secrets-gate explain [options] < value

Shows what Airflow builds from a connection or variable value, for each
Airflow release. Releases that build the same thing are shown together.
Passwords and sensitive extra values print as *** unless --reveal is given.

Options:
  --kind connection|variable   what the value is (default: connection)
  --id ID                      conn_id or variable key (default: test_id)
  --airflow RELEASE            only this release: 3.1.6, 3.1 (every patch),
                               2 or 3 (newest line) (default: every release)
  --component task|server      only tasks or only the server (default: both)
  --profile NAME               only this release profile (af3_1_5_task, ...);
                               af2 and af3_core30 are accepted as before
  --backend-kwargs JSON        SecretsManagerBackend kwargs (default: {})
  --via secretsmanager|env|direct
                               through the Secrets Manager backend (default),
                               as an environment variable or other backend
                               hands it over, or straight into
                               Connection(uri=...)/from_json
  --deserialize-json           for a variable: also parse it as JSON
  --amazon-provider VERSION    Amazon provider version, e.g. 9.0, 9.28, 9.39
                               (default: the newest)
  --team-name TEAM             the team Airflow 3.2+ passes (multi-team)
  --multi-team                 [core] multi_team = True
  --value-file FILE            read the value from FILE instead of stdin
  --jsonl [FILE]               read one JSON object per line (stdin when no
                               FILE) and print one JSON result per line (see
                               docs/airflow-parsing.md for the line format)
  --reveal                     show passwords and sensitive extras
  -h, --help                   show this help

Examples:
  echo 'postgresql://user:p%40ss@db:5432/analytics' | astro-secrets-gate explain
  astro-secrets-gate explain --kind variable --deserialize-json --value-file v.json
  astro-secrets-gate explain --jsonl cases.jsonl --reveal
`;
async function readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
}
const usage = (io, message) => {
    io.stderr.write(`astro-secrets-gate explain: ${message} (see 'astro-secrets-gate explain --help')\n`);
    return EXIT.usage;
};
async function runJsonl(source, reveal, io) {
    const text = source === undefined || source === '-'
        ? await readAll(io.stdin)
        : await (0,promises_.readFile)(source, 'utf8');
    let bad = 0;
    const lines = text.split('\n');
    for (const [index, line] of lines.entries()) {
        if (line.trim() === '')
            continue;
        let input;
        try {
            input = parseExplainInput(line);
        }
        catch (error) {
            bad++;
            io.stderr.write(`line ${index + 1}: ${error instanceof Error ? error.message : String(error)}\n`);
            io.stdout.write(`${formatExplainLine(new Map([['input_error', `line ${index + 1}`]]))}\n`);
            continue;
        }
        io.stdout.write(`${formatExplainLine(explain(input, { reveal }))}\n`);
    }
    return bad > 0 ? EXIT.usage : EXIT.ok;
}
function describe(value) {
    if (value === null)
        return '(none)';
    if (typeof value === 'string')
        return value === '' ? "''" : value;
    return formatExplainLine(new Map([['v', value]])).slice(5, -1);
}
const explainCommand = async (args, io) => {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: [...args],
            allowPositionals: true,
            options: {
                kind: { type: 'string', default: 'connection' },
                id: { type: 'string', default: 'test_id' },
                profile: { type: 'string' },
                airflow: { type: 'string' },
                component: { type: 'string' },
                'team-name': { type: 'string' },
                'multi-team': { type: 'boolean', default: false },
                'backend-kwargs': { type: 'string', default: '{}' },
                via: { type: 'string', default: 'secretsmanager' },
                'deserialize-json': { type: 'boolean', default: false },
                'amazon-provider': { type: 'string', default: '9' },
                'value-file': { type: 'string' },
                jsonl: { type: 'boolean', default: false },
                reveal: { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false }
            },
            strict: true
        });
    }
    catch (error) {
        return usage(io, error instanceof Error
            ? (error.message.split('\n')[0] ?? '')
            : String(error));
    }
    const options = parsed.values;
    if (options.help) {
        io.stdout.write(EXPLAIN_HELP);
        return EXIT.ok;
    }
    if (options.jsonl) {
        if (parsed.positionals.length > 1)
            return usage(io, '--jsonl takes at most one file');
        return runJsonl(parsed.positionals[0], options.reveal, io);
    }
    if (parsed.positionals.length > 0)
        return usage(io, `unexpected argument '${parsed.positionals[0] ?? ''}'`);
    const kind = options.kind;
    if (kind !== 'connection' && kind !== 'variable')
        return usage(io, `--kind must be connection or variable, not '${kind}'`);
    const via = options.via;
    if (via !== 'secretsmanager' && via !== 'env' && via !== 'direct')
        return usage(io, `--via must be secretsmanager, env or direct, not '${via}'`);
    const provider = parseProviderVersion(options['amazon-provider']);
    if (!provider)
        return usage(io, `--amazon-provider must be a provider version such as 9.0, 9.28 or 9.39, not '${options['amazon-provider']}'`);
    const component = options.component;
    if (component !== undefined && component !== 'task' && component !== 'server')
        return usage(io, `--component must be task or server, not '${component}'`);
    let backendKwargs;
    try {
        backendKwargs = pyJsonLoads(options['backend-kwargs']);
    }
    catch (error) {
        return usage(io, `--backend-kwargs is not JSON: ${error instanceof Error ? error.message : ''}`);
    }
    let profiles;
    try {
        const release = options.airflow ?? options.profile;
        profiles = (release === undefined ? PROFILES : resolveRelease(release).profiles).filter((profile) => component === undefined || onSide(profile, component));
    }
    catch (error) {
        if (error instanceof ReleaseError)
            return usage(io, `${options.airflow === undefined ? '--profile' : '--airflow'}: ${error.message}`);
        throw error;
    }
    let value;
    try {
        value =
            options['value-file'] === undefined
                ? await readAll(io.stdin)
                : await (0,promises_.readFile)(options['value-file'], 'utf8');
    }
    catch (error) {
        return usage(io, `cannot read --value-file: ${error instanceof Error ? error.message : String(error)}`);
    }
    // A value piped with echo ends in one newline that is not part of it.
    if (options['value-file'] === undefined)
        value = value.replace(/\r?\n$/, '');
    // Profiles that build the same thing are printed once, together.
    const groups = new Map();
    for (const profile of profiles) {
        const result = explain({
            kind,
            value,
            id: options.id,
            backendKwargs,
            profile,
            via,
            deserializeJson: options['deserialize-json'],
            provider,
            teamName: options['team-name'] ?? null,
            multiTeam: options['multi-team']
        }, { reveal: options.reveal });
        const lines = [...result]
            .filter(([key, item]) => !(key === 'found' && item === true))
            .map(([key, item]) => `  ${key.padEnd(13)} ${describe(item)}\n`);
        const key = lines.join('');
        const group = groups.get(key);
        if (group)
            group.profiles.push(profile);
        else
            groups.set(key, { profiles: [profile], lines });
    }
    for (const group of groups.values()) {
        io.stdout.write(`${describeProfiles(group.profiles)} [${group.profiles.join(', ')}]\n`);
        for (const line of group.lines)
            io.stdout.write(line);
    }
    const lintContext = { kind, id: options.id };
    const notes = [
        ...lintValue(lintContext, value),
        ...(kind === 'connection' ? lintConnectionUri(lintContext, value) : [])
    ];
    if (notes.length > 0)
        io.stdout.write('Notes\n');
    for (const note of notes)
        io.stdout.write(`  ${note.severity}: ${note.message}${note.hint ? ` Fix: ${note.hint}` : ''}\n`);
    return EXIT.ok;
};

;// CONCATENATED MODULE: ./src/core/local/init-local.ts
/**
 * What `init-local` writes so that a local Astro project (`astro dev`) uses
 * the developer's own AWS credentials and reads Airflow secrets from AWS
 * Secrets Manager: a `docker-compose.override.yml` that mounts `~/.aws` into
 * the Airflow containers, and `.env` lines that point the AWS SDK and
 * Airflow at it. Pure: takes and returns file contents.
 */


/**
 * Where `~/.aws` is mounted in the containers: the astro user's home and
 * AIRFLOW_HOME in the Astro Runtime image. AWS_CONFIG_FILE and
 * AWS_SHARED_CREDENTIALS_FILE point here, and the SDK's SSO token cache
 * (`~/.aws/sso/cache`) resolves here too.
 */
const CONTAINER_AWS_DIR = '/usr/local/airflow/.aws';
const init_local_SECRETS_MANAGER_BACKEND = 'airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend';
/** The Airflow containers of a local Astro project that read secrets. */
function servicesFor(airflow) {
    return airflow === '2'
        ? ['scheduler', 'webserver', 'triggerer']
        : ['scheduler', 'api-server', 'triggerer', 'dag-processor'];
}
/**
 * The host's `.aws` folder as Docker Desktop / Docker Engine expects it:
 * `/home/<user>/.aws`, `/Users/<user>/.aws`, `/c/Users/<user>/.aws`. An
 * explicit folder wins; on Windows `C:\x\y` becomes `/c/x/y`.
 */
function hostAwsDir(os, user, awsDir) {
    if (awsDir !== undefined && awsDir !== '') {
        const trimmed = awsDir.replace(/[\\/]+$/, '');
        if (os !== 'windows')
            return trimmed;
        return trimmed
            .replace(/\\/g, '/')
            .replace(/^([A-Za-z]):/, (_m, drive) => `/${drive.toLowerCase()}`);
    }
    if (user === '' || /[/\\:]/.test(user))
        throw new errors/* InputError */.dz('user', `cannot tell the home folder of user '${user}'; pass --aws-dir <path of your .aws folder>`);
    if (os === 'macos')
        return `/Users/${user}/.aws`;
    if (os === 'windows')
        return `/c/Users/${user}/.aws`;
    return user === 'root' ? '/root/.aws' : `/home/${user}/.aws`;
}
/** The short-syntax volume, e.g. `/home/me/.aws:/usr/local/airflow/.aws:ro`. */
function volumeFor(options) {
    return `${options.hostAwsDir}:${CONTAINER_AWS_DIR}:${options.rw ? 'rw' : 'ro'}`;
}
/** The compact JSON Airflow reads as AIRFLOW__SECRETS__BACKEND_KWARGS. */
function backendKwargs(options) {
    const kwargs = {
        connections_prefix: options.connectionsPrefix,
        variables_prefix: options.variablesPrefix
    };
    if (options.region !== undefined)
        kwargs['region_name'] = options.region;
    return JSON.stringify(kwargs);
}
/** The `.env` entries, in the order they are written. */
function envEntries(options) {
    const entries = [
        ['AWS_CONFIG_FILE', `${CONTAINER_AWS_DIR}/config`],
        ['AWS_SHARED_CREDENTIALS_FILE', `${CONTAINER_AWS_DIR}/credentials`]
    ];
    if (options.profile !== undefined)
        entries.push(['AWS_PROFILE', options.profile]);
    if (options.region !== undefined)
        entries.push(['AWS_DEFAULT_REGION', options.region]);
    entries.push(['AIRFLOW__SECRETS__BACKEND', init_local_SECRETS_MANAGER_BACKEND], ['AIRFLOW__SECRETS__BACKEND_KWARGS', backendKwargs(options)]);
    return entries;
}
/** Reads a short (`src:dst[:mode]`) or long (`{source, target}`) volume. */
function readMount(node) {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
        const text = node.value;
        const drive = /^[A-Za-z]:[\\/]/.test(text) ? text.slice(0, 2) : '';
        const parts = text.slice(drive.length).split(':');
        if (parts.length < 2)
            return undefined;
        const mode = parts[2] ?? 'rw';
        return {
            source: drive + (parts[0] ?? ''),
            target: parts[1] ?? '',
            readOnly: mode.split(',').includes('ro')
        };
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const target = node.get('target');
        if (typeof target !== 'string')
            return undefined;
        const source = node.get('source');
        return {
            source: typeof source === 'string' ? source : '',
            target,
            readOnly: node.get('read_only') === true
        };
    }
    return undefined;
}
const isAwsTarget = (target) => target.replace(/\/+$/, '').endsWith('/.aws');
/**
 * Merges the `~/.aws` mount into a compose override. Keeps every other
 * service, key and comment. A service that already mounts something at a
 * `.aws` folder (a different source, mode or container path, such as the
 * `/home/astro/.aws` some guides use) is a conflict, replaced only with
 * `force`.
 */
function mergeComposeOverride(existing, options, force, file = 'docker-compose.override.yml') {
    const volume = volumeFor(options);
    const wanted = {
        source: options.hostAwsDir,
        target: CONTAINER_AWS_DIR,
        readOnly: !options.rw
    };
    const fresh = existing === undefined || existing.trim() === '';
    const doc = fresh ? (0,dist/* parseDocument */.Tp)('') : (0,dist/* parseDocument */.Tp)(existing);
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const line = error?.linePos?.[0].line ?? 1;
        throw new errors/* InputError */.dz('compose', `${file}:${line}: not valid YAML (${error?.code ?? 'error'}); fix it or move it aside and rerun`);
    }
    if (doc.contents === null)
        doc.contents = doc.createNode({});
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new errors/* InputError */.dz('compose', `${file}: expected a YAML mapping with 'services'; fix it or move it aside and rerun`);
    if (fresh)
        doc.commentBefore =
            ' Written by astro-secrets-gate init-local: mounts your AWS config\n' +
                ' folder into the local Airflow containers (see .env for the paths).';
    const changes = [];
    const conflicts = [];
    let services = doc.get('services', true);
    if (!(0,dist/* isMap */.jh)(services)) {
        if (services !== undefined &&
            !((0,dist/* isScalar */.jn)(services) && services.value === null))
            throw new errors/* InputError */.dz('compose', `${file}: 'services' must be a mapping; fix it or move it aside and rerun`);
        services = new dist/* YAMLMap */.CA();
        doc.set('services', services);
    }
    const serviceMap = services;
    for (const service of servicesFor(options.airflow)) {
        const key = `services.${service}.volumes`;
        const node = serviceMap.get(service, true);
        let serviceNode;
        if ((0,dist/* isMap */.jh)(node))
            serviceNode = node;
        else {
            serviceNode = new dist/* YAMLMap */.CA();
            serviceMap.set(doc.createNode(service), serviceNode);
        }
        const volumes = serviceNode.get('volumes', true);
        let seq;
        if ((0,dist/* isSeq */.oP)(volumes))
            seq = volumes;
        else {
            seq = new dist/* YAMLSeq */.Rw();
            serviceNode.set(doc.createNode('volumes'), seq);
        }
        const clashes = [];
        let present = false;
        for (const [index, item] of seq.items.entries()) {
            const mount = readMount(item);
            if (!mount || !isAwsTarget(mount.target))
                continue;
            if (mount.source === wanted.source &&
                mount.target === wanted.target &&
                mount.readOnly === wanted.readOnly)
                present = true;
            else
                clashes.push(index);
        }
        if (clashes.length > 0) {
            if (!force) {
                conflicts.push({
                    key,
                    reason: `already mounts a different .aws folder or mode (we mount ${volume})`
                });
                continue;
            }
            const first = clashes[0] ?? 0;
            for (const index of [...clashes].reverse())
                seq.items.splice(index, 1);
            if (!present)
                seq.items.splice(first, 0, doc.createNode(volume));
            changes.push({ action: 'replace', key });
            continue;
        }
        if (!present) {
            seq.add(doc.createNode(volume));
            changes.push({ action: 'add', key });
        }
    }
    if (changes.length === 0 || conflicts.length > 0)
        return {
            text: existing ?? '',
            changes: conflicts.length > 0 ? [] : changes,
            conflicts
        };
    return { text: doc.toString(), changes, conflicts };
}
/** Strips Docker Compose dotenv quoting from a value, for comparison. */
function unquoteEnvValue(raw) {
    const value = raw.trim();
    if (value.length >= 2) {
        const quote = value.charAt(0);
        if ((quote === '"' || quote === "'") && value.endsWith(quote))
            return value.slice(1, -1);
    }
    return value.replace(/\s+#.*$/, '');
}
const sameValue = (key, have, want) => {
    if (have === want)
        return true;
    if (key !== 'AIRFLOW__SECRETS__BACKEND_KWARGS')
        return false;
    try {
        const a = JSON.parse(have);
        const b = JSON.parse(want);
        const norm = (v) => JSON.stringify(Object.entries(v).sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0));
        return typeof a === 'object' && a !== null && norm(a) === norm(b);
    }
    catch {
        return false;
    }
};
const ENV_LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/;
/**
 * Merges our entries into a `.env` text. Every other line stays verbatim; an
 * entry already set to our value is left alone; a different value is a
 * conflict, replaced in place only with `force`.
 */
function mergeEnvFile(existing, entries, force) {
    const text = existing ?? '';
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text === '' ? [] : text.split(/\r?\n/);
    const trailing = lines.length > 0 && lines[lines.length - 1] === '';
    if (trailing)
        lines.pop();
    const changes = [];
    const conflicts = [];
    const additions = [];
    for (const [key, value] of entries) {
        let last = -1;
        lines.forEach((line, index) => {
            if (ENV_LINE.exec(line)?.[1] === key)
                last = index;
        });
        if (last === -1) {
            additions.push(`${key}=${value}`);
            changes.push({ action: 'add', key });
            continue;
        }
        const current = unquoteEnvValue(ENV_LINE.exec(lines[last] ?? '')?.[2] ?? '');
        if (sameValue(key, current, value))
            continue;
        if (!force) {
            conflicts.push({ key, reason: 'is already set to a different value' });
            continue;
        }
        lines[last] = `${key}=${value}`;
        changes.push({ action: 'replace', key });
    }
    if (conflicts.length > 0 || changes.length === 0)
        return { text, changes: conflicts.length > 0 ? [] : changes, conflicts };
    if (additions.length > 0) {
        if (lines.length > 0 && lines[lines.length - 1]?.trim() !== '')
            lines.push('');
        lines.push('# AWS credentials and secrets backend (astro-secrets-gate init-local)');
        lines.push(...additions);
    }
    return { text: lines.join(newline) + newline, changes, conflicts };
}
/**
 * A unified diff without context lines (the files may hold secrets in
 * lines we did not touch, so only changed lines are shown).
 */
function changedLinesDiff(file, before, after) {
    if (before === after)
        return '';
    const a = before === '' ? [] : before.replace(/\r?\n$/, '').split(/\r?\n/);
    const b = after === '' ? [] : after.replace(/\r?\n$/, '').split(/\r?\n/);
    // Longest common subsequence, so moved/kept lines are not shown.
    const n = a.length;
    const m = b.length;
    const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            lcs[i][j] =
                a[i] === b[j]
                    ? (lcs[i + 1]?.[j + 1] ?? 0) + 1
                    : Math.max(lcs[i + 1]?.[j] ?? 0, lcs[i]?.[j + 1] ?? 0);
    const out = [
        `--- ${before === '' ? '/dev/null' : `a/${file}`}`,
        `+++ b/${file}`
    ];
    let i = 0;
    let j = 0;
    let hunk = [];
    let hunkStart = [0, 0];
    const flush = () => {
        if (hunk.length === 0)
            return;
        const removed = hunk.filter((l) => l.startsWith('-')).length;
        const added = hunk.length - removed;
        out.push(`@@ -${hunkStart[0]},${removed} +${hunkStart[1]},${added} @@`, ...hunk);
        hunk = [];
    };
    while (i < n || j < m) {
        if (i < n && j < m && a[i] === b[j]) {
            flush();
            i++;
            j++;
        }
        else if (j < m &&
            (i >= n || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) {
            if (hunk.length === 0)
                hunkStart = [i, j + 1];
            hunk.push(`+${b[j] ?? ''}`);
            j++;
        }
        else {
            if (hunk.length === 0)
                hunkStart = [i + 1, j];
            hunk.push(`-${a[i] ?? ''}`);
            i++;
        }
    }
    flush();
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/init-local.ts










const COMPOSE_FILE = 'docker-compose.override.yml';
const ENV_FILE = '.env';
const initLocalSpec = {
    name: 'init-local',
    summary: 'Mount ~/.aws into local Astro containers and point Airflow at Secrets Manager',
    description: [
        `Writes ${COMPOSE_FILE} (mounts your .aws folder at ${CONTAINER_AWS_DIR}`,
        'in every Airflow container) and the .env lines AWS_CONFIG_FILE,',
        'AWS_SHARED_CREDENTIALS_FILE, AWS_PROFILE, AWS_DEFAULT_REGION,',
        'AIRFLOW__SECRETS__BACKEND and AIRFLOW__SECRETS__BACKEND_KWARGS. Existing',
        'files are merged: other lines, keys and comments are kept, and a',
        'different existing value is only replaced with --force. Running it again',
        'changes nothing.'
    ].join('\n'),
    options: {
        airflow: {
            type: 'string',
            value: '<version>',
            description: 'Airflow major version of the project (default: 3)',
            choices: ['2', '3']
        },
        os: {
            type: 'string',
            value: '<os>',
            description: 'Host OS, for the .aws path (default: this machine)',
            choices: ['linux', 'macos', 'windows']
        },
        'aws-dir': {
            type: 'string',
            value: '<path>',
            description: 'Host path of your .aws folder (default: from --os and user)'
        },
        user: {
            type: 'string',
            value: '<name>',
            description: 'Host user name for the default .aws path'
        },
        rw: {
            type: 'boolean',
            description: 'Mount read-write, so AWS SSO can refresh its token cache'
        },
        profile: {
            type: 'string',
            value: '<name>',
            description: 'AWS profile for Airflow to use (writes AWS_PROFILE)'
        },
        region: {
            type: 'string',
            value: '<region>',
            description: 'AWS region of the secrets (region_name, AWS_DEFAULT_REGION)'
        },
        'connections-prefix': {
            type: 'string',
            value: '<prefix>',
            description: 'Secrets Manager prefix of connections (default: airflow/connections)'
        },
        'variables-prefix': {
            type: 'string',
            value: '<prefix>',
            description: 'Secrets Manager prefix of variables (default: airflow/variables)'
        },
        manifest: {
            type: 'string',
            short: 'm',
            value: '<file>',
            description: 'Manifest whose airflow version, prefixes and region are the defaults (default: airflow-secrets.yml, if present)'
        },
        'project-dir': {
            type: 'string',
            value: '<dir>',
            description: 'The Astro project folder (default: the current folder)'
        },
        force: {
            type: 'boolean',
            description: 'Replace existing values that differ from ours'
        },
        'dry-run': {
            type: 'boolean',
            description: 'Print the changes as a diff; write nothing'
        }
    },
    examples: [
        `${BIN} init-local --region us-east-1`,
        `${BIN} init-local --profile dev-sso --region eu-west-1 --rw`,
        `${BIN} init-local --airflow 2 --os windows --user jdoe`,
        `${BIN} init-local --aws-dir /opt/aws --dry-run`,
        `${BIN} init-local --manifest airflow-secrets.yml --force`
    ]
};
const platformOs = () => process.platform === 'darwin'
    ? 'macos'
    : process.platform === 'win32'
        ? 'windows'
        : 'linux';
const defaultUser = (io) => {
    const fromEnv = io.env['USER'] ?? io.env['USERNAME'];
    if (fromEnv !== undefined && fromEnv !== '')
        return fromEnv;
    try {
        return (0,external_node_os_.userInfo)().username;
    }
    catch {
        return '';
    }
};
const SAFE_VALUE = /^[^\s'"#$\\`]+$/;
const init_local_REGION = /^[a-z]{2}(?:-[a-z0-9]+)+-\d+$/;
function checked(option, value) {
    if (value === undefined)
        return undefined;
    if (!SAFE_VALUE.test(value))
        throw new errors/* InputError */.dz(option, `--${option} must not be empty or contain spaces, quotes, '#', '$' or backslashes`);
    return value;
}
const readOptional = async (path) => (0,promises_.readFile)(path, 'utf8').catch((error) => {
    if (error.code === 'ENOENT')
        return undefined;
    throw error;
});
/** `astro-secrets-gate init-local`. */
const initLocalCommand = async (args, io) => {
    const parsed = parseCommandArgs(initLocalSpec, args);
    if (parsed.help) {
        io.stdout.write(formatCommandHelp(initLocalSpec));
        return EXIT.ok;
    }
    const v = parsed.values;
    const dir = (0,external_node_path_.resolve)(io.cwd, v['project-dir'] ?? '.');
    const manifestName = v.manifest ?? DEFAULT_MANIFEST;
    const manifestText = await readOptional((0,external_node_path_.resolve)(dir, manifestName));
    if (manifestText === undefined && v.manifest !== undefined)
        throw new errors/* InputError */.dz('manifest', `no manifest at ${manifestName}; pass the path of airflow-secrets.yml or leave out --manifest`);
    const defaults = manifestText === undefined
        ? {}
        : readBackendDefaults(manifestText, manifestName);
    const region = checked('region', v.region ?? defaults.region);
    if (region !== undefined && !init_local_REGION.test(region))
        throw new errors/* InputError */.dz('region', `--region '${region}' is not an AWS region name like us-east-1`);
    const os = (v.os ?? platformOs());
    const options = {
        airflow: (v.airflow ?? defaults.airflowMajor ?? '3'),
        hostAwsDir: hostAwsDir(os, v.user ?? defaultUser(io), v['aws-dir']),
        rw: v.rw === true,
        connectionsPrefix: checked('connections-prefix', v['connections-prefix'] ?? defaults.connectionsPrefix) ?? 'airflow/connections',
        variablesPrefix: checked('variables-prefix', v['variables-prefix'] ?? defaults.variablesPrefix) ?? 'airflow/variables',
        ...(v.profile === undefined
            ? {}
            : { profile: checked('profile', v.profile) ?? '' }),
        ...(region === undefined ? {} : { region })
    };
    const force = v.force === true;
    const composePath = (0,external_node_path_.join)(dir, COMPOSE_FILE);
    const envPath = (0,external_node_path_.join)(dir, ENV_FILE);
    const composeBefore = await readOptional(composePath);
    const envBefore = await readOptional(envPath);
    const compose = mergeComposeOverride(composeBefore, options, force, COMPOSE_FILE);
    const env = mergeEnvFile(envBefore, envEntries(options), force);
    const conflictText = (file, result) => result.conflicts.length === 0
        ? []
        : [
            `${file}: ${result.conflicts.map((c) => `${c.key} ${c.reason}`).join(', ')}`
        ];
    const conflicts = [
        ...conflictText(COMPOSE_FILE, compose),
        ...conflictText(ENV_FILE, env)
    ];
    if (conflicts.length > 0)
        throw new errors/* InputError */.dz('force', `${conflicts.join('; ')}; nothing written (rerun with --force to replace)`, 'init-local-conflict');
    const paint = painter(useColor(io));
    const files = [
        [COMPOSE_FILE, composePath, composeBefore, compose],
        [ENV_FILE, envPath, envBefore, env]
    ];
    let changed = false;
    for (const [name, path, before, result] of files) {
        if (result.changes.length === 0) {
            io.stdout.write(`${name}: up to date\n`);
            continue;
        }
        changed = true;
        if (v['dry-run'] === true) {
            io.stdout.write(changedLinesDiff(name, before ?? '', result.text));
            continue;
        }
        await (0,promises_.writeFile)(path, result.text);
        const summary = result.changes
            .map((c) => `${c.action === 'add' ? 'added' : 'replaced'} ${c.key}`)
            .join(', ');
        io.stdout.write(`${paint.green(before === undefined ? 'created' : 'updated')} ${name}: ${summary}\n`);
    }
    if (!changed)
        io.stdout.write('Nothing to change.\n');
    else if (v['dry-run'] === true)
        io.stdout.write('Dry run: nothing written.\n');
    else
        io.stdout.write(`Mounted ${options.hostAwsDir} at ${CONTAINER_AWS_DIR} (${options.rw ? 'read-write' : 'read-only'}). ` +
            `Run 'aws configure' or 'aws configure sso', then 'astro dev restart'.` +
            (options.rw ? '\n' : ' With AWS SSO, add --rw so tokens can refresh.\n'));
    return EXIT.ok;
};

;// CONCATENATED MODULE: ./src/core/astro/env-file.ts

/** The Astro CLI reads lines with a 64 KiB scanner and stops silently past it. */
const MAX_ENV_LINE = 64 * 1024;
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
        const body = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (body === '' || body.startsWith('#'))
            return;
        const where = `${source} line ${line}`;
        if (body.length >= MAX_ENV_LINE)
            throw new errors/* InputError */.dz('env-file', `${where} is longer than the Astro CLI reads (64 KiB); shorten the value.`, 'env-file-invalid');
        const eq = body.indexOf('=');
        if (eq <= 0)
            throw new errors/* InputError */.dz('env-file', `${where} is not a KEY=value line; write one variable per line.`, 'env-file-invalid');
        const key = body.slice(0, eq);
        const value = body.slice(eq + 1);
        if (!KEY.test(key))
            throw new errors/* InputError */.dz('env-file', `${where}: the key must be letters, digits and underscores, not starting with a digit (no spaces, no "export").`, 'env-file-invalid');
        if (value === '')
            throw new errors/* InputError */.dz('env-file', `${where}: ${key} has an empty value, which the Astro CLI refuses; remove the line or give it a value.`, 'env-file-invalid');
        if (/^[\s"']|[\s"']$/.test(value))
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
const env_file_ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
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
    const lines = output.replace(env_file_ANSI, '').split(/\r?\n/);
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
    /improperly formatted variable/i,
    /empty value!/i,
    /already exists/i,
    /there was an error while creating or updating/i,
    /^\s*error\b/i
];
/** The problem lines of a CLI run, with any env-file value blanked out. */
function findCliProblems(output, values) {
    return output
        .replace(env_file_ANSI, '')
        .split(/\r?\n/)
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
    for (const [key, value] of variables)
        if (/[\r\n]/.test(value))
            throw new InputError('backend-kwargs', `${key} would span several lines, which the Astro CLI reads as separate variables; write it on one line.`, 'env-value-unsafe');
    const text = variables.map(([key, value]) => `${key}=${value}\n`).join('');
    const parsed = parseEnvFile(text, 'the env file');
    const intact = parsed.length === variables.length &&
        parsed.every((entry, i) => entry.key === variables[i]?.[0] && entry.value === variables[i][1]);
    if (!intact)
        throw new InputError('backend-kwargs', 'the env file would not be read back intact by the Astro CLI.', 'env-value-unsafe');
    return text;
}

;// CONCATENATED MODULE: ./src/sync/run-sync.ts


const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/**
 * Applies the env file to one Astro deployment with the Astro CLI: lists the
 * deployment's variables, prints which keys will be created or updated,
 * runs `astro deployment variable update --load --env <file> --secret`, then
 * lists again and fails unless every key is there and secret. A dry run stops
 * after the plan. Values never reach argv or the log: the CLI reads them from
 * the file, and ASTRO_API_TOKEN reaches it through the environment.
 */
async function runSync(options, deps) {
    const { deploymentId, envFile } = options;
    const astro = options.astro ?? 'astro';
    const dryRun = options.dryRun ?? false;
    if (!ID.test(deploymentId))
        throw new errors/* InputError */.dz('deployment-id', `deployment-id "${deploymentId}" is not an Astro deployment id; copy it from the deployment's page or \`astro deployment list\`.`);
    if (options.workspaceId !== undefined && !ID.test(options.workspaceId))
        throw new errors/* InputError */.dz('workspace-id', `workspace-id "${options.workspaceId}" is not an Astro workspace id.`);
    const scope = ['--deployment-id', deploymentId];
    if (options.workspaceId !== undefined)
        scope.push('--workspace-id', options.workspaceId);
    const text = await readEnvFile(deps, envFile);
    const entries = parseEnvFile(text, envFile);
    const keys = entries.map((e) => e.key);
    const values = entries.map((e) => e.value);
    const run = async (args, what) => {
        try {
            return await deps.exec(astro, args);
        }
        catch (error) {
            throw new SyncError(deploymentId, `Could not run the Astro CLI (${astro}) to ${what}: ${(0,errors/* errorMessage */.gJ)(error)}. Install it or pass its path with --astro.`, 'astro-cli-missing');
        }
    };
    const list = async (when) => {
        const result = await run(['deployment', 'variable', 'list', ...scope], `list the variables of ${deploymentId}`);
        const vars = result.code === 0 ? parseVariableList(result.stdout) : undefined;
        if (vars === undefined) {
            const problems = findCliProblems(result.stdout + result.stderr, values);
            throw new SyncError(deploymentId, `astro deployment variable list failed ${when} for deployment ${deploymentId} (exit ${result.code})${problems.length > 0 ? `: ${problems.join('; ')}` : ''}. Check ASTRO_API_TOKEN, the deployment id and --workspace-id.`, 'astro-list-failed');
        }
        return vars;
    };
    const plan = planSync(keys, await list('before the update'));
    deps.log(`Deployment ${deploymentId}: ${plan.created.length} to create, ${plan.updated.length} to update${dryRun ? ' (dry run)' : ''}.`);
    for (const key of plan.created)
        deps.log(`  + ${key} (create, secret)`);
    for (const key of plan.updated)
        deps.log(`  ~ ${key} (update, secret)`);
    if (dryRun)
        return { deploymentId, dryRun, verified: false, ...plan };
    const update = await run([
        'deployment',
        'variable',
        'update',
        ...scope,
        '--load',
        '--env',
        envFile,
        '--secret'
    ], `update ${deploymentId}`);
    const problems = findCliProblems(update.stdout + update.stderr, values);
    for (const problem of problems)
        deps.log(`  astro: ${problem}`);
    const check = verifySync(keys, await list('after the update'));
    const applied = keys.filter((k) => !check.missing.includes(k));
    if (update.code !== 0 || problems.length > 0) {
        const cause = update.code !== 0
            ? `exited ${update.code}`
            : 'exited 0 but reported a problem';
        throw new SyncError(deploymentId, `astro deployment variable update ${cause} for deployment ${deploymentId}; ${run_sync_describe(applied, check.missing)}. Fix the cause above and run the sync again (it is safe to repeat).`);
    }
    if (check.missing.length > 0)
        throw new SyncError(deploymentId, `Deployment ${deploymentId} lacks ${check.missing.join(', ')} after the update; ${run_sync_describe(applied, check.missing)}. Run the sync again, then check the deployment's environment variables.`, 'sync-unverified');
    if (check.notSecret.length > 0)
        throw new SyncError(deploymentId, `Deployment ${deploymentId} holds ${check.notSecret.join(', ')} as a plain (not secret) variable after the update; mark it secret in the deployment's settings.`, 'sync-unverified');
    deps.log(`Deployment ${deploymentId}: verified ${keys.length} variable(s) as secret.`);
    return { deploymentId, dryRun, verified: true, ...plan };
}
function run_sync_describe(applied, missing) {
    const a = applied.length > 0 ? applied.join(', ') : 'none';
    const m = missing.length > 0 ? missing.join(', ') : 'none';
    return `present now: ${a}; missing: ${m}`;
}
async function readEnvFile(deps, path) {
    try {
        return await deps.readFile(path);
    }
    catch (error) {
        const code = error?.code;
        throw new errors/* InputError */.dz('env-file', code === 'ENOENT'
            ? `env-file ${path} does not exist; generate it first (the action's env-file output) or fix the path.`
            : `env-file ${path} cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}.`, 'env-file-missing');
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/sync/deps.ts


/**
 * Runs the Astro CLI without a shell. The child inherits `env` (which is
 * where ASTRO_API_TOKEN comes from); nothing secret is ever an argument.
 */
function execAstro(env, cwd) {
    return (file, args) => new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(file, [...args], {
            env: { ...env, NO_COLOR: '1' },
            cwd,
            maxBuffer: 16 * 1024 * 1024,
            timeout: 15 * 60 * 1000,
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
/** Real I/O for a sync: the Astro CLI, the file system and a line printer. */
function syncDeps(env, cwd, log) {
    return {
        exec: execAstro(env, cwd),
        readFile: (path) => (0,promises_.readFile)(path, 'utf8'),
        log
    };
}

;// CONCATENATED MODULE: ./src/cli/sync.ts






const SYNC_HELP = `Usage: astro-secrets-gate sync --deployment-id <id> --env-file <file>
                              [--workspace-id <id>] [--dry-run] [--astro <path>]

Applies the env file written by the gate (KEY=value lines) to an Astro
deployment as secret environment variables, with the Astro CLI:
  astro deployment variable update --deployment-id <id> --load --env <file> --secret
It first lists the deployment's variables and prints which keys it creates or
updates (never values), then lists them again and fails unless every key is
there and secret. The CLI reads ASTRO_API_TOKEN from the environment.

Options:
  --deployment-id <id>  Astro deployment to update (required)
  --env-file <file>     env file to apply (required)
  --workspace-id <id>   workspace of the deployment (Organization API tokens)
  --dry-run             list and show the plan; change nothing
  --astro <path>        Astro CLI executable (default: astro on PATH)
  -h, --help            show this help

Exit codes: 0 synced (or planned), 1 sync failed, 2 usage error.
`;
/** `astro-secrets-gate sync`: the command, with injectable I/O for tests. */
function makeSyncCommand(makeDeps = (io) => syncDeps(io.env, io.cwd, (line) => io.stdout.write(`${line}\n`))) {
    return async (args, io) => {
        let values;
        try {
            values = (0,external_node_util_.parseArgs)({
                args: [...args],
                strict: true,
                allowPositionals: false,
                options: {
                    'deployment-id': { type: 'string' },
                    'env-file': { type: 'string' },
                    'workspace-id': { type: 'string' },
                    'dry-run': { type: 'boolean', default: false },
                    astro: { type: 'string' },
                    help: { type: 'boolean', short: 'h', default: false }
                }
            }).values;
        }
        catch (error) {
            // parseArgs throws a TypeError whose message names the bad option.
            const message = error?.message;
            io.stderr.write(`sync: ${typeof message === 'string' ? message : (0,errors/* errorMessage */.gJ)(error)}\n\n${SYNC_HELP}`);
            return EXIT.usage;
        }
        if (values.help) {
            io.stdout.write(SYNC_HELP);
            return EXIT.ok;
        }
        const deploymentId = values['deployment-id'];
        const envFile = values['env-file'];
        if (deploymentId === undefined || envFile === undefined) {
            io.stderr.write(`sync: --deployment-id and --env-file are required.\n\n${SYNC_HELP}`);
            return EXIT.usage;
        }
        try {
            await runSync({
                deploymentId,
                envFile: (0,external_node_path_.isAbsolute)(envFile) ? envFile : (0,external_node_path_.resolve)(io.cwd, envFile),
                dryRun: values['dry-run'],
                ...(values['workspace-id'] === undefined
                    ? {}
                    : { workspaceId: values['workspace-id'] }),
                ...(values.astro === undefined ? {} : { astro: values.astro })
            }, makeDeps(io));
            return EXIT.ok;
        }
        catch (error) {
            io.stderr.write(`sync: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
            return EXIT.findings;
        }
    };
}
/** `astro-secrets-gate sync --deployment-id <id> --env-file <file> ...` */
const syncCommand = makeSyncCommand();

;// CONCATENATED MODULE: ./src/cli/commands.ts





/** Every subcommand, in the order `--help` lists them. */
const COMMANDS = [
    {
        name: 'check',
        summary: 'Validate the manifest’s connections and variables in AWS or local files',
        run: checkCommand
    },
    {
        name: 'explain',
        summary: 'Show how Airflow parses one connection or variable value',
        run: explainCommand
    },
    {
        name: 'sync',
        summary: 'Write the secrets-backend env for an Astro deployment',
        run: syncCommand
    },
    {
        name: discoverSpec.name,
        summary: discoverSpec.summary,
        run: discoverCommand
    },
    {
        name: initLocalSpec.name,
        summary: initLocalSpec.summary,
        run: initLocalCommand
    }
];

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(9214);
;// CONCATENATED MODULE: ./src/cli/main.ts





/** The real process's streams, environment and working directory. */
function processIo() {
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        env: process.env,
        cwd: process.cwd()
    };
}
/** The top-level `--help` text. */
function globalHelp() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
    return [
        `Usage: ${BIN} <command> [options]`,
        '',
        'Check the Airflow connections and variables an Astro project reads from',
        'AWS Secrets Manager, parsed exactly as Airflow parses them.',
        '',
        'Commands:',
        ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
        '',
        'Global options:',
        '  -h, --help     Show help (also after a command)',
        '  --version      Print the version',
        '  --debug        Show stack traces for unexpected errors',
        '',
        'Examples:',
        `  ${BIN} check --source local`,
        `  ${BIN} discover dags/ --write`,
        `  ${BIN} init-local --profile dev --region us-east-1`,
        '',
        `Run '${BIN} <command> --help' for a command's options and examples.`,
        ''
    ].join('\n');
}
/**
 * The astro-secrets-gate command: dispatches to one subcommand and returns
 * the exit code (0 clean, 1 findings, 2 usage or configuration error).
 * Errors are one line; `--debug` adds the stack.
 */
async function main(argv, io = processIo()) {
    const end = argv.indexOf('--');
    const head = end === -1 ? argv : argv.slice(0, end);
    const debug = head.includes('--debug');
    const args = debug
        ? [...head.filter((a) => a !== '--debug'), ...argv.slice(head.length)]
        : [...argv];
    const [name, ...rest] = args;
    if (name === undefined) {
        io.stderr.write(globalHelp());
        return EXIT.usage;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
        io.stdout.write(globalHelp());
        return EXIT.ok;
    }
    if (name === '--version' || name === '-V') {
        io.stdout.write(`${version/* VERSION */.x}\n`);
        return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
        const what = name.startsWith('-') ? 'option' : 'command';
        io.stderr.write(`${BIN}: unknown ${what} '${name}' (see '${BIN} --help')\n`);
        return EXIT.usage;
    }
    try {
        return await command.run(rest, io);
    }
    catch (error) {
        const prefix = error instanceof UsageError || error instanceof errors/* InputError */.dz
            ? `${BIN} ${command.name}`
            : `${BIN} ${command.name}: error`;
        // Errors from another realm (vm contexts) fail `instanceof Error`.
        const { message, stack } = (error ?? {});
        io.stderr.write(`${prefix}: ${(0,errors/* errorMessage */.gJ)(typeof message === 'string' ? message : error)}\n`);
        if (debug && typeof stack === 'string')
            io.stderr.write(`${stack}\n`);
        return EXIT.usage;
    }
}


/***/ }),

/***/ 713:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   iQ: () => (/* binding */ AwsCallError),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/**
 * Errors that end a run. Each message is one line a user can act on; none
 * ever contains a secret value. Per-secret problems are not errors but
 * findings (findings.ts).
 */
class ActionError extends Error {
    name = 'ActionError';
    /** A stable code listed in docs/errors.md. */
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/** A bad input, manifest entry or option: names it and the expected form. */
class InputError extends ActionError {
    name = 'InputError';
    input;
    constructor(input, message, code = 'input-invalid') {
        super(code, message);
        this.input = input;
    }
}
/** An AWS call that failed as a whole (not a per-secret result). */
class AwsCallError extends ActionError {
    name = 'AwsCallError';
    operation;
    awsCode;
    constructor(operation, awsCode, message, code = 'aws-call-failed') {
        super(code, message);
        this.operation = operation;
        this.awsCode = awsCode;
    }
}
/** The message of anything thrown, on one line. */
function errorMessage(error) {
    const text = error instanceof Error
        ? error.message
        : typeof error === 'string'
            ? error
            : 'Unknown error';
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}


/***/ }),

/***/ 9214:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The product version, as in package.json (a unit test keeps them equal). */
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 5434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3053:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Scalar = __nccwpck_require__(2765);
var YAMLMap = __nccwpck_require__(1950);
var YAMLSeq = __nccwpck_require__(7495);
var resolveBlockMap = __nccwpck_require__(6519);
var resolveBlockSeq = __nccwpck_require__(2662);
var resolveFlowCollection = __nccwpck_require__(4206);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 5899:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(6885);
var composeNode = __nccwpck_require__(4873);
var resolveEnd = __nccwpck_require__(644);
var resolveProps = __nccwpck_require__(2207);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 4873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(7641);
var identity = __nccwpck_require__(415);
var composeCollection = __nccwpck_require__(3053);
var composeScalar = __nccwpck_require__(3293);
var resolveEnd = __nccwpck_require__(644);
var utilEmptyScalarPosition = __nccwpck_require__(4831);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 3293:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Scalar = __nccwpck_require__(2765);
var resolveBlockScalar = __nccwpck_require__(809);
var resolveFlowScalar = __nccwpck_require__(8066);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 3480:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(2342);
var Document = __nccwpck_require__(6885);
var errors = __nccwpck_require__(3376);
var identity = __nccwpck_require__(415);
var composeDoc = __nccwpck_require__(5899);
var resolveEnd = __nccwpck_require__(644);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 6519:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(4245);
var YAMLMap = __nccwpck_require__(1950);
var resolveProps = __nccwpck_require__(2207);
var utilContainsNewline = __nccwpck_require__(9699);
var utilFlowIndentCheck = __nccwpck_require__(7723);
var utilMapIncludes = __nccwpck_require__(8539);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 809:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 2662:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(7495);
var resolveProps = __nccwpck_require__(2207);
var utilFlowIndentCheck = __nccwpck_require__(7723);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 644:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 4206:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Pair = __nccwpck_require__(4245);
var YAMLMap = __nccwpck_require__(1950);
var YAMLSeq = __nccwpck_require__(7495);
var resolveEnd = __nccwpck_require__(644);
var resolveProps = __nccwpck_require__(2207);
var utilContainsNewline = __nccwpck_require__(9699);
var utilMapIncludes = __nccwpck_require__(8539);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 8066:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);
var resolveEnd = __nccwpck_require__(644);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 2207:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9699:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 4831:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 7723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9699);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 8539:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 6885:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(7641);
var Collection = __nccwpck_require__(3469);
var identity = __nccwpck_require__(415);
var Pair = __nccwpck_require__(4245);
var toJS = __nccwpck_require__(915);
var Schema = __nccwpck_require__(8296);
var stringifyDocument = __nccwpck_require__(7653);
var anchors = __nccwpck_require__(5236);
var applyReviver = __nccwpck_require__(5797);
var createNode = __nccwpck_require__(2076);
var directives = __nccwpck_require__(2342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 5236:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var visit = __nccwpck_require__(292);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 5797:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2076:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(7641);
var identity = __nccwpck_require__(415);
var Scalar = __nccwpck_require__(2765);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 2342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var visit = __nccwpck_require__(292);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 3376:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 7207:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(3480);
var Document = __nccwpck_require__(6885);
var Schema = __nccwpck_require__(8296);
var errors = __nccwpck_require__(3376);
var Alias = __nccwpck_require__(7641);
var identity = __nccwpck_require__(415);
var Pair = __nccwpck_require__(4245);
var Scalar = __nccwpck_require__(2765);
var YAMLMap = __nccwpck_require__(1950);
var YAMLSeq = __nccwpck_require__(7495);
var cst = __nccwpck_require__(5421);
var lexer = __nccwpck_require__(2081);
var lineCounter = __nccwpck_require__(4588);
var parser = __nccwpck_require__(6651);
var publicApi = __nccwpck_require__(8759);
var visit = __nccwpck_require__(292);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
exports.CA = YAMLMap.YAMLMap;
exports.Rw = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 2745:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 7641:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(5236);
var visit = __nccwpck_require__(292);
var identity = __nccwpck_require__(415);
var Node = __nccwpck_require__(6617);
var toJS = __nccwpck_require__(915);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 3469:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2076);
var identity = __nccwpck_require__(415);
var Node = __nccwpck_require__(6617);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6617:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(5797);
var identity = __nccwpck_require__(415);
var toJS = __nccwpck_require__(915);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 4245:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2076);
var stringifyPair = __nccwpck_require__(5004);
var addPairToJSMap = __nccwpck_require__(9256);
var identity = __nccwpck_require__(415);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 2765:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Node = __nccwpck_require__(6617);
var toJS = __nccwpck_require__(915);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 1950:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(6340);
var addPairToJSMap = __nccwpck_require__(9256);
var Collection = __nccwpck_require__(3469);
var identity = __nccwpck_require__(415);
var Pair = __nccwpck_require__(4245);
var Scalar = __nccwpck_require__(2765);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 7495:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2076);
var stringifyCollection = __nccwpck_require__(6340);
var Collection = __nccwpck_require__(3469);
var identity = __nccwpck_require__(415);
var Scalar = __nccwpck_require__(2765);
var toJS = __nccwpck_require__(915);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 9256:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(2745);
var merge = __nccwpck_require__(6220);
var stringify = __nccwpck_require__(732);
var identity = __nccwpck_require__(415);
var toJS = __nccwpck_require__(915);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 415:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 915:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 1366:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(809);
var resolveFlowScalar = __nccwpck_require__(8066);
var errors = __nccwpck_require__(3376);
var stringifyString = __nccwpck_require__(501);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 8013:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 4555:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 5421:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(1366);
var cstStringify = __nccwpck_require__(8013);
var cstVisit = __nccwpck_require__(4555);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 2081:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(5421);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 4588:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 6651:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(5421);
var lexer = __nccwpck_require__(2081);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 8759:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(3480);
var Document = __nccwpck_require__(6885);
var errors = __nccwpck_require__(3376);
var log = __nccwpck_require__(2745);
var identity = __nccwpck_require__(415);
var lineCounter = __nccwpck_require__(4588);
var parser = __nccwpck_require__(6651);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 8296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var map = __nccwpck_require__(7683);
var seq = __nccwpck_require__(4066);
var string = __nccwpck_require__(4088);
var tags = __nccwpck_require__(3578);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var YAMLMap = __nccwpck_require__(1950);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 4066:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var YAMLSeq = __nccwpck_require__(7495);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 4088:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(501);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 7247:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 7661:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);
var stringifyNumber = __nccwpck_require__(2729);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9546:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(2729);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7683);
var _null = __nccwpck_require__(1528);
var seq = __nccwpck_require__(4066);
var string = __nccwpck_require__(4088);
var bool = __nccwpck_require__(7247);
var float = __nccwpck_require__(7661);
var int = __nccwpck_require__(9546);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 7519:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);
var map = __nccwpck_require__(7683);
var seq = __nccwpck_require__(4066);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 3578:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7683);
var _null = __nccwpck_require__(1528);
var seq = __nccwpck_require__(4066);
var string = __nccwpck_require__(4088);
var bool = __nccwpck_require__(7247);
var float = __nccwpck_require__(7661);
var int = __nccwpck_require__(9546);
var schema = __nccwpck_require__(9032);
var schema$1 = __nccwpck_require__(7519);
var binary = __nccwpck_require__(4011);
var merge = __nccwpck_require__(6220);
var omap = __nccwpck_require__(2775);
var pairs = __nccwpck_require__(1705);
var schema$2 = __nccwpck_require__(1921);
var set = __nccwpck_require__(832);
var timestamp = __nccwpck_require__(168);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 4011:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(2765);
var stringifyString = __nccwpck_require__(501);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 2214:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 9614:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);
var stringifyNumber = __nccwpck_require__(2729);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 6257:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(2729);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 6220:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Scalar = __nccwpck_require__(2765);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 2775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var toJS = __nccwpck_require__(915);
var YAMLMap = __nccwpck_require__(1950);
var YAMLSeq = __nccwpck_require__(7495);
var pairs = __nccwpck_require__(1705);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 1705:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Pair = __nccwpck_require__(4245);
var Scalar = __nccwpck_require__(2765);
var YAMLSeq = __nccwpck_require__(7495);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 1921:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7683);
var _null = __nccwpck_require__(1528);
var seq = __nccwpck_require__(4066);
var string = __nccwpck_require__(4088);
var binary = __nccwpck_require__(4011);
var bool = __nccwpck_require__(2214);
var float = __nccwpck_require__(9614);
var int = __nccwpck_require__(6257);
var merge = __nccwpck_require__(6220);
var omap = __nccwpck_require__(2775);
var pairs = __nccwpck_require__(1705);
var set = __nccwpck_require__(832);
var timestamp = __nccwpck_require__(168);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 832:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Pair = __nccwpck_require__(4245);
var YAMLMap = __nccwpck_require__(1950);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 168:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(2729);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 3699:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 732:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(5236);
var identity = __nccwpck_require__(415);
var stringifyComment = __nccwpck_require__(8927);
var stringifyString = __nccwpck_require__(501);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 6340:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var stringify = __nccwpck_require__(732);
var stringifyComment = __nccwpck_require__(8927);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 8927:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 7653:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var stringify = __nccwpck_require__(732);
var stringifyComment = __nccwpck_require__(8927);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 2729:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 5004:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Scalar = __nccwpck_require__(2765);
var stringify = __nccwpck_require__(732);
var stringifyComment = __nccwpck_require__(8927);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 501:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);
var foldFlowLines = __nccwpck_require__(3699);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 292:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9792);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
