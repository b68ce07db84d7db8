/**
 * The SecretsManagerBackend layer: how kwargs are read (and what is reported
 * about them), secret names, JSON key standardisation and the kwargs env
 * value. Expected values follow the Amazon provider's code (spec §4) and
 * CPython 3.11 (str.rstrip, json.dumps).
 */
import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/core/findings.js'
import { PyError } from '../../src/core/airflow/python/errors.js'
import { pyJsonDumps, pyJsonLoads } from '../../src/core/airflow/python/json.js'
import type { PyDict, PyValue } from '../../src/core/airflow/python/value.js'
import {
  type AmazonProvider,
  type BackendSettings,
  parseBackendKwargs,
  resolveSecretName,
  rstripChars,
  serializeBackendKwargs,
  standardizeConnectionSecret
} from '../../src/core/airflow/secrets-manager.js'

const kwargs = (json: string): PyValue => pyJsonLoads(json)

function settingsOf(
  json: string,
  provider: AmazonProvider = '9'
): BackendSettings {
  const { settings } = parseBackendKwargs(kwargs(json), provider)
  if (!settings) throw new Error(`unusable kwargs in test: ${json}`)
  return settings
}

const brief = (finding: Finding): [string, string, string] => [
  finding.code,
  finding.severity,
  finding.id
]

