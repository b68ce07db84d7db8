/**
 * evaluateConnection / evaluateVariable: each SecretRead status, the rules,
 * per-profile merging of findings, the masks handed to the caller, and a
 * leak check that plants a canary secret in every shape of value and looks
 * for any form of it in the findings and in masked explain output.
 */
import { describe, expect, it } from '@jest/globals'
import {
  type ConnectionRule,
  type EvaluateContext,
  evaluateConnection,
  evaluateVariable
} from '../../src/core/gate/evaluate.js'
import { explain } from '../../src/core/render/explain.js'
import type { Finding } from '../../src/core/findings.js'
import { PROFILES, type Profile } from '../../src/core/airflow/profiles.js'
import {
  pyJsonDumps,
  pyJsonEncodeString,
  pyJsonLoads
} from '../../src/core/airflow/python/json.js'
import { compilePyRegex } from '../../src/core/airflow/python/regex.js'
import { pyRepr } from '../../src/core/airflow/python/repr.js'
import { quote, quotePlus } from '../../src/core/airflow/python/urllib.js'
import type {
  SecretRead,
  SecretReadStatus
} from '../../src/core/gate/secret-read.js'
import {
  type BackendSettings,
  parseBackendKwargs,
  resolveSecretName
} from '../../src/core/airflow/secrets-manager.js'

function settingsOf(json = '{}'): BackendSettings {
  const { settings } = parseBackendKwargs(pyJsonLoads(json))
  if (!settings) throw new Error(`unusable kwargs in test: ${json}`)
  return settings
}

const context = (
  profiles: readonly Profile[] = PROFILES,
  json = '{}'
): EvaluateContext => ({ settings: settingsOf(json), profiles })

function connection(
  value: string | undefined,
  rule: ConnectionRule = {},
  profiles: readonly Profile[] = PROFILES,
  id = 'my_conn'
): ReturnType<typeof evaluateConnection> {
  const ctx = context(profiles)
  const lookup = resolveSecretName(ctx.settings, 'connection', id)
  const name = 'name' in lookup ? lookup.name : ''
  const read: SecretRead | undefined =
    value === undefined ? undefined : { name, status: 'found', value }
  return evaluateConnection(id, rule, lookup, read, ctx)
}

const codes = (findings: readonly Finding[]): string[] =>
  findings.map((finding) => `${finding.code}:${finding.severity}`)

const UNREAD: readonly [SecretReadStatus, string, string, boolean][] = [
  ['not-found', 'missing', 'secret-not-found', true],
  ['scheduled-for-deletion', 'missing', 'secret-scheduled-for-deletion', true],
  ['binary-only', 'missing', 'secret-binary-only', true],
  ['decrypt-failed', 'missing', 'secret-decrypt-failed', true],
  ['access-denied', 'unreadable', 'secret-access-denied', false],
  ['throttled', 'unreadable', 'secret-throttled', false],
  ['aws-error', 'unreadable', 'secret-aws-error', false]
]

