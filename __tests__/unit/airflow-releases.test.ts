/**
 * Release-exact behaviour: every input → expected row of the per-release
 * spec (docs/airflow-parsing.md, "Releases"; airflow-versions §3), per
 * release profile, through `explain`'s JSON-lines face; the upstream cases
 * newer than the base spec (released ones run, main-only ones listed as
 * unreleased); and the team / `--` lookups of each Amazon provider line.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  explain,
  formatExplainLine,
  parseExplainInput
} from '../../src/core/render/explain.js'
import { buildConnection } from '../../src/core/airflow/build-connection.js'
import {
  PROFILES,
  type Profile,
  describeProfiles,
  profileFor,
  resolveRelease
} from '../../src/core/airflow/profiles.js'
import { fromPyValue, pyJsonLoads } from '../../src/core/airflow/python/json.js'
import { extraDejson } from '../../src/core/airflow/connection.js'
import { PyError } from '../../src/core/airflow/python/errors.js'

type Result = Record<string, unknown>

/** explain for one line object, as plain JS (NaN kept as NaN). */
function run(line: Record<string, unknown>): Result {
  const input = parseExplainInput(JSON.stringify(line))
  const result = explain(input, { reveal: true })
  return fromPyValue(result) as Result
}

/** The fields of `result` that `expected` names. */
function pick(result: Result, expected: Result): Result {
  return Object.fromEntries(Object.keys(expected).map((k) => [k, result[k]]))
}

interface Row {
  readonly name: string
  readonly line: Record<string, unknown>
  /** Expected fields per group of profiles; every profile appears once. */
  readonly expected: readonly [readonly Profile[], Result][]
}

const TASKS_31: Profile[] = [
  'af3_1_0_task',
  'af3_1_5_task',
  'af3_1_6_task',
  'af3_1_8_task'
]
const CORE_SERVERS_31: Profile[] = ['af3_1_0_server', 'af3_1_6_server']

