import { execFile } from 'node:child_process'
import { readFile, stat } from 'node:fs/promises'
import type { ExecResult, SyncDeps } from './run-sync.js'

const MAX_ENV_FILE_BYTES = 16 * 1024 * 1024

/**
 * Runs the Astro CLI without a shell. The child inherits `env` (which is
 * where ASTRO_API_TOKEN comes from); nothing secret is ever an argument.
 */
export function execAstro(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string
): SyncDeps['exec'] {
  return (file, args) =>
    new Promise<ExecResult>((resolve, reject) => {
      execFile(
        file,
        [...args],
        {
          env: { ...env, NO_COLOR: '1' },
          cwd,
          maxBuffer: 16 * 1024 * 1024,
          timeout: 15 * 60 * 1000,
          windowsHide: true
        },
        (error, stdout, stderr) => {
          if (error && typeof error.code === 'string') {
            reject(new Error(error.message))
            return
          }
          const code = error
            ? typeof error.code === 'number'
              ? error.code
              : 1
            : 0
          resolve({ code, stdout, stderr })
        }
      )
    })
}

/** Real I/O for a sync: the Astro CLI, the file system and a line printer. */
export function syncDeps(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  log: (line: string) => void
): SyncDeps {
  return {
    exec: execAstro(env, cwd),
    // An env file for the Astro CLI is a small regular file: anything else
    // (a folder, /dev/zero, 16 MiB or more) is refused before it is read.
    readFile: async (path) => {
      const info = await stat(path)
      if (!info.isFile())
        throw new Error(
          info.isDirectory() ? 'it is a folder' : 'it is not a regular file'
        )
      if (info.size > MAX_ENV_FILE_BYTES)
        throw new Error('it is over 16 MiB, not an env file the gate wrote')
      return readFile(path, 'utf8')
    },
    log
  }
}
