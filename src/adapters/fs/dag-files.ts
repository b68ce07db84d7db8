/**
 * The DAG folder on disk: its Python and template files, read within size
 * budgets. What cannot be read (an unreadable subfolder, a file too large or
 * not readable) is skipped and named, never a reason to fail: the scan only
 * warns.
 */
import { readdir, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { InputError } from '../../core/errors.js'
import { TEMPLATE_EXTENSIONS } from '../../core/gate/discover.js'
import { readTextBounded } from './files.js'

const SKIP_DIRS = new Set(['__pycache__', 'node_modules', '.git', '.venv'])
const MAX_FILES = 20_000
const MAX_DEPTH = 32
/** A DAG or template file larger than this is skipped, not read. */
export const MAX_DAG_FILE_BYTES = 8 * 1024 * 1024
/** The scan stops reading once this much has been read. */
export const MAX_DAG_TOTAL_BYTES = 256 * 1024 * 1024

const scanned = (name: string): boolean => {
  const lower = name.toLowerCase()
  return (
    lower.endsWith('.py') ||
    TEMPLATE_EXTENSIONS.some((extension) => lower.endsWith(extension))
  )
}

/** The files read, and what was skipped (one line each, naming the path). */
export interface DagFiles {
  readonly files: { path: string; text: string }[]
  readonly skipped: string[]
}

const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`

const reasonOf = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'EACCES' || code === 'EPERM'
    ? 'permission denied'
    : (code ?? 'unreadable')
}

/**
 * Reads the DAG folder's Python and template files, paths relative to
 * `base`, sorted. Hidden folders and caches are skipped; so are folders that
 * cannot be listed and files that are too large or cannot be read, each
 * named in `skipped`.
 */
export async function readDagFiles(
  folder: string,
  base: string
): Promise<DagFiles> {
  const shown = (path: string): string => relative(base, path) || path
  const info = await stat(folder).catch(() => undefined)
  if (!info)
    throw new InputError(
      'dags-folder',
      `no DAG folder at '${shown(folder)}'; pass the folder that holds your DAG files`
    )
  const skipped: string[] = []
  const paths: string[] = []
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || paths.length >= MAX_FILES) return
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      skipped.push(`${shown(dir)} (cannot list it: ${reasonOf(error)})`)
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (paths.length >= MAX_FILES) return
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIP_DIRS.has(entry.name))
          await walk(full, depth + 1)
      } else if (entry.isFile() && scanned(entry.name)) paths.push(full)
    }
  }
  if (info.isDirectory()) await walk(folder, 0)
  else if (info.isFile()) paths.push(folder)
  else skipped.push(`${shown(folder)} (not a regular file)`)
  const files: { path: string; text: string }[] = []
  let total = 0
  for (const [index, path] of paths.entries()) {
    if (total >= MAX_DAG_TOTAL_BYTES) {
      skipped.push(
        `${paths.length - index} more files (the scan reads at most ${mib(MAX_DAG_TOTAL_BYTES)} in all)`
      )
      break
    }
    try {
      const read = await readTextBounded(path, MAX_DAG_FILE_BYTES)
      if (read.text === null) {
        skipped.push(
          `${shown(path)} (${mib(read.size)}, over the ${mib(MAX_DAG_FILE_BYTES)} a DAG file is read)`
        )
        continue
      }
      total += read.size
      files.push({ path: shown(path), text: read.text })
    } catch (error) {
      skipped.push(`${shown(path)} (${reasonOf(error)})`)
    }
  }
  return { files, skipped }
}
