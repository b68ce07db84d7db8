/**
 * prefetchIdToken: the OIDC token request starts at once and its result is
 * handed to the first getIdToken call for the same audience.
 */
import { describe, expect, it } from '@jest/globals'
import {
  getOidcToken,
  prefetchIdToken
} from '../../../src/adapters/github/oidc.js'

const ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
}

const JWT = `e30.${Buffer.from('{"sub":"repo:a/b:ref:refs/heads/main"}').toString('base64url')}.sig`

/** A fake token service that records the audiences asked for. */
function service(
  answer: (call: number) => Promise<string> = () => Promise.resolve(JWT)
): { asked: string[]; getIdToken: (audience: string) => Promise<string> } {
  const asked: string[] = []
  return {
    asked,
    getIdToken: (audience) => {
      asked.push(audience)
      return answer(asked.length)
    }
  }
}

describe('prefetchIdToken', () => {
  it('requests the token before anyone asks for it', () => {
    const fake = service()
    prefetchIdToken('sts.amazonaws.com', ENV, fake.getIdToken)
    expect(fake.asked).toEqual(['sts.amazonaws.com'])
  })

  it('hands the prefetched token to the first call, then asks again', async () => {
    const fake = service((call) => Promise.resolve(`${JWT}${call}`))
    const get = prefetchIdToken('sts.amazonaws.com', ENV, fake.getIdToken)
    expect(get).toBeDefined()
    await expect(get?.('sts.amazonaws.com')).resolves.toBe(`${JWT}1`)
    expect(fake.asked).toHaveLength(1)
    await expect(get?.('sts.amazonaws.com')).resolves.toBe(`${JWT}2`)
    expect(fake.asked).toHaveLength(2)
  })

  it('asks anew for another audience', async () => {
    const fake = service()
    const get = prefetchIdToken('sts.amazonaws.com', ENV, fake.getIdToken)
    await get?.('other-audience')
    expect(fake.asked).toEqual(['sts.amazonaws.com', 'other-audience'])
  })

  it.each([
    [{}],
    [{ ACTIONS_ID_TOKEN_REQUEST_URL: ENV.ACTIONS_ID_TOKEN_REQUEST_URL }],
    [{ ...ENV, ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }]
  ])('does nothing without a token endpoint (%j)', (env) => {
    const fake = service()
    expect(prefetchIdToken('sts.amazonaws.com', env, fake.getIdToken)).toBe(
      undefined
    )
    expect(fake.asked).toEqual([])
  })

  it('keeps a failed request for getOidcToken to report, without an unhandled rejection', async () => {
    const fake = service(() =>
      Promise.reject(new Error('Error message: Unable to get ID Token'))
    )
    const get = prefetchIdToken('sts.amazonaws.com', ENV, fake.getIdToken)
    // Let the rejection settle before anyone awaits it.
    await new Promise((resolve) => setImmediate(resolve))
    await expect(
      getOidcToken('sts.amazonaws.com', {
        env: ENV,
        ...(get ? { getIdToken: get } : {})
      })
    ).rejects.toThrow(
      'Could not get the GitHub OIDC token for audience "sts.amazonaws.com": Unable to get ID Token'
    )
    expect(fake.asked).toHaveLength(1)
  })

  it('gives getOidcToken the prefetched token and its claims', async () => {
    const fake = service()
    const get = prefetchIdToken('sts.amazonaws.com', ENV, fake.getIdToken)
    const token = await getOidcToken('sts.amazonaws.com', {
      env: ENV,
      ...(get ? { getIdToken: get } : {})
    })
    expect(token.token).toBe(JWT)
    expect(token.claims.sub).toBe('repo:a/b:ref:refs/heads/main')
    expect(fake.asked).toHaveLength(1)
  })
})
