import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  READ_ONLY_TOKEN,
  WRITE_TOKEN,
  startFakeGithub
} from '../support/fake-github.js'
import { item, missing, report } from '../support/report-fixtures.js'
import {
  commentMarker,
  markerLine,
  prCommentHasFindings,
  renderPrComment
} from '../../src/core/render/pr-comment.js'
import type { UpsertPrCommentOptions } from '../../src/adapters/github/pr-comment.js'

// @actions/github reads GITHUB_API_URL when it is first imported, so the
// server starts and the variable is set before the adapter is loaded.
const server = await startFakeGithub()
process.env['GITHUB_API_URL'] = server.url
const { upsertPrComment } =
  await import('../../src/adapters/github/pr-comment.js')

afterAll(async () => {
  await server.close()
})

const OWNER = 'acme'
const REPO = 'dags'
const PR = 7
const MARKER = commentMarker('airflow-secrets.yml')
const RUN_URL = 'https://github.com/acme/dags/actions/runs/123'

const failing = report([
  missing('connection', 'new_warehouse'),
  item('variable', 'env', 'valid')
])
const fixed = report([
  item('connection', 'new_warehouse', 'valid'),
  item('variable', 'env', 'valid')
])
const FAILING_BODY = renderPrComment({
  report: failing,
  marker: MARKER,
  runUrl: RUN_URL
})
const CLEAR_BODY = renderPrComment({
  report: fixed,
  marker: MARKER,
  runUrl: RUN_URL
})

interface Run {
  warnings: string[]
  infos: string[]
  options: UpsertPrCommentOptions
}

function run(overrides: Partial<UpsertPrCommentOptions> = {}): Run {
  const warnings: string[] = []
  const infos: string[] = []
  const options: UpsertPrCommentOptions = {
    token: WRITE_TOKEN,
    context: { owner: OWNER, repo: REPO, issueNumber: PR },
    body: FAILING_BODY,
    marker: MARKER,
    mode: 'auto',
    hasFindings: true,
    warn: (message) => warnings.push(message),
    info: (message) => infos.push(message),
    baseUrl: server.url,
    ...overrides
  }
  return { warnings, infos, options }
}

const comments = (): { id: number; body: string }[] =>
  server.comments(OWNER, REPO, PR)

beforeEach(() => {
  server.reset()
})

