import { checkCommand } from './check.js'
import { discoverCommand, discoverSpec } from './discover.js'
import { explainCommand } from './explain.js'
import { initLocalCommand, initLocalSpec } from './init-local.js'
import type { Command } from './io.js'
import { syncCommand } from './sync.js'

/** One subcommand of the bin. */
export interface CommandEntry {
  readonly name: string
  readonly summary: string
  readonly run: Command
}

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'check',
    summary:
      'Validate the manifest’s connections and variables in AWS or local files',
    run: checkCommand
  },
  {
    name: 'explain',
    summary: 'Show how Airflow parses one connection or variable value',
    run: explainCommand
  },
  {
    name: 'sync',
    summary:
      'Apply the env file the gate wrote to an Astro deployment as secret variables',
    run: syncCommand
  },
  {
    name: discoverSpec.name,
    summary: discoverSpec.summary,
    run: discoverCommand
  },
  {
    name: initLocalSpec.name,
    summary: initLocalSpec.summary,
    run: initLocalCommand
  }
]
