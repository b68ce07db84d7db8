/**
 * Differential check against CPython: __tests__/fixtures/python/differential.jsonl
 * holds thousands of connection values with the result a model built on
 * CPython 3.11's own urllib.parse, json and int() gives for each profile
 * (scripts/oracle/airflow_model.py regenerates it). explain must agree on
 * every field, or on the exception class.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { explain } from '../../src/core/explain.js'
import type { Profile } from '../../src/core/profiles.js'
import { pyJsonDumps, pyJsonLoads } from '../../src/core/python/json.js'
import { isPyDict } from '../../src/core/python/value.js'

interface Line {
  kind: 'connection'
  value: string
  profile: Profile
  expected: Record<string, unknown>
}

const lines = readFileSync(
  new URL('../fixtures/python/differential.jsonl', import.meta.url),
  'utf8'
)
  .split('\n')
  .filter((line) => line !== '')
  .map((raw) => ({ ...(JSON.parse(raw) as Line), raw }))

describe('differential check against CPython', () => {
  it('covers thousands of inputs', () => {
    expect(lines.length).toBeGreaterThan(3000)
  })

  it.each(lines.map((line, index) => [index + 1, line] as const))(
    'line %i',
    (_index, line) => {
      const result = explain(
        {
          kind: 'connection',
          value: line.value,
          id: 'test_id',
          backendKwargs: new Map(),
          profile: line.profile,
          via: 'secretsmanager',
          deserializeJson: false,
          amazonProvider: '9'
        },
        { reveal: true }
      )
      // Errors are compared by class; results field by field, as Python
      // prints them (ports can exceed 2**53).
      const parsed = pyJsonLoads(line.raw)
      const expected = isPyDict(parsed)
        ? (parsed.get('expected') ?? null)
        : null
      const errorOnly = 'error' in line.expected
      const got = errorOnly
        ? { error: result.get('error'), found: result.get('found') }
        : pyJsonDumps(result)
      const want = errorOnly
        ? { error: line.expected.error, found: line.expected.found }
        : pyJsonDumps(expected)
      expect(got).toEqual(want)
    }
  )
})
