/**
 * The one region rule of the action and the CLI (check/aws-reads.ts): the
 * explicit setting, AWS_REGION, AWS_DEFAULT_REGION, then the backend's
 * region_name; every candidate checked against the one region pattern.
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
    ['eu-west-1', {}, null, 'eu-west-1', 'Input aws-region'],
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
    ['', {}, 'ap-southeast-2', 'ap-southeast-2', 'the backend’s region_name'],
    [
      ' us-east-2 ',
      { AWS_REGION: 'eu-west-1' },
      null,
      'us-east-2',
      'Input aws-region'
    ],
    ['', { AWS_REGION: 'eusc-de-east-1' }, null, 'eusc-de-east-1', 'AWS_REGION']
  ])(
    'input %j env %j backend %j → %s from %s',
    async (explicit, env, backend, region, source) => {
      await expect(
        chooseRegion(action(explicit, backend), env)
      ).resolves.toEqual({ region, source })
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
})