describe('parseBackendKwargs findings', () => {
  it.each([
    ['{}', '9', []],
    [
      '{"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables", "config_prefix": null, "sep": "/"}',
      '9',
      []
    ],
    [
      '{"region_name": "eu-west-1", "role_arn": "arn:aws:iam::123456789012:role/r", "profile_name": "p", "api_version": "2017-10-17", "use_ssl": true, "endpoint_url": "http://127.0.0.1:4566", "extra_conn_words": {"login": ["usr"]}}',
      '9',
      []
    ],
    [
      '{"connection_prefix": "x"}',
      '9',
      [['backend-kwarg-unknown', 'error', 'connection_prefix']]
    ],
    [
      '{"full_url_mode": false}',
      '9',
      [['backend-kwarg-removed', 'error', 'full_url_mode']]
    ],
    [
      '{"full_url_mode": false}',
      '8',
      [['backend-kwarg-removed-in-9', 'warning', 'full_url_mode']]
    ],
    [
      '{"are_secret_values_urlencoded": true}',
      '9',
      [['backend-kwarg-removed', 'error', 'are_secret_values_urlencoded']]
    ],
    [
      '{"are_secret_values_urlencoded": true}',
      '8',
      [
        [
          'backend-kwarg-removed-in-9',
          'warning',
          'are_secret_values_urlencoded'
        ]
      ]
    ],
    ['{"sep": 5}', '9', [['backend-kwarg-type', 'error', 'sep']]],
    ['{"sep": null}', '9', [['backend-kwarg-type', 'error', 'sep']]],
    [
      '{"connections_prefix": 5}',
      '9',
      [['backend-kwarg-type', 'error', 'connections_prefix']]
    ],
    [
      '{"variables_prefix": ["a"]}',
      '9',
      [['backend-kwarg-type', 'error', 'variables_prefix']]
    ],
    ['{"connections_prefix": false}', '9', []],
    ['{"connections_prefix": 0}', '9', []],
    ['{"connections_prefix": ""}', '9', []],
    [
      '{"connections_lookup_pattern": "["}',
      '9',
      [['lookup-pattern-invalid', 'error', 'connections_lookup_pattern']]
    ],
    [
      '{"variables_lookup_pattern": "a{2,1}"}',
      '9',
      [['lookup-pattern-invalid', 'error', 'variables_lookup_pattern']]
    ],
    [
      '{"config_lookup_pattern": 5}',
      '9',
      [['backend-kwarg-type', 'error', 'config_lookup_pattern']]
    ],
    [
      '{"connections_lookup_pattern": "(?P<n>a)(?P=n)"}',
      '9',
      [['lookup-pattern-unsupported', 'error', 'connections_lookup_pattern']]
    ],
    ['{"connections_lookup_pattern": ""}', '9', []],
    ['{"connections_lookup_pattern": "^db_"}', '9', []],
    [
      '{"connections_prefix": "/airflow/connections"}',
      '9',
      [['prefix-leading-slash', 'warning', 'connections_prefix']]
    ],
    [
      '{"variables_prefix": "/"}',
      '9',
      [['prefix-leading-slash', 'warning', 'variables_prefix']]
    ],
    [
      '{"aws_account_id": "123456789012"}',
      '9',
      [['aws-extra-deprecated', 'warning', 'aws_account_id']]
    ],
    [
      '{"region_name": ""}',
      '9',
      [['backend-kwarg-type', 'error', 'region_name']]
    ],
    [
      '{"region_name": 5}',
      '9',
      [['backend-kwarg-type', 'error', 'region_name']]
    ]
  ] as const)('%s (provider %s)', (json, provider, want) => {
    const { findings } = parseBackendKwargs(kwargs(json), provider)
    expect(findings.map(brief)).toEqual(want)
    for (const finding of findings) expect(finding.kind).toBe('config')
  })

  it.each(['[]', '"x"', 'null', '5'])(
    'rejects kwargs that are not an object: %s',
    (json) => {
      const parsed = parseBackendKwargs(kwargs(json))
      expect(parsed.settings).toBeNull()
      expect(parsed.findings.map(brief)).toEqual([
        ['backend-kwargs-not-object', 'error', 'backend_kwargs']
      ])
    }
  )

  it.each([
    ['{"sep": 5}', null],
    ['{"connections_prefix": 5}', null],
    ['{"connections_lookup_pattern": "["}', 'usable'],
    ['{"connection_prefix": "x"}', 'usable'],
    ['{"full_url_mode": true}', 'usable']
  ])('%s leaves the backend %s', (json, want) => {
    const { settings } = parseBackendKwargs(kwargs(json))
    expect(settings === null ? null : 'usable').toBe(want)
  })

  it('names the valid kwargs when one is unknown', () => {
    const [finding] = parseBackendKwargs(kwargs('{"prefix": "x"}')).findings
    expect(finding?.message).toContain("'prefix'")
    expect(finding?.hint).toContain('connections_prefix')
    expect(finding?.hint).toContain('region_name')
  })

  it('tells provider 9 users how to keep a pre-9 kwarg', () => {
    const [finding] = parseBackendKwargs(
      kwargs('{"full_url_mode": false}'),
      '9'
    ).findings
    expect(finding?.hint).toContain('amazon_provider: "8"')
  })

  it.each([
    ['{"are_secret_values_urlencoded": true}', '8', true],
    ['{"are_secret_values_urlencoded": "false"}', '8', true],
    ['{"are_secret_values_urlencoded": 1}', '8', true],
    ['{"are_secret_values_urlencoded": false}', '8', false],
    ['{"are_secret_values_urlencoded": 0}', '8', false],
    ['{"are_secret_values_urlencoded": null}', '8', false],
    ['{"are_secret_values_urlencoded": true}', '9', false],
    ['{}', '8', false]
  ] as const)(
    '%s with provider %s: values urlencoded = %s',
    (json, provider, want) => {
      expect(settingsOf(json, provider).secretValuesUrlencoded).toBe(want)
    }
  )

  it.each([
    ['{}', 'airflow/connections', 'airflow/variables', 'airflow/config', '/'],
    [
      '{"connections_prefix": "a/", "variables_prefix": "b//", "config_prefix": "c"}',
      'a',
      'b',
      'c',
      '/'
    ],
    [
      '{"connections_prefix": null, "variables_prefix": "", "config_prefix": false}',
      null,
      '',
      '',
      '/'
    ],
    [
      '{"connections_prefix": "af--", "sep": "-"}',
      'af',
      'airflow/variables',
      'airflow/config',
      '-'
    ],
    [
      '{"connections_prefix": "pre/", "sep": ""}',
      'pre/',
      'airflow/variables',
      'airflow/config',
      ''
    ]
  ])('%s: prefixes and sep', (json, connection, variable, config, sep) => {
    const settings = settingsOf(json)
    expect(settings.prefixes).toEqual({ connection, variable, config })
    expect(settings.sep).toBe(sep)
  })
})

