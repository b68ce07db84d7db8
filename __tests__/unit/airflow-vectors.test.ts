/**
 * Runs every case transcribed from Airflow's own tests
 * (__tests__/fixtures/airflow/*.jsonl, see its README) through
 * buildConnection, for every release profile the case applies to. The
 * fixtures name the code versions they were transcribed from (`af2`,
 * `af3_core30`, `af3_core`, `af3_sdk`); PROFILE_MAP says which release
 * profiles run each of them, and RELEASE_DIFFERENCES the rows a release
 * profile answers differently (and why).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  type AirflowConnection,
  connectionFromUri,
  extraDejson,
  getUri,
  sanitizeConnId
} from '../../src/core/airflow/connection.js'
import { buildConnection } from '../../src/core/airflow/build-connection.js'
import { pyClassName } from '../../src/core/render/explain.js'
import { PROFILE_INFO, type Profile } from '../../src/core/airflow/profiles.js'
import { PyError } from '../../src/core/airflow/python/errors.js'
import {
  fromPyValue,
  pyJsonLoads,
  toPyValue
} from '../../src/core/airflow/python/json.js'
import {
  type AmazonProvider,
  parseBackendKwargs,
  resolveSecretName,
  standardizeConnectionSecret
} from '../../src/core/airflow/secrets-manager.js'

type CodeVersion = 'af2' | 'af3_core30' | 'af3_core' | 'af3_sdk'

/**
 * The release profiles whose Connection code equals each transcribed code
 * version, for a URI and for a JSON value. `af3_core` (the newest core
 * tests) runs against every 3.1+ server profile; `af3_sdk` against the
 * profiles whose JSON (3.1.5–3.1.7 tasks) or URI (3.2+ tasks) goes through
 * the Task SDK.
 */
const PROFILE_MAP: Record<
  CodeVersion,
  Record<'uri' | 'json', readonly Profile[]>
> = {
  af2: { uri: ['af2'], json: ['af2'] },
  af3_core30: { uri: ['af3_0'], json: ['af3_0'] },
  af3_core: {
    uri: ['af3_1_0_server', 'af3_1_6_server', 'af3_2_server'],
    json: ['af3_1_0_server', 'af3_1_6_server', 'af3_2_server']
  },
  af3_sdk: {
    uri: ['af3_2_task'],
    json: ['af3_1_5_task', 'af3_1_6_task']
  }
}

/**
 * Rows a release profile answers differently from the code version the row
 * was transcribed from (by source substring), what it answers instead, and
 * why (docs/airflow-parsing.md, "Releases").
 */
const RELEASE_DIFFERENCES: readonly {
  readonly source: string
  readonly profiles: readonly Profile[]
  readonly expected: Record<string, unknown>
  readonly reason: string
}[] = [
  {
    source: 'test_parse_from_uri[type://user:pass@protocol://host:port?param',
    profiles: ['af3_2_server'],
    expected: {
      error: 'AirflowException',
      message_contains: 'Invalid connection string.'
    },
    reason: '#62180: airflow-core 3.2 no longer prints the URI'
  },
  {
    source: 'mysql://user:pass@host:3306/db?charset=utf8&timeout=30]',
    profiles: ['af3_1_6_server', 'af3_2_server'],
    expected: {
      conn_type: 'mysql',
      host: 'host',
      login: 'user',
      password: 'pass',
      schema: 'db',
      port: 3306,
      extra_dejson: { charset: 'utf8', timeout: 30 }
    },
    reason: '#59339: airflow-core 3.1.6+ JSON-decodes URI query values'
  },
  {
    source: 'test_connection_constructor_with_uri_keeps_extra_serialized',
    profiles: ['af3_1_6_server', 'af3_2_server'],
    expected: { extra_dejson: { charset: 'utf8', timeout: 30 } },
    reason: '#59339: airflow-core 3.1.6+ JSON-decodes URI query values'
  }
]

interface Vector {
  source: string
  kind: 'connection' | 'variable' | 'config'
  via: 'direct' | 'secretsmanager'
  format?: 'json'
  value: string | null
  id: string | null
  stored_as?: string
  backend_kwargs?: Record<string, unknown>
  amazon_provider?: AmazonProvider
  profiles: CodeVersion[]
  expected: Record<string, unknown>
}

const FILES = [
  'connections-core',
  'connections-af2',
  'connections-sdk',
  'secrets-manager'
]

/** The release profiles a vector runs against. */
function releaseProfiles(vector: Vector): Profile[] {
  const shape =
    vector.via === 'direct' && vector.format !== 'json' ? 'uri' : 'json'
  const mapped =
    vector.via === 'secretsmanager'
      ? [
          ...new Set(
            vector.profiles.flatMap((code) => [
              ...PROFILE_MAP[code].uri,
              ...PROFILE_MAP[code].json
            ])
          )
        ]
      : [
          ...new Set(
            vector.profiles.flatMap((code) => PROFILE_MAP[code][shape])
          )
        ]
  return mapped
}

/** The vector as `profile` answers it (RELEASE_DIFFERENCES applied). */
function forRelease(vector: Vector, profile: Profile): Vector {
  const row = RELEASE_DIFFERENCES.find(
    (item) =>
      vector.source.includes(item.source) && item.profiles.includes(profile)
  )
  return row ? { ...vector, expected: row.expected } : vector
}

const cases = FILES.flatMap((file) =>
  readFileSync(
    new URL(`../fixtures/airflow/${file}.jsonl`, import.meta.url),
    'utf8'
  )
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line, index) => {
      const vector = JSON.parse(line) as Vector
      return releaseProfiles(vector).map(
        (profile) =>
          [
            `${file}:${index + 1} ${profile} ${vector.source}`,
            forRelease(vector, profile),
            profile
          ] as const
      )
    })
)

