/**
 * Regressions for init-local's write path (defects 6 and 12): `.env` is
 * written whole or not at all (a temp file and a rename, never truncated),
 * the compose override only after `.env`, a CRLF file's quoted multi-line
 * values come back byte for byte, I/O errors are one line, and temp files
 * a killed run left behind are removed by the next write.
 */
import { spawn } from 'node:child_process'
import {
  chmod,
  lstat,
  mkdir,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  writeFile
} from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import ts from 'typescript'
import { mergeEnvFile } from '../../src/core/local/init-local.js'
import { writeFileAtomic } from '../../src/adapters/fs/files.js'
import { removeDir, tempDir } from './cli-helpers.js'
import { runNode, unprivileged } from '../support/run-node.js'

const CLI = resolve('dist/cli.js')

let dir = ''
beforeEach(async () => {
  dir = await tempDir()
  // Readable by the unprivileged child of the permission test.
  await chmod(dir, 0o755)
})
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined)
  await removeDir(dir)
})

const ARGS = ['init-local', '--os', 'linux', '--user', 'me', '--profile', 'dev']

describe('mergeEnvFile keeps other lines byte for byte', () => {
  it('a CRLF file with a quoted multi-line value (LF inside)', () => {
    const before =
      'A=1\r\nCERT="-----BEGIN-----\nAWS_PROFILE=inside\n-----END-----"\r\nB=2\r\n'
    const merged = mergeEnvFile(before, [['AWS_PROFILE', 'dev']], false)
    expect(merged.conflicts).toEqual([])
    expect(merged.text.startsWith(before)).toBe(true)
    expect(merged.text.slice(before.length)).toBe(
      '\r\n# AWS credentials and secrets backend (astro-secrets-gate init-local)\r\nAWS_PROFILE=dev\r\n'
    )
  })

  it('a key set only inside a quoted value is not taken for a line of its own', () => {
    const before = "X='a\nAWS_PROFILE=other\nb'\n"
    const merged = mergeEnvFile(before, [['AWS_PROFILE', 'dev']], true)
    expect(merged.changes).toEqual([{ action: 'add', key: 'AWS_PROFILE' }])
    expect(merged.text.startsWith(before)).toBe(true)
  })

  it('a file without a final newline gains one only where lines are added', () => {
    const merged = mergeEnvFile('A=1', [['AWS_PROFILE', 'dev']], false)
    expect(merged.text).toBe(
      'A=1\n\n# AWS credentials and secrets backend (astro-secrets-gate init-local)\nAWS_PROFILE=dev\n'
    )
  })
})

