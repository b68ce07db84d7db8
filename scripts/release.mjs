// The checks and notes of a release, used by .github/workflows/release.yml:
//
//   node scripts/release.mjs check v1.2.3      verify the tag against
//     package.json, src/version.ts and CHANGELOG.md; print `version=`,
//     `major=`, `prerelease=`, `npm-tag=` and `move-major=` lines (for
//     $GITHUB_OUTPUT); the repository's tags come from `git tag`
//   node scripts/release.mjs notes v1.2.3      print the CHANGELOG section
//
// A release is a `vMAJOR.MINOR.PATCH` tag (optionally `-pre.N`) whose
// version is the one in package.json and src/version.ts and which has its own
// `## MAJOR.MINOR.PATCH` section in CHANGELOG.md. Exit 1 with one line
// naming what disagrees.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/

/**
 * The parts of a release tag, or null when it is not one.
 * @param {string} tag
 */
export function parseTag(tag) {
  const m = TAG.exec(tag)
  if (m === null) return null
  const [, major, minor, patch, pre] = m
  const version = `${major}.${minor}.${patch}${pre === undefined ? '' : `-${pre}`}`
  return {
    version,
    major: `v${major}`,
    prerelease: pre !== undefined,
    // npm installs `latest` by default: a pre-release must not become it.
    npmTag: pre === undefined ? 'latest' : 'next'
  }
}

/**
 * Whether releasing `tag` moves its major tag (`v1`): only a final release
 * that is the highest final release of its major among `tags`, so a patch
 * to an older minor line (v1.2.5 after v1.3.0) or a pre-release never moves
 * `v1` backwards or onto untested code.
 * @param {string} tag
 * @param {readonly string[]} tags
 */
export function movesMajor(tag, tags) {
  const release = parseTag(tag)
  if (release === null || release.prerelease) return false
  const key = (/** @type {string} */ t) => {
    const m = TAG.exec(t)
    return m === null || m[4] !== undefined ? null : m.slice(1, 4).map(Number)
  }
  const mine = /** @type {number[]} */ (key(tag))
  return tags.every((other) => {
    const theirs = key(other)
    if (theirs === null || theirs[0] !== mine[0]) return true
    for (let i = 1; i < 3; i++)
      if (theirs[i] !== mine[i])
        return (
          /** @type {number} */ (theirs[i]) < /** @type {number} */ (mine[i])
        )
    return true
  })
}

/**
 * The body of the `## <version>` section of a changelog (up to the next
 * `## ` heading), trimmed; null when there is no such section. The heading
 * may carry a date or a link: `## 1.2.3 - 2027-01-05`, `## [1.2.3](...)`.
 * @param {string} changelog
 * @param {string} version
 */
export function changelogSection(changelog, version) {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n')
  const escaped = version.replace(/[.+]/g, '\\$&')
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(?=$|[\\s(])`)
  const start = lines.findIndex((line) => heading.test(line))
  if (start === -1) return null
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line))
  if (end === -1) end = lines.length
  return lines
    .slice(start + 1, end)
    .join('\n')
    .trim()
}

/**
 * Every reason the tag cannot be released from these files; empty when it
 * can.
 * @param {string} tag
 * @param {{ packageJson: string, versionTs: string, changelog: string }} files
 */
export function releaseProblems(tag, files) {
  const parsed = parseTag(tag)
  if (parsed === null)
    return [
      `${JSON.stringify(tag)} is not a release tag: use vMAJOR.MINOR.PATCH, e.g. v1.2.3 (or v1.2.3-rc.1).`
    ]
  const problems = []
  const pkgVersion = JSON.parse(files.packageJson).version
  if (pkgVersion !== parsed.version)
    problems.push(
      `package.json says version ${pkgVersion}, the tag ${tag}: set "version": "${parsed.version}".`
    )
  const tsVersion = /VERSION = '([^']*)'/.exec(files.versionTs)?.[1]
  if (tsVersion !== parsed.version)
    problems.push(
      `src/version.ts says ${tsVersion ?? 'nothing'}, the tag ${tag}: set VERSION = '${parsed.version}'.`
    )
  const notes = changelogSection(files.changelog, parsed.version)
  if (notes === null)
    problems.push(
      `CHANGELOG.md has no "## ${parsed.version}" section: move the Unreleased notes under it.`
    )
  else if (notes === '')
    problems.push(`CHANGELOG.md's "## ${parsed.version}" section is empty.`)
  return problems
}

function readFiles() {
  return {
    packageJson: readFileSync('package.json', 'utf8'),
    versionTs: readFileSync('src/version.ts', 'utf8'),
    changelog: readFileSync('CHANGELOG.md', 'utf8')
  }
}

/** The repository's tags (the tag being released among them). */
function gitTags() {
  return execFileSync('git', ['tag', '--list', 'v*'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '')
}

/** @param {string[]} argv */
function main(argv) {
  const [command, tag] = argv
  if ((command !== 'check' && command !== 'notes') || tag === undefined) {
    process.stderr.write('usage: node scripts/release.mjs check|notes vX.Y.Z\n')
    return 2
  }
  const files = readFiles()
  const problems = releaseProblems(tag, files)
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`${problem}\n`)
    return 1
  }
  const parsed = /** @type {NonNullable<ReturnType<typeof parseTag>>} */ (
    parseTag(tag)
  )
  if (command === 'notes')
    process.stdout.write(
      `${changelogSection(files.changelog, parsed.version)}\n`
    )
  else
    process.stdout.write(
      [
        `version=${parsed.version}`,
        `major=${parsed.major}`,
        `prerelease=${parsed.prerelease}`,
        `npm-tag=${parsed.npmTag}`,
        `move-major=${movesMajor(tag, gitTags())}`
      ].join('\n') + '\n'
    )
  return 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2))
