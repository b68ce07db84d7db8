/**
 * The runner toolkit (src/adapters/github/toolkit.ts) against @actions/core
 * 3 itself: the same calls, side by side, must write the same workflow
 * commands to stdout, the same file commands (delimiters aside, which are
 * random), the same summary, and fail with the same messages; the OIDC token
 * request is served by a loopback token service with scripted answers.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import * as actions from '@actions/core'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as ours from '../../../src/adapters/github/toolkit.js'

type Toolkit = typeof ours

/** What one toolkit did: stdout, files, exit code, env, result or error. */
interface Effects {
  readonly stdout: string
  readonly files: Record<string, string>
  readonly exitCode: typeof process.exitCode
  readonly env: Record<string, string | undefined>
  readonly outcome: string
}

const FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY'] as const

let dir: string
/** One summary file for the whole file: both toolkits remember its path. */
let summaryDir: string
const saved = { ...process.env }

beforeAll(async () => {
  summaryDir = await mkdtemp(join(tmpdir(), 'asg-toolkit-summary-'))
})

afterAll(async () => {
  await rm(summaryDir, { recursive: true, force: true })
})

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'asg-toolkit-'))
  process.env = { ...saved }
  for (const name of [...FILES, 'RUNNER_DEBUG'])
    Reflect.deleteProperty(process.env, name)
})

afterEach(async () => {
  process.env = saved
  process.exitCode = undefined
  await rm(dir, { recursive: true, force: true })
})

const normalise = (text: string): string =>
  text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_<uuid>')

/**
 * Runs `act` with one toolkit, with fresh command files when `withFiles`,
 * and records everything it did.
 */
async function effects(
  toolkit: Toolkit,
  act: (toolkit: Toolkit) => unknown,
  options: { withFiles?: boolean; env?: Record<string, string> } = {}
): Promise<Effects> {
  const paths: Record<string, string> = {}
  if (options.withFiles ?? true)
    for (const name of FILES) {
      paths[name] = join(
        name === 'GITHUB_STEP_SUMMARY' ? summaryDir : dir,
        name
      )
      await writeFile(paths[name], '')
      process.env[name] = paths[name]
    }
  Object.assign(process.env, options.env ?? {})
  let stdout = ''
  const write = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk)
      return true
    })
  process.exitCode = undefined
  let outcome: string
  try {
    const value: unknown = await act(toolkit)
    outcome =
      value === undefined
        ? 'returned nothing'
        : `returned ${JSON.stringify(value)}`
  } catch (error) {
    outcome = `threw ${messageOf(error)}`
  } finally {
    write.mockRestore()
  }
  const files: Record<string, string> = {}
  for (const [name, path] of Object.entries(paths)) {
    files[name] = normalise(await readFile(path, 'utf8'))
    Reflect.deleteProperty(process.env, name)
  }
  const env = Object.fromEntries(
    ['PLAIN', 'WITH_NEWLINE'].map((name) => [name, process.env[name]])
  )
  for (const name of Object.keys(env)) Reflect.deleteProperty(process.env, name)
  const exitCode = process.exitCode
  process.exitCode = undefined
  return { stdout: normalise(stdout), files, exitCode, env, outcome }
}

/** Both toolkits did the same. */
async function expectSame(
  act: (toolkit: Toolkit) => unknown,
  options: { withFiles?: boolean; env?: Record<string, string> } = {}
): Promise<Effects> {
  const theirs = await effects(actions as unknown as Toolkit, act, options)
  const mine = await effects(ours, act, options)
  expect(mine).toEqual(theirs)
  return mine
}

/** An error's message, from any realm (Node's own errors come from another). */
const messageOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'message' in error
    ? String(error.message).replace(/\s*[\r\n]+\s*/g, ' ')
    : String(error)

const AWKWARD = 'a%b\r\nc:d,e\nf%0A::g'

