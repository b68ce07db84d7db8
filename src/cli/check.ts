import type { Command } from './io.js'
import { EXIT } from './io.js'

/** Placeholder until the check command is part of this build. */
export const checkCommand: Command = async (_args, io) => {
  await Promise.resolve()
  io.stderr.write(
    "astro-secrets-gate: 'check' is not available in this build\n"
  )
  return EXIT.usage
}