const ROWS: readonly Row[] = [
  {
    name: '§3.2 JSON secret without conn_type',
    line: { kind: 'connection', value: '{"host":"h","port":"5432"}' },
    expected: [
      [
        ['af2', 'af3_0', ...CORE_SERVERS_31, 'af3_2_server'],
        { conn_type: null, port: 5432, host: 'h' }
      ],
      [
        ['af3_1_0_task'],
        {
          error: 'ValueError',
          message:
            "Connection type (conn_type) is required but missing from connection configuration. Please add 'conn_type' field to your connection definition."
        }
      ],
      [
        ['af3_1_5_task', 'af3_1_6_task'],
        {
          error: 'TypeError',
          message:
            "Connection.__init__() missing 1 required positional argument: 'conn_type'"
        }
      ],
      [['af3_1_8_task', 'af3_2_task'], { conn_type: null, port: 5432 }]
    ]
  },
  ...['""', '0', 'false'].map((falsy): Row => ({
    name: `§3.2 JSON secret with conn_type ${falsy}`,
    line: {
      kind: 'connection',
      value: `{"conn_type":${falsy},"host":"h"}`
    },
    expected: [
      [['af3_1_0_task'], { error: 'ValueError' }],
      [['af3_1_5_task', 'af3_1_6_task'], { error: 'TypeError' }],
      [['af3_1_8_task', 'af3_2_task', 'af3_2_server'], { host: 'h' }]
    ]
  })),
  {
    name: '§3.3 URI query values (#59339)',
    line: {
      kind: 'connection',
      value:
        'postgres://u:p@h:5432/db?connect_timeout=10&keepalives=true&opt=&n=null'
    },
    expected: [
      [
        ['af2', 'af3_0', 'af3_1_0_server', 'af3_1_0_task', 'af3_1_5_task'],
        {
          extra:
            '{"connect_timeout": "10", "keepalives": "true", "opt": "", "n": "null"}',
          uri: 'postgres://u:p@h:5432/db?connect_timeout=10&keepalives=true&opt=&n=null'
        }
      ],
      [
        ['af3_2_task'],
        {
          extra:
            '{"connect_timeout": "10", "keepalives": "true", "opt": "", "n": "null"}',
          uri: 'postgres://u:p@h:5432/db?connect_timeout=10&keepalives=true&opt=&n=null'
        }
      ],
      [
        ['af3_1_6_server', 'af3_1_6_task', 'af3_1_8_task', 'af3_2_server'],
        {
          extra:
            '{"connect_timeout": 10, "keepalives": true, "opt": "", "n": null}',
          uri: 'postgres://u:p@h:5432/db?__extra__=%7B%22connect_timeout%22%3A+10%2C+%22keepalives%22%3A+true%2C+%22opt%22%3A+%22%22%2C+%22n%22%3A+null%7D'
        }
      ]
    ]
  },
  {
    name: '§3.3 URI query values that are JSON of every kind',
    line: { kind: 'connection', value: 'http://h?a=1.0&b=%22x%22&c=NaN&d=[1]' },
    expected: [
      [
        [
          'af2',
          'af3_0',
          'af3_1_0_server',
          'af3_1_0_task',
          'af3_1_5_task',
          'af3_2_task'
        ],
        { extra: '{"a": "1.0", "b": "\\"x\\"", "c": "NaN", "d": "[1]"}' }
      ],
      [
        ['af3_1_6_server', 'af3_1_6_task', 'af3_1_8_task', 'af3_2_server'],
        { extra: '{"a": 1.0, "b": "x", "c": NaN, "d": [1]}' }
      ]
    ]
  },
  {
    name: '§3.3 JSON extras are never decoded further',
    line: {
      kind: 'connection',
      value: '{"conn_type":"x","extra":{"a":"true"}}'
    },
    expected: [[[...PROFILES], { extra_dejson: '{"a":"true"}' }]]
  },
  {
    name: '§3.4 JSON extra that is not JSON',
    line: {
      kind: 'connection',
      value: '{"conn_type":"http","host":"h","extra":"not json"}'
    },
    expected: [
      [['af2'], { extra: 'not json' }],
      [
        ['af3_0', ...CORE_SERVERS_31],
        {
          error: 'ValueError',
          message:
            "Encountered non-JSON in `extra` field for connection 'test_id'."
        }
      ],
      [
        ['af3_2_server'],
        {
          error: 'ValueError',
          message: 'Encountered non-JSON in `extra` field for connection None.'
        }
      ],
      [[...TASKS_31, 'af3_2_task'], { extra: 'not json', extra_dejson: '{}' }]
    ]
  },
  {
    name: '§3.4 URI __extra__ that is not an object, empty password',
    line: { kind: 'connection', value: 'http://u:@h?__extra__=%5B1%5D' },
    expected: [
      [['af2'], { password: null, extra: '[1]' }],
      [['af3_0', ...CORE_SERVERS_31, ...TASKS_31], { error: 'ValueError' }],
      [['af3_2_server'], { error: 'ValueError' }],
      [['af3_2_task'], { password: '', extra: '[1]' }]
    ]
  },
  {
    name: '§3.4 empty password',
    line: { kind: 'connection', value: 'http://u:@h' },
    expected: [
      [
        ['af2', 'af3_0', ...CORE_SERVERS_31, ...TASKS_31, 'af3_2_server'],
        { password: null, uri: 'http://u@h' }
      ],
      [['af3_2_task'], { password: '', uri: 'http://u:@h' }]
    ]
  },
  {
    name: '§3.4 get_uri of a host that carries the conn_type protocol',
    line: { kind: 'connection', value: 'http://http%3A%2F%2Fhost' },
    expected: [
      [['af2', 'af3_0'], { uri: 'http://http://host' }],
      [
        [...CORE_SERVERS_31, ...TASKS_31, 'af3_2_server', 'af3_2_task'],
        { uri: 'http://http%3A%2F%2Fhost' }
      ]
    ]
  },
  {
    name: '§3.4 more than two schemes',
    line: { kind: 'connection', value: 'a://b://c://d' },
    expected: [
      [
        ['af2', 'af3_0', ...CORE_SERVERS_31, ...TASKS_31, 'af3_2_task'],
        {
          error: 'AirflowException',
          message: 'Invalid connection string: a://b://c://d.'
        }
      ],
      [
        ['af3_2_server'],
        { error: 'AirflowException', message: 'Invalid connection string.' }
      ]
    ]
  },
  {
    name: '§3.4 direct JSON with team_id',
    line: {
      kind: 'connection',
      via: 'env',
      value: '{"conn_type":"x","team_id":"t"}'
    },
    expected: [
      [
        ['af2', 'af3_0', 'af3_2_server', ...TASKS_31, 'af3_2_task'],
        {
          error: 'TypeError',
          message:
            "Connection.__init__() got an unexpected keyword argument 'team_id'"
        }
      ],
      [CORE_SERVERS_31, { conn_type: 'x' }]
    ]
  },
  {
    name: '§3.4 direct JSON with a uri key',
    line: {
      kind: 'connection',
      via: 'env',
      value: '{"uri":"postgres://h"}'
    },
    expected: [
      [
        ['af2', 'af3_0', ...CORE_SERVERS_31, 'af3_2_server'],
        { conn_type: 'postgres', host: 'h' }
      ],
      // 1.1.0–1.1.4 check conn_type before the keyword arguments.
      [['af3_1_0_task'], { error: 'ValueError' }],
      [['af3_1_5_task', 'af3_1_6_task', 'af3_1_8_task'], { error: 'TypeError' }]
    ]
  }
]

