/**
 * Which released Airflow builds which Connection (docs/airflow-parsing.md,
 * "Releases"). A profile is a range of releases and a side (server or tasks)
 * that parse a Secrets Manager value the same way; each profile names the
 * Connection code its URI values and its JSON values go through.
 */

/**
 * The Connection code variants that shipped:
 *   af2     Airflow 2.10/2.11 ORM class (extra problems only warn)
 *   core30  airflow-core 3.0 ORM class
 *   core31  airflow-core 3.1.0–3.1.5 ORM class (`team_id`, #51953 get_uri host)
 *   core316 airflow-core 3.1.6–3.1.8: core31 + #59339 (URI query values JSON-decoded)
 *   core32  airflow-core 3.2+: #59339, `team_name`, conn_id set after parsing,
 *           "Invalid connection string." without the URI (#62180)
 *   sdk110  Task SDK 1.1.0–1.1.4 (missing conn_type: ValueError first)
 *   sdk115  Task SDK 1.1.5–1.1.7 (missing conn_type: attrs TypeError)
 *   sdk118  Task SDK 1.1.8 (conn_type optional)
 *   sdk12   Task SDK 1.2+ (3.2+ tasks): sdk118, and a JSON `uri` key is
 *           accepted (modelled on the core rule; not verified upstream)
 */
export const ENGINES = [
  'af2',
  'core30',
  'core31',
  'core316',
  'core32',
  'sdk110',
  'sdk115',
  'sdk118',
  'sdk12'
] as const
export type Engine = (typeof ENGINES)[number]

export const PROFILES = [
  'af2',
  'af3_0',
  'af3_1_0_server',
  'af3_1_6_server',
  'af3_1_0_task',
  'af3_1_5_task',
  'af3_1_6_task',
  'af3_1_8_task',
  'af3_2_server',
  'af3_2_task'
] as const
export type Profile = (typeof PROFILES)[number]

export type Side = 'server' | 'task' | 'all'

export interface ProfileInfo {
  /** First and last release, as users write them ("3.1.0", "3.3"). */
  readonly from: string
  readonly to: string
  readonly side: Side
  /** The code a URI value goes through (`Connection(uri=...)` / `from_uri`). */
  readonly uri: Engine
  /** The code a JSON value goes through (`Connection.from_json`). */
  readonly json: Engine
  /** The secrets layer passes `team_name` to the backend (multi-team, 3.2+). */
  readonly teams: boolean
}

export const PROFILE_INFO: Record<Profile, ProfileInfo> = {
  af2: {
    from: '2.10',
    to: '2.11',
    side: 'all',
    uri: 'af2',
    json: 'af2',
    teams: false
  },
  af3_0: {
    from: '3.0',
    to: '3.0',
    side: 'all',
    uri: 'core30',
    json: 'core30',
    teams: false
  },
  af3_1_0_server: {
    from: '3.1.0',
    to: '3.1.5',
    side: 'server',
    uri: 'core31',
    json: 'core31',
    teams: false
  },
  af3_1_6_server: {
    from: '3.1.6',
    to: '3.1.8',
    side: 'server',
    uri: 'core316',
    json: 'core316',
    teams: false
  },
  af3_1_0_task: {
    from: '3.1.0',
    to: '3.1.4',
    side: 'task',
    uri: 'core31',
    json: 'sdk110',
    teams: false
  },
  af3_1_5_task: {
    from: '3.1.5',
    to: '3.1.5',
    side: 'task',
    uri: 'core31',
    json: 'sdk115',
    teams: false
  },
  af3_1_6_task: {
    from: '3.1.6',
    to: '3.1.7',
    side: 'task',
    uri: 'core316',
    json: 'sdk115',
    teams: false
  },
  af3_1_8_task: {
    from: '3.1.8',
    to: '3.1.8',
    side: 'task',
    uri: 'core316',
    json: 'sdk118',
    teams: false
  },
  af3_2_server: {
    from: '3.2',
    to: '3.3',
    side: 'server',
    uri: 'core32',
    json: 'core32',
    teams: true
  },
  af3_2_task: {
    from: '3.2',
    to: '3.3',
    side: 'task',
    uri: 'sdk12',
    json: 'sdk12',
    teams: true
  }
}

