import { describe, expect, it } from '@jest/globals'
import {
  profilesForVersion,
  resolveProfile
} from '../../src/core/airflow/profiles.js'

describe('profiles', () => {
  it.each([
    ['2', ['af2']],
    ['2.10.5', ['af2']],
    ['3.0', ['af3_core30']],
    ['3.0.6', ['af3_core30']],
    ['3', ['af3_sdk', 'af3_core']],
    ['3.1', ['af3_sdk', 'af3_core']],
    ['3.2.1', ['af3_sdk', 'af3_core']],
    ['af3_sdk', ['af3_sdk']],
    ['AF2', ['af2']]
  ])('airflow %s checks %j', (version, expected) => {
    expect(profilesForVersion(version)).toEqual(expected)
  })

  it.each(['1.10', '4', '', 'af4'])('rejects %j', (version) => {
    expect(profilesForVersion(version)).toBeUndefined()
  })

  it('resolves friendly names and profile keys alike', () => {
    expect(resolveProfile('3')).toBe('af3_sdk')
    expect(resolveProfile('af3_core')).toBe('af3_core')
    expect(resolveProfile('nope')).toBeUndefined()
  })
})