const cases = ROWS.flatMap((row) =>
  row.expected.flatMap(([profiles, expected]) =>
    profiles.map((profile) => [row.name, profile, row, expected] as const)
  )
)

describe('per-release rows (airflow-versions §3)', () => {
  it.each(cases)('%s: %s', (_name, profile, row, expected) => {
    const result = run({ ...row.line, profile })
    expect(pick(result, expected)).toEqual(expected)
  })

  it('each row names every profile at most once', () => {
    for (const row of ROWS) {
      const listed = row.expected.flatMap(([profiles]) => profiles)
      expect(new Set(listed).size).toBe(listed.length)
    }
  })

  it('a JSON-looking string in a local connections file is a URI', () => {
    const value = '{"conn_type": "postgres", "host": "h"}'
    for (const profile of PROFILES) {
      const built = buildConnection(value, { via: 'uri' }, profile, 'db')
      if (!built.found) throw new Error('not found')
      expect(built.conn.connType).toBe('')
      const env = buildConnection(value, { via: 'env' }, profile, 'db')
      if (!env.found) throw new Error('not found')
      expect(env.conn.connType).toBe('postgres')
    }
  })

  it('an empty environment variable is not found', () => {
    expect(buildConnection('', { via: 'env' }, 'af2', 'db').found).toBe(false)
    expect(() => buildConnection('  ', { via: 'env' }, 'af2', 'db')).toThrow(
      PyError
    )
  })
})

describe('releases and profiles', () => {
  it.each([
    ['2', ['af2']],
    ['2.10.5', ['af2']],
    ['3.0.6', ['af3_0']],
    ['af3_core30', ['af3_0']],
    ['3.1.0', ['af3_1_0_server', 'af3_1_0_task']],
    ['3.1.4', ['af3_1_0_server', 'af3_1_0_task']],
    ['3.1.5', ['af3_1_0_server', 'af3_1_5_task']],
    ['3.1.6', ['af3_1_6_server', 'af3_1_6_task']],
    ['3.1.7', ['af3_1_6_server', 'af3_1_6_task']],
    ['3.1.8', ['af3_1_6_server', 'af3_1_8_task']],
    ['3.2.2', ['af3_2_server', 'af3_2_task']],
    ['3.3.2+astro.1', ['af3_2_server', 'af3_2_task']],
    ['3', ['af3_2_server', 'af3_2_task']]
  ])('%s checks %j', (release, profiles) => {
    expect(resolveRelease(release).profiles).toEqual(profiles)
  })

  it('a minor checks every patch profile of its line', () => {
    expect(resolveRelease('3.1').profiles).toHaveLength(6)
  })

  it.each(['af3_core', 'af3_sdk'])(
    'refuses the retired profile %s, naming release profiles',
    (name) => {
      expect(() => resolveRelease(name)).toThrow(/af3_\d/)
      expect(() =>
        parseExplainInput(
          JSON.stringify({ kind: 'connection', value: 'x://h', profile: name })
        )
      ).toThrow(/release/)
    }
  )

  it.each(['1.10', '2.9', '3.1.9', '3.4', '4', 'af4', ''])(
    'refuses %j',
    (release) => {
      expect(() => resolveRelease(release)).toThrow()
    }
  )

  it('an explain line picks the release profile of its component', () => {
    expect(profileFor('3.1.5', 'task')).toBe('af3_1_5_task')
    expect(profileFor('3.1.5', 'server')).toBe('af3_1_0_server')
    expect(profileFor('3.1', 'task')).toBe('af3_1_8_task')
    expect(profileFor('2.11.2', 'server')).toBe('af2')
  })

  it.each([
    [['af3_1_0_task'], 'Airflow 3.1.0–3.1.4, in tasks'],
    [['af3_1_5_task', 'af3_1_6_task'], 'Airflow 3.1.5–3.1.7, in tasks'],
    [['af3_1_6_server', 'af3_2_server'], 'Airflow 3.1.6–3.3, on the server'],
    [['af2', 'af3_0'], 'Airflow 2.10–3.0'],
    [['af3_1_0_server', 'af3_1_0_task', 'af3_1_5_task'], 'Airflow 3.1.0–3.1.5'],
    [
      ['af3_1_0_server', 'af3_1_0_task'],
      'Airflow 3.1.0–3.1.5, on the server; Airflow 3.1.0–3.1.4, in tasks'
    ]
  ] as const)('%j reads %s', (profiles, text) => {
    expect(describeProfiles(profiles)).toBe(text)
  })
})

