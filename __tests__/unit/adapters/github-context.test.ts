import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as github from '@actions/github'
import {
  githubContext,
  pullRequestTarget,
  readGithubContext
} from '../../../src/adapters/github/context.js'
import type { GithubContextSource } from '../../../src/adapters/github/context.js'

// A fresh @actions/github Context reads the environment and the event payload
// when it is constructed, exactly as `github.context` does at import.
const ContextClass = github.context.constructor as new () => GithubContextSource

const VARS = [
  'GITHUB_EVENT_PATH',
  'GITHUB_EVENT_NAME',
  'GITHUB_REPOSITORY',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_SERVER_URL',
  'GITHUB_API_URL',
  'GITHUB_REF',
  'GITHUB_SHA'
]

let dir = ''
let saved: Record<string, string | undefined> = {}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'github-context-'))
  saved = Object.fromEntries(VARS.map((name) => [name, process.env[name]]))
  for (const name of VARS) Reflect.deleteProperty(process.env, name)
})

afterEach(async () => {
  for (const name of VARS) {
    const value = saved[name]
    if (value === undefined) Reflect.deleteProperty(process.env, name)
    else process.env[name] = value
  }
  await rm(dir, { recursive: true, force: true })
})

async function contextFor(
  env: Record<string, string>,
  payload?: unknown
): Promise<GithubContextSource> {
  if (payload !== undefined) {
    const path = join(dir, 'event.json')
    await writeFile(path, JSON.stringify(payload))
    process.env['GITHUB_EVENT_PATH'] = path
  }
  Object.assign(process.env, env)
  return new ContextClass()
}

const RUN = {
  GITHUB_REPOSITORY: 'acme/dags',
  GITHUB_RUN_ID: '9876543210',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_SHA: 'f'.repeat(40)
}

const pullRequestPayload = (headRepo: string): unknown => ({
  action: 'synchronize',
  number: 7,
  pull_request: {
    number: 7,
    head: { ref: 'feature', repo: { full_name: headRepo } },
    base: { ref: 'main', repo: { full_name: 'acme/dags' } }
  },
  repository: { name: 'dags', owner: { login: 'acme' } }
})

describe('readGithubContext', () => {
  it.each([
    ['pull_request', 'acme/dags', 7, false],
    ['pull_request', 'someone/dags', 7, true],
    ['pull_request_target', 'someone/dags', 7, true],
    ['push', 'acme/dags', null, false],
    ['workflow_dispatch', 'acme/dags', null, false]
  ])(
    'a %s event from %s has pull request %j (fork: %j)',
    async (eventName, headRepo, number, fromFork) => {
      const source = await contextFor(
        { ...RUN, GITHUB_EVENT_NAME: eventName },
        pullRequestPayload(headRepo)
      )
      const context = readGithubContext(source)
      expect(context.eventName).toBe(eventName)
      expect(context.pullRequestNumber).toBe(number)
      expect(context.pullRequestFromFork).toBe(fromFork)
      expect(pullRequestTarget(context)).toEqual(
        number === null ? null : { owner: 'acme', repo: 'dags', issueNumber: 7 }
      )
    }
  )

  it('exposes the repository, run, ref, sha and run URL', async () => {
    const context = readGithubContext(
      await contextFor(
        { ...RUN, GITHUB_EVENT_NAME: 'pull_request' },
        pullRequestPayload('acme/dags')
      )
    )
    expect(context).toEqual({
      repository: { owner: 'acme', repo: 'dags' },
      runId: 9876543210,
      runAttempt: 2,
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      runUrl: 'https://github.com/acme/dags/actions/runs/9876543210',
      ref: 'refs/pull/7/merge',
      sha: 'f'.repeat(40),
      eventName: 'pull_request',
      pullRequestNumber: 7,
      pullRequestFromFork: false,
      roleSessionNameBase: 'astro-secrets-gate-dags-9876543210-2'
    })
  })

  it('follows a GitHub Enterprise server URL', async () => {
    const context = readGithubContext(
      await contextFor({
        ...RUN,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_SERVER_URL: 'https://ghe.example.com/',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3'
      })
    )
    expect(context.runUrl).toBe(
      'https://ghe.example.com/acme/dags/actions/runs/9876543210'
    )
    expect(context.apiUrl).toBe('https://ghe.example.com/api/v3')
  })

  it('takes the repository from the payload without GITHUB_REPOSITORY', async () => {
    const { GITHUB_REPOSITORY: _dropped, ...rest } = RUN
    expect(_dropped).toBe('acme/dags')
    const context = readGithubContext(
      await contextFor(
        { ...rest, GITHUB_EVENT_NAME: 'pull_request' },
        pullRequestPayload('acme/dags')
      )
    )
    expect(context.repository).toEqual({ owner: 'acme', repo: 'dags' })
    expect(context.pullRequestNumber).toBe(7)
  })

  it('outside GitHub Actions has nulls and a plain session name', async () => {
    const context = readGithubContext(await contextFor({}))
    expect(context).toMatchObject({
      repository: null,
      runId: null,
      runAttempt: null,
      runUrl: null,
      ref: null,
      sha: null,
      eventName: null,
      pullRequestNumber: null,
      pullRequestFromFork: false,
      serverUrl: 'https://github.com',
      roleSessionNameBase: 'astro-secrets-gate'
    })
  })

  it.each([
    ['a'.repeat(100), '9876543210', '1'],
    ['repo.with+chars=ok,@-', '1', '1'],
    ['dags', '123', '']
  ])(
    'keeps the session name within 2–64 of [\\w+=,.@-] for repo %j',
    async (repo, runId, attempt) => {
      const context = readGithubContext(
        await contextFor({
          GITHUB_REPOSITORY: `acme/${repo}`,
          GITHUB_RUN_ID: runId,
          ...(attempt === '' ? {} : { GITHUB_RUN_ATTEMPT: attempt })
        })
      )
      const name = context.roleSessionNameBase
      expect(name).toMatch(/^[\w+=,.@-]{2,64}$/)
      expect(name.startsWith('astro-secrets-gate-')).toBe(true)
      expect(
        name.endsWith(attempt === '' ? `-${runId}` : `-${runId}-${attempt}`)
      ).toBe(true)
    }
  )

  it('ignores a pull-request event whose payload has no number', async () => {
    const context = readGithubContext(
      await contextFor(
        { ...RUN, GITHUB_EVENT_NAME: 'pull_request' },
        { pull_request: { title: 'no number' } }
      )
    )
    expect(context.pullRequestNumber).toBeNull()
    expect(pullRequestTarget(context)).toBeNull()
  })
})

describe('githubContext', () => {
  it('reads github.context once and returns the same object', () => {
    const first = githubContext()
    expect(githubContext()).toBe(first)
    expect(first).toEqual(readGithubContext(github.context))
  })
})
