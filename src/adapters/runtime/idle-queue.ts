/**
 * Work that may wait for the network: items are processed in short slices,
 * each scheduled with setImmediate, so that the I/O callbacks ready at the
 * time (answers arriving, the requests they release) always run first and
 * the work fills the time the process would otherwise spend waiting.
 */
export interface IdleQueue<T> {
  /** Queues one item. */
  readonly push: (item: T) => void
  /** Drops what is still queued; later pushes are ignored. */
  readonly stop: () => void
}

export function idleQueue<T>(
  work: (item: T) => void,
  sliceMs = 2
): IdleQueue<T> {
  let queue: T[] = []
  let next = 0
  let scheduled = false
  let stopped = false
  const drain = (): void => {
    scheduled = false
    if (stopped) return
    const until = performance.now() + sliceMs
    while (next < queue.length && performance.now() < until) {
      const item = queue[next] as T
      next++
      work(item)
    }
    if (next < queue.length) schedule()
    else {
      queue = []
      next = 0
    }
  }
  const schedule = (): void => {
    if (scheduled) return
    scheduled = true
    setImmediate(drain)
  }
  return {
    push: (item) => {
      if (stopped) return
      queue.push(item)
      schedule()
    },
    stop: () => {
      stopped = true
      queue = []
      next = 0
    }
  }
}
