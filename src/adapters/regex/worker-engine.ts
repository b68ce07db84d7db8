/**
 * The budgeted regex engine: evaluates manifest-supplied patterns (already
 * translated from Python by core/airflow/python/regex.ts) on a worker
 * thread, and waits for the answer synchronously with a deadline
 * (`Atomics.wait`), so the core's matchers stay synchronous. A pattern that
 * backtracks past the budget has its worker terminated and answers null; the
 * main thread is never blocked for longer than the budget.
 */
import {
  MessageChannel,
  type MessagePort,
  Worker,
  receiveMessageOnPort
} from 'node:worker_threads'
import type { JsPattern, RegexEngine } from '../../core/airflow/python/regex.js'

/** Per evaluation; Python's own engine would take as long as ours. */
export const DEFAULT_REGEX_BUDGET_MS = 1000
/** For the worker to start (not counted in the budget). */
const START_MS = 30_000

// Runs as CommonJS in the worker: signal[0] is 0 while idle, 1 while a
// subject is being tested, 2 once its answer has been posted on `port`.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { port, signal } = workerData
const cache = new Map()
parentPort.on('message', ({ source, flags, subject }) => {
  Atomics.store(signal, 0, 1)
  Atomics.notify(signal, 0)
  let answer
  try {
    const key = flags + '/' + source
    let re = cache.get(key)
    if (!re) cache.set(key, (re = new RegExp(source, flags)))
    answer = re.test(subject)
  } catch {
    answer = null
  }
  port.postMessage(answer)
  Atomics.store(signal, 0, 2)
  Atomics.notify(signal, 0)
})
`

interface Running {
  readonly worker: Worker
  readonly port: MessagePort
  readonly signal: Int32Array
}

/** A budgeted engine and a way to stop its worker. */
export interface WorkerRegexEngine {
  readonly engine: RegexEngine
  /** Terminates the worker, if one is running. */
  close(): void
}

/**
 * Creates the engine; its worker starts on first use, is unref'd (it never
 * keeps the process alive) and is replaced after a timeout.
 */
export function createRegexEngine(
  budgetMs = DEFAULT_REGEX_BUDGET_MS
): WorkerRegexEngine {
  let running: Running | null = null
  const start = (): Running => {
    const { port1, port2 } = new MessageChannel()
    const signal = new Int32Array(new SharedArrayBuffer(4))
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { port: port2, signal },
      transferList: [port2],
      stdout: true,
      stderr: true
    })
    worker.unref()
    port1.unref()
    // A failing worker answers nothing; the wait below times out.
    worker.on('error', () => undefined)
    return { worker, port: port1, signal }
  }
  const stop = (): void => {
    if (running) {
      void running.worker.terminate()
      running.port.close()
    }
    running = null
  }
  const engine: RegexEngine = (pattern: JsPattern, subject: string) => {
    running ??= start()
    const { worker, port, signal } = running
    Atomics.store(signal, 0, 0)
    worker.postMessage({
      source: pattern.source,
      flags: pattern.flags,
      subject
    })
    Atomics.wait(signal, 0, 0, START_MS)
    Atomics.wait(signal, 0, 1, budgetMs)
    if (Atomics.load(signal, 0) !== 2) {
      stop()
      return null
    }
    const answer = receiveMessageOnPort(port)?.message as unknown
    return typeof answer === 'boolean' ? answer : null
  }
  return { engine, close: stop }
}
