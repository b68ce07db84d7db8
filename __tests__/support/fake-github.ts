/**
 * A loopback server speaking the GitHub REST endpoints the pull-request
 * comment uses: list (with per_page, page and a Link header), create, update
 * and delete issue comments. Tokens are write, read-only (403 with GitHub's
 * JSON error body on writes) or unknown (401). Records every request.
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
      if (holdCount > 0) {
        holdCount--
        if (holdCount > 0) {
          await new Promise<void>((resolve) => held.push(resolve))
        } else {
          const release = held
          held = []
          for (const go of release) go()
        }
      }
      const all = listOf(owner, repo, Number(issue))
      const perPage = Math.min(
        100,
        Math.max(1, Number(url.searchParams.get('per_page') ?? '30'))
      )
      const page = Math.max(1, Number(url.searchParams.get('page') ?? '1'))
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const links: string[] = []
      const link = (p: number, rel: string): string => {
        const target = new URL(url.pathname, base)
        target.searchParams.set('per_page', String(perPage))
        target.searchParams.set('page', String(p))
        return `<${target.href}>; rel="${rel}"`
      }
      if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
      const slice = all.slice((page - 1) * perPage, page * perPage)
      send(res, 200, slice, links.length > 0 ? { link: links.join(', ') } : {})
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

    error(res, 404, 'Not Found', 'https://docs.github.com/rest')
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
