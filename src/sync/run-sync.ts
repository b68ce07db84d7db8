import {
  SyncError,
  findCliProblems,
  parseEnvFile,
  parseVariableList,
  planSync,
  verifySync
} from '../core/astro/env-file.js'
import type { AstroVariable, SyncPlan } from '../core/astro/env-file.js'
import { InputError, errorMessage } from '../core/errors.js'

/** What one sync is asked to do. */
export interface SyncOptions {
  readonly deploymentId: string
  readonly envFile: string
  readonly workspaceId?: string
  readonly dryRun?: boolean
  /** Path or name of the astro executable. */
  readonly astro?: string
}

/** The result of running the Astro CLI once. */
export interface ExecResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** The I/O a sync needs; tests and the action pass their own. */
export interface SyncDeps {
  /** Runs a program with arguments, no shell; never throws on a non-zero exit. */
  readonly exec: (file: string, args: readonly string[]) => Promise<ExecResult>
  /** Reads a text file; throws with `code` `ENOENT` when it does not exist. */
  readonly readFile: (path: string) => Promise<string>
  /** Prints one line of progress (never a value). */
  readonly log: (line: string) => void
}

/** What a sync did. */
export interface SyncResult extends SyncPlan {
  readonly deploymentId: string
  readonly dryRun: boolean
  /** True when the deployment was read back and holds every key as secret. */
  readonly verified: boolean
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

/**
 * Applies the env file to one Astro deployment with the Astro CLI: lists the
 * deployment's variables, prints which keys will be created or updated,
 * runs `astro deployment variable update --load --env <file> --secret`, then
 * lists again and fails unless every key is there and secret. A dry run stops
 * after the plan. Values never reach argv or the log: the CLI reads them from
 * the file, and ASTRO_API_TOKEN reaches it through the environment.
 */
export async function runSync(
  options: SyncOptions,
  deps: SyncDeps
): Promise<SyncResult> {
  const { deploymentId, envFile } = options
  const astro = options.astro ?? 'astro'
  const dryRun = options.dryRun ?? false
  if (!ID.test(deploymentId))
    throw new InputError(
      'deployment-id',
      `deployment-id "${deploymentId}" is not an Astro deployment id; copy it from the deployment's page or \`astro deployment list\`.`
    )
  if (options.workspaceId !== undefined && !ID.test(options.workspaceId))
    throw new InputError(
      'workspace-id',
      `workspace-id "${options.workspaceId}" is not an Astro workspace id.`
    )
  const scope = ['--deployment-id', deploymentId]
  if (options.workspaceId !== undefined)
    scope.push('--workspace-id', options.workspaceId)

  const text = await readEnvFile(deps, envFile)
  const entries = parseEnvFile(text, envFile)
  const keys = entries.map((e) => e.key)
  const values = entries.map((e) => e.value)

  const run = async (args: string[], what: string): Promise<ExecResult> => {
    try {
      return await deps.exec(astro, args)
    } catch (error) {
      throw new SyncError(
        deploymentId,
        `Could not run the Astro CLI (${astro}) to ${what}: ${errorMessage(error)}. Install it or pass its path with --astro.`,
        'astro-cli-missing'
      )
    }
  }
  const list = async (when: string): Promise<AstroVariable[]> => {
    const result = await run(
      ['deployment', 'variable', 'list', ...scope],
      `list the variables of ${deploymentId}`
    )
    const vars =
      result.code === 0 ? parseVariableList(result.stdout) : undefined
    if (vars === undefined) {
      const problems = findCliProblems(result.stdout + result.stderr, values)
      throw new SyncError(
        deploymentId,
        `astro deployment variable list failed ${when} for deployment ${deploymentId} (exit ${result.code})${problems.length > 0 ? `: ${problems.join('; ')}` : ''}. Check ASTRO_API_TOKEN, the deployment id and --workspace-id.`,
        'astro-list-failed'
      )
    }
    return vars
  }

  const plan = planSync(keys, await list('before the update'))
  deps.log(
    `Deployment ${deploymentId}: ${plan.created.length} to create, ${plan.updated.length} to update${dryRun ? ' (dry run)' : ''}.`
  )
  for (const key of plan.created) deps.log(`  + ${key} (create, secret)`)
  for (const key of plan.updated) deps.log(`  ~ ${key} (update, secret)`)
  if (dryRun) return { deploymentId, dryRun, verified: false, ...plan }

  const update = await run(
    [
      'deployment',
      'variable',
      'update',
      ...scope,
      '--load',
      '--env',
      envFile,
      '--secret'
    ],
    `update ${deploymentId}`
  )
  const problems = findCliProblems(update.stdout + update.stderr, values)
  for (const problem of problems) deps.log(`  astro: ${problem}`)

  const check = verifySync(keys, await list('after the update'))
  const applied = keys.filter((k) => !check.missing.includes(k))
  if (update.code !== 0 || problems.length > 0) {
    const cause =
      update.code !== 0
        ? `exited ${update.code}`
        : 'exited 0 but reported a problem'
    throw new SyncError(
      deploymentId,
      `astro deployment variable update ${cause} for deployment ${deploymentId}; ${describe(applied, check.missing)}. Fix the cause above and run the sync again (it is safe to repeat).`
    )
  }
  if (check.missing.length > 0)
    throw new SyncError(
      deploymentId,
      `Deployment ${deploymentId} lacks ${check.missing.join(', ')} after the update; ${describe(applied, check.missing)}. Run the sync again, then check the deployment's environment variables.`,
      'sync-unverified'
    )
  if (check.notSecret.length > 0)
    throw new SyncError(
      deploymentId,
      `Deployment ${deploymentId} holds ${check.notSecret.join(', ')} as a plain (not secret) variable after the update; mark it secret in the deployment's settings.`,
      'sync-unverified'
    )
  deps.log(
    `Deployment ${deploymentId}: verified ${keys.length} ${keys.length === 1 ? 'variable' : 'variables'} as secret.`
  )
  return { deploymentId, dryRun, verified: true, ...plan }
}

function describe(applied: string[], missing: string[]): string {
  const a = applied.length > 0 ? applied.join(', ') : 'none'
  const m = missing.length > 0 ? missing.join(', ') : 'none'
  return `present now: ${a}; missing: ${m}`
}

async function readEnvFile(deps: SyncDeps, path: string): Promise<string> {
  try {
    return await deps.readFile(path)
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    throw new InputError(
      'env-file',
      code === 'ENOENT'
        ? `env-file ${path} does not exist; generate it first (the action's env-file output) or fix the path.`
        : `env-file ${path} cannot be read: ${errorMessage(error)}.`,
      'env-file-missing'
    )
  }
}
