/**
 * The pure parts of `npm run bench`: options, statistics, the request
 * budget and the markdown table. No I/O here; bench/run.ts does that.
 */

export type Variant = 'action' | 'existence' | 'sequential'

export interface BenchOptions {
  /** Added latency per AWS request in ms. */
  readonly latencyMs: number
  /** Timed runs per size and variant (after one warm-up). */
  readonly runs: number
  /** Numbers of required secrets. */
  readonly sizes: readonly number[]
  /**
   * Sizes above this run the action alone: the sequential pattern would take
   * N × latency per run, and mode existence is measured up to it too.
   */
  readonly compareMax: number
  /** Print JSON instead of markdown. */
  readonly json: boolean
}

export const DEFAULT_OPTIONS: BenchOptions = {
  latencyMs: 20,
  runs: 5,
  sizes: [10, 100, 500, 1000, 10000],
  compareMax: 1000,
  json: false
}

/** Upper bounds that keep a run of the bench finite. */
export const LIMITS = { latencyMs: 1000, runs: 50, size: 20000, sizes: 10 }

function integer(flag: string, text: string | undefined, max: number): number {
  if (text === undefined || !/^\d+$/.test(text))
    throw new Error(`${flag} needs a whole number, got ${text || 'nothing'}.`)
  const value = Number(text)
  if (value > max) throw new Error(`${flag} is at most ${max}, got ${value}.`)
  return value
}

/** Parses `--latency 20 --runs 5 --sizes 10,100,1000 --json` (also `--x=y`). */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  let options: BenchOptions = DEFAULT_OPTIONS
  const words = args.flatMap((arg) =>
    /^--[a-z]+=/.test(arg)
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg]
  )
  for (let i = 0; i < words.length; i++) {
    const flag = words[i]
    switch (flag) {
      case '--json':
        options = { ...options, json: true }
        break
      case '--latency':
        options = {
          ...options,
          latencyMs: integer(flag, words[++i], LIMITS.latencyMs)
        }
        break
      case '--runs': {
        const runs = integer(flag, words[++i], LIMITS.runs)
        if (runs < 1) throw new Error('--runs is at least 1.')
        options = { ...options, runs }
        break
      }
      case '--compare-max':
        options = {
          ...options,
          compareMax: integer(flag, words[++i], LIMITS.size)
        }
        break
      case '--sizes': {
        const text = words[++i] ?? ''
        const sizes = text
          .split(',')
          .map((part) => integer(flag, part.trim(), LIMITS.size))
        if (sizes.length > LIMITS.sizes || sizes.some((n) => n < 1))
          throw new Error(
            `--sizes takes 1 to ${LIMITS.sizes} sizes of at least 1, got ${text}.`
          )
        options = { ...options, sizes }
        break
      }
      default:
        throw new Error(
          `Unknown option ${flag ?? ''}; use --latency MS, --runs N, --sizes 10,100,1000, --compare-max N, --json.`
        )
    }
  }
  return options
}

/** The median of a non-empty list (mean of the middle two when even). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2
}

export interface Summary {
  readonly median: number
  readonly min: number
  readonly max: number
}

export function summarise(values: readonly number[]): Summary {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values)
  }
}

/** Most AWS requests (STS included) the action may make for n secrets. */
export function requestBudget(n: number, batchSize = 20): number {
  return Math.ceil(n / batchSize) + 1
}

/** Requests that reach AWS: everything but the GitHub OIDC token request. */
export function awsRequests(counts: Readonly<Record<string, number>>): number {
  return Object.entries(counts)
    .filter(([operation]) => operation !== 'oidc')
    .reduce((sum, [, count]) => sum + count, 0)
}

const OPERATION_NAMES: Readonly<Record<string, string>> = {
  oidc: 'OIDC',
  AssumeRoleWithWebIdentity: 'STS',
  BatchGetSecretValue: 'BatchGet',
  GetSecretValue: 'Get',
  DescribeSecret: 'Describe',
  ListSecrets: 'List',
  other: 'other'
}

