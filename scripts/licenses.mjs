// Writes the licence report of the bundles: every production dependency,
// transitively (a superset of what ncc bundles), with its declared licence
// and licence text. ncc's own --license output misses packages whose licence
// file is not named exactly LICENSE (e.g. @actions/core's LICENSE.md) and
// modules reached through lazily loaded chunks.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The folder of `name` as Node would resolve it from `from`. */
function locate(name, from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dirname(dir) === dir) return null
  }
}

function licenceText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f))
  return file ? readFileSync(join(dir, file), 'utf8').trim() : ''
}

/** `{ name, version, license, text }` for every production dependency. */
export function productionLicences(root = process.cwd()) {
  const seen = new Map()
  const rootPackage = JSON.parse(readFileSync(join(root, 'package.json')))
  const queue = Object.keys(rootPackage.dependencies ?? {}).map((name) => [
    name,
    root
  ])
  while (queue.length > 0) {
    const [name, from] = queue.shift()
    const dir = locate(name, from)
    if (dir === null || seen.has(dir)) continue
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json')))
    seen.set(dir, {
      name: pkg.name,
      version: pkg.version,
      license:
        typeof pkg.license === 'string'
          ? pkg.license
          : (pkg.license?.type ?? 'UNKNOWN'),
      text: licenceText(dir)
    })
    for (const dep of Object.keys({
      ...pkg.dependencies,
      ...pkg.optionalDependencies
    }))
      queue.push([dep, dir])
  }
  const byName = new Map()
  for (const entry of seen.values())
    byName.set(`${entry.name}@${entry.version}`, entry)
  return [...byName.values()].sort((a, b) =>
    a.name === b.name
      ? a.version.localeCompare(b.version)
      : a.name.localeCompare(b.name)
  )
}

/** The report in ncc's layout: name, licence, text, blank line. */
export function renderLicences(entries) {
  // Licence files come with either line ending; the report always uses LF so
  // that a fresh bundle is byte-identical on every platform.
  return entries
    .map((e) => `${e.name}\n${e.license}\n${e.text}\n`)
    .join('\n')
    .replace(/\r\n?/g, '\n')
}
