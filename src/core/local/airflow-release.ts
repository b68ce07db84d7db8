/**
 * Which Airflow release and Amazon provider an Astro project runs, read from
 * its Dockerfile (the final stage's Astro Runtime image) and requirements.txt
 * (the apache-airflow-providers-amazon pin). Pure: takes the files' text.
 */

/**
 * Astro Runtime tags with a known Airflow release (Astronomer's catalog and
 * release notes, as of 2026-12-04). Other tags fall back to the line rule.
 */
export const RUNTIME_AIRFLOW: Readonly<Record<string, string>> = {
  '3.3-8': '3.3.2',
  '3.3-2': '3.3.0',
  '3.3-1': '3.3.0',
  '3.2-10': '3.2.2',
  '3.2-2': '3.2.0',
  '3.2-1': '3.2.0',
  '3.1-21': '3.1.8',
  '3.1-8': '3.1.4',
  '3.0-18': '3.0.6',
  '3.0-17': '3.0.6',
  '13.11.0': '2.11.2',
  '13.10.0': '2.11.2',
  '13.5.0': '2.11.1',
  '13.0.0': '2.11.0',
  '12.12.0': '2.10.5',
  '12.0.0': '2.10.0',
  '11.8.0': '2.9.3',
  '11.0.0': '2.9.0'
}

/** Runtime 2 majors (dotted tags) and the Airflow minor each ships. */
const RUNTIME_LINES: Readonly<Record<number, string>> = {
  9: '2.7',
  10: '2.8',
  11: '2.9',
  12: '2.10',
  13: '2.11'
}

export interface Detected {
  /** An Airflow release as `airflow:` accepts it ("3.1.8", "2.10"). */
  readonly version: string
  /** Where it came from, in one line ("Dockerfile line 3: ..."). */
  readonly source: string
}

export interface ReleaseDetection {
  readonly airflow: Detected | null
  /** Why the Airflow release could not be told, when it could not. */
  readonly reason: string | null
  readonly provider: Detected | null
}

interface Instruction {
  readonly keyword: string
  readonly args: string
  readonly line: number
}

/** Dockerfile instructions: continuation lines joined, comments dropped. */
function instructions(text: string): Instruction[] {
  const lines = text.split(/\r?\n/)
  let escape = '\\'
  // Parser directives come first, before any comment or instruction.
  for (const line of lines) {
    const directive = /^#\s*([a-z]+)\s*=\s*(\S+)\s*$/i.exec(line)
    if (!directive) break
    if (directive[1]?.toLowerCase() === 'escape' && directive[2])
      escape = directive[2]
  }
  const out: Instruction[] = []
  let current = ''
  let start = 0
  lines.forEach((raw, index) => {
    const trimmed = raw.trim()
    if (current === '' && (trimmed === '' || trimmed.startsWith('#'))) return
    if (current !== '' && trimmed.startsWith('#')) return
    if (current === '') start = index + 1
    if (trimmed.endsWith(escape)) {
      current += `${trimmed.slice(0, -escape.length)} `
      return
    }
    current += trimmed
    const match = /^(\S+)\s*(.*)$/s.exec(current)
    if (match)
      out.push({
        keyword: (match[1] ?? '').toUpperCase(),
        args: match[2] ?? '',
        line: start
      })
    current = ''
  })
  return out
}

const unquote = (text: string): string =>
  /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text

/** `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+word}` from the global ARGs. */
function expand(
  text: string,
  args: ReadonlyMap<string, string | null>
): { readonly text: string; readonly unset: string | null } {
  let unset: string | null = null
  const value = (name: string): string | null => args.get(name) ?? null
  const out = text.replace(
    /\$(?:\{([A-Za-z_]\w*)(?::([-+])([^}]*))?\}|([A-Za-z_]\w*))/g,
    (_all, braced?: string, op?: string, word?: string, bare?: string) => {
      const name = braced ?? bare ?? ''
      const current = value(name)
      if (op === '-') return current ? current : (word ?? '')
      if (op === '+') return current ? (word ?? '') : ''
      if (current === null) unset ??= name
      return current ?? ''
    }
  )
  return { text: out, unset }
}

interface FromLine {
  readonly image: string
  readonly alias: string | null
  readonly line: number
  readonly unset: string | null
}

/** The external image the final stage builds on, following `FROM <stage>`. */
function finalImage(text: string): FromLine | { readonly reason: string } {
  const globals = new Map<string, string | null>()
  const stages: FromLine[] = []
  for (const item of instructions(text)) {
    if (item.keyword === 'ARG' && stages.length === 0) {
      for (const part of item.args.split(/\s+/).filter(Boolean)) {
        const eq = part.indexOf('=')
        if (eq < 0) globals.set(part, globals.get(part) ?? null)
        else globals.set(part.slice(0, eq), unquote(part.slice(eq + 1)))
      }
    }
    if (item.keyword !== 'FROM') continue
    const words = item.args.split(/\s+/).filter((w) => !w.startsWith('--'))
    const { text: image, unset } = expand(words[0] ?? '', globals)
    const alias =
      words[1]?.toUpperCase() === 'AS' ? (words[2] ?? '').toLowerCase() : null
    stages.push({ image, alias, line: item.line, unset })
  }
  const last = stages[stages.length - 1]
  if (!last) return { reason: 'the Dockerfile has no FROM line' }
  // `FROM base` names an earlier stage: follow it to an external image.
  let stage: FromLine = last
  for (let hops = 0; hops < stages.length; hops++) {
    const name = stage.image.toLowerCase()
    const index = stages.indexOf(stage)
    const earlier: FromLine | undefined = stages
      .slice(0, index)
      .reverse()
      .find((item) => item.alias === name)
    if (!earlier) break
    stage = earlier
  }
  return stage
}

