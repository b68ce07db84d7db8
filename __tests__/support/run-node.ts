/**
 * Runs a JS file in a child Node process with a hermetic environment: only
 * PATH and the variables given, with AWS's shared files and instance
 * metadata switched off so no credentials leak in from the machine.
 */
import { spawn } from 'node:child_process'
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'

export interface RunNodeOptions {
  /** Variables on top of the hermetic base. */
  readonly env?: Readonly<Record<string, string>>
  readonly args?: readonly string[]
  /** The node binary (e.g. the path `bash scripts/node24.sh` prints). */
  readonly node?: string
  readonly cwd?: string
  readonly input?: string
  /** Kill the child after this long (default 60 s). */
  readonly timeoutMs?: number
  /** Run as this user and group (see `unprivileged`). */
  readonly uid?: number
  readonly gid?: number
}

export interface RunNodeResult {
  /** Exit code; null when killed by a signal. */
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Options that make a child subject to file permissions: as root (which
 * ignores them) the child runs as `nobody`; otherwise as the current user.
 */
export function unprivileged(): { uid?: number; gid?: number } {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
}

/** The environment a child starts from, before `env` is added. */
export function hermeticEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null'
  }
}

/**
 * A copy of `script`'s folder where a child running as another user can
 * read it, in a temporary folder everyone may enter; `remove` deletes it. A
 * clone can sit in a folder only its owner may enter (`mktemp -d` makes
 * one), and the bundle's chunks sit beside its entry.
 */
function readableCopy(script: string): { path: string; remove(): void } {
  const base = mkdtempSync(join(tmpdir(), 'asg-readable-'))
  const copy = join(base, basename(dirname(script)))
  cpSync(dirname(script), copy, { recursive: true })
  // Whatever the umask made of the clone: readable by everyone.
  for (const entry of readdirSync(copy, {
    recursive: true,
    withFileTypes: true
  }))
    chmodSync(
      join(entry.parentPath, entry.name),
      entry.isDirectory() ? 0o755 : 0o644
    )
  chmodSync(copy, 0o755)
  chmodSync(base, 0o755)
  return {
    path: join(copy, basename(script)),
    remove: () => {
      rmSync(base, { recursive: true, force: true })
    }
  }
}

export function runNode(
  script: string,
  options: RunNodeOptions = {}
): Promise<RunNodeResult> {
  const copy = options.uid === undefined ? undefined : readableCopy(script)
  return new Promise<RunNodeResult>((resolve, reject) => {
    const child = spawn(
      options.node ?? process.execPath,
      [copy?.path ?? script, ...(options.args ?? [])],
      {
        cwd: options.cwd ?? process.cwd(),
        env: { ...hermeticEnv(), ...options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
        ...(options.uid === undefined ? {} : { uid: options.uid }),
        ...(options.gid === undefined ? {} : { gid: options.gid })
      }
    )
    let stdout = ''
    let stderr = ''
    child.stdout
      .setEncoding('utf8')
      .on('data', (text: string) => (stdout += text))
    child.stderr
      .setEncoding('utf8')
      .on('data', (text: string) => (stderr += text))
    const timer = setTimeout(
      () => child.kill('SIGKILL'),
      options.timeoutMs ?? 60_000
    )
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
    child.stdin.end(options.input ?? '')
  }).finally(() => copy?.remove())
}
