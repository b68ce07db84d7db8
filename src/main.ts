import * as core from '@actions/core'
import { errorMessage } from './core/errors.js'

/** The action: inputs → AWS → core → report and env. The only setFailed. */
export async function run(): Promise<void> {
  try {
    core.info('astro-secrets-gate: not wired yet')
    await Promise.resolve()
  } catch (error) {
    if (core.isDebug() && error instanceof Error && error.stack)
      core.debug(error.stack)
    core.setFailed(errorMessage(error))
  }
}
