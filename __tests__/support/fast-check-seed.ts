/**
 * Every property test runs with one fixed seed, so CI checks the same cases
 * each time; set FAST_CHECK_SEED to explore other seeds locally.
 */
import fc from 'fast-check'

const seed = Number(process.env.FAST_CHECK_SEED ?? 20261121)
fc.configureGlobal({ seed: Number.isSafeInteger(seed) ? seed : 20261121 })
