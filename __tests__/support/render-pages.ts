/**
 * The summaries and comments a reader sees for the fixture runs, each with
 * the width GitHub gives it: 1012 px for a job summary, 880 px for a
 * pull-request comment. Rendered by the tests and by
 * scripts/render-report.mjs.
 */
import {
  BROKEN_UNDECLARED,
  brokenReport,
  manifestInvalid,
  stsDenied,
  validReport
} from './render-fixtures.js'
import {
  commentMarker,
  renderPrComment
} from '../../src/core/render/pr-comment.js'
import {
  renderRunErrorComment,
  renderRunErrorSummary
} from '../../src/core/render/run-error.js'
import { renderSummary } from '../../src/core/render/summary.js'

/** GitHub's content widths, in CSS pixels. */
export const SUMMARY_WIDTH = 1012
export const COMMENT_WIDTH = 880

export interface Page {
  /** File-name stem: `broken-summary`, `valid-comment`, ... */
  readonly name: string
  readonly title: string
  readonly kind: 'summary' | 'comment'
  readonly width: number
  readonly markdown: string
}

const MARKER = commentMarker('airflow-secrets.yml')
const RUN_URL = 'https://github.com/acme/dags/actions/runs/42'
const ENV_FILE = '/home/runner/work/_temp/astro-secrets-gate.env'
const REPORT_FILE = '/home/runner/work/_temp/astro-secrets-gate-report.json'

/** Every page, in a fixed order. */
export function pages(): Page[] {
  const broken = brokenReport()
  const valid = validReport()
  const summary = (name: string, title: string, markdown: string): Page => ({
    name,
    title,
    kind: 'summary',
    width: SUMMARY_WIDTH,
    markdown
  })
  const comment = (name: string, title: string, markdown: string): Page => ({
    name,
    title,
    kind: 'comment',
    width: COMMENT_WIDTH,
    markdown
  })
  return [
    summary(
      'broken-summary',
      'Job summary of a failing run',
      renderSummary({
        report: broken,
        envFile: ENV_FILE,
        reportFile: REPORT_FILE
      })
    ),
    comment(
      'broken-comment',
      'Pull-request comment of a failing run',
      renderPrComment({
        report: broken,
        marker: MARKER,
        runUrl: RUN_URL,
        undeclared: BROKEN_UNDECLARED
      })
    ),
    summary(
      'valid-summary',
      'Job summary of a passing run',
      renderSummary({
        report: valid,
        envFile: ENV_FILE,
        reportFile: REPORT_FILE
      })
    ),
    comment(
      'valid-comment',
      'Pull-request comment of a passing run',
      renderPrComment({ report: valid, marker: MARKER, runUrl: RUN_URL })
    ),
    summary(
      'sts-denied-summary',
      'Job summary when STS refuses the role',
      renderRunErrorSummary(stsDenied())
    ),
    comment(
      'sts-denied-comment',
      'Pull-request comment when STS refuses the role',
      renderRunErrorComment({
        failure: stsDenied(),
        marker: MARKER,
        runUrl: RUN_URL
      })
    ),
    summary(
      'manifest-invalid-summary',
      'Job summary of an invalid manifest',
      renderRunErrorSummary(manifestInvalid())
    ),
    comment(
      'manifest-invalid-comment',
      'Pull-request comment of an invalid manifest',
      renderRunErrorComment({
        failure: manifestInvalid(),
        marker: MARKER,
        runUrl: RUN_URL
      })
    )
  ]
}
