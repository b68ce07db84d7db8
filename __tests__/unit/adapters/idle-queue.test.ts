import { describe, expect, it } from '@jest/globals'
import { idleQueue } from '../../../src/adapters/runtime/idle-queue.js'

const tick = (): Promise<void> =>
  new Promise((resolve) => {
    setImmediate(resolve)
  })

const busy = (ms: number): void => {
  const until = performance.now() + ms
  while (performance.now() < until);
}

describe('idleQueue', () => {
  it('works through the items in order, never inside push', async () => {
    const done: number[] = []
    const queue = idleQueue((item: number) => done.push(item))
    queue.push(1)
    queue.push(2)
    queue.push(3)
    expect(done).toEqual([])
    await tick()
    await tick()
    expect(done).toEqual([1, 2, 3])
    queue.push(4)
    await tick()
    expect(done).toEqual([1, 2, 3, 4])
  })

  it('works in slices, letting callbacks queued meanwhile run between them', async () => {
    const events: string[] = []
    const queue = idleQueue((item: number) => {
      events.push(`work ${item}`)
      busy(3)
      // What a slice leaves for the event loop to run first.
      setImmediate(() => events.push(`after ${item}`))
    }, 1)
    for (const item of [1, 2, 3]) queue.push(item)
    for (let i = 0; i < 6 && events.length < 6; i++) await tick()
    expect(events).toEqual([
      'work 1',
      'after 1',
      'work 2',
      'after 2',
      'work 3',
      'after 3'
    ])
  })

  it('drops what is queued when stopped, and ignores later pushes', async () => {
    const done: string[] = []
    const queue = idleQueue((item: string) => done.push(item))
    queue.push('a')
    queue.stop()
    queue.push('b')
    await tick()
    await tick()
    expect(done).toEqual([])
  })
})
