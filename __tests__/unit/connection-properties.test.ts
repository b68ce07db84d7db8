/**
 * Properties of the Airflow-exact connection core, checked with fast-check:
 * the parsers never fail with anything but the Python exception Airflow
 * would raise (PyError), get_uri() output parses back to the same fields
 * wherever Airflow guarantees it, and Python json.dumps text survives a
 * loads/dumps round trip unchanged. Seeds are fixed so failures reproduce.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  type AirflowConnection,
  connectionFromJson,
  connectionFromUri,
  deserializeConnection,
  extraDejson,
  getUri
} from '../../src/core/airflow/connection.js'
import { explain } from '../../src/core/render/explain.js'
import {
  ENGINES,
  type Engine,
  PROFILES,
  PROFILE_INFO
} from '../../src/core/airflow/profiles.js'
import {
  NEWEST_PROVIDER,
  parseProviderVersion
} from '../../src/core/airflow/secrets-manager.js'
import { PyError } from '../../src/core/airflow/python/errors.js'
import { pyJsonDumps, pyJsonLoads } from '../../src/core/airflow/python/json.js'
import type { PyDict, PyValue } from '../../src/core/airflow/python/value.js'

const RUNS = { numRuns: 500, seed: 20261121 }

// ------------------------------------------------------------- arbitraries

/** Characters and fragments that steer urllib.parse and Airflow's parser. */
const TOKENS = [
  ':',
  '/',
  '//',
  '://',
  '?',
  '#',
  '@',
  '[',
  ']',
  '%',
  '%2F',
  '%zz',
  '%E2%82%AC',
  '%C3',
  '+',
  '-',
  '_',
  '.',
  '=',
  '&',
  ';',
  ' ',
  '\t',
  '\n',
  '\u0000',
  '{',
  '}',
  '"',
  '\\',
  '__extra__',
  '::1',
  'v1.',
  '℀',
  '／',
  '\ufeff',
  '\u00a0',
  'postgres',
  'postgresql',
  'aws',
  '0',
  '65536',
  '٨'
]

/** One unit: any code point (lone surrogates included) or a token. */
const unit = fc.oneof(
  { arbitrary: fc.constantFrom(...TOKENS), weight: 2 },
  {
    arbitrary: fc
      .integer({ min: 0, max: 0x10ffff })
      .map((cp) => String.fromCodePoint(cp)),
    weight: 1
  },
  {
    arbitrary: fc
      .integer({ min: 0x20, max: 0x7e })
      .map((cp) => String.fromCharCode(cp)),
    weight: 3
  }
)

const anyText = fc.string({ unit, maxLength: 40 })

/** No lone surrogate (a paired one is a single code point, not \p{Cs}). */
const isWellFormed = (text: string): boolean => !/\p{Cs}/u.test(text)

const pick = <T>(...values: T[]): fc.Arbitrary<T> => fc.constantFrom(...values)

/** URI-shaped text: each component drawn from real cases or random text. */
const uriText = fc
  .tuple(
    fc.oneof(
      pick('postgres', 'postgresql', 'MySQL', 'google-cloud', 'a_b', 'x+y.z'),
      anyText
    ),
    pick('://', ':', '//', '://https://', ''),
    fc.oneof(pick('', 'u@', 'u:p@', ':p@', 'a@b@', 'u%40:p%2F@'), anyText),
    fc.oneof(
      pick('h', 'Host.COM', '[::1]', '[v1.x]', '[1.2.3.4]', '[::1', 'h%2Fx'),
      anyText
    ),
    fc.oneof(pick('', ':5432', ':0', ':65536', ':x', ': 1', ':8_0'), anyText),
    fc.oneof(pick('', '/', '/db', '//db', '/%ff'), anyText),
    fc.oneof(
      pick('', '?a=1', '?a=1&a=2', '?__extra__=%7B%7D', '?__extra__=[1]'),
      anyText
    ),
    fc.oneof(pick('', '#f', '#f?x=1'), anyText)
  )
  .map((parts) => parts.join(''))