describe('workflow commands', () => {
  it.each<[string, (toolkit: Toolkit) => unknown]>([
    [
      'info',
      (t) => {
        t.info(AWKWARD)
      }
    ],
    [
      'debug',
      (t) => {
        t.debug(AWKWARD)
      }
    ],
    [
      'setSecret',
      (t) => {
        t.setSecret(AWKWARD)
      }
    ],
    [
      'warning',
      (t) => {
        t.warning(AWKWARD)
      }
    ],
    [
      'notice',
      (t) => {
        t.notice(AWKWARD)
      }
    ],
    [
      'error with an Error',
      (t) => {
        t.error(new TypeError(AWKWARD))
      }
    ],
    [
      'error with every property',
      (t) => {
        t.error(AWKWARD, {
          title: 'T: a, b',
          file: 'dir/a,b:c.yml',
          startLine: 3,
          endLine: 4,
          startColumn: 5,
          endColumn: 6
        })
      }
    ],
    [
      'error with falsy properties (left out)',
      (t) => {
        t.error('m', { title: '', file: 'f.yml', startLine: 0 })
      }
    ],
    [
      'warning with only empty properties',
      (t) => {
        t.warning('m', { title: '' })
      }
    ],
    [
      'setFailed',
      (t) => {
        t.setFailed(AWKWARD)
      }
    ],
    [
      'setFailed with an Error',
      (t) => {
        t.setFailed(new Error('boom'))
      }
    ],
    [
      'group',
      (t) =>
        t.group('Name: %\n', () => {
          t.info('inside')
          return Promise.resolve(42)
        })
    ],
    [
      'group that rejects',
      (t) =>
        t.group('Failing', () => Promise.reject(new Error('inner failure')))
    ]
  ])('%s', async (_name, act) => {
    const done = await expectSame(act)
    expect(done.stdout).not.toBe('')
  })
})

describe('file commands', () => {
  it.each<[string, (toolkit: Toolkit) => unknown]>([
    [
      'setOutput of a string',
      (t) => {
        t.setOutput('valid', AWKWARD)
      }
    ],
    [
      'setOutput of an empty string',
      (t) => {
        t.setOutput('error', '')
      }
    ],
    [
      'setOutput of an object',
      (t) => {
        t.setOutput('o', { a: [1, 'x'] })
      }
    ],
    [
      'setOutput of a number',
      (t) => {
        t.setOutput('n', 3)
      }
    ],
    [
      'exportVariable',
      (t) => {
        t.exportVariable('PLAIN', 'v')
      }
    ],
    [
      'exportVariable with a line break',
      (t) => {
        t.exportVariable('WITH_NEWLINE', 'a\nb')
      }
    ],
    [
      'summary, appended twice',
      async (t) => {
        await t.summary.addRaw('# One', true).write()
        await t.summary.addRaw('two').addRaw(' three').write()
      }
    ],
    [
      'summary, overwritten',
      async (t) => {
        await t.summary.addRaw('first', true).write()
        await t.summary.addRaw('second').write({ overwrite: true })
      }
    ]
  ])('%s', async (_name, act) => {
    const done = await expectSame(act)
    expect(done.outcome).toBe('returned nothing')
    expect(Object.values(done.files).join('')).not.toBe('')
  })

  it.each<[string, (toolkit: Toolkit) => unknown]>([
    [
      'setOutput',
      (t) => {
        t.setOutput('valid', AWKWARD)
      }
    ],
    [
      'exportVariable',
      (t) => {
        t.exportVariable('PLAIN', AWKWARD)
      }
    ]
  ])('%s without the runner file', async (_name, act) => {
    const done = await expectSame(act, { withFiles: false })
    expect(`${done.stdout}${done.outcome}`).toMatch(
      /::set-output name=valid::|::set-env name=PLAIN::/
    )
  })

  it('refuses an output file that is missing', async () => {
    const missing = join(dir, 'nowhere', 'file')
    const outcomes = await expectSame(
      (t) => {
        t.setOutput('a', 'b')
      },
      { withFiles: false, env: { GITHUB_OUTPUT: missing } }
    )
    expect(outcomes.outcome).toBe(`threw Missing file at path: ${missing}`)
  })
})

