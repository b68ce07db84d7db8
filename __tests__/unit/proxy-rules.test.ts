import { describe, expect, it } from '@jest/globals'
import {
  bypassesProxy,
  proxyForScheme
} from '../../src/core/aws/proxy-rules.js'

describe('proxyForScheme', () => {
  it.each([
    [
      'https:',
      { HTTPS_PROXY: 'http://a:1', https_proxy: 'http://b:1' },
      'http://a:1'
    ],
    [
      'https:',
      { https_proxy: 'http://b:1', HTTP_PROXY: 'http://c:1' },
      'http://b:1'
    ],
    ['https:', { HTTP_PROXY: 'http://c:1' }, ''],
    ['http:', { HTTP_PROXY: ' http://c:1 ' }, 'http://c:1'],
    [
      'http:',
      { http_proxy: 'http://d:1', HTTPS_PROXY: 'http://a:1' },
      'http://d:1'
    ],
    ['http:', {}, '']
  ])('%s with %j → %j', (scheme, env, expected) => {
    expect(proxyForScheme(scheme, env)).toBe(expected)
  })
})

describe('bypassesProxy', () => {
  it.each([
    ['secretsmanager.us-east-1.amazonaws.com', 443, 'amazonaws.com', true],
    ['secretsmanager.us-east-1.amazonaws.com', 443, '.amazonaws.com', true],
    ['secretsmanager.us-east-1.amazonaws.com', 443, '*.amazonaws.com', true],
    ['amazonaws.com', 443, '.amazonaws.com', true],
    ['notamazonaws.com', 443, 'amazonaws.com', false],
    ['sts.amazonaws.com', 443, 'sts.amazonaws.com:443', true],
    ['sts.amazonaws.com', 443, 'sts.amazonaws.com:8443', false],
    ['127.0.0.1', 4566, 'localhost, 127.0.0.1', true],
    ['127.0.0.1', 4566, 'localhost 127.0.0.2', false],
    ['::1', 443, '[::1]', true],
    ['[::1]', 443, '::1', true],
    ['STS.AMAZONAWS.COM', 443, 'sts.amazonaws.com', true],
    ['anything', 1, '*', true],
    ['anything', 1, '', false]
  ])('%s:%i with NO_PROXY=%j → %s', (host, port, noProxy, expected) => {
    expect(bypassesProxy(host, port, { NO_PROXY: noProxy })).toBe(expected)
  })

  it('reads no_proxy when NO_PROXY is unset', () => {
    expect(bypassesProxy('a.internal', 443, { no_proxy: '.internal' })).toBe(
      true
    )
  })
})
