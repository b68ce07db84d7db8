/**
 * The tracking issue against the loopback GitHub REST server: opened once
 * per manifest while the check fails, updated in place, commented on when
 * the failing ids change, closed with an all-clear comment once fixed.
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  READ_ONLY_TOKEN,
  WRITE_TOKEN,
  startFakeGithub
} from '../support/fake-github.js'
import { item, missing, report } from '../support/report-fixtures.js'
import type { Report } from '../../src/core/gate/report.js'
import { commentMarker, markerLine } from '../../src/core/render/pr-comment.js'
import {
  TRACKING_LABEL,
  failingIds,
  renderAllClearComment,
  renderFailingChange,
  renderTrackingIssue,
  trackingIssueTitle
} from '../../src/core/render/tracking-issue.js'
import type { TrackingIssueOptions } from '../../src/adapters/github/tracking-issue.js'
import { keepTrackingIssue } from '../../src/adapters/github/tracking-issue.js'

const server = await startFakeGithub()

afterAll(async () => {
  await server.close()
})

const OWNER = 'acme'
const REPO = 'dags'
const RUN_URL = 'https://github.com/acme/dags/actions/runs/99'

const failing = report([
  missing('connection', 'new_warehouse'),
  missing('variable', 'env'),
  item('connection', 'pg_ok', 'valid')
])
const moreFailing = report([
  missing('connection', 'new_warehouse'),
  item('variable', 'env', 'valid'),
  missing('connection', 'crm')
])
const fixed = report([
  item('connection', 'new_warehouse', 'valid'),
  item('variable', 'env', 'valid')
])

interface Run {
  warnings: string[]
  infos: string[]
  options: TrackingIssueOptions
}

function run(from: Report, overrides: Partial<TrackingIssueOptions> = {}): Run {
  const warnings: string[] = []
  const infos: string[] = []
  const marker = overrides.marker ?? commentMarker(from.manifest)
  const input = { report: from, marker, runUrl: RUN_URL }
  const ids = failingIds(from)
  const options: TrackingIssueOptions = {
    token: WRITE_TOKEN,
    repository: { owner: OWNER, repo: REPO },
    marker,
    mode: 'auto',
    failing: !from.valid,
    label: TRACKING_LABEL,
    title: trackingIssueTitle(from.manifest),
    body: renderTrackingIssue(input),
    failingIds: ids,
    changeComment: (before) => renderFailingChange(before, ids, RUN_URL),
    allClearComment: renderAllClearComment(input),
    warn: (message) => warnings.push(message),
    info: (message) => infos.push(message),
    baseUrl: server.url,
    ...overrides
  }
  return { warnings, infos, options }
}

const ours = (): ReturnType<typeof server.issues> =>
  server
    .issues(OWNER, REPO)
    .filter((issue) => issue.user.login === 'github-actions[bot]')

beforeEach(() => {
  server.reset()
})

describe('keepTrackingIssue against a GitHub REST server', () => {
  it('opens exactly one labelled issue naming every failing id', async () => {
    const first = run(failing)
    await expect(keepTrackingIssue(first.options)).resolves.toBe('created')
    const issues = server.issues(OWNER, REPO)
    expect(issues).toHaveLength(1)
    const [issue] = issues
    expect(issue?.state).toBe('open')
    expect(issue?.title).toBe(
      'Airflow secrets check failing: airflow-secrets.yml'
    )
    expect(issue?.labels.map((l) => l.name)).toEqual(['astro-secrets'])
    expect(issue?.body).toContain(
      markerLine(commentMarker('airflow-secrets.yml'))
    )
    expect(issue?.body).toContain('new\\_warehouse')
    expect(issue?.body).toContain('<code>env</code>')
    expect(issue?.body).toContain(RUN_URL)
    // The label did not exist: it was created with a colour and description.
    expect(server.labels(OWNER, REPO)).toEqual([
      expect.objectContaining({ name: 'astro-secrets', color: 'd93f0b' })
    ])
    expect(first.warnings).toEqual([])
    expect(first.infos.join('\n')).toContain('Opened tracking issue #1')
  })

  it('updates that issue on a rerun instead of opening another', async () => {
    await keepTrackingIssue(run(failing).options)
    const again = run(failing)
    await expect(keepTrackingIssue(again.options)).resolves.toBe('unchanged')
    expect(server.issues(OWNER, REPO)).toHaveLength(1)
    expect(server.comments(OWNER, REPO, 1)).toHaveLength(0)
    expect(server.count('POST', `/repos/${OWNER}/${REPO}/issues`)).toBe(1)

    // Other ids fail now: the body follows and one comment says what changed.
    const changed = run(moreFailing)
    await expect(keepTrackingIssue(changed.options)).resolves.toBe('updated')
    const issues = server.issues(OWNER, REPO)
    expect(issues).toHaveLength(1)
    expect(issues[0]?.body).toContain('<code>crm</code>')
    const comments = server.comments(OWNER, REPO, 1)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain(
      '**Failing now:** connection <code>crm</code>'
    )
    expect(comments[0]?.body).toContain('**Fixed:** variable <code>env</code>')

    // Same ids, new run link: the body is updated, no new comment.
    const sameIds = run(moreFailing, {
      body: renderTrackingIssue({
        report: moreFailing,
        marker: commentMarker('airflow-secrets.yml'),
        runUrl: 'https://github.com/acme/dags/actions/runs/100'
      })
    })
    await expect(keepTrackingIssue(sameIds.options)).resolves.toBe('updated')
    expect(server.comments(OWNER, REPO, 1)).toHaveLength(1)
    expect(server.issues(OWNER, REPO)[0]?.body).toContain('runs/100')
  })

  it('closes the issue with an all-clear comment once fixed', async () => {
    await keepTrackingIssue(run(failing).options)
    const clear = run(fixed)
    await expect(keepTrackingIssue(clear.options)).resolves.toBe('closed')
    const [issue] = server.issues(OWNER, REPO)
    expect(issue?.state).toBe('closed')
    expect(issue?.state_reason).toBe('completed')
    const comments = server.comments(OWNER, REPO, 1)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toMatch(/all clear/i)
    expect(comments[0]?.body).toContain('passes again')

    // A later passing run finds nothing open and changes nothing.
    const quiet = run(fixed)
    await expect(keepTrackingIssue(quiet.options)).resolves.toBe('skipped')
    expect(server.comments(OWNER, REPO, 1)).toHaveLength(1)

    // Failing again opens a new issue; the closed one stays closed.
    await expect(keepTrackingIssue(run(failing).options)).resolves.toBe(
      'created'
    )
    expect(server.issues(OWNER, REPO).map((i) => i.state)).toEqual([
      'closed',
      'open'
    ])
  })

  it('gives a second manifest its own issue', async () => {
    const other = report([missing('connection', 'finance_db')], {
      manifest: 'teams/finance/airflow-secrets.yml'
    })
    await keepTrackingIssue(run(failing).options)
    await expect(keepTrackingIssue(run(other).options)).resolves.toBe('created')
    await keepTrackingIssue(run(failing).options)
    await keepTrackingIssue(run(other).options)
    const issues = server.issues(OWNER, REPO)
    expect(issues).toHaveLength(2)
    expect(issues[1]?.title).toContain('teams/finance/airflow-secrets.yml')
    expect(issues[1]?.body).toContain('finance\\_db')
    expect(issues[0]?.body).not.toContain('finance\\_db')

    // Fixing one manifest closes only its issue.
    await keepTrackingIssue(run(fixed).options)
    expect(server.issues(OWNER, REPO).map((i) => i.state)).toEqual([
      'closed',
      'open'
    ])
  })

  it('a read-only token gives one warning and opens nothing', async () => {
    const readOnly = run(failing, { token: READ_ONLY_TOKEN })
    await expect(keepTrackingIssue(readOnly.options)).resolves.toBe('forbidden')
    expect(readOnly.warnings).toHaveLength(1)
    const [warning = ''] = readOnly.warnings
    expect(warning).toContain('issues: write')
    expect(warning).toContain('HTTP 403')
    expect(warning).toContain('does not depend on the issue')
    expect(warning).not.toContain(READ_ONLY_TOKEN)
    expect(warning).not.toMatch(/\n/)
    expect(server.issues(OWNER, REPO)).toEqual([])
  })

  it('a read-only token cannot update an existing issue: one warning', async () => {
    await keepTrackingIssue(run(failing).options)
    const readOnly = run(moreFailing, { token: READ_ONLY_TOKEN })
    await expect(keepTrackingIssue(readOnly.options)).resolves.toBe('forbidden')
    expect(readOnly.warnings).toHaveLength(1)
    expect(server.issues(OWNER, REPO)[0]?.body).not.toContain('crm')
  })

  it('leaves 150 other issues with the same label alone', async () => {
    const marker = commentMarker('airflow-secrets.yml')
    const seeds = Array.from({ length: 150 }, (_, i) => ({
      title: `Other issue ${i}`,
      body: i % 3 === 0 ? `mentions ${markerLine('other.yml')}` : `body ${i}`,
      // Most carry the same label: only the marker tells ours apart.
      labels: i % 2 === 0 ? ['astro-secrets'] : ['astro-secrets', 'bug'],
      state: i % 25 === 0 ? ('closed' as const) : ('open' as const),
      pullRequest: i % 7 === 0
    }))
    server.seedIssues(OWNER, REPO, seeds)
    // A pull request quoting the marker is not a tracking issue.
    server.seedIssues(OWNER, REPO, [
      {
        body: `${markerLine(marker)}\nquoted`,
        labels: ['astro-secrets'],
        pullRequest: true
      }
    ])
    const before = JSON.stringify(server.issues(OWNER, REPO))

    await expect(keepTrackingIssue(run(failing).options)).resolves.toBe(
      'created'
    )
    const after = server.issues(OWNER, REPO)
    expect(after).toHaveLength(152)
    expect(JSON.stringify(after.slice(0, 151))).toBe(before)
    const lists = server.requests.filter(
      (r) => r.method === 'GET' && r.path === `/repos/${OWNER}/${REPO}/issues`
    )
    // Two listings (before and after creating), each over two pages.
    expect(lists.map((r) => r.query['page'] ?? '1')).toEqual([
      '1',
      '2',
      '1',
      '2'
    ])
    for (const list of lists) {
      expect(list.query['labels']).toBe('astro-secrets')
      expect(list.query['state']).toBe('open')
      expect(list.query['per_page']).toBe('100')
    }

    // The next run finds it and writes to nothing else.
    server.requests.length = 0
    await expect(keepTrackingIssue(run(moreFailing).options)).resolves.toBe(
      'updated'
    )
    const writes = server.requests.filter((r) => r.method !== 'GET')
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/${OWNER}/${REPO}/issues/152`,
      `POST /repos/${OWNER}/${REPO}/issues/152/comments`
    ])
    expect(JSON.stringify(server.issues(OWNER, REPO).slice(0, 151))).toBe(
      before
    )
  })

  it('finds an issue that sits on the second page', async () => {
    await keepTrackingIssue(run(failing).options)
    server.seedIssues(
      OWNER,
      REPO,
      Array.from({ length: 120 }, () => ({ labels: ['astro-secrets'] }))
    )
    server.requests.length = 0
    await expect(keepTrackingIssue(run(failing).options)).resolves.toBe(
      'unchanged'
    )
    expect(server.count('POST')).toBe(0)
    expect(server.requests.map((r) => r.query['page'] ?? '1')).toEqual([
      '1',
      '2'
    ])
  })

  it('two racing runs end with one open issue', async () => {
    // Both list before either creates, so both create; the oldest is kept.
    server.holdLists(2)
    const outcomes = await Promise.all([
      keepTrackingIssue(run(failing).options),
      keepTrackingIssue(run(moreFailing).options)
    ])
    expect(outcomes).toContain('created')
    expect(
      server.count('POST', `/repos/${OWNER}/${REPO}/issues`)
    ).toBeGreaterThanOrEqual(2)
    const open = ours().filter((issue) => issue.state === 'open')
    expect(open).toHaveLength(1)
    expect(open[0]?.number).toBe(1)
    const closed = ours().filter((issue) => issue.state === 'closed')
    expect(closed.map((i) => i.state_reason)).toEqual(['not_planned'])
    expect(server.comments(OWNER, REPO, closed[0]?.number ?? 0)[0]?.body).toBe(
      'Duplicate of #1.'
    )
  })

  it('never closes or merges an issue someone else wrote', async () => {
    const marker = commentMarker('airflow-secrets.yml')
    server.seedIssues(OWNER, REPO, [
      {
        body: `${markerLine(marker)}\nfiled by hand`,
        labels: ['astro-secrets'],
        login: 'octocat'
      },
      {
        body: `${markerLine(marker)}\nours`,
        labels: ['astro-secrets'],
        login: 'github-actions[bot]'
      }
    ])
    await expect(keepTrackingIssue(run(failing).options)).resolves.toBe(
      'updated'
    )
    expect(server.issues(OWNER, REPO).map((i) => i.state)).toEqual([
      'open',
      'open'
    ])
  })

  it('never makes no request; an empty token makes none either', async () => {
    const never = run(failing, { mode: 'never' })
    await expect(keepTrackingIssue(never.options)).resolves.toBe('skipped')
    const empty = run(failing, { token: '' })
    await expect(keepTrackingIssue(empty.options)).resolves.toBe('skipped')
    expect(empty.infos.join('\n')).toContain('github-token')
    expect(server.requests).toEqual([])
  })

  it('a passing run without issue access only notes it', async () => {
    server.failNext(403, 'Resource not accessible by integration')
    const clear = run(fixed)
    await expect(keepTrackingIssue(clear.options)).resolves.toBe('forbidden')
    expect(clear.warnings).toEqual([])
    expect(clear.infos.join('\n')).toContain('issues: write')
  })

  it.each([
    [500, 'Server Error', 'HTTP 500'],
    [403, 'API rate limit exceeded for installation ID 1.', 'HTTP 403']
  ])(
    'an HTTP %d is one warning, not an error',
    async (status, message, expected) => {
      server.failNext(status, message)
      const broken = run(failing)
      await expect(keepTrackingIssue(broken.options)).resolves.toBe('skipped')
      expect(broken.warnings).toHaveLength(1)
      expect(broken.warnings[0]).toContain(expected)
      expect(broken.warnings[0]).not.toContain('issues: write')
    }
  )

  it('gives up on an API that does not answer', async () => {
    server.hangNext()
    const slow = run(failing, { timeoutMs: 20 })
    await expect(keepTrackingIssue(slow.options)).resolves.toBe('skipped')
    expect(slow.warnings).toEqual([
      expect.stringContaining('did not answer in time')
    ])
  })
})
