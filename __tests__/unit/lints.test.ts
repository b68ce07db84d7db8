/**
 * Every lint fires on the mistake it names and stays quiet on a clean twin
 * of the same value.
 */
import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/core/findings.js'
import {
  type LintContext,
  lintAwsExtra,
  lintConnectionUri,
  lintId,
  lintValue
} from '../../src/core/gate/lints.js'
import { pyJsonLoads } from '../../src/core/airflow/python/json.js'

const connection: LintContext = {
  kind: 'connection',
  id: 'my_conn',
  secretName: 'airflow/connections/my_conn'
}
const variable: LintContext = { kind: 'variable', id: 'my_var' }

const codes = (findings: readonly Finding[]): string[] =>
  findings.map((finding) => `${finding.code}:${finding.severity}`)

describe('lintId', () => {
  it.each([
    ['/my_conn', 'connection', ['id-leading-slash:warning']],
    ['/my_var', 'variable', ['id-leading-slash:warning']],
    ['my_conn', 'connection', []],
    ['my/conn/', 'connection', []]
  ] as const)('%j (%s)', (id, kind, want) => {
    expect(codes(lintId({ kind, id }))).toEqual(want)
  })
})

describe('lintValue', () => {
  it.each([
    ['"postgres://u:p@h"', connection, ['value-quoted:error']],
    ["'postgres://u:p@h'", connection, ['value-quoted:error']],
    [' "postgres://u:p@h"\n', connection, ['value-quoted:error']],
    ['postgres://u:p@h', connection, []],
    ['"postgres://u:p@h\'', connection, []],
    ['"', connection, []],
    ['"a value"', variable, ['value-quoted:warning']],
    ['a value', variable, []],
    ['{"":""}', connection, ['console-placeholder:error']],
    ['{"": "", "": "x"}', variable, ['console-placeholder:error']],
    [' \n\t{"":""}\r\n', connection, ['console-placeholder:error']],
    ['x{"":""}', connection, []],
    ['[{"":""}]', variable, []],
    ['{"conn_type":""}', connection, []],
    ['{}', connection, []],
    ['', variable, ['value-blank:warning']],
    [' \t', variable, ['value-blank:warning']],
    ['0', variable, []]
  ] as const)('%j', (value, context, want) => {
    expect(codes(lintValue(context, value))).toEqual(want)
  })

  it('carries the id and secret name, never the value', () => {
    const [finding] = lintValue(connection, '"postgres://user:hunter2@h"')
    expect(finding).toMatchObject({
      kind: 'connection',
      id: 'my_conn',
      secretName: 'airflow/connections/my_conn'
    })
    expect(`${finding?.message ?? ''} ${finding?.hint ?? ''}`).not.toContain(
      'hunter2'
    )
  })
})

describe('lintConnectionUri', () => {
  it.each([
    [
      'google_cloud_platform://?extra__google_cloud_platform__project=p',
      ['uri-scheme-underscore:error']
    ],
    ['google-cloud-platform://?extra__google_cloud_platform__project=p', []],
    [
      'aws://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG@',
      ['uri-unencoded-reserved:error']
    ],
    ['aws://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI%2FK7MDENG@', []],
    ['postgres://user:pa?ss@h/db', ['uri-unencoded-reserved:error']],
    ['postgres://user:pa#ss@h/db', ['uri-unencoded-reserved:error']],
    ['postgres://user:pa%23ss@h/db', []],
    ['http://https://user:pa/ss@h', ['uri-unencoded-reserved:error']],
    ['http://https://user:pa%2Fss@h', []],
    ['aws://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI', ['aws-uri-missing-at:error']],
    ['aws://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI@', []],
    ['aws://host:443', ['aws-uri-missing-at:error']],
    ['aws://@:443/', []],
    ['postgres://host:5432', []],
    ['{"conn_type": "google_cloud_platform", "password": "a/b"}', []],
    ['  google_cloud://x', ['uri-scheme-underscore:error']]
  ])('%j', (value, want) => {
    expect(codes(lintConnectionUri(connection, value))).toEqual(want)
  })

  it('suggests the dashed scheme', () => {
    const [finding] = lintConnectionUri(connection, 'google_cloud://x')
    expect(finding?.hint).toContain('google-cloud://')
  })
})

