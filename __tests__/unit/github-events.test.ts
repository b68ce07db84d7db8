import { describe, expect, it } from '@jest/globals'
import { isPullRequestEvent } from '../../src/adapters/github/events.js'

describe('isPullRequestEvent', () => {
  it.each([
    ['pull_request', true],
    ['pull_request_target', true],
    ['push', false],
    ['pull_request_review', false],
    ['merge_group', false],
    ['workflow_dispatch', false],
    ['', false],
    [null, false],
    [undefined, false]
  ])('%s → %s', (name, expected) => {
    expect(isPullRequestEvent(name)).toBe(expected)
  })
})