/** True for the Task SDK's attrs class, false for an ORM class. */
export const isSdkEngine = (engine: Engine): boolean => engine.startsWith('sdk')

/** The releases each side runs, oldest first (a profile for `all` is on both). */
const SIDE_ORDER: Record<'server' | 'task', readonly Profile[]> = {
  server: ['af2', 'af3_0', 'af3_1_0_server', 'af3_1_6_server', 'af3_2_server'],
  task: [
    'af2',
    'af3_0',
    'af3_1_0_task',
    'af3_1_5_task',
    'af3_1_6_task',
    'af3_1_8_task',
    'af3_2_task'
  ]
}

/** The last patch of each finished line, and the newest line of each major. */
const LAST_PATCH: Record<string, number> = { '3.0': 6, '3.1': 8 }
const NEWEST_MINOR: Record<number, string> = { 2: '2.11', 3: '3.3' }

/** The profiles one release line checks: every patch profile of it. */
const LINE_PROFILES: Record<string, readonly Profile[]> = {
  '2.10': ['af2'],
  '2.11': ['af2'],
  '3.0': ['af3_0'],
  '3.1': [
    'af3_1_0_server',
    'af3_1_6_server',
    'af3_1_0_task',
    'af3_1_5_task',
    'af3_1_6_task',
    'af3_1_8_task'
  ],
  '3.2': ['af3_2_server', 'af3_2_task'],
  '3.3': ['af3_2_server', 'af3_2_task']
}

/** The server and task profiles of one 3.1 patch release. */
function patch31(patch: number): readonly Profile[] {
  const server: Profile = patch <= 5 ? 'af3_1_0_server' : 'af3_1_6_server'
  const task: Profile =
    patch <= 4
      ? 'af3_1_0_task'
      : patch === 5
        ? 'af3_1_5_task'
        : patch <= 7
          ? 'af3_1_6_task'
          : 'af3_1_8_task'
  return [server, task]
}

/** Profile names of earlier versions that equal a release profile. */
const ALIASES: Record<string, Profile> = {
  af3_core30: 'af3_0'
}

/** Earlier profile names that match no release, and what to use instead. */
const RETIRED: Record<string, string> = {
  af3_core:
    'the profile af3_core matched no Airflow release and was removed; use a release profile (af3_2_server for Airflow 3.2–3.3 on the server, af3_1_6_server, af3_1_0_server) or name the release ("airflow": "3.2")',
  af3_sdk:
    'the profile af3_sdk was replaced by release profiles; use af3_1_5_task or af3_1_6_task (Airflow 3.1.5–3.1.7, in tasks), af3_1_0_task, af3_1_8_task, af3_2_task, or name the release ("airflow": "3.1.6")'
}

/** What a user's release string resolves to. */
export interface ReleaseChoice {
  /** The release as the user gave it, normalised ("3.1.6", "3.1", "3.3"). */
  readonly release: string
  readonly profiles: readonly Profile[]
}

/** Why a release string was refused, in one line. */
export class ReleaseError extends Error {}

export const RELEASE_HINT =
  'use an exact version (3.1.6), a minor (3.1), 2 or 3 (the newest line of that major), or auto'

/**
 * The profiles a release checks: an exact version (`3.1.6`, `2.11.2`,
 * `3.3.2+astro.1`), a minor (`3.1`: every patch profile of that line), `2`
 * or `3` (the newest line of that major), or a profile id (`af3_1_6_task`,
 * `af3_core30`). Throws ReleaseError with a one-line reason otherwise.
 */
