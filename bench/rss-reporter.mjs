// Loaded with `node --import` into each benchmarked child: at exit, writes
// the process's peak resident set size to BENCH_REPORT_FILE.
// Nothing else; the product carries no benchmark code.
import { writeFileSync } from 'node:fs'

const file = process.env.BENCH_REPORT_FILE
if (file) {
  process.once('exit', () => {
    writeFileSync(
      file,
      JSON.stringify({
        // resourceUsage().maxRSS is in kilobytes.
        maxRssBytes: process.resourceUsage().maxRSS * 1024
      })
    )
  })
}
