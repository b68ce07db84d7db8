// Builds the committed bundles from src/ with ncc:
//   dist/index.js      the GitHub Action (action.yml runs it)
//   dist/cli/index.js  the astro-secrets-gate command (dist/cli.js is its bin shim)
//   dist/sync/index.js the sync sub-action (sync/action.yml runs it)
// dist/ is deleted first because ncc leaves stale files behind.
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync, writeFileSync } from 'node:fs'
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
      '--target',
      'es2022',
      '--no-cache',
      '--quiet'
    ],
    { stdio: 'inherit' }
  )
}

rmSync('dist', { recursive: true, force: true })
build('src/index.ts', 'dist')
build('src/cli.ts', 'dist/cli')
build('src/sync-action.ts', 'dist/sync')
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './cli/index.js'\n")
chmodSync('dist/cli.js', 0o755)

// A complete licence report for each bundle (see licenses.mjs).
const licences = renderLicences(productionLicences())
for (const out of ['dist', 'dist/cli', 'dist/sync'])
  writeFileSync(`${out}/licenses.txt`, licences)