describe('upsertPrComment against a GitHub REST server', () => {
  it('creates the comment on the first run and updates it on the second', async () => {
    const first = run()
    await expect(upsertPrComment(first.options)).resolves.toBe('created')
    expect(comments()).toHaveLength(1)
    expect(comments()[0]?.body).toBe(FAILING_BODY)
    expect(server.count('POST')).toBe(1)
    expect(first.warnings).toEqual([])
    expect(first.infos.join('\n')).toContain('#issuecomment-')

    const second = run({
      body: renderPrComment({
        report: report([
          missing('connection', 'new_warehouse'),
          missing('variable', 'env')
        ]),
        marker: MARKER,
        runUrl: RUN_URL
      })
    })
    const id = comments()[0]?.id
    await expect(upsertPrComment(second.options)).resolves.toBe('updated')
    expect(comments()).toHaveLength(1)
    expect(comments()[0]?.id).toBe(id)
    expect(comments()[0]?.body).toContain(
      '| variable | <code>env</code> | ❌ missing |'
    )
    expect(server.count('POST')).toBe(1)
    expect(server.count('PATCH')).toBe(1)
  })

  it('skips the update when the body is identical', async () => {
    server.seed(OWNER, REPO, PR, [FAILING_BODY], 'github-actions[bot]')
    const again = run()
    await expect(upsertPrComment(again.options)).resolves.toBe('unchanged')
    expect(server.count('PATCH')).toBe(0)
    expect(server.count('POST')).toBe(0)
    expect(comments()).toHaveLength(1)
  })

  it('turns the comment into "all clear" once the findings are fixed (auto)', async () => {
    await upsertPrComment(run().options)
    expect(prCommentHasFindings({ report: fixed })).toBe(false)
    const clear = run({ body: CLEAR_BODY, hasFindings: false })
    await expect(upsertPrComment(clear.options)).resolves.toBe('updated')
    expect(comments()).toHaveLength(1)
    expect(comments()[0]?.body).toContain('all clear')
    expect(comments()[0]?.body).not.toContain('new_warehouse')
  })

  it('auto with no findings and no earlier comment posts nothing', async () => {
    server.seed(OWNER, REPO, PR, ['LGTM'])
    const quiet = run({ body: CLEAR_BODY, hasFindings: false })
    await expect(upsertPrComment(quiet.options)).resolves.toBe('skipped')
    expect(server.count('POST')).toBe(0)
    expect(server.count('GET')).toBe(1)
    expect(comments().map((c) => c.body)).toEqual(['LGTM'])
  })

  it('always comments even when all is clear', async () => {
    const always = run({ body: CLEAR_BODY, hasFindings: false, mode: 'always' })
    await expect(upsertPrComment(always.options)).resolves.toBe('created')
    expect(comments()[0]?.body).toBe(CLEAR_BODY)
  })

  it('never makes no request at all', async () => {
    const never = run({ mode: 'never' })
    await expect(upsertPrComment(never.options)).resolves.toBe('skipped')
    expect(server.requests).toEqual([])
  })

  it.each([
    ['creating', [] as string[], 'POST'],
    ['updating', ['earlier'], 'PATCH']
  ])(
    'a read-only token warns once and returns forbidden when %s',
    async (_what, earlier, method) => {
      for (const text of earlier)
        server.seed(OWNER, REPO, PR, [`${markerLine(MARKER)}\n${text}`])
      const readOnly = run({ token: READ_ONLY_TOKEN, mode: 'always' })
      await expect(upsertPrComment(readOnly.options)).resolves.toBe('forbidden')
      expect(readOnly.warnings).toHaveLength(1)
      const [warning = ''] = readOnly.warnings
      expect(warning).toContain('pull-requests: write')
      expect(warning).toContain('forks')
      expect(warning).toContain('HTTP 403')
      expect(warning).toContain('Resource not accessible by integration')
      expect(warning).not.toContain(READ_ONLY_TOKEN)
      expect(warning).not.toMatch(/\n/)
      expect(server.count(method)).toBe(1)
      expect(comments()).toHaveLength(earlier.length)
    }
  )

  it('finds the marker on page 2 of a pull request with 150 comments', async () => {
    const chatter = Array.from({ length: 150 }, (_, i) => `comment ${i}`)
    chatter[140] = `${markerLine(MARKER)}\nold report`
    const seeded = server.seed(OWNER, REPO, PR, chatter)
    const target = seeded[140]?.id

    const later = run()
    await expect(upsertPrComment(later.options)).resolves.toBe('updated')
    expect(server.count('POST')).toBe(0)
    expect(comments()).toHaveLength(150)
    expect(comments().find((c) => c.id === target)?.body).toBe(FAILING_BODY)
    const lists = server.requests.filter((r) => r.method === 'GET')
    expect(lists).toHaveLength(2)
    expect(lists.map((r) => r.query['per_page'])).toEqual(['100', '100'])
    expect(lists[1]?.query['page']).toBe('2')
    const patch = server.requests.find((r) => r.method === 'PATCH')
    expect(patch?.path).toBe(
      `/repos/${OWNER}/${REPO}/issues/comments/${target}`
    )
  })

  it('two racing runs end with exactly one comment', async () => {
    // Both list before either creates, so both create; the oldest is kept.
    server.holdLists(2)
    const bodyA = `${markerLine(MARKER)}\nrun A`
    const bodyB = `${markerLine(MARKER)}\nrun B`
    const a = run({ body: bodyA, mode: 'always' })
    const b = run({ body: bodyB, mode: 'always' })
    const outcomes = await Promise.all([
      upsertPrComment(a.options),
      upsertPrComment(b.options)
    ])
    const posts = server.requests.filter((r) => r.method === 'POST')
    expect(posts).toHaveLength(2)
    expect(comments()).toHaveLength(1)
    // The first comment created is kept and carries the newest one's body.
    expect(comments()[0]?.id).toBe(1000)
    expect(comments()[0]?.body).toBe(posts[1]?.body)
    expect(outcomes).toContain('created')
    expect([...a.warnings, ...b.warnings]).toEqual([])
  })

  it('cleans up duplicates left by an earlier race', async () => {
    const dupes = server.seed(OWNER, REPO, PR, [
      `${markerLine(MARKER)}\nfirst`,
      'unrelated',
      `${markerLine(MARKER)}\nsecond`
    ])
    const next = run()
    await expect(upsertPrComment(next.options)).resolves.toBe('updated')
    expect(comments().map((c) => c.id)).toEqual([dupes[0]?.id, dupes[1]?.id])
    expect(comments()[0]?.body).toBe(FAILING_BODY)
    expect(server.count('DELETE')).toBe(1)
  })

  it("never deletes another author's comment that carries the marker", async () => {
    const [ours] = server.seed(
      OWNER,
      REPO,
      PR,
      [`${markerLine(MARKER)}\nold report`],
      'github-actions[bot]'
    )
    server.seed(OWNER, REPO, PR, [`${markerLine(MARKER)}\npasted`], 'reviewer')
    await expect(upsertPrComment(run().options)).resolves.toBe('updated')
    expect(server.count('DELETE')).toBe(0)
    expect(comments().map((c) => c.body)).toEqual([
      FAILING_BODY,
      `${markerLine(MARKER)}\npasted`
    ])
    expect(comments()[0]?.id).toBe(ours?.id)
  })

  it('keeps one comment per manifest and ignores quoted markers', async () => {
    server.seed(OWNER, REPO, PR, [`> ${markerLine(MARKER)}\n> quoted`])
    const other = commentMarker('teams/finance/airflow-secrets.yml')
    await upsertPrComment(run().options)
    await upsertPrComment(
      run({
        marker: other,
        body: renderPrComment({ report: failing, marker: other, runUrl: null })
      }).options
    )
    expect(comments()).toHaveLength(3)
    expect(server.count('POST')).toBe(2)
    expect(comments()[0]?.body).toMatch(/^> /)
  })

  it('adds the marker line when the body lacks it', async () => {
    const bare = run({ body: 'plain report' })
    await expect(upsertPrComment(bare.options)).resolves.toBe('created')
    expect(comments()[0]?.body).toBe(`${markerLine(MARKER)}\nplain report`)
    const again = run({ body: 'plain report' })
    await expect(upsertPrComment(again.options)).resolves.toBe('unchanged')
  })

  it('uses GITHUB_API_URL when no base URL is given', async () => {
    const { options } = run()
    const { baseUrl, ...withoutBase } = options
    expect(baseUrl).toBe(process.env['GITHUB_API_URL'])
    await expect(upsertPrComment(withoutBase)).resolves.toBe('created')
    expect(server.count('POST')).toBe(1)
  })

  it.each([
    [500, 'Server Error', 'HTTP 500'],
    [403, 'API rate limit exceeded for installation ID 1.', 'HTTP 403']
  ])(
    'an HTTP %d is one warning, not an error',
    async (status, message, expected) => {
      server.failNext(status, message)
      const broken = run()
      await expect(upsertPrComment(broken.options)).resolves.toBe('skipped')
      expect(broken.warnings).toHaveLength(1)
      expect(broken.warnings[0]).toContain(expected)
      expect(broken.warnings[0]).not.toContain('pull-requests: write')
      expect(broken.warnings[0]).toContain('does not depend on the comment')
    }
  )

  it('gives up on an API that does not answer', async () => {
    server.hangNext()
    const slow = run({ timeoutMs: 20 })
    await expect(upsertPrComment(slow.options)).resolves.toBe('skipped')
    expect(slow.warnings).toEqual([
      expect.stringContaining('did not answer in time')
    ])
  })

  it('an empty token warns when there is something to report', async () => {
    const empty = run({ token: '' })
    await expect(upsertPrComment(empty.options)).resolves.toBe('skipped')
    expect(empty.warnings).toHaveLength(1)
    expect(empty.warnings[0]).toContain('github-token')
    expect(server.requests).toEqual([])
  })
})
