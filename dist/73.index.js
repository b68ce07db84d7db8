export const id = 73;
export const ids = [73];
export const modules = {

/***/ 4073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discover: () => (/* binding */ discover),
/* harmony export */   sG: () => (/* binding */ TEMPLATE_EXTENSIONS)
/* harmony export */ });
/* unused harmony exports scanPython, scanTemplate, scanFile */
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
const unescape = (content) => content.replace(/\\(\r?\n|.)/g, (_m, ch) => {
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
                value = unescape(value);
        }
        else
            value = p.includes('r') ? content : unescape(content);
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


/***/ })

};
