// The budgeted regex engine: catastrophic patterns end within the budget
// with "undecided", linear ones run on the calling thread, and decided
// answers agree with CPython (values from CPython 3.11 re.match/fullmatch).
import { afterAll, describe, expect, it } from '@jest/globals'
import {
  compilePyRegex,
  PyRegexBudgetError
} from '../../../src/core/airflow/python/regex.js'
import { createRegexEngine } from '../../../src/adapters/regex/worker-engine.js'

const worker = createRegexEngine(300)
afterAll(() => {
  worker.close()
})

describe('budgeted regex engine', () => {
  it('classifies patterns that cannot backtrack catastrophically as linear', () => {
    for (const p of ['^prod_', '^[\\w-]+$', 'a.*', '^(conn_a|conn_b)$', 'x?'])
      expect([p, compilePyRegex(p).linear]).toEqual([p, true])
    for (const p of [
      '^(a+)+$',
      '(a|a)*b',
      'a*a*a*b',
      '(a)\\1',
      '(x+x+)+y',
      '[\\W!]*$'
    ])
      expect([p, compilePyRegex(p).linear]).toEqual([p, false])
  })

  it('decides ordinary patterns off-thread as Python does', () => {
    const re = compilePyRegex('^(prod|stage)_[a-z]+_[0-9]*$', {
      ignoreCase: true
    })
    expect(re.linear).toBe(false)
    expect(re.match('PROD_db_1', worker.engine)).toBe(true)
    expect(re.fullmatch('stage_db1_', worker.engine)).toBe(false)
    expect(re.match('dev_db', worker.engine)).toBe(false)
  })

  it('gives up on catastrophic backtracking within the budget, and stays undecided', () => {
    const re = compilePyRegex('^(a+)+$', { ignoreCase: true })
    const started = Date.now()
    expect(() => re.match('a'.repeat(40) + '!', worker.engine)).toThrow(
      PyRegexBudgetError
    )
    // The same pattern is not tried again.
    expect(() => re.match('aaa', worker.engine)).toThrow(PyRegexBudgetError)
    expect(Date.now() - started).toBeLessThan(10_000)
    // The engine still answers for other patterns afterwards.
    expect(compilePyRegex('(a|b)+c').fullmatch('abc', worker.engine)).toBe(true)
  })
})
