/**
 * Mistakes the Astronomer and Airflow docs make easy, caught with a hint
 * each. Messages describe the shape of a value, never its content.
 */
import { REGION_PATTERN, ROLE_ARN_PATTERN } from '../aws/inputs.js'
import type { Finding, SecretKind } from '../findings.js'
import { pyJsonLoads } from '../airflow/python/json.js'
import { pyStrip } from '../airflow/python/str.js'
import { type PyValue, isPyDict } from '../airflow/python/value.js'
import {
  AWS_CONNECTION_KEYS,
  DEPRECATED_AWS_KEYS
} from '../airflow/secrets-manager.js'

export interface LintContext {
  readonly kind: SecretKind
  readonly id: string
  readonly secretName?: string
}

const finding = (
  context: LintContext,
  severity: Finding['severity'],
  code: string,
  message: string,
  hint: string
): Finding => ({
  code,
  severity,
  kind: context.kind,
  id: context.id,
  ...(context.secretName === undefined
    ? {}
    : { secretName: context.secretName }),
  message,
  hint
})

/** Lints on the id itself. */
export function lintId(context: LintContext): Finding[] {
  if (!context.id.startsWith('/')) return []
  return [
    finding(
      context,
      'warning',
      'id-leading-slash',
      `The ${context.kind} id starts with '/', so its secret name has a doubled or leading '/'.`,
      'Drop the leading slash from the id, as the Astro docs advise.'
    )
  ]
}

function isWrappedInQuotes(value: string): boolean {
  const text = pyStrip(value)
  if (text.length < 2) return false
  const first = text[0]
  return (first === '"' || first === "'") && text.endsWith(first)
}

function isConsolePlaceholder(value: string): boolean {
  // Only a JSON object can be one: skip the parse (and its exception) for
  // the URIs and plain values most secrets are.
  if (!value.trimStart().startsWith('{')) return false
  try {
    const parsed = pyJsonLoads(value)
    return (
      isPyDict(parsed) &&
      parsed.size > 0 &&
      [...parsed.keys()].every((key) => key === '')
    )
  } catch {
    return false
  }
}

/** Lints on a raw SecretString, for both connections and variables. */
export function lintValue(context: LintContext, value: string): Finding[] {
  const findings: Finding[] = []
  if (isWrappedInQuotes(value))
    findings.push(
      finding(
        context,
        context.kind === 'connection' ? 'error' : 'warning',
        'value-quoted',
        `The whole value is wrapped in quotes; Airflow keeps them as part of the ${context.kind === 'connection' ? 'URI, so it finds no scheme' : 'value'}.`,
        'Store the value without surrounding quotes (Plaintext, no quoting).'
      )
    )
  if (isConsolePlaceholder(value))
    findings.push(
      finding(
        context,
        'error',
        'console-placeholder',
        `The value is the console's pre-filled {"":""} (keys with empty names only).`,
        'In the Secrets Manager console choose Plaintext and replace the pre-populated brackets and quotation marks with the value.'
      )
    )
  if (context.kind === 'variable' && value.trim() === '')
    findings.push(
      finding(
        context,
        'warning',
        'value-blank',
        'The value is empty or only whitespace; Airflow returns it unchanged.',
        'Store the intended value.'
      )
    )
  return findings
}

