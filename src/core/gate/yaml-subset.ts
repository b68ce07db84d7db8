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
import {
  type Node,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
  isScalar,
  parseDocument
} from 'yaml'

/** Thrown inside the reader when the text leaves the subset. */
class OutsideSubset extends Error {}

const outside = (): never => {
  throw new OutsideSubset()
}

/** A plain word YAML's core schema reads as a string, whatever the context. */
const WORD = /^[A-Za-z_/][\w./@+~-]*$/
/** A plain token the subset accepts; anything but a WORD goes through `yaml`. */
const TOKEN = /^[\w./@+~-]+$/
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
])
/** Directives and document markers, left to `yaml`. */
const MARKERS = /^(?:---|\.\.\.|%)/m

/**
 * A character the subset leaves to `yaml`: a control character other than
 * the newline (tab and carriage return included), a C1 control, a Unicode
 * line separator, the byte-order mark or a non-character (one regular
 * expression: far faster than a loop over the text in a cold process).
 */
const SPECIAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/

/** Keys longer than this are left to `yaml` (it limits implicit keys to 1024). */
const MAX_KEY = 1000

interface Template {
  readonly value: unknown
  readonly type: Scalar.Type | undefined
}

interface Line {
  /** Offset of the line's first character in the text. */
  readonly start: number
  /** Leading spaces. */
  readonly indent: number
  /** The line's text (without the newline). */
  readonly text: string
}

class SubsetReader {
  private readonly templates = new Map<string, Template>()
  private readonly lines: Line[] = []
  private index = 0

