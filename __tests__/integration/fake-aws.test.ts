import * as crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  BatchGetSecretValueCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  paginateListSecrets,
  SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import type { FakeAws } from '../support/fake-aws.js'
import { prng, startFakeAws } from '../support/fake-aws.js'

const KEY = {
  accessKeyId: 'AKIAFAKEGATE0000TEST',
  secretAccessKey: 'fake/secret+key'
}

let aws: FakeAws
const clients: SecretsManagerClient[] = []
const saved = { ...process.env }

function client(
  credentials: {
    accessKeyId: string
    secretAccessKey: string
    sessionToken?: string
  } = KEY
): SecretsManagerClient {
  const made = new SecretsManagerClient({
    region: 'us-east-1',
    endpoint: aws.url,
    credentials,
    maxAttempts: 1
  })
  clients.push(made)
  return made
}

async function errorName(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return (error as Error).name
  }
  return 'no error'
}

beforeAll(async () => {
  process.env.AWS_EC2_METADATA_DISABLED = 'true'
  const secrets: Record<string, string> = {}
  for (let i = 0; i < 250; i++)
    secrets[`airflow/variables/v${String(i).padStart(3, '0')}`] = String(i)
  secrets['other/thing'] = 'x'
  aws = await startFakeAws({
    secrets: {
      ...secrets,
      'airflow/variables/gone': { kind: 'scheduled-for-deletion' }
    },
    acceptCredentials: [KEY]
  })
})
afterAll(async () => {
  for (const made of clients) made.destroy()
  await aws.stop()
  process.env = saved
})

