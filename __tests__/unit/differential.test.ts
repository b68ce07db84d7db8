/**
 * Differential check against CPython: __tests__/fixtures/python/differential.jsonl
 * holds thousands of connection and variable values, with backend kwargs,
 * ids and provider versions, and the result a model built on CPython 3.11's
 * own urllib.parse, json, re and int() gives for each profile
 * (scripts/oracle/airflow_model.py regenerates it). Each line is an
 * `explain --jsonl` input plus `expected`; explain must agree on every
 * field, or on the exception class and secret name. A seeded batch of random
 * lookup patterns checks the Python regex translation against `re.match`.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { explain, parseExplainInput } from '../../src/core/explain.js'
import { pyJsonDumps, pyJsonLoads } from '../../src/core/python/json.js'
import { isPyDict } from '../../src/core/python/value.js'
import { parseBackendKwargs } from '../../src/core/secrets-manager.js'

interface Line {
  kind: 'connection' | 'variable'
  expected: Record<string, unknown>
}

/**
 * A lookup pattern the core cannot translate faithfully (e.g. a backreference
 * under IGNORECASE) is reported by parseBackendKwargs instead of guessed at,
 * so explain's answer for it is not compared.
 */
function untranslatable(raw: string): boolean {
  const input = parseExplainInput(raw)
  return parseBackendKwargs(input.backendKwargs).findings.some(
    (finding) => finding.code === 'lookup-pattern-unsupported'
  )
}

const lines = readFileSync(
  new URL('../fixtures/python/differential.jsonl', import.meta.url),
  'utf8'
)
  .split('\n')
  .filter((line) => line !== '')
  .map((raw) => ({ ...(JSON.parse(raw) as Line), raw }))

const [checked, skipped] = [
  lines.filter((line) => !untranslatable(line.raw)),
  lines.filter((line) => untranslatable(line.raw))
]

describe('differential check against CPython', () => {
  it('covers thousands of inputs, through the backend layer too', () => {
    expect(lines.length).toBeGreaterThan(8000)
    expect(
      lines.filter((line) => line.kind === 'variable').length
    ).toBeGreaterThan(2000)
    expect(
      lines.filter((line) => line.raw.includes('"backend_kwargs":{"')).length
    ).toBeGreaterThan(3000)
  })

  it('leaves out only a few lines whose lookup pattern cannot be translated', () => {
    expect(skipped.length).toBeLessThan(lines.length / 200)
    for (const line of skipped)
      expect(line.raw).toContain('"connections_lookup_pattern"')
  })

  it.each(checked.map((line, index) => [index + 1, line] as const))(
    'line %i',
    (_index, line) => {
      const result = explain(parseExplainInput(line.raw), { reveal: true })
      // Errors are compared by class; results field by field, as Python
      // prints them (ports can exceed 2**53).
      const parsed = pyJsonLoads(line.raw)
      const expected = isPyDict(parsed)
        ? (parsed.get('expected') ?? null)
        : null
      const errorOnly = 'error' in line.expected
      const pick = (
        get: (key: string) => unknown
      ): Record<string, unknown> => ({
        error: get('error'),
        found: get('found'),
        secret_name: get('secret_name')
      })
      const got = errorOnly
        ? pick((key) => result.get(key))
        : pyJsonDumps(result)
      const want = errorOnly
        ? pick((key) => line.expected[key])
        : pyJsonDumps(expected)
      expect(got).toEqual(want)
    }
  )
})
