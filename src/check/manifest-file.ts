/**
 * The manifest on disk: found by name or path, refused when it is a folder,
 * over 4 MiB or unreadable, then parsed. One loader for the action and the CLI.
 */
import { readFile, stat } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { InputError } from '../core/errors.js'
import {
  type Manifest,
  type ManifestProblem,
  parseManifest
} from '../core/gate/manifest.js'

/** Manifest names looked for in the project folder, in order. */
export const MANIFEST_NAMES = [
  'airflow-secrets.yml',
  'airflow-secrets.yaml',
  'airflow-secrets.json'
] as const

/** The name a new manifest gets, and the first one looked for. */
export const DEFAULT_MANIFEST = MANIFEST_NAMES[0]

/** Manifests larger than this are refused rather than parsed. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024

export interface ManifestRequest {
  /** The path the user gave, relative to `cwd` unless absolute; else the names are looked for in `folder`. */
  readonly given?: string | undefined
  /** Where MANIFEST_NAMES are looked for. */
  readonly folder: string
  /** Given paths resolve against it; shown paths are relative to it. */
  readonly cwd: string
  /** How messages name the manifest setting: `Input manifest`, `--manifest`. */
  readonly label: string
  /** Said after "does not exist" or "not found": how to fix it. */
  readonly missingHint: string
  /** True when running without a manifest is fine (ids come from elsewhere). */
  readonly optional: boolean
  /** Receives every problem of a manifest that does not parse, before the error. */
  readonly onProblems: (
    problems: readonly ManifestProblem[],
    shown: string
  ) => void
}

export interface LoadedManifest {
  /** Null when no manifest was found and none was needed. */
  readonly path: string | null
  /** The path as people see it (relative to `cwd`). */
  readonly shown: string | null
  readonly manifest: Manifest
}

const EMPTY: Manifest = { connections: [], variables: [] }

const plural = (n: number, word: string): string =>
  `${n} ${word}${n === 1 ? '' : 's'}`

/** The Astro project a folder belongs to, and its manifest. */
export interface ProjectManifest {
  /** The project folder (absolute). */
  readonly root: string
  /** The manifest found there, or where a new one goes (absolute). */
  readonly path: string
  /** A manifest exists at `path`. */
  readonly exists: boolean
  /** What marked the folder as the project: the manifest, a Dockerfile, .astro. */
  readonly marker: string
}

/**
 * The Astro project holding `start` (a folder, or a file in one): walking
 * up from it, the first folder with a manifest (MANIFEST_NAMES), a
 * `Dockerfile` or an `.astro` folder. When `start` is inside `cwd`, the
 * walk stops at `cwd`, so a stray manifest above the working folder is never
 * picked up. Null when no folder on the way qualifies.
 */
/**
 * `name` in `folder`. A function of its own: the bundler treats a literal
 * file name in `resolve(folder, 'name')` as an asset to copy beside the
 * bundle, and would rewrite the path to point there.
 */
export const inFolder = (folder: string, name: string): string =>
  resolve(folder, name)

export async function findProjectManifest(
  start: string,
  cwd: string
): Promise<ProjectManifest | null> {
  const startInfo = await stat(start).catch(() => null)
  let folder = startInfo?.isFile() === true ? dirname(start) : start
  const inside = folder === cwd || folder.startsWith(cwd + sep)
  for (;;) {
    for (const name of MANIFEST_NAMES) {
      const path = inFolder(folder, name)
      const info = await stat(path).catch(() => null)
      if (info?.isFile() === true)
        return { root: folder, path, exists: true, marker: name }
    }
    const dockerfile = await stat(inFolder(folder, 'Dockerfile')).catch(
      () => null
    )
    const astro = await stat(inFolder(folder, '.astro')).catch(() => null)
    if (dockerfile?.isFile() === true || astro?.isDirectory() === true)
      return {
        root: folder,
        path: inFolder(folder, DEFAULT_MANIFEST),
        exists: false,
        marker: dockerfile?.isFile() === true ? 'Dockerfile' : '.astro'
      }
    const parent = dirname(folder)
    if (parent === folder || (inside && folder === cwd)) return null
    folder = parent
  }
}

/** Finds, checks, reads and parses the manifest. */
export async function loadManifestFile(
  request: ManifestRequest
): Promise<LoadedManifest> {
  const { given, cwd } = request
  const candidates =
    given === undefined
      ? MANIFEST_NAMES.map((name) => resolve(request.folder, name))
      : [isAbsolute(given) ? given : resolve(cwd, given)]
  for (const path of candidates) {
    const info = await stat(path).catch(() => null)
    if (!info) continue
    const shown = relative(cwd, path) || path
    if (info.isDirectory())
      throw new InputError(
        'manifest',
        `${request.label} ${given ?? shown} is a folder; give the path of the manifest file.`
      )
    if (!info.isFile() || info.size > MAX_MANIFEST_BYTES)
      throw new InputError(
        'manifest',
        info.isFile()
          ? `Manifest ${shown} is ${(info.size / 1048576).toFixed(1)} MiB; manifests are limited to 4 MiB.`
          : `Manifest ${shown} is not a regular file; give the path of the manifest file.`
      )
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
      throw new InputError(
        'manifest',
        `Cannot read the manifest ${shown} (${code}); check its permissions.`
      )
    }
    const { manifest, problems } = parseManifest(text)
    const first = problems[0]
    if (first) {
      request.onProblems(problems, shown)
      throw new InputError(
        'manifest',
        `Manifest ${shown} has ${plural(problems.length, 'problem')}; line ${first.line}, column ${first.column}: ${first.message}.`,
        'manifest-invalid'
      )
    }
    return { path, shown, manifest }
  }
  if (given !== undefined)
    throw new InputError(
      'manifest',
      `${request.label} ${given} does not exist; ${request.missingHint}.`,
      'manifest-missing'
    )
  if (request.optional) return { path: null, shown: null, manifest: EMPTY }
  const folder = relative(cwd, request.folder) || '.'
  throw new InputError(
    'manifest',
    `No manifest found (${MANIFEST_NAMES.join(', ')} in ${folder}); ${request.missingHint}.`,
    'manifest-missing'
  )
}
