/**
 * The minimal view of the manifest that `discover` needs: the ids under
 * `connections` and `variables` (a map keyed by id, or a list of ids), and a
 * way to add ids to it that leaves every other byte of the file as it was.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Document } from 'yaml'
import { InputError } from '../errors.js'
import type { DeclaredIds } from './discover.js'

const SECTIONS = ['connections', 'variables'] as const

function parseManifest(text: string, file: string): Document {
  const doc = parseDocument(text)
  const error = doc.errors[0]
  if (error) {
    const line = error.linePos?.[0].line ?? 1
    throw new InputError(
      'manifest',
      `${file}:${line}: the manifest is not valid YAML (${error.code}); fix the syntax and retry`,
      'manifest-invalid'
    )
  }
  if (doc.contents !== null && !isMap(doc.contents))
    throw new InputError(
      'manifest',
      `${file}: the manifest must be a YAML mapping with 'connections' and 'variables' keys`,
      'manifest-invalid'
    )
  return doc
}

function sectionIds(doc: Document, section: string, file: string): Set<string> {
  const node = doc.get(section, true)
  const ids = new Set<string>()
  if (node === undefined || node === null) return ids
  if (isScalar(node) && (node.value === null || node.value === '')) return ids
  if (isMap(node)) {
    for (const pair of node.items)
      if (isScalar(pair.key)) ids.add(String(pair.key.value))
    return ids
  }
  if (isSeq(node)) {
    for (const item of node.items)
      if (isScalar(item)) ids.add(String(item.value))
      else if (isMap(item)) {
        const id = item.get('id') ?? item.get('conn_id') ?? item.get('key')
        if (typeof id === 'string') ids.add(id)
      }
    return ids
  }
  throw new InputError(
    'manifest',
    `${file}: '${section}' must be a map of ids or a list of ids`,
    'manifest-invalid'
  )
}

/** The connection ids and variable keys a manifest declares. */
export function readDeclaredIds(text: string, file = 'manifest'): DeclaredIds {
  const doc = parseManifest(text, file)
  return {
    connections: sectionIds(doc, 'connections', file),
    variables: sectionIds(doc, 'variables', file)
  }
}

export interface IdToAdd {
  readonly kind: 'connection' | 'variable'
  readonly id: string
  readonly json: boolean
}

/** A plain YAML scalar when safe, else a JSON (double-quoted) string. */
const PLAIN_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/
const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i
const idText = (id: string, quoted: boolean): string =>
  !quoted && PLAIN_ID.test(id) && !RESERVED.test(id) ? id : JSON.stringify(id)

/** One splice of the original text. */
interface Edit {
  readonly at: number
  readonly remove: number
  readonly insert: string
}

/** The offset just past the end of the line holding `offset - 1`. */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(offset - 1, 0))
  return newline === -1 ? text.length : newline + 1
}

/** The offset where the line holding `offset` starts. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** The leading whitespace of the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const start = lineStart(text, offset)
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? ''
}

/** A node's source range, when the parser recorded one. */
const rangeOf = (node: unknown): [number, number, number] | undefined =>
  (node as { range?: [number, number, number] } | null)?.range ?? undefined

/** What a section's new entries look like in one file. */
interface Style {
  /** Ids and keys in double quotes (JSON, or a quoting file). */
  readonly quoted: boolean
  /** The file's line ending. */
  readonly eol: string
}

/** `id: {}` (or the JSON variable's `{ json: true }`) in flow style. */
function flowEntry(item: IdToAdd, list: boolean, style: Style): string {
  const id = idText(item.id, style.quoted)
  if (list) return id
  const value =
    item.kind === 'variable' && item.json
      ? style.quoted
        ? '{"json": true}'
        : '{ json: true }'
      : '{}'
  return `${id}: ${value}`
}

/** A section's entries as block lines at `indent`. */
function blockLines(
  items: readonly IdToAdd[],
  list: boolean,
  indent: string,
  style: Style
): string {
  return items
    .map(
      (item) =>
        `${indent}${list ? '- ' : ''}${flowEntry(item, list, { ...style, quoted: false })}${style.eol}`
    )
    .join('')
}

/**
 * Entries added inside a flow collection (`[a, b]`, `{a: {}}`, JSON)
 * whose last entry ends at `lastEnd` and which closes at `close`: on one
 * line after the last entry, or, when the collection puts its entries on
 * lines of their own, each on a new line at the last entry's indentation.
 */
