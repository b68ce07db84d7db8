import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { PassThrough } from 'node:stream'
import type { CliIo } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import { runSyncAction } from '../../src/sync/action.js'
import { syncDeps } from '../../src/sync/deps.js'
import { type RunNodeResult, runNode } from '../support/run-node.js'

const FAKE_DIR = resolve('__tests__/fixtures/fake-astro')
const TOKEN = 'astro-token-must-not-leak-7f3a'
const BACKEND_KEY = 'AIRFLOW__SECRETS__BACKEND'
const KWARGS_KEY = 'AIRFLOW__SECRETS__BACKEND_KWARGS'
const BACKEND =
  'airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend'
const KWARGS =
  '{"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables", "role_arn": "arn:aws:iam::123456789012:role/airflow-secrets"}'
const ENV_TEXT = `${BACKEND_KEY}=${BACKEND}\n${KWARGS_KEY}=${KWARGS}\n`
const DEP = 'clxdep0001abc'

interface Variable {
  key: string
  value: string
  secret: boolean
}
interface Call {
  argv: string[]
  token: boolean
}

let dir: string
let statePath: string
let recordDir: string
let envPath: string

function writeState(deployments: Record<string, Variable[]>): void {
  writeFileSync(statePath, JSON.stringify({ deployments }))
}
function readVars(id = DEP): Variable[] {
  const state = JSON.parse(readFileSync(statePath, 'utf8')) as {
    deployments: Record<string, Variable[]>
  }
  return state.deployments[id] ?? []
}
function calls(): Call[] {
  let text: string
  try {
    text = readFileSync(join(recordDir, 'calls.jsonl'), 'utf8')
  } catch {
    return []
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Call)
}
function env(fault = ''): Record<string, string> {
  return {
    PATH: [FAKE_DIR, dirname(process.execPath), '/usr/bin', '/bin'].join(':'),
    ASTRO_API_TOKEN: TOKEN,
    FAKE_ASTRO_STATE: statePath,
    FAKE_ASTRO_RECORD: recordDir,
    FAKE_ASTRO_FAULT: fault
  }
}

async function runCli(
  args: string[],
  fault = ''
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (c: Buffer) => (out += c.toString()))
  stderr.on('data', (c: Buffer) => (err += c.toString()))
  const io: CliIo = {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env: env(fault),
    cwd: dir
  }
  const code = await main(['sync', ...args], io)
  return { code, out, err }
}

