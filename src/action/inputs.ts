/**
 * Reads every input once into typed settings, failing fast with a message
 * that names the input and the expected form.
 */
import * as core from '../adapters/github/toolkit.js'
import {
  type RetryMode,
  parseAudience,
  parseDurationSeconds,
  parseIntegerInput,
  parseMaxAttempts,
  parseMaxConcurrency,
  parseRetryMode,
  validateRoleArn
} from '../core/aws/inputs.js'
import { DEFAULT_MANIFEST } from '../check/manifest-file.js'
import { InputError } from '../core/errors.js'
import type { FailOn, Mode } from '../core/gate/plan.js'
import { parseIdList } from '../core/gate/manifest.js'
import { ReleaseError, resolveRelease } from '../core/airflow/profiles.js'
import { PyError } from '../core/airflow/python/errors.js'
import { PyJsonDecodeError, pyJsonLoads } from '../core/airflow/python/json.js'
import {
  type PyDict,
  isPyDict,
  pyTypeName
} from '../core/airflow/python/value.js'

export interface Settings {
  /** As given (relative to the workspace unless absolute). */
  readonly manifest: string
  /** True when the input was left at its default. */
  readonly manifestIsDefault: boolean
  readonly connections: readonly string[]
  readonly variables: readonly string[]
  readonly backendKwargs?: PyDict
  readonly airflowVersion?: string
  readonly mode: Mode
  readonly failOn: FailOn
  /** DAG folder to scan for undeclared ids; empty turns the scan off. */
  readonly dagsFolder: string
  /** True when the input was left at its default (a missing folder is fine then). */
  readonly dagsFolderIsDefault: boolean
  /** Empty: $RUNNER_TEMP/astro-secrets-gate.env. */
  readonly envFile: string
  readonly exportEnv: boolean
  readonly roleToAssume?: string
  readonly awsRegion: string
  readonly audience: string
  readonly roleSessionName: string
  readonly roleDurationSeconds: number
  readonly exportCredentials: boolean
  readonly maxConcurrency: number
  readonly maxAttempts: number
  readonly retryMode: RetryMode
  readonly timeoutSeconds: number
  readonly githubToken: string
  readonly prComment: 'auto' | 'always' | 'never'
  /** Tracking issue on failing runs outside pull requests. */
  readonly issue: 'auto' | 'never'
  /** Astro deployments whose secrets backend is compared with the manifest. */
  readonly deploymentIds: readonly string[]
  /** Astro workspace of the deployments (Organization API tokens). */
  readonly workspaceId?: string
  /** Path or name of the Astro CLI executable. */
  readonly astro: string
}

/** The input reader; tests may pass their own. */
export type InputReader = (name: string) => string

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/** A YAML 1.2 core-schema boolean, as the toolkit's getBooleanInput reads it. */
export function parseBoolean(
  name: string,
  text: string,
  fallback: boolean
): boolean {
  if (text === '') return fallback
  if (TRUE.includes(text)) return true
  if (FALSE.includes(text)) return false
  throw new InputError(
    name,
    `Input ${name} must be true or false; got "${text}".`
  )
}

function oneOf<T extends string>(
  name: string,
  text: string,
  allowed: readonly T[],
  fallback: T
): T {
  const value = text.trim().toLowerCase()
  if (value === '') return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(
    name,
    `Input ${name} must be one of ${allowed.join(', ')}; got "${text.trim()}".`
  )
}

/** `backend-kwargs`: a JSON object, read the way Airflow reads BACKEND_KWARGS. */
export function parseBackendKwargsInput(text: string): PyDict | undefined {
  if (text.trim() === '') return undefined
  let value
  try {
    value = pyJsonLoads(text)
  } catch (error) {
    if (error instanceof PyError && error.pyClass === 'RecursionError')
      throw new InputError(
        'backend-kwargs',
        `Input backend-kwargs nests deeper than Python's json.loads reads (${error.message}): Airflow could not load these kwargs; give a flat JSON object like {"connections_prefix": "airflow/connections"}.`
      )
    const detail =
      error instanceof PyJsonDecodeError ? error.message : 'not JSON'
    throw new InputError(
      'backend-kwargs',
      `Input backend-kwargs is not valid JSON (${detail}); give a JSON object like {"connections_prefix": "airflow/connections"}.`
    )
  }
  if (!isPyDict(value))
    throw new InputError(
      'backend-kwargs',
      `Input backend-kwargs must be a JSON object, not ${pyTypeName(value)}.`
    )
  return value
}

/** Reads and checks every input. */
export function readSettings(
  input: InputReader = (name) => core.getInput(name)
): Settings {
  const text = (name: string): string => input(name).trim()
  const manifestText = text('manifest')
  const role = text('role-to-assume')
  const version = text('airflow-version')
  if (version !== '' && version.toLowerCase() !== 'auto')
    try {
      resolveRelease(version)
    } catch (error) {
      if (!(error instanceof ReleaseError)) throw error
      throw new InputError(
        'airflow-version',
        `Input airflow-version: ${error.message}; got "${version}".`
      )
    }
  const backendKwargs = parseBackendKwargsInput(input('backend-kwargs'))
  const workspaceId = text('workspace-id')
  return {
    manifest: manifestText === '' ? DEFAULT_MANIFEST : manifestText,
    manifestIsDefault: manifestText === '' || manifestText === DEFAULT_MANIFEST,
    connections: parseIdList(input('connections')),
    variables: parseIdList(input('variables')),
    ...(backendKwargs ? { backendKwargs } : {}),
    ...(version === '' ? {} : { airflowVersion: version }),
    mode: oneOf(
      'mode',
      input('mode'),
      ['values', 'existence', 'env-only'],
      'values'
    ),
    failOn: oneOf(
      'fail-on',
      input('fail-on'),
      ['error', 'warning', 'never'],
      'error'
    ),
    dagsFolder: input('dags-folder').trim(),
    dagsFolderIsDefault: input('dags-folder').trim() === 'dags',
    envFile: text('env-file'),
    exportEnv: parseBoolean('export-env', text('export-env'), false),
    ...(role === '' ? {} : { roleToAssume: validateRoleArn(role) }),
    awsRegion: text('aws-region'),
    audience: parseAudience(input('audience')),
    roleSessionName: input('role-session-name'),
    roleDurationSeconds: parseDurationSeconds(input('role-duration-seconds')),
    exportCredentials: parseBoolean(
      'export-credentials',
      text('export-credentials'),
      false
    ),
    maxConcurrency: parseMaxConcurrency(input('max-concurrency')),
    maxAttempts: parseMaxAttempts(input('max-attempts')),
    retryMode: parseRetryMode(input('retry-mode')),
    timeoutSeconds: parseIntegerInput(
      'timeout-seconds',
      input('timeout-seconds'),
      120,
      1,
      3600
    ),
    githubToken: input('github-token'),
    prComment: oneOf(
      'pr-comment',
      input('pr-comment'),
      ['auto', 'always', 'never'],
      'auto'
    ),
    issue: oneOf('issue', input('issue'), ['auto', 'never'], 'auto'),
    deploymentIds: parseIdList(input('deployment-ids')),
    ...(workspaceId === '' ? {} : { workspaceId }),
    astro: text('astro') || 'astro'
  }
}