describe('inputs', () => {
  it.each<
    [string, Record<string, string>, (toolkit: Toolkit) => unknown, string]
  >([
    [
      'trimmed',
      { 'INPUT_AWS-REGION': '  us-east-1 \n' },
      (t) => t.getInput('aws-region'),
      'returned "us-east-1"'
    ],
    [
      'untrimmed',
      { 'INPUT_AWS-REGION': ' x ' },
      (t) => t.getInput('aws-region', { trimWhitespace: false }),
      'returned " x "'
    ],
    [
      'spaces in the name',
      { INPUT_MY_INPUT: 'v' },
      (t) => t.getInput('my input'),
      'returned "v"'
    ],
    [
      'lower-case name',
      { INPUT_MANIFEST: 'm.yml' },
      (t) => t.getInput('Manifest'),
      'returned "m.yml"'
    ],
    ['missing', {}, (t) => t.getInput('absent'), 'returned ""'],
    [
      'required and missing',
      {},
      (t) => t.getInput('absent', { required: true }),
      'threw Input required and not supplied: absent'
    ],
    [
      'required and blank',
      { INPUT_BLANK: '   ' },
      (t) => t.getInput('blank', { required: true }),
      'returned ""'
    ],
    ['debug on', { RUNNER_DEBUG: '1' }, (t) => t.isDebug(), 'returned true'],
    [
      'debug written otherwise',
      { RUNNER_DEBUG: 'true' },
      (t) => t.isDebug(),
      'returned false'
    ]
  ])('%s', async (_name, env, act, outcome) => {
    const done = await expectSame(act, { env })
    expect(done.outcome).toBe(outcome)
  })
})

/** A loopback token service answering from a script, one entry per request. */
interface TokenService {
  readonly url: string
  readonly seen: { path: string; authorization: string | undefined }[]
  script: ((res: http.ServerResponse, req: http.IncomingMessage) => void)[]
}

let service: TokenService
let server: http.Server

beforeAll(async () => {
  const seen: TokenService['seen'] = []
  const state = { script: [] as TokenService['script'] }
  server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization })
    const answer = state.script.shift()
    if (answer) answer(res, req)
    else res.writeHead(500).end('unscripted')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  service = {
    url: `http://127.0.0.1:${port}`,
    seen,
    get script() {
      return state.script
    },
    set script(value) {
      state.script = value
    }
  }
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

const JWT = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJyZXBvOmEvYiJ9.sig'
const json =
  (status: number, body: unknown) =>
  (res: http.ServerResponse): void => {
    res
      .writeHead(status, { 'content-type': 'application/json' })
      .end(typeof body === 'string' ? body : JSON.stringify(body))
  }

