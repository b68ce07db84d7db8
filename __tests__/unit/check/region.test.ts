/**
 * The one region call of the action and the CLI (check/aws-reads.ts): the
 * backend's region_name decides (an explicit setting must agree); without
 * it the explicit setting, AWS_REGION, AWS_DEFAULT_REGION; every candidate
 * checked against the one region pattern. The rule's own table is in
 * aws-inputs.test.ts (resolveRegion).
 */
import { describe, expect, it } from '@jest/globals'
import {
  type RegionRequest,
  chooseRegion
} from '../../../src/check/aws-reads.js'
import { InputError } from '../../../src/core/errors.js'

const action = (
  explicit: string,
  backendRegion: string | null = null
): RegionRequest => ({
  explicit,
  explicitSource: 'Input aws-region',
  input: 'aws-region',
  backendRegion,
  missing:
    'No AWS region: set the aws-region input (e.g. aws-region: us-east-1) or AWS_REGION in the environment.'
})

describe('chooseRegion', () => {
  it.each([
    ['eu-west-1', {}, null, 'eu-west-1', 'aws-region'],
    [
      '',
      { AWS_REGION: 'us-gov-west-1', AWS_DEFAULT_REGION: 'us-east-1' },
      null,
      'us-gov-west-1',
      'AWS_REGION'
    ],
    [
      '',
      { AWS_DEFAULT_REGION: 'cn-north-1' },
      null,
      'cn-north-1',
      'AWS_DEFAULT_REGION'
    ],
    [
      '',
      {},
      'ap-southeast-2',
      'ap-southeast-2',
      "the backend kwargs' region_name"
    ],
    [
      '',
      { AWS_REGION: 'eu-west-1' },
      'ap-southeast-2',
      'ap-southeast-2',
      "the backend kwargs' region_name"
    ],
    [
      'ap-southeast-2',
      { AWS_REGION: 'eu-west-1' },
      'ap-southeast-2',
      'ap-southeast-2',
      "the backend kwargs' region_name (aws-region agrees)"
    ],
    [
      ' us-east-2 ',
      { AWS_REGION: 'eu-west-1' },
      null,
      'us-east-2',
      'aws-region'
    ],
    ['', { AWS_REGION: 'eusc-de-east-1' }, null, 'eusc-de-east-1', 'AWS_REGION']
  ])(
    'input %j env %j backend %j → %s from %s',
    async (explicit, env, backend, region, source) => {
      const resolved = await chooseRegion(action(explicit, backend), env)
      expect([resolved.region, resolved.source]).toEqual([region, source])
    }
  )

  it.each([
    [
      'US-EAST-1',
      {},
      'Input aws-region is not an AWS region code like us-east-1; got "US-EAST-1".'
    ],
    [
      '',
      { AWS_REGION: 'useast1' },
      'AWS_REGION is not an AWS region code like us-east-1; got "useast1".'
    ],
    [
      '',
      {},
      'No AWS region: set the aws-region input (e.g. aws-region: us-east-1) or AWS_REGION in the environment.'
    ]
  ])('input %j env %j fails', async (explicit, env, message) => {
    const error = await chooseRegion(action(explicit), env).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toBe(message)
    expect((error as InputError).input).toBe('aws-region')
  })

  it('names a CLI flag as typed', async () => {
    const error = await chooseRegion(
      {
        explicit: 'mars',
        explicitSource: '--region',
        input: 'region',
        backendRegion: null,
        missing: 'no AWS region'
      },
      {}
    ).catch((e: unknown) => e)
    expect((error as InputError).message).toBe(
      '--region is not an AWS region code like us-east-1; got "mars".'
    )
  })

  it('fails when the explicit setting contradicts region_name', async () => {
    const error = await chooseRegion(action('eu-west-1', 'us-east-1'), {
      AWS_REGION: 'eu-west-1'
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe('region-conflict')
  })

  it('takes region_name over the profile chain region', async () => {
    // With region_name set, no profile lookup happens (it could not matter).
    const resolved = await chooseRegion(
      action('', 'us-east-1'),
      {},
      { name: 'no-such-profile' }
    )
    expect(resolved.region).toBe('us-east-1')
  })
})
