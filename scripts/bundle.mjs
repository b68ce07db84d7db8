// Builds the committed bundles from src/ with ncc:
//   dist/index.js      the GitHub Action (action.yml runs it)
//   dist/cli/index.js  the astro-secrets-gate command (dist/cli.js is its bin shim)
//   dist/sync/index.js the sync sub-action (sync/action.yml runs it)
// Minified (-m): Node parses and compiles less at every start-up, which is
// most of a run's CPU time. ncc minifies only the entry file, so the chunks
// it splits off (the action itself, yaml, the AWS SDK, Octokit: loaded with
// `await import`) are minified here with terser, as ncc minifies the entry
// (names of classes and functions kept). dist/ is deleted first because ncc leaves stale
// files behind. dist/cli.js turns on Node's compile cache (Node 22.1+) before
// loading the CLI: V8 keeps compiled code keyed by each file's contents in
// the user's cache directory, so a later run skips compiling what did not
// change; the action, on a fresh runner each job, does not use it.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { minify } from 'terser'
import { productionLicences, renderLicences } from './licenses.mjs'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
/** @type {(entry: string, out: string) => void} */
const build = (entry, out) => {
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      entry,
      '--out',
      out,
      '--license',
      'licenses.txt',
      '--minify',
      '--target',
      'es2022',
      '--no-cache',
      '--quiet'
    ],
    { stdio: 'inherit' }
  )
}

/**
 * Minifies the chunks (`<id>.index.js`) ncc wrote to `out`, and writes
 * the code of every file, the entry included, in ASCII only (other
 * characters as `\u` escapes): V8 keeps a file with one non-ASCII
 * character as UTF-16 (twice the memory) and scans it more slowly. Licence
 * comments keep their text (one in the Octokit chunk and the sync entry).
 */
const minifyChunks = async (out) => {
  for (const name of readdirSync(out).filter((f) =>
    /^(?:\d+\.)?index\.js$/.test(f)
  )) {
    const path = `${out}/${name}`
    const chunk = name !== 'index.js'
    const result = await minify(readFileSync(path, 'utf8'), {
      module: true,
      compress: false,
      mangle: chunk ? { keep_classnames: true, keep_fnames: true } : false,
      format: { ascii_only: true }
    })
    if (result.code === undefined)
      throw new Error(`terser: nothing for ${path}`)
    writeFileSync(path, result.code)
  }
}

rmSync('dist', { recursive: true, force: true })
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/cli.ts', 'dist/cli'],
  ['src/sync-action.ts', 'dist/sync']
]) {
  build(entry, out)
  await minifyChunks(out)
}
writeFileSync(
  'dist/cli.js',
  [
    '#!/usr/bin/env node',
    "import module from 'node:module'",
    'module.enableCompileCache?.()',
    "await import('./cli/index.js')",
    ''
  ].join('\n')
)
chmodSync('dist/cli.js', 0o755)

// A complete licence report for each bundle (see licenses.mjs).
const licences = renderLicences(productionLicences())
for (const out of ['dist', 'dist/cli', 'dist/sync'])
  writeFileSync(`${out}/licenses.txt`, licences)
