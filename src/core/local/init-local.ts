/**
 * What `init-local` writes so that a local Astro project (`astro dev`) uses
 * the developer's own AWS credentials and reads Airflow secrets from AWS
 * Secrets Manager: a `docker-compose.override.yml` that mounts `~/.aws` into
 * the Airflow containers, and `.env` lines that point the AWS SDK and
 * Airflow at it. Pure: takes and returns file contents.
 */
import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml'
import type { Document } from 'yaml'
import { SECRETS_MANAGER_BACKEND } from '../airflow/secrets-manager.js'
import { InputError } from '../errors.js'

/**
 * Where `~/.aws` is mounted in the containers: the astro user's home and
 * AIRFLOW_HOME in the Astro Runtime image. AWS_CONFIG_FILE and
 * AWS_SHARED_CREDENTIALS_FILE point here, and the SDK's SSO token cache
 * (`~/.aws/sso/cache`) resolves here too.
 */
export const CONTAINER_AWS_DIR = '/usr/local/airflow/.aws'

export type HostOs = 'linux' | 'macos' | 'windows'
export type AirflowMajor = '2' | '3'

export interface InitLocalOptions {
  readonly airflow: AirflowMajor
  /** The host folder that holds `config` and `credentials`. */
  readonly hostAwsDir: string
  /** Mount read-write (the SDK refreshes SSO tokens in `~/.aws/sso/cache`). */
  readonly rw: boolean
  readonly profile?: string
  readonly region?: string
  readonly connectionsPrefix: string
  readonly variablesPrefix: string
  /** File names in that folder, when not `config` and `credentials`. */
  readonly configFile?: string
  readonly credentialsFile?: string
}

/** The Airflow containers of a local Astro project that read secrets. */
export function servicesFor(airflow: AirflowMajor): readonly string[] {
  return airflow === '2'
    ? ['scheduler', 'webserver', 'triggerer']
    : ['scheduler', 'api-server', 'triggerer', 'dag-processor']
}

/**
 * The host's `.aws` folder as Docker Desktop / Docker Engine expects it,
 * from an explicit folder (on Windows `C:\x\y` becomes `/c/x/y`) or, to
 * write for another machine, from a user name: `/home/<user>/.aws`,
 * `/Users/<user>/.aws`, `/c/Users/<user>/.aws`. On this machine the CLI
 * passes the home folder's `.aws` as the explicit folder.
 */
export function hostAwsDir(os: HostOs, user: string, awsDir?: string): string {
  if (awsDir !== undefined && awsDir !== '') {
    const trimmed = awsDir.replace(/[\\/]+$/, '')
    if (os !== 'windows') return trimmed
    return trimmed
      .replace(/\\/g, '/')
      .replace(/^([A-Za-z]):/, (_m, drive: string) => `/${drive.toLowerCase()}`)
  }
  if (user === '' || /[/\\:]/.test(user))
    throw new InputError(
      'user',
      `cannot tell the home folder of user '${user}'; pass --aws-dir <path of your .aws folder>`
    )
  if (os === 'macos') return `/Users/${user}/.aws`
  if (os === 'windows') return `/c/Users/${user}/.aws`
  return user === 'root' ? '/root/.aws' : `/home/${user}/.aws`
}

/** The short-syntax volume, e.g. `/home/me/.aws:/usr/local/airflow/.aws:ro`. */
export function volumeFor(options: InitLocalOptions): string {
  return `${options.hostAwsDir}:${CONTAINER_AWS_DIR}:${options.rw ? 'rw' : 'ro'}`
}

/** The compact JSON Airflow reads as AIRFLOW__SECRETS__BACKEND_KWARGS. */
export function backendKwargs(options: InitLocalOptions): string {
  const kwargs: Record<string, string> = {
    connections_prefix: options.connectionsPrefix,
    variables_prefix: options.variablesPrefix
  }
  if (options.region !== undefined) kwargs['region_name'] = options.region
  return JSON.stringify(kwargs)
}

