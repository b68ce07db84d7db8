/**
 * Airflow release strings → the release profiles they check.
 */
import { describe, expect, it } from '@jest/globals'
import {
  PROFILE_LABELS,
  profilesForVersion,
  resolveRelease
} from '../../src/core/airflow/profiles.js'

describe('profiles', () => {
  it.each([
    ['2', ['af2']],
    ['2.10.5', ['af2']],
    ['3.0', ['af3_0']],
    ['3.0.6', ['af3_0']],
    ['3', ['af3_2_server', 'af3_2_task']],
    ['3.2.1', ['af3_2_server', 'af3_2_task']],
    ['af3_1_5_task', ['af3_1_5_task']],
    ['AF2', ['af2']]
  ])('airflow %s checks %j', (version, expected) => {
    expect(profilesForVersion(version)).toEqual(expected)
  })

  it.each(['1.10', '4', '', 'af4', 'af3_core'])('rejects %j', (version) => {
    expect(profilesForVersion(version)).toBeUndefined()
  })

  it('resolves earlier profile names that equal a release', () => {
    expect(resolveRelease('af3_core30').profiles).toEqual(['af3_0'])
    expect(resolveRelease('3.1.6').release).toBe('3.1.6')
  })

  it('labels every profile with its releases and side', () => {
    expect(PROFILE_LABELS.af3_1_0_task).toBe('Airflow 3.1.0–3.1.4, in tasks')
    expect(PROFILE_LABELS.af3_2_server).toBe('Airflow 3.2–3.3, on the server')
    expect(PROFILE_LABELS.af2).toBe('Airflow 2.10–2.11')
  })
})
