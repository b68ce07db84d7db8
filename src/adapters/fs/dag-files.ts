import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { InputError } from '../../core/errors.js'
import { TEMPLATE_EXTENSIONS } from '../../core/gate/discover.js'

const SKIP_DIRS = new Set(['__pycache__', 'node_modules', '.git', '.venv'])
const MAX_FILES = 20_000
const MAX_DEPTH = 32

const scanned = (name: string): boolean => {
  const lower = name.toLowerCase()
  return (
    lower.endsWith('.py') ||
    TEMPLATE_EXTENSIONS.some((extension) => lower.endsWith(extension))
  )
}

/**
 * Reads the DAG folder's Python and template files, paths relative to
 * `base`, sorted. Hidden folders and caches are skipped.
 */
export async function readDagFiles(
  folder: string,
  base: string
): Promise<{ path: string; text: string }[]> {
  const info = await stat(folder).catch(() => undefined)
  if (!info)
    throw new InputError(
      'dags-folder',
      `no DAG folder at '${relative(base, folder) || folder}'; pass the folder that holds your DAG files`
    )
  const paths: string[] = []
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || paths.length >= MAX_FILES) return
    const entries = await readdir(dir, { withFileTypes: true })
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
  else paths.push(folder)
  const files: { path: string; text: string }[] = []
  for (const path of paths)
    files.push({
      path: relative(base, path) || path,
      text: await readFile(path, 'utf8')
    })
  return files
}