/** A Python JSON value as the core models it. */
const { pyValue } = fc.letrec<{ pyValue: PyValue }>((tie) => ({
  pyValue: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
    fc.double(),
    anyText,
    fc.array(tie('pyValue'), { maxLength: 4 }),
    fc
      .array(fc.tuple(anyText, tie('pyValue')), { maxLength: 4 })
      .map((entries): PyValue => new Map(entries))
  )
}))

const CONNECTION_KEYS = [
  'conn_type',
  'host',
  'login',
  'password',
  'schema',
  'port',
  'extra',
  'description',
  'uri',
  'conn_id',
  'team_name',
  'user',
  'pass',
  'engine',
  'dbname'
]

/** JSON connection documents: known keys mostly, any values. */
const jsonText = fc
  .array(
    fc.tuple(fc.oneof(fc.constantFrom(...CONNECTION_KEYS), anyText), pyValue),
    { maxLength: 6 }
  )
  .map((entries) => pyJsonDumps(new Map(entries)))

const backendKwargs: fc.Arbitrary<PyValue> = fc.oneof(
  fc.constant(new Map()),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(
          'connections_prefix',
          'connections_lookup_pattern',
          'sep',
          'extra_conn_words',
          'are_secret_values_urlencoded',
          'region_name'
        ),
        fc.oneof(
          pyValue,
          pick<PyValue>('', '/', '^db', '[', '(?i)x', 'a{2}'),
          fc
            .tuple(pick('login', 'user', 'password', 'bogus'), pyValue)
            .map(([key, item]): PyValue => new Map([[key, item]]))
        )
      ),
      { maxLength: 3 }
    )
    .map((entries): PyValue => new Map(entries)),
  pyValue
)

// --------------------------------------------------------------- helpers

/** How fn ended: 'ok', 'PyError', or what else it threw. */
function ending(fn: () => unknown): string {
  try {
    fn()
    return 'ok'
  } catch (error) {
    if (error instanceof PyError) return 'PyError'
    return error instanceof Error ? `${error.name}: ${error.message}` : 'throw'
  }
}

/** fn returned, or raised the PyError Airflow's exception maps to. */
const OK_OR_PY_ERROR = /^(?:ok|PyError)$/

function fail(text: string): never {
  throw new Error(`bad provider ${text}`)
}

const profile = fc.constantFrom(...PROFILES)
const engine = fc.constantFrom(...ENGINES)

// ----------------------------------------------------- never throws past PyError

