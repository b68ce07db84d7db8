/**
 * The job summary and the pull-request comment as a reader sees them:
 * rendered by a CommonMark + GFM renderer (markdown-it always, GitHub's
 * cmark-gfm too when it is installed), then read from the HTML. Every
 * failing id shows once, in one row, with its fix; no backslash escape or
 * tag from an input survives; no canary shows; and each table fits the
 * width GitHub gives it, by an estimate of its narrowest layout.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import {
  HTMLElement,
  type Node as HtmlNode,
  NodeType,
  parse as parseHtml
} from 'node-html-parser'
import {
  CANARY,
  brokenReport,
  failingIds,
  stsDenied
} from '../support/render-fixtures.js'
import { type Page, pages } from '../support/render-pages.js'
import type { ReportItem } from '../../src/core/gate/report.js'
import { renderSummary } from '../../src/core/render/summary.js'
import { GITHUB_SUMMARY_LIMIT } from '../../src/core/render/summary.js'
import { clip, utf8Length } from '../../src/core/render/markdown.js'
import { renderRunErrorSummary } from '../../src/core/render/run-error.js'
import { item, report } from '../support/report-fixtures.js'

type Renderer = (markdown: string) => string

/** The HTML as a DOM, `<pre>` content parsed as elements too. */
function parse(html: string): HTMLElement {
  return parseHtml(html, { blockTextElements: { script: true, style: true } })
}

const markdownIt = new MarkdownIt({ html: true })
const RENDERERS: [string, Renderer][] = [
  ['markdown-it', (markdown) => markdownIt.render(markdown)]
]
if (spawnSync('sh', ['-c', 'command -v cmark-gfm']).status === 0)
  RENDERERS.push([
    'cmark-gfm',
    (markdown) =>
      execFileSync(
        'cmark-gfm',
        ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink'],
        { input: markdown, encoding: 'utf8' }
      )
  ])

/** The elements the renderers may produce from our markdown. */
const ALLOWED_TAGS = new Set([
  'h2',
  'h3',
  'h4',
  'p',
  'ul',
  'li',
  'strong',
  'em',
  'a',
  'code',
  'pre',
  'br',
  'wbr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary'
])

