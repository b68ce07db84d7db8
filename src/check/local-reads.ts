/**
 * Reading a developer's project instead of AWS: the local sources Airflow
 * and `astro dev` read (.env, airflow_settings.yaml, LocalFilesystemBackend
 * files), the definition Airflow would use for each id, and one read each.
 */
import { relative } from 'node:path'
import {
  type LocalSourceFile,
  detectLocalSources,
  loadLocalSources
} from '../adapters/fs/local-files.js'
import {
  type LocalDefinition,
  chooseLocalDefinitions
} from '../core/local/definitions.js'
import type { LoadError } from '../core/local/sources.js'

export interface LocalProject {
  readonly files: readonly LocalSourceFile[]
  /** The files, relative to the working folder. */
  readonly shownFiles: readonly string[]
  /** The definition Airflow uses for each id, by `kind\0id`. */
  readonly chosen: ReadonlyMap<string, LocalDefinition>
  /** Load errors, their files relative to the working folder. */
  readonly errors: readonly LoadError[]
  /** A definition's place as `file:line`, relative to the working folder. */
  readonly where: (definition: LocalDefinition) => string
  /** The project folder relative to the working folder ('' when the same). */
  readonly folder: string
  /** The files, relative to the project folder. */
  readonly projectFiles: readonly string[]
}

/** Loads every local source of `project`; paths are shown relative to `cwd`. */
export async function loadLocalProject(
  project: string,
  cwd: string
): Promise<LocalProject> {
  const files = await detectLocalSources(project)
  const loaded = await loadLocalSources(files, project)
  const kinds = new Map(
    files.map((file) => [relative(project, file.path) || file.path, file.kind])
  )
  const chosen = chooseLocalDefinitions(loaded.items, (file) => kinds.get(file))
  const prefix = relative(cwd, project)
  const shown = (file: string): string =>
    prefix === '' ? file : `${prefix}/${file}`
  return {
    files,
    shownFiles: files.map((file) => relative(cwd, file.path) || file.path),
    chosen,
    errors: loaded.errors.map((error) => ({
      ...error,
      file: shown(error.file)
    })),
    where: (definition) =>
      `${shown(definition.used.source.file)}:${definition.used.source.line}`,
    folder: prefix,
    projectFiles: files.map((file) => relative(project, file.path) || file.path)
  }
}