describe('the parsers raise only PyError', () => {
  it.each([
    ['arbitrary text', anyText],
    ['URI-shaped text', uriText],
    ['JSON documents', jsonText]
  ] as const)('deserializeConnection on %s', (_name, text) => {
    fc.assert(
      fc.property(text, profile, anyText, (value, p, id) => {
        expect(
          ending(() => {
            const conn = deserializeConnection(value, PROFILE_INFO[p], id)
            getUri(conn)
            extraDejson(conn)
          })
        ).toMatch(OK_OR_PY_ERROR)
      }),
      RUNS
    )
  })

  it.each([
    ['arbitrary text', anyText],
    ['URI-shaped text', uriText]
  ] as const)('connectionFromUri and getUri on %s', (_name, text) => {
    fc.assert(
      fc.property(text, engine, (value, e) => {
        expect(
          ending(() => getUri(connectionFromUri(value, e, 'test_id')))
        ).toMatch(OK_OR_PY_ERROR)
      }),
      RUNS
    )
  })

  it.each([
    ['arbitrary text', anyText],
    ['JSON documents', jsonText],
    ['any JSON value', pyValue.map((value) => pyJsonDumps(value))]
  ] as const)('connectionFromJson and getUri on %s', (_name, text) => {
    fc.assert(
      fc.property(text, engine, (value, e) => {
        expect(
          ending(() => getUri(connectionFromJson(value, e, 'test_id')))
        ).toMatch(OK_OR_PY_ERROR)
      }),
      RUNS
    )
  })

  it('getUri on connections with any field values', () => {
    const conn = fc.record({
      connType: pyValue,
      host: pyValue,
      login: pyValue,
      password: pyValue,
      schema: pyValue,
      port: fc.option(fc.bigInt({ min: -1n, max: 70000n })),
      extra: fc.option(fc.oneof(anyText, jsonText)),
      description: pyValue,
      engine
    })
    fc.assert(
      fc.property(conn, (c) => {
        expect(ending(() => getUri(c))).toMatch(OK_OR_PY_ERROR)
      }),
      RUNS
    )
  })

  it('explain never throws, whatever the value, id, kwargs and kind', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, uriText, jsonText),
        anyText,
        backendKwargs,
        profile,
        fc.constantFrom('connection', 'variable' as const),
        fc.constantFrom('secretsmanager', 'env', 'direct' as const),
        fc.boolean(),
        fc.constantFrom('8', '9.0', '9.28', NEWEST_PROVIDER),
        fc.boolean(),
        (
          value,
          id,
          kwargs,
          p,
          kind,
          via,
          deserializeJson,
          provider,
          reveal
        ) => {
          const result = explain(
            {
              kind,
              value,
              id,
              backendKwargs: kwargs,
              profile: p,
              via,
              deserializeJson,
              provider: parseProviderVersion(provider) ?? fail(provider),
              teamName: reveal ? 't' : null,
              multiTeam: deserializeJson
            },
            { reveal }
          )
          expect(typeof result.get('found')).toBe('boolean')
        }
      ),
      RUNS
    )
  })
})

// ----------------------------------------------------------- get_uri round trip

/**
 * What Airflow guarantees for `Connection(uri=conn.get_uri())` (spec §1.8,
 * §1.1), stated as the precondition on the generated connection:
 *  - conn_type is empty or a lower-case scheme ([a-z][a-z0-9+._]*) that
 *    normalisation leaves alone: no '-' (it comes back as '_') and not
 *    'postgresql' (it comes back as 'postgres');
 *  - host has no '://' (get_uri splits a protocol off it) and no upper-case
 *    ASCII letter (urlsplit lower-cases hostnames);
 *  - login is null only when password is null too (':pw@' parses back with
 *    login ''), and is never '' (an empty authority is not written);
 *  - password is null or non-empty ('' is dropped by the ORM setter);
 *  - port is null or 1..65535 (get_uri drops port 0);
 *  - strings hold no lone surrogate (quote() cannot encode one);
 *  - extra is a JSON object without an '__extra__' key (the af3 core
 *    profiles reject other extras; that key would take over on re-parse).
 * Then conn_type, login, password and port come back equal, host and schema
 * come back with null as '' (a parsed URI always has them), extra_dejson
 * comes back equal, and a URI written as '@:port' (no host, no login) comes
 * back with login ''.
 */
const scheme = fc
  .tuple(
    fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyz')),
    fc.string({
      unit: fc.constantFrom(
        ...Array.from('abcdefghijklmnopqrstuvwxyz0123456789+._')
      ),
      maxLength: 8
    })
  )
  .map(([head, tail]) => head + tail)
  .filter((name) => name !== 'postgresql')

/** Well-formed text (no lone surrogates), biased to URI metacharacters. */
const wellFormed = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...TOKENS.filter(isWellFormed)),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 })
  ),
  maxLength: 20
})

const hostText = wellFormed
  .map((text) => text.replace(/[A-Z]/g, (c) => c.toLowerCase()))
  .filter((text) => !text.includes('://'))

const jsonLeaf = fc.oneof(
  wellFormed,
  fc.constant(null),
  fc.boolean(),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
  fc.double({ noNaN: false })
)

const extraDict = fc
  .array(
    fc.tuple(
      wellFormed.filter((key) => key !== '__extra__'),
      fc.oneof(
        { arbitrary: wellFormed, weight: 3 },
        { arbitrary: jsonLeaf, weight: 1 },
        {
          arbitrary: fc
            .array(jsonLeaf, { maxLength: 2 })
            .map((items): PyValue => items),
          weight: 1
        }
      )
    ),
    { maxLength: 4 }
  )
  .map((entries): PyDict => new Map(entries))

