/**
 * The Astro CLI's legacy `--load --env` parser, as astro-cli reads a file
 * for `astro deployment variable create|update` (bufio.Scanner lines; `#`
 * comments only in the first column; split on the first `=`; strip all
 * leading/trailing `"`, then `'`, then whitespace; no escapes, no export,
 * no multi-line values; empty values and duplicate keys are errors).
 */
export interface AstroLoadResult {
  readonly variables: ReadonlyMap<string, string>
  readonly errors: readonly string[]
}

export function astroLoadParse(text: string): AstroLoadResult {
  const variables = new Map<string, string>()
  const errors: string[] = []
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  for (let raw of lines) {
    if (raw.endsWith('\r')) raw = raw.slice(0, -1)
    if (raw.length >= 64 * 1024) break
    if (raw === '' || raw.startsWith('#')) continue
    const eq = raw.indexOf('=')
    if (raw.trim() === '' || eq < 0) {
      errors.push(`improperly formatted line`)
      continue
    }
    const key = raw.slice(0, eq)
    const value = raw
      .slice(eq + 1)
      .replace(/^"+|"+$/g, '')
      .replace(/^'+|'+$/g, '')
      .trim()
    if (value === '') {
      errors.push(`empty value for ${key}`)
      continue
    }
    if (variables.has(key)) {
      errors.push(`duplicate key ${key}`)
      continue
    }
    variables.set(key, value)
  }
  return { variables, errors }
}
