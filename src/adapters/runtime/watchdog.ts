/**
 * The hard deadline of a run (the timeout-seconds input): something outside
 * the main thread waits until the deadline and, if the run has not
 * cancelled it by then, writes one line and ends the process, even when the
 * main thread is blocked (a regular expression, a synchronous read) and no
 * timer could fire.
 *
 * On Linux and macOS that is a small `/bin/sh` supervisor (a shell and a
 * `sleep`, about 2 MB outside this process, as `timeout(1)` would be): it
 * lives while this process holds its stdin open, so it goes away when the
 * process ends however it ends, and never signals a process id that may
 * have been reused. Elsewhere, or if it cannot be started, a worker thread
 * waits instead (a second V8 heap in this process, about 12 MB).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { Worker } from 'node:worker_threads'

// signal[0]: 0 while running, 1 once cancelled.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads')
const { writeSync } = require('node:fs')
const { signal, ms, fd, line } = workerData
if (Atomics.wait(signal, 0, 0, ms) === 'timed-out') {
  try { writeSync(fd, line) } catch {}
  process.kill(process.pid, 'SIGKILL')
}
`

/**
 * The supervisor ($1 seconds, $2 the process id, $3 the line): `sleep`
 * until the deadline while a reader waits for the end of stdin, which comes
 * when the process cancels or exits, and then stops the sleep. A sleep that
 * ran its course means the deadline passed with the process still there:
 * write the line, kill it. Nothing but the shell keeps stdout or stderr.
 */
const supervisor = (fd: 1 | 2): string =>
  [
    'exec 3<&0',
    'sleep "$1" </dev/null >/dev/null 2>&1 &',
    's=$!',
    '( read -r _ <&3 || :; kill "$s" ) </dev/null >/dev/null 2>&1 &',
    'exec 3<&-',
    `if wait "$s" 2>/dev/null; then printf '%s\\n' "$3" >&${fd}; kill -KILL "$2"; fi`
  ].join('\n')

/**
 * How long past timeout-seconds a run may take to fail cleanly (its AWS
 * waits end at timeout-seconds) before the watchdog ends the process.
 */
export const HARD_DEADLINE_GRACE_MS = 2000

/** A started watchdog. */
export interface Watchdog {
  /** The run finished in time: stop waiting. */
  cancel(): void
}

export interface WatchdogOptions {
  /** Milliseconds from now. */
  readonly ms: number
  /** Where the line goes: 1 (stdout, for `::error::` lines) or 2. */
  readonly fd: 1 | 2
  /** The one line written before the process ends (newline added). */
  readonly line: string
}

/**
 * Starts the watchdog. It never keeps the process alive; the process it ends
 * exits by SIGKILL (status 137), so no handler can delay it.
 */
export function startWatchdog(
  options: WatchdogOptions,
  kind: 'supervisor' | 'worker' = process.platform === 'win32'
    ? 'worker'
    : 'supervisor'
): Watchdog {
  const ms = Math.max(0, Math.round(options.ms))
  const line = options.line.replace(/\r?\n/g, ' ')
  return (
    (kind === 'supervisor' ? startSupervisor(ms, options.fd, line) : null) ??
    startWorker(ms, options.fd, line)
  )
}

function startSupervisor(ms: number, fd: 1 | 2, line: string): Watchdog | null {
  let child: ChildProcess
  try {
    child = spawn(
      '/bin/sh',
      [
        '-c',
        supervisor(fd),
        'watchdog',
        String(Math.max(1, Math.ceil(ms / 1000))),
        String(process.pid),
        line
      ],
      // Its own process group: a terminal's Ctrl-C goes to this process
      // alone, and its exit then ends the supervisor.
      { stdio: ['pipe', 'inherit', 'inherit'], detached: true }
    )
  } catch {
    return null
  }
  if (child.pid === undefined || !child.stdin) return null
  const stdin = child.stdin
  stdin.on('error', () => undefined)
  child.on('error', () => undefined)
  child.unref()
  ;(stdin as unknown as { unref?: () => void }).unref?.()
  return {
    cancel: () => {
      stdin.destroy()
    }
  }
}

function startWorker(ms: number, fd: 1 | 2, line: string): Watchdog {
  const signal = new Int32Array(new SharedArrayBuffer(4))
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { signal, ms, fd, line: `${line}\n` },
    stdout: true,
    stderr: true
  })
  worker.unref()
  worker.on('error', () => undefined)
  return {
    cancel: () => {
      Atomics.store(signal, 0, 1)
      Atomics.notify(signal, 0)
    }
  }
}