interface NewerCase {
  readonly source: string
  readonly kind: 'connection' | 'variable'
  readonly via: 'direct' | 'secretsmanager'
  readonly format?: 'json'
  readonly value: string | null
  readonly id: string | null
  readonly team_name?: string
  readonly stored_as?: string
  readonly expected: Result
}

/**
 * The upstream cases newer than the base spec: which release profiles run
 * them now, or why they stay unreleased.
 */
const NEWER: readonly {
  readonly source: string
  readonly released?: readonly Profile[]
  readonly unreleased?: string
}[] = [
  {
    source: 'with valid json, invalid json fallback',
    released: ['af3_1_6_server', 'af3_1_6_task', 'af3_1_8_task', 'af3_2_server']
  },
  {
    source: 'int_param=123',
    released: ['af3_1_6_server', 'af3_1_6_task', 'af3_1_8_task', 'af3_2_server']
  },
  {
    source: 'test_from_json_port[{"port": 0}]',
    unreleased:
      'port 0 kept: JSON port checks are on apache/airflow main only (issue #68382)'
  },
  {
    source: 'test_from_json_rejects_invalid_port',
    unreleased:
      'JSON port range/float checks are on apache/airflow main only (issue #68382)'
  },
  {
    source: 'test_from_json_port_boundaries[{"port": 0}]',
    unreleased:
      'port 0 kept: JSON port checks are on apache/airflow main only (issue #68382)'
  },
  {
    source: 'test_from_json_port_boundaries[{"port": "0"}]',
    released: ['af3_1_8_task', 'af3_2_task']
  },
  {
    source: 'test_from_json_port_boundaries[{"port": 65535}]',
    released: ['af3_1_8_task', 'af3_2_task']
  },
  {
    source: 'test_from_json_port_boundaries[{"port": ""}]',
    released: ['af3_1_8_task', 'af3_2_task']
  },
  {
    source: 'test_from_json_without_conn_type',
    released: ['af3_1_8_task', 'af3_2_task']
  },
  {
    source: 'test_secrets_manager.py',
    released: ['af3_2_server', 'af3_2_task']
  }
]

const newer = readFileSync(
  new URL('../fixtures/airflow/upstream-newer.jsonl', import.meta.url),
  'utf8'
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as NewerCase)

const classify = (item: NewerCase): (typeof NEWER)[number] | undefined =>
  NEWER.find((entry) => item.source.includes(entry.source))

/** One upstream-newer case as an explain line (provider 9.28, where teams began). */
function newerLine(item: NewerCase, profile: Profile): Record<string, unknown> {
  return {
    kind: item.kind,
    value: item.value ?? '',
    id: item.id ?? 'test_id',
    profile,
    via: item.via,
    amazon_provider: '9.28',
    ...(item.team_name === undefined ? {} : { team_name: item.team_name }),
    ...(item.stored_as === undefined ? {} : { stored_as: item.stored_as })
  }
}

describe('upstream cases newer than the base spec', () => {
  it('classifies every case as released or unreleased', () => {
    for (const item of newer) expect(classify(item)).toBeDefined()
    const unreleased = newer.filter((item) => classify(item)?.unreleased)
    expect(unreleased).toHaveLength(8)
  })

  const released = newer.flatMap((item) =>
    (classify(item)?.released ?? []).map(
      (profile) => [item.source, profile, item] as const
    )
  )

  /** What the case asserts, observed: fields, or found and the name. */
  function observe(item: NewerCase, profile: Profile): Result {
    if (item.via === 'direct') {
      const built = buildConnection(
        item.value ?? '',
        { via: item.format === 'json' ? 'json' : 'uri' },
        profile,
        item.id ?? ''
      )
      if (!built.found) return { found: false }
      const conn = built.conn
      return {
        conn_type: conn.connType,
        host: conn.host,
        login: conn.login,
        password: conn.password,
        schema: conn.schema,
        port: conn.port === null ? null : Number(conn.port),
        extra_dejson: fromPyValue(extraDejson(conn))
      }
    }
    const result = run(newerLine(item, profile))
    return 'value' in item.expected
      ? { found: result.found, value: result.secret_name }
      : { found: result.found }
  }

  /** The expectation in observe()'s shape (a found value: its secret name). */
  function want(item: NewerCase): Result {
    if (item.via === 'direct') return item.expected
    return 'value' in item.expected
      ? { found: true, value: item.stored_as }
      : { found: item.expected.found }
  }

  it.each(released)('%s: %s', (_source, profile, item) => {
    const wanted = want(item)
    expect(pick(observe(item, profile), wanted)).toEqual(wanted)
  })
})