describe('rstripChars (Python str.rstrip(chars))', () => {
  it.each([
    ['a--', '-', 'a'],
    ['abab', 'ab', ''],
    ['baab/', 'ab', 'baab/'],
    ['x/', '', 'x/'],
    ['a𝒳𝒳', '𝒳', 'a'],
    ['airflow/connections//', '/', 'airflow/connections'],
    ['pre::', '::', 'pre'],
    ['p:/:', '/:', 'p'],
    ['/', '/', ''],
    ['ab ', '  ', 'ab'],
    ['é/é', 'é', 'é/'],
    ['', '/', '']
  ])('%j.rstrip(%j) == %j', (text, chars, want) => {
    expect(rstripChars(text, chars)).toBe(want)
  })
})

describe('resolveSecretName', () => {
  it.each([
    ['{}', 'connection', 'my_db', { name: 'airflow/connections/my_db' }],
    ['{}', 'variable', 'my_var', { name: 'airflow/variables/my_var' }],
    [
      '{}',
      'config',
      'sql_alchemy_conn',
      { name: 'airflow/config/sql_alchemy_conn' }
    ],
    ['{"connections_prefix": ""}', 'connection', 'my_db', { name: 'my_db' }],
    ['{"connections_prefix": "/"}', 'connection', 'my_db', { name: 'my_db' }],
    ['{"connections_prefix": false}', 'connection', 'my_db', { name: 'my_db' }],
    ['{"connections_prefix": "a/b/"}', 'connection', 'x', { name: 'a/b/x' }],
    ['{"connections_prefix": "/a"}', 'connection', 'x', { name: '/a/x' }],
    ['{}', 'connection', '/lead', { name: 'airflow/connections//lead' }],
    [
      '{"sep": "-", "connections_prefix": "af--"}',
      'connection',
      'x',
      { name: 'af-x' }
    ],
    [
      '{"sep": "::", "connections_prefix": "p"}',
      'connection',
      'x',
      { name: 'p::x' }
    ],
    [
      '{"sep": "", "connections_prefix": "p/"}',
      'connection',
      'x',
      { name: 'p/x' }
    ],
    [
      '{}',
      'connection',
      'ümlaut id',
      { name: 'airflow/connections/ümlaut id' }
    ],
    [
      '{"connections_lookup_pattern": "^db_"}',
      'connection',
      'DB_main',
      { name: 'airflow/connections/DB_main' }
    ],
    [
      '{"connections_lookup_pattern": "db"}',
      'connection',
      'dbx',
      { name: 'airflow/connections/dbx' }
    ],
    [
      '{"connections_lookup_pattern": "x$"}',
      'connection',
      'x',
      { name: 'airflow/connections/x' }
    ],
    [
      '{"connections_lookup_pattern": "K"}',
      'connection',
      'k',
      { name: 'airflow/connections/k' }
    ],
    [
      '{"connections_lookup_pattern": "["}',
      'connection',
      'x',
      { name: 'airflow/connections/x' }
    ],
    [
      '{"variables_lookup_pattern": "^db"}',
      'connection',
      'x',
      { name: 'airflow/connections/x' }
    ]
  ] as const)('%s %s %j', (json, kind, id, want) => {
    expect(resolveSecretName(settingsOf(json), kind, id)).toEqual(want)
  })

  it.each([
    ['{"connections_prefix": null}', 'connection', 'x', 'prefix-disabled'],
    ['{"variables_prefix": null}', 'variable', 'x', 'prefix-disabled'],
    ['{"config_prefix": null}', 'config', 'x', 'prefix-disabled'],
    [
      '{"connections_lookup_pattern": "^db_"}',
      'connection',
      'x_db_',
      'pattern-mismatch'
    ],
    [
      '{"connections_lookup_pattern": "db$"}',
      'connection',
      'dbx',
      'pattern-mismatch'
    ],
    [
      '{"connections_lookup_pattern": "x$"}',
      'connection',
      'ax',
      'pattern-mismatch'
    ],
    [
      '{"variables_lookup_pattern": "^app_"}',
      'variable',
      'other',
      'pattern-mismatch'
    ],
    [
      '{"connections_lookup_pattern": "ß"}',
      'connection',
      'SS',
      'pattern-mismatch'
    ]
  ] as const)('%s %s %j is skipped (%s)', (json, kind, id, why) => {
    const lookup = resolveSecretName(settingsOf(json), kind, id)
    expect('skipped' in lookup ? lookup.skipped : lookup.name).toBe(why)
  })

  it('says which kwarg made the backend skip the lookup', () => {
    const lookup = resolveSecretName(
      settingsOf('{"connections_lookup_pattern": "^db_"}'),
      'connection',
      'other'
    )
    expect('reason' in lookup ? lookup.reason : '').toContain(
      'connections_lookup_pattern'
    )
  })
})

