/**
 * Deployment drift: what an Astro deployment's environment holds for the
 * secrets backend (as `astro deployment variable list` shows it) against what
 * the manifest says. The CLI hides secret values, so a secret variable can
 * only be checked for presence; that is said, not guessed. Pure.
 */
import { PyJsonDecodeError, pyJsonLoads } from '../airflow/python/json.js'
import { pyRepr } from '../airflow/python/repr.js'
import { type PyValue, isPyDict } from '../airflow/python/value.js'
import type { Finding } from '../findings.js'
import type { AstroVariable } from './env-file.js'

export const BACKEND_KEY = 'AIRFLOW__SECRETS__BACKEND'
export const KWARGS_KEY = 'AIRFLOW__SECRETS__BACKEND_KWARGS'

/** What one deployment was compared on. */
export interface DeploymentDrift {
  readonly deploymentId: string
  /** Errors: missing variables, a different backend, different kwargs. */
  readonly findings: readonly Finding[]
  /** What could not be compared, and why (secret values). */
  readonly notes: readonly string[]
}

/** Longest backend class path quoted in a message. */
const BACKEND_SHOWN_MAX = 200
/** Most kwarg names listed in one message. */
const NAMES_MAX = 20

/**
 * Compares a deployment's variables with the backend and kwargs the manifest
 * gives (`expectedBackend`, `expectedKwargs` as written to the env file).
 * Kwargs are compared as Airflow reads them (json.loads), so spacing and key
 * order do not count; messages name the differing kwargs, never their values.
 */
export function compareDeployment(
  deploymentId: string,
  listed: readonly AstroVariable[],
  expectedBackend: string,
  expectedKwargs: string
): DeploymentDrift {
  const findings: Finding[] = []
  const notes: string[] = []
  const byKey = new Map(listed.map((v) => [v.key, v]))
  const hint = `Apply the manifest's backend: \`astro-secrets-gate sync --deployment-id ${deploymentId} --env-file <env-file>\` (the env file this check writes).`

  const backend = byKey.get(BACKEND_KEY)
  if (backend === undefined)
    findings.push(
      finding(
        deploymentId,
        'error',
        'drift-backend-missing',
        `Deployment ${deploymentId} has no ${BACKEND_KEY}: Airflow there does not read AWS Secrets Manager at all.`,
        hint
      )
    )
  else if (backend.value === undefined)
    notes.push(
      `${BACKEND_KEY} is set as a secret variable, so the Astro CLI does not show it: present, value not compared.`
    )
  else if (backend.value !== expectedBackend)
    findings.push(
      finding(
        deploymentId,
        'error',
        'drift-backend-different',
        `Deployment ${deploymentId} runs secrets backend ${describeBackend(backend.value)}, not \`${expectedBackend}\` as the manifest says.`,
        hint
      )
    )

  const kwargs = byKey.get(KWARGS_KEY)
  if (kwargs === undefined)
    findings.push(
      finding(
        deploymentId,
        'error',
        'drift-kwargs-missing',
        `Deployment ${deploymentId} has no ${KWARGS_KEY}: the backend there uses its default prefixes, not the manifest's.`,
        hint
      )
    )
  else if (kwargs.value === undefined)
    notes.push(
      `${KWARGS_KEY} is set as a secret variable, so the Astro CLI does not show it: present, value not compared.`
    )
  else {
    const difference = compareKwargs(kwargs.value, expectedKwargs)
    if (difference !== null)
      findings.push(
        finding(
          deploymentId,
          'error',
          'drift-kwargs-different',
          `Deployment ${deploymentId} has other ${KWARGS_KEY} than the manifest: ${difference}.`,
          hint
        )
      )
  }
  return { deploymentId, findings, notes }
}

/** The result for a deployment whose variables could not be read. */
export function unreadableDeployment(
  deploymentId: string,
  why: string,
  hint: string
): DeploymentDrift {
  return {
    deploymentId,
    findings: [
      finding(
        deploymentId,
        'error',
        'drift-unreadable',
        `Could not read the variables of deployment ${deploymentId}: ${why}.`,
        hint
      )
    ],
    notes: []
  }
}

/** How two kwargs texts differ for Airflow, or null when they do not. */
function compareKwargs(shown: string, expected: string): string | null {
  const deployed = readDict(shown)
  const wanted = readDict(expected)
  if (wanted === null) return 'the manifest’s kwargs are not a JSON object'
  if (deployed === null)
    return 'the deployment’s value is not a JSON object, so Airflow fails to start the backend'
  const missing = [...wanted.keys()].filter((k) => !deployed.has(k))
  const extra = [...deployed.keys()].filter((k) => !wanted.has(k))
  const different = [...wanted.keys()].filter((k) => {
    const there = deployed.get(k)
    const here = wanted.get(k)
    return there !== undefined && here !== undefined && !sameValue(there, here)
  })
  const parts = [
    missing.length > 0 ? `lacks ${names(missing)}` : '',
    different.length > 0 ? `different ${names(different)}` : '',
    extra.length > 0 ? `also sets ${names(extra)}` : ''
  ].filter((part) => part !== '')
  return parts.length === 0 ? null : parts.join('; ')
}

function readDict(text: string): Map<string, PyValue> | null {
  try {
    const value = pyJsonLoads(text)
    return isPyDict(value) ? value : null
  } catch (error) {
    if (error instanceof PyJsonDecodeError) return null
    throw error
  }
}

/** Python equality for JSON values: dicts regardless of key order. */
function sameValue(a: PyValue, b: PyValue): boolean {
  if (isPyDict(a) && isPyDict(b))
    return (
      a.size === b.size &&
      [...a].every(([k, v]) => {
        const other = b.get(k)
        return other !== undefined && sameValue(v, other)
      })
    )
  if (Array.isArray(a) && Array.isArray(b))
    return (
      a.length === b.length &&
      a.every((v, i) => {
        const other = b[i]
        return other !== undefined && sameValue(v, other)
      })
    )
  return pyRepr(a) === pyRepr(b)
}

function names(keys: readonly string[]): string {
  const shown = keys.slice(0, NAMES_MAX).map((k) => `\`${k}\``)
  const more =
    keys.length > NAMES_MAX ? ` and ${keys.length - NAMES_MAX} more` : ''
  return `${shown.join(', ')}${more}`
}

/** A backend class path is quoted; anything else is not repeated. */
function describeBackend(value: string): string {
  return /^[A-Za-z_][\w.]*$/.test(value) && value.length <= BACKEND_SHOWN_MAX
    ? `\`${value}\``
    : 'a value that is not a class path'
}

function finding(
  deploymentId: string,
  severity: Finding['severity'],
  code: string,
  message: string,
  hint: string
): Finding {
  return { code, severity, kind: 'config', id: deploymentId, message, hint }
}
