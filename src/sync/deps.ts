import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import type { ExecResult, SyncDeps } from './run-sync.js'

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
    readFile: (path) => readFile(path, 'utf8'),
    log
  }
}
