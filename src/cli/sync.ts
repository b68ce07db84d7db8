/** `astro-secrets-gate sync`: applies the gate's env file to an Astro deployment. */
import { isAbsolute, resolve } from 'node:path'
import { errorMessage } from '../core/errors.js'
import { runSync } from '../sync/run-sync.js'
import type { SyncDeps } from '../sync/run-sync.js'
import { syncDeps } from '../sync/deps.js'
import { BIN, formatCommandHelp, parseCommandArgs } from './args.js'
import type { CommandSpec } from './args.js'
import { EXIT } from './io.js'
import type { CliIo, Command } from './io.js'

export const syncSpec = {
  name: 'sync',
  summary:
    'Apply the env file the gate wrote to an Astro deployment as secret variables',
  description: [
    'Applies the env file written by the gate (KEY=value lines) to an Astro',
    'deployment as secret environment variables, with the Astro CLI:',
    '  astro deployment variable update --deployment-id <id> --load',
    '    --env <file> --secret',
    'It first lists the deployment’s variables and prints which keys it',
    'creates or updates (never values), then lists them again and fails',
    'unless every key is there and secret. The Astro CLI reads',
    'ASTRO_API_TOKEN from the environment.',
    '',
    'Exit codes: 0 synced (or planned), 1 sync failed, 2 usage error.'
  ].join('\n'),
  options: {
    'deployment-id': {
      type: 'string',
      value: '<id>',
      description: 'Astro deployment to update',
      required: true
    },
    'env-file': {
      type: 'string',
      value: '<file>',
      description: 'Env file to apply',
      required: true
    },
    'workspace-id': {
      type: 'string',
      value: '<id>',
      description: 'Workspace of the deployment (Organization API tokens)'
    },
    'dry-run': {
      type: 'boolean',
      description: 'List and show the plan; change nothing'
    },
    astro: {
      type: 'string',
      value: '<path>',
      description: 'Astro CLI executable (default: astro on PATH)'
    }
  },
  examples: [
    `${BIN} sync --deployment-id clx123 --env-file gate.env --dry-run`,
    `ASTRO_API_TOKEN=... ${BIN} sync --deployment-id clx123 --env-file gate.env`
  ]
} as const satisfies CommandSpec

/** `astro-secrets-gate sync`: the command, with injectable I/O for tests. */
export function makeSyncCommand(
  makeDeps: (io: CliIo) => SyncDeps = (io) =>
    syncDeps(io.env, io.cwd, (line) => io.stdout.write(`${line}\n`))
): Command {
  return async (args, io) => {
    const parsed = parseCommandArgs(syncSpec, args)
    if (parsed.help) {
      io.stdout.write(formatCommandHelp(syncSpec))
      return EXIT.ok
    }
    const values = parsed.values
    const deploymentId = values['deployment-id'] ?? ''
    const envFile = values['env-file'] ?? ''
    try {
      await runSync(
        {
          deploymentId,
          envFile: isAbsolute(envFile) ? envFile : resolve(io.cwd, envFile),
          dryRun: values['dry-run'] === true,
          ...(values['workspace-id'] === undefined
            ? {}
            : { workspaceId: values['workspace-id'] }),
          ...(values.astro === undefined ? {} : { astro: values.astro })
        },
        makeDeps(io)
      )
      return EXIT.ok
    } catch (error) {
      io.stderr.write(`${BIN} sync: ${errorMessage(error)}\n`)
      return EXIT.findings
    }
  }
}

/** `astro-secrets-gate sync --deployment-id <id> --env-file <file> ...` */
export const syncCommand: Command = makeSyncCommand()
