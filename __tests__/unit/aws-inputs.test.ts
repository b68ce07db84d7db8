import { describe, expect, it } from '@jest/globals'
import {
  parseAudience,
  parseDurationSeconds,
  parseMaxAttempts,
  parseMaxConcurrency,
  parseRetryMode,
  resolveRegion,
  type RegionSources,
  roleSessionName,
  sanitizeSessionName,
  secretsEndpointOf,
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
    [parseMaxConcurrency, '', 16],
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

describe('resolveRegion: read where Airflow reads', () => {
  const MISSING = 'No AWS region: set region_name in the backend kwargs.'
  const sources = (
    explicit: string,
    regionName: string | null,
    env: { AWS_REGION?: string; AWS_DEFAULT_REGION?: string } = {},
    profile?: string
  ): RegionSources => ({
    explicit: {
      input: 'aws-region',
      label: 'Input aws-region',
      value: explicit
    },
    regionName,
    ambient: [
      { source: 'AWS_REGION', value: env.AWS_REGION },
      { source: 'AWS_DEFAULT_REGION', value: env.AWS_DEFAULT_REGION },
      { source: 'profile dev in the AWS config file', value: profile }
    ],
    missing: MISSING
  })

  // [explicit, region_name, runner env, profile] → [region, source]
  it.each([
    // The kwargs decide; the runner's regions never override them.
    [
      '',
      'us-east-1',
      {},
      undefined,
      'us-east-1',
      "the backend kwargs' region_name"
    ],
    [
      '',
      'us-east-1',
      { AWS_REGION: 'eu-west-1' },
      undefined,
      'us-east-1',
      "the backend kwargs' region_name"
    ],
    [
      '',
      'us-east-1',
      { AWS_DEFAULT_REGION: 'eu-west-1' },
      'ap-south-1',
      'us-east-1',
      "the backend kwargs' region_name"
    ],
    [
      'us-east-1',
      'us-east-1',
      { AWS_REGION: 'eu-west-1' },
      undefined,
      'us-east-1',
      "the backend kwargs' region_name (aws-region agrees)"
    ],
    [
      ' us-east-1 ',
      'us-east-1',
      {},
      undefined,
      'us-east-1',
      "the backend kwargs' region_name (aws-region agrees)"
    ],
    // No region_name: the explicit region, then the runner's.
    [
      'eu-west-1',
      null,
      { AWS_REGION: 'us-east-2' },
      undefined,
      'eu-west-1',
      'aws-region'
    ],
    [
      '',
      null,
      { AWS_REGION: 'us-gov-west-1', AWS_DEFAULT_REGION: 'us-east-1' },
      undefined,
      'us-gov-west-1',
      'AWS_REGION'
    ],
    [
      '',
      null,
      { AWS_DEFAULT_REGION: 'cn-north-1' },
      'eu-west-1',
      'cn-north-1',
      'AWS_DEFAULT_REGION'
    ],
    [
      '',
      null,
      { AWS_REGION: '  ' },
      'eu-central-1',
      'eu-central-1',
      'profile dev in the AWS config file'
    ]
  ])(
    'aws-region %j, region_name %j, env %j, profile %j → %s (from %s)',
    (explicit, regionName, env, profile, region, source) => {
      const resolved = resolveRegion(
        sources(explicit, regionName, env, profile)
      )
      expect([resolved.region, resolved.source]).toEqual([region, source])
      expect(resolved.note).toMatch(new RegExp(`^Region ${region} \\(from `))
      expect(resolved.note).not.toMatch(/\n/)
    }
  )

  it('says which runner regions it did not use', () => {
    expect(
      resolveRegion(
        sources('', 'us-east-1', {
          AWS_REGION: 'eu-west-1',
          AWS_DEFAULT_REGION: 'us-east-1'
        })
      ).note
    ).toBe(
      "Region us-east-1 (from the backend kwargs' region_name); not AWS_REGION (eu-west-1), which Airflow's client does not use when region_name is set."
    )
    expect(
      resolveRegion(sources('', null, { AWS_REGION: 'eu-west-1' })).note
    ).toBe(
      'Region eu-west-1 (from AWS_REGION; the backend kwargs name no region_name, so Airflow reads in its AWS_DEFAULT_REGION, which the env file sets to eu-west-1).'
    )
  })

  it('fails in one line naming both when aws-region contradicts region_name', () => {
    const error = inputError(() =>
      resolveRegion(sources('eu-west-1', 'us-east-1'))
    )
    expect([error.code, error.input, error.message]).toEqual([
      'region-conflict',
      'aws-region',
      "Input aws-region (eu-west-1) contradicts the backend kwargs' region_name (us-east-1), the region Airflow reads the secrets in; remove aws-region or set it to us-east-1."
    ])
  })

  it('names the CLI option in the CLI', () => {
    const error = inputError(() =>
      resolveRegion({
        explicit: { input: 'region', label: '--region', value: 'eu-west-1' },
        regionName: 'us-east-1',
        ambient: [],
        missing: MISSING
      })
    )
    expect(error.message).toBe(
      "--region (eu-west-1) contradicts the backend kwargs' region_name (us-east-1), the region Airflow reads the secrets in; remove --region or set it to us-east-1."
    )
  })

  it.each([
    [
      'us east 1',
      null,
      {},
      'aws-region',
      'Input aws-region is not an AWS region code like us-east-1; got "us east 1".'
    ],
    [
      '',
      'US East (N. Virginia)',
      {},
      'region_name',
      `The backend kwargs' region_name is not an AWS region code like us-east-1; got "US East (N. Virginia)".`
    ],
    [
      '',
      null,
      { AWS_REGION: 'mars' },
      'aws-region',
      'AWS_REGION is not an AWS region code like us-east-1; got "mars".'
    ]
    // A bad runner region does not matter when region_name decides.
  ] as const)(
    'rejects %j / region_name %j / env %j naming %s',
    (explicit, regionName, env, input, message) => {
      const error = inputError(() =>
        resolveRegion(sources(explicit, regionName, env))
      )
      expect([error.code, error.input, error.message]).toEqual([
        'input-invalid',
        input,
        message
      ])
    }
  )

  it('ignores a malformed runner region when region_name decides', () => {
    expect(
      resolveRegion(sources('', 'us-east-1', { AWS_REGION: 'mars' })).region
    ).toBe('us-east-1')
  })

  it('fails with the given message when nothing names a region, or returns null when not required', () => {
    const error = inputError(() => resolveRegion(sources('', null)))
    expect([error.code, error.message]).toEqual(['input-missing', MISSING])
    expect(resolveRegion(sources('', null), { required: false })).toBeNull()
    expect(() =>
      resolveRegion(sources('eu-west-1', 'us-east-1'), { required: false })
    ).toThrow(/contradicts/)
  })
})

describe('secretsEndpointOf: the backend kwargs endpoint_url', () => {
  it.each([
    [undefined, null],
    [null, null],
    [
      'https://secretsmanager.us-east-1.amazonaws.com',
      'https://secretsmanager.us-east-1.amazonaws.com'
    ],
    ['http://127.0.0.1:4566', 'http://127.0.0.1:4566'],
    [
      'https://vpce-0a1b.secretsmanager.us-east-1.vpce.amazonaws.com/',
      'https://vpce-0a1b.secretsmanager.us-east-1.vpce.amazonaws.com/'
    ]
  ])('%j → %j', (value, expected) => {
    expect(secretsEndpointOf(value)).toBe(expected)
  })

  it.each([
    ['secretsmanager.us-east-1.amazonaws.com', 'text that is not a URL'],
    ['ftp://example.com', 'a ftp: URL'],
    [443, 'a number'],
    [true, 'a boolean']
  ])('rejects %j naming endpoint_url', (value, got) => {
    const error = inputError(() => secretsEndpointOf(value))
    expect([error.input, error.message]).toEqual([
      'endpoint_url',
      `The backend kwargs' endpoint_url must be an http(s) URL such as https://secretsmanager.us-east-1.amazonaws.com; got ${got}.`
    ])
  })
})
