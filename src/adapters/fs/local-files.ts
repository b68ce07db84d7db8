import { access } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { parseLocalSource } from '../../core/local/sources.js'
import { readTextBounded } from './files.js'
import type {
  LoadError,
  LocalItem,
  LocalLoad,
  LocalSourceKind
} from '../../core/local/sources.js'

/** A local file to read, and which reader applies. */
export interface LocalSourceFile {
  readonly kind: LocalSourceKind
  readonly path: string
}

const EXTENSIONS = ['json', 'yaml', 'yml', 'env']

/** A local source larger than this is a load error, not read. */
const MAX_LOCAL_FILE_BYTES = 16 * 1024 * 1024

/**
 * The local sources an Astro project has by convention: `.env`,
 * `airflow_settings.yaml`, and LocalFilesystemBackend files named
 * `connections.<ext>` / `variables.<ext>` in the project or `include/`.
 */
export async function detectLocalSources(
  projectDir: string
): Promise<LocalSourceFile[]> {
  const candidates: LocalSourceFile[] = [
    { kind: 'astro-env', path: join(projectDir, '.env') },
    {
      kind: 'airflow-settings',
      path: join(projectDir, 'airflow_settings.yaml')
    }
  ]
  for (const dir of [projectDir, join(projectDir, 'include')])
    for (const kind of ['connections', 'variables'] as const)
      for (const ext of EXTENSIONS)
        candidates.push({ kind, path: join(dir, `${kind}.${ext}`) })
  const found: LocalSourceFile[] = []
  for (const candidate of candidates) {
    const exists = await access(candidate.path).then(
      () => true,
      () => false
    )
    if (exists) found.push(candidate)
  }
  return found
}

/**
 * Reads and parses each file. Paths in the result are relative to `base`;
 * a file that cannot be read is a load error, not an exception.
 */
export async function loadLocalSources(
  files: readonly LocalSourceFile[],
  base: string
): Promise<LocalLoad> {
  const items: LocalItem[] = []
  const errors: LoadError[] = []
  for (const file of files) {
    const full = resolve(base, file.path)
    const shown = relative(base, full) || file.path
    let text: string
    try {
      const read = await readTextBounded(full, MAX_LOCAL_FILE_BYTES)
      if (read.text === null) {
        errors.push({
          file: shown,
          line: 0,
          message: `the file is over ${MAX_LOCAL_FILE_BYTES / 1048576} MiB, so it was not read`,
          severity: 'error',
          fatal: true
        })
        continue
      }
      text = read.text
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
      errors.push({
        file: shown,
        line: 0,
        message:
          code === 'ENOENT'
            ? 'file not found; check the path'
            : `cannot read the file (${code})`,
        severity: 'error',
        fatal: true
      })
      continue
    }
    const result = parseLocalSource(file.kind, shown, text)
    items.push(...result.items)
    errors.push(...result.errors)
  }
  return { items, errors }
}