describe('team and -- lookups per Amazon provider line', () => {
  const base = {
    kind: 'connection',
    value: 'postgres://u:p@h/db',
    airflow: '3.2'
  }
  it.each([
    // id, team, multi_team, provider, stored_as → found, secret_name
    [
      'prod--db',
      null,
      false,
      '9.0',
      undefined,
      true,
      'airflow/connections/prod--db'
    ],
    [
      'prod--db',
      null,
      true,
      '9.27',
      undefined,
      true,
      'airflow/connections/prod--db'
    ],
    ['prod--db', null, false, '9.28', undefined, false, null],
    ['prod--db', null, true, '9.35', undefined, false, null],
    [
      'prod--db',
      null,
      false,
      '9.39',
      undefined,
      true,
      'airflow/connections/prod--db'
    ],
    ['prod--db', null, true, '9.39', undefined, false, null],
    ['prod--db', 't', false, '9.28', undefined, false, null],
    ['db', 't', false, '9.0', undefined, true, 'airflow/connections/db'],
    ['db', 't', false, '9.28', undefined, true, 'airflow/connections/t--db'],
    ['db', 't', true, '9.39', undefined, true, 'airflow/connections/t--db'],
    [
      'db',
      't',
      false,
      '9.39',
      'airflow/connections/db',
      true,
      'airflow/connections/db'
    ],
    [
      'db',
      't',
      false,
      '9.39',
      'airflow/connections/u--db',
      false,
      'airflow/connections/db'
    ],
    [
      'db',
      't',
      false,
      '9.0',
      'airflow/connections/t--db',
      false,
      'airflow/connections/db'
    ],
    [
      'db',
      null,
      false,
      '9.39',
      'airflow/connections/t--db',
      false,
      'airflow/connections/db'
    ]
  ] as const)(
    'id %s team %s multi_team %s provider %s stored as %s',
    (id, team, multiTeam, provider, storedAs, found, name) => {
      const result = run({
        ...base,
        id,
        multi_team: multiTeam,
        amazon_provider: provider,
        ...(team === null ? {} : { team_name: team }),
        ...(storedAs === undefined ? {} : { stored_as: storedAs })
      })
      expect([result.found, result.secret_name]).toEqual([found, name])
    }
  )

  it('Airflow before 3.2 passes no team, so only the global name is read', () => {
    const result = run({
      ...base,
      airflow: '3.1.8',
      id: 'db',
      team_name: 't',
      amazon_provider: '9.39'
    })
    expect(result.secret_name).toBe('airflow/connections/db')
  })

  it('an empty prefix looks up the bare id only', () => {
    const result = run({
      ...base,
      id: 'db',
      team_name: 't',
      amazon_provider: '9.39',
      backend_kwargs: { connections_prefix: '' }
    })
    expect(result.secret_name).toBe('db')
  })

  it('variables take the team name too; -- keys are refused', () => {
    const variable = { kind: 'variable', value: 'v', airflow: '3.3' }
    expect(
      run({ ...variable, id: 'k', team_name: 't', amazon_provider: '9.28' })
        .secret_name
    ).toBe('airflow/variables/t--k')
    expect(
      run({ ...variable, id: 'a--k', amazon_provider: '9.28' }).found
    ).toBe(false)
  })
})

describe('strict JSON output', () => {
  it('writes NaN and Infinity as {"$float": ...} and big ints exactly', () => {
    const line = formatExplainLine(
      explain(
        parseExplainInput(
          JSON.stringify({
            kind: 'connection',
            via: 'env',
            airflow: '3.2',
            component: 'server',
            value:
              '{"conn_type": "x", "host": NaN, "login": Infinity, "schema": -Infinity, "port": 12345678901234567890}'
          }).replace('"port": 1', '"port": 1')
        ),
        { reveal: true }
      )
    )
    expect(() => JSON.parse(line) as unknown).not.toThrow()
    expect(line).toContain('"host":{"$float":"nan"}')
    expect(line).toContain('"login":{"$float":"inf"}')
    expect(line).toContain('"schema":{"$float":"-inf"}')
    expect(line).toContain('"port":12345678901234567890')
    expect(pyJsonLoads(line)).toBeDefined()
  })
})