/** The `.env` entries, in the order they are written. */
export function envEntries(
  options: InitLocalOptions
): readonly (readonly [string, string])[] {
  const entries: [string, string][] = [
    [
      'AWS_CONFIG_FILE',
      `${CONTAINER_AWS_DIR}/${options.configFile ?? 'config'}`
    ],
    [
      'AWS_SHARED_CREDENTIALS_FILE',
      `${CONTAINER_AWS_DIR}/${options.credentialsFile ?? 'credentials'}`
    ]
  ]
  if (options.profile !== undefined)
    entries.push(['AWS_PROFILE', options.profile])
  if (options.region !== undefined)
    entries.push(['AWS_DEFAULT_REGION', options.region])
  entries.push(
    ['AIRFLOW__SECRETS__BACKEND', SECRETS_MANAGER_BACKEND],
    ['AIRFLOW__SECRETS__BACKEND_KWARGS', backendKwargs(options)]
  )
  return entries
}

/** One change to a file, for the summary (never a value from the file). */
export interface Change {
  readonly action: 'add' | 'replace'
  /** `services.scheduler.volumes` or an env key. */
  readonly key: string
}

/** A value in the file that differs from ours; replaced only with --force. */
export interface Conflict {
  readonly key: string
  readonly reason: string
}

export interface MergeResult {
  /** The new file text; equal to the input when nothing changed. */
  readonly text: string
  readonly changes: readonly Change[]
  readonly conflicts: readonly Conflict[]
}

interface Mount {
  readonly source: string
  readonly target: string
  readonly readOnly: boolean
}

/** Reads a short (`src:dst[:mode]`) or long (`{source, target}`) volume. */
function readMount(node: unknown): Mount | undefined {
  if (isScalar(node) && typeof node.value === 'string') {
    const text = node.value
    const drive = /^[A-Za-z]:[\\/]/.test(text) ? text.slice(0, 2) : ''
    const parts = text.slice(drive.length).split(':')
    if (parts.length < 2) return undefined
    const mode = parts[2] ?? 'rw'
    return {
      source: drive + (parts[0] ?? ''),
      target: parts[1] ?? '',
      readOnly: mode.split(',').includes('ro')
    }
  }
  if (isMap(node)) {
    const target = node.get('target')
    if (typeof target !== 'string') return undefined
    const source = node.get('source')
    return {
      source: typeof source === 'string' ? source : '',
      target,
      readOnly: node.get('read_only') === true
    }
  }
  return undefined
}

const isAwsTarget = (target: string): boolean =>
  target.replace(/\/+$/, '').endsWith('/.aws')

/**
 * Merges the `~/.aws` mount into a compose override. Keeps every other
 * service, key and comment. A service that already mounts something at a
 * `.aws` folder (a different source, mode or container path, such as the
 * `/home/astro/.aws` some guides use) is a conflict, replaced only with
 * `force`.
 */
