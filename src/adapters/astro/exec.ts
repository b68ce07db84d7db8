/**
 * Runs the Astro CLI without a shell, for reading deployments. The child
 * inherits the environment (where ASTRO_API_TOKEN comes from); nothing secret
 * is ever an argument.
 */
import { execFile } from 'node:child_process'

/** The result of running the Astro CLI once. */
export interface AstroExecResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs a program; resolves on any exit, rejects only when it cannot start. */
export type AstroExec = (
  file: string,
  args: readonly string[]
) => Promise<AstroExecResult>

/** An AstroExec for `env` and `cwd`, each run cut off after `timeoutMs`. */
export function execAstro(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  timeoutMs: number
): AstroExec {
  return (file, args) =>
    new Promise<AstroExecResult>((resolve, reject) => {
      execFile(
        file,
        [...args],
        {
          env: { ...env, NO_COLOR: '1' },
          cwd,
          maxBuffer: 16 * 1024 * 1024,
          timeout: timeoutMs,
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
