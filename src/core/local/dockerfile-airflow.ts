/**
 * Which Airflow an Astro project's Dockerfile builds: the release line of
 * its `FROM` image (Astro Runtime or the apache/airflow image), so local
 * setup can match Airflow 2 or 3 without asking.
 */

/** What the Dockerfile says about Airflow. */
export interface DockerfileAirflow {
  readonly major: '2' | '3'
  /** `2.10`, `3.1`: the Airflow minor release, when the tag tells it. */
  readonly release: string
  /** The image reference as written, e.g. `astro-runtime:12.6.0`. */
  readonly image: string
}

/**
 * Astro Runtime majors before the Airflow 3 scheme and the Airflow minor
 * each ships (Astronomer's Runtime/Airflow version table).
 */
const RUNTIME_AIRFLOW2: Readonly<Record<number, string>> = {
  4: '2.2',
  5: '2.3',
  6: '2.4',
  7: '2.5',
  8: '2.6',
  9: '2.7',
  10: '2.8',
  11: '2.9',
  12: '2.10',
  13: '2.11'
}

/** `FROM [--platform=...] image[:tag][@digest] [AS name]`, per line. */
const FROM = /^\s*FROM\s+(?:--\S+\s+)*(\S+)/gim

/**
 * The Airflow release of the last `FROM` line that names an Astro Runtime
 * or apache/airflow image, or undefined when none does (or its tag is
 * unknown). Astro Runtime `3.x-y` tags are Airflow 3.x; numeric tags
 * 4.x to 13.x are Airflow 2.2 to 2.11.
 */
export function airflowFromDockerfile(
  text: string
): DockerfileAirflow | undefined {
  let found: DockerfileAirflow | undefined
  for (const match of text.matchAll(FROM)) {
    const reference = (match[1] ?? '').split('@')[0] ?? ''
    const slash = reference.lastIndexOf('/')
    const image = reference.slice(slash + 1)
    const [name = '', tag = ''] = image.split(':')
    const parsed =
      name === 'astro-runtime'
        ? fromRuntimeTag(tag)
        : name === 'airflow' &&
            /(^|\/)apache\/airflow$/.test(reference.split(':')[0] ?? '')
          ? fromAirflowTag(tag)
          : undefined
    if (parsed) found = { ...parsed, image }
  }
  return found
}

function fromRuntimeTag(
  tag: string
): Omit<DockerfileAirflow, 'image'> | undefined {
  // Airflow 3 Runtime: 3.0-1, 3.1-2-python-3.12, 3.1-1-base.
  const af3 = /^(3)\.(\d+)-\d+/.exec(tag)
  if (af3) return { major: '3', release: `3.${af3[2] ?? ''}` }
  const legacy = /^(\d+)\.\d+(?:\.\d+)?(?:-|$)/.exec(tag)
  const release = legacy ? RUNTIME_AIRFLOW2[Number(legacy[1])] : undefined
  return release === undefined ? undefined : { major: '2', release }
}

function fromAirflowTag(
  tag: string
): Omit<DockerfileAirflow, 'image'> | undefined {
  // apache/airflow:2.10.3, apache/airflow:3.0.2-python3.12, slim-3.1.0.
  const version = /(?:^|-)(2|3)\.(\d+)(?:\.\d+)?(?:-|$)/.exec(tag)
  if (!version) return undefined
  const major = version[1] === '2' ? '2' : '3'
  return { major, release: `${major}.${version[2] ?? ''}` }
}