export function mergeComposeOverride(
  existing: string | undefined,
  options: InitLocalOptions,
  force: boolean,
  file = 'docker-compose.override.yml'
): MergeResult {
  const volume = volumeFor(options)
  const wanted: Mount = {
    source: options.hostAwsDir,
    target: CONTAINER_AWS_DIR,
    readOnly: !options.rw
  }
  const fresh = existing === undefined || existing.trim() === ''
  const doc: Document = fresh ? parseDocument('') : parseDocument(existing)
  if (doc.errors.length > 0) {
    const error = doc.errors[0]
    const line = error?.linePos?.[0].line ?? 1
    throw new InputError(
      'compose',
      `${file}:${line}: not valid YAML (${error?.code ?? 'error'}); fix it or move it aside and rerun`
    )
  }
  if (doc.contents === null) doc.contents = doc.createNode({})
  if (!isMap(doc.contents))
    throw new InputError(
      'compose',
      `${file}: expected a YAML mapping with 'services'; fix it or move it aside and rerun`
    )
  if (fresh)
    doc.commentBefore =
      ' Written by astro-secrets-gate init-local: mounts your AWS config\n' +
      ' folder into the local Airflow containers (see .env for the paths).'
  const changes: Change[] = []
  const conflicts: Conflict[] = []

  let services = doc.get('services', true)
  if (!isMap(services)) {
    if (
      services !== undefined &&
      !(isScalar(services) && services.value === null)
    )
      throw new InputError(
        'compose',
        `${file}: 'services' must be a mapping; fix it or move it aside and rerun`
      )
    services = new YAMLMap()
    doc.set('services', services)
  }
  const serviceMap = services as YAMLMap
  for (const service of servicesFor(options.airflow)) {
    const key = `services.${service}.volumes`
    const node: unknown = serviceMap.get(service, true)
    let serviceNode: YAMLMap
    if (isMap(node)) serviceNode = node
    else {
      serviceNode = new YAMLMap()
      serviceMap.set(doc.createNode(service), serviceNode)
    }
    const volumes: unknown = serviceNode.get('volumes', true)
    let seq: YAMLSeq
    if (isSeq(volumes)) seq = volumes
    else {
      seq = new YAMLSeq()
      serviceNode.set(doc.createNode('volumes'), seq)
    }
    const clashes: number[] = []
    let present = false
    for (const [index, item] of seq.items.entries()) {
      const mount = readMount(item)
      if (!mount || !isAwsTarget(mount.target)) continue
      if (
        mount.source === wanted.source &&
        mount.target === wanted.target &&
        mount.readOnly === wanted.readOnly
      )
        present = true
      else clashes.push(index)
    }
    if (clashes.length > 0) {
      if (!force) {
        conflicts.push({
          key,
          reason: `already mounts a different .aws folder or mode (we mount ${volume})`
        })
        continue
      }
      const first = clashes[0] ?? 0
      for (const index of [...clashes].reverse()) seq.items.splice(index, 1)
      if (!present) seq.items.splice(first, 0, doc.createNode(volume))
      changes.push({ action: 'replace', key })
      continue
    }
    if (!present) {
      seq.add(doc.createNode(volume))
      changes.push({ action: 'add', key })
    }
  }
  if (changes.length === 0 || conflicts.length > 0)
    return {
      text: existing ?? '',
      changes: conflicts.length > 0 ? [] : changes,
      conflicts
    }
  return { text: doc.toString(), changes, conflicts }
}