/** `OIDC 1, STS 1, BatchGet 50`: the non-zero counts, in a fixed order. */
export function formatCounts(counts: Readonly<Record<string, number>>): string {
  const parts = Object.keys(OPERATION_NAMES)
    .filter((op) => (counts[op] ?? 0) > 0)
    .map((op) => `${OPERATION_NAMES[op] ?? op} ${counts[op] ?? 0}`)
  return parts.length === 0 ? 'none' : parts.join(', ')
}

/** Milliseconds as `850 ms` below 10 s, else `12.3 s`. */
export function formatMs(ms: number): string {
  return ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}

/** Bytes as `1.52 MB` (10^6) or `45.2 kB`. */
export function formatBytes(bytes: number): string {
  return bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toFixed(2)} MB`
    : `${(bytes / 1000).toFixed(1)} kB`
}

export interface VariantResult {
  readonly variant: Variant
  /** Requests of one timed run, by operation (all runs make the same). */
  readonly counts: Readonly<Record<string, number>>
  /** Wall time from spawn to exit, per timed run (ms). */
  readonly wallMs: readonly number[]
  /**
   * Spawn to the first request the server saw, per timed run (ms): the
   * GitHub OIDC token request for the action, GetSecretValue for the
   * sequential pattern.
   */
  readonly firstRequestMs: readonly number[]
  /** The child's peak resident set size, per timed run (bytes). */
  readonly maxRssBytes: readonly number[]
}

export interface SizeResult {
  readonly n: number
  readonly action: VariantResult
  /** Measured up to `compareMax` only. */
  readonly sequential?: VariantResult
  /**
   * `parseManifest` on this size's manifest, once per fresh Node process,
   * per timed run (ms).
   */
  readonly parseMs?: readonly number[]
  /** The action in `mode: existence` (ListSecrets), when measured. */
  readonly existence?: VariantResult
}

const LABELS: Readonly<Record<Variant, string>> = {
  action: 'a: action (dist/index.js)',
  existence: 'a′: action, mode existence',
  sequential: 'b: sequential GetSecretValue'
}

/** Existence mode's median wall time over values mode's (a′/a). */
export function existenceRatio(result: SizeResult): number | null {
  return result.existence
    ? median(result.existence.wallMs) / median(result.action.wallMs)
    : null
}

/** b/a of the median wall times, as `31.2×`; null without b. */
export function speedup(result: SizeResult): number | null {
  return result.sequential
    ? median(result.sequential.wallMs) / median(result.action.wallMs)
    : null
}

const ratioText = (ratio: number | null): string =>
  ratio === null ? '–' : `${ratio.toFixed(1)}×`

/** The markdown table: one row per size and variant. */
export function renderTable(results: readonly SizeResult[]): string {
  const header = [
    '| N | run | requests | median | min–max | b/a | peak RSS | start → 1st request | manifest parse |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  const rows = results.flatMap((result) =>
    (['action', 'existence', 'sequential'] as const).flatMap((variant) => {
      const r = result[variant]
      if (!r) return []
      const wall = summarise(r.wallMs)
      const cells = [
        String(result.n),
        LABELS[variant],
        formatCounts(r.counts),
        formatMs(wall.median),
        `${formatMs(wall.min)}–${formatMs(wall.max)}`,
        variant === 'action'
          ? ratioText(speedup(result))
          : variant === 'existence'
            ? `a′/a ${(existenceRatio(result) ?? 0).toFixed(2)}×`
            : '',
        formatBytes(median(r.maxRssBytes)),
        formatMs(median(r.firstRequestMs)),
        variant === 'action' && result.parseMs && result.parseMs.length > 0
          ? formatMs(median(result.parseMs))
          : ''
      ]
      return `| ${cells.join(' | ')} |`
    })
  )
  return [...header, ...rows].join('\n')
}

export interface Target {
  readonly name: string
  readonly value: string
  readonly ok: boolean
}

export interface TargetLimits {
  /** The size the wall-time and b/a targets are checked at. */
  readonly speedupAt: number
  /** Least b/a there. */
  readonly speedup: number
  /** Most wall time of the action there (ms, spawn to exit). */
  readonly wallMs: number
  /** Most ms the action's first request may come after b's. */
  readonly firstRequestSlackMs: number
  /** The size the large-manifest targets are checked at. */
  readonly largeAt: number
  /** Most ms `parseManifest` may take there, in a fresh process. */
  readonly parseMs: number
  /** Most wall time of the action there (ms). */
  readonly largeWallMs: number
  /** The size the peak-RSS target is checked at. */
  readonly rssAt: number
  /** Most peak RSS of the action there (bytes). */
  readonly rssBytes: number
  /** Most bytes of dist/index.js. */
  readonly bundleBytes: number
  /** Most peak-RSS growth per secret, as a multiple of the baseline's. */
  readonly rssGrowth: number
  /** Most existence-mode wall time, as a multiple of values mode's. */
  readonly existenceRatio: number
}

export const TARGETS: TargetLimits = {
  speedupAt: 500,
  speedup: 35,
  wallMs: 350,
  firstRequestSlackMs: 25,
  largeAt: 10_000,
  parseMs: 200,
  largeWallMs: 1500,
  rssAt: 1000,
  rssBytes: 90_000_000,
  bundleBytes: 3_000_000,
  rssGrowth: 1.25,
  existenceRatio: 2
}

/**
 * Peak-RSS growth per extra secret between the smallest and largest size,
 * in bytes; null with fewer than two sizes.
 */
export function rssGrowthPerSecret(
  results: readonly SizeResult[],
  variant: Variant
): number | null {
  const sorted = [...results].sort((x, y) => x.n - y.n)
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  const a = first?.[variant]
  const b = last?.[variant]
  if (!first || !last || !a || !b || last.n === first.n) return null
  return (median(b.maxRssBytes) - median(a.maxRssBytes)) / (last.n - first.n)
}

/**
 * Each target of the issue with the measured value and whether it is met.
 * Targets at a size the run did not measure are left out. The first request
 * is the action's OIDC token request (its first network call) against the
 * sequential pattern's first GetSecretValue, at every size: at the same
 * size when b ran there, else against b's median over the sizes it ran.
 */
export function checkTargets(
  results: readonly SizeResult[],
  indexBytes: number,
  limits: TargetLimits = TARGETS
): Target[] {
  const targets: Target[] = []
  const bySize = [...results].sort((x, y) => x.n - y.n)
  const at = (n: number): SizeResult | undefined =>
    bySize.find((result) => result.n === n)
  const compared = at(limits.speedupAt)
  if (compared) {
    const wall = median(compared.action.wallMs)
    targets.push({
      name: `a at N = ${compared.n} ≤ ${formatMs(limits.wallMs)} (spawn to exit)`,
      value: formatMs(wall),
      ok: wall <= limits.wallMs
    })
    const ratio = speedup(compared)
    if (ratio !== null)
      targets.push({
        name: `b/a at N = ${compared.n} ≥ ${limits.speedup}×`,
        value: `${ratio.toFixed(1)}×`,
        ok: ratio >= limits.speedup
      })
  }
  const baselineStarts = bySize.flatMap((result) =>
    result.sequential ? [median(result.sequential.firstRequestMs)] : []
  )
  for (const result of bySize) {
    if (baselineStarts.length === 0) break
    const ours = median(result.action.firstRequestMs)
    const theirs = result.sequential
      ? median(result.sequential.firstRequestMs)
      : median(baselineStarts)
    const which = result.sequential ? "b's" : "b's median over sizes"
    targets.push({
      name: `start → 1st request at N = ${result.n} ≤ ${which} + ${formatMs(limits.firstRequestSlackMs)} (${formatMs(theirs)} + ${formatMs(limits.firstRequestSlackMs)})`,
      value: formatMs(ours),
      ok: ours <= theirs + limits.firstRequestSlackMs
    })
  }
  for (const result of bySize) {
    const used = awsRequests(result.action.counts)
    const budget = requestBudget(result.n)
    targets.push({
      name: `AWS requests at N = ${result.n} ≤ ceil(N/20) + 1 = ${budget}`,
      value: String(used),
      ok: used <= budget
    })
  }
  for (const result of bySize) {
    if (!result.existence) continue
    const used = awsRequests(result.existence.counts)
    const budget = requestBudget(result.n, 10)
    targets.push({
      name: `AWS requests in mode existence at N = ${result.n} ≤ ceil(N/10) + 1 = ${budget}`,
      value: String(used),
      ok: used <= budget
    })
  }
  const withExistence = bySize.filter((result) => result.existence)
  const largestExistence = withExistence[withExistence.length - 1]
  const ratio = largestExistence ? existenceRatio(largestExistence) : null
  if (largestExistence && ratio !== null)
    targets.push({
      name: `mode existence at N = ${largestExistence.n} within ${limits.existenceRatio}× of mode values (a′/a)`,
      value: `${ratio.toFixed(2)}×`,
      ok: ratio <= limits.existenceRatio
    })
  const large = at(limits.largeAt)
  if (large?.parseMs && large.parseMs.length > 0) {
    const parse = median(large.parseMs)
    targets.push({
      name: `manifest parse at N = ${large.n} ≤ ${formatMs(limits.parseMs)} (fresh process)`,
      value: formatMs(parse),
      ok: parse <= limits.parseMs
    })
  }
  if (large) {
    const wall = median(large.action.wallMs)
    targets.push({
      name: `a at N = ${large.n} ≤ ${formatMs(limits.largeWallMs)}`,
      value: formatMs(wall),
      ok: wall <= limits.largeWallMs
    })
  }
  const rss = at(limits.rssAt)
  if (rss) {
    const peak = median(rss.action.maxRssBytes)
    targets.push({
      name: `peak RSS of a at N = ${rss.n} ≤ ${formatBytes(limits.rssBytes)}`,
      value: formatBytes(peak),
      ok: peak <= limits.rssBytes
    })
  }
  targets.push({
    name: `dist/index.js < ${formatBytes(limits.bundleBytes)}`,
    value: formatBytes(indexBytes),
    ok: indexBytes < limits.bundleBytes
  })
  const ours = rssGrowthPerSecret(results, 'action')
  const theirs = rssGrowthPerSecret(results, 'sequential')
  if (ours !== null && theirs !== null)
    targets.push({
      name: `peak-RSS growth per secret ≤ ${limits.rssGrowth} × the sequential reader's (same secrets read)`,
      value: `${formatBytes(Math.max(0, ours))} vs ${formatBytes(Math.max(0, theirs))}`,
      ok: ours <= Math.max(0, theirs) * limits.rssGrowth
    })
  return targets
}

/** The targets as a markdown list with ✅/❌. */
export function renderTargets(targets: readonly Target[]): string {
  return targets
    .map((t) => `- ${t.ok ? '✅' : '❌'} ${t.name}: ${t.value}`)
    .join('\n')
}

export interface BundleSizes {
  /** dist/index.js alone. */
  readonly index: number
  /** The chunks ncc splits off dist/index.js (dist/*.index.js). */
  readonly indexChunks: number
  /** dist/cli.js plus dist/cli/. */
  readonly cli: number
}

export function renderSizes(sizes: BundleSizes): string {
  return [
    `- dist/index.js: ${formatBytes(sizes.index)} (+ ${formatBytes(sizes.indexChunks)} in lazily loaded chunks)`,
    `- dist/cli.js + dist/cli/: ${formatBytes(sizes.cli)}`
  ].join('\n')
}
