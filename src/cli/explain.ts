import type { Command } from './io.js'
import { EXIT } from './io.js'

/** Placeholder until the explain command is part of this build. */
export const explainCommand: Command = async (_args, io) => {
  await Promise.resolve()
  io.stderr.write(
    "astro-secrets-gate: 'explain' is not available in this build\n"
  )
  return EXIT.usage
}
