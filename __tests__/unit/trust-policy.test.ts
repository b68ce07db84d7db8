import { describe, expect, it } from '@jest/globals'
import {
  alternateSub,
  isImmutableSub,
  trustPolicyCondition,
  trustPolicyHint
} from '../../src/core/aws/trust-policy.js'

const IDS = { repository_owner_id: '1001', repository_id: '2002' }

describe('subject formats', () => {
  it.each([
    [
      { sub: 'repo:octo/app:ref:refs/heads/main', ...IDS },
      'repo:octo@1001/app@2002:ref:refs/heads/main'
    ],
    [
      { sub: 'repo:octo@1001/app@2002:environment:prod' },
      'repo:octo/app:environment:prod'
    ],
    [{ sub: 'repo:octo/app:pull_request' }, undefined],
    [
      {
        sub: 'job_workflow_ref:octo/app/.github/workflows/x.yml@refs/heads/main',
        ...IDS
      },
      undefined
    ],
    [{}, undefined]
  ])('%j → %s', (claims, expected) => {
    expect(alternateSub(claims)).toBe(expected)
  })

  it.each([
    ['repo:octo@1/app@2:ref:refs/heads/main', true],
    ['repo:octo/app:ref:refs/heads/main', false]
  ])('isImmutableSub(%s) = %s', (sub, expected) => {
    expect(isImmutableSub(sub)).toBe(expected)
  })
})

describe('trustPolicyCondition', () => {
  it('matches the audience and both subject forms, the immutable one first', () => {
    expect(
      trustPolicyCondition({
        sub: 'repo:octo/app:ref:refs/heads/main',
        aud: 'sts.amazonaws.com',
        ...IDS
      })
    ).toEqual({
      StringEquals: {
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
        'token.actions.githubusercontent.com:sub': [
          'repo:octo@1001/app@2002:ref:refs/heads/main',
          'repo:octo/app:ref:refs/heads/main'
        ]
      }
    })
  })

  it('keeps a customised subject as it is', () => {
    expect(
      trustPolicyCondition({
        sub: 'repo:octo/app:environment:prod:job_workflow_ref:x',
        aud: ['a', 'b']
      })
    ).toEqual({
      StringEquals: {
        'token.actions.githubusercontent.com:aud': 'a',
        'token.actions.githubusercontent.com:sub':
          'repo:octo/app:environment:prod:job_workflow_ref:x'
      }
    })
  })
})

describe('trustPolicyHint', () => {
  it('lists the claims, explains the format and ends with the Condition JSON', () => {
    const lines = trustPolicyHint(
      {
        sub: 'repo:octo/app:ref:refs/heads/main',
        aud: 'sts.amazonaws.com',
        repository: 'octo/app',
        ...IDS
      },
      'arn:aws:iam::123456789012:role/gate'
    )
    expect(lines.slice(0, 7)).toEqual([
      'The trust policy of arn:aws:iam::123456789012:role/gate does not accept this GitHub OIDC token. Its claims:',
      '  sub: repo:octo/app:ref:refs/heads/main',
      '  aud: sts.amazonaws.com',
      '  repository: octo/app',
      '  ref: (absent)',
      '  environment: (absent)',
      '  job_workflow_ref: (absent)'
    ])
    expect(lines[7]).toMatch(/the condition below accepts both forms/)
    expect(JSON.parse(lines[lines.length - 1] ?? '')).toHaveProperty(
      'Condition.StringEquals'
    )
  })

  it('suggests pinning the workflow file when the token names one', () => {
    const lines = trustPolicyHint(
      {
        sub: 'repo:octo/app:pull_request',
        job_workflow_ref: 'octo/gate/.github/workflows/check.yml@v1'
      },
      'arn:aws:iam::123456789012:role/gate'
    )
    expect(lines).toContain(
      'To trust only this workflow file, also match `token.actions.githubusercontent.com:job_workflow_ref` = `octo/gate/.github/workflows/check.yml@v1`.'
    )
  })
})
