/**
 * The SDK's default credential chain on a developer's machine: the region of
 * a shared-config profile, and STS `AssumeRole` with the chain's credentials
 * (`~/.aws` files, `AWS_PROFILE`, SSO, env keys).
 */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { AssumeRoleCommand } from '@aws-sdk/client-sts'
import { AwsCallError, errorMessage } from '../../core/errors.js'
import type { ProxyEnv } from '../../core/aws/proxy-rules.js'
import type { AwsCredentials } from './clients.js'
import { createStsClient } from './clients.js'
import { stsErrorCode } from './assume-role.js'

/**
 * The region the SDK's region provider finds without an explicit one:
 * `AWS_REGION`, else the profile's `region` in the shared config file
 * (`AWS_CONFIG_FILE`, default `~/.aws/config`). Undefined when none is set.
 */
export async function sdkDefaultRegion(
  profile?: string
): Promise<string | undefined> {
  const client = new SecretsManagerClient(
    profile === undefined ? {} : { profile }
  )
  try {
    const region = await client.config.region()
    return region === '' ? undefined : region
  } catch {
    return undefined
  } finally {
    client.destroy()
  }
}

export interface ChainAssumeRoleSettings {
  readonly roleArn: string
  readonly region: string
  readonly sessionName: string
  /** The shared-config profile whose credentials call STS. */
  readonly profile?: string
  readonly durationSeconds?: number
  readonly env?: ProxyEnv
}

export interface ChainAssumedRole {
  readonly credentials: Required<AwsCredentials>
  readonly assumedRoleArn: string
}

/**
 * Assumes a role with STS `AssumeRole`, signed with the default chain's
 * credentials. `mask` receives each credential part first.
 */
export async function assumeRoleFromChain(
  settings: ChainAssumeRoleSettings,
  mask: (value: string) => void = () => undefined
): Promise<ChainAssumedRole> {
  const client = createStsClient({
    region: settings.region,
    ...(settings.profile === undefined ? {} : { profile: settings.profile }),
    ...(settings.env === undefined ? {} : { env: settings.env }),
    maxAttempts: 3
  })
  try {
    const response = await client.send(
      new AssumeRoleCommand({
        RoleArn: settings.roleArn,
        RoleSessionName: settings.sessionName,
        DurationSeconds: settings.durationSeconds ?? 900
      })
    )
    const c = response.Credentials
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
      throw new AwsCallError(
        'AssumeRole',
        'IncompleteResponse',
        `STS AssumeRole for ${settings.roleArn} returned no credentials.`,
        'assume-role-failed'
      )
    mask(c.AccessKeyId)
    mask(c.SecretAccessKey)
    mask(c.SessionToken)
    return {
      credentials: {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration ?? new Date(Date.now() + 900_000)
      },
      assumedRoleArn: response.AssumedRoleUser?.Arn ?? settings.roleArn
    }
  } catch (error) {
    if (error instanceof AwsCallError) throw error
    const code = stsErrorCode(error)
    const fix =
      code === 'CredentialsProviderError'
        ? 'no AWS credentials to call STS with; run aws configure (or aws sso login), or pass --profile'
        : code === 'AccessDenied'
          ? "the role's trust policy does not allow these credentials to assume it"
          : 'check --role-arn and the credentials of the profile'
    throw new AwsCallError(
      'AssumeRole',
      code,
      `STS AssumeRole for ${settings.roleArn} failed (${code}: ${errorMessage(error).slice(0, 200)}): ${fix}.`,
      'assume-role-failed'
    )
  } finally {
    client.destroy()
  }
}
