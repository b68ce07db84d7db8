/**
 * Reads an Astro project's Dockerfile and requirements.txt and tells which
 * Airflow release and Amazon provider it runs (detectAirflowRelease).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  type ReleaseDetection,
  detectAirflowRelease
} from '../../core/local/airflow-release.js'

/** A file's text, or null when it does not exist or cannot be read. */
async function textOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return null
  }
}

/** The release the project in `folder` builds on. */
export async function readProjectRelease(
  folder: string
): Promise<ReleaseDetection & { readonly hasDockerfile: boolean }> {
  const dockerfile = await textOrNull(join(folder, 'Dockerfile'))
  const requirements = await textOrNull(join(folder, 'requirements.txt'))
  return {
    ...detectAirflowRelease(dockerfile, requirements),
    hasDockerfile: dockerfile !== null
  }
}
