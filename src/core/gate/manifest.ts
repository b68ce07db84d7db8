/**
 * The manifest (`airflow-secrets.yml`, `.yaml` or `.json`): which
 * connections and variables a deployment needs, the backend kwargs and the
 * Airflow version. Every mistake is reported with its line and column, all
 * at once.
 */
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument
} from 'yaml'
import { parseYamlSubset } from './yaml-subset.js'
import {
  CONNECTION_FIELDS,
  type ConnectionField,
  type ConnectionRule,
  type VariableRule
} from './evaluate.js'
import { ReleaseError, resolveRelease } from '../airflow/profiles.js'
import { PyError } from '../airflow/python/errors.js'
import {
  PyRegexUnsupportedError,
  compilePyRegex
} from '../airflow/python/regex.js'
import type { PyDict, PyValue } from '../airflow/python/value.js'
import type { AmazonProvider } from '../airflow/secrets-manager.js'

export interface Position {
  readonly line: number
  readonly column: number
}

export interface ManifestProblem extends Position {
  readonly message: string
}

export interface ManifestItem<Rule> {
  readonly id: string
  readonly rule: Rule
  readonly position: Position
}

export interface Manifest {
  readonly airflow?: string
  readonly amazonProvider?: AmazonProvider
  /** `amazon_provider:` as written ("9.28.0"), when given. */
  readonly amazonProviderVersion?: string
  readonly backend?: PyDict
  readonly connections: readonly ManifestItem<ConnectionRule>[]
  readonly variables: readonly ManifestItem<VariableRule>[]
}

export interface ManifestParse {
  readonly manifest: Manifest
  readonly problems: readonly ManifestProblem[]
}

const TOP_KEYS = [
  'airflow',
  'amazon_provider',
  'backend',
  'connections',
  'variables'
]
const CONNECTION_KEYS = ['conn_type', 'require', 'extra_keys', 'optional']
const VARIABLE_KEYS = ['json', 'pattern', 'optional']

const CONN_TYPE = /^[A-Za-z][\w+.-]*$/

/** Items the manifest may list in all; a larger one is refused, not parsed slowly. */
export const MAX_ITEMS = 20_000

/**
 * What a value is, for a problem's message; a function when building the
 * text would cost something on every entry of a large manifest.
 */
type What = string | (() => string)

const describe = (what: What): string =>
  typeof what === 'string' ? what : what()

class Reader {
  readonly problems: ManifestProblem[] = []
  constructor(private readonly lines: LineCounter) {}

  at(node: Node | null | undefined): Position {
    const offset = node?.range?.[0] ?? 0
    const { line, col } = this.lines.linePos(offset)
    return { line, column: col }
  }

  problem(node: Node | null | undefined, message: string): void {
    this.problems.push({ ...this.at(node), message })
  }

  /** A scalar's text as written (so `3.0` stays "3.0"). */
  text(node: Node | null | undefined, what: What): string | undefined {
    if (isScalar(node)) {
      const value: unknown = node.value
      if (typeof value === 'string') return value
      if (typeof value === 'number' || typeof value === 'bigint')
        return node.source ?? String(value)
      if (typeof value === 'boolean') {
        this.problem(node, `${describe(what)} must be a string, not a boolean`)
        return undefined
      }
    }
    this.problem(node, `${describe(what)} must be a string`)
    return undefined
  }

  bool(node: Node | null | undefined, what: What): boolean | undefined {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value
    this.problem(node, `${describe(what)} must be true or false`)
    return undefined
  }

  strings(node: Node | null | undefined, what: What): string[] | undefined {
    if (!isSeq(node)) {
      this.problem(node, `${describe(what)} must be a list of strings`)
      return undefined
    }
    const out: string[] = []
    for (const item of node.items) {
      const value = this.text(
        item as Node,
        () => `each entry of ${describe(what)}`
      )
      if (value !== undefined) out.push(value)
    }
    return out
  }
}

/** A YAML node as the Python value json.loads would give for the same JSON. */
function toPy(node: unknown, reader: Reader, what: string): PyValue {
  if (isScalar(node)) {
    const value = node.value
    if (
      value === null ||
      typeof value === 'boolean' ||
      typeof value === 'string' ||
      typeof value === 'bigint'
    )
      return value
    if (typeof value === 'number')
      return Number.isInteger(value) && !(node.source ?? '').includes('.')
        ? BigInt(value)
        : value
    reader.problem(node, `${what} has a value that is not JSON`)
    return null
  }
  if (isSeq(node)) return node.items.map((item) => toPy(item, reader, what))
  if (isMap(node)) {
    const dict: PyDict = new Map()
    for (const pair of node.items) {
      const key = reader.text(pair.key as Node, `a key in ${what}`)
      if (key !== undefined)
        dict.set(key, toPy(pair.value, reader, `${what}.${key}`))
    }
    return dict
  }
  if (node === null || node === undefined) return null
  reader.problem(node as Node, `${what} has a value that is not JSON`)
  return null
}