describe('a secret that was not read as a value', () => {
  describe.each([
    ['connection', evaluateConnection, 'airflow/connections/x'],
    ['variable', evaluateVariable, 'airflow/variables/x']
  ] as const)('%s', (kind, evaluate, name) => {
    it.each(
      UNREAD.flatMap((row) => [
        [...row, false] as const,
        [...row, true] as const
      ])
    )(
      '%s → %s / %s (optional: %s)',
      (status, itemStatus, code, softWhenOptional, optional) => {
        const ctx = context()
        const lookup = resolveSecretName(ctx.settings, kind, 'x')
        const verdict = evaluate(
          'x',
          { optional },
          lookup,
          { name, status, awsCode: 'SomeAwsCode' },
          ctx
        )
        const severity = optional && softWhenOptional ? 'warning' : 'error'
        expect(verdict.status).toBe(itemStatus)
        expect(verdict.secretName).toBe(name)
        expect(codes(verdict.findings)).toEqual([`${code}:${severity}`])
        expect(verdict.findings[0]?.message).toContain(name)
        expect(verdict.masks).toEqual([])
      }
    )

    it('says an access-denied read falls through to the next backend', () => {
      const ctx = context()
      const verdict = evaluate(
        'x',
        {},
        resolveSecretName(ctx.settings, kind, 'x'),
        { name, status: 'access-denied', awsCode: 'AccessDeniedException' },
        ctx
      )
      expect(verdict.findings[0]?.message).toContain('AccessDeniedException')
      expect(verdict.findings[0]?.message).toContain('next secrets backend')
    })

    it.each([
      [
        '{"connections_prefix": null, "variables_prefix": null}',
        'lookup-prefix-disabled'
      ],
      [
        '{"connections_lookup_pattern": "^db_", "variables_lookup_pattern": "^db_"}',
        'lookup-pattern-mismatch'
      ]
    ])('a lookup the backend skips: %s', (json, code) => {
      const ctx = context(PROFILES, json)
      const lookup = resolveSecretName(ctx.settings, kind, 'x')
      const verdict = evaluate('x', {}, lookup, undefined, ctx)
      expect(verdict.status).toBe('skipped')
      expect(verdict.secretName).toBeNull()
      expect(codes(verdict.findings)).toEqual([`${code}:error`])
      const optional = evaluate('x', { optional: true }, lookup, undefined, ctx)
      expect(codes(optional.findings)).toEqual([`${code}:warning`])
    })

    it('is valid when only existence was checked', () => {
      const ctx = context()
      const verdict = evaluate(
        'x',
        {},
        resolveSecretName(ctx.settings, kind, 'x'),
        { name, status: 'found' },
        ctx
      )
      expect(verdict).toEqual({
        secretName: name,
        status: 'valid',
        findings: [],
        masks: []
      })
    })

    it('keeps the id lint with an unread secret', () => {
      const ctx = context()
      const verdict = evaluate(
        '/x',
        {},
        resolveSecretName(ctx.settings, kind, '/x'),
        { name, status: 'not-found' },
        ctx
      )
      expect(codes(verdict.findings)).toEqual([
        'id-leading-slash:warning',
        'secret-not-found:error'
      ])
    })
  })
})