/** Strips Docker Compose dotenv quoting from a value, for comparison. */
function unquoteEnvValue(raw: string): string {
  const value = raw.trim()
  if (value.length >= 2) {
    const quote = value.charAt(0)
    if ((quote === '"' || quote === "'") && value.endsWith(quote))
      return value.slice(1, -1)
  }
  return value.replace(/\s+#.*$/, '')
}

const sameValue = (key: string, have: string, want: string): boolean => {
  if (have === want) return true
  if (key !== 'AIRFLOW__SECRETS__BACKEND_KWARGS') return false
  try {
    const a: unknown = JSON.parse(have)
    const b: unknown = JSON.parse(want)
    const norm = (v: unknown): string =>
      JSON.stringify(
        Object.entries(v as Record<string, unknown>).sort(([x], [y]) =>
          x < y ? -1 : x > y ? 1 : 0
        )
      )
    return typeof a === 'object' && a !== null && norm(a) === norm(b)
  } catch {
    return false
  }
}

const ENV_LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/

/**
 * Merges our entries into a `.env` text. Every other line stays verbatim; an
 * entry already set to our value is left alone; a different value is a
 * conflict, replaced in place only with `force`.
 */
export function mergeEnvFile(
  existing: string | undefined,
  entries: readonly (readonly [string, string])[],
  force: boolean
): MergeResult {
  const text = existing ?? ''
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  // Each line keeps its own ending, so a CRLF file's quoted multi-line
  // values (LF inside) come back byte for byte.
  const parts = text === '' ? [] : text.split(/(\r?\n)/)
  const lines: { body: string; end: string }[] = []
  for (let i = 0; i < parts.length; i += 2)
    lines.push({ body: parts[i] ?? '', end: parts[i + 1] ?? '' })
  if (lines.at(-1)?.body === '' && lines.at(-1)?.end === '') lines.pop()
  const keyAt = envKeys(lines.map((line) => line.body))
  const changes: Change[] = []
  const conflicts: Conflict[] = []
  const additions: string[] = []
  for (const [key, value] of entries) {
    const last = keyAt.lastIndexOf(key)
    if (last === -1) {
      additions.push(`${key}=${value}`)
      changes.push({ action: 'add', key })
      continue
    }
    const current = unquoteEnvValue(
      ENV_LINE.exec(lines[last]?.body ?? '')?.[2] ?? ''
    )
    if (sameValue(key, current, value)) continue
    if (!force) {
      conflicts.push({ key, reason: 'is already set to a different value' })
      continue
    }
    const line = lines[last]
    if (line) line.body = `${key}=${value}`
    changes.push({ action: 'replace', key })
  }
  if (conflicts.length > 0 || changes.length === 0)
    return { text, changes: conflicts.length > 0 ? [] : changes, conflicts }
  const tail = lines.at(-1)
  if (tail && tail.end === '') tail.end = newline
  if (additions.length > 0) {
    const added = [
      ...(tail && tail.body.trim() !== '' ? [''] : []),
      '# AWS credentials and secrets backend (astro-secrets-gate init-local)',
      ...additions
    ]
    for (const body of added) lines.push({ body, end: newline })
  }
  return {
    text: lines.map((line) => line.body + line.end).join(''),
    changes,
    conflicts
  }
}

/**
 * The key each line sets, or null: continuation lines of a quoted value
 * spanning several lines set nothing, even when they look like `KEY=...`.
 */
function envKeys(bodies: readonly string[]): (string | null)[] {
  let open: '"' | "'" | null = null
  return bodies.map((body) => {
    if (open !== null) {
      if (closes(body, open, 0)) open = null
      return null
    }
    const match = ENV_LINE.exec(body)
    if (!match) return null
    const value = (match[2] ?? '').trimStart()
    const quote = value[0]
    if ((quote === '"' || quote === "'") && !closes(value, quote, 1))
      open = quote
    return match[1] ?? null
  })
}

/** Whether `text` from `from` holds the closing quote (`"` may be escaped). */
function closes(text: string, quote: '"' | "'", from: number): boolean {
  for (let i = from; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++
    else if (text[i] === quote) return true
  }
  return false
}

/**
 * A unified diff without context lines (the files may hold secrets in
 * lines we did not touch, so only changed lines are shown).
 */
export function changedLinesDiff(
  file: string,
  before: string,
  after: string
): string {
  if (before === after) return ''
  const a = before === '' ? [] : before.replace(/\r?\n$/, '').split(/\r?\n/)
  const b = after === '' ? [] : after.replace(/\r?\n$/, '').split(/\r?\n/)
  // Longest common subsequence, so moved/kept lines are not shown.
  const n = a.length
  const m = b.length
  const lcs: number[][] = Array.from({ length: n + 1 }, () =>
    new Array<number>(m + 1).fill(0)
  )
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      (lcs[i] as number[])[j] =
        a[i] === b[j]
          ? (lcs[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lcs[i + 1]?.[j] ?? 0, lcs[i]?.[j + 1] ?? 0)
  const out = [
    `--- ${before === '' ? '/dev/null' : `a/${file}`}`,
    `+++ b/${file}`
  ]
  let i = 0
  let j = 0
  let hunk: string[] = []
  let hunkStart = [0, 0]
  const flush = (): void => {
    if (hunk.length === 0) return
    const removed = hunk.filter((l) => l.startsWith('-')).length
    const added = hunk.length - removed
    out.push(
      `@@ -${hunkStart[0]},${removed} +${hunkStart[1]},${added} @@`,
      ...hunk
    )
    hunk = []
  }
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush()
      i++
      j++
    } else if (
      j < m &&
      (i >= n || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))
    ) {
      if (hunk.length === 0) hunkStart = [i, j + 1]
      hunk.push(`+${b[j] ?? ''}`)
      j++
    } else {
      if (hunk.length === 0) hunkStart = [i + 1, j]
      hunk.push(`-${a[i] ?? ''}`)
      i++
    }
  }
  flush()
  return out.join('\n') + '\n'
}