describe('standardizeConnectionSecret (get_conn_value)', () => {
  const standardize = (
    secret: string,
    json = '{}',
    provider: AmazonProvider = '9'
  ): string =>
    standardizeConnectionSecret(secret, settingsOf(json, provider), pyJsonLoads)

  const fields = (
    login: PyValue,
    password: PyValue,
    host: PyValue,
    port: PyValue,
    schema: PyValue,
    connType: PyValue,
    extra: PyValue
  ): string =>
    pyJsonDumps(
      new Map<string, PyValue>([
        ['login', login],
        ['password', password],
        ['host', host],
        ['port', port],
        ['schema', schema],
        ['conn_type', connType],
        ['extra', extra]
      ])
    )

  it.each([
    ['postgres://u:p@h', '{}', 'postgres://u:p@h'],
    ['  postgres://u:p@h  ', '{}', '  postgres://u:p@h  '],
    ['[1]', '{}', '[1]'],
    [
      '{"user": "u", "pass": "p", "server": "s", "database": "d", "engine": "mysql"}',
      '{}',
      fields('u', 'p', 's', null, 'd', 'mysql', null)
    ],
    [
      '{"username": "u", "password": "p", "host": "h", "port": 5432, "dbname": "db", "engine": "postgres"}',
      '{}',
      fields('u', 'p', 'h', 5432n, null, 'postgres', null)
    ],
    [
      '{"user": "a", "username": "b", "conn_type": "x"}',
      '{}',
      fields('a', null, null, null, null, 'x', null)
    ],
    [
      '{"username": "b", "user": "a", "conn_type": "x"}',
      '{}',
      fields('b', null, null, null, null, 'x', null)
    ],
    [
      '{"user": "a", "login": "z", "user": "b"}',
      '{}',
      fields('b', null, null, null, null, null, null)
    ],
    [
      '{"user": null, "login": "l"}',
      '{}',
      fields(null, null, null, null, null, null, null)
    ],
    [
      '{"conn_id": "postgres", "key": "k"}',
      '{}',
      fields(null, 'k', null, null, null, 'postgres', null)
    ],
    [
      '{"Login": "L", "USER": "U", "description": "d", "uri": "x://"}',
      '{}',
      fields(null, null, null, null, null, null, null)
    ],
    [
      '{"extra": {"a": 1}, "conn_type": "x"}',
      '{}',
      fields(null, null, null, null, null, 'x', new Map([['a', 1n]]))
    ],
    [
      '{"usr": "U", "u": "c", "login": "L"}',
      '{"extra_conn_words": {"login": ["usr"]}}',
      fields('U', null, null, null, null, null, null)
    ],
    [
      '{"u": "c", "usr": "U", "login": "L"}',
      '{"extra_conn_words": {"user": ["usr"]}}',
      fields('U', null, null, null, null, null, null)
    ],
    [
      '{"u": "c", "usr": "U", "login": "L"}',
      '{"extra_conn_words": {"login": "usr"}}',
      fields('c', null, null, null, null, null, null)
    ],
    [
      '{"usr": "U", "login": "L"}',
      '{"extra_conn_words": {"login": {"usr": 1}}}',
      fields('U', null, null, null, null, null, null)
    ],
    [
      '{"dbname": "d", "secret": "s"}',
      '{"extra_conn_words": {"schema": ["dbname"], "password": ["secret"]}}',
      fields(null, 's', null, null, 'd', null, null)
    ],
    [
      '{"dbname": "d"}',
      '{"extra_conn_words": {}}',
      fields(null, null, null, null, null, null, null)
    ],
    [
      '{"dbname": "d"}',
      '{"extra_conn_words": []}',
      fields(null, null, null, null, null, null, null)
    ],
    [
      '{"user": "u%40x", "password": "p%2F", "extra": {"a": "%41"}}',
      '{"are_secret_values_urlencoded": true}',
      fields('u@x', 'p/', null, null, null, null, new Map([['a', '%41']]))
    ]
  ])('%s with %s', (secret, json, want) => {
    const provider = json.includes('are_secret_values') ? '8' : '9'
    expect(standardize(secret, json, provider)).toBe(want)
  })

  it.each([
    ['{"bogus": ["x"]}', 'KeyError', "'bogus'"],
    ['["login"]', 'AttributeError', "'list' object has no attribute 'items'"],
    ['"login"', 'AttributeError', "'str' object has no attribute 'items'"],
    ['{"login": 5}', 'TypeError', "'int' object is not iterable"],
    ['{"login": null}', 'TypeError', "'NoneType' object is not iterable"]
  ])(
    'extra_conn_words %s raises %s on a JSON secret only',
    (words, pyClass, message) => {
      const settings = settingsOf(`{"extra_conn_words": ${words}}`)
      const run = (secret: string): string =>
        standardizeConnectionSecret(secret, settings, pyJsonLoads)
      expect(() => run('{"login": "l"}')).toThrow(new PyError(pyClass, message))
      expect(run('postgres://h')).toBe('postgres://h')
    }
  )

  it.each([
    ['{"user": "u", "port": 5432}', 'TypeError'],
    ['{"user": ["a"]}', 'AttributeError'],
    ['{"extra": "x", "user": {"a": 1}}', 'AttributeError']
  ])('provider 8 urlencoded values: %s raises %s', (secret, pyClass) => {
    const settings = settingsOf('{"are_secret_values_urlencoded": true}', '8')
    let raised = ''
    try {
      standardizeConnectionSecret(secret, settings, pyJsonLoads)
    } catch (error) {
      raised = error instanceof PyError ? error.pyClass : 'not a PyError'
    }
    expect(raised).toBe(pyClass)
  })

  it.each(['{"a": 1,}', '\u00a0{"a": 1}', '\u2003{"a": 1}', '{"a": NaN'])(
    'a value that looks like JSON but is not raises JSONDecodeError: %j',
    (secret) => {
      let raised = ''
      try {
        standardize(secret)
      } catch (error) {
        raised = error instanceof PyError ? error.pyClass : 'not a PyError'
      }
      expect(raised).toBe('json.decoder.JSONDecodeError')
    }
  )
})

