/**
 * The minimal view of the manifest that `discover` needs: the ids under
 * `connections` and `variables` (a map keyed by id, or a list of ids), and a
 * comment- and order-preserving way to add ids to it.
 */
import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml'
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

/**
 * Adds ids to the manifest text, keeping its comments, order and style. In a
 * map section a connection gets `{}` and a JSON variable `{ json: true }`; in
 * a list section the id is appended. Ids already present are left alone.
 */
export function addIdsToManifest(
  text: string,
  ids: readonly IdToAdd[],
  file = 'manifest'
): string {
  const doc = parseManifest(text, file)
  if (doc.contents === null) doc.contents = doc.createNode({})
  for (const section of SECTIONS) {
    const wanted = ids.filter((item) => `${item.kind}s` === section)
    if (wanted.length === 0) continue
    const present = sectionIds(doc, section, file)
    let node = doc.get(section, true)
    if (!isMap(node) && !isSeq(node)) {
      node = new YAMLMap()
      doc.set(section, node)
    }
    for (const item of wanted) {
      if (present.has(item.id)) continue
      present.add(item.id)
      if (node instanceof YAMLSeq) node.add(doc.createNode(item.id))
      else if (node instanceof YAMLMap) {
        const value = doc.createNode(item.json ? { json: true } : {})
        value.flow = true
        node.set(doc.createNode(item.id), value)
      }
    }
  }
  return doc.toString()
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