/** Splits `host/path:tag@sha256:...` into its tag and digest. */
function tagOf(image: string): {
  readonly repository: string
  readonly tag: string | null
  readonly digest: boolean
} {
  const at = image.indexOf('@')
  const digest = at >= 0
  const name = digest ? image.slice(0, at) : image
  const slash = name.lastIndexOf('/')
  const colon = name.lastIndexOf(':')
  return colon > slash
    ? { repository: name.slice(0, colon), tag: name.slice(colon + 1), digest }
    : { repository: name, tag: null, digest }
}

const TAG =
  /^(?:(?<v3>(?<af>\d+\.\d+)-(?<build>\d+))|(?<v2>\d+\.\d+\.\d+)|(?<series>\d+\.\d+))(?<variants>(?:-python-\d+\.\d+|-slim|-base|-ubi\d*|-(?:alpha|beta|rc)\d*)*)$/

/** The Airflow release of one Astro Runtime tag (variants stripped). */
export function runtimeAirflow(
  tag: string
): { readonly runtime: string; readonly airflow: string } | null {
  const match = TAG.exec(tag)
  const groups = match?.groups
  if (!groups) return null
  if (groups.v3 !== undefined && groups.af !== undefined)
    return {
      runtime: groups.v3,
      airflow: RUNTIME_AIRFLOW[groups.v3] ?? groups.af
    }
  if (groups.series !== undefined)
    return { runtime: groups.series, airflow: groups.series }
  const runtime = groups.v2 ?? ''
  const exact = RUNTIME_AIRFLOW[runtime]
  if (exact) return { runtime, airflow: exact }
  const line = RUNTIME_LINES[Number(runtime.split('.')[0])]
  return line ? { runtime, airflow: line } : null
}

const SET_AIRFLOW =
  'set airflow: in the manifest (for example airflow: "3.1.6") or the airflow-version input'

/** The Airflow release the project's Dockerfile names, or why not. */
function fromDockerfile(
  dockerfile: string | null
): { readonly found: Detected } | { readonly reason: string } {
  if (dockerfile === null)
    return { reason: `there is no Dockerfile to read it from; ${SET_AIRFLOW}` }
  const stage = finalImage(dockerfile)
  if ('reason' in stage) return { reason: `${stage.reason}; ${SET_AIRFLOW}` }
  if (stage.unset !== null)
    return {
      reason: `the Dockerfile's FROM (line ${stage.line}) uses ARG ${stage.unset}, which has no default; ${SET_AIRFLOW}`
    }
  const { repository, tag, digest } = tagOf(stage.image)
  if (tag === null)
    return {
      reason: `the Dockerfile's final image (line ${stage.line}) has no tag${digest ? ', only a digest' : ''}, so its Airflow release is unknown; ${SET_AIRFLOW}`
    }
  const runtime = /(?:^|\/)(?:astro-)?runtime$/.test(repository)
    ? runtimeAirflow(tag)
    : null
  if (!runtime)
    return {
      reason: `the Dockerfile's final image (line ${stage.line}) is not an Astro Runtime image with a known tag; ${SET_AIRFLOW}`
    }
  const exact = /^\d+\.\d+\.\d+$/.test(runtime.airflow)
  return {
    found: {
      version: runtime.airflow,
      source: `Dockerfile line ${stage.line}: Astro Runtime ${runtime.runtime}${exact ? '' : ', Airflow patch not known, so every patch is checked'}${digest ? ' (digest not verified)' : ''}`
    }
  }
}

/** The exact apache-airflow-providers-amazon pin in requirements.txt. */
function fromRequirements(requirements: string | null): Detected | null {
  if (requirements === null) return null
  const lines = requirements.split(/\r?\n/)
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\s+#.*$/, '').trim()
    const match =
      /^apache[-_.]airflow[-_.]providers[-_.]amazon(?:\[[^\]]*\])?\s*==\s*(\d+(?:\.\d+){0,2})\s*(?:;.*)?$/i.exec(
        line
      )
    if (match?.[1])
      return {
        version: match[1],
        source: `requirements.txt line ${index + 1}`
      }
  }
  return null
}

/**
 * The Airflow release (final stage `FROM`, global ARGs expanded, digest and
 * `-python-X.Y`/`-slim`/`-base` variants stripped, the Runtime tag mapped
 * to its Airflow release) and the Amazon provider pin of an Astro project.
 */
export function detectAirflowRelease(
  dockerfile: string | null,
  requirements: string | null
): ReleaseDetection {
  const airflow = fromDockerfile(dockerfile)
  return {
    airflow: 'found' in airflow ? airflow.found : null,
    reason: 'reason' in airflow ? airflow.reason : null,
    provider: fromRequirements(requirements)
  }
}
