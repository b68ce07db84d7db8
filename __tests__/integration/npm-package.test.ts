/**
 * The npm package `astro-secrets-gate` as a user gets it: staged by
 * scripts/pack-cli.mjs from the committed bundle, packed by `npm pack`,
 * installed from the tarball into an empty project (offline: it has no
 * dependencies) and run through its `bin`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
// @ts-expect-error -- a plain JS script without type declarations
import { stage } from '../../scripts/pack-cli.mjs'

const run = promisify(execFile)
const root = process.cwd()
const version = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
).version

let work: string
let tarball: string
let files: { path: string; size: number }[]

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'asg-npm-'))
  const staged = (stage as (out: string, root: string) => string)(
    join(work, 'package'),
    root
  )
  const { stdout } = await run(
    'npm',
    ['pack', staged, '--json', '--pack-destination', work],
    { cwd: work, timeout: 60_000 }
  )
  const [packed] = JSON.parse(stdout) as [
    { filename: string; files: { path: string; size: number }[] }
  ]
  tarball = join(work, packed.filename)
  files = packed.files
  const project = join(work, 'project')
  await run('mkdir', ['-p', project])
  writeFileSync(join(project, 'package.json'), '{"private":true}\n')
  await run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', tarball],
    { cwd: project, timeout: 60_000 }
  )
}, 120_000)

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

const bin = (): string =>
  join(work, 'project', 'node_modules', '.bin', 'astro-secrets-gate')

describe('the npm package', () => {
  it('holds the CLI bundle, its licences and the docs, nothing else', () => {
    const paths = files.map((f) => f.path).sort()
    expect(paths).toContain('dist/cli.js')
    expect(paths).toContain('dist/cli/index.js')
    expect(paths).toContain('dist/cli/licenses.txt')
    expect(paths).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'CHANGELOG.md',
        'package.json'
      ])
    )
    for (const path of paths)
      expect(path).toMatch(
        /^(dist\/cli\.js|dist\/cli\/[\w.-]+|LICENSE|README\.md|CHANGELOG\.md|package\.json)$/
      )
    const bytes = files.reduce((sum, f) => sum + f.size, 0)
    expect(bytes).toBeLessThan(5 * 1024 * 1024)
  })

  it('declares no dependency and publishes with provenance', () => {
    const manifest = JSON.parse(
      readFileSync(join(work, 'package', 'package.json'), 'utf8')
    ) as Record<string, unknown>
    expect(manifest.name).toBe('astro-secrets-gate')
    expect(manifest.version).toBe(version)
    expect(manifest.bin).toEqual({ 'astro-secrets-gate': 'dist/cli.js' })
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.scripts).toBeUndefined()
    expect(manifest.private).toBeUndefined()
    expect(manifest.publishConfig).toEqual({
      access: 'public',
      provenance: true
    })
    const rootManifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
      repository: unknown
    }
    expect(manifest.repository).toEqual(rootManifest.repository)
  })

  it('runs from the installed bin', async () => {
    const { stdout } = await run(bin(), ['--version'], { timeout: 30_000 })
    expect(stdout.trim()).toBe(version)
    const example = resolve(root, 'examples/astro-project')
    const check = await run(
      bin(),
      [
        'check',
        '--source',
        'local',
        '--project',
        example,
        '--fail-on',
        'never'
      ],
      { timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } }
    )
    expect(check.stdout).toMatch(/checked/)
  })
})