/** A backslash before ASCII punctuation: an escape the reader would see. */
const LITERAL_ESCAPE = /\\[!-/:-@[-`{-~]/

/**
 * What a reader sees: text, with `<br>` as a line break, and of a closed
 * `<details>` only its `<summary>`.
 */
function visibleText(node: HtmlNode): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text
  if (!(node instanceof HTMLElement)) return ''
  const element = node
  const tag = (element.tagName as string | null)?.toLowerCase() ?? ''
  if (tag === 'br') return '\n'
  if (tag === 'details') {
    const summary = element.querySelector('summary')
    return summary ? visibleText(summary) : ''
  }
  return element.childNodes.map(visibleText).join('')
}

/**
 * Runs a line cannot wrap inside: text split at spaces and line breaks, and
 * at `<wbr>`. Details are counted open (the widest they get).
 */
function unbreakableRuns(node: HtmlNode): string[] {
  const marked = (n: HtmlNode): string => {
    if (n.nodeType === NodeType.TEXT_NODE) return n.text
    if (!(n instanceof HTMLElement)) return ''
    const tag = (n.tagName as string | null)?.toLowerCase() ?? ''
    if (tag === 'br' || tag === 'wbr') return '\n'
    const inner = n.childNodes.map(marked).join('')
    return tag === 'summary' || tag === 'details' ? `\n${inner}\n` : inner
  }
  return marked(node)
    .split(/\s+/)
    .filter((run) => run !== '')
}

/**
 * An upper bound of a run's width in px: 8.5 px a character (GitHub's 14 px
 * sans-serif averages about 7, its monospace code 7.2), 20 px an emoji.
 */
function runWidth(run: string): number {
  let width = 0
  for (const char of run)
    width += /\p{Extended_Pictographic}/u.test(char) ? 20 : 8.5
  return width
}

/** Cell padding (13 px a side), border, and a code element's padding. */
const CELL_CHROME = 26 + 1 + 6
/** The page padding around the markdown column. */
const COLUMN_PADDING = 32

/** The narrowest a table can get: per column, its widest unbreakable run. */
function minTableWidth(table: HTMLElement): number {
  const columns: number[] = []
  for (const row of table.querySelectorAll('tr'))
    row.querySelectorAll('th, td').forEach((cell, index) => {
      const widest = Math.max(0, ...unbreakableRuns(cell).map(runWidth))
      columns[index] = Math.max(columns[index] ?? 0, widest + CELL_CHROME)
    })
  return columns.reduce((sum, width) => sum + width, 0)
}

function tags(root: HTMLElement): Set<string> {
  return new Set(
    root.querySelectorAll('*').map((element) => element.tagName.toLowerCase())
  )
}

const PAGES = pages()
const byName = (name: string): Page => {
  const page = PAGES.find((candidate) => candidate.name === name)
  if (!page) throw new Error(name)
  return page
}

describe.each(RENDERERS)('rendered by %s', (_name, render) => {
  describe.each(PAGES.map((page) => [page.name, page] as const))(
    '%s',
    (_page, page) => {
      const html = render(page.markdown)
      const root = parse(html)
      const text = visibleText(root)

      it('has only the elements the product writes: no tag from any input', () => {
        const unexpected = [...tags(root)].filter(
          (tag) => !ALLOWED_TAGS.has(tag)
        )
        expect(unexpected).toEqual([])
        expect(html).not.toMatch(/<(?:img|script|b|i|iframe)[\s>]/i)
      })

      it('shows no literal backslash escape', () => {
        expect(text).not.toMatch(LITERAL_ESCAPE)
        for (const code of root.querySelectorAll('code'))
          expect(code.text).not.toMatch(LITERAL_ESCAPE)
      })

      it('shows no canary', () => {
        expect(page.markdown).not.toContain(CANARY)
        expect(html).not.toContain(CANARY)
        expect(page.markdown).not.toContain(CANARY.slice(3, 10))
      })

      it(`fits a ${page.width} px column`, () => {
        for (const table of root.querySelectorAll('table'))
          expect(minTableWidth(table)).toBeLessThanOrEqual(
            page.width - COLUMN_PADDING
          )
        for (const pre of root.querySelectorAll('pre'))
          for (const line of pre.text.split('\n'))
            expect(runWidth(line) * (7.2 / 8.5)).toBeLessThanOrEqual(
              page.width - COLUMN_PADDING - 32
            )
      })
    }
  )

  describe.each(['broken-summary', 'broken-comment'])('%s', (name) => {
    const page = byName(name)
    const root = parse(render(page.markdown))
    const rows =
      root.querySelectorAll('table')[0]?.querySelectorAll('tbody tr') ?? []
    const idOf = (row: HTMLElement): string =>
      row.querySelectorAll('td')[1]?.querySelector('code')?.text ?? ''

    it.each(failingIds(brokenReport()))(
      'shows failing id %j once, in one row, with its fix',
      (id) => {
        const mine = rows.filter((row) => idOf(row) === id)
        expect(mine).toHaveLength(1)
        const [row] = mine
        const cells = row?.querySelectorAll('td') ?? []
        expect(visibleText(cells[2] as HTMLElement)).toMatch(/^❌ /)
        expect(visibleText(cells[3] as HTMLElement)).toContain('Fix:')
        const others = rows.filter((other) => other !== row)
        for (const other of others)
          expect(
            visibleText(other.querySelectorAll('td')[1] as HTMLElement)
          ).not.toBe(id)
      }
    )

    it('lists errors first, then warnings', () => {
      const ranks = rows.map((row) => {
        const verdict = visibleText(
          row.querySelectorAll('td')[2] as HTMLElement
        )
        return verdict.startsWith('❌') ? 0 : verdict.startsWith('⚠️') ? 1 : 2
      })
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    })

    it('shows ids with markup as the text they are', () => {
      const ids = rows.map(idOf)
      expect(ids).toContain('<img src=x>')
      expect(ids).toContain('a*b_c(d)|e')
    })

    it('gives each finding a specific fix, never the generic one', () => {
      const text = visibleText(root)
      expect(text).not.toContain('Fix the value so it parses')
      const row = (id: string): string =>
        visibleText(rows.find((r) => idOf(r) === id) as HTMLElement)
      expect(row('c06_bad_port')).toContain('Ports run from 0 to 65535')
      expect(row('c06_bad_port')).toContain(
        'postgres://user:pa%3A99999@host:5432/db'
      )
      expect(row('aws_slash')).toContain("'/' as %2F")
      expect(row('aws_slash')).toContain('aws://KEY_ID:SECRET%2FPART@')
    })

    it('says why Airflow stayed quiet once, outside the table', () => {
      const text = visibleText(root)
      expect(text.split('tries the next secrets backend')).toHaveLength(2)
      for (const row of rows)
        expect(visibleText(row)).not.toContain('tries the next secrets backend')
    })

    it('marks findings that hold for one side only', () => {
      const text = visibleText(
        rows.find((r) => idOf(r) === 'extra_list') as HTMLElement
      )
      expect(text).toContain('Airflow 3.2–3.3, on the server only:')
    })
  })

  describe('run errors', () => {
    it.each(['sts-denied-summary', 'sts-denied-comment'])(
      '%s shows the error, its fix, the claims and a matching Condition',
      (name) => {
        const root = parse(render(byName(name).markdown))
        const text = visibleText(root)
        const failure = stsDenied()
        expect(text).toContain('assume-role-failed')
        expect(text).toContain(failure.message)
        expect(text).toContain('Fix: Make the role’s trust policy accept')
        const claims = new Map(
          root.querySelectorAll('tbody tr').map((row) => {
            const [claim, value] = row.querySelectorAll('td')
            return [claim?.text, value?.text] as const
          })
        )
        expect(claims.get('sub')).toBe('repo:acme/dags:pull_request')
        expect(claims.get('job_workflow_ref')).toBe(
          'acme/dags/.github/workflows/deploy_gate.yml@refs/pull/7/merge'
        )
        const condition = JSON.parse(
          root.querySelector('pre code')?.text ?? ''
        ) as { Condition: { StringEquals: Record<string, unknown> } }
        expect(
          condition.Condition.StringEquals[
            'token.actions.githubusercontent.com:sub'
          ]
        ).toEqual([
          'repo:acme@123456/dags@987654321:pull_request',
          'repo:acme/dags:pull_request'
        ])
      }
    )

    it('lists each manifest problem as text', () => {
      const root = parse(render(byName('manifest-invalid-comment').markdown))
      const items = root.querySelectorAll('li').map((li) => li.text)
      expect(items[0]).toBe(
        "line 4, column 3: unknown key 'requires' in connection 'warehouse_<i>x</i>'"
      )
    })
  })
})

describe('summary size', () => {
  it('stays within 1 MiB counted in bytes, with multi-byte ids', () => {
    const items: ReportItem[] = Array.from({ length: 4000 }, (_, i) =>
      item('connection', `é☃${i}${'☃'.repeat(80)}`, 'invalid', [
        {
          code: 'x',
          severity: 'error',
          message: `Broken ☃ ${'é'.repeat(200)}`,
          hint: `Fix ☃ ${'é'.repeat(200)}`
        }
      ])
    )
    const markdown = renderSummary({
      report: report(items),
      envFile: null,
      reportFile: '/tmp/report.json'
    })
    expect(utf8Length(markdown)).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT)
    expect(Buffer.byteLength(markdown)).toBe(utf8Length(markdown))
    const more = /…and (\d+) more rows in the JSON report/.exec(markdown)
    expect(Number(more?.[1])).toBeGreaterThan(0)
  })

  it('keeps a run error short', () => {
    expect(utf8Length(renderRunErrorSummary(stsDenied()))).toBeLessThan(5000)
  })
})

describe('utf8Length and clip', () => {
  /** Any code point, lone surrogates included, or printable ASCII. */
  const unit = fc.oneof(
    fc
      .integer({ min: 0, max: 0x10ffff })
      .map((point) => String.fromCodePoint(point)),
    fc
      .integer({ min: 0xd800, max: 0xdfff })
      .map((unit) => String.fromCharCode(unit)),
    fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c))
  )
  const text = fc.string({ unit, maxLength: 60 })

  it('counts the bytes Node writes for any text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(utf8Length(value)).toBe(Buffer.byteLength(value, 'utf8'))
      }),
      { numRuns: 2000 }
    )
  })

  it('clips to at most max code points, keeping text that fits', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 30 }), (value, max) => {
        const points = Array.from(value)
        const expected =
          points.length <= max ? value : `${points.slice(0, max - 1).join('')}…`
        expect(clip(value, max)).toBe(expected)
      }),
      { numRuns: 2000 }
    )
  })
})
