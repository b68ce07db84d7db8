/**
 * A loopback server speaking the GitHub REST endpoints the pull-request
 * comment and the tracking issue use: list (with per_page, page and a Link
 * header), create, update and delete issue comments; list (by labels and
 * state), create, get and update issues; get and create labels. Tokens are
 * write, read-only (403 with GitHub's JSON error body on writes) or unknown
 * (401). Records every request.
 */
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export const WRITE_TOKEN = 'ghs_fakeWriteToken000000000000000000000'
export const READ_ONLY_TOKEN = 'ghs_fakeReadOnlyToken00000000000000000'

export interface FakeComment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: { login: string; id: number; type: string }
  author_association: string
  created_at: string
  updated_at: string
}

export interface FakeLabel {
  id: number
  name: string
  color: string
  description: string | null
}

export interface FakeIssue {
  id: number
  node_id: string
  number: number
  url: string
  html_url: string
  title: string
  body: string | null
  state: 'open' | 'closed'
  state_reason: string | null
  labels: FakeLabel[]
  user: { login: string; id: number; type: string }
  created_at: string
  updated_at: string
  closed_at: string | null
  /** Present when the "issue" is a pull request, as GitHub lists them. */
  pull_request?: { url: string }
}

export interface SeedIssue {
  readonly title?: string
  readonly body?: string
  readonly labels?: readonly string[]
  readonly state?: 'open' | 'closed'
  readonly login?: string
  readonly pullRequest?: boolean
}

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  /** The JSON body of a POST or PATCH. */
  body?: string
}

export interface FakeGithub {
  readonly url: string
  readonly requests: RecordedRequest[]
  /** Requests with this method (and path prefix, when given). */
  count(method: string, pathPrefix?: string): number
  /** The live comments of one issue, in creation order. */
  comments(owner: string, repo: string, issue: number): FakeComment[]
  /** Adds comments as if written earlier by someone else. */
  seed(
    owner: string,
    repo: string,
    issue: number,
    bodies: readonly string[],
    login?: string
  ): FakeComment[]
  /** Every issue of a repository (pull requests included), by number. */
  issues(owner: string, repo: string): FakeIssue[]
  /** The labels of a repository. */
  labels(owner: string, repo: string): FakeLabel[]
  /** Adds issues as if opened earlier (by someone else unless `login`). */
  seedIssues(
    owner: string,
    repo: string,
    issues: readonly SeedIssue[]
  ): FakeIssue[]
  /** Holds the next `count` list requests until all of them have arrived. */
  holdLists(count: number): void
  /** Answers the next request with this status and GitHub-style body. */
  failNext(status: number, message: string): void
  /** Never answers the next request (until close). */
  hangNext(): void
  reset(): void
  close(): Promise<void>
}

const DOCS = 'https://docs.github.com/rest/issues/comments'
const EPOCH = Date.parse('2026-01-01T00:00:00Z')

