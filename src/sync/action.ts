import * as core from '@actions/core'
import { isAbsolute, resolve } from 'node:path'
import { InputError, errorMessage } from '../core/errors.js'
import { syncDeps } from './deps.js'
import { runSync } from './run-sync.js'
import type { SyncDeps } from './run-sync.js'

/**
 * The sync sub-action (sync/action.yml): inputs → runSync → outputs
 * `created`, `updated` (JSON arrays of keys) and `verified`. The only
 * setFailed of this entry.
 */
export async function runSyncAction(
  deps: SyncDeps = syncDeps(process.env, process.cwd(), (line) => {
    core.info(line)
  })
): Promise<void> {
  try {
    const deploymentId = core.getInput('deployment-id', { required: true })
    const envFile = core.getInput('env-file', { required: true })
    const workspaceId = core.getInput('workspace-id')
    const astro = core.getInput('astro') || 'astro'
    const dryRun = readBoolean('dry-run')
    const result = await runSync(
      {
        deploymentId,
        envFile: isAbsolute(envFile) ? envFile : resolve(envFile),
        dryRun,
        astro,
        ...(workspaceId === '' ? {} : { workspaceId })
      },
      deps
    )
    core.setOutput('created', JSON.stringify(result.created))
    core.setOutput('updated', JSON.stringify(result.updated))
    core.setOutput('verified', String(result.verified))
  } catch (error) {
    if (core.isDebug() && error instanceof Error && error.stack)
      core.debug(error.stack)
    core.setOutput('verified', 'false')
    core.setFailed(errorMessage(error))
  }
}

function readBoolean(name: string): boolean {
  const raw = core.getInput(name)
  if (raw === '') return false
  if (/^(true|True|TRUE)$/.test(raw)) return true
  if (/^(false|False|FALSE)$/.test(raw)) return false
  throw new InputError(name, `Input ${name} must be true or false.`)
}
