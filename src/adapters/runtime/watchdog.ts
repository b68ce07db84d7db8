/**
 * The hard deadline of a run (the timeout-seconds input): a worker thread
 * that waits, off the main thread, until the deadline. If the run has not
 * cancelled it by then, the worker writes one line straight to a file
 * descriptor and ends the process, even when the main thread is blocked (a
 * regular expression, a synchronous read) and no timer could fire.
 */
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
export function startWatchdog(options: WatchdogOptions): Watchdog {
  const signal = new Int32Array(new SharedArrayBuffer(4))
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      signal,
      ms: Math.max(0, Math.round(options.ms)),
      fd: options.fd,
      line: options.line.replace(/\r?\n/g, ' ') + '\n'
    },
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
