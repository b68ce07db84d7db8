import { ActionError, InputError } from '../errors.js'

/**
 * The env file the gate writes and `astro deployment variable update --load
 * --env` reads, and the Astro CLI's variable table. Pure: text in, data out.
 * No function here puts a value in a message.
 */

/** One `KEY=value` line of the env file. */
export interface EnvEntry {
  readonly key: string
  readonly value: string
  /** 1-based line number, for messages. */
  readonly line: number
}

/** A deployment variable as `astro deployment variable list` shows it. */
export interface AstroVariable {
  readonly key: string
  readonly secret: boolean
  /** The value the CLI shows; absent for secret variables (shown as ****). */
  readonly value?: string
}

/** Which env-file keys a sync creates and which it overwrites. */
export interface SyncPlan {
  readonly created: readonly string[]
  readonly updated: readonly string[]
}

/**
 * The Astro CLI reads lines with Go's `bufio.Scanner` (64 KiB buffer): a line
 * whose bytes, with its line ending, exceed it ends the reading with
 * `bufio.Scanner: token too long`; the lines before are applied and the CLI
 * exits 0.
 */
export const MAX_ENV_LINE = 64 * 1024

/** UTF-8 bytes of a line as the scanner holds it, line ending included. */
function scannerBytes(body: string, crlf: boolean): number {
  return new TextEncoder().encode(body).length + (crlf ? 2 : 1)
}

/**
 * Go's `strings.TrimSpace` (unicode.IsSpace): JavaScript's `\s` lacks U+0085
 * and adds U+FEFF, so the set is spelled out.
 */
const GO_SPACE =
  '\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000'
const TRIMMED_BY_CLI = new RegExp(`^[${GO_SPACE}"']|[${GO_SPACE}"']$`, 'u')

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Parses the env file in the one form the Astro CLI's hand-rolled `--load`
 * parser reads verbatim: `KEY=value` lines, no quotes, no `export`, no inline
 * comments, no empty values, no duplicates. Blank lines and lines starting
 * with `#` are skipped, as the CLI skips them. Any other line would be
 * rewritten or dropped by the CLI, so it is refused here, naming the line and
 * key but never the value.
 */