describe('evaluateConnection on a value', () => {
  it('builds the connection for every profile', () => {
    const verdict = connection('postgresql://u:p@h:5432/db?sslmode=require')
    expect(verdict).toMatchObject({
      secretName: 'airflow/connections/my_conn',
      status: 'valid',
      connType: 'postgres',
      fieldsSet: ['host', 'login', 'password', 'schema', 'port', 'extra'],
      findings: []
    })
  })

  it.each([
    ['mysql://h', { connType: 'postgres' }, ['conn-type-mismatch:error']],
    ['postgresql://h', { connType: 'postgres' }, []],
    ['postgres://h', { connType: 'postgresql' }, []],
    ['google-cloud-platform://', { connType: 'google_cloud_platform' }, []],
    ['google-cloud-platform://', { connType: 'Google-Cloud-Platform' }, []],
    [
      '{"conn_type": "postgres"}',
      { connType: 'mysql' },
      ['conn-type-mismatch:error']
    ],
    ['postgres://u@h', { require: ['host', 'login'] }, []],
    ['postgres://u@h', { require: ['password'] }, ['field-missing:error']],
    [
      'postgres://h:0',
      { require: ['password', 'schema', 'port'] },
      ['field-missing:error']
    ],
    ['aws://?region_name=eu-west-1', { extraKeys: ['region_name'] }, []],
    [
      'aws://?x=1',
      { extraKeys: ['region_name'] },
      ['extra-key-missing:error', 'aws-extra-unknown:warning']
    ],
    ['postgres://h', { extraKeys: ['sslmode'] }, ['extra-key-missing:error']],
    [
      'postgres://h',
      { optional: true, require: ['login'] },
      ['field-missing:error']
    ]
  ] as const)('%s with %j', (value, rule, want) => {
    expect(codes(connection(value, rule).findings)).toEqual(want)
  })

  it('names every missing required field', () => {
    const [finding] = connection('postgres://h:0', {
      require: ['password', 'schema', 'port']
    }).findings
    expect(finding?.message).toBe(
      'Required fields password, schema, port are empty.'
    )
  })

  it.each([
    // Core 3 rejects an extra that is not a JSON object; af2 only warns and
    // the Task SDK never validates.
    [
      '{"conn_type": "x", "extra": [1]}',
      ['af3_1_5_task', 'af3_2_server'],
      [['connection-parse-error', ['af3_2_server']]]
    ],
    ['{"conn_type": "x", "extra": [1]}', ['af3_2_task'], []],
    ['{"conn_type": "x", "extra": [1]}', ['af2'], []],
    [
      'x://h?__extra__=notjson',
      ['af2', 'af3_0', 'af3_2_server', 'af3_2_task'],
      // 3.2+ core prints the conn_id as None, so the messages differ.
      [
        ['connection-parse-error', ['af3_0']],
        ['connection-parse-error', ['af3_2_server']]
      ]
    ],
    // Task SDK 1.1.5–1.1.7 require conn_type; the core class builds one
    // without, and so does the Task SDK from 1.1.8.
    [
      '{"host": "h"}',
      ['af3_1_5_task', 'af3_2_server', 'af3_2_task'],
      [
        ['connection-parse-error', ['af3_1_5_task']],
        ['conn-type-empty', ['af3_2_server', 'af3_2_task']]
      ]
    ],
    // The same error everywhere is one finding, without a profile list;
    // airflow-core 3.2 words it without the URI.
    [
      'a://b://c://d',
      PROFILES.filter((p) => p !== 'af3_2_server'),
      [['connection-parse-error', undefined]]
    ],
    // Port 70000 is kept by from_json but breaks get_uri() nowhere; a port
    // string that int() rejects fails in every profile.
    [
      '{"conn_type": "x", "port": "80a"}',
      PROFILES,
      [['connection-parse-error', undefined]]
    ]
  ] as const)('%s in %j', (value, profiles, want) => {
    const verdict = connection(value, {}, profiles)
    expect(
      verdict.findings.map((finding) => [finding.code, finding.profiles])
    ).toEqual(want)
  })

  it('labels a finding with the Airflow versions it applies to', () => {
    const [finding] = connection('{"conn_type": "x", "extra": [1]}', {}, [
      'af3_1_5_task',
      'af3_2_server'
    ]).findings
    expect(finding?.message).toMatch(
      /^Airflow 3\.2–3\.3, on the server: Airflow raises ValueError: Encountered JSON value in `extra` which does not parse as a dictionary/
    )
    expect(finding?.message).toContain('tries the next secrets backend')
  })

  it.each([
    [
      'postgres://u:p%40ss%2Fw%20x@h/db',
      ['p@ss/w x', 'p%40ss/w%20x', 'p%40ss%2Fw%20x']
    ],
    ['postgres://u:plain@h', ['plain']],
    ['postgres://u@h', []],
    ['postgres://u:@h', []],
    ['aws://?api_key=K123&region_name=eu-west-1', ['K123']],
    [
      '{"conn_type": "x", "password": "pw", "extra": {"nested": {"token": "T1"}, "list": [{"password": "P2"}], "keyfile_dict": {"a": "K3", "n": 7}, "plain": "no"}}',
      ['pw', 'T1', 'P2', 'K3', '7']
    ]
  ])('masks the secret parts of %s', (value, want) => {
    const verdict = connection(value)
    expect([...verdict.masks].sort()).toEqual([...want].sort())
  })

  it('warns about JSON keys the backend drops, naming the RDS fix', () => {
    const verdict = connection(
      '{"engine": "postgres", "host": "h", "username": "u", "password": "p", "dbname": "d", "port": 5432, "dbInstanceIdentifier": "i"}'
    )
    expect(codes(verdict.findings)).toEqual(['json-keys-dropped:warning'])
    expect(verdict.findings[0]?.message).toContain(
      "'dbname', 'dbInstanceIdentifier'"
    )
    expect(verdict.findings[0]?.hint).toContain('dbname')
    expect(verdict.status).toBe('warning')
  })

  it('keeps dropped keys it cannot print safely out of the message', () => {
    const verdict = connection(
      '{"conn_type": "x", "hunter2 is my password": 1}'
    )
    expect(verdict.findings[0]?.message).toContain('key #2 (name not shown)')
    expect(verdict.findings[0]?.message).not.toContain('hunter2')
    expect(verdict.findings[0]?.message).not.toContain('hunter2')
  })

  it('warns that conn_id in a JSON secret is read as the type', () => {
    expect(codes(connection('{"conn_id": "postgres"}').findings)).toEqual([
      'json-conn-id-as-type:warning'
    ])
  })

  it('lints an aws connection extra in every profile once', () => {
    expect(codes(connection('aws://?region_name=EU-WEST-1').findings)).toEqual([
      'aws-region-name:error'
    ])
  })

  it('reports a placeholder value and a quoted URI once each', () => {
    expect(codes(connection('{"":""}').findings)).toContain(
      'console-placeholder:error'
    )
    expect(codes(connection('"postgres://h"').findings)).toEqual([
      'value-quoted:error',
      'conn-type-empty:warning'
    ])
  })
})