  constructor(text: string) {
    let start = 0
    while (start <= text.length) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      const line = text.slice(start, end)
      let indent = 0
      while (line.charCodeAt(indent) === 32) indent++
      // Blank lines and whole-line comments do not shape the structure.
      if (indent < line.length && line[indent] !== '#')
        this.lines.push({ start, indent, text: line })
      start = end + 1
    }
  }

  document(): Node | null {
    const first = this.lines[0]
    if (!first) return outside()
    if (first.indent !== 0) return outside()
    const root = this.block(0)
    if (this.index !== this.lines.length) return outside()
    return root
  }

  /** A block map or list whose lines start at column `indent`. */
  private block(indent: number): YAMLMap | YAMLSeq {
    const first = this.lines[this.index]
    if (!first) return outside()
    return first.text[indent] === '-' && (first.text[indent + 1] ?? ' ') === ' '
      ? this.blockSeq(indent)
      : this.blockMap(indent)
  }

  private blockSeq(indent: number): YAMLSeq {
    const seq = new YAMLSeq()
    for (;;) {
      const line = this.lines[this.index]
      if (!line || line.indent < indent) break
      if (line.indent > indent || !line.text.startsWith('- ', indent))
        return outside()
      if (seq.items.length === 0) seq.range = [line.start + indent, 0, 0]
      this.index++
      let at = indent + 2
      while (line.text.charCodeAt(at) === 32) at++
      const value = this.value(line, at)
      if (value === null) return outside()
      seq.items.push(value)
    }
    return seq
  }

  private blockMap(indent: number): YAMLMap {
    const map = new YAMLMap()
    const keys = new Set<unknown>()
    for (;;) {
      const line = this.lines[this.index]
      if (!line || line.indent < indent) break
      if (line.indent > indent) return outside()
      if (map.items.length === 0) map.range = [line.start + indent, 0, 0]
      this.index++
      const { key, end } = this.key(line, indent)
      this.unique(keys, key)
      let at = end
      while (line.text.charCodeAt(at) === 32) at++
      let value: Node | null = this.value(line, at)
      if (value === null) {
        const next = this.lines[this.index]
        // A list under a key may start in the key's own column, as YAML allows;
        // that form is left to the full parser.
        if (next && next.indent === indent && next.text.startsWith('-', indent))
          return outside()
        value =
          next && next.indent > indent
            ? this.block(next.indent)
            : this.empty(line.start + at)
      }
      map.items.push(new Pair(key, value))
    }
    return map
  }

  /** `key:` at `at` in a block map line; returns the key and the offset after `:`. */
  private key(line: Line, at: number): { key: Scalar; end: number } {
    const text = line.text
    const quote = text[at]
    if (quote === '"' || quote === "'") {
      const { scalar, end } = this.quoted(line, at)
      if (text[end] !== ':') return outside()
      const after = text.charCodeAt(end + 1)
      if (!(Number.isNaN(after) || after === 32)) return outside()
      return { key: scalar, end: end + 1 }
    }
    let colon = text.indexOf(':', at)
    while (colon !== -1) {
      const after = text.charCodeAt(colon + 1)
      if (Number.isNaN(after) || after === 32) break
      colon = text.indexOf(':', colon + 1)
    }
    if (colon === -1 || colon - at > MAX_KEY) return outside()
    const token = text.slice(at, colon)
    return { key: this.plain(token, line.start + at), end: colon + 1 }
  }

  /**
   * The value that starts at `at` (after the separating spaces) and runs to
   * the end of the line or a comment; null when there is none.
   */
  private value(line: Line, at: number): Node | null {
    const text = line.text
    if (at >= text.length || text[at] === '#') return null
    let node: Node
    let end: number
    const c = text[at]
    if (c === '{' || c === '[') ({ node, end } = this.flow(line, at))
    else if (c === '"' || c === "'") {
      const quoted = this.quoted(line, at)
      node = quoted.scalar
      end = quoted.end
    } else {
      const hash = text.indexOf(' #', at)
      end = hash === -1 ? text.length : hash
      while (text.charCodeAt(end - 1) === 32) end--
      node = this.plain(text.slice(at, end), line.start + at)
    }
    let rest = end
    while (text.charCodeAt(rest) === 32) rest++
    if (rest < text.length && !(text[rest] === '#' && rest > end)) outside()
    return node
  }

  /**
   * A repeated key (equal scalar values, as `yaml`'s check compares them)
   * is left to `yaml`, which reports it.
   */
  private unique(keys: Set<unknown>, key: Scalar): void {
    const value = key.value
    if (Number.isNaN(value)) return
    if (keys.has(value)) outside()
    keys.add(value)
  }

  /** A one-line flow map or list starting at `at`. */
  private flow(line: Line, at: number): { node: Node; end: number } {
    const text = line.text
    const isMap = text[at] === '{'
    const close = isMap ? '}' : ']'
    const collection = isMap ? new YAMLMap() : new YAMLSeq()
    collection.flow = true
    collection.range = [line.start + at, 0, 0]
    const keys = new Set<unknown>()
    let i = at + 1
    const spaces = (): void => {
      while (text.charCodeAt(i) === 32) i++
    }
    spaces()
    if (text[i] === close) return { node: collection, end: i + 1 }
    for (;;) {
      const item = this.flowItem(line, i)
      i = item.end
      spaces()
      if (collection instanceof YAMLMap) {
        if (!isScalar(item.node) || text[i] !== ':') return outside()
        // After a plain key the `:` needs a space; after a quoted one not.
        i++
        if (text[i] !== ' ' && !item.quoted) return outside()
        spaces()
        this.unique(keys, item.node)
        const value = this.flowItem(line, i)
        collection.items.push(new Pair(item.node, value.node))
        i = value.end
        spaces()
      } else {
        if (text[i] === ':') return outside()
        collection.items.push(item.node)
      }
      if (text[i] === close) return { node: collection, end: i + 1 }
      if (text[i] !== ',') return outside()
      i++
      spaces()
      // A trailing comma is valid YAML, but left to the full parser.
      if (text[i] === close) return outside()
    }
  }

  private flowItem(
    line: Line,
    at: number
  ): { node: Node; end: number; quoted: boolean } {
    const text = line.text
    const c = text[at]
    if (c === '{' || c === '[') return { ...this.flow(line, at), quoted: false }
    if (c === '"' || c === "'") {
      const { scalar, end } = this.quoted(line, at)
      return { node: scalar, end, quoted: true }
    }
    let end = at
    while (end < text.length && !' ,:[]{}#'.includes(text.charAt(end))) end++
    if (end === at) return outside()
    return {
      node: this.plain(text.slice(at, end), line.start + at),
      end,
      quoted: false
    }
  }

  /** A quoted string without escapes that ends on its line. */
  private quoted(line: Line, at: number): { scalar: Scalar; end: number } {
    const text = line.text
    const quote = text[at]
    let value: string
    let end: number
    if (quote === '"') {
      end = text.indexOf('"', at + 1)
      if (end === -1) return outside()
      value = text.slice(at + 1, end)
      if (value.includes('\\')) return outside()
    } else {
      value = ''
      let i = at + 1
      for (;;) {
        const next = text.indexOf("'", i)
        if (next === -1) return outside()
        value += text.slice(i, next)
        if (text[next + 1] !== "'") {
          end = next
          break
        }
        value += "'"
        i = next + 2
      }
    }
    const scalar = new Scalar(value)
    scalar.type = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE'
    scalar.source = value
    scalar.range = [line.start + at, line.start + end + 1, line.start + end + 1]
    return { scalar, end: end + 1 }
  }

  /** A plain scalar: a word is a string; anything else `yaml` resolves. */
  private plain(token: string, offset: number): Scalar {
    if (!TOKEN.test(token)) return outside()
    let template = this.templates.get(token)
    if (template === undefined) {
      if (WORD.test(token) && !KEYWORDS.has(token))
        template = { value: token, type: 'PLAIN' }
      else {
        const doc = parseDocument(token, { intAsBigInt: true })
        const node = doc.contents
        if (doc.errors.length > 0 || !isScalar(node)) return outside()
        template = { value: node.value, type: node.type }
      }
      this.templates.set(token, template)
    }
    const scalar = new Scalar(template.value)
    if (template.type) scalar.type = template.type
    scalar.source = token
    scalar.range = [offset, offset + token.length, offset + token.length]
    return scalar
  }

  /** The null of a key with nothing after it, where `yaml` places it. */
  private empty(offset: number): Scalar {
    const scalar = new Scalar(null)
    scalar.type = 'PLAIN'
    scalar.source = ''
    scalar.range = [offset, offset, offset]
    return scalar
  }
}

/**
 * The document's root node if `text` is within the subset, else null (parse
 * it with `yaml`). Tabs, carriage returns, control characters, a byte-order
 * mark, directives and document markers are all outside.
 */
export function parseYamlSubset(text: string): Node | null {
  if (MARKERS.test(text) || SPECIAL.test(text)) return null
  try {
    return new SubsetReader(text).document()
  } catch (error) {
    if (error instanceof OutsideSubset) return null
    throw error
  }
}
