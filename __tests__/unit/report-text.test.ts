/**
 * The check report as text: a verdict that agrees with the counts, words
 * in the singular for one, finding codes with their docs anchors, and
 * every line within the width the terminal (or COLUMNS) gives.
 */
import { PassThrough } from 'node:stream'
import { describe, expect, it } from '@jest/globals'
import type { FailOn } from '../../src/core/gate/plan.js'
import type { Report } from '../../src/core/gate/report.js'
import type { CliIo } from '../../src/cli/io.js'
import { renderText } from '../../src/cli/report-text.js'
import { item, missing, report } from '../support/report-fixtures.js'

const io = (columns?: number): CliIo => ({
  stdout: Object.assign(new PassThrough(), { isTTY: false }),
  stderr: new PassThrough(),
  stdin: new PassThrough(),
  env: columns === undefined ? {} : { COLUMNS: String(columns) },
  cwd: '/'
})

const text = (value: Report, failOn: FailOn, columns?: number): string =>
  renderText(io(columns), {
    report: { ...value, failOn },
    source: 'aws',
    where: (row) => row.secretName ?? '-',
    notes: [],
    failOn,
    undeclaredAt: new Map()
  })

/** The last line joined with its continuation lines. */
const verdict = (output: string): string =>
  (output.trimEnd().split('\n\n').at(-1) ?? '').replace(/\n {2,}/g, ' ')

const quoted = item('variable', 'schema', 'warning', [
  {
    code: 'value-quoted',
    severity: 'warning',
    message: 'The whole value is wrapped in quotes.',
    hint: 'Store the value without surrounding quotes.'
  }
])

describe('the verdict agrees with the counts', () => {
  it.each<[string, Report, FailOn, string]>([
    [
      'nothing found',
      report([item('connection', 'db', 'valid')]),
      'error',
      'Pass (--fail-on error): 1 checked from AWS Secrets Manager, 0 errors, 0 warnings, 0 missing.'
    ],
    [
      'one warning, failing on errors',
      report([quoted]),
      'error',
      'Pass (--fail-on error): 1 checked from AWS Secrets Manager, 0 errors, 1 warning, 0 missing.'
    ],
    [
      'one warning, failing on nothing',
      report([quoted]),
      'never',
      'Not failing (--fail-on never): 1 checked from AWS Secrets Manager, 0 errors, 1 warning, 0 missing.'
    ],
    [
      'errors, failing on nothing',
      { ...report([missing('connection', 'a'), quoted]), valid: true },
      'never',
      'Not failing (--fail-on never): 2 checked from AWS Secrets Manager, 1 error, 1 warning, 1 missing.'
    ],
    [
      'errors',
      report([missing('connection', 'a'), missing('variable', 'b')]),
      'error',
      'Fail (--fail-on error): 2 checked from AWS Secrets Manager, 2 errors, 0 warnings, 2 missing.'
    ]
  ])('%s', (_name, value, failOn, line) => {
    const output = text(value, failOn, 200)
    expect(verdict(output)).toBe(line)
    expect(output.includes('Pass')).toBe(
      value.counts.errors === 0 && line.startsWith('Pass')
    )
  })
})

describe('findings', () => {
  it('name their code and its docs/errors.md anchor, with the fix', () => {
    const output = text(report([missing('connection', 'warehouse')]), 'error')
    expect(output).toContain(
      '  connection warehouse: error [secret-not-found]\n' +
        '    No secret `airflow/connections/warehouse` in Secrets Manager.\n' +
        '    fix: Create it: `aws secretsmanager create-secret --name\n' +
        '         airflow/connections/warehouse`\n' +
        '    docs: docs/errors.md#secret-not-found\n'
    )
    expect(output).toMatch(/warehouse\s+missing\s+airflow\/connections\//)
  })

  it('list the codes in the table when it fits, each once', () => {
    const twice = item('variable', 'settings', 'invalid', [
      { code: 'variable-not-json', severity: 'error', message: 'Server.' },
      { code: 'variable-not-json', severity: 'error', message: 'Tasks.' }
    ])
    const wide = text(report([twice]), 'error', 120)
    expect(wide).toMatch(
      /^variable {2}settings {2}invalid {2}airflow\/variables\/settings {2}variable-not-json$/m
    )
    const table = wide.split('\n\n')[0] ?? ''
    expect(table.match(/variable-not-json/g)).toHaveLength(1)
  })

  it('fit every width from 20 to 140 columns', () => {
    const long = item(
      'connection',
      'a_connection_id_longer_than_usual',
      'invalid',
      [
        {
          code: 'uri-unencoded-reserved',
          severity: 'error',
          message: 'word '.repeat(60),
          hint: 'fix '.repeat(40)
        }
      ]
    )
    for (let columns = 20; columns <= 140; columns += 7) {
      const output = text(report([long, quoted]), 'error', columns)
      for (const line of output.split('\n'))
        expect(line.length).toBeLessThanOrEqual(columns)
    }
  })
})
