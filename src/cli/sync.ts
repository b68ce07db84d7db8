import type { Command } from './io.js'
import { EXIT } from './io.js'

/** Placeholder until the sync command is part of this build. */
export const syncCommand: Command = async (_args, io) => {
  await Promise.resolve()
  io.stderr.write("astro-secrets-gate: 'sync' is not available in this build\n")
  return EXIT.usage
}