function checkKeys(
  reader: Reader,
  map: Node,
  allowed: readonly string[],
  where: What
): void {
  if (!isMap(map)) return
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!allowed.includes(key))
      reader.problem(
        pair.key as Node,
        `unknown key '${key}' in ${describe(where)}; expected one of ${allowed.join(', ')}`
      )
  }
}

function connectionRule(
  reader: Reader,
  id: string,
  node: Node | null
): ConnectionRule {
  if (node === null || (isScalar(node) && node.value === null)) return {}
  if (!isMap(node)) {
    reader.problem(
      node,
      `connection '${id}' must map to rules ({ conn_type, require, extra_keys, optional }) or {}`
    )
    return {}
  }
  checkKeys(reader, node, CONNECTION_KEYS, () => `connection '${id}'`)
  if (node.items.length === 0) return {}
  let rule: { -readonly [K in keyof ConnectionRule]: ConnectionRule[K] } = {}
  const connType = node.get('conn_type', true)
  if (connType !== undefined) {
    const text = reader.text(connType, () => `conn_type of '${id}'`)
    if (text !== undefined) {
      if (!CONN_TYPE.test(text))
        reader.problem(
          connType,
          `conn_type of '${id}' must look like a connection type such as postgres or google_cloud_platform`
        )
      else rule = { connType: text }
    }
  }
  const require = node.get('require', true)
  if (require !== undefined) {
    const fields = reader.strings(require, () => `require of '${id}'`)
    const bad = (fields ?? []).filter(
      (field) => !(CONNECTION_FIELDS as readonly string[]).includes(field)
    )
    if (bad.length > 0)
      reader.problem(
        require,
        `require of '${id}' names unknown field${bad.length > 1 ? 's' : ''} ${bad.join(', ')}; fields are ${CONNECTION_FIELDS.join(', ')}`
      )
    else if (fields) rule = { ...rule, require: fields as ConnectionField[] }
  }
  const extraKeys = node.get('extra_keys', true)
  if (extraKeys !== undefined) {
    const keys = reader.strings(extraKeys, () => `extra_keys of '${id}'`)
    if (keys) rule = { ...rule, extraKeys: keys }
  }
  const optional = node.get('optional', true)
  if (optional !== undefined) {
    const value = reader.bool(optional, () => `optional of '${id}'`)
    if (value !== undefined) rule = { ...rule, optional: value }
  }
  return rule
}

function variableRule(
  reader: Reader,
  id: string,
  node: Node | null
): VariableRule {
  if (node === null || (isScalar(node) && node.value === null)) return {}
  if (!isMap(node)) {
    reader.problem(
      node,
      `variable '${id}' must map to rules ({ json, pattern, optional }) or {}`
    )
    return {}
  }
  checkKeys(reader, node, VARIABLE_KEYS, () => `variable '${id}'`)
  if (node.items.length === 0) return {}
  let rule: { -readonly [K in keyof VariableRule]: VariableRule[K] } = {}
  const json = node.get('json', true)
  if (json !== undefined) {
    const value = reader.bool(json, () => `json of '${id}'`)
    if (value !== undefined) rule = { ...rule, json: value }
  }
  const pattern = node.get('pattern', true)
  if (pattern !== undefined) {
    const text = reader.text(pattern, () => `pattern of '${id}'`)
    if (text !== undefined) {
      try {
        rule = { ...rule, pattern: compilePyRegex(text) }
      } catch (error) {
        if (
          error instanceof PyError ||
          error instanceof PyRegexUnsupportedError
        )
          reader.problem(
            pattern,
            `pattern of '${id}' is not a usable Python regex: ${error.message}`
          )
        else throw error
      }
    }
  }
  const optional = node.get('optional', true)
  if (optional !== undefined) {
    const value = reader.bool(optional, () => `optional of '${id}'`)
    if (value !== undefined) rule = { ...rule, optional: value }
  }
  return rule
}

