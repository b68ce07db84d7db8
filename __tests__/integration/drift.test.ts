/**
 * Deployment drift read through the fake Astro CLI (a child process that
 * prints the real CLI's variable table), the way the action runs it.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { execAstro } from '../../src/adapters/astro/exec.js'
import { checkDrift } from '../../src/check/drift.js'
import { InputError } from '../../src/core/errors.js'

const FAKE = resolve('__tests__/fixtures/fake-astro/astro')
const BACKEND =
  'airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend'
const KWARGS =
  '{"connections_prefix":"airflow/connections","variables_prefix":"airflow/variables"}'

interface Variable {
  key: string
  value: string
  secret: boolean
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'asg-drift-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function state(deployments: Record<string, Variable[]>): void {
  writeFileSync(join(dir, 'state.json'), JSON.stringify({ deployments }))
}

function exec(
  extra: Record<string, string> = {}
): ReturnType<typeof execAstro> {
  return execAstro(
    {
      PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(':'),
      ASTRO_API_TOKEN: 'astro-token-canary',
      FAKE_ASTRO_STATE: join(dir, 'state.json'),
      FAKE_ASTRO_RECORD: dir,
      ...extra
    },
    dir,
    30_000
  )
}

const options = (ids: string[]): Parameters<typeof checkDrift>[0] => ({
  deploymentIds: ids,
  astro: FAKE,
  backend: BACKEND,
  backendKwargs: KWARGS
})

describe('checkDrift with the Astro CLI', () => {
  it('finds each kind of drift, one deployment at a time', async () => {
    state({
      synced: [
        { key: 'AIRFLOW__SECRETS__BACKEND', value: BACKEND, secret: true },
        { key: 'AIRFLOW__SECRETS__BACKEND_KWARGS', value: KWARGS, secret: true }
      ],
      plain: [
        { key: 'AIRFLOW__SECRETS__BACKEND', value: BACKEND, secret: false },
        {
          key: 'AIRFLOW__SECRETS__BACKEND_KWARGS',
          value:
            '{"connections_prefix": "legacy/connections", "variables_prefix": "airflow/variables"}',
          secret: false
        }
      ],
      bare: [{ key: 'SOMETHING_ELSE', value: 'x', secret: false }]
    })
    const results = await checkDrift(
      options(['synced', 'plain', 'bare']),
      exec()
    )
    expect(
      results.map((r) => [
        r.deploymentId,
        r.findings.map((f) => f.code),
        r.notes.length
      ])
    ).toEqual([
      ['synced', [], 2],
      ['plain', ['drift-kwargs-different'], 0],
      ['bare', ['drift-backend-missing', 'drift-kwargs-missing'], 0]
    ])
    expect(results[1]?.findings[0]?.message).toContain(
      'different `connections_prefix`'
    )
    const calls = readFileSync(join(dir, 'calls.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { argv: string[]; token: boolean })
    expect(calls.map((c) => c.argv)).toEqual(
      ['synced', 'plain', 'bare'].map((id) => [
        'deployment',
        'variable',
        'list',
        '--deployment-id',
        id
      ])
    )
    expect(calls.every((c) => c.token)).toBe(true)
  })

  it('passes the workspace id on', async () => {
    state({ d1: [] })
    await checkDrift({ ...options(['d1']), workspaceId: 'ws-1' }, exec())
    const [call] = readFileSync(join(dir, 'calls.jsonl'), 'utf8')
      .trim()
      .split('\n')
    expect((JSON.parse(call ?? '{}') as { argv: string[] }).argv).toEqual([
      'deployment',
      'variable',
      'list',
      '--deployment-id',
      'd1',
      '--workspace-id',
      'ws-1'
    ])
  })

  it('turns a deployment it cannot read into a finding', async () => {
    state({ d1: [] })
    const [missing] = await checkDrift(options(['nope']), exec())
    expect(missing?.findings.map((f) => f.code)).toEqual(['drift-unreadable'])
    expect(missing?.findings[0]?.message).toContain('deployment nope not found')
    expect(missing?.findings[0]?.message).not.toMatch(/\n/)

    const [failing] = await checkDrift(
      options(['d1']),
      exec({ FAKE_ASTRO_FAULT: 'list-fails' })
    )
    expect(failing?.findings[0]?.message).toContain('500 Internal Server Error')

    const [noToken] = await checkDrift(
      options(['d1']),
      exec({ ASTRO_API_TOKEN: '' })
    )
    expect(noToken?.findings[0]?.message).toContain('no context set')
  })

  it('reports a missing Astro CLI as a finding naming the fix', async () => {
    state({ d1: [] })
    const [result] = await checkDrift(
      { ...options(['d1']), astro: join(dir, 'no-such-astro') },
      exec()
    )
    expect(result?.findings[0]?.code).toBe('drift-unreadable')
    expect(result?.findings[0]?.hint).toContain('setup-astro-cli')
  })

  it('refuses an id that is not an Astro deployment id before running anything', async () => {
    state({ d1: [] })
    await expect(checkDrift(options(['d1', '--help']), exec())).rejects.toThrow(
      InputError
    )
    expect(() => readFileSync(join(dir, 'calls.jsonl'))).toThrow()
  })
})