describe('evaluateConnection via the backend or direct', () => {
  const evaluate = (
    value: string,
    via?: 'secretsmanager' | 'direct'
  ): ReturnType<typeof evaluateConnection> => {
    const ctx: EvaluateContext = { ...context(), ...(via ? { via } : {}) }
    const lookup = resolveSecretName(ctx.settings, 'connection', 'db')
    const name = 'name' in lookup ? lookup.name : ''
    return evaluateConnection(
      'db',
      {},
      lookup,
      { name, status: 'found', value },
      ctx
    )
  }

  it.each([
    // The backend renames the alias words before Connection.from_json.
    [
      '{"conn_type": "postgres", "user": "u", "server": "h"}',
      undefined,
      'valid',
      ['host', 'login']
    ],
    [
      '{"conn_type": "postgres", "user": "u", "server": "h"}',
      'secretsmanager',
      'valid',
      ['host', 'login']
    ],
    // Direct: from_json gets the keys as they are and rejects the aliases.
    [
      '{"conn_type": "postgres", "user": "u", "server": "h"}',
      'direct',
      'invalid',
      undefined
    ],
    [
      '{"conn_type": "postgres", "login": "u", "host": "h", "port": 5432}',
      'direct',
      'valid',
      ['host', 'login', 'port']
    ],
    [
      'postgres://u@h:5432/db',
      'direct',
      'valid',
      ['host', 'login', 'schema', 'port']
    ]
  ] as const)('%s via %s is %s', (value, via, status, fields) => {
    const verdict = evaluate(value, via)
    expect(verdict.status).toBe(status)
    expect(verdict.fieldsSet).toEqual(fields)
  })

  it('reports keys the backend drops only on the backend path', () => {
    const value = '{"conn_type": "postgres", "host": "h", "dbname": "d"}'
    expect(codes(evaluate(value).findings)).toContain(
      'json-keys-dropped:warning'
    )
    expect(codes(evaluate(value, 'direct').findings)).not.toContain(
      'json-keys-dropped:warning'
    )
  })
})