function items<Rule>(
  reader: Reader,
  node: Node | null | undefined,
  kind: 'connections' | 'variables',
  parseRule: (reader: Reader, id: string, node: Node | null) => Rule
): ManifestItem<Rule>[] {
  if (
    node === undefined ||
    node === null ||
    (isScalar(node) && node.value === null)
  )
    return []
  const out: ManifestItem<Rule>[] = []
  const seen = new Set<string>()
  const one = kind.slice(0, -1)
  const what = `a ${one} id`
  const add = (keyNode: Node, ruleNode: Node | null): void => {
    const id = reader.text(keyNode, what)
    if (id === undefined) return
    if (id.trim() === '') {
      reader.problem(keyNode, `${kind} ids must not be empty`)
      return
    }
    if (seen.has(id)) {
      reader.problem(keyNode, `duplicate ${one} id '${id}'`)
      return
    }
    seen.add(id)
    out.push({
      id,
      rule: parseRule(reader, id, ruleNode),
      position: reader.at(keyNode)
    })
  }
  if (isSeq(node)) for (const item of node.items) add(item as Node, null)
  else if (isMap(node))
    for (const pair of node.items)
      add(pair.key as Node, (pair.value ?? null) as Node | null)
  else
    reader.problem(
      node,
      `${kind} must be a map of id to rules, or a list of ids`
    )
  return out
}

/** A syntax problem at an offset of the text. */
export interface SyntaxProblem {
  readonly offset: number
  readonly message: string
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
export function duplicateKeys(root: unknown): SyntaxProblem[] {
  const problems: SyntaxProblem[] = []
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (isMap(node)) {
      const seen = new Set<unknown>()
      for (const pair of node.items) {
        const key = pair.key
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value))
            problems.push({
              offset: key.range?.[0] ?? 0,
              message: 'Map keys must be unique'
            })
          else seen.add(key.value)
        }
        stack.push(pair.value, key)
      }
    } else if (isSeq(node)) stack.push(...node.items)
  }
  return problems.sort((a, b) => a.offset - b.offset)
}

/** A manifest's YAML: its root node, line table and syntax problems. */
export interface ManifestYaml {
  readonly root: Node | null
  readonly lines: LineCounter
  /** In `yaml`'s order and at its offsets. */
  readonly syntax: readonly SyntaxProblem[]
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
export function readManifestYaml(text: string): ManifestYaml {
  const subset = parseYamlSubset(text)
  // The subset reader declines a repeated key: yaml reports it.
  if (subset !== null) {
    const lines = new LineCounter()
    lines.addNewLine(0)
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      lines.addNewLine(i + 1)
    return { root: subset, lines, syntax: [] }
  }
  const parse = (uniqueKeys: boolean): ManifestYaml => {
    const lines = new LineCounter()
    const document = parseDocument(text, {
      lineCounter: lines,
      uniqueKeys,
      intAsBigInt: true,
      prettyErrors: false
    })
    const syntax = document.errors.map((error) => ({
      offset: error.pos[0],
      message:
        error.message
          .split('\n')[0]
          ?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code
    }))
    return { root: document.contents, lines, syntax }
  }
  const read = parse(false)
  return duplicateKeys(read.root).length === 0 ? read : parse(true)
}

/**
 * How deep a manifest may nest. Real ones need a handful of levels
 * (`backend.config_kwargs.retries.mode`); the YAML parser would exhaust the
 * stack at a few thousand, and Airflow's json.loads of the kwargs raises
 * RecursionError near a thousand.
 */
export const MAX_MANIFEST_DEPTH = 64

// Character codes tooDeepAt looks at.
const SPACE = 0x20
const HASH = 0x23
const CR = 0x0d
const BACKSLASH = 0x5c
const DOUBLE_QUOTE = 0x22
const SINGLE_QUOTE = 0x27
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
/** Where a quote may open a scalar: after these, or at a line's start. */
const QUOTE_OPENERS = new Set(
  [':', '[', '{', ',', '-', '?'].map((char) => char.charCodeAt(0))
)

/**
 * The first line (1-based) at which the text nests deeper than `limit`, or
 * null. Counted without parsing, so it bounds the parser: indentation
 * levels, `- ` entries opened on one line, and open `[`/`{` outside quotes
 * and comments.
 */
export function tooDeepAt(
  text: string,
  limit = MAX_MANIFEST_DEPTH
): number | null {
  const indents: number[] = []
  let flow = 0
  // The open quote's character code, 0 outside quotes.
  let quote = 0
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    let at = 0
    if (quote === 0 && flow === 0) {
      while (line.charCodeAt(at) === SPACE) at++
      const first = line.charCodeAt(at)
      if (at < line.length && first !== HASH && first !== CR) {
        while (indents.length > 0 && (indents.at(-1) ?? 0) > at) indents.pop()
        if (indents.length === 0 || (indents.at(-1) ?? 0) < at) indents.push(at)
      }
    }
    let dashes = 0
    for (let i = at; line.startsWith('- ', i); i += 2) dashes++
    let deepest = flow
    // The last character before this one that is not a space (-1 at the start).
    let before = -1
    for (let i = at; i < line.length; i++) {
      const code = line.charCodeAt(i)
      if (quote !== 0) {
        if (code === BACKSLASH && quote === DOUBLE_QUOTE) i++
        else if (code === quote) quote = 0
        before = code
        continue
      }
      if (code === SPACE) continue
      const previous = before
      before = code
      // A quote opens a scalar only where one may start (`it's` does not).
      if (
        (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) &&
        (previous === -1 || QUOTE_OPENERS.has(previous))
      )
        quote = code
      else if (code === HASH && (i === 0 || line.charCodeAt(i - 1) === SPACE))
        break
      else if (code === OPEN_BRACKET || code === OPEN_BRACE)
        deepest = Math.max(deepest, ++flow)
      else if ((code === CLOSE_BRACKET || code === CLOSE_BRACE) && flow > 0)
        flow--
    }
    if (indents.length + dashes + deepest > limit) return index + 1
  }
  return null
}

