/**
 * Verdicts worked out while reads are in flight must be exactly what
 * buildReport would have said, and must never stand in for a read that was
 * replaced afterwards (a retry, a DescribeSecret).
 */
import { describe, expect, it } from '@jest/globals'
import {
  type GateInput,
  buildReport,
  earlyVerdicts,
  planGate
} from '../../src/core/gate/plan.js'
import type { SecretRead } from '../../src/core/gate/secret-read.js'
import { gateInputFor } from '../support/gate-input.js'

const MANIFEST = [
  'airflow: "2.10"',
  'connections:',
  '  warehouse: { conn_type: postgres, require: [host, login] }',
  '  broken: {}',
  '  api: {}',
  '  absent: {}',
  'variables:',
  '  settings: { json: true }',
  '  plain: {}',
  ''
].join('\n')

const gate = (): GateInput => gateInputFor(MANIFEST, { airflowVersion: '2.10' })

const VALUES: Record<string, string | null> = {
  'airflow/connections/warehouse':
    'postgresql://etl:p%40ss@db.example.com:5432/analytics',
  'airflow/connections/broken': 'postgresql://etl:pw@db.example.com:notaport',
  'airflow/connections/api': '{"conn_type": "http", "host": "api.example.com"}',
  'airflow/connections/absent': null,
  'airflow/variables/settings': '{"retries": 3,}',
  'airflow/variables/plain': '  padded  '
}

const readsOf = (values: Record<string, string | null>): SecretRead[] =>
  Object.entries(values).map(([name, value]) =>
    value === null
      ? { name, status: 'not-found' }
      : { name, status: 'found', value }
  )

describe('earlyVerdicts', () => {
  it('gives buildReport the same report and masks as judging at the end', () => {
    const input = gate()
    const plan = planGate(input)
    const reads = readsOf(VALUES)
    const byName = new Map(reads.map((read) => [read.name, read]))
    const late = buildReport(input, plan, byName)
    const early = earlyVerdicts(input, plan)
    for (const read of [...reads].reverse()) early.judge(read)
    expect(early.verdicts.size).toBe(plan.entries.length)
    const withEarly = buildReport(
      input,
      plan,
      byName,
      undefined,
      early.verdicts
    )
    expect(withEarly).toEqual(late)
    // The fixture has something to say: errors, and parts to mask.
    expect(late.report.valid).toBe(false)
    expect(late.masks.length).toBeGreaterThan(0)
  })

  it('uses a verdict only for the very read it judged', () => {
    const input = gate()
    const plan = planGate(input)
    const reads = readsOf(VALUES)
    const early = earlyVerdicts(input, plan)
    for (const read of reads) early.judge(read)
    const judged = [...early.verdicts].find(([entry]) => entry.id === 'broken')
    expect(judged?.[1].verdict.status).toBe('invalid')
    // The broken connection's read is replaced after it was judged (a retry
    // answered with a valid value): the report must judge the new one.
    const fixed: SecretRead = {
      name: 'airflow/connections/broken',
      status: 'found',
      value: 'postgresql://etl:pw@db.example.com:5432/analytics'
    }
    const final = new Map(reads.map((read) => [read.name, read]))
    final.set(fixed.name, fixed)
    const report = buildReport(input, plan, final, undefined, early.verdicts)
    expect(report).toEqual(buildReport(input, plan, final))
    const broken = report.report.items.find((item) => item.id === 'broken')
    expect(broken?.status).toBe('valid')
  })

  it('judges only entries that look the secret up, and ignores other names', () => {
    const input = gate()
    const plan = planGate(input)
    const early = earlyVerdicts(input, plan)
    early.judge({
      name: 'airflow/connections/unlisted',
      status: 'found',
      value: 'x'
    })
    expect(early.verdicts.size).toBe(0)
    early.judge({
      name: 'airflow/variables/plain',
      status: 'found',
      value: 'v'
    })
    expect([...early.verdicts.keys()].map((entry) => entry.id)).toEqual([
      'plain'
    ])
  })
})