describe('lintAwsExtra', () => {
  const clean =
    '{"region_name": "eu-west-1", "role_arn": "arn:aws:iam::123456789012:role/deploy", "assume_role_method": "assume_role", "assume_role_kwargs": {"ExternalId": "x"}, "config_kwargs": {"retries": {"mode": "standard", "max_attempts": 5}}, "endpoint_url": "http://127.0.0.1:4566", "verify": false, "profile_name": "p"}'

  it.each([
    ['the clean twin', clean, []],
    ['a non-object extra', '[1]', []],
    [
      'an unknown key',
      '{"regoin_name": "eu-west-1"}',
      ['aws-extra-unknown:warning']
    ],
    [
      'a deprecated key',
      '{"aws_account_id": "123456789012"}',
      ['aws-extra-deprecated:warning']
    ],
    [
      'a deprecated host key',
      '{"host": "http://127.0.0.1"}',
      ['aws-extra-deprecated:warning']
    ],
    [
      'an unknown assume_role_method',
      '{"assume_role_method": "assume_role_with_oidc"}',
      ['aws-assume-role-method:error']
    ],
    [
      'a non-string assume_role_method',
      '{"assume_role_method": 1}',
      ['aws-assume-role-method:error']
    ],
    ['a null assume_role_method', '{"assume_role_method": null}', []],
    [
      'a role name for role_arn',
      '{"role_arn": "deploy"}',
      ['aws-role-arn:error']
    ],
    [
      'a role ARN with a short account',
      '{"role_arn": "arn:aws:iam::1234:role/deploy"}',
      ['aws-role-arn:error']
    ],
    [
      'a user ARN',
      '{"role_arn": "arn:aws:iam::123456789012:user/deploy"}',
      ['aws-role-arn:error']
    ],
    [
      'a GovCloud role ARN',
      '{"role_arn": "arn:aws-us-gov:iam::123456789012:role/a/b"}',
      []
    ],
    [
      'a region display name',
      '{"region_name": "US East (N. Virginia)"}',
      ['aws-region-name:error']
    ],
    [
      'an upper-case region',
      '{"region_name": "EU-WEST-1"}',
      ['aws-region-name:error']
    ],
    ['a GovCloud region', '{"region_name": "us-gov-west-1"}', []],
    [
      'a bad retry mode',
      '{"config_kwargs": {"retries": {"mode": "fast"}}}',
      ['aws-retry-mode:error']
    ],
    [
      'each retry mode',
      '{"config_kwargs": {"retries": {"mode": "legacy"}}}',
      []
    ],
    [
      'adaptive retries',
      '{"config_kwargs": {"retries": {"mode": "adaptive"}}}',
      []
    ],
    [
      'SAML without idp_url',
      '{"assume_role_method": "assume_role_with_saml", "assume_role_with_saml": {"principal_arn": "arn:aws:iam::123456789012:saml-provider/x"}}',
      ['aws-saml-incomplete:error']
    ],
    [
      'SAML without its settings',
      '{"assume_role_method": "assume_role_with_saml"}',
      ['aws-saml-incomplete:error']
    ],
    [
      'complete SAML',
      '{"assume_role_method": "assume_role_with_saml", "role_arn": "arn:aws:iam::123456789012:role/r", "assume_role_with_saml": {"idp_url": "https://idp", "principal_arn": "arn:aws:iam::123456789012:saml-provider/x"}}',
      []
    ],
    [
      'google federation without role_arn',
      '{"assume_role_method": "assume_role_with_web_identity", "assume_role_with_web_identity_federation": "google"}',
      ['aws-federation-role:error']
    ],
    [
      'google federation with role_arn',
      '{"assume_role_method": "assume_role_with_web_identity", "assume_role_with_web_identity_federation": "google", "role_arn": "arn:aws:iam::123456789012:role/r"}',
      []
    ]
  ])('%s', (_name, json, want) => {
    expect(codes(lintAwsExtra(connection, pyJsonLoads(json)))).toEqual(want)
  })

  it('names the SAML keys that are missing', () => {
    const [finding] = lintAwsExtra(
      connection,
      pyJsonLoads('{"assume_role_method": "assume_role_with_saml"}')
    )
    expect(finding?.message).toContain('idp_url and principal_arn')
  })

  it('never quotes the values it rejects', () => {
    const text = lintAwsExtra(
      connection,
      pyJsonLoads(
        '{"role_arn": "CANARY-role", "region_name": "CANARY-region", "assume_role_method": "CANARY-method", "config_kwargs": {"retries": {"mode": "CANARY-mode"}}}'
      )
    )
      .map((finding) => `${finding.message} ${finding.hint ?? ''}`)
      .join('\n')
    expect(text).not.toContain('CANARY')
  })
})
