/**
 * What must never be shown: safePyMessage rewords every Python message that
 * quotes its input (each produced here by the real core code path), and
 * redact()/the mask helpers cover the forms Airflow masks.
 */
import { describe, expect, it } from '@jest/globals'
import {
  connectionFromJson,
  connectionFromUri
} from '../../src/core/airflow/connection.js'
import type { Profile } from '../../src/core/airflow/profiles.js'
import { PyError } from '../../src/core/airflow/python/errors.js'
import { pyIntFromString } from '../../src/core/airflow/python/int.js'
import { pyJsonLoads } from '../../src/core/airflow/python/json.js'
import { port, urlsplit } from '../../src/core/airflow/python/urllib.js'
import {
  isSensitiveKey,
  passwordForms,
  sensitiveExtraValues,
  stringLeaves
} from '../../src/core/airflow/masker.js'
import { redact, safePyMessage } from '../../src/core/redact.js'

const SECRET = 'Sekr1t-Vx9'

/** The PyError fn raises. */
function raised(fn: () => unknown): PyError {
  try {
    fn()
  } catch (error) {
    if (error instanceof PyError) return error
    throw error
  }
  throw new Error('expected a PyError')
}

const af2: Profile = 'af2'

describe('safePyMessage rewords every message that quotes its input', () => {
  it.each([
    [
      'three schemes',
      () => connectionFromUri(`a://b://c://${SECRET}`, af2, 'c'),
      'Invalid connection string: ***.'
    ],
    [
      'a protocol host with userinfo',
      () => connectionFromUri(`http://u:${SECRET}@https://h`, af2, 'c'),
      'Invalid connection string: ***.'
    ],
    [
      'a multi-line URI',
      () => connectionFromUri(`a://b://c://\n${SECRET}\n`, af2, 'c'),
      'Invalid connection string: ***.'
    ],
    [
      'a port that is not digits',
      () => port(`h:${SECRET}`),
      'Port could not be cast to integer value as ***'
    ],
    [
      'a URI port that is not digits',
      () => connectionFromUri(`s://u:p@h:${SECRET}`, af2, 'c'),
      'Port could not be cast to integer value as ***'
    ],
    [
      'a JSON port int() rejects',
      () =>
        connectionFromJson(`{"conn_type": "x", "port": "${SECRET}"}`, af2, 'c'),
      'Expected integer value for `port`, but got *** instead.'
    ],
    [
      'int() on a string',
      () => pyIntFromString(SECRET),
      'invalid literal for int() with base 10: ***'
    ],
    [
      'a netloc NFKC rejects',
      () => urlsplit(`s://${SECRET}℀@h`),
      'netloc *** contains invalid characters under NFKC normalization'
    ],
    [
      'a bracketed host that is no address',
      () => urlsplit(`s://u:p@[${SECRET}]`),
      '*** does not appear to be an IPv4 or IPv6 address'
    ],
    [
      'a password with a lone surrogate',
      () =>
        connectionFromJson(
          `{"conn_type": "x", "password": "${SECRET}\\ud800"}`,
          af2,
          'c'
        ),
      "'utf-8' codec can't encode a lone surrogate in position 10: surrogates not allowed"
    ],
    [
      'an extra with a lone surrogate',
      () =>
        connectionFromUri(
          `s://h?__extra__=${SECRET}%ED%A0%80`.replace('%ED%A0%80', '\ud800'),
          af2,
          'c'
        ),
      "'utf-8' codec can't encode a lone surrogate in position 10: surrogates not allowed"
    ]
  ])('%s', (_name, fn, want) => {
    const error = raised(fn)
    // The raw message quotes the value (or its lone surrogate); the safe one does not.
    const quoted = error.message.includes('surrogates') ? '\\ud800' : SECRET
    expect(error.message).toContain(quoted)
    expect(safePyMessage(error)).toBe(want)
    expect(safePyMessage(error)).not.toContain(quoted)
  })

  it.each([
    ['Port out of range', () => port('h:65536')],
    ['Invalid IPv6 URL', () => urlsplit('s://[::1')],
    ['IPvFuture', () => urlsplit('s://[vz.x]')],
    ['IPv4 in brackets', () => urlsplit('s://[1.2.3.4]')],
    ['JSON decoding', () => pyJsonLoads(`{"a": "${SECRET}",}`)],
    [
      'a non-object extra in core 3',
      () => connectionFromUri('s://h?__extra__=[1]', 'core30', 'c')
    ],
    [
      'a missing SDK conn_type',
      () => connectionFromJson(`{"password": "${SECRET}"}`, 'sdk115', 'c')
    ]
  ])('leaves a value-free message as it is: %s', (_name, fn) => {
    const error = raised(fn)
    expect(error.message).not.toContain(SECRET)
    expect(safePyMessage(error)).toBe(error.message)
  })
})

describe('redact', () => {
  it.each([
    ['abc secret def', ['secret'], 'abc *** def'],
    ['password123 and password', ['password', 'password123'], '*** and ***'],
    ['a secret, a secret', ['secret', 'secret'], 'a ***, a ***'],
    ['nothing here', [''], 'nothing here'],
    ['nothing here', [], 'nothing here'],
    ['p%40ss and p@ss', ['p@ss', 'p%40ss'], '*** and ***'],
    ['xxabxx', ['ab', 'xabx'], 'x***x'],
    ['line1\nsecret\n', ['secret'], 'line1\n***\n']
  ])('%j with %j', (text, secrets, want) => {
    expect(redact(text, secrets)).toBe(want)
  })
})

describe('isSensitiveKey (Airflow should_hide_value_for_key)', () => {
  it.each([
    ['password', true],
    ['PASSWORD', true],
    [' api_key ', true],
    ['my_secret_value', true],
    ['private_key_id', true],
    ['keyfile_dict', true],
    ['access_token', true],
    ['Authorization', true],
    ['passwd', true],
    ['service_account', true],
    ['user', false],
    ['host', false],
    ['region_name', false],
    ['key', false],
    ['', false]
  ])('%j → %s', (key, want) => {
    expect(isSensitiveKey(key)).toBe(want)
  })
})

describe('mask helpers', () => {
  it.each([
    ['p@ss/w x', ['p@ss/w x', 'p%40ss/w%20x', 'p%40ss%2Fw%20x']],
    ['plain', ['plain']],
    ['a/b', ['a/b', 'a%2Fb']],
    ['', []],
    [null, []],
    [5n, []],
    ['\ud800x', ['\ud800x']]
  ] as const)('passwordForms(%j)', (password, want) => {
    expect(passwordForms(password)).toEqual(want)
  })

  it.each([
    ['{"a": "x"}', []],
    ['{"password": "p", "user": "u"}', ['p']],
    ['{"password": {"a": "p", "b": [1, 2.5, null, true]}}', ['p', '1', '2.5']],
    ['{"x": {"token": "t"}, "y": [{"api_key": "k"}]}', ['t', 'k']],
    ['[{"secret": "s"}]', ['s']],
    ['"password"', []]
  ])('sensitiveExtraValues(%s)', (json, want) => {
    expect(sensitiveExtraValues(pyJsonLoads(json))).toEqual(want)
  })

  it('stringLeaves walks every level', () => {
    expect(
      stringLeaves(pyJsonLoads('{"a": ["b", {"c": 3}], "d": false}'))
    ).toEqual(['b', '3'])
  })
})
