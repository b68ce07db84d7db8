/**
 * docs/errors.md lists every error and finding code the source can emit,
 * and nothing else. Codes are read from the TypeScript AST: the code
 * argument of `new ActionError/InputError/AwsCallError/SyncError/UsageError`
 * (or the class's default when it is left out) and of the finding builders
 * (`make` in evaluate.ts, `finding` in lints.ts, `settingFinding` in
 * secrets-manager.ts), and every string a `code:` property of an object
 * literal can hold (findings built as objects, e.g. the local-file and DAG
 * findings, which the builders alone never showed).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import { parse } from 'node-html-parser'
import ts from 'typescript'
import { docsAnchor } from '../../src/cli/style.js'

/** Argument index of the code, and the default when it is left out. */
const CONSTRUCTORS: Record<string, readonly [number, string | null]> = {
  ActionError: [0, null],
  InputError: [2, 'input-invalid'],
  AwsCallError: [3, 'aws-call-failed'],
  SyncError: [2, 'sync-failed'],
  UsageError: [99, 'usage']
}
const BUILDERS: Record<string, number> = {
  make: 2,
  finding: 2,
  settingFinding: 2
}
/** Codes built from a template: each template and what it expands to. */
const TEMPLATES: Record<string, readonly string[]> = {
  // The two SecretLookup `skipped` reasons (secrets-manager.ts).
  '`lookup-${lookup.skipped}`': [
    'lookup-prefix-disabled',
    'lookup-pattern-mismatch'
  ]
}

/** The string literals an expression can evaluate to (through `? :`). */
function literals(node: ts.Expression): string[] {
  if (ts.isStringLiteralLike(node)) return [node.text]
  if (ts.isParenthesizedExpression(node)) return literals(node.expression)
  if (ts.isConditionalExpression(node))
    return [...literals(node.whenTrue), ...literals(node.whenFalse)]
  return []
}

interface Extracted {
  readonly codes: Set<string>
  readonly unknown: string[]
}

function extract(): Extracted {
  const codes = new Set<string>()
  const unknown: string[] = []
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join('src', file))
  for (const file of files) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true
    )
    const visit = (node: ts.Node): void => {
      let spec: readonly [number, string | null] | undefined
      let args: readonly ts.Expression[] | undefined
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
        spec = CONSTRUCTORS[node.expression.text]
        args = node.arguments
      } else if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression)
      ) {
        const index = BUILDERS[node.expression.text]
        if (index !== undefined) spec = [index, null]
        args = node.arguments
      }
      // Findings and reads also carry their code as an object property
      // (`{ code: 'manifest-undeclared', ... }`), possibly chosen by a
      // conditional: the builders above never see those.
      if (ts.isPropertyAssignment(node) && node.name.getText() === 'code')
        for (const literal of literals(node.initializer)) codes.add(literal)
      if (spec && args) {
        const arg = args[spec[0]]
        if (arg === undefined && spec[1] !== null) codes.add(spec[1])
        else if (arg && ts.isStringLiteralLike(arg)) codes.add(arg.text)
        else {
          const text = arg?.getText() ?? '(none)'
          const expanded = TEMPLATES[text]
          if (expanded) for (const code of expanded) codes.add(code)
          else {
            const { line } = source.getLineAndCharacterOfPosition(
              node.getStart()
            )
            unknown.push(`${file}:${line + 1} ${text}`)
          }
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return { codes, unknown }
}

const ERRORS_MD = readFileSync('docs/errors.md', 'utf8')

/** The code of each table row: `| <a name="code"></a>\`code\` |`. */
function documented(): string[] {
  return [
    ...ERRORS_MD.matchAll(
      /^\| (?:<a name="[a-z0-9-]+"><\/a>)?`([a-z0-9-]+)` *\|/gm
    )
  ].map((m) => m[1] ?? '')
}

/**
 * GitHub's id for a heading (as github-slugger makes it): the text in
 * lower case, without punctuation other than '-' and '_', spaces as '-',
 * and '-1', '-2', ... after a repeated one.
 */
function headingIds(headings: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return headings.map((text) => {
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return count === 0 ? base : `${base}-${count}`
  })
}

/**
 * Every fragment docs/errors.md answers to once rendered (markdown-it with
 * HTML, as GitHub renders it): heading ids by GitHub's rule, and explicit
 * `<a name>`/`id` anchors (GitHub keeps them, prefixed with user-content-,
 * and scrolls to them for the bare fragment). Each anchor maps to the text
 * of the table cell or heading that holds it.
 */
function renderedAnchors(): Map<string, string> {
  const html = parse(new MarkdownIt({ html: true }).render(ERRORS_MD))
  const anchors = new Map<string, string>()
  const headings = html.querySelectorAll('h1, h2, h3, h4, h5, h6')
  headingIds(headings.map((h) => h.text)).forEach((id, index) =>
    anchors.set(id, headings[index]?.text ?? '')
  )
  for (const element of html.querySelectorAll('[name], [id]'))
    for (const attribute of ['name', 'id']) {
      const value = element.getAttribute(attribute)
      if (value !== undefined)
        anchors.set(value, element.parentNode?.text.trim() ?? '')
    }
  return anchors
}

describe('docs/errors.md', () => {
  const { codes, unknown } = extract()
  const docs = documented()

  it('the extraction finds the codes it should', () => {
    expect(unknown).toEqual([])
    expect(codes.size).toBeGreaterThan(50)
    for (const code of [
      'input-invalid',
      'manifest-invalid',
      'aws-unavailable',
      'aws-timeout',
      'secret-not-found',
      'connection-parse-error',
      'backend-kwarg-unknown',
      'usage'
    ])
      expect(codes).toContain(code)
  })

  it('documents each code once', () => {
    expect(docs.filter((code, i) => docs.indexOf(code) !== i)).toEqual([])
  })

  it('documents every code the source emits', () => {
    expect([...codes].filter((code) => !docs.includes(code)).sort()).toEqual([])
  })

  it('documents no code the source does not emit', () => {
    expect(docs.filter((code) => !codes.has(code)).sort()).toEqual([])
  })

  it('gives every code an anchor that resolves to its own row', () => {
    const anchors = renderedAnchors()
    const broken = [...codes].filter((code) => {
      const fragment = docsAnchor(code).split('#')[1] ?? ''
      return anchors.get(fragment) !== code
    })
    expect(broken.sort()).toEqual([])
    // Headings keep GitHub's ids: the page's own links resolve.
    expect(anchors.get('findings')).toBe('Findings')
    for (const [, fragment] of ERRORS_MD.matchAll(/\]\(#([^)]+)\)/g))
      expect(anchors.has(fragment ?? '')).toBe(true)
  })

  it('renders every code table as a table', () => {
    const html = parse(new MarkdownIt({ html: true }).render(ERRORS_MD))
    const cells = html
      .querySelectorAll('td:first-child')
      .map((cell) => cell.text.trim())
    expect(cells.sort()).toEqual([...docs].sort())
  })
})