describe('evaluateVariable on a value', () => {
  const variable = (
    value: string,
    rule: Parameters<typeof evaluateVariable>[1],
    profiles: readonly Profile[] = PROFILES
  ): ReturnType<typeof evaluateVariable> => {
    const ctx = context(profiles)
    const lookup = resolveSecretName(ctx.settings, 'variable', 'v')
    return evaluateVariable(
      'v',
      rule,
      lookup,
      { name: 'airflow/variables/v', status: 'found', value },
      ctx
    )
  }

  it.each([
    ['{"a": 1}', { json: true }, 'valid', []],
    ['NaN', { json: true }, 'valid', []],
    ['{"a": 1,}', { json: true }, 'invalid', ['variable-not-json:error']],
    ['{"a": 1,}', {}, 'valid', []],
    ['123', { pattern: compilePyRegex('\\d+') }, 'valid', []],
    [
      '123a',
      { pattern: compilePyRegex('\\d+') },
      'invalid',
      ['variable-pattern-mismatch:error']
    ],
    ['', {}, 'warning', ['value-blank:warning']],
    ['"quoted"', {}, 'warning', ['value-quoted:warning']]
  ] as const)('%j with %j → %s', (value, rule, status, want) => {
    const verdict = variable(value, rule, ['af2'])
    expect(verdict.status).toBe(status)
    expect(codes(verdict.findings)).toEqual(want)
    expect(verdict.masks).toEqual([])
  })

  it.each([
    [['af2'], [[undefined, 'raises JSONDecodeError']]],
    [
      ['af3_2_task', 'af3_2_server'],
      [
        [['af3_2_task'], 'tries the next backend'],
        [['af3_2_server'], 'raises JSONDecodeError']
      ]
    ]
  ] as const)('says what invalid JSON does in %j', (profiles, want) => {
    const verdict = variable('{"a": 1,}', { json: true }, profiles)
    expect(verdict.findings).toHaveLength(want.length)
    want.forEach(([labels, text], index) => {
      expect(verdict.findings[index]?.profiles).toEqual(labels)
      expect(verdict.findings[index]?.message).toContain(text)
    })
  })
})

// --------------------------------------------------------------- leak check

const CANARY = 'Qz7!Kp@w/Xv#9;Jm é'

/** Every form the canary could take in text: raw, encoded, escaped. */
const CANARY_FORMS = [
  CANARY,
  quote(CANARY),
  quote(CANARY, ''),
  quotePlus(CANARY),
  encodeURIComponent(CANARY),
  JSON.stringify(CANARY).slice(1, -1),
  pyJsonEncodeString(CANARY).slice(1, -1),
  pyRepr(CANARY)
]

/** Any 5-character run of any form of the canary: no part may show. */
const CANARY_PARTS = [
  ...new Set(
    CANARY_FORMS.flatMap((form) =>
      Array.from({ length: Math.max(form.length - 4, 1) }, (_, i) =>
        form.slice(i, i + 5)
      )
    )
  )
].filter((part) => part.trim().length === 5)

const Q = quote(CANARY, '')
const J = pyJsonEncodeString(CANARY)

/** Values with the canary as password or secret extra, valid and broken. */
const PLANTED = [
  `postgres://user:${Q}@h:5432/db`,
  `postgres://user:${Q}@h:x/db`,
  `postgres://user:${Q}@h:99999/db`,
  `postgres://user:${Q}@[zz${Q}]/db`,
  `postgres://user:${Q}@[v${Q}]/db`,
  `postgres://user:${Q}@[1.2.3.4]/db`,
  `s://user:${Q}℀@h`,
  `postgres://user:${Q}@h/db?api_key=${Q}&token=${Q}`,
  `postgres://user:${Q}@h/db?__extra__=${quote(`{"password": ${J}}`, '')}`,
  `postgres://user:${Q}@h/db?__extra__=${Q}`,
  `a://b://user:${Q}@c://d`,
  `http://user:${Q}@https://h`,
  `"postgres://user:${Q}@h"`,
  `google_cloud://user:${Q}@h`,
  `aws://AKIA:${CANARY}@`,
  `aws://AKIA:${CANARY}`,
  `postgres://user:${CANARY}@h`,
  `{"conn_type": "x", "password": ${J}}`,
  `{"conn_type": "x", "password": ${J}, "port": ${J}}`,
  `{"conn_type": "x", "password": ${J}, "port": "${Q}"}`,
  `{"conn_type": "x", "password": ${J.slice(0, -1)}\\ud800"}`,
  `{"conn_type": "x", "extra": {"api_key": ${J}, "nested": {"secret": ${J}}}}`,
  `{"conn_type": "aws", "extra": {"aws_secret_access_key": ${J}, "region_name": ${J}, "role_arn": ${J}}}`,
  `{"conn_type": "x", "password": ${J}, "extra": ${J}}`,
  `{"conn_type": "x", "password": ${J},}`,
  `{"conn_type": "x", "password": ${J}, "conn_id": "y"}`,
  `{"conn_type": "x", "password": ${J}, "uri": "x://u:${Q}@h"}`,
  `{"uri": "x://u:${Q}@h:bad"}`,
  `{${J}: ${J}}`,
  `{"password": ${J}}`
]

