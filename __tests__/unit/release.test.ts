/**
 * The release checks (scripts/release.mjs) and the release workflow that
 * runs them: which tags release, which CHANGELOG section becomes the notes,
 * when the major tag moves, and that the workflow verifies before it
 * publishes.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import {
  changelogSection,
  movesMajor,
  parseTag,
  releaseProblems
  // @ts-expect-error -- a plain JS script without type declarations
} from '../../scripts/release.mjs'

type Parsed = {
  version: string
  major: string
  prerelease: boolean
  npmTag: string
} | null
const tagOf = parseTag as (tag: string) => Parsed
const section = changelogSection as (c: string, v: string) => string | null
const problems = releaseProblems as (
  tag: string,
  files: { packageJson: string; versionTs: string; changelog: string }
) => string[]
const moves = movesMajor as (tag: string, tags: string[]) => boolean

const CHANGELOG = `# Changelog

## Unreleased

- Something not released yet.

## 1.2.0 - 2027-02-01

- A feature.
- A fix.

## [1.1.0](https://example.test/compare/v1.0.0...v1.1.0)

- Older.

## 1.0.0

`

const files = (
  version: string,
  changelog = CHANGELOG
): { packageJson: string; versionTs: string; changelog: string } => ({
  packageJson: JSON.stringify({ name: 'astro-secrets-gate', version }),
  versionTs: `export const VERSION = '${version}'\n`,
  changelog
})

describe('parseTag', () => {
  it.each([
    [
      'v1.2.3',
      { version: '1.2.3', major: 'v1', prerelease: false, npmTag: 'latest' }
    ],
    [
      'v0.1.0',
      { version: '0.1.0', major: 'v0', prerelease: false, npmTag: 'latest' }
    ],
    [
      'v2.0.0-rc.1',
      { version: '2.0.0-rc.1', major: 'v2', prerelease: true, npmTag: 'next' }
    ],
    [
      'v10.20.30',
      { version: '10.20.30', major: 'v10', prerelease: false, npmTag: 'latest' }
    ]
  ])('%s is a release tag', (tag, expected) => {
    expect(tagOf(tag)).toEqual(expected)
  })

  it.each([
    'v1',
    'v1.2',
    '1.2.3',
    'v01.2.3',
    'v1.2.3.4',
    'v1.2.3-',
    'release-1',
    'v1.2.3 '
  ])('%j is not', (tag) => {
    expect(tagOf(tag)).toBeNull()
  })
})

describe('changelogSection', () => {
  it('takes the section under a plain, dated or linked heading', () => {
    expect(section(CHANGELOG, '1.2.0')).toBe('- A feature.\n- A fix.')
    expect(section(CHANGELOG, '1.1.0')).toBe('- Older.')
  })

  it('is null without a section, empty for an empty one', () => {
    expect(section(CHANGELOG, '1.3.0')).toBeNull()
    expect(section(CHANGELOG, '1.0.0')).toBe('')
  })

  it('does not take 1.2.0 for 1.2.0-rc.1 or 1.2.00', () => {
    expect(section(CHANGELOG, '1.2.0-rc.1')).toBeNull()
    expect(section('## 1.2.00\n\n- x\n', '1.2.0')).toBeNull()
  })

  it('reads CRLF files', () => {
    expect(section('## 1.0.1\r\n\r\n- a\r\n## 1.0.0\r\n- b\r\n', '1.0.1')).toBe(
      '- a'
    )
  })
})

describe('releaseProblems', () => {
  it('accepts a tag that package.json, version.ts and the changelog agree on', () => {
    expect(problems('v1.2.0', files('1.2.0'))).toEqual([])
  })

  it('names each file that disagrees, with the fix', () => {
    const found = problems('v1.3.0', files('1.2.0'))
    expect(found).toHaveLength(3)
    expect(found[0]).toMatch(
      /^package\.json says version 1\.2\.0.*"version": "1\.3\.0"/
    )
    expect(found[1]).toMatch(
      /^src\/version\.ts says 1\.2\.0.*VERSION = '1\.3\.0'/
    )
    expect(found[2]).toMatch(/^CHANGELOG\.md has no "## 1\.3\.0" section/)
  })

  it('refuses an empty section and a malformed tag', () => {
    expect(problems('v1.0.0', files('1.0.0'))).toEqual([
      'CHANGELOG.md\'s "## 1.0.0" section is empty.'
    ])
    expect(problems('1.0.0', files('1.0.0'))[0]).toMatch(/is not a release tag/)
  })

  it('agrees with the repository: the committed version has a version.ts twin', () => {
    const packageJson = readFileSync('package.json', 'utf8')
    const { version } = JSON.parse(packageJson) as { version: string }
    const found = problems(`v${version}`, {
      packageJson,
      versionTs: readFileSync('src/version.ts', 'utf8'),
      changelog: `## ${version}\n\n- notes\n`
    })
    expect(found).toEqual([])
  })
})

describe('movesMajor', () => {
  const tags = ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.2.1', 'v2.0.0-rc.1', 'v0.9.0']

  it('moves for the newest final release of its major', () => {
    expect(moves('v1.2.2', [...tags, 'v1.2.2'])).toBe(true)
    expect(moves('v1.3.0', [...tags, 'v1.3.0'])).toBe(true)
    expect(moves('v2.0.0', [...tags, 'v2.0.0'])).toBe(true)
  })

  it('does not move for a patch to an older line or a pre-release', () => {
    expect(moves('v1.1.1', [...tags, 'v1.1.1'])).toBe(false)
    expect(moves('v2.0.0-rc.2', [...tags, 'v2.0.0-rc.2'])).toBe(false)
  })

  it('ignores pre-releases and other majors when comparing', () => {
    expect(moves('v1.2.2', ['v1.2.2', 'v1.3.0-rc.1', 'v3.0.0'])).toBe(true)
  })
})

describe('release workflow', () => {
  type Job = {
    needs?: string | string[]
    if?: string
    permissions?: Record<string, string>
    steps: { run?: string; if?: string; uses?: string }[]
  }
  const workflow = parse(
    readFileSync('.github/workflows/release.yml', 'utf8')
  ) as { on: { push: { tags: string[] } }; jobs: Record<string, Job> }
  const job = (name: string): Job => {
    const found = workflow.jobs[name]
    if (found === undefined) throw new Error(`release.yml has no job ${name}`)
    return found
  }
  const verify = job('verify')
  const npm = job('npm')
  const github = job('github')

  it('releases only on tags parseTag accepts', () => {
    const patterns = workflow.on.push.tags
    expect(patterns).toEqual([
      'v[0-9]+.[0-9]+.[0-9]+',
      'v[0-9]+.[0-9]+.[0-9]+-*'
    ])
  })

  it('verifies the tag, CI and the package before anything is published', () => {
    const runs = verify.steps.map((s) => s.run ?? '').join('\n')
    expect(runs).toContain('node scripts/release.mjs check "$TAG"')
    expect(runs).toContain('bash .ci/run')
    expect(runs).toContain(
      'git merge-base --is-ancestor "$GITHUB_SHA" origin/main'
    )
    expect(runs).toContain('npm pack ./build/npm')
    expect(verify.permissions).toEqual({ contents: 'read' })
    expect(npm.needs).toBe('verify')
    expect(github.needs).toEqual(['verify', 'npm'])
  })

  it('publishes with provenance and moves the major tag only when told', () => {
    const publish = npm.steps.map((s) => s.run ?? '').join('\n')
    expect(publish).toContain('npm publish ./build/npm --provenance')
    expect(npm.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
    const move = github.steps.find((s) => s.run?.includes('git/refs'))
    expect(move?.if).toBe("needs.verify.outputs.move-major == 'true'")
    const create = github.steps.find((s) =>
      s.run?.includes('gh release create')
    )
    expect(create?.run).toContain('node scripts/release.mjs notes "$TAG"')
  })
})
