import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createSecretsManagerClient } from '../../src/adapters/aws-clients.js'
import { readSecrets } from '../../src/adapters/secrets-reader.js'
import type { ProxyEnv } from '../../src/core/proxy-rules.js'
import type { ConnectProxy } from '../support/connect-proxy.js'
import { startConnectProxy } from '../support/connect-proxy.js'
import type { FakeAws } from '../support/fake-aws.js'
import { startFakeAws } from '../support/fake-aws.js'

const KEY = {
  accessKeyId: 'AKIAFAKEGATE0000TEST',
  secretAccessKey: 'fake/secret+key'
}
const SECRETS = { 'airflow/variables/a': '1', 'airflow/variables/b': '2' }

const saved = { ...process.env }
let aws: FakeAws
beforeAll(async () => {
  for (const name of Object.keys(process.env))
    if (/^(AWS_|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy)/.test(name))
      Reflect.deleteProperty(process.env, name)
  aws = await startFakeAws({ secrets: SECRETS, acceptCredentials: [KEY] })
  Object.assign(process.env, {
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_ENDPOINT_URL_SECRETS_MANAGER: aws.url
  })
})
afterAll(async () => {
  await aws.stop()
  process.env = saved
})

async function read(env: ProxyEnv): Promise<string[]> {
  // Each call builds its own client so that each sees its own env.
  const client = createSecretsManagerClient({
    region: 'us-east-1',
    credentials: KEY,
    env,
    maxAttempts: 1
  })
  try {
    const reads = await readSecrets(Object.keys(SECRETS), {
      client,
      mask: () => undefined
    })
    return reads.map((r) => `${r.status}${r.awsCode ? ` ${r.awsCode}` : ''}`)
  } finally {
    client.destroy()
  }
}

async function withProxy(
  body: (proxy: ConnectProxy) => Promise<void>,
  auth?: string
): Promise<void> {
  const proxy = await startConnectProxy(auth ? { auth } : {})
  try {
    await body(proxy)
  } finally {
    await proxy.stop()
  }
}

describe('proxy support', () => {
  it('tunnels through HTTP_PROXY with CONNECT', async () => {
    await withProxy(async (proxy) => {
      aws.reset()
      expect(await read({ HTTP_PROXY: proxy.url })).toEqual(['found', 'found'])
      expect(proxy.tunnels).toEqual([new URL(aws.url).host])
      expect(aws.counts.BatchGetSecretValue).toBe(1)
    })
  })

  it('sends proxy credentials from the proxy URL', async () => {
    await withProxy(async (proxy) => {
      expect(await read({ http_proxy: proxy.url })).toEqual(['found', 'found'])
      expect(proxy.tunnels).toHaveLength(1)
    }, 'gate:p@ss')
  })

  it.each(['127.0.0.1', 'localhost,127.0.0.1', '127.0.0.1:PORT', '*'])(
    'goes direct for NO_PROXY=%s',
    async (noProxy) => {
      await withProxy(async (proxy) => {
        const entry = noProxy.replace('PORT', new URL(aws.url).port)
        expect(await read({ HTTP_PROXY: proxy.url, NO_PROXY: entry })).toEqual([
          'found',
          'found'
        ])
        expect(proxy.tunnels).toEqual([])
      })
    }
  )

  it('still uses the proxy when NO_PROXY names another port', async () => {
    await withProxy(async (proxy) => {
      expect(
        await read({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1:1' })
      ).toEqual(['found', 'found'])
      expect(proxy.tunnels).toHaveLength(1)
    })
  })

  it('reports a proxy that wants credentials', async () => {
    await withProxy(async (proxy) => {
      const url = proxy.url.replace(/\/\/[^@]+@/, '//')
      await expect(read({ HTTP_PROXY: url })).rejects.toThrow(
        `Could not reach Secrets Manager for BatchGetSecretValue (Error: The proxy ${url.replace(/\/$/, '')} refused a tunnel to ${new URL(aws.url).host}: HTTP 407 (proxy authentication required: put the user and password in the proxy URL).): check network access, HTTPS_PROXY/NO_PROXY and AWS_ENDPOINT_URL_SECRETS_MANAGER.`
      )
    }, 'gate:secret')
  })

  it('does not use HTTPS_PROXY for an http endpoint', async () => {
    await withProxy(async (proxy) => {
      expect(await read({ HTTPS_PROXY: proxy.url })).toEqual(['found', 'found'])
      expect(proxy.tunnels).toEqual([])
    })
  })
})
