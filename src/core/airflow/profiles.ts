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
const VERSION_PROFILES: Record<string, readonly Profile[]> = {
  '2': ['af2'],
  '3.0': ['af3_core30'],
  '3': ['af3_sdk', 'af3_core']
}

const PROFILE_ALIASES: Record<string, Profile> = {
  af2: 'af2',
  '2': 'af2',
  '2.10': 'af2',
  '2.11': 'af2',
  af3_core30: 'af3_core30',
  '3.0': 'af3_core30',
  af3_core: 'af3_core',
  af3_sdk: 'af3_sdk',
  '3': 'af3_sdk',
  '3.1': 'af3_sdk'
}

/** Resolves one profile name or alias (`2`, `3.0`, `3`, `af3_sdk`, ...). */
export function resolveProfile(name: string): Profile | undefined {
  return PROFILE_ALIASES[name.trim().toLowerCase()]
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
  const versions = VERSION_PROFILES[key]
  if (versions) return versions
  if (key === '3.1' || /^3\.(?:[1-9]|\d{2,})(?:\.\d+)?$/.test(key))
    return VERSION_PROFILES['3']
  if (/^3\.0(?:\.\d+)?$/.test(key)) return VERSION_PROFILES['3.0']
  if (/^2\.(?:10|11)(?:\.\d+)?$/.test(key)) return VERSION_PROFILES['2']
  const profile = PROFILE_ALIASES[key]
  return profile ? [profile] : undefined
}

export const PROFILE_LABELS: Record<Profile, string> = {
  af2: 'Airflow 2.10/2.11',
  af3_core30: 'Airflow 3.0',
  af3_core: 'Airflow 3.1+ (server)',
  af3_sdk: 'Airflow 3.1+ (tasks, Task SDK)'
}