function expectNoValues(...texts: string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(TOKEN)
    expect(text).not.toContain(BACKEND)
    expect(text).not.toContain('connections_prefix')
    expect(text).not.toContain('123456789012')
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'asg-sync-'))
  statePath = join(dir, 'state.json')
  recordDir = mkdtempSync(join(dir, 'record-'))
  envPath = join(dir, 'astro.env')
  writeFileSync(envPath, ENV_TEXT, { mode: 0o600 })
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('astro-secrets-gate sync', () => {
  it('creates every key on a deployment that has none, as secrets', async () => {
    writeState({ [DEP]: [] })
    const r = await runCli(['--deployment-id', DEP, '--env-file', 'astro.env'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain(`+ ${BACKEND_KEY} (create, secret)`)
    expect(r.out).toContain(`+ ${KWARGS_KEY} (create, secret)`)
    expect(r.out).toContain('2 to create, 0 to update')
    expect(r.out).toContain('verified 2 variables')
    expect(readVars()).toEqual([
      { key: BACKEND_KEY, value: BACKEND, secret: true },
      { key: KWARGS_KEY, value: KWARGS, secret: true }
    ])
    const argv = calls().map((c) => c.argv)
    expect(argv).toEqual([
      ['deployment', 'variable', 'list', '--deployment-id', DEP],
      [
        'deployment',
        'variable',
        'update',
        '--deployment-id',
        DEP,
        '--load',
        '--env',
        envPath,
        '--secret'
      ],
      ['deployment', 'variable', 'list', '--deployment-id', DEP]
    ])
    expect(calls().every((c) => c.token)).toBe(true)
    expect(readFileSync(join(recordDir, 'env-2.txt'), 'utf8')).toBe(ENV_TEXT)
    expectNoValues(r.out, r.err, JSON.stringify(argv))
  })

  it('updates the keys that exist and creates the others', async () => {
    writeState({
      [DEP]: [
        { key: 'OTHER', value: 'kept', secret: false },
        { key: BACKEND_KEY, value: 'old.Backend', secret: false }
      ]
    })
    const r = await runCli([
      '--deployment-id',
      DEP,
      '--env-file',
      envPath,
      '--workspace-id',
      'clxws0001'
    ])
    expect(r.code).toBe(0)
    expect(r.out).toContain('1 to create, 1 to update')
    expect(r.out).toContain(`~ ${BACKEND_KEY} (update, secret)`)
    expect(r.out).toContain(`+ ${KWARGS_KEY} (create, secret)`)
    expect(readVars()).toEqual([
      { key: 'OTHER', value: 'kept', secret: false },
      { key: BACKEND_KEY, value: BACKEND, secret: true },
      { key: KWARGS_KEY, value: KWARGS, secret: true }
    ])
    expect(calls()[1]?.argv).toEqual([
      'deployment',
      'variable',
      'update',
      '--deployment-id',
      DEP,
      '--workspace-id',
      'clxws0001',
      '--load',
      '--env',
      envPath,
      '--secret'
    ])
    expectNoValues(r.out, r.err)
  })

  it('fails before calling astro when the env file is missing', async () => {
    writeState({ [DEP]: [] })
    const r = await runCli(['--deployment-id', DEP, '--env-file', 'nope.env'])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/env-file .*nope\.env does not exist/)
    expect(calls()).toEqual([])
  })

  it('detects the CLI exiting 0 with "unable to read file"', async () => {
    writeState({ [DEP]: [] })
    const r = await runCli(
      ['--deployment-id', DEP, '--env-file', envPath],
      'ignore-file'
    )
    expect(r.code).toBe(1)
    expect(r.err).toContain('exited 0 but reported a problem')
    expect(r.err).toContain(`missing: ${BACKEND_KEY}, ${KWARGS_KEY}`)
    expect(r.out).toContain('astro: unable to read file')
    expect(readVars()).toEqual([])
    expectNoValues(r.out, r.err)
  })

  it('reports what a CLI that fails halfway applied and what it did not', async () => {
    writeState({ [DEP]: [] })
    const r = await runCli(
      ['--deployment-id', DEP, '--env-file', envPath],
      'fail-halfway'
    )
    expect(r.code).toBe(1)
    expect(r.err).toContain('update exited 1')
    expect(r.err).toContain(
      `present now: ${BACKEND_KEY}; missing: ${KWARGS_KEY}`
    )
    expect(r.out).toContain('astro: Error: failed to update deployment')
    expect(readVars().map((v) => v.key)).toEqual([BACKEND_KEY])
    expect(calls()).toHaveLength(3)
    expectNoValues(r.out, r.err)
  })

  it('only lists and plans on a dry run', async () => {
    const before = [{ key: BACKEND_KEY, value: 'old.Backend', secret: true }]
    writeState({ [DEP]: before })
    const r = await runCli([
      '--deployment-id',
      DEP,
      '--env-file',
      envPath,
      '--dry-run'
    ])
    expect(r.code).toBe(0)
    expect(r.out).toContain('1 to create, 1 to update (dry run)')
    expect(calls().map((c) => c.argv[2])).toEqual(['list'])
    expect(readVars()).toEqual(before)
  })

  it('fails when a key is missing after an update that exited 0', async () => {
    writeState({ [DEP]: [] })
    const r = await runCli(
      ['--deployment-id', DEP, '--env-file', envPath],
      `drop-key:${KWARGS_KEY}`
    )
    expect(r.code).toBe(1)
    expect(r.err).toContain(`Deployment ${DEP} lacks ${KWARGS_KEY}`)
    expect(calls()).toHaveLength(3)
  })

  it('fails when the deployment cannot be listed', async () => {
    writeState({ [DEP]: [] })
    const r = await runCli(
      ['--deployment-id', DEP, '--env-file', envPath],
      'list-fails'
    )
    expect(r.code).toBe(1)
    expect(r.err).toContain('astro deployment variable list failed')
    expect(r.err).toContain('500 Internal Server Error')
    expect(calls()).toHaveLength(1)
  })

  it('fails on an unknown deployment', async () => {
    writeState({})
    const r = await runCli(['--deployment-id', DEP, '--env-file', envPath])
    expect(r.code).toBe(1)
    expect(r.err).toContain(`deployment ${DEP} not found`)
  })

  it('refuses an env file the CLI would rewrite, without printing values', async () => {
    writeState({ [DEP]: [] })
    writeFileSync(envPath, `${KWARGS_KEY}='${KWARGS}'\n`)
    const r = await runCli(['--deployment-id', DEP, '--env-file', envPath])
    expect(r.code).toBe(1)
    expect(r.err).toContain(`line 1: the value of ${KWARGS_KEY} starts or ends`)
    expect(calls()).toEqual([])
    expectNoValues(r.out, r.err)
  })

  it('names the astro executable it cannot run', async () => {
    writeState({ [DEP]: [] })
    const r = await runCli([
      '--deployment-id',
      DEP,
      '--env-file',
      envPath,
      '--astro',
      join(dir, 'no-such-astro')
    ])
    expect(r.code).toBe(1)
    expect(r.err).toContain('Could not run the Astro CLI')
    expect(r.err).toContain('no-such-astro')
  })

  it.each([
    [[], 2, /'sync' needs --deployment-id/],
    [['--deployment-id', DEP], 2, /'sync' needs --env-file/],
    [['--bogus'], 2, /unknown option '--bogus'/],
    [['--dry-rn'], 2, /did you mean '--dry-run'\?/],
    [['--help'], 0, /Usage: astro-secrets-gate sync/],
    [['--deployment-id', 'bad id', '--env-file', 'x'], 1, /not an Astro/]
  ])('args %j exit %i', async (args, code, message) => {
    writeState({ [DEP]: [] })
    const r = await runCli(args)
    expect(r.code).toBe(code)
    expect(r.out + r.err).toMatch(message)
  })
})

describe('sync action entry', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const key of Object.keys(process.env))
      if (!(key in saved)) Reflect.deleteProperty(process.env, key)
    Object.assign(process.env, saved)
    process.exitCode = undefined
  })

  function setInputs(inputs: Record<string, string>): string {
    const output = join(dir, 'github-output')
    writeFileSync(output, '')
    process.env.GITHUB_OUTPUT = output
    for (const [k, v] of Object.entries(inputs))
      process.env[`INPUT_${k.toUpperCase()}`] = v
    return output
  }
  function outputs(path: string): Record<string, string> {
    const text = readFileSync(path, 'utf8')
    const out: Record<string, string> = {}
    for (const m of text.matchAll(
      /^(\S+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm
    ))
      out[m[1] ?? ''] = m[3] ?? ''
    return out
  }

  it('sets created, updated and verified', async () => {
    writeState({ [DEP]: [{ key: BACKEND_KEY, value: 'x.Y', secret: true }] })
    const output = setInputs({
      'deployment-id': DEP,
      'env-file': envPath,
      'dry-run': 'false',
      astro: 'astro'
    })
    const lines: string[] = []
    await runSyncAction(syncDeps(env(), dir, (l) => lines.push(l)))
    expect(process.exitCode).toBeUndefined()
    expect(outputs(output)).toEqual({
      created: JSON.stringify([KWARGS_KEY]),
      updated: JSON.stringify([BACKEND_KEY]),
      verified: 'true'
    })
    expect(lines.join('\n')).toContain('verified 2 variables')
    expect(readVars().every((v) => v.secret)).toBe(true)
  })

  it('fails the step with one line and verified=false', async () => {
    writeState({ [DEP]: [] })
    const output = setInputs({
      'deployment-id': DEP,
      'env-file': envPath,
      'dry-run': 'false',
      astro: 'astro'
    })
    const stdout: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = (chunk: string | Uint8Array) => {
      stdout.push(chunk.toString())
      return true
    }
    try {
      await runSyncAction(
        syncDeps(env('fail-halfway'), dir, (l) => stdout.push(`${l}\n`))
      )
    } finally {
      process.stdout.write = write
    }
    expect(process.exitCode).toBe(1)
    expect(outputs(output).verified).toBe('false')
    const errors = stdout
      .join('')
      .split('\n')
      .filter((l) => l.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`missing: ${KWARGS_KEY}`)
    expectNoValues(stdout.join(''))
  })

  it('rejects a dry-run that is not a boolean', async () => {
    writeState({ [DEP]: [] })
    setInputs({ 'deployment-id': DEP, 'env-file': envPath, 'dry-run': 'yes' })
    const write = process.stdout.write.bind(process.stdout)
    const stdout: string[] = []
    process.stdout.write = (chunk: string | Uint8Array) => {
      stdout.push(chunk.toString())
      return true
    }
    try {
      await runSyncAction(syncDeps(env(), dir, () => undefined))
    } finally {
      process.stdout.write = write
    }
    expect(process.exitCode).toBe(1)
    expect(stdout.join('')).toContain('Input dry-run must be true or false.')
    expect(readdirSync(recordDir)).toEqual([])
  })
})