const nonEmpty = wellFormed.filter((text) => text !== '')

const roundTripConnection = fc
  .record({
    connType: fc.option(scheme),
    host: fc.option(hostText),
    credentials: fc.oneof(
      fc.constant({ login: null, password: null }),
      fc.record({ login: nonEmpty, password: fc.option(nonEmpty) })
    ),
    schema: fc.option(wellFormed),
    port: fc.option(fc.integer({ min: 1, max: 65535 })),
    extra: fc.option(extraDict)
  })
  .map((c): AirflowConnection => ({
    connType: c.connType,
    host: c.host,
    login: c.credentials.login,
    password: c.credentials.password,
    schema: c.schema,
    port: c.port === null ? null : BigInt(c.port),
    extra: c.extra === null ? null : pyJsonDumps(c.extra),
    description: null,
    engine: 'af2'
  }))

/**
 * The code whose get_uri() output parses back equal. From airflow-core
 * 3.1.6 (#59339) a flattened query value that is JSON comes back decoded
 * (`a=1` gives 1, not "1"), so those releases do not round-trip.
 */
const ROUND_TRIP_ENGINES = ENGINES.filter(
  (e) => e !== 'core316' && e !== 'core32'
)

describe('get_uri() output parses back to the same connection', () => {
  it.each(ROUND_TRIP_ENGINES.map((e) => [e]))('%s', (e: Engine) => {
    fc.assert(
      fc.property(roundTripConnection, (raw) => {
        const conn = { ...raw, engine: e }
        const uri = getUri(conn)
        const back = connectionFromUri(uri, e, 'test_id')
        const atPort = conn.login === null && !conn.host && conn.port !== null
        expect({
          connType: back.connType,
          host: back.host,
          login: back.login,
          password: back.password,
          schema: back.schema,
          port: back.port,
          extra: pyJsonDumps(extraDejson(back))
        }).toEqual({
          connType: conn.connType ?? '',
          host: conn.host ?? '',
          login: atPort ? '' : conn.login,
          password: conn.password,
          schema: conn.schema ?? '',
          port: conn.port,
          extra: pyJsonDumps(extraDejson(conn))
        })
      }),
      RUNS
    )
  })

  it('holds for non-object extras in the profiles that accept them', () => {
    const conn = fc.record({
      connType: scheme,
      // quote() cannot encode a lone surrogate kept in raw extra text.
      extra: fc.oneof(
        pyValue.map((value) => pyJsonDumps(value)),
        anyText.filter(isWellFormed)
      )
    })
    fc.assert(
      fc.property(conn, fc.constantFrom('af2', 'sdk115' as const), (c, p) => {
        const built: AirflowConnection = {
          engine: p,
          connType: c.connType,
          host: null,
          login: null,
          password: null,
          schema: null,
          port: null,
          extra: c.extra,
          description: null
        }
        const uri = getUri(built)
        const back = connectionFromUri(uri, p, 'test_id')
        expect(pyJsonDumps(extraDejson(back))).toBe(
          pyJsonDumps(extraDejson(built))
        )
      }),
      RUNS
    )
  })
})

// -------------------------------------------------------- json.dumps round trip

describe('pyJsonDumps(pyJsonLoads(x)) === x for x made by pyJsonDumps', () => {
  it.each([
    ['default separators', undefined],
    ['compact separators', [',', ':'] as const]
  ] as const)('%s', (_name, separators) => {
    const options = separators === undefined ? {} : { separators }
    fc.assert(
      fc.property(pyValue, (value) => {
        const text = pyJsonDumps(value, options)
        expect(pyJsonDumps(pyJsonLoads(text), options)).toBe(text)
      }),
      { ...RUNS, numRuns: 1000 }
    )
  })
})