describe('serializeBackendKwargs', () => {
  it.each([
    ['{}', '{}'],
    [
      '{"connections_prefix": "a/é", "sep": "/"}',
      '{"connections_prefix":"a/\\u00e9","sep":"/"}'
    ],
    [
      '{"n": 12345678901234567890, "f": 1.0, "x": null, "l": [true]}',
      '{"n":12345678901234567890,"f":1.0,"x":null,"l":[true]}'
    ],
    [
      '{"variables_prefix": null, "connections_prefix": "c"}',
      '{"variables_prefix":null,"connections_prefix":"c"}'
    ]
  ])('%s → %s', (json, want) => {
    expect(serializeBackendKwargs(kwargs(json) as PyDict)).toBe(want)
  })
})

describe('explain with a lookup pattern that cannot be evaluated faithfully', () => {
  it('reports it instead of guessing whether Airflow looks the id up', async () => {
    const { explain } = await import('../../src/core/render/explain.js')
    const result = explain(
      {
        kind: 'connection',
        value: 'postgres://h',
        id: 'prod_db',
        backendKwargs: new Map([['connections_lookup_pattern', 'prod_(a)\\1']]),
        profile: 'af3_1_5_task',
        via: 'secretsmanager',
        deserializeJson: false,
        provider: { version: '9.39.0', kwargs: '9', line: '9.36' },
        teamName: null,
        multiTeam: false
      },
      { reveal: false }
    )
    expect(result.get('error')).toBe('UnsupportedLookupPattern')
    expect(result.get('message')).toEqual(
      expect.stringContaining('connections_lookup_pattern')
    )
  })
})