describe('the fake AWS server', () => {
  it('enforces 20 ids per BatchGetSecretValue', async () => {
    const ids = Array.from(
      { length: 21 },
      (_, i) => `airflow/variables/v${String(i).padStart(3, '0')}`
    )
    expect(
      await errorName(
        client().send(new BatchGetSecretValueCommand({ SecretIdList: ids }))
      )
    ).toBe('ValidationException')
    const ok = await client().send(
      new BatchGetSecretValueCommand({ SecretIdList: ids.slice(0, 20) })
    )
    expect(ok.SecretValues).toHaveLength(20)
  })

  it('pages ListSecrets 100 at a time and hides planned deletions unless asked', async () => {
    aws.reset()
    const names: string[] = []
    for await (const page of paginateListSecrets(
      { client: client() },
      { Filters: [{ Key: 'name', Values: ['airflow/'] }] }
    ))
      names.push(...(page.SecretList ?? []).map((s) => s.Name ?? ''))
    expect(names).toHaveLength(250)
    expect(aws.counts.ListSecrets).toBe(3)
    const planned = await client().send(
      new ListSecretsCommand({
        Filters: [{ Key: 'name', Values: ['airflow/variables/g'] }],
        IncludePlannedDeletion: true
      })
    )
    expect(
      planned.SecretList?.map((s) => [s.Name, s.DeletedDate instanceof Date])
    ).toEqual([['airflow/variables/gone', true]])
    expect(
      await errorName(
        client().send(new ListSecretsCommand({ MaxResults: 101 }))
      )
    ).toBe('ValidationException')
  })

  it.each([
    [
      { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' },
      'UnrecognizedClientException'
    ],
    [
      { accessKeyId: KEY.accessKeyId, secretAccessKey: 'wrong' },
      'InvalidSignatureException'
    ]
  ])('rejects calls signed with %j', async (credentials, name) => {
    expect(
      await errorName(
        client(credentials).send(
          new GetSecretValueCommand({ SecretId: 'airflow/variables/v001' })
        )
      )
    ).toBe(name)
  })

  it('rejects unsigned calls', async () => {
    const response = await fetch(aws.url, {
      method: 'POST',
      headers: {
        'x-amz-target': 'secretsmanager.GetSecretValue',
        'content-type': 'application/x-amz-json-1.1'
      },
      body: '{"SecretId":"other/thing"}'
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      __type: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token'
    })
  })

  it('issues RS256 GitHub tokens only for the right bearer token', async () => {
    const denied = await fetch(
      `${aws.oidcRequestUrl}&audience=sts.amazonaws.com`,
      {
        headers: { authorization: 'Bearer wrong' }
      }
    )
    expect(denied.status).toBe(401)
    const response = await fetch(
      `${aws.oidcRequestUrl}&audience=sts.amazonaws.com`,
      {
        headers: { authorization: `Bearer ${aws.oidcRequestToken}` }
      }
    )
    const { value } = (await response.json()) as { value: string }
    const [header = '', payload = '', signature = ''] = value.split('.')
    expect(
      crypto.verify(
        'sha256',
        Buffer.from(`${header}.${payload}`),
        aws.publicKeyPem,
        Buffer.from(signature, 'base64url')
      )
    ).toBe(true)
    expect(
      JSON.parse(Buffer.from(payload, 'base64url').toString())
    ).toMatchObject({
      aud: 'sts.amazonaws.com',
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:octo-org/octo-repo:ref:refs/heads/main'
    })
  })

  it('answers a signed STS AssumeRole with credentials that then sign reads', async () => {
    const sts = new STSClient({
      region: 'eu-west-1',
      endpoint: aws.url,
      credentials: KEY,
      maxAttempts: 1
    })
    try {
      const before = aws.issued.length
      const response = await sts.send(
        new AssumeRoleCommand({
          RoleArn: 'arn:aws:iam::123456789012:role/reader',
          RoleSessionName: 'local-check'
        })
      )
      const issued = aws.issued[before]
      expect(response.Credentials?.AccessKeyId).toBe(issued?.accessKeyId)
      expect(response.AssumedRoleUser?.Arn).toBe(
        'arn:aws:sts::123456789012:assumed-role/reader/local-check'
      )
      const call = aws.requests
        .filter((r) => r.operation === 'AssumeRole')
        .pop()
      expect(call).toMatchObject({
        accessKeyId: KEY.accessKeyId,
        scope: 'sts/eu-west-1',
        status: 200
      })
      const read = await client({
        accessKeyId: response.Credentials?.AccessKeyId ?? '',
        secretAccessKey: response.Credentials?.SecretAccessKey ?? '',
        sessionToken: response.Credentials?.SessionToken ?? ''
      }).send(new GetSecretValueCommand({ SecretId: 'other/thing' }))
      expect(read.SecretString).toBe('x')
    } finally {
      sts.destroy()
    }
  })

  it.each([
    [
      { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' },
      'UnrecognizedClientException'
    ],
    [
      { accessKeyId: KEY.accessKeyId, secretAccessKey: 'wrong' },
      'InvalidSignatureException'
    ]
  ])('refuses AssumeRole signed with %j', async (credentials, name) => {
    const sts = new STSClient({
      region: 'us-east-1',
      endpoint: aws.url,
      credentials,
      maxAttempts: 1
    })
    try {
      const error = await errorName(
        sts.send(
          new AssumeRoleCommand({
            RoleArn: 'arn:aws:iam::123456789012:role/reader',
            RoleSessionName: 'local-check'
          })
        )
      )
      expect(error).toBe(name)
    } finally {
      sts.destroy()
    }
  })

  it('answers STS errors in the query protocol XML shape', async () => {
    const response = await fetch(aws.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        Action: 'AssumeRoleWithWebIdentity',
        Version: '2011-06-15',
        RoleArn: 'arn:aws:iam::123456789012:role/gate',
        RoleSessionName: 'x y',
        WebIdentityToken: aws.signToken({ aud: 'sts.amazonaws.com' })
      }).toString()
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(
      /^<ErrorResponse xmlns="https:\/\/sts.amazonaws.com\/doc\/2011-06-15\/">\s*<Error>\s*<Type>Sender<\/Type>\s*<Code>ValidationError<\/Code>/
    )
  })

  it('draws faults from a seeded PRNG', () => {
    const a = prng(42)
    const b = prng(42)
    const first = Array.from({ length: 5 }, () => a())
    expect(Array.from({ length: 5 }, () => b())).toEqual(first)
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true)
  })
})