export async function startFakeGithub(): Promise<FakeGithub> {
  let issues = new Map<string, FakeComment[]>()
  let repoIssues = new Map<string, FakeIssue[]>()
  let repoLabels = new Map<string, FakeLabel[]>()
  let nextId = 1000
  let clock = 0
  let held: (() => void)[] = []
  let holdCount = 0
  let failure: { status: number; message: string } | null = null
  let hang = false
  const requests: RecordedRequest[] = []
  let base = ''

  const key = (owner: string, repo: string, issue: number): string =>
    `${owner}/${repo}#${issue}`
  const listOf = (
    owner: string,
    repo: string,
    issue: number
  ): FakeComment[] => {
    const k = key(owner, repo, issue)
    let list = issues.get(k)
    if (list === undefined) {
      list = []
      issues.set(k, list)
    }
    return list
  }
  const issuesOf = (owner: string, repo: string): FakeIssue[] => {
    const k = `${owner}/${repo}`
    let list = repoIssues.get(k)
    if (list === undefined) {
      list = []
      repoIssues.set(k, list)
    }
    return list
  }
  const labelsOf = (owner: string, repo: string): FakeLabel[] => {
    const k = `${owner}/${repo}`
    let list = repoLabels.get(k)
    if (list === undefined) {
      list = []
      repoLabels.set(k, list)
    }
    return list
  }
  const labelNamed = (
    owner: string,
    repo: string,
    name: string,
    create: boolean
  ): FakeLabel | null => {
    const labels = labelsOf(owner, repo)
    const found = labels.find(
      (l) => l.name.toLowerCase() === name.toLowerCase()
    )
    if (found !== undefined || !create) return found ?? null
    // GitHub creates an unknown label named on a new issue.
    const label = { id: nextId++, name, color: 'ededed', description: null }
    labels.push(label)
    return label
  }
  const makeIssue = (
    owner: string,
    repo: string,
    seed: SeedIssue
  ): FakeIssue => {
    const list = issuesOf(owner, repo)
    const id = nextId++
    const number = list.length + 1
    const at = new Date(EPOCH + 1000 * clock++).toISOString()
    const state = seed.state ?? 'open'
    const kind = seed.pullRequest ? 'pull' : 'issues'
    const issue: FakeIssue = {
      id,
      node_id: `I_${id}`,
      number,
      url: `${base}/repos/${owner}/${repo}/issues/${number}`,
      html_url: `https://github.com/${owner}/${repo}/${kind}/${number}`,
      title: seed.title ?? `Issue ${number}`,
      body: seed.body ?? null,
      state,
      state_reason: state === 'closed' ? 'completed' : null,
      labels: (seed.labels ?? []).flatMap(
        (name) => labelNamed(owner, repo, name, true) ?? []
      ),
      user: { login: seed.login ?? 'someone', id: 1, type: 'User' },
      created_at: at,
      updated_at: at,
      closed_at: state === 'closed' ? at : null,
      ...(seed.pullRequest
        ? {
            pull_request: {
              url: `${base}/repos/${owner}/${repo}/pulls/${number}`
            }
          }
        : {})
    }
    list.push(issue)
    return issue
  }
  const findComment = (
    owner: string,
    repo: string,
    id: number
  ): { list: FakeComment[]; index: number } | null => {
    for (const [k, list] of issues) {
      if (!k.startsWith(`${owner}/${repo}#`)) continue
      const index = list.findIndex((c) => c.id === id)
      if (index >= 0) return { list, index }
    }
    return null
  }
  const makeComment = (
    owner: string,
    repo: string,
    issue: number,
    body: string,
    login: string
  ): FakeComment => {
    const id = nextId++
    const at = new Date(EPOCH + 1000 * clock++).toISOString()
    return {
      id,
      node_id: `IC_${id}`,
      url: `${base}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${base}/repos/${owner}/${repo}/issues/${issue}`,
      body,
      user: { login, id: 41898282, type: 'Bot' },
      author_association: 'NONE',
      created_at: at,
      updated_at: at
    }
  }

  const send = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): void => {
    const text = body === undefined ? '' : JSON.stringify(body)
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-github-request-id': 'FAKE:0001',
      ...headers
    })
    res.end(text)
  }
  const error = (
    res: ServerResponse,
    status: number,
    message: string,
    docs = DOCS
  ): void => {
    send(res, status, {
      message,
      documentation_url: docs,
      status: String(status)
    })
  }

  /** One page of `all`, as GitHub pages lists (per_page, page, Link). */
  const sendPage = (res: ServerResponse, url: URL, all: unknown[]): void => {
    const perPage = Math.min(
      100,
      Math.max(1, Number(url.searchParams.get('per_page') ?? '30'))
    )
    const page = Math.max(1, Number(url.searchParams.get('page') ?? '1'))
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const links: string[] = []
    const link = (p: number, rel: string): string => {
      const target = new URL(url.pathname + url.search, base)
      target.searchParams.set('per_page', String(perPage))
      target.searchParams.set('page', String(p))
      return `<${target.href}>; rel="${rel}"`
    }
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    const slice = all.slice((page - 1) * perPage, page * perPage)
    send(res, 200, slice, links.length > 0 ? { link: links.join(', ') } : {})
  }

  /** Waits while list requests are held (see holdLists). */
  const holdIfAsked = async (): Promise<void> => {
    if (holdCount <= 0) return
    holdCount--
    if (holdCount > 0) {
      await new Promise<void>((resolve) => held.push(resolve))
    } else {
      const release = held
      held = []
      for (const go of release) go()
    }
  }

  const readBody = async (req: IncomingMessage): Promise<unknown> => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    return text === '' ? {} : (JSON.parse(text) as unknown)
  }
  const bodyField = (payload: unknown): string | null => {
    if (typeof payload !== 'object' || payload === null) return null
    const body: unknown = (payload as { body?: unknown }).body
    return typeof body === 'string' ? body : null
  }

  const handle = async (
    req: IncomingMessage,
    res: ServerResponse
  ): Promise<void> => {
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', base)
    const query = Object.fromEntries(url.searchParams)
    const record: RecordedRequest = { method, path: url.pathname, query }
    requests.push(record)

    if (hang) {
      hang = false
      return // never answered; close() drops the connection
    }
    if (failure !== null) {
      const { status, message } = failure
      failure = null
      error(res, status, message)
      return
    }

    const auth = req.headers.authorization ?? ''
    const token = auth.replace(/^(?:token|bearer)\s+/i, '')
    if (token !== WRITE_TOKEN && token !== READ_ONLY_TOKEN) {
      error(res, 401, 'Bad credentials', 'https://docs.github.com/rest')
      return
    }
    const readOnly = token === READ_ONLY_TOKEN

    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(
      url.pathname
    )
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(
      url.pathname
    )

    if (list && method === 'GET') {
      const [, owner = '', repo = '', issue = ''] = list
      await holdIfAsked()
      sendPage(res, url, listOf(owner, repo, Number(issue)))
      return
    }

    if (list && method === 'POST') {
      const [, owner = '', repo = '', issue = ''] = list
      const body = bodyField(await readBody(req))
      if (body !== null) record.body = body
      if (readOnly) {
        error(
          res,
          403,
          'Resource not accessible by integration',
          `${DOCS}#create-an-issue-comment`
        )
        return
      }
      if (body === null) {
        error(res, 422, 'Invalid request.\n\n"body" wasn\'t supplied.')
        return
      }
      const comment = makeComment(
        owner,
        repo,
        Number(issue),
        body,
        'github-actions[bot]'
      )
      listOf(owner, repo, Number(issue)).push(comment)
      send(res, 201, comment, { location: comment.url })
      return
    }

    if (one && (method === 'PATCH' || method === 'DELETE')) {
      const [, owner = '', repo = '', id = ''] = one
      const payload = method === 'PATCH' ? await readBody(req) : {}
      const patched = bodyField(payload)
      if (patched !== null) record.body = patched
      if (readOnly) {
        const anchor =
          method === 'PATCH'
            ? 'update-an-issue-comment'
            : 'delete-an-issue-comment'
        error(
          res,
          403,
          'Resource not accessible by integration',
          `${DOCS}#${anchor}`
        )
        return
      }
      const found = findComment(owner, repo, Number(id))
      if (found === null) {
        error(res, 404, 'Not Found')
        return
      }
      if (method === 'DELETE') {
        found.list.splice(found.index, 1)
        res.writeHead(204)
        res.end()
        return
      }
      const body = bodyField(payload)
      const comment = found.list[found.index]
      if (body === null || comment === undefined) {
        error(res, 422, 'Invalid request.\n\n"body" wasn\'t supplied.')
        return
      }
      comment.body = body
      comment.updated_at = new Date(EPOCH + 1000 * clock++).toISOString()
      send(res, 200, comment)
      return
    }

    if (await handleIssues(req, res, url, method, record, readOnly)) return
    error(res, 404, 'Not Found', 'https://docs.github.com/rest')
  }

  const ISSUES_DOCS = 'https://docs.github.com/rest/issues/issues'
  const LABELS_DOCS = 'https://docs.github.com/rest/issues/labels'
  const forbid = (res: ServerResponse, docs: string): void => {
    error(res, 403, 'Resource not accessible by integration', docs)
  }

  /** Issues and labels; false when the request is for neither. */
  const handleIssues = async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    method: string,
    record: RecordedRequest,
    readOnly: boolean
  ): Promise<boolean> => {
    const all = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(url.pathname)
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url.pathname)
    const labels = /^\/repos\/([^/]+)\/([^/]+)\/labels$/.exec(url.pathname)
    const label = /^\/repos\/([^/]+)\/([^/]+)\/labels\/([^/]+)$/.exec(
      url.pathname
    )
    if (all && method === 'GET') {
      const [, owner = '', repo = ''] = all
      await holdIfAsked()
      const state = url.searchParams.get('state') ?? 'open'
      const wanted = (url.searchParams.get('labels') ?? '')
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter((l) => l !== '')
      const matching = issuesOf(owner, repo)
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) =>
          wanted.every((w) => i.labels.some((l) => l.name.toLowerCase() === w))
        )
        // GitHub's default order: newest first.
        .sort((a, b) => b.number - a.number)
      sendPage(res, url, matching)
      return true
    }
    if (all && method === 'POST') {
      const [, owner = '', repo = ''] = all
      const payload = (await readBody(req)) as {
        title?: unknown
        body?: unknown
        labels?: unknown
      }
      const body = bodyField(payload)
      if (body !== null) record.body = body
      if (readOnly) {
        forbid(res, `${ISSUES_DOCS}#create-an-issue`)
        return true
      }
      if (typeof payload.title !== 'string' || payload.title === '') {
        error(res, 422, 'Invalid request.\n\n"title" wasn\'t supplied.')
        return true
      }
      const names = Array.isArray(payload.labels)
        ? payload.labels.filter((l): l is string => typeof l === 'string')
        : []
      const issue = makeIssue(owner, repo, {
        title: payload.title,
        ...(body === null ? {} : { body }),
        labels: names,
        login: 'github-actions[bot]'
      })
      send(res, 201, issue, { location: issue.url })
      return true
    }
    if (one && (method === 'GET' || method === 'PATCH')) {
      const [, owner = '', repo = '', number = ''] = one
      const issue = issuesOf(owner, repo).find(
        (i) => i.number === Number(number)
      )
      const payload =
        method === 'PATCH'
          ? ((await readBody(req)) as Record<string, unknown>)
          : {}
      if (method === 'PATCH') record.body = JSON.stringify(payload)
      if (method === 'PATCH' && readOnly) {
        forbid(res, `${ISSUES_DOCS}#update-an-issue`)
        return true
      }
      if (issue === undefined) {
        error(res, 404, 'Not Found', ISSUES_DOCS)
        return true
      }
      if (method === 'PATCH') {
        const at = new Date(EPOCH + 1000 * clock++).toISOString()
        if (typeof payload['body'] === 'string') issue.body = payload['body']
        if (typeof payload['title'] === 'string') issue.title = payload['title']
        const state = payload['state']
        if (state === 'open' || state === 'closed') {
          issue.state = state
          issue.closed_at = state === 'closed' ? at : null
          issue.state_reason =
            typeof payload['state_reason'] === 'string'
              ? payload['state_reason']
              : state === 'closed'
                ? 'completed'
                : 'reopened'
        }
        issue.updated_at = at
      }
      send(res, 200, issue)
      return true
    }
    if (label && method === 'GET') {
      const [, owner = '', repo = '', name = ''] = label
      const found = labelNamed(owner, repo, decodeURIComponent(name), false)
      if (found === null) error(res, 404, 'Not Found', LABELS_DOCS)
      else send(res, 200, found)
      return true
    }
    if (labels && method === 'POST') {
      const [, owner = '', repo = ''] = labels
      const payload = (await readBody(req)) as {
        name?: unknown
        color?: unknown
        description?: unknown
      }
      if (readOnly) {
        forbid(res, `${LABELS_DOCS}#create-a-label`)
        return true
      }
      if (typeof payload.name !== 'string' || payload.name === '') {
        error(res, 422, 'Validation Failed')
        return true
      }
      if (labelNamed(owner, repo, payload.name, false) !== null) {
        error(res, 422, 'Validation Failed', LABELS_DOCS)
        return true
      }
      const created: FakeLabel = {
        id: nextId++,
        name: payload.name,
        color: typeof payload.color === 'string' ? payload.color : 'ededed',
        description:
          typeof payload.description === 'string' ? payload.description : null
      }
      labelsOf(owner, repo).push(created)
      send(res, 201, created)
      return true
    }
    return false
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      send(res, 500, { message: String(err) })
    })
  })
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  base = `http://127.0.0.1:${port}`

  return {
    url: base,
    requests,
    count(method, pathPrefix) {
      return requests.filter(
        (r) =>
          r.method === method &&
          (pathPrefix === undefined || r.path.startsWith(pathPrefix))
      ).length
    },
    comments(owner, repo, issue) {
      return listOf(owner, repo, issue)
    },
    issues(owner, repo) {
      return issuesOf(owner, repo)
    },
    labels(owner, repo) {
      return labelsOf(owner, repo)
    },
    seedIssues(owner, repo, seeds) {
      return seeds.map((seed) => makeIssue(owner, repo, seed))
    },
    seed(owner, repo, issue, bodies, login = 'reviewer') {
      const list = listOf(owner, repo, issue)
      const added = bodies.map((body) =>
        makeComment(owner, repo, issue, body, login)
      )
      list.push(...added)
      return added
    },
    holdLists(count) {
      holdCount = count
    },
    failNext(status, message) {
      failure = { status, message }
    },
    hangNext() {
      hang = true
    },
    reset() {
      issues = new Map()
      repoIssues = new Map()
      repoLabels = new Map()
      nextId = 1000
      clock = 0
      requests.length = 0
      holdCount = 0
      for (const go of held) go()
      held = []
      failure = null
      hang = false
    },
    async close() {
      for (const go of held) go()
      held = []
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => {
        server.close((err) => {
          if (err) reject(err)
          else resolve()
        })
      })
    }
  }
}