/** Parses a manifest's text (YAML 1.2; JSON is YAML too). */
export function parseManifest(text: string): ManifestParse {
  const deep = tooDeepAt(text)
  if (deep !== null)
    return {
      manifest: { connections: [], variables: [] },
      problems: [
        {
          line: deep,
          column: 1,
          message: `the manifest nests deeper than ${MAX_MANIFEST_DEPTH} levels here; manifests and backend kwargs need only a few`
        }
      ]
    }
  const { root, lines, syntax } = readManifestYaml(text)
  const reader = new Reader(lines)
  for (const problem of syntax) {
    const start = lines.linePos(problem.offset)
    reader.problems.push({
      line: start.line,
      column: start.col,
      // The parser's own stack, exhausted: never a raw engine message.
      message: /call stack/i.test(problem.message)
        ? `the manifest nests too deeply to be read here; manifests and backend kwargs need only a few levels`
        : problem.message
    })
  }
  const empty: Manifest = { connections: [], variables: [] }
  if (reader.problems.length > 0)
    return { manifest: empty, problems: reader.problems }
  if (root === null || (isScalar(root) && root.value === null))
    return {
      manifest: empty,
      problems: [
        {
          line: 1,
          column: 1,
          message: 'the manifest is empty; list connections and variables'
        }
      ]
    }
  if (!isMap(root))
    return {
      manifest: empty,
      problems: [
        {
          ...reader.at(root),
          message:
            'the manifest must be a map with airflow, backend, connections and variables'
        }
      ]
    }
  checkKeys(reader, root, TOP_KEYS, 'the manifest')

  let manifest: { -readonly [K in keyof Manifest]: Manifest[K] } = {
    connections: [],
    variables: []
  }
  const airflow = root.get('airflow', true)
  if (airflow !== undefined) {
    const version = reader.text(airflow, 'airflow')
    if (version !== undefined) {
      try {
        if (version.trim().toLowerCase() !== 'auto') resolveRelease(version)
        manifest = { ...manifest, airflow: version }
      } catch (error) {
        if (!(error instanceof ReleaseError)) throw error
        reader.problem(airflow, `airflow: ${error.message}`)
      }
    }
  }
  const provider = root.get('amazon_provider', true)
  if (provider !== undefined) {
    const major = reader.text(provider, 'amazon_provider')?.split('.')[0]
    const written = reader.text(provider, 'amazon_provider')
    if (written !== undefined)
      manifest = { ...manifest, amazonProviderVersion: written }
    if (major === '8' || major === '9')
      manifest = { ...manifest, amazonProvider: major }
    else if (major !== undefined && /^\d+$/.test(major) && Number(major) > 9)
      manifest = { ...manifest, amazonProvider: '9' }
    else if (major !== undefined)
      reader.problem(
        provider,
        'amazon_provider must be the provider major version, 8 or 9 (later majors read kwargs as 9 does)'
      )
  }
  const backend = root.get('backend', true)
  if (backend !== undefined) {
    if (!isMap(backend))
      reader.problem(
        backend,
        'backend must be a map of SecretsManagerBackend kwargs'
      )
    else
      manifest = {
        ...manifest,
        backend: toPy(backend, reader, 'backend') as PyDict
      }
  }
  const connections = items(
    reader,
    root.get('connections', true) as Node | undefined,
    'connections',
    connectionRule
  )
  const variables = items(
    reader,
    root.get('variables', true) as Node | undefined,
    'variables',
    variableRule
  )
  if (connections.length + variables.length > MAX_ITEMS)
    reader.problems.push({
      line: 1,
      column: 1,
      message: `the manifest lists ${connections.length + variables.length} items; at most ${MAX_ITEMS} are checked in one run`
    })
  manifest = { ...manifest, connections, variables }
  return { manifest, problems: reader.problems }
}

/** Ids from a `connections`/`variables` input: newline- or comma-separated. */
export function parseIdList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((id) => id.trim())
    .filter((id) => id !== '')
}
