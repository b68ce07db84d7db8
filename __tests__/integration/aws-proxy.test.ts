import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createSecretsManagerClient } from '../../src/adapters/aws/clients.js'
import { readSecrets } from '../../src/adapters/aws/secrets-reader.js'
import type { ProxyEnv } from '../../src/core/aws/proxy-rules.js'
import type { ConnectProxy } from '../support/connect-proxy.js'
import { startConnectProxy } from '../support/connect-proxy.js'
import type { FakeAws } from '../support/fake-aws.js'
import { startFakeAws } from '../support/fake-aws.js'
import { clearAmbientEnv, AWS_AND_PROXY } from '../support/ambient-env.js'

const KEY = {
  accessKeyId: 'AKIAFAKEGATE0000TEST',
  secretAccessKey: 'fake/secret+key'
}
const SECRETS = { 'airflow/variables/a': '1', 'airflow/variables/b': '2' }

const saved = { ...process.env }
let aws: FakeAws
beforeAll(async () => {
  clearAmbientEnv(AWS_AND_PROXY)
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
        `AWS unavailable: could not reach Secrets Manager for BatchGetSecretValue (Error: The proxy ${url.replace(/\/$/, '')} refused a tunnel to ${new URL(aws.url).host}: HTTP 407 (proxy authentication required: put the user and password in the proxy URL).): check network access, HTTPS_PROXY/NO_PROXY and AWS_ENDPOINT_URL_SECRETS_MANAGER.`
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

/** A throwaway self-signed certificate for 127.0.0.1, made with openssl. */
function makeCertificate(): { key: string; cert: string } | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'fake-aws-tls-'))
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem')
      ],
      { stdio: 'ignore' }
    )
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8')
    }
  } catch {
    return undefined
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const certificate = makeCertificate()
const describeTls = certificate ? describe : describe.skip

describeTls('proxy support for an https endpoint', () => {
  it('runs TLS end to end inside the HTTPS_PROXY tunnel', async () => {
    const tls = certificate ?? { key: '', cert: '' }
    const secure = await startFakeAws({
      secrets: SECRETS,
      acceptCredentials: [KEY],
      tls
    })
    const proxy = await startConnectProxy()
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = secure.url
    const client = createSecretsManagerClient({
      region: 'us-east-1',
      credentials: KEY,
      env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: 'http://127.0.0.1:9' },
      ca: tls.cert,
      maxAttempts: 1
    })
    try {
      const reads = await readSecrets(Object.keys(SECRETS), {
        client,
        mask: () => undefined
      })
      expect(reads.map((r) => r.status)).toEqual(['found', 'found'])
      expect(secure.url).toMatch(/^https:/)
      expect(proxy.tunnels).toEqual([new URL(secure.url).host])
      expect(secure.requests[0]?.accessKeyId).toBe(KEY.accessKeyId)
    } finally {
      client.destroy()
      process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = aws.url
      await proxy.stop()
      await secure.stop()
    }
  })

  it('refuses an endpoint whose certificate it does not trust', async () => {
    const tls = certificate ?? { key: '', cert: '' }
    const secure = await startFakeAws({
      secrets: SECRETS,
      acceptCredentials: [KEY],
      tls
    })
    const proxy = await startConnectProxy()
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = secure.url
    const client = createSecretsManagerClient({
      region: 'us-east-1',
      credentials: KEY,
      env: { HTTPS_PROXY: proxy.url },
      maxAttempts: 1
    })
    try {
      await expect(
        readSecrets(Object.keys(SECRETS), { client, mask: () => undefined })
      ).rejects.toThrow(
        /^AWS unavailable: could not reach Secrets Manager for BatchGetSecretValue \(.*self-signed certificate/
      )
      expect(secure.requests).toHaveLength(0)
    } finally {
      client.destroy()
      process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = aws.url
      await proxy.stop()
      await secure.stop()
    }
  })
})
