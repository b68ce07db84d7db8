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
import {
  explain,
  formatExplainLine,
  parseExplainInput
} from '../../src/core/render/explain.js'
import { pyJsonDumps, pyJsonLoads } from '../../src/core/airflow/python/json.js'
import {
  type PyDict,
  type PyValue,
  isPyDict
} from '../../src/core/airflow/python/value.js'
import { parseBackendKwargs } from '../../src/core/airflow/secrets-manager.js'

interface Line {
  readonly raw: string
  readonly kind: PyValue
  /** As CPython printed it: NaN, big ints and all (hence not JSON.parse). */
  readonly expected: PyDict
}

function readLine(raw: string): Line {
  const parsed = pyJsonLoads(raw)
  const expected = isPyDict(parsed) ? parsed.get('expected') : undefined
  if (!isPyDict(parsed) || expected === undefined || !isPyDict(expected))
    throw new Error(`fixture line without "expected": ${raw.slice(0, 80)}`)
  return { raw, kind: parsed.get('kind') ?? null, expected }
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
  .map(readLine)

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

  it('writes every result as strict JSON (JSON.parse reads each line)', () => {
    let nonFinite = 0
    for (const line of lines) {
      const out = formatExplainLine(
        explain(parseExplainInput(line.raw), { reveal: true })
      )
      expect(() => JSON.parse(out) as unknown).not.toThrow()
      if (out.includes('"$float"')) nonFinite++
    }
    // Some inputs give NaN/Infinity field values: they are there to check.
    expect(nonFinite).toBeGreaterThan(0)
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
      // Errors are compared by class and secret name; results field by
      // field, as Python prints them (ports can exceed 2**53).
      const pick = (
        get: (key: string) => PyValue | undefined
      ): Record<string, PyValue | undefined> => ({
        error: get('error'),
        found: get('found'),
        secret_name: get('secret_name')
      })
      const errorOnly = line.expected.has('error')
      const got = errorOnly
        ? pick((key) => result.get(key))
        : pyJsonDumps(result)
      const want = errorOnly
        ? pick((key) => line.expected.get(key))
        : pyJsonDumps(line.expected)
      expect(got).toEqual(want)
    }
  )
})
