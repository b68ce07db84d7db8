// Stages the npm package `astro-secrets-gate` (the CLI) from the committed
// bundle: `node scripts/pack-cli.mjs [--out DIR]` (default build/npm), then
// `npm pack DIR` or `npm publish DIR --provenance`.
//
// The package holds dist/cli.js (the bin), the dist/cli/ bundle with its
// licence report, README.md, CHANGELOG.md and LICENSE. It declares no
// dependencies: the bundle already contains them, so `npx astro-secrets-gate`
// downloads one small tarball and runs no install script. The repository's
// own package.json stays private (it holds the build and test tooling).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The fields of the root package.json the published package keeps. */
const KEPT = [
  'name',
  'version',
  'description',
  'keywords',
  'license',
  'homepage',
  'bugs',
  'repository',
  'engines',
  'type',
  'bin'
]

/**
 * The published package.json, derived from the repository's.
 * @param {Record<string, unknown>} root
 */
export function publishedManifest(root) {
  /** @type {Record<string, unknown>} */
  const out = {}
  for (const key of KEPT) if (root[key] !== undefined) out[key] = root[key]
  out.files = ['dist/cli.js', 'dist/cli/', 'CHANGELOG.md']
  out.publishConfig = { access: 'public', provenance: true }
  return out
}

/**
 * Writes the package folder and returns its path.
 * @param {string} out
 * @param {string} [root]
 */
export function stage(out, root = process.cwd()) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  rmSync(out, { recursive: true, force: true })
  mkdirSync(join(out, 'dist'), { recursive: true })
  cpSync(join(root, 'dist/cli.js'), join(out, 'dist/cli.js'))
  cpSync(join(root, 'dist/cli'), join(out, 'dist/cli'), { recursive: true })
  for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE'])
    cpSync(join(root, file), join(out, file))
  writeFileSync(
    join(out, 'package.json'),
    `${JSON.stringify(publishedManifest(pkg), null, 2)}\n`
  )
  return out
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--out')
  const out = i === -1 ? 'build/npm' : process.argv[i + 1]
  if (out === undefined || out.startsWith('--')) {
    process.stderr.write('usage: node scripts/pack-cli.mjs [--out DIR]\n')
    process.exitCode = 2
  } else process.stdout.write(`${stage(out)}\n`)
}
