/**
 * Connections and variables defined in local files, read the way Airflow
 * (LocalFilesystemBackend, EnvironmentVariablesBackend) and the Astro CLI
 * (`.env` through Docker Compose, `airflow_settings.yaml`) read them. Pure:
 * takes file contents. Load errors name the file, line and id, never a value.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Node } from 'yaml'
import {
  PyJsonDecodeError,
  pyJsonDumps,
  pyJsonLoads
} from '../airflow/python/json.js'
import { isPyDict, pyTypeName } from '../airflow/python/value.js'
import type { PyDict, PyValue } from '../airflow/python/value.js'

/**
 * How `value` is to be parsed: `uri` a connection URI, `json` a JSON
 * connection (or a variable that held structured data, serialised as Python
 * would), `fields` the JSON of a connection built from separate fields,
 * `text` a variable's plain string.
 */
export type LocalFormat = 'uri' | 'json' | 'fields' | 'text'

export interface LocalItem {
  readonly kind: 'connection' | 'variable'
  readonly id: string
  readonly value: string
  readonly format: LocalFormat
  /** Set for environment variables: stripped, JSON when it starts with `{`. */
  readonly env?: true
  readonly source: { readonly file: string; readonly line: number }
}

export interface LoadError {
  readonly file: string
  readonly line: number
  /** One line; names the id or key, never the value. */
  readonly message: string
  readonly severity: 'error' | 'warning'
  /**
   * The tool reading the file rejects all of it, not just this entry. The
   * file's other items are still listed, so their values can be checked.
   */
  readonly fatal: boolean
  /**
   * A warning that the line's value is wrapped in quotes. The value lint
   * (`value-quoted`) says the same for every value the manifest checks.
   */
  readonly quotedValue?: true
}

export interface LocalLoad {
  readonly items: readonly LocalItem[]
  readonly errors: readonly LoadError[]
}

/** Which reader applies to a file. */
export type LocalSourceKind =
  'connections' | 'variables' | 'astro-env' | 'airflow-settings'

class Loader {
  readonly items: LocalItem[] = []
  readonly errors: LoadError[] = []
  constructor(readonly file: string) {}
  item(
    kind: LocalItem['kind'],
    id: string,
    value: string,
    format: LocalFormat,
    line: number,
    env = false
  ): void {
    this.items.push({
      kind,
      id,
      value,
      format,
      ...(env ? { env: true as const } : {}),
      source: { file: this.file, line }
    })
  }
  error(line: number, message: string, fatal = false): void {
    this.errors.push({
      file: this.file,
      line,
      message,
      severity: 'error',
      fatal
    })
  }
  warn(line: number, message: string, quotedValue = false): void {
    this.errors.push({
      file: this.file,
      line,
      message,
      severity: 'warning',
      fatal: false,
      ...(quotedValue ? { quotedValue: true as const } : {})
    })
  }
  result(): LocalLoad {
    return { items: this.items, errors: this.errors }
  }
}

const extensionOf = (file: string): string => {
  const base = file.replace(/^.*[\\/]/, '')
  const dot = base.lastIndexOf('.')
  return dot <= 0 && !base.startsWith('.')
    ? ''
    : base.slice(dot + 1).toLowerCase()
}

const SUPPORTED = ['env', 'json', 'yaml', 'yml']

/** Python's `str.splitlines()` boundaries. */
// eslint-disable-next-line no-control-regex
const SPLITLINES = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/

interface RawEntry {
  readonly key: string
  readonly value: PyValue
  readonly line: number
}

