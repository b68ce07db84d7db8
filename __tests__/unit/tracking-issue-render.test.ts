import { describe, expect, it } from '@jest/globals'
import { item, missing, report } from '../support/report-fixtures.js'
import {
  commentMarker,
  hasMarker,
  renderPrComment
} from '../../src/core/render/pr-comment.js'
import {
  failingIds,
  failingIdsChanged,
  failingIdsLine,
  readFailingIds,
  renderAllClearComment,
  renderFailingChange,
  renderTrackingIssue,
  trackingIssueTitle
} from '../../src/core/render/tracking-issue.js'

const warning = {
  code: 'variable-json-like',
  severity: 'warning' as const,
  message: 'Looks like JSON but is not.'
}

describe('failingIds', () => {
  it('lists the ids that fail the check, sorted, once each', () => {
    const failing = report(
      [
        missing('variable', 'env'),
        missing('connection', 'b_conn'),
        item('connection', 'a_conn', 'warning', [warning]),
        item('connection', 'ok', 'valid')
      ],
      {
        settingsFindings: [
          {
            code: 'drift-backend-missing',
            severity: 'error',
            kind: 'config',
            id: 'dep-prod',
            message: 'Deployment lacks the backend.'
          },
          {
            code: 'backend-kwarg-unknown',
            severity: 'error',
            kind: 'config',
            id: '',
            message: 'Unknown kwarg.'
          }
        ],
        valid: false
      }
    )
    expect(failingIds(failing)).toEqual([
      'config:backend-kwarg-unknown',
      'config:dep-prod',
      'connection:b_conn',
      'variable:env'
    ])
  })

  it('counts warnings when fail-on is warning', () => {
    const strict = report([item('variable', 'x', 'warning', [warning])], {
      failOn: 'warning',
      valid: false
    })
    expect(failingIds(strict)).toEqual(['variable:x'])
  })

  it('is empty for a valid report', () => {
    expect(failingIds(report([item('variable', 'x', 'valid')]))).toEqual([])
  })
})

describe('the failing-ids line', () => {
  it.each([
    [[]],
    [['connection:a']],
    [['connection:a--b', 'variable:x>y', 'variable:with space', 'config:é']],
    [['variable:-->', 'variable:<!--', 'variable:%41']]
  ])('round-trips %j inside one HTML comment', (ids) => {
    const line = failingIdsLine(ids)
    expect(line.startsWith('<!-- ')).toBe(true)
    expect(line.endsWith(' -->')).toBe(true)
    expect(line.slice(4, -3)).not.toContain('--')
    expect(line.slice(4, -3)).not.toContain('>')
    expect(readFailingIds(`text\n${line}\nmore`)).toEqual([...ids].sort())
  })

  it('keeps a very long set as a hash that still detects a change', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `variable:v${i}`)
    const line = failingIdsLine(many)
    expect(line.length).toBeLessThan(100)
    const read = readFailingIds(line)
    expect(failingIdsChanged(read, many)).toBe(false)
    expect(failingIdsChanged(read, many.slice(1))).toBe(true)
  })

  it('reads null from a body without the line', () => {
    expect(readFailingIds('no line here')).toBeNull()
    expect(failingIdsChanged(null, [])).toBe(true)
  })
})

describe('the tracking issue texts', () => {
  const failing = report([
    missing('connection', 'new_warehouse'),
    missing('variable', 'env')
  ])
  const marker = commentMarker('airflow-secrets.yml')
  const input = { report: failing, marker, runUrl: 'https://x/runs/1' }

  it('is the pull-request comment plus the failing ids', () => {
    const body = renderTrackingIssue(input)
    expect(body.startsWith(renderPrComment(input).trimEnd())).toBe(true)
    expect(hasMarker(body, marker)).toBe(true)
    expect(readFailingIds(body)).toEqual([
      'connection:new_warehouse',
      'variable:env'
    ])
  })

  it('titles the issue by manifest, one line, at most 256 characters', () => {
    expect(trackingIssueTitle('airflow-secrets.yml')).toBe(
      'Airflow secrets check failing: airflow-secrets.yml'
    )
    expect(trackingIssueTitle(null)).toBe(
      'Airflow secrets check failing: the action inputs'
    )
    expect(trackingIssueTitle('a\nb')).not.toMatch(/\n/)
    expect(Array.from(trackingIssueTitle('x'.repeat(400)))).toHaveLength(256)
  })

  it('says which ids started failing and which were fixed', () => {
    const text = renderFailingChange(
      ['connection:a', 'variable:b'],
      ['variable:b', 'config:dep-1'],
      'https://x/runs/2'
    )
    expect(text).toContain('2 failing now')
    expect(text).toContain('**Failing now:** settings <code>dep-1</code>')
    expect(text).toContain('**Fixed:** connection <code>a</code>')
    expect(text).toContain('(https://x/runs/2)')
  })

  it('closes with the all-clear report', () => {
    const fixed = report([item('connection', 'new_warehouse', 'valid')])
    const text = renderAllClearComment({ report: fixed, marker, runUrl: null })
    expect(text).toContain('passes again')
    expect(text).toMatch(/all clear/)
  })
})