/** Lints on a connection URI, before parsing (spec §1.2.4 and the AWS page). */
export function lintConnectionUri(
  context: LintContext,
  value: string
): Finding[] {
  const text = pyStrip(value)
  if (text.startsWith('{')) return []
  const findings: Finding[] = []
  const scheme = /^([A-Za-z][A-Za-z0-9+.\-_]*):\/\//.exec(text)?.[1]
  if (scheme?.includes('_'))
    findings.push(
      finding(
        context,
        'error',
        'uri-scheme-underscore',
        `The URI scheme '${scheme}' contains '_', which is not a legal scheme character: Airflow finds no scheme and the connection gets no conn_type.`,
        `Write the scheme with '-' (\`${scheme.replaceAll('_', '-')}://\`); Airflow turns '-' back into '_'.`
      )
    )
  const schemes = text.split('://').length - 1
  if (schemes >= 1) {
    const afterScheme = text.slice(text.indexOf('://') + 3)
    const authorityStart =
      schemes === 2
        ? afterScheme.slice(afterScheme.indexOf('://') + 3)
        : afterScheme
    const at = authorityStart.lastIndexOf('@')
    if (at >= 0) {
      const userinfo = authorityStart.slice(0, at)
      const cut = /[/?#]/.exec(userinfo)
      if (cut)
        findings.push(
          finding(
            context,
            'error',
            'uri-unencoded-reserved',
            `The login or password contains an unencoded '${cut[0]}', so Airflow ends the host part there and reads the rest as schema, query or fragment.`,
            scheme?.toLowerCase() === 'aws'
              ? `URL-encode the secret access key: '${cut[0]}' as ${encodeURIComponent(cut[0])}, e.g. \`aws://KEY_ID:SECRET%2FPART@\` as the AWS connection docs show.`
              : `URL-encode the login and password: '${cut[0]}' as ${encodeURIComponent(cut[0])}, e.g. \`postgres://user:pa${encodeURIComponent(cut[0])}ss@host/db\`.`
          )
        )
    } else if (
      scheme?.toLowerCase() === 'aws' &&
      /^[^/?#]+:[^/?#]*$/.test(authorityStart)
    )
      findings.push(
        finding(
          context,
          'error',
          'aws-uri-missing-at',
          "An aws:// URI with key id and secret but no trailing '@': Airflow reads them as host and port.",
          "End the credentials with '@' (`aws://KEY_ID:SECRET@`), as the AWS connection docs show."
        )
      )
  }
  return findings
}

const ASSUME_ROLE_METHODS = [
  'assume_role',
  'assume_role_with_saml',
  'assume_role_with_web_identity'
]
const RETRY_MODES = ['legacy', 'standard', 'adaptive']

/** Lints on an `aws` connection's extra (the seed AWS connection page). */
export function lintAwsExtra(context: LintContext, extra: PyValue): Finding[] {
  if (!isPyDict(extra)) return []
  const findings: Finding[] = []
  const known = new Set([...AWS_CONNECTION_KEYS, 'profile_name'])
  let position = 0
  for (const key of extra.keys()) {
    position += 1
    const replacement = DEPRECATED_AWS_KEYS.get(key)
    if (replacement !== undefined)
      findings.push(
        finding(
          context,
          'warning',
          'aws-extra-deprecated',
          `The extra key '${key}' is deprecated for AWS connections.`,
          `${replacement[0]?.toUpperCase() ?? ''}${replacement.slice(1)}.`
        )
      )
    else if (!known.has(key))
      findings.push(
        finding(
          context,
          'warning',
          'aws-extra-unknown',
          // The key comes from the value (for a URI, a decoded query
          // name) and may be secret: shown by position only.
          `The extra key #${position} is not an AWS connection setting; the AWS hook ignores it.`,
          `Check the spelling; known keys: ${[...known].join(', ')}.`
        )
      )
  }
  const method = extra.get('assume_role_method')
  if (
    method !== undefined &&
    method !== null &&
    (typeof method !== 'string' || !ASSUME_ROLE_METHODS.includes(method))
  )
    findings.push(
      finding(
        context,
        'error',
        'aws-assume-role-method',
        'assume_role_method is not one of assume_role, assume_role_with_saml, assume_role_with_web_identity.',
        'Use one of the three STS methods the AWS hook supports.'
      )
    )
  const roleArn = extra.get('role_arn')
  if (
    roleArn !== undefined &&
    roleArn !== null &&
    (typeof roleArn !== 'string' || !ROLE_ARN_PATTERN.test(roleArn))
  )
    findings.push(
      finding(
        context,
        'error',
        'aws-role-arn',
        'role_arn is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>).',
        'Copy the role ARN from the IAM console.'
      )
    )
  const region = extra.get('region_name')
  if (
    region !== undefined &&
    region !== null &&
    (typeof region !== 'string' || !REGION_PATTERN.test(region))
  )
    findings.push(
      finding(
        context,
        'error',
        'aws-region-name',
        'region_name is not an AWS region code such as us-east-1.',
        'Use the region code, not its display name.'
      )
    )
  const config = extra.get('config_kwargs')
  const retries = isPyDict(config ?? null)
    ? (config as Map<string, PyValue>).get('retries')
    : undefined
  const mode =
    retries !== undefined && isPyDict(retries) ? retries.get('mode') : undefined
  if (
    mode !== undefined &&
    (typeof mode !== 'string' || !RETRY_MODES.includes(mode))
  )
    findings.push(
      finding(
        context,
        'error',
        'aws-retry-mode',
        'config_kwargs.retries.mode is not legacy, standard or adaptive.',
        'botocore accepts only legacy, standard and adaptive; standard is the usual fix for throttling.'
      )
    )
  if (method === 'assume_role_with_saml') {
    const saml = extra.get('assume_role_with_saml')
    const missing = ['idp_url', 'principal_arn'].filter(
      (key) =>
        !isPyDict(saml ?? null) || !(saml as Map<string, PyValue>).get(key)
    )
    if (missing.length > 0)
      findings.push(
        finding(
          context,
          'error',
          'aws-saml-incomplete',
          `assume_role_with_saml lacks ${missing.join(' and ')}.`,
          'Set assume_role_with_saml.idp_url and assume_role_with_saml.principal_arn.'
        )
      )
  }
  if (
    extra.get('assume_role_with_web_identity_federation') === 'google' &&
    !roleArn
  )
    findings.push(
      finding(
        context,
        'error',
        'aws-federation-role',
        'Web identity federation with google needs role_arn.',
        'Set role_arn to the role the Google identity assumes.'
      )
    )
  return findings
}
