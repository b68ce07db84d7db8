import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { VERSION } from '../../src/version.js'
import { removeDir, runCli, tempDir } from './cli-helpers.js'

let dir = ''
beforeAll(async () => {
  dir = await tempDir()
})
afterAll(async () => {
  await removeDir(dir)
})

describe('astro-secrets-gate', () => {
  it.each([['--help'], ['-h'], ['help']])(
    '%s lists every command',
    async (flag) => {
      const run = await runCli([flag], { cwd: dir })
      expect(run.code).toBe(0)
      for (const name of ['check', 'explain', 'sync', 'discover', 'init-local'])
        expect(run.stdout).toContain(`  ${name}`)
      expect(run.stdout).toContain('Examples:')
    }
  )

  it('prints the version', async () => {
    const run = await runCli(['--version'], { cwd: dir })
    expect(run).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' })
  })

  it('shows usage on stderr and exits 2 without a command', async () => {
    const run = await runCli([], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Usage: astro-secrets-gate <command>')
  })

  it.each([
    [
      ['frobnicate'],
      "astro-secrets-gate: unknown command 'frobnicate' (see 'astro-secrets-gate --help')\n"
    ],
    [
      ['--frobnicate'],
      "astro-secrets-gate: unknown option '--frobnicate' (see 'astro-secrets-gate --help')\n"
    ],
    [
      ['discover', '--frobnicate'],
      "astro-secrets-gate discover: unknown option '--frobnicate' for 'discover' (see 'astro-secrets-gate discover --help')\n"
    ],
    [
      ['init-local', '--os', 'beos'],
      "astro-secrets-gate init-local: option '--os' must be one of linux, macos, windows, not 'beos' (see 'astro-secrets-gate init-local --help')\n"
    ],
    [
      ['discover', 'a', 'b'],
      "astro-secrets-gate discover: unexpected argument 'b' for 'discover' (see 'astro-secrets-gate discover --help')\n"
    ]
  ])('%j is a one-line usage error, exit 2', async (argv, stderr) => {
    const run = await runCli(argv, { cwd: dir })
    expect(run).toEqual({ code: 2, stdout: '', stderr })
  })

  it.each([['discover'], ['init-local']])(
    '%s --help shows options and examples',
    async (name) => {
      const run = await runCli([name, '--help'], { cwd: dir })
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`Usage: astro-secrets-gate ${name}`)
      expect(run.stdout).toContain('Options:')
      expect(run.stdout).toContain(`Examples:\n  astro-secrets-gate ${name}`)
    }
  )

  it.each([['check'], ['explain'], ['sync']])(
    '%s is registered (dispatched, not an unknown command)',
    async (name) => {
      const run = await runCli([name, '--help'], { cwd: dir })
      expect(run.stderr).not.toContain('unknown command')
      expect(run.stdout + run.stderr).toContain(name)
    }
  )

  it('reports a file error on one line, with the stack under --debug', async () => {
    const file = join(dir, 'not-a-folder')
    await writeFile(file, 'x')
    const argv = ['init-local', '--user', 'me', '--project', file]
    const plain = await runCli(argv, { cwd: dir })
    expect(plain.code).toBe(2)
    expect(plain.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(plain.stderr).toMatch(
      /^astro-secrets-gate init-local: cannot read .*not-a-folder\/airflow-secrets\.yml: a folder on its path is a file\n$/
    )
    const debug = await runCli([...argv, '--debug'], { cwd: dir })
    expect(debug.code).toBe(2)
    expect(debug.stderr.split('\n').length).toBeGreaterThan(3)
    expect(debug.stderr).toMatch(/\n\s+at /)
  })
})
