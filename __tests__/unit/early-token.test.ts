/**
 * startTokenRequest (src/action/early-token.ts): the OIDC token request the
 * action starts before the rest of it is loaded, only when the inputs ask
 * for a role, for the audience readSettings will use.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { startTokenRequest } from '../../src/action/early-token.js'

const ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
}
const saved = { ...process.env }

afterEach(() => {
  process.env = { ...saved }
})

/** Sets the action inputs as the runner does, and records token requests. */
function withInputs(inputs: Record<string, string>): {
  asked: string[]
  request: (audience: string) => Promise<string>
} {
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value
  const asked: string[] = []
  return {
    asked,
    request: (audience) => {
      asked.push(audience)
      return Promise.resolve(`token-for-${audience}`)
    }
  }
}

const ROLE = 'arn:aws:iam::123456789012:role/astro-gate'

describe('startTokenRequest', () => {
  it('asks at once for the audience input, and hands that request over', async () => {
    const fake = withInputs({
      'role-to-assume': ROLE,
      audience: ' sts.amazonaws.com ',
      mode: 'values'
    })
    const early = startTokenRequest(ENV, fake.request)
    expect(fake.asked).toEqual(['sts.amazonaws.com'])
    expect(early?.audience).toBe('sts.amazonaws.com')
    await expect(early?.getIdToken('sts.amazonaws.com')).resolves.toBe(
      'token-for-sts.amazonaws.com'
    )
    expect(fake.asked).toHaveLength(1)
  })

  it('uses the default audience when the input is empty', () => {
    const fake = withInputs({ 'role-to-assume': ROLE, audience: '' })
    expect(startTokenRequest(ENV, fake.request)?.audience).toBe(
      'sts.amazonaws.com'
    )
  })

  it.each([
    ['no role', { 'role-to-assume': '' }, ENV],
    ['mode env-only', { 'role-to-assume': ROLE, mode: 'env-only' }, ENV],
    ['an invalid audience', { 'role-to-assume': ROLE, audience: 'a, b' }, ENV],
    ['a job without id-token: write', { 'role-to-assume': ROLE }, {}]
  ])('asks for nothing with %s', (_name, inputs, env) => {
    const fake = withInputs(inputs)
    expect(startTokenRequest(env, fake.request)).toBeUndefined()
    expect(fake.asked).toEqual([])
  })
})