const FIELDS = [
  'conn_type',
  'host',
  'login',
  'password',
  'schema',
  'port'
] as const

function fieldsOf(conn: AirflowConnection): Record<string, unknown> {
  return {
    conn_type: fromPyValue(conn.connType),
    host: fromPyValue(conn.host),
    login: fromPyValue(conn.login),
    password: fromPyValue(conn.password),
    schema: fromPyValue(conn.schema),
    port: conn.port === null ? null : Number(conn.port),
    extra: conn.extra,
    extra_dejson: fromPyValue(extraDejson(conn))
  }
}

type Outcome =
  | { found: false; secretName: string | null }
  | {
      found: true
      secretName: string | null
      conn?: AirflowConnection
      value?: string
      error?: PyError
    }

function run(vector: Vector, profile: Profile): Outcome {
  const id = vector.id ?? ''
  const value = vector.value ?? ''
  const capture = (
    build: () => AirflowConnection,
    secretName: string | null,
    value?: string
  ): Outcome => {
    try {
      return {
        found: true,
        secretName,
        conn: build(),
        ...(value === undefined ? {} : { value })
      }
    } catch (error) {
      if (error instanceof PyError)
        return {
          found: true,
          secretName,
          error,
          ...(value === undefined ? {} : { value })
        }
      throw error
    }
  }
  const built = (
    build: ReturnType<typeof buildConnection>
  ): AirflowConnection => {
    if (!build.found) throw new Error('vector value is empty')
    return build.conn
  }
  if (vector.via === 'direct')
    return capture(
      () =>
        built(
          buildConnection(
            value,
            { via: vector.format === 'json' ? 'json' : 'uri' },
            profile,
            id
          )
        ),
      null
    )
  const { settings } = parseBackendKwargs(
    toPyValue(vector.backend_kwargs ?? {}),
    vector.amazon_provider ?? '9'
  )
  if (!settings) throw new Error('vector has unusable backend kwargs')
  const lookup = resolveSecretName(settings, vector.kind, id)
  if (!('name' in lookup)) return { found: false, secretName: null }
  if (vector.stored_as !== undefined && vector.stored_as !== lookup.name)
    return { found: false, secretName: lookup.name }
  // A secret without a SecretString is "not found" to Airflow.
  if (vector.value === null) return { found: false, secretName: lookup.name }
  if (vector.kind !== 'connection')
    return { found: true, secretName: lookup.name, value: vector.value }
  let standardized: string
  try {
    standardized = standardizeConnectionSecret(value, settings, pyJsonLoads)
  } catch (error) {
    if (error instanceof PyError)
      return { found: true, secretName: lookup.name, error }
    throw error
  }
  return capture(
    () =>
      built(
        buildConnection(value, { via: 'secretsmanager', settings }, profile, id)
      ),
    lookup.name,
    standardized
  )
}

/** The expected values, in the shape observe() reports them. */
function wanted(expected: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...expected }
  if ('error' in expected) {
    out.error = String(expected.error).split('.').pop()
    if (typeof expected.message_contains === 'string')
      out.message_contains = true
  }
  return out
}

/**
 * What the parser does with the vector, reported only for the keys the
 * vector asserts, so one toEqual compares everything.
 */
function observe(vector: Vector, profile: Profile): Record<string, unknown> {
  const expected = vector.expected
  const observed: Record<string, unknown> = {}
  const outcome = run(vector, profile)
  if ('found' in expected) observed.found = outcome.found
  if ('secret_name' in expected) observed.secret_name = outcome.secretName
  if (!outcome.found) return observed
  if ('value' in expected) observed.value = outcome.value
  if ('error' in expected) {
    observed.error = outcome.error ? pyClassName(outcome.error) : 'no error'
    if (typeof expected.message_contains === 'string')
      observed.message_contains =
        outcome.error?.message.includes(expected.message_contains) ??
        outcome.error?.message
    return observed
  }
  if (outcome.error)
    return {
      ...observed,
      error: `${outcome.error.pyClass}: ${outcome.error.message}`
    }
  const conn = outcome.conn
  if (!conn) return observed
  const fields = fieldsOf(conn)
  for (const key of [...FIELDS, 'extra', 'extra_dejson'])
    if (key in expected) observed[key] = fields[key]
  if ('conn_id' in expected) observed.conn_id = sanitizeConnId(vector.id ?? '')
  if ('uri' in expected) observed.uri = getUri(conn)
  if (expected.roundtrip === true || 'reparsed' in expected) {
    const again = connectionFromUri(
      getUri(conn),
      PROFILE_INFO[profile].uri,
      vector.id ?? ''
    )
    const after = fieldsOf(again)
    if (expected.roundtrip === true) {
      const before = fieldsOf(conn)
      const changed = [...FIELDS, 'extra_dejson'].filter(
        (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])
      )
      observed.roundtrip = changed.length === 0 ? true : changed
    }
    if ('reparsed' in expected) {
      const reparsed = expected.reparsed as Record<string, unknown>
      observed.reparsed = Object.fromEntries(
        Object.keys(reparsed).map((key) => [key, after[key]])
      )
    }
  }
  return observed
}

describe('Airflow golden vectors', () => {
  it('has the transcribed cases', () => {
    expect(cases.length).toBeGreaterThan(600)
  })

  it.each(cases)('%s', (_name, vector, profile) => {
    const expected = vector.expected
    expect(observe(vector, profile)).toEqual(wanted(expected))
  })
})