describe('the Astro CLI parser through the bundled CLI (astro-cli v1.45.0)', () => {
  const bundled = (args: string[]): Promise<RunNodeResult> =>
    runNode(resolve('dist/cli.js'), {
      args: ['sync', ...args],
      cwd: dir,
      env: env()
    })

  it('a value ending in U+0085, which the CLI strips, is refused before any call', async () => {
    writeState({ [DEP]: [] })
    writeFileSync(envPath, `${BACKEND_KEY}=${BACKEND}\u0085\n`)
    const r = await bundled(['--deployment-id', DEP, '--env-file', envPath])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /line 1: the value of AIRFLOW__SECRETS__BACKEND .*strips/
    )
    expect(calls()).toEqual([])
    expectNoValues(r.stdout, r.stderr)
  })

  it('a line of 64 KiB in bytes but fewer UTF-16 units is refused before any call', async () => {
    writeState({ [DEP]: [] })
    // 33,000 two-byte characters: 66,000 bytes, 33,000 UTF-16 units.
    writeFileSync(
      envPath,
      `${BACKEND_KEY}=${BACKEND}\n${KWARGS_KEY}={"x": "${'é'.repeat(33_000)}"}\n`
    )
    const r = await bundled(['--deployment-id', DEP, '--env-file', envPath])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /line 2 is longer than the Astro CLI reads \(64 KiB with its line ending, in bytes\)/
    )
    expect(calls()).toEqual([])
    expect(readVars()).toEqual([])
  })

  it('an unrelated plain variable reading "error: ..." neither fails the sync nor is printed', async () => {
    writeState({
      [DEP]: [{ key: 'PLAIN', value: 'error: Zq7plainvalue', secret: false }]
    })
    const r = await bundled(['--deployment-id', DEP, '--env-file', envPath])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout + r.stderr).not.toContain('Zq7')
    expect(
      readVars()
        .map((v) => v.key)
        .sort()
    ).toEqual([BACKEND_KEY, KWARGS_KEY, 'PLAIN'])
  })
})
