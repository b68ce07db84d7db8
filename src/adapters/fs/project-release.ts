/**
 * Reads an Astro project's Dockerfile and requirements.txt and tells which
 * Airflow release and Amazon provider it runs (detectAirflowRelease).
 */
import { join } from 'node:path'
import {
  type ReleaseDetection,
  detectAirflowRelease
} from '../../core/local/airflow-release.js'
import { readTextBounded } from './files.js'

/** Dockerfiles and requirements files are small; more is not read. */
const MAX_PROJECT_FILE_BYTES = 1024 * 1024

/**
 * A file's text, or null when it does not exist, cannot be read or is over
 * MAX_PROJECT_FILE_BYTES (a device such as /dev/zero included); `present`
 * says whether it exists.
 */
async function textOrNull(
  path: string
): Promise<{ text: string | null; present: boolean }> {
  try {
    return {
      text: (await readTextBounded(path, MAX_PROJECT_FILE_BYTES)).text,
      present: true
    }
  } catch (error) {
    return {
      text: null,
      present: (error as NodeJS.ErrnoException).code !== 'ENOENT'
    }
  }
}

/** The release the project in `folder` builds on. */
export async function readProjectRelease(
  folder: string
): Promise<ReleaseDetection & { readonly hasDockerfile: boolean }> {
  const dockerfile = await textOrNull(join(folder, 'Dockerfile'))
  const requirements = await textOrNull(join(folder, 'requirements.txt'))
  const detected = detectAirflowRelease(dockerfile.text, requirements.text)
  if (dockerfile.present && dockerfile.text === null)
    return {
      ...detected,
      airflow: null,
      reason: `the Dockerfile is over ${MAX_PROJECT_FILE_BYTES / 1048576} MiB or cannot be read; set airflow: in the manifest (for example airflow: "3.1.6") or the airflow-version input`,
      hasDockerfile: true
    }
  return { ...detected, hasDockerfile: dockerfile.present }
}