function leaks(text: string): string[] {
  return CANARY_PARTS.filter((part) => text.includes(part))
}

describe('leak check: no part of a planted secret in any finding', () => {
  it('covers the canary in many encodings', () => {
    expect(CANARY_PARTS.length).toBeGreaterThan(50)
    expect(leaks(`x ${Q} y`)).not.toEqual([])
    // The same explain call with --reveal shows it: the check can see it.
    const revealed = explain(
      {
        kind: 'connection',
        value: `postgres://user:${Q}@h:5432/db`,
        id: 'my_conn',
        backendKwargs: new Map(),
        profile: 'af3_1_5_task',
        via: 'secretsmanager',
        deserializeJson: false,
        provider: { version: '9.39.0', kwargs: '9', line: '9.36' },
        teamName: null,
        multiTeam: false
      },
      { reveal: true }
    )
    expect(leaks(pyJsonDumps(revealed))).not.toEqual([])
  })

  it.each(PLANTED.map((value) => [value]))('%s', (value) => {
    const rules: ConnectionRule[] = [
      {},
      {
        connType: 'postgres',
        require: ['password', 'schema'],
        extraKeys: ['k']
      },
      { optional: true }
    ]
    const texts = rules.flatMap((rule) =>
      connection(value, rule).findings.map((finding) => JSON.stringify(finding))
    )
    expect(texts.flatMap(leaks)).toEqual([])
  })

  it.each([
    [CANARY],
    [`{"a": ${J},}`],
    [`"${CANARY}"`],
    [`{${J}: 1}`],
    [`[${J}`],
    [`{"":""}`]
  ])('variable %s', (value) => {
    const ctx = context()
    const lookup = resolveSecretName(ctx.settings, 'variable', 'v')
    const verdict = evaluateVariable(
      'v',
      { json: true, pattern: compilePyRegex('\\d+') },
      lookup,
      { name: 'airflow/variables/v', status: 'found', value },
      ctx
    )
    expect(verdict.findings.length).toBeGreaterThan(0)
    const text = verdict.findings
      .map((finding) => JSON.stringify(finding))
      .join('\n')
    expect(leaks(text)).toEqual([])
  })

  // Values Airflow parses with the canary as the password or under a
  // sensitive extra key: what explain masks. (Elsewhere, e.g. a quoted URI
  // that becomes the schema, the canary is no longer a secret to Airflow.)
  const parsedAsSecret = [
    `postgres://user:${Q}@h:5432/db`,
    `postgres://user:${Q}@h/db?api_key=${Q}&token=${Q}`,
    `postgres://user:${Q}@h/db?__extra__=${quote(`{"password": ${J}}`, '')}`,
    `http://user:${Q}@https://h`,
    `{"conn_type": "x", "password": ${J}}`,
    `{"conn_type": "x", "extra": {"api_key": ${J}, "nested": {"secret": ${J}}}}`,
    `{"conn_type": "aws", "extra": {"aws_secret_access_key": ${J}, "region_name": "eu-west-1"}}`,
    `{"password": ${J}, "conn_type": "x", "extra": {"access_token": [${J}]}}`
  ]

  it.each(parsedAsSecret.map((value) => [value]))(
    'masked explain output of %s',
    (value) => {
      const lines = PROFILES.map((profile) =>
        pyJsonDumps(
          explain(
            {
              kind: 'connection',
              value,
              id: 'my_conn',
              backendKwargs: new Map(),
              profile,
              via: 'secretsmanager',
              deserializeJson: false,
              provider: { version: '9.39.0', kwargs: '9', line: '9.36' },
              teamName: null,
              multiTeam: false
            },
            { reveal: false }
          )
        )
      )
      expect(lines.join('\n')).toContain('***')
      expect(lines.flatMap(leaks)).toEqual([])
    }
  )
})
