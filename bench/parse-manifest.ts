/**
 * Run by `npm run bench` in a fresh Node process, as the action meets its
 * manifest (nothing compiled or warmed up yet): reads the manifest file named
 * by the first argument, times `parseManifest` on it once, and prints
 * `{"parseMs": …, "items": …, "problems": …}`.
 */
import { readFileSync } from 'node:fs'
import { parseManifest } from '../src/core/gate/manifest.js'

const text = readFileSync(process.argv[2] ?? '', 'utf8')
const start = performance.now()
const { manifest, problems } = parseManifest(text)
const parseMs = performance.now() - start
process.stdout.write(
  `${JSON.stringify({
    parseMs,
    items: manifest.connections.length + manifest.variables.length,
    problems: problems.length
  })}\n`
)
