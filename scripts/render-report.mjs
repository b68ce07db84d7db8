// Renders the job summaries and pull-request comments of the fixture runs
// (a failing run, a passing run, an STS denial, an invalid manifest) to HTML
// pages styled like GitHub (github-markdown-css) at GitHub's widths: 1012 px
// for a summary, 880 px for a comment. Markdown goes through cmark-gfm when
// it is installed (GitHub's own renderer), else markdown-it.
//
//   node scripts/render-report.mjs                 pages in build/render-report/
//   node scripts/render-report.mjs --screenshots   and docs/images/report-*.png
//   node scripts/render-report.mjs --check         fail when a page is wider
//                                                  than its column (Chromium)
//
// Screenshots and --check need Chromium (`apt-get install chromium`).
import { execFileSync, spawnSync } from 'node:child_process'
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import MarkdownIt from 'markdown-it'
import ts from 'typescript'

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..')
const OUT = join(ROOT, 'build', 'render-report')
const JS = join(OUT, 'js')
const args = new Set(process.argv.slice(2))

/** Transpiles src/ and the render fixtures to plain ESM (no type check). */
function transpile() {
  rmSync(JS, { recursive: true, force: true })
  const files = [
    ...readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join('src', file)),
    '__tests__/support/render-fixtures.ts',
    '__tests__/support/render-pages.ts'
  ]
  for (const file of files) {
    const { outputText } = ts.transpileModule(
      readFileSync(join(ROOT, file), 'utf8'),
      {
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          verbatimModuleSyntax: false
        },
        fileName: file
      }
    )
    const out = join(JS, file.replace(/\.ts$/, '.js'))
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, outputText)
  }
  writeFileSync(join(JS, 'package.json'), '{"type":"module"}\n')
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0
}

const CMARK = hasCommand('cmark-gfm')
const CHROMIUM = ['chromium', 'chromium-browser', 'google-chrome'].find(
  hasCommand
)

/** Markdown → HTML as GitHub does (raw HTML kept; GitHub then sanitises). */
function toHtml(markdown) {
  if (CMARK)
    return execFileSync(
      'cmark-gfm',
      ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink'],
      { input: markdown, encoding: 'utf8' }
    )
  return new MarkdownIt({ html: true }).render(markdown)
}

const CSS = readFileSync(
  join(ROOT, 'node_modules/github-markdown-css/github-markdown-light.css'),
  'utf8'
)

/**
 * A page holding one rendered report in a column of `width` px. The script
 * at the end records, on <body>, every element wider than the column.
 */
function page(title, html, width) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>${CSS}
html, body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${width}px; padding: 16px; }
</style></head>
<body><article class="markdown-body">${html}</article>
<script>
  const column = document.querySelector('.markdown-body')
  const limit = column.clientWidth
  const wide = []
  for (const element of column.querySelectorAll('table, pre')) {
    if (element.scrollWidth > element.clientWidth + 1 ||
        element.getBoundingClientRect().width > limit)
      wide.push(element.tagName.toLowerCase() + ':' + element.scrollWidth)
  }
  if (document.documentElement.scrollWidth > ${width}) wide.push('page:' + document.documentElement.scrollWidth)
  document.body.dataset.wide = wide.join(' ') || 'none'
</script>
</body></html>
`
}

function chromium(extra, url) {
  return execFileSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--hide-scrollbars',
      ...extra,
      url
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 }
  )
}

transpile()
const { pages } = await import(
  pathToFileURL(join(JS, '__tests__/support/render-pages.js')).href
)
mkdirSync(OUT, { recursive: true })
process.stdout.write(
  `Markdown renderer: ${CMARK ? 'cmark-gfm' : 'markdown-it'}\n`
)
let failed = false
for (const { name, title, width, markdown } of pages()) {
  const file = join(OUT, `${name}.html`)
  writeFileSync(join(OUT, `${name}.md`), markdown)
  writeFileSync(file, page(title, toHtml(markdown), width))
  const url = pathToFileURL(file).href
  let wide = 'not measured (no Chromium)'
  if (CHROMIUM && (args.has('--check') || args.has('--screenshots'))) {
    const dom = chromium(['--window-size=' + width + ',900', '--dump-dom'], url)
    wide = /data-wide="([^"]*)"/.exec(dom)?.[1] ?? 'unknown'
    if (wide !== 'none') failed = true
  }
  if (CHROMIUM && args.has('--screenshots')) {
    const png = join(ROOT, 'docs', 'images', `report-${name}.png`)
    mkdirSync(dirname(png), { recursive: true })
    chromium(
      [
        `--window-size=${width},${name.startsWith('broken') ? 2400 : 1000}`,
        `--screenshot=${png}`
      ],
      url
    )
  }
  process.stdout.write(
    `${relative(ROOT, file)}  ${width} px  ${Buffer.byteLength(markdown)} bytes  wider than the column: ${wide}\n`
  )
}
if (!CHROMIUM && (args.has('--check') || args.has('--screenshots'))) {
  process.stderr.write('Chromium is not installed: apt-get install chromium\n')
  process.exitCode = 1
}
if (failed) process.exitCode = 1
