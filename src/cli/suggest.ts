/** "Did you mean ...?" for a mistyped command or option name. */

/**
 * The edit distance between `a` and `b`: inserts, deletes, replacements and
 * swaps of two neighbouring characters (`chekc` is one edit from `check`).
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    const previous = rows[i - 1] ?? []
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1)
      current.push(best)
    }
    rows.push(current)
  }
  return rows[a.length]?.[b.length] ?? 0
}

/**
 * The candidate closest to `typed`, if it is close enough to be a typo: at
 * most a third of the typed length in edits (at least 1, at most 3), or a
 * candidate that starts with what was typed. Ties go to the first listed.
 */
export function closest(
  typed: string,
  candidates: readonly string[]
): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(typed.length / 3)))
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(typed.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  if (best !== undefined && bestDistance <= limit) return best
  if (typed.length >= 3)
    return candidates.find((candidate) => candidate.startsWith(typed))
  return undefined
}

/** `; did you mean 'x'?` or nothing. */
export function didYouMean(
  typed: string,
  candidates: readonly string[],
  prefix = ''
): string {
  const match = closest(typed, candidates)
  return match === undefined ? '' : `; did you mean '${prefix}${match}'?`
}