export function parseEnvFile(text: string, source = 'env-file'): EnvEntry[] {
  const entries: EnvEntry[] = []
  const seen = new Set<string>()
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  lines.forEach((raw, index) => {
    const line = index + 1
    const crlf = raw.endsWith('\r')
    const body = crlf ? raw.slice(0, -1) : raw
    const where = `${source} line ${line}`
    // Checked before anything else: the CLI stops reading at such a line.
    if (scannerBytes(body, crlf) > MAX_ENV_LINE)
      throw new InputError(
        'env-file',
        `${where} is longer than the Astro CLI reads (64 KiB with its line ending, in bytes): the CLI would stop there with "bufio.Scanner: token too long", apply only the lines before and exit 0; shorten the value.`,
        'env-file-invalid'
      )
    if (body === '' || body.startsWith('#')) return
    const eq = body.indexOf('=')
    if (eq <= 0)
      throw new InputError(
        'env-file',
        `${where} is not a KEY=value line; write one variable per line.`,
        'env-file-invalid'
      )
    const key = body.slice(0, eq)
    const value = body.slice(eq + 1)
    if (!KEY.test(key))
      throw new InputError(
        'env-file',
        `${where}: the key must be letters, digits and underscores, not starting with a digit (no spaces, no "export").`,
        'env-file-invalid'
      )
    if (value === '')
      throw new InputError(
        'env-file',
        `${where}: ${key} has an empty value, which the Astro CLI refuses; remove the line or give it a value.`,
        'env-file-invalid'
      )
    if (TRIMMED_BY_CLI.test(value))
      throw new InputError(
        'env-file',
        `${where}: the value of ${key} starts or ends with a quote or a space, which the Astro CLI strips; write it unquoted and trimmed.`,
        'env-file-invalid'
      )
    if (seen.has(key))
      throw new InputError(
        'env-file',
        `${where}: ${key} is set twice; the Astro CLI would skip the second one. Keep one line per key.`,
        'env-file-invalid'
      )
    seen.add(key)
    entries.push({ key, value, line })
  })
  if (entries.length === 0)
    throw new InputError(
      'env-file',
      `${source} has no KEY=value lines; nothing to sync.`,
      'env-file-empty'
    )
  return entries
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g

/**
 * Reads the table that `astro deployment variable list` (and `update`)
 * prints: a header `#  KEY  VALUE  SECRET` then one row per variable, columns
 * aligned by padding, secret values shown as `****`. "No variables found"
 * means an empty list. A plain variable's value is the text between its
 * key and its SECRET flag. Returns undefined when the text holds no such table
 * (an error, or an unknown format), so a caller never mistakes it for an
 * empty deployment.
 */
export function parseVariableList(output: string): AstroVariable[] | undefined {
  const lines = output.replace(ANSI, '').split(/\r?\n/)
  const headerAt = lines.findIndex((l) =>
    /^\s*#\s+KEY\s+VALUE\s+SECRET\??\s*$/.test(l)
  )
  if (headerAt < 0)
    return lines.some((l) => /^\s*No variables found\s*$/i.test(l))
      ? []
      : undefined
  const variables: AstroVariable[] = []
  for (const row of lines.slice(headerAt + 1)) {
    if (row.trim() === '') continue
    // By words, not by the header's columns: a wide value shifts the row.
    const cells = /^\s*\d+\s+(\S+)(?:\s(.*?))?\s+(true|false)\s*$/i.exec(row)
    if (!/^\s*\d+\s/.test(row)) break
    if (cells === null) continue
    const [, key = '', shown = '', flag = ''] = cells
    const secret = flag.toLowerCase() === 'true'
    const value = shown.trim()
    variables.push(
      secret || value === '' ? { key, secret } : { key, secret, value }
    )
  }
  return variables
}

/** Splits the env file's keys into those the deployment lacks and has. */
export function planSync(
  keys: readonly string[],
  existing: readonly AstroVariable[]
): SyncPlan {
  const have = new Set(existing.map((v) => v.key))
  return {
    created: keys.filter((k) => !have.has(k)),
    updated: keys.filter((k) => have.has(k))
  }
}

/** Keys of the env file that the deployment lacks, or holds unsecreted. */
export function verifySync(
  keys: readonly string[],
  after: readonly AstroVariable[]
): { missing: string[]; notSecret: string[] } {
  const byKey = new Map(after.map((v) => [v.key, v]))
  return {
    missing: keys.filter((k) => !byKey.has(k)),
    notSecret: keys.filter((k) => byKey.get(k)?.secret === false)
  }
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
]

/** Where `update` starts printing every deployment variable (not ours). */
const UPDATED_LIST = /Updated list of your Deployment's variables:/i

/**
 * The problem lines of a CLI run, with any env-file value blanked out. The
 * table printed after `Updated list of your Deployment's variables:` shows
 * every variable's value, so scanning stops there.
 */
export function findCliProblems(
  output: string,
  values: readonly string[]
): string[] {
  const lines = output.replace(ANSI, '').split(/\r?\n/)
  const end = lines.findIndex((l) => UPDATED_LIST.test(l))
  return (end < 0 ? lines : lines.slice(0, end))
    .filter((l) => PROBLEMS.some((p) => p.test(l)))
    .map((l) => redactValues(l.trim(), values))
}

/**
 * Replaces every occurrence of a value (and of each of its lines) with
 * `***`. Values shorter than 4 characters are left alone: blanking them would
 * garble the text without protecting anything.
 */
export function redactValues(text: string, values: readonly string[]): string {
  const parts = values
    .flatMap((v) => [v, ...v.split(/\r?\n/).map((l) => l.trim())])
    .filter((v) => v.length >= 4)
    .sort((a, b) => b.length - a.length)
  let out = text
  for (const part of parts) out = out.split(part).join('***')
  return out
}

/** A sync that did not leave the deployment as the env file says. */
export class SyncError extends ActionError {
  override name = 'SyncError'
  readonly deploymentId: string
  constructor(deploymentId: string, message: string, code = 'sync-failed') {
    super(code, message)
    this.deploymentId = deploymentId
  }
}

/**
 * Renders the env file for `astro deployment variable update --load --env`
 * in the one form its parser keeps intact, and proves it by parsing the text
 * back. A value the CLI would mangle (multi-line, quoted, padded, empty) is
 * refused with an error naming the key, never the value.
 */
export function renderAstroEnv(
  variables: readonly (readonly [string, string])[]
): string {
  for (const [key, value] of variables) {
    if (/[\r\n]/.test(value))
      throw new InputError(
        'backend-kwargs',
        `${key} would span several lines, which the Astro CLI reads as separate variables; write it on one line.`,
        'env-value-unsafe'
      )
    const bytes = scannerBytes(`${key}=${value}`, false)
    if (bytes > MAX_ENV_LINE)
      throw new InputError(
        'backend-kwargs',
        `${key} would be an env-file line of ${bytes} bytes, longer than the Astro CLI reads (64 KiB with its line ending, in bytes): the CLI would stop there with "bufio.Scanner: token too long" and skip it; shorten the backend kwargs.`,
        'env-value-unsafe'
      )
  }
  const text = variables.map(([key, value]) => `${key}=${value}\n`).join('')
  const parsed = parseEnvFile(text, 'the env file')
  const intact =
    parsed.length === variables.length &&
    parsed.every(
      (entry, i) =>
        entry.key === variables[i]?.[0] && entry.value === variables[i][1]
    )
  if (!intact)
    throw new InputError(
      'backend-kwargs',
      'the env file would not be read back intact by the Astro CLI.',
      'env-value-unsafe'
    )
  return text
}
