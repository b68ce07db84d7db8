/**
 * The Airflow code paths that parse a connection differently (spec §0.1).
 *   af2         Airflow 2.10/2.11 ORM Connection
 *   af3_core30  airflow-core 3.0 ORM Connection
 *   af3_core    airflow-core 3.1+ ORM Connection (server side)
 *   af3_sdk     Task SDK Connection, 3.1+ (what tasks see)
 */
export const PROFILES = ['af2', 'af3_core30', 'af3_core', 'af3_sdk'] as const
export type Profile = (typeof PROFILES)[number]

/** The user-facing Airflow versions and the profiles each one runs. */
// Maps, not object literals: names come from input (`constructor` is not a version).
const VERSION_PROFILES: ReadonlyMap<string, readonly Profile[]> = new Map([
  ['2', ['af2']],
  ['3.0', ['af3_core30']],
  ['3', ['af3_sdk', 'af3_core']]
])

const PROFILE_ALIASES: ReadonlyMap<string, Profile> = new Map([
  ['af2', 'af2'],
  ['2', 'af2'],
  ['2.10', 'af2'],
  ['2.11', 'af2'],
  ['af3_core30', 'af3_core30'],
  ['3.0', 'af3_core30'],
  ['af3_core', 'af3_core'],
  ['af3_sdk', 'af3_sdk'],
  ['3', 'af3_sdk'],
  ['3.1', 'af3_sdk']
])

/** Resolves one profile name or alias (`2`, `3.0`, `3`, `af3_sdk`, ...). */
export function resolveProfile(name: string): Profile | undefined {
  return PROFILE_ALIASES.get(name.trim().toLowerCase())
}

/**
 * The profiles an Airflow version is checked against. Airflow 3.1+ reads
 * secrets in tasks through the Task SDK and on the server through the core
 * class, so both are checked; a single profile name selects only itself.
 */
export function profilesForVersion(
  name: string
): readonly Profile[] | undefined {
  const key = name.trim().toLowerCase()
  const versions = VERSION_PROFILES.get(key)
  if (versions) return versions
  if (key === '3.1' || /^3\.(?:[1-9]|\d{2,})(?:\.\d+)?$/.test(key))
    return VERSION_PROFILES.get('3')
  if (/^3\.0(?:\.\d+)?$/.test(key)) return VERSION_PROFILES.get('3.0')
  if (/^2\.(?:10|11)(?:\.\d+)?$/.test(key)) return VERSION_PROFILES.get('2')
  const profile = PROFILE_ALIASES.get(key)
  return profile ? [profile] : undefined
}

export const PROFILE_LABELS: Record<Profile, string> = {
  af2: 'Airflow 2.10/2.11',
  af3_core30: 'Airflow 3.0',
  af3_core: 'Airflow 3.1+ (server)',
  af3_sdk: 'Airflow 3.1+ (tasks, Task SDK)'
}