/** Airflow's `_parse_env_file`: `KEY=VALUE` lines, values kept verbatim. */
function parseAirflowEnv(text: string, load: Loader): RawEntry[] {
  const entries: RawEntry[] = []
  text.split(SPLITLINES).forEach((line, index) => {
    const lineNo = index + 1
    if (line === '' || /^\s*#/.test(line)) return
    const eq = line.indexOf('=')
    if (eq === -1) {
      load.error(
        lineNo,
        'Invalid line format. The line should contain at least one equal sign ("=").',
        true
      )
      return
    }
    const key = line.slice(0, eq)
    const value = line.slice(eq + 1)
    if (key === '') {
      load.error(lineNo, 'Invalid line format. Key is empty.', true)
      return
    }
    if (value === '') {
      load.error(lineNo, 'Invalid line format. Value is empty.', true)
      return
    }
    if (/^(["']).*\1$/.test(value) && value.length >= 2)
      load.warn(
        lineNo,
        `${key}: the value is wrapped in quotes; Airflow's .env reader keeps them as part of the value`,
        true
      )
    entries.push({ key, value, line: lineNo })
  })
  return entries
}

/** A YAML node as Python's `yaml.safe_load` would give it. */
function yamlToPy(node: unknown): PyValue {
  if (isMap(node)) {
    const dict: PyDict = new Map()
    for (const pair of node.items)
      dict.set(
        String(isScalar(pair.key) ? pair.key.value : pair.key),
        yamlToPy(pair.value)
      )
    return dict
  }
  if (isSeq(node)) return node.items.map(yamlToPy)
  if (isScalar(node)) {
    const value: unknown = node.value
    if (value === null || value === undefined) return null
    if (
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      typeof value === 'bigint' ||
      typeof value === 'number'
    )
      return value
    if (value instanceof Date) return value.toISOString()
    return null
  }
  return null
}

/** The message of a YAML parse error, without the source excerpt. */
const yamlMessage = (message: string): string =>
  (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')

/** Airflow's `_parse_json_file` / `_parse_yaml_file`: a top-level object. */
function parseObjectFile(
  text: string,
  ext: string,
  load: Loader
): RawEntry[] | undefined {
  if (text === '') {
    load.error(1, 'The file is empty.', true)
    return undefined
  }
  if (ext === 'json') {
    try {
      const value = pyJsonLoads(text)
      if (!isPyDict(value)) {
        load.error(1, 'The file should contain the object.', true)
        return undefined
      }
      const keyLines = topLevelKeyLines(text)
      return [...value.entries()].map(([key, item]) => ({
        key,
        value: item,
        line: keyLines.get(key) ?? 1
      }))
    } catch (error) {
      if (!(error instanceof PyJsonDecodeError)) throw error
      load.error(error.lineno, error.message, true)
      return undefined
    }
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    version: '1.1',
    intAsBigInt: true,
    uniqueKeys: false,
    lineCounter
  })
  const error = doc.errors[0]
  if (error) {
    load.error(error.linePos?.[0].line ?? 1, yamlMessage(error.message), true)
    return undefined
  }
  if (!isMap(doc.contents)) {
    load.error(1, 'The file should contain the object.', true)
    return undefined
  }
  const last = new Map<string, RawEntry>()
  for (const pair of doc.contents.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key)
    const offset = (pair.key as Node | null)?.range?.[0] ?? 0
    last.set(key, {
      key,
      value: yamlToPy(pair.value),
      line: lineCounter.linePos(offset).line
    })
  }
  return [...last.values()]
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
]

const pySetRepr = (items: readonly string[]): string =>
  `{${[...items]
    .sort()
    .map((item) => `'${item}'`)
    .join(', ')}}`

/** Airflow's `_create_connection` for one entry of a connections file. */
function addConnection(
  load: Loader,
  id: string,
  value: PyValue,
  line: number
): void {
  if (typeof value === 'string') {
    load.item('connection', id, value, 'uri', line)
    return
  }
  if (!isPyDict(value)) {
    load.error(
      line,
      `${id}: Unexpected value type: <class '${pyTypeName(value)}'>. The connection can only be defined using a string or object.`,
      true
    )
    return
  }
  const keys = [...value.keys()]
  // Keys of a secret's object may be secret themselves: named by position.
  const illegal = keys.flatMap((key, index) =>
    CONNECTION_KEYS.includes(key) ? [] : [`key #${index + 1}`]
  )
  if (illegal.length > 0) {
    load.error(
      line,
      `${id}: The object have illegal keys: ${illegal.join(', ')} (names not shown). The dictionary can only contain the following keys: ${pySetRepr(CONNECTION_KEYS)}`,
      true
    )
    return
  }
  if (value.has('extra') && value.has('extra_dejson')) {
    load.error(
      line,
      `${id}: The extra and extra_dejson parameters are mutually exclusive. Please provide only one parameter.`,
      true
    )
    return
  }
  const fields: PyDict = new Map(value)
  if (fields.has('extra_dejson')) {
    fields.set('extra', pyJsonDumps(fields.get('extra_dejson') ?? null))
    fields.delete('extra_dejson')
  }
  const connId = fields.get('conn_id')
  if (connId !== undefined && connId !== id) {
    load.error(
      line,
      `${id}: Mismatch conn_id. The dictionary key has the value: ${typeof connId === 'string' ? connId : pyJsonDumps(connId)}. The item has the value: ${id}.`,
      true
    )
    return
  }
  fields.delete('conn_id')
  load.item('connection', id, pyJsonDumps(fields), 'fields', line)
}

function unsupported(file: string): LocalLoad {
  const load = new Loader(file)
  load.error(
    1,
    `Unsupported file format. The file must have one of the following extensions: ${SUPPORTED.map((e) => `.${e}`).join(' ')}`,
    true
  )
  return load.result()
}

/** A LocalFilesystemBackend connections file (`.env`, `.json`, `.yaml`). */
export function parseConnectionsFile(file: string, text: string): LocalLoad {
  const ext = extensionOf(file)
  if (!SUPPORTED.includes(ext)) return unsupported(file)
  const load = new Loader(file)
  if (ext === 'env') {
    const entries = parseAirflowEnv(text, load)
    const byKey = new Map<string, RawEntry[]>()
    for (const entry of entries)
      byKey.set(entry.key, [...(byKey.get(entry.key) ?? []), entry])
    for (const [key, list] of byKey) {
      const first = list[0]
      if (!first) continue
      if (list.length > 1) {
        load.error(
          list[1]?.line ?? first.line,
          `Found multiple values for ${key} in ${file}.`,
          true
        )
        continue
      }
      addConnection(load, key, first.value, first.line)
    }
    return load.result()
  }
  for (const entry of parseObjectFile(text, ext, load) ?? [])
    addConnection(load, entry.key, entry.value, entry.line)
  return load.result()
}

/** A LocalFilesystemBackend variables file (`.env`, `.json`, `.yaml`). */
export function parseVariablesFile(file: string, text: string): LocalLoad {
  const ext = extensionOf(file)
  if (!SUPPORTED.includes(ext)) return unsupported(file)
  const load = new Loader(file)
  if (ext === 'env') {
    const entries = parseAirflowEnv(text, load)
    const counts = new Map<string, number>()
    for (const entry of entries)
      counts.set(entry.key, (counts.get(entry.key) ?? 0) + 1)
    const duplicates = [...counts].filter(([, n]) => n > 1).map(([k]) => k)
    if (duplicates.length > 0) {
      const seen = new Set<string>()
      const line =
        entries.find((e) => {
          const again = seen.has(e.key)
          seen.add(e.key)
          return again
        })?.line ?? 1
      load.error(
        line,
        `The "${file}" file contains multiple values for keys: [${duplicates.map((k) => `'${k}'`).join(', ')}]`,
        true
      )
    }
    for (const entry of entries)
      if (!duplicates.includes(entry.key))
        load.item(
          'variable',
          entry.key,
          typeof entry.value === 'string' ? entry.value : '',
          'text',
          entry.line
        )
    return load.result()
  }
  for (const entry of parseObjectFile(text, ext, load) ?? []) {
    if (typeof entry.value === 'string') {
      load.item('variable', entry.key, entry.value, 'text', entry.line)
      continue
    }
    if (entry.value === null) {
      load.warn(
        entry.line,
        `${entry.key}: the value is null; Airflow treats the variable as not set`
      )
      continue
    }
    load.warn(
      entry.line,
      `${entry.key}: the value is a ${pyTypeName(entry.value)}, not a string; Airflow returns it as is, and deserialize_json=True or {{ var.json }} fail on it`
    )
    load.item(
      'variable',
      entry.key,
      pyJsonDumps(entry.value),
      'json',
      entry.line
    )
  }
  return load.result()
}

export interface DotenvEntry {
  readonly key: string
  readonly value: string
  readonly line: number
}

const DOTENV_KEY = /^[A-Za-z_][A-Za-z0-9_.\-[\]]*$/

/**
 * A `.env` file as Docker Compose reads it (what `astro dev` uses): comments,
 * `export`, single quotes (literal), double quotes (escapes, multi-line),
 * inline ` #` comments in unquoted values, and `$VAR` interpolation, which
 * is reported because it silently changes values that contain `$`.
 */
export function parseComposeDotenv(
  file: string,
  text: string
): { entries: DotenvEntry[]; errors: readonly LoadError[] } {
  const load = new Loader(file)
  return { entries: readComposeDotenv(load, text), errors: load.errors }
}

/** The index of the closing quote in `body`, or -1. */
function closingQuote(body: string, quote: string): number {
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i)
    if (quote === '"' && ch === '\\') i++
    else if (ch === quote) return i
  }
  return -1
}

function readComposeDotenv(load: Loader, text: string): DotenvEntry[] {
  const entries: DotenvEntry[] = []
  const lines = text.split(/\r?\n/)
  for (let index = 0; index < lines.length; index++) {
    const lineNo = index + 1
    let line = lines[index] ?? ''
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue
    line = line.replace(/^\s*export\s+/, '')
    const eq = line.indexOf('=')
    if (eq === -1) {
      load.warn(
        lineNo,
        `${trimmed}: no '='; Docker Compose takes this variable from your shell environment`
      )
      continue
    }
    const key = line.slice(0, eq).trim()
    if (!DOTENV_KEY.test(key)) {
      load.error(
        lineNo,
        `invalid variable name on this line; Docker Compose refuses the file`,
        true
      )
      continue
    }
    let rest = line.slice(eq + 1).replace(/^\s+/, '')
    let value: string
    let expands = false
    const quote = rest.charAt(0)
    if (quote === "'" || quote === '"') {
      let body = rest.slice(1)
      let end: number
      let extra = 0
      for (;;) {
        end = closingQuote(body, quote)
        if (end !== -1 || index + extra + 1 >= lines.length) break
        extra++
        body += '\n' + (lines[index + extra] ?? '')
      }
      if (end === -1) {
        load.error(
          lineNo,
          `${key}: unterminated quoted value; Docker Compose refuses the file`,
          true
        )
        index += extra
        continue
      }
      index += extra
      value = body.slice(0, end)
      if (quote === '"') {
        expands = /\$(?!\$)/.test(
          value.replace(/\\\$/g, '').replace(/\$\$/g, '')
        )
        value = value.replace(/\\([\\"nrt$])/g, (_m, ch: string) =>
          ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch === 't' ? '\t' : ch
        )
      }
      rest = body.slice(end + 1)
      if (rest.trim() !== '' && !rest.trim().startsWith('#'))
        load.warn(
          lineNo,
          `${key}: text after the closing quote is ignored by Docker Compose`
        )
    } else {
      value = rest.replace(/\s+#.*$/, '').trimEnd()
      expands = /\$(?!\$)/.test(value.replace(/\$\$/g, ''))
    }
    if (expands)
      load.warn(
        lineNo,
        `${key}: the value contains '$', which Docker Compose expands as a variable; write '$$' for a literal '$' or single-quote the value`
      )
    if (quote !== "'") value = value.replace(/\$\$/g, '$')
    entries.push({ key, value, line: lineNo })
  }
  return entries
}

/** Python's `str.strip()` characters. */
// eslint-disable-next-line no-control-regex
const PY_SPACE = /^[\s\x1c-\x1f\x85]+/

/**
 * An Astro project's `.env`: `AIRFLOW_CONN_<ID>` (id lower-cased, as
 * Airflow's EnvironmentVariablesBackend matches it; URI or JSON) and
 * `AIRFLOW_VAR_<KEY>`.
 */
export function parseAstroEnv(file: string, text: string): LocalLoad {
  const load = new Loader(file)
  const entries = readComposeDotenv(load, text)
  const last = new Map<string, DotenvEntry>()
  for (const entry of entries) {
    const previous = last.get(entry.key)
    if (previous && /^AIRFLOW_(CONN|VAR)_/.test(entry.key))
      load.warn(
        previous.line,
        `${entry.key} is set again on line ${entry.line}; Docker Compose uses the last value`
      )
    last.set(entry.key, entry)
  }
  for (const entry of [...last.values()].sort((a, b) => a.line - b.line)) {
    const match = /^AIRFLOW_(CONN|VAR)_(.*)$/.exec(entry.key)
    if (!match) continue
    const kind = match[1] === 'CONN' ? 'connection' : 'variable'
    const id = (match[2] ?? '').toLowerCase()
    if (id === '') {
      load.warn(entry.line, `${entry.key}: no id after the prefix; ignored`)
      continue
    }
    if (entry.value === '') {
      load.warn(
        entry.line,
        `${entry.key}: the value is empty; Airflow treats the ${kind} as not set`
      )
      continue
    }
    const format: LocalFormat =
      kind === 'variable'
        ? 'text'
        : entry.value.replace(PY_SPACE, '').startsWith('{')
          ? 'json'
          : 'uri'
    load.item(kind, id, entry.value, format, entry.line, true)
  }
  return load.result()
}

/** A YAML scalar as Go's weakly typed decoding turns it into a string. */
const scalarText = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'bigint' || typeof value === 'number')
    return String(value)
  if (typeof value === 'boolean') return value ? '1' : '0'
  return undefined
}

/**
 * The Astro CLI's `airflow_settings.yaml`: `airflow.connections[]` (conn_id,
 * conn_type, conn_host, conn_schema, conn_login, conn_password, conn_port,
 * conn_uri, conn_extra) and `airflow.variables[]` (variable_name,
 * variable_value), with the CLI's rules for what it creates or skips.
 */
export function parseAirflowSettings(file: string, text: string): LocalLoad {
  const load = new Loader(file)
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { intAsBigInt: true, lineCounter })
  const lineOf = (node: unknown): number =>
    lineCounter.linePos((node as Node | null)?.range?.[0] ?? 0).line
  const error = doc.errors[0]
  if (error) {
    load.error(
      error.linePos?.[0].line ?? 1,
      `not valid YAML (${yamlMessage(error.message)}); the Astro CLI loads no connections, variables or pools from it`,
      true
    )
    return load.result()
  }
  if (doc.contents === null) return load.result()
  const airflow = isMap(doc.contents)
    ? doc.contents.get('airflow', true)
    : undefined
  if (!isMap(airflow)) {
    if (airflow !== undefined && !(isScalar(airflow) && airflow.value === null))
      load.error(
        lineOf(airflow),
        `'airflow' must be a mapping with connections, pools and variables`,
        true
      )
    return load.result()
  }
  const fatalField = (node: unknown, what: string): void => {
    load.error(
      lineOf(node),
      `${what}; the Astro CLI cannot decode the file and loads nothing from it`,
      true
    )
  }
  const connections: unknown = airflow.get('connections', true)
  if (isSeq(connections)) {
    for (const node of connections.items) {
      if (!isMap(node)) {
        if (!(isScalar(node) && node.value === null))
          fatalField(node, 'a connection must be a mapping of conn_* fields')
        continue
      }
      const line = lineOf(node)
      const field = (name: string): string | undefined => {
        const raw = node.get(name, true)
        const text = scalarText(isScalar(raw) ? raw.value : raw)
        if (text === undefined)
          fatalField(raw, `conn field ${name} must be a single value`)
        return text
      }
      const id = field('conn_id')
      if (id === undefined) continue
      if (id === '') {
        load.warn(
          line,
          'a connection without conn_id is skipped by the Astro CLI'
        )
        continue
      }
      const portNode = node.get('conn_port', true)
      const portValue: unknown = isScalar(portNode) ? portNode.value : portNode
      let port: bigint | undefined
      if (typeof portValue === 'bigint') port = portValue
      else if (
        typeof portValue === 'string' &&
        /^[-+]?\d+$/.test(portValue.trim())
      )
        port = BigInt(portValue.trim())
      else if (portValue !== null && portValue !== undefined) {
        fatalField(portNode, `${id}: conn_port must be a whole number`)
        continue
      }
      const values = {
        conn_type: field('conn_type'),
        host: field('conn_host'),
        login: field('conn_login'),
        password: field('conn_password'),
        schema: field('conn_schema'),
        uri: field('conn_uri')
      }
      if (Object.values(values).some((v) => v === undefined)) continue
      const quoted = Object.entries(values).find(([, v]) => v?.includes("'"))
      if (id.includes("'") || quoted)
        load.error(
          line,
          `${id}: ${quoted ? `conn_${quoted[0] === 'conn_type' ? 'type' : quoted[0]}` : 'conn_id'} contains a single quote, which the Astro CLI's shell command cannot pass; the connection is not created as written`
        )
      if (!values.conn_type && !values.uri) {
        load.error(
          line,
          `Skipping ${id}: conn_type or conn_uri must be specified.`
        )
        continue
      }
      const extraNode = node.get('conn_extra', true)
      let extra = ''
      if (isMap(extraNode)) {
        const parts: string[] = []
        for (const pair of extraNode.items) {
          const key = isScalar(pair.key) ? pair.key.value : undefined
          const item = isScalar(pair.value) ? pair.value.value : undefined
          if (typeof key === 'string' && typeof item === 'string')
            parts.push(`"${key}": "${item}"`)
          else
            load.warn(
              lineOf(pair.key),
              `${id}: conn_extra.${String(key)} is not a string; the Astro CLI drops it from the extra`
            )
        }
        if (parts.length > 0) extra = `{${parts.join(', ')}}`
      } else if (isScalar(extraNode) && typeof extraNode.value === 'string')
        extra = extraNode.value
      else if (
        extraNode !== undefined &&
        !(isScalar(extraNode) && extraNode.value === null)
      )
        load.warn(
          lineOf(extraNode),
          `${id}: conn_extra must be a mapping or a JSON string; the Astro CLI drops it`
        )
      const fields: PyDict = new Map()
      const set = (key: string, value: string | undefined): void => {
        if (value) fields.set(key, value)
      }
      set('conn_type', values.conn_type)
      set('extra', extra)
      set('host', values.host)
      set('login', values.login)
      set('password', values.password)
      set('schema', values.schema)
      if (port !== undefined && port !== 0n) fields.set('port', port)
      const counted = [...fields.keys()].filter((k) => k !== 'extra')
      if (values.uri && counted.length === 0)
        load.item('connection', id, values.uri, 'uri', line)
      else {
        if (values.uri)
          load.warn(
            line,
            `${id}: conn_uri is ignored because other conn_* fields are set`
          )
        load.item('connection', id, pyJsonDumps(fields), 'fields', line)
      }
    }
  } else if (
    connections !== undefined &&
    !(isScalar(connections) && connections.value === null)
  )
    fatalField(connections, "'airflow.connections' must be a list")

  const variables: unknown = airflow.get('variables', true)
  if (isSeq(variables)) {
    for (const node of variables.items) {
      if (!isMap(node)) {
        if (!(isScalar(node) && node.value === null))
          fatalField(
            node,
            'a variable must be a mapping with variable_name and variable_value'
          )
        continue
      }
      const line = lineOf(node)
      const nameNode = node.get('variable_name', true)
      const valueNode = node.get('variable_value', true)
      const name = scalarText(isScalar(nameNode) ? nameNode.value : nameNode)
      const value = scalarText(
        isScalar(valueNode) ? valueNode.value : valueNode
      )
      if (name === undefined || value === undefined) {
        fatalField(
          name === undefined ? nameNode : valueNode,
          'variable_name and variable_value must be single values'
        )
        continue
      }
      if (name === '') {
        if (value !== '')
          load.warn(
            line,
            'Skipping Variable Creation: No Variable Name Specified.'
          )
        continue
      }
      if (value === '') {
        load.warn(
          line,
          `${name}: variable_value is empty; the Astro CLI skips this variable`
        )
        continue
      }
      if (value.includes("'") || name.includes("'"))
        load.error(
          line,
          `${name}: contains a single quote, which the Astro CLI's shell command cannot pass; the variable is not created as written`
        )
      load.item('variable', name, value, 'text', line)
    }
  } else if (
    variables !== undefined &&
    !(isScalar(variables) && variables.value === null)
  )
    fatalField(variables, "'airflow.variables' must be a list")
  return load.result()
}

/** Reads one file's contents with the reader for its kind. */
export function parseLocalSource(
  kind: LocalSourceKind,
  file: string,
  text: string
): LocalLoad {
  switch (kind) {
    case 'connections':
      return parseConnectionsFile(file, text)
    case 'variables':
      return parseVariablesFile(file, text)
    case 'astro-env':
      return parseAstroEnv(file, text)
    case 'airflow-settings':
      return parseAirflowSettings(file, text)
  }
}

/**
 * The line of each top-level key of a JSON object (its last occurrence, as
 * the last value wins), read with the YAML parser since JSON is YAML 1.2.
 * Only for messages: a key it cannot place gets line 1.
 */
function topLevelKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>()
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false })
  if (!isMap(doc.contents)) return lines
  for (const pair of doc.contents.items) {
    const key: unknown = isScalar(pair.key) ? pair.key.value : undefined
    const offset = isScalar(pair.key) ? pair.key.range[0] : undefined
    if (typeof key === 'string' && offset !== undefined)
      lines.set(key, counter.linePos(offset).line)
  }
  return lines
}
