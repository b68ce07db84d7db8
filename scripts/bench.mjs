// `npm run bench [-- --latency 20 --runs 5 --sizes 10,100,1000 --json]`:
// compiles bench/run.ts (and the test server it imports) with tsc, bundles
// the sequential baseline with ncc as the peer ships its action, then runs
// the benchmark in this process. Output goes to .cache/bench (git-ignored).
// Benchmarks the committed dist/index.js; run `npm run bundle` first to
// measure local changes to src/.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const out = '.cache/bench'
rmSync(out, { recursive: true, force: true })
execFileSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-p', 'bench/tsconfig.build.json'],
  { stdio: 'inherit' }
)
execFileSync(
  process.execPath,
  [
    'node_modules/@vercel/ncc/dist/ncc/cli.js',
    'build',
    'bench/sequential-baseline.mjs',
    '--out',
    `${out}/baseline`,
    '--target',
    'es2022',
    '--no-cache',
    '--quiet'
  ],
  { stdio: 'inherit' }
)
await import(pathToFileURL(resolve(out, 'js/bench/run.js')).href)
