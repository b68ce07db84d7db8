import { isAbsolute, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { errorMessage } from '../core/errors.js'
import { runSync } from '../sync/run-sync.js'
import type { SyncDeps } from '../sync/run-sync.js'
import { syncDeps } from '../sync/deps.js'
import { EXIT } from './io.js'
import type { CliIo, Command } from './io.js'

export const SYNC_HELP = `Usage: astro-secrets-gate sync --deployment-id <id> --env-file <file>
                              [--workspace-id <id>] [--dry-run] [--astro <path>]

Applies the env file written by the gate (KEY=value lines) to an Astro
deployment as secret environment variables, with the Astro CLI:
  astro deployment variable update --deployment-id <id> --load --env <file> --secret
It first lists the deployment's variables and prints which keys it creates or
updates (never values), then lists them again and fails unless every key is
there and secret. The CLI reads ASTRO_API_TOKEN from the environment.

Options:
  --deployment-id <id>  Astro deployment to update (required)
  --env-file <file>     env file to apply (required)
  --workspace-id <id>   workspace of the deployment (Organization API tokens)
  --dry-run             list and show the plan; change nothing
  --astro <path>        Astro CLI executable (default: astro on PATH)
  -h, --help            show this help

Exit codes: 0 synced (or planned), 1 sync failed, 2 usage error.
`

/** `astro-secrets-gate sync`: the command, with injectable I/O for tests. */
export function makeSyncCommand(
  makeDeps: (io: CliIo) => SyncDeps = (io) =>
    syncDeps(io.env, io.cwd, (line) => io.stdout.write(`${line}\n`))
): Command {
  return async (args, io) => {
    let values
    try {
      values = parseArgs({
        args: [...args],
        strict: true,
        allowPositionals: false,
        options: {
          'deployment-id': { type: 'string' },
          'env-file': { type: 'string' },
          'workspace-id': { type: 'string' },
          'dry-run': { type: 'boolean', default: false },
          astro: { type: 'string' },
          help: { type: 'boolean', short: 'h', default: false }
        }
      }).values
    } catch (error) {
      // parseArgs throws a TypeError whose message names the bad option.
      const message = (error as { message?: unknown } | null)?.message
      io.stderr.write(
        `sync: ${typeof message === 'string' ? message : errorMessage(error)}\n\n${SYNC_HELP}`
      )
      return EXIT.usage
    }
    if (values.help) {
      io.stdout.write(SYNC_HELP)
      return EXIT.ok
    }
    const deploymentId = values['deployment-id']
    const envFile = values['env-file']
    if (deploymentId === undefined || envFile === undefined) {
      io.stderr.write(
        `sync: --deployment-id and --env-file are required.\n\n${SYNC_HELP}`
      )
      return EXIT.usage
    }
    try {
      await runSync(
        {
          deploymentId,
          envFile: isAbsolute(envFile) ? envFile : resolve(io.cwd, envFile),
          dryRun: values['dry-run'],
          ...(values['workspace-id'] === undefined
            ? {}
            : { workspaceId: values['workspace-id'] }),
          ...(values.astro === undefined ? {} : { astro: values.astro })
        },
        makeDeps(io)
      )
      return EXIT.ok
    } catch (error) {
      io.stderr.write(`sync: ${errorMessage(error)}\n`)
      return EXIT.findings
    }
  }
}

/** `astro-secrets-gate sync --deployment-id <id> --env-file <file> ...` */
export const syncCommand: Command = makeSyncCommand()
