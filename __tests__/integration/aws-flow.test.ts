import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { assumeRoleWithOidc } from '../../src/adapters/aws/assume-role.js'
import { createSecretsManagerClient } from '../../src/adapters/aws/clients.js'
import {
  checkExistence,
  readSecrets
} from '../../src/adapters/aws/secrets-reader.js'
import type { FakeAws } from '../support/fake-aws.js'
import { startFakeAws } from '../support/fake-aws.js'
import {
  clearAmbientEnv,
  AWS_PROXY_ACTIONS_AND_GITHUB
} from '../support/ambient-env.js'

const saved = { ...process.env }
let aws: FakeAws

beforeAll(async () => {
  clearAmbientEnv(AWS_PROXY_ACTIONS_AND_GITHUB)
  const secrets: Record<string, string> = {}
  for (let i = 0; i < 95; i++) secrets[`airflow/connections/c${i}`] = `v${i}`
  aws = await startFakeAws({ secrets, latencyMs: [10, 20] })
  Object.assign(process.env, aws.env(), {
    GITHUB_ACTIONS: 'true',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null'
  })
})
afterAll(async () => {
  await aws.stop()
  process.env = saved
})

describe('GitHub OIDC → STS → Secrets Manager', () => {
  it.each([
    [1, 1, 1],
    [20, 1, 1],
    [21, 2, 2],
    [95, 5, 3]
  ])(
    '%i secrets cost one STS call and %i batch calls, at most %i in flight',
    async (count, batches, maxConcurrency) => {
      jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
      aws.reset()
      const role = await assumeRoleWithOidc(
        {
          roleArn: 'arn:aws:iam::123456789012:role/gate',
          region: 'us-east-1',
          audience: 'sts.amazonaws.com',
          sessionName: 'flow-test',
          durationSeconds: 900
        },
        { info: () => undefined, mask: () => undefined }
      )
      const client = createSecretsManagerClient({
        region: 'us-east-1',
        credentials: role.credentials
      })
      try {
        const names = Array.from(
          { length: count },
          (_, i) => `airflow/connections/c${i}`
        )
        const reads = await readSecrets(names, {
          client,
          mask: () => undefined,
          maxConcurrency
        })
        expect(reads.map((r) => r.value)).toEqual(names.map((_, i) => `v${i}`))
        expect(aws.counts).toMatchObject({
          oidc: 1,
          AssumeRoleWithWebIdentity: 1,
          BatchGetSecretValue: batches,
          GetSecretValue: 0
        })
        expect(aws.maxInFlight()).toBeLessThanOrEqual(maxConcurrency)
        const issued = aws.issued.at(-1)?.accessKeyId
        const signed = aws.requests.filter(
          (r) => r.operation === 'BatchGetSecretValue'
        )
        expect(signed.every((r) => r.accessKeyId === issued)).toBe(true)
      } finally {
        client.destroy()
      }
    }
  )

  it('ends the run in one line when the time limit aborts the reads', async () => {
    const client = createSecretsManagerClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIAX', secretAccessKey: 'x' }
    })
    const controller = new AbortController()
    controller.abort()
    try {
      await expect(
        checkExistence(['airflow/connections/c1'], {
          client,
          abortSignal: controller.signal
        })
      ).rejects.toThrow(
        'AWS unavailable: gave up waiting for Secrets Manager ListSecrets: the time limit (timeout-seconds) ran out; raise it or lower the number of secrets checked.'
      )
    } finally {
      client.destroy()
    }
  })
})