function flowInsert(
  text: string,
  lastEnd: number,
  close: number,
  entries: readonly string[],
  style: Style
): Edit {
  let at = close
  while (at > lastEnd && /\s/.test(text.charAt(at - 1))) at--
  const trailingComma = text.charAt(at - 1) === ','
  const between = text.slice(lastEnd, close)
  if (between.includes('\n')) {
    const indent = indentAt(text, lastEnd - 1)
    const lines = entries.map((entry) => `${style.eol}${indent}${entry}`)
    return trailingComma
      ? { at, remove: 0, insert: lines.map((line) => `${line},`).join('') }
      : { at: lastEnd, remove: 0, insert: `,${lines.join(',')}` }
  }
  return trailingComma
    ? { at, remove: 0, insert: ` ${entries.join(', ')},` }
    : { at, remove: 0, insert: `, ${entries.join(', ')}` }
}

/**
 * The edits adding `items` to one section, touching no byte of the file
 * that is not theirs: block entries go on new lines after the section's
 * last entry, at its indentation and with the file's line endings; flow
 * entries (`[a, b]`, `{a: {}}`, JSON) go after the last entry; an empty
 * section gets block entries under its key (a JSON file: a flow value);
 * an absent one is added at the end of the file (a JSON file: before the
 * closing brace).
 */
function sectionEdit(
  text: string,
  doc: Document,
  section: string,
  items: readonly IdToAdd[],
  eol: string
): Edit[] {
  const root = doc.contents
  const flowRoot = isMap(root) && root.flow === true
  const rootQuoted =
    flowRoot &&
    root.items.some((pair) => {
      const start = rangeOf(pair.key)?.[0]
      return start !== undefined && text.charAt(start) === '"'
    })
  const node = doc.get(section, true)
  const empty =
    node === undefined ||
    node === null ||
    (isScalar(node) && (node.value === null || node.value === '')) ||
    ((isMap(node) || isSeq(node)) && node.items.length === 0)

  if (!empty) {
    if (!isMap(node) && !isSeq(node))
      throw new Error('unreachable: sectionIds checked it')
    const list = isSeq(node)
    const range = rangeOf(node) ?? [0, 0, 0]
    const firstNode = list ? node.items[0] : node.items[0]?.key
    const lastItem = node.items[node.items.length - 1]
    const lastNode = list
      ? lastItem
      : ((lastItem as { value?: unknown; key?: unknown } | undefined)?.value ??
        (lastItem as { key?: unknown } | undefined)?.key)
    const first = rangeOf(firstNode)?.[0] ?? range[0]
    if (node.flow === true) {
      const quoted = text.charAt(first) === '"'
      const close = text.lastIndexOf(list ? ']' : '}', range[1] - 1)
      const lastEnd = rangeOf(lastNode)?.[1] ?? close
      const entries = items.map((item) =>
        flowEntry(item, list, { quoted, eol })
      )
      return [flowInsert(text, lastEnd, close, entries, { quoted, eol })]
    }
    const at = lineEnd(text, range[1])
    const lead = at === 0 || text.charAt(at - 1) === '\n' ? '' : eol
    const indent = indentAt(text, first)
    return [
      {
        at,
        remove: 0,
        insert: lead + blockLines(items, list, indent, { quoted: false, eol })
      }
    ]
  }

  const pair = isMap(root)
    ? root.items.find(
        (item) => isScalar(item.key) && item.key.value === section
      )
    : undefined
  const keyRange = rangeOf(pair?.key)
  const style = { quoted: rootQuoted, eol }
  const flowMap = (): string =>
    rootQuoted
      ? `{${items.map((item) => flowEntry(item, false, style)).join(', ')}}`
      : `{ ${items.map((item) => flowEntry(item, false, style)).join(', ')} }`

  if (flowRoot) {
    if (!pair || !keyRange) {
      // `{"variables": {}}` becomes `{"variables": {}, "connections": {...}}`.
      const rootRange = rangeOf(root) ?? [0, text.length, text.length]
      const close = text.lastIndexOf('}', rootRange[1] - 1)
      const lastPair = root.items[root.items.length - 1]
      const lastEnd =
        rangeOf(lastPair?.value)?.[1] ?? rangeOf(lastPair?.key)?.[1]
      const key = rootQuoted ? JSON.stringify(section) : section
      const entry = `${key}: ${flowMap()}`
      if (lastEnd === undefined)
        return [{ at: close, remove: 0, insert: entry }]
      return [flowInsert(text, lastEnd, close, [entry], style)]
    }
    // `"connections": null` or `{}`: the value becomes the new entries.
    const valueRange = rangeOf(node)
    if (valueRange && (isMap(node) || isSeq(node))) {
      const list = isSeq(node)
      const open = valueRange[0] + 1
      const entries = items.map((item) => flowEntry(item, list, style))
      return [{ at: open, remove: 0, insert: entries.join(', ') }]
    }
    if (valueRange)
      return [
        {
          at: valueRange[0],
          remove: valueRange[1] - valueRange[0],
          insert: flowMap()
        }
      ]
    const colon = text.indexOf(':', keyRange[1]) + 1
    return [{ at: colon, remove: 0, insert: ` ${flowMap()}` }]
  }

  if (!pair || !keyRange) {
    const lead = text === '' || text.endsWith('\n') ? '' : eol
    return [
      {
        at: text.length,
        remove: 0,
        insert: `${lead}${section}:${eol}${blockLines(items, false, '  ', style)}`
      }
    ]
  }
  // `section:`, `section: ~` or `section: {}` (a comment after it stays):
  // drop the empty value, then add block entries under the key.
  const colon = text.indexOf(':', keyRange[1]) + 1
  const valueRange = rangeOf(node)
  const valueEnd = valueRange && valueRange[1] > colon ? valueRange[1] : colon
  const value = text.slice(colon, valueEnd).trim()
  if (
    !['', '~', 'null', 'Null', 'NULL', '{}', '[]', "''", '""'].includes(value)
  )
    throw new Error(`unexpected empty value '${value}'`)
  const end = lineEnd(text, valueEnd)
  const lead = end === 0 || text.charAt(end - 1) === '\n' ? '' : eol
  const indent = `${indentAt(text, keyRange[0])}  `
  return [
    {
      at: end,
      remove: 0,
      insert: lead + blockLines(items, false, indent, style)
    },
    { at: colon, remove: valueEnd - colon, insert: '' }
  ]
}

