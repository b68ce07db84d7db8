/**
 * Closed pipes: `astro-secrets-gate explain | head -1` closes stdout early.
 * The command then ends quietly instead of dying with `Error: write EPIPE`.
 */

/** Error codes a write to a reader that went away can fail with. */
const CLOSED = new Set([
  'EPIPE',
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END'
])

/**
 * Makes a closed `stream` end the process quietly: the reader has gone, so
 * nothing more can be said to it. The exit code is the one the command has
 * set so far (0 if none). Any other stream error is one line on stderr and
 * exit 2.
 */
export function exitQuietlyOnClosedPipe(
  stream: NodeJS.WritableStream,
  exit: (code: number) => void = (code) => process.exit(code)
): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== undefined && CLOSED.has(error.code)) {
      exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
      return
    }
    process.stderr.write(
      `astro-secrets-gate: cannot write output: ${error.message}\n`
    )
    exit(2)
  })
}
