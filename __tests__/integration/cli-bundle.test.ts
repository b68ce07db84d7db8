// Builds the CLI bundle the way scripts/bundle.mjs does (into a temporary
// folder, so dist/ is untouched) and runs each command as a child process.
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyExampleProject, removeDir, tempDir } from './cli-helpers.js'

const run = promisify(execFile)
let out = ''
let home = ''
let project = ''
let bundle = ''

beforeAll(async () => {
  out = await tempDir('asg-bundle-')
  home = await tempDir('asg-home-')
  project = await copyExampleProject()
  await run(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      'src/cli.ts',
      '--out',
      out,
      '--target',
      'es2022',
      '--no-cache',
      '--quiet'
    ],
    { timeout: 170_000 }
  )
  bundle = join(out, 'index.js')
}, 180_000)

afterAll(async () => {
  await Promise.all([out, home, project].map(removeDir))
})

interface Result {
  code: number
  stdout: string
  stderr: string
}

const cli = async (args: string[], cwd: string): Promise<Result> => {
  try {
    const { stdout, stderr } = await run(process.execPath, [bundle, ...args], {
      cwd,
      timeout: 30_000,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: home,
        USER: 'builder',
        AWS_EC2_METADATA_DISABLED: 'true'
      }
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? ''
    }
  }
}

describe('the bundled CLI', () => {
  it('prints help and the version', async () => {
    const help = await cli(['--help'], project)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('init-local')
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
      version: string
    }
    expect((await cli(['--version'], project)).stdout).toBe(`${pkg.version}\n`)
  })

  it('exits 2 with one line for an unknown option', async () => {
    const result = await cli(['discover', '--nope'], project)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      "astro-secrets-gate discover: unknown option '--nope' for 'discover' (see 'astro-secrets-gate discover --help')\n"
    )
  })

  it('discovers the example DAGs', async () => {
    const result = await cli(['discover', 'dags', '--json'], project)
    expect(result.code).toBe(1)
    const parsed = JSON.parse(result.stdout) as { missing: { id: string }[] }
    expect(parsed.missing.map((m) => m.id)).toEqual(['orders_api'])
  })

  it('writes the local setup once, then reports it up to date', async () => {
    const dir = await tempDir('asg-init-')
    try {
      const first = await cli(
        ['init-local', '--os', 'linux', '--region', 'us-east-1'],
        dir
      )
      expect(first.code).toBe(0)
      const compose = await readFile(
        join(dir, 'docker-compose.override.yml'),
        'utf8'
      )
      // The host's .aws folder is the home folder's (HOME), not one
      // derived from the user name.
      expect(compose).toContain(
        `- ${join(home, '.aws')}:/usr/local/airflow/.aws:ro`
      )
      const env = await readFile(join(dir, '.env'), 'utf8')
      expect(env).toContain('AWS_CONFIG_FILE=/usr/local/airflow/.aws/config')
      const second = await cli(
        ['init-local', '--os', 'linux', '--region', 'us-east-1'],
        dir
      )
      expect(second.code).toBe(0)
      expect(second.stdout).toContain('Nothing to change.')
    } finally {
      await removeDir(dir)
    }
  })

  it.each([['check'], ['explain'], ['sync']])('registers %s', async (name) => {
    const result = await cli([name, '--help'], project)
    expect(result.stderr).not.toContain('unknown command')
    expect(result.stdout + result.stderr).toContain(name)
  })
})