describe('getIDToken', () => {
  /** Runs both toolkits against the same script; returns ours. */
  async function bothAgainst(
    script: TokenService['script'],
    audience: string | undefined,
    env: Record<string, string> = {}
  ): Promise<Effects> {
    const tokenEnv = {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${service.url}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
      ...env
    }
    const theirs = await (async () => {
      service.script = [...script]
      service.seen.length = 0
      return {
        effects: await effects(
          actions as unknown as Toolkit,
          (t) => t.getIDToken(audience),
          { env: tokenEnv }
        ),
        seen: [...service.seen]
      }
    })()
    service.script = [...script]
    service.seen.length = 0
    const mine = await effects(ours, (t) => t.getIDToken(audience), {
      env: tokenEnv
    })
    expect({ effects: mine, seen: service.seen }).toEqual(theirs)
    return mine
  }

  it('gets, masks and returns the token with the audience asked for', async () => {
    const done = await bothAgainst(
      [json(200, { count: 1, value: JWT })],
      'sts.amazonaws.com'
    )
    expect(done.outcome).toBe(`returned ${JSON.stringify(JWT)}`)
    expect(done.stdout).toContain(`::add-mask::${JWT}`)
    expect(service.seen).toEqual([
      {
        path: '/token?api-version=2.0&audience=sts.amazonaws.com',
        authorization: 'Bearer request-token'
      }
    ])
  })

  it('encodes the audience and leaves it out when none is asked for', async () => {
    const paths: string[] = []
    for (const audience of ['https://a b/?&', undefined, '']) {
      await bothAgainst([json(200, { value: JWT })], audience)
      paths.push(...service.seen.map((entry) => entry.path))
    }
    expect(paths).toEqual([
      '/token?api-version=2.0&audience=https%3A%2F%2Fa%20b%2F%3F%26',
      '/token?api-version=2.0',
      '/token?api-version=2.0'
    ])
  })

  it.each<[string, TokenService['script']]>([
    [
      'a refusal with a JSON message',
      [json(401, { message: 'Bad credentials' })]
    ],
    ['a refusal with a text body', [(res) => res.writeHead(403).end('no')]],
    ['a refusal without a body', [(res) => res.writeHead(400).end()]],
    ['a 404', [json(404, { value: JWT })]],
    ['an answer without a value', [json(200, { count: 0 })]],
    ['an answer that is not JSON', [json(200, 'not json')]],
    ['an empty value', [json(200, { value: '' })]]
  ])('fails as the toolkit does on %s', async (_name, script) => {
    const done = await bothAgainst(script, 'sts.amazonaws.com')
    expect(done.outcome).toMatch(/^threw Error message: /)
  })

  it('retries 502, 503 and 504', async () => {
    const ok = await bothAgainst(
      [
        (res) => res.writeHead(502).end(),
        (res) => res.writeHead(503).end(),
        (res) => res.writeHead(504).end(),
        json(200, { value: JWT })
      ],
      'sts.amazonaws.com'
    )
    expect(ok.outcome).toBe(`returned ${JSON.stringify(JWT)}`)
    expect(service.seen).toHaveLength(4)
  })

  it('gives up after 10 retries (about 10 s of backoff)', async () => {
    service.script = Array.from(
      { length: 11 },
      () => (res: http.ServerResponse) => res.writeHead(503).end('busy')
    )
    service.seen.length = 0
    const done = await effects(ours, (t) => t.getIDToken('aud'), {
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: `${service.url}/token?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
      }
    })
    expect(done.outcome).toBe(
      'threw Error message: Failed to get ID Token. Error Code : 503 Error Message: busy'
    )
    expect(service.seen).toHaveLength(11)
  }, 60_000)

  it('follows a redirect on the same host with the bearer', async () => {
    await bothAgainst(
      [
        (res) =>
          res.writeHead(302, { location: `${service.url}/moved?x=1` }).end(),
        json(200, { value: JWT })
      ],
      'sts.amazonaws.com'
    )
    expect(service.seen.map((entry) => entry.authorization)).toEqual([
      'Bearer request-token',
      'Bearer request-token'
    ])
  })

  it('fails in one message when the service cannot be reached', async () => {
    const done = await effects(ours, (t) => t.getIDToken('aud'), {
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?a=1',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
      }
    })
    expect(done.outcome).toMatch(
      /^threw Error message: Failed to get ID Token\. Error Message: connect ECONNREFUSED 127\.0\.0\.1:1$/
    )
  })

  it.each([
    [{ ACTIONS_ID_TOKEN_REQUEST_URL: '' }],
    [{ ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }]
  ])('fails as the toolkit does without %j', async (env) => {
    const done = await bothAgainst([], 'aud', env)
    expect(done.outcome).toMatch(/^threw Error message: Unable to get /)
  })
})