describe('init-local writes whole files (bundled CLI)', () => {
  const FORTY = Array.from({ length: 40 }, (_, i) => `K${i}=v${i}`).join('\n')

  it('an unwritable project leaves .env intact and writes no override, in one line', async () => {
    await writeFile(join(dir, '.env'), `${FORTY}\n`, { mode: 0o644 })
    await chmod(join(dir, '.env'), 0o644)
    await chmod(dir, 0o555)
    const run = await runNode(CLI, {
      args: [...ARGS, '--project', dir],
      cwd: dir,
      ...unprivileged()
    })
    await chmod(dir, 0o755)
    expect(run.code).toBe(2)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/Cannot write \.env .*not writable/)
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(await readFile(join(dir, '.env'), 'utf8')).toBe(`${FORTY}\n`)
    expect(await readdir(dir)).toEqual(['.env'])
  })

  it('a kill at any moment leaves .env whole: the old text or the new', async () => {
    const original = `${FORTY}\r\nCERT="a\nb"\r\n`
    // The text a run that is not killed writes.
    await writeFile(join(dir, '.env'), original)
    expect(
      (await runNode(CLI, { args: [...ARGS, '--force'], cwd: dir })).code
    ).toBe(0)
    const merged = await readFile(join(dir, '.env'), 'utf8')
    expect(merged.startsWith(original)).toBe(true)
    expect(merged).toContain('AWS_PROFILE=dev\r\n')
    const seen: string[] = []
    for (let i = 0; i < 12; i++) {
      await writeFile(join(dir, '.env'), original)
      await rm(join(dir, 'docker-compose.override.yml'), { force: true })
      const child = spawn(process.execPath, [CLI, ...ARGS, '--force'], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: dir },
        stdio: 'ignore'
      })
      const exited = new Promise((resolve) => child.on('exit', resolve))
      await new Promise((resolve) => setTimeout(resolve, 60 + i * 40))
      child.kill('SIGKILL')
      await exited
      seen.push(await readFile(join(dir, '.env'), 'utf8'))
    }
    expect(seen.filter((text) => text !== original && text !== merged)).toEqual(
      []
    )
    // A last run that is not killed removes any temp file the kills left.
    await writeFile(join(dir, '.env'), original)
    const run = await runNode(CLI, { args: [...ARGS, '--force'], cwd: dir })
    expect(run.code).toBe(0)
    expect((await readdir(dir)).sort()).toEqual([
      '.env',
      'docker-compose.override.yml'
    ])
    expect(await readFile(join(dir, '.env'), 'utf8')).toBe(merged)
  }, 120_000)

  it('a .env that is a folder is one line, and nothing is written', async () => {
    await mkdir(join(dir, '.env'))
    const run = await runNode(CLI, { args: ARGS, cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('it is a folder')
    expect((await readdir(dir)).sort()).toEqual(['.env'])
  })

  it('an override that cannot be written comes after .env, in one line', async () => {
    await mkdir(join(dir, 'docker-compose.override.yml'))
    const run = await runNode(CLI, { args: ARGS, cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('docker-compose.override.yml')
  })

  it('a .env that is a link stays a link: the file it points to is written', async () => {
    const shared = join(dir, 'shared.env')
    await writeFile(shared, 'A=1\n')
    await symlink('shared.env', join(dir, '.env'))
    const run = await runNode(CLI, { args: ARGS, cwd: dir })
    expect(run.code).toBe(0)
    expect((await lstat(join(dir, '.env'))).isSymbolicLink()).toBe(true)
    expect(await readFile(shared, 'utf8')).toContain('AWS_PROFILE=dev\n')
  })

  it('keeps the mode of an existing .env', async () => {
    await writeFile(join(dir, '.env'), 'A=1\n')
    await chmod(join(dir, '.env'), 0o640)
    const run = await runNode(CLI, { args: ARGS, cwd: dir })
    expect(run.code).toBe(0)
    expect((await stat(join(dir, '.env'))).mode & 0o777).toBe(0o640)
  })
})

describe('temp files of a killed run', () => {
  it('are removed by the next write of the same file, and no other file', async () => {
    const target = join(dir, 'report.json')
    const stale = join(dir, '.report.json.0123456789ab.tmp')
    const other = join(dir, '.other.json.0123456789ab.tmp')
    await writeFile(stale, 'partial')
    await writeFile(other, 'partial')
    await writeFileAtomic(target, '{}', 'report')
    expect((await readdir(dir)).sort()).toEqual([
      '.other.json.0123456789ab.tmp',
      'report.json'
    ])
  })

  it('are removed on SIGTERM while a write is in flight', async () => {
    // The adapter itself, transpiled as is, in a child that writes a large
    // file and is sent SIGTERM once its temp file appears.
    const lib = join(dir, 'lib')
    await mkdir(join(lib, 'adapters', 'fs'), { recursive: true })
    await mkdir(join(lib, 'core'), { recursive: true })
    const transpile = async (from: string, to: string): Promise<void> => {
      const js = ts.transpileModule(await readFile(from, 'utf8'), {
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022
        }
      }).outputText
      await writeFile(to, js)
    }
    await transpile(
      'src/adapters/fs/files.ts',
      join(lib, 'adapters/fs/files.js')
    )
    await transpile('src/core/errors.ts', join(lib, 'core/errors.js'))
    await writeFile(join(lib, 'package.json'), '{"type": "module"}')
    const out = join(dir, 'out')
    await mkdir(out)
    await writeFile(
      join(lib, 'writer.js'),
      [
        "import { writeFileAtomic } from './adapters/fs/files.js'",
        `await writeFileAtomic(${JSON.stringify(join(out, 'report.json'))}, 'x'.repeat(400 * 1024 * 1024), 'report')`
      ].join('\n')
    )
    const child = spawn(process.execPath, [join(lib, 'writer.js')], {
      stdio: 'ignore'
    })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => {
      child.on('exit', (_code, signal) => {
        resolve(signal)
      })
    })
    let seen: string[] = []
    for (let i = 0; i < 2000 && seen.length === 0; i++) {
      seen = (await readdir(out)).filter((name) => name.endsWith('.tmp'))
      if (seen.length === 0) await new Promise((r) => setTimeout(r, 5))
    }
    expect(seen).toHaveLength(1)
    child.kill('SIGTERM')
    expect(await exited).toBe('SIGTERM')
    expect(await readdir(out)).toEqual([])
  }, 60_000)
})
