import { describe, expect, it } from '@jest/globals'
import {
  parseAudience,
  parseDurationSeconds,
  parseMaxAttempts,
  parseMaxConcurrency,
  parseRetryMode,
  roleSessionName,
  sanitizeSessionName,
  validateRoleArn
} from '../../src/core/aws/inputs.js'
import { InputError } from '../../src/core/errors.js'

function inputError(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('expected an InputError')
}

describe('validateRoleArn', () => {
  it.each([
    'arn:aws:iam::123456789012:role/airflow-secrets-gate',
    'arn:aws-cn:iam::123456789012:role/gate',
    'arn:aws-us-gov:iam::123456789012:role/gate',
    'arn:aws:iam::123456789012:role/service-role/deploy/gate+1=a,b.c@d-e_f',
    'arn:aws:iam::123456789012:role/path/with!odd~chars/gate',
    `arn:aws:iam::123456789012:role/${'r'.repeat(64)}`,
    '  arn:aws:iam::123456789012:role/trimmed  '
  ])('accepts %s', (arn) => {
    expect(validateRoleArn(arn)).toBe(arn.trim())
  })

  it.each([
    ['gate', /a bare role name is not enough/],
    [
      'arn:aws:sts::123456789012:assumed-role/gate/session',
      /assumed-role session ARN/
    ],
    ['arn:aws:iam::12345678901:role/gate', /must be an IAM role ARN/],
    ['arn:aws:iam::123456789012:user/gate', /must be an IAM role ARN/],
    ['arn:azure:iam::123456789012:role/gate', /must be an IAM role ARN/],
    [
      `arn:aws:iam::123456789012:role/${'r'.repeat(65)}`,
      /must be an IAM role ARN/
    ],
    ['arn:aws:iam::123456789012:role/bad name', /must be an IAM role ARN/],
    ['', /must be an IAM role ARN/]
  ])('rejects %j', (arn, message) => {
    const error = inputError(() => validateRoleArn(arn))
    expect(error.input).toBe('role-to-assume')
    expect(error.message).toMatch(
      /^Input role-to-assume must be an IAM role ARN like arn:aws:iam::123456789012:role\//
    )
    expect(error.message).toMatch(message)
  })
})

describe('roleSessionName', () => {
  it.each([
    [
      '',
      { repository: 'octo-org/octo-repo', runId: '1234567890' },
      'octo-org-octo-repo-1234567890'
    ],
    [
      '',
      { repository: 'octo-org/octo-repo', runId: '12', runAttempt: '3' },
      'octo-org-octo-repo-12-3'
    ],
    [
      '',
      { repository: 'octo-org/octo-repo', runId: '12', runAttempt: '1' },
      'octo-org-octo-repo-12'
    ],
    [
      '',
      { repository: `o/${'r'.repeat(80)}`, runId: '9876543210' },
      `o-${'r'.repeat(51)}-9876543210`
    ],
    ['', { repository: 'ö/ü' }, '-'.padEnd(2, '-')],
    ['', {}, 'astro-secrets-gate'],
    ['', { runId: '55' }, 'astro-secrets-gate-55'],
    ['my-session@ci', { repository: 'a/b', runId: '1' }, 'my-session@ci']
  ])('input %j context %j → %s', (input, context, expected) => {
    const name = roleSessionName(input, context)
    expect(name).toBe(expected)
    expect(name).toMatch(/^[\w+=,.@-]{2,64}$/)
  })

  it.each(['a', 'has space', 'x'.repeat(65), 'slash/name'])(
    'rejects input %j',
    (input) => {
      const error = inputError(() => roleSessionName(input, {}))
      expect(error.input).toBe('role-session-name')
      expect(error.message).toMatch(
        /^Input role-session-name must be 2 to 64 characters from letters, digits and _\+=,\.@-; got /
      )
    }
  )

  it('sanitises to the STS character set', () => {
    expect(sanitizeSessionName('a/b c:d*e')).toBe('a-b-c-d-e')
  })
})

describe('numeric and enum inputs', () => {
  it.each([
    ['', 900],
    ['900', 900],
    ['3600', 3600],
    [' 43200 ', 43200]
  ])('role-duration-seconds %j → %i', (input, expected) => {
    expect(parseDurationSeconds(input)).toBe(expected)
  })

  it.each(['899', '43201', '1h', '-1', '900.5', '1e3'])(
    'role-duration-seconds %j fails',
    (input) => {
      expect(() => parseDurationSeconds(input)).toThrow(
        `Input role-duration-seconds must be a whole number from 900 to 43200; got "${input}".`
      )
    }
  )

  it.each([
    [parseMaxConcurrency, '', 8],
    [parseMaxConcurrency, '16', 16],
    [parseMaxAttempts, '', 5],
    [parseMaxAttempts, '1', 1]
  ])('%p(%j) → %i', (parse, input, expected) => {
    expect(parse(input)).toBe(expected)
  })

  it.each([
    [parseMaxConcurrency, '0', 'max-concurrency'],
    [parseMaxConcurrency, '65', 'max-concurrency'],
    [parseMaxAttempts, '21', 'max-attempts'],
    [parseMaxAttempts, 'x', 'max-attempts']
  ])('%p(%j) names %s', (parse, input, name) => {
    expect(inputError(() => parse(input)).input).toBe(name)
  })

  it.each([
    ['', 'standard'],
    ['standard', 'standard'],
    ['Adaptive', 'adaptive']
  ])('retry-mode %j → %s', (input, mode) => {
    expect(parseRetryMode(input)).toBe(mode)
  })

  it('rejects an unknown retry-mode', () => {
    expect(() => parseRetryMode('legacy')).toThrow(
      'Input retry-mode must be standard or adaptive; got "legacy".'
    )
  })

  it.each([
    ['', 'sts.amazonaws.com'],
    ['sts.amazonaws.com.cn', 'sts.amazonaws.com.cn']
  ])('audience %j → %s', (input, expected) => {
    expect(parseAudience(input)).toBe(expected)
  })

  it('rejects a list of audiences', () => {
    expect(inputError(() => parseAudience('a, b')).input).toBe('audience')
  })
})