/**
 * Adds ids to the manifest text, changing no byte of what is there beyond
 * the place each section grows: new entries are spliced in after the
 * section's last entry, in its style (block or flow, quoting, indentation,
 * line endings). In a map section a connection gets `{}` and a JSON
 * variable `{ json: true }`; in a list section the id is appended. Ids
 * already present are left alone.
 */
export function addIdsToManifest(
  text: string,
  ids: readonly IdToAdd[],
  file = 'manifest'
): string {
  const doc = parseManifest(text, file)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const edits: Edit[] = []
  for (const section of SECTIONS) {
    const present = sectionIds(doc, section, file)
    const wanted: IdToAdd[] = []
    for (const item of ids)
      if (`${item.kind}s` === section && !present.has(item.id)) {
        present.add(item.id)
        wanted.push(item)
      }
    if (wanted.length > 0)
      edits.push(...sectionEdit(text, doc, section, wanted, eol))
  }
  let out = text
  for (const edit of [...edits].sort((x, y) => y.at - x.at))
    out = out.slice(0, edit.at) + edit.insert + out.slice(edit.at + edit.remove)
  // The result must still parse and declare every id; anything else is a bug.
  const check = readDeclaredIds(out, file)
  for (const item of ids)
    if (!check[`${item.kind}s`].has(item.id))
      throw new Error(
        `${file}: adding '${item.id}' did not produce a valid manifest`
      )
  return out
}

/** The manifest settings `init-local` can start from. */
export interface ManifestBackendDefaults {
  readonly airflowMajor?: '2' | '3'
  readonly connectionsPrefix?: string
  readonly variablesPrefix?: string
  readonly region?: string
}

/**
 * The Airflow major version and the `backend` prefixes and region a
 * manifest names; anything absent or not a string is left out.
 */
export function readBackendDefaults(
  text: string,
  file = 'manifest'
): ManifestBackendDefaults {
  const doc = parseManifest(text, file)
  const read = (path: readonly string[]): string | undefined => {
    const value: unknown = doc.getIn(path)
    return typeof value === 'string' && value !== ''
      ? value
      : typeof value === 'number'
        ? String(value)
        : undefined
  }
  const airflow = read(['airflow'])?.trim().charAt(0)
  const connectionsPrefix = read(['backend', 'connections_prefix'])
  const variablesPrefix = read(['backend', 'variables_prefix'])
  const region = read(['backend', 'region_name'])
  return {
    ...(airflow === '2' || airflow === '3' ? { airflowMajor: airflow } : {}),
    ...(connectionsPrefix === undefined ? {} : { connectionsPrefix }),
    ...(variablesPrefix === undefined ? {} : { variablesPrefix }),
    ...(region === undefined ? {} : { region })
  }
}