export function resolveRelease(text: string): ReleaseChoice {
  const key = text.trim().toLowerCase()
  // Own properties only: `constructor` or `__proto__` is not a profile.
  const retired = Object.hasOwn(RETIRED, key) ? RETIRED[key] : undefined
  if (retired !== undefined) throw new ReleaseError(retired)
  if ((PROFILES as readonly string[]).includes(key))
    return { release: key, profiles: [key as Profile] }
  const alias = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined
  if (alias) return { release: key, profiles: [alias] }
  const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+|x))?(?:\+astro\.\d+)?$/.exec(key)
  if (!match)
    throw new ReleaseError(
      `'${text.trim()}' is not an Airflow release; ${RELEASE_HINT}`
    )
  const major = Number(match[1])
  if (match[2] === undefined) {
    const newest = NEWEST_MINOR[major]
    if (newest === undefined)
      throw new ReleaseError(
        `Airflow ${major} is not supported; use 2 (2.10–2.11) or 3 (3.0–3.3)`
      )
    return { release: newest, profiles: LINE_PROFILES[newest] ?? [] }
  }
  const minor = `${major}.${Number(match[2])}`
  const line = LINE_PROFILES[minor]
  if (!line)
    throw new ReleaseError(
      `Airflow ${minor} is not modelled: the checks cover the releases 2.10–2.11 and 3.0–3.3`
    )
  if (match[3] === undefined || match[3] === 'x')
    return { release: minor, profiles: line }
  const patch = Number(match[3])
  const last = LAST_PATCH[minor]
  if (last !== undefined && patch > last)
    throw new ReleaseError(
      `Airflow ${minor}.${patch} was not released (the ${minor} line ends at ${minor}.${last})`
    )
  return {
    release: `${minor}.${patch}`,
    profiles: minor === '3.1' ? patch31(patch) : line
  }
}

/** The profiles a release checks, or undefined when it is not one. */
export function profilesForVersion(
  text: string
): readonly Profile[] | undefined {
  try {
    return resolveRelease(text).profiles
  } catch (error) {
    if (error instanceof ReleaseError) return undefined
    throw error
  }
}

/** The side a profile runs on matches `component` (task or server). */
export function onSide(
  profile: Profile,
  component: 'task' | 'server'
): boolean {
  const side = PROFILE_INFO[profile].side
  return side === 'all' || side === component
}

/**
 * The one profile an explain line checks: the release's profile for that
 * component; a minor or major means its newest patch.
 */
export function profileFor(
  release: string,
  component: 'task' | 'server'
): Profile {
  const { profiles } = resolveRelease(release)
  const own = profiles.filter((profile) => onSide(profile, component))
  const pick = own[own.length - 1] ?? profiles[profiles.length - 1]
  if (pick === undefined) throw new ReleaseError(`no profile for ${release}`)
  return pick
}

function rangeText(first: Profile, last: Profile): string {
  const from = PROFILE_INFO[first].from
  const to = PROFILE_INFO[last].to
  return from === to ? from : `${from}–${to}`
}

/** Consecutive runs of `chosen` along one side's release order. */
function runs(side: 'server' | 'task', chosen: ReadonlySet<Profile>): string[] {
  const out: string[] = []
  let start: Profile | null = null
  let previous: Profile | null = null
  for (const profile of SIDE_ORDER[side]) {
    if (chosen.has(profile)) {
      start ??= profile
      previous = profile
    } else if (start && previous) {
      out.push(rangeText(start, previous))
      start = previous = null
    }
  }
  if (start && previous) out.push(rangeText(start, previous))
  return out
}

/**
 * The releases and side a set of profiles covers, in a user's words:
 * "Airflow 3.1.0–3.1.4, in tasks", "Airflow 3.1.6–3.3, on the server",
 * "Airflow 2.10–3.0".
 */
export function describeProfiles(profiles: readonly Profile[]): string {
  const chosen = new Set(profiles)
  const server = runs('server', chosen)
  const task = runs('task', chosen)
  const join = (list: string[]): string => list.join(', ')
  if (join(server) === join(task)) return `Airflow ${join(server)}`
  const parts: string[] = []
  if (server.length > 0) parts.push(`Airflow ${join(server)}, on the server`)
  if (task.length > 0) parts.push(`Airflow ${join(task)}, in tasks`)
  return parts.join('; ')
}

/** One profile in a user's words ("Airflow 3.1.5, in tasks"). */
export const PROFILE_LABELS = Object.fromEntries(
  PROFILES.map((profile) => [profile, describeProfiles([profile])])
) as Record<Profile, string>
