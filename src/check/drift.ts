/**
 * Reads each Astro deployment's variables with the Astro CLI and compares
 * the secrets backend there with the manifest's (core/astro/drift.ts). A
 * deployment that cannot be read is a finding, so the rest of the report
 * still stands.
 */
import type { AstroExec } from '../adapters/astro/exec.js'
import {
  type DeploymentDrift,
  compareDeployment,
  unreadableDeployment as unreadable
} from '../core/astro/drift.js'
import { findCliProblems, parseVariableList } from '../core/astro/env-file.js'
import { InputError, errorMessage } from '../core/errors.js'

export interface DriftOptions {
  readonly deploymentIds: readonly string[]
  readonly workspaceId?: string
  /** Path or name of the astro executable. */
  readonly astro: string
  /** AIRFLOW__SECRETS__BACKEND as the manifest gives it. */
  readonly backend: string
  /** AIRFLOW__SECRETS__BACKEND_KWARGS as the manifest gives it. */
  readonly backendKwargs: string
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/
const MAX_DEPLOYMENTS = 100

/** Checks the ids before anything runs; throws an InputError naming `input`. */
export function validateDeploymentIds(
  ids: readonly string[],
  workspaceId: string | undefined,
  input = 'deployment-ids'
): void {
  const bad = ids.find((id) => !ID.test(id))
  if (bad !== undefined)
    throw new InputError(
      input,
      `${input}: "${bad}" is not an Astro deployment id; copy it from the deployment's page or \`astro deployment list\`.`
    )
  if (ids.length > MAX_DEPLOYMENTS)
    throw new InputError(
      input,
      `${input} lists ${ids.length} deployments; check at most ${MAX_DEPLOYMENTS} per run.`
    )
  if (workspaceId !== undefined && !ID.test(workspaceId))
    throw new InputError(
      'workspace-id',
      `workspace-id "${workspaceId}" is not an Astro workspace id.`
    )
}

/** Compares every deployment, one after another (the CLI is not parallel-safe). */
export async function checkDrift(
  options: DriftOptions,
  exec: AstroExec
): Promise<DeploymentDrift[]> {
  validateDeploymentIds(options.deploymentIds, options.workspaceId)
  const results: DeploymentDrift[] = []
  for (const deploymentId of options.deploymentIds)
    results.push(await checkOne(deploymentId, options, exec))
  return results
}

async function checkOne(
  deploymentId: string,
  options: DriftOptions,
  exec: AstroExec
): Promise<DeploymentDrift> {
  const args = [
    'deployment',
    'variable',
    'list',
    '--deployment-id',
    deploymentId
  ]
  if (options.workspaceId !== undefined)
    args.push('--workspace-id', options.workspaceId)
  let output
  try {
    output = await exec(options.astro, args)
  } catch (error) {
    return unreadable(
      deploymentId,
      `the Astro CLI (${options.astro}) could not be run: ${errorMessage(error)}`,
      'Install it (the setup-astro-cli action) or give its path in the astro input.'
    )
  }
  const listed =
    output.code === 0 ? parseVariableList(output.stdout) : undefined
  if (listed === undefined) {
    const problems = findCliProblems(output.stdout + output.stderr, [])
    const said = problems.length > 0 ? `: ${problems.join('; ')}` : ''
    return unreadable(
      deploymentId,
      `astro deployment variable list exited ${output.code}${said}`,
      'Check ASTRO_API_TOKEN (it needs to read the deployment), the deployment id and workspace-id.'
    )
  }
  return compareDeployment(
    deploymentId,
    listed,
    options.backend,
    options.backendKwargs
  )
}
