/**
 * Regressions: every run is bounded. A manifest regex that backtracks
 * catastrophically ends in one finding within its budget, through the
 * bundled action and CLI (defect 1); a hanging OIDC endpoint no longer keeps
 * the action alive past timeout-seconds (defect 7); and the watchdog ends a
 * process whose main thread is blocked, with one line (defect 1, the
 * timeout-seconds part).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import ts from 'typescript'
import { type FakeAws, startFakeAws } from '../support/fake-aws.js'
import { runAction } from '../support/run-action.js'
import { runNode } from '../support/run-node.js'

const ROLE = 'arn:aws:iam::123456789012:role/astro-gate'
const EVIL = 'a'.repeat(34) + '!'
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'asg-deadline-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('catastrophic manifest regexes through the bundles', () => {
  let aws: FakeAws
  beforeAll(async () => {
    aws = await startFakeAws({
      secrets: { 'airflow/variables/slow': 'a'.repeat(34) + '!' }
    })
  })
  afterAll(async () => {
    await aws.stop()
  })

  it('the action ends with one finding per pattern, not a hang', async () => {
    const started = Date.now()
    const run = await runAction({
      aws,
      inputs: {
        'aws-region': 'us-east-1',
        'role-to-assume': ROLE,
        'timeout-seconds': '60'
      },
      manifest: [
        'backend:',
        '  connections_prefix: airflow/connections',
        '  variables_prefix: airflow/variables',
        "  connections_lookup_pattern: '^(a+)+$'",
        `connections: ['${EVIL}']`,
        'variables:',
        '  slow:',
        "    pattern: '(a+)+b'",
        ''
      ].join('\n')
    })
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(run.code).toBe(1)
    expect(run.report).toContain('lookup-pattern-timeout')
    expect(run.report).toContain('variable-pattern-timeout')
    expect(run.report).toContain('connections_lookup_pattern')
  })

  it('the CLI does the same', async () => {
    const project = join(dir, 'cli-project')
    await mkdir(project, { recursive: true })
    await writeFile(
      join(project, 'airflow-secrets.yml'),
      `backend:\n  connections_lookup_pattern: '^(a+)+$'\nconnections: ['${EVIL}']\n`
    )
    const started = Date.now()
    const run = await runNode(resolve('dist/cli.js'), {
      // Only the undecidable id is listed: nothing is read from AWS.
      args: ['check', '--project', project, '--region', 'us-east-1', '--json'],
      cwd: project
    })
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('lookup-pattern-timeout')
  })
})

describe('timeout-seconds bounds the whole run', () => {
  it('a hanging OIDC token endpoint ends with the run at the deadline', async () => {
    const aws = await startFakeAws({ oidcLatencyMs: 60_000 })
    try {
      const started = Date.now()
      const run = await runAction({
        aws,
        inputs: {
          'aws-region': 'us-east-1',
          'role-to-assume': ROLE,
          'timeout-seconds': '2'
        },
        manifest: 'connections: [a]\n'
      })
      const took = Date.now() - started
      expect(took).toBeLessThan(15_000)
      expect(run.code).toBe(1)
      const errors = run.stdout
        .split('\n')
        .filter((line) => line.startsWith('::error'))
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(/timeout-seconds/)
    } finally {
      await aws.stop()
    }
  })

  const transpileWatchdog = async (): Promise<void> => {
    // The adapter itself, transpiled as is, run in child processes.
    const source = await readFile('src/adapters/runtime/watchdog.ts', 'utf8')
    const js = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022
      }
    }).outputText
    await writeFile(join(dir, 'watchdog.mjs'), js)
  }

  const KINDS = ['supervisor', 'worker'] as const

  it.each(KINDS)(
    'the watchdog (%s) ends a process whose main thread is blocked, with one line',
    async (kind) => {
      await transpileWatchdog()
      await writeFile(
        join(dir, `blocked-${kind}.mjs`),
        [
          "import { startWatchdog } from './watchdog.mjs'",
          `startWatchdog({ ms: 500, fd: 2, line: 'stopped at the deadline' }, '${kind}')`,
          'const until = Date.now() + 20_000',
          'while (Date.now() < until);',
          "process.stdout.write('never\\n')"
        ].join('\n')
      )
      const started = Date.now()
      const run = await runNode(join(dir, `blocked-${kind}.mjs`), {
        timeoutMs: 30_000
      })
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(run.code).toBeNull()
      expect(run.stderr).toBe('stopped at the deadline\n')
      expect(run.stdout).toBe('')
    },
    15_000
  )

  it.each(KINDS)(
    'a cancelled watchdog (%s) lets the process exit at once',
    async (kind) => {
      await transpileWatchdog()
      await writeFile(
        join(dir, `quick-${kind}.mjs`),
        [
          "import { startWatchdog } from './watchdog.mjs'",
          `const w = startWatchdog({ ms: 30_000, fd: 2, line: 'late' }, '${kind}')`,
          "process.stdout.write('done\\n')",
          'w.cancel()'
        ].join('\n')
      )
      const started = Date.now()
      const run = await runNode(join(dir, `quick-${kind}.mjs`))
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(run.code).toBe(0)
      expect(run.stdout).toBe('done\n')
      expect(run.stderr).toBe('')
    }
  )

  it('the supervisor of a process that dies without cancelling goes away and signals nothing', async () => {
    if (process.platform === 'win32') return
    await transpileWatchdog()
    // The process starts a watchdog due in 1 s (its line, a marker, is among
    // the supervisor's arguments) and is killed at once: no supervisor may
    // outlive it, so none is left to signal its process id, reused or not.
    const marker = `asg-orphan-${process.pid}-${Date.now()}`
    await writeFile(
      join(dir, 'orphan.mjs'),
      [
        "import { startWatchdog } from './watchdog.mjs'",
        `startWatchdog({ ms: 1_000, fd: 2, line: '${marker}' })`,
        "setTimeout(() => process.kill(process.pid, 'SIGKILL'), 200)"
      ].join('\n')
    )
    const run = await runNode(join(dir, 'orphan.mjs'), { timeoutMs: 10_000 })
    expect(run.code).toBeNull()
    const supervisors = async (): Promise<string[]> => {
      const { stdout } = await promisify(execFile)('ps', ['-eo', 'args'])
      return stdout.split('\n').filter((line) => line.includes(marker))
    }
    // Gone within moments of the process, long before its deadline.
    for (let i = 0; i < 50 && (await supervisors()).length > 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 20))
    expect(await supervisors()).toEqual([])
    expect(run.stderr).toBe('')
  })
})
