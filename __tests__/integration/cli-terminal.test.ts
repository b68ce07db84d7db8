// The CLI as a person meets it in a terminal or a pipe: a reader that
// closes early (`| head -1`), help and tables within the terminal's width,
// colour switches, did-you-mean on typos and the explain prompt. Pipe and
// pseudo-terminal cases run the bundled dist/cli.js as a child process.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { runCli } from './cli-helpers.js'
import { visibleWidth } from '../../src/cli/style.js'

const CLI = resolve('dist/cli.js')
const COMMANDS = ['check', 'explain', 'sync', 'discover', 'init-local']

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asg-term-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** Runs `sh -c script` with a plain environment; bounded by a timeout. */
function shell(
  script: string,
  env: Record<string, string> = {}
): { code: number | null; stdout: string; stderr: string } {
  const child = spawnSync('/bin/sh', ['-c', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: dir, ...env },
    timeout: 60_000
  })
  return { code: child.status, stdout: child.stdout, stderr: child.stderr }
}

/** The widest line, ignoring colour codes. */
const widest = (text: string): number =>
  Math.max(0, ...text.split('\n').map((line) => visibleWidth(line)))

describe('a reader that closes the pipe early', () => {
  it.each([
    [
      'explain',
      `for i in $(seq 20); do echo 'postgres://a:b@h:1/x' | node ${CLI} explain | head -1 >/dev/null; done`
    ],
    [
      'init-local --dry-run',
      `for i in $(seq 20); do node ${CLI} init-local --dry-run --region us-east-1 | head -1 >/dev/null; done`
    ],
    [
      'explain --help',
      `for i in $(seq 20); do node ${CLI} explain --help | head -1 >/dev/null; done`
    ],
    [
      'check --source local',
      `for i in $(seq 20); do node ${CLI} check --source local --project ${resolve('examples/astro-project')} --fail-on never | head -1 >/dev/null; done`
    ]
  ])(
    '%s: 20 runs, never EPIPE or a stack',
    (_name, script) => {
      const result = shell(script)
      expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /)
      expect(result.stderr).toBe('')
    },
    120_000
  )
})

describe('width', () => {
  it.each(['', ...COMMANDS])(
    '%s --help fits 80 columns, with or without a terminal width',
    async (name) => {
      for (const columns of [undefined, '60', '80', '100', '160']) {
        const run = await runCli([...(name ? [name] : []), '--help'], {
          cwd: dir,
          env: columns === undefined ? {} : { COLUMNS: columns }
        })
        expect(run.code).toBe(0)
        expect(widest(run.stdout)).toBeLessThanOrEqual(80)
      }
    }
  )

  it('wraps option descriptions with a hanging indent', async () => {
    const run = await runCli(['init-local', '--help'], { cwd: dir })
    const lines = run.stdout.split('\n')
    const start = lines.indexOf('Options:')
    const options = lines.slice(start + 1, lines.indexOf('', start))
    expect(options.length).toBeGreaterThan(5)
    // Every line is an option (two spaces) or a continuation under the
    // description column; none starts at column 0.
    for (const line of options) expect(line).toMatch(/^ {2}\S|^ {6}-|^ {20,}\S/)
  })

  it('wraps explain notes to COLUMNS', () => {
    const value =
      'aws://AKIAIOSFODNN7EXAMPLE:12345/K7MDENG@bPxRfiCY/EXAMPLEKEY@'
    for (const columns of ['60', '80', '100']) {
      const result = shell(`printf '%s' '${value}' | node ${CLI} explain`, {
        COLUMNS: columns
      })
      expect(result.code).toBe(1)
      expect(widest(result.stdout)).toBeLessThanOrEqual(Number(columns))
    }
  })
})

describe('check fits the terminal (npm run example, bundled CLI)', () => {
  const example = resolve('examples/astro-project')
  const args = `check --source local --project ${example} --discover --fail-on never`
  const hasScript =
    spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0

  it.each([undefined, '60', '80', '100', '132'])(
    'through a pipe with COLUMNS=%s',
    (columns) => {
      const result = shell(
        `node ${CLI} ${args} | cat`,
        columns === undefined ? {} : { COLUMNS: columns }
      )
      expect(result.stderr).toBe('')
      expect(result.stdout).toContain('Findings and fixes:')
      expect(widest(result.stdout)).toBeLessThanOrEqual(Number(columns ?? '80'))
      // Every finding names its code and where the docs explain it.
      expect(result.stdout).toContain(
        '  variable report_schema: warning [value-quoted]\n'
      )
      expect(result.stdout).toContain('    docs: docs/errors.md#value-quoted\n')
    },
    60_000
  )

  it.each(['80', '100'])(
    'in a pseudo-terminal %s columns wide, COLUMNS saying otherwise',
    (columns) => {
      if (!hasScript) return
      const result = shell(
        `script -qec "stty cols ${columns}; node ${CLI} ${args}" /dev/null < /dev/null`,
        { TERM: 'xterm', COLUMNS: '300' }
      )
      const out = result.stdout.replace(/\r/g, '')
      expect(out).toContain('Findings and fixes:')
      // eslint-disable-next-line no-control-regex
      expect(out).toMatch(/\u001b\[31minvalid\u001b\[39m/)
      expect(widest(out)).toBeLessThanOrEqual(Number(columns))
    },
    60_000
  )
})

describe('did you mean', () => {
  it.each([
    [['chek'], "unknown command 'chek'; did you mean 'check'?"],
    [['init-locl'], "unknown command 'init-locl'; did you mean 'init-local'?"],
    [['chekc'], "unknown command 'chekc'; did you mean 'check'?"],
    [
      ['discover', '--wirte'],
      "unknown option '--wirte' for 'discover'; did you mean '--write'?"
    ],
    [['--verison'], "unknown option '--verison'; did you mean '--version'?"],
    [
      ['discover', '--manfest', 'x'],
      "unknown option '--manfest' for 'discover'; did you mean '--manifest'?"
    ],
    [
      ['check', '--regoin', 'us-east-1'],
      "unknown option '--regoin' for 'check'; did you mean '--region'?"
    ]
  ])('%j', async (argv, text) => {
    const run = await runCli(argv, { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(text)
  })

  it('suggests nothing for a word that is not close', async () => {
    const run = await runCli(['frobnicate'], { cwd: dir })
    expect(run.stderr).not.toContain('did you mean')
  })
})

describe('colour', () => {
  const value = 'postgres://h:99999'
  it.each([
    [{}, false],
    [{ FORCE_COLOR: '1' }, true],
    [{ FORCE_COLOR: '0' }, false],
    [{ NO_COLOR: '1' }, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, true]
  ])('through a pipe with %j: colour %p', (env, coloured) => {
    const result = shell(`printf '%s' '${value}' | node ${CLI} explain`, env)
    expect(result.code).toBe(1)
    // eslint-disable-next-line no-control-regex
    expect(/\u001b\[/.test(result.stdout)).toBe(coloured)
  })
})

describe('explain on a terminal', () => {
  it('asks for the value on stderr when stdin is a terminal', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true })
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    let out = ''
    let err = ''
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    stdin.end('postgres://h:5432/db\n')
    const code = await main(['explain', '--airflow', '2'], {
      stdin,
      stdout,
      stderr,
      env: {},
      cwd: dir
    })
    expect(code).toBe(0)
    expect(err).toMatch(
      /^Paste the connection value, then press Enter and Ctrl-D/
    )
    expect(out).toContain('  host          db\n'.replace('db', 'h'))
  })

  const hasScript =
    spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0
  it('in a pseudo-terminal: prompt, coloured groups, lines within the width', () => {
    if (!hasScript) return
    const input = join(dir, 'typed.txt')
    writeFileSync(input, 'postgres://user:pw@h:1/x\n\u0004')
    // script(1) gives the command a pseudo-terminal on stdin and stdout.
    const result = shell(
      `script -qec "stty cols 72; node ${CLI} explain" /dev/null < ${input}`,
      { TERM: 'xterm' }
    )
    expect(result.stdout).toContain('Paste the connection value')
    // eslint-disable-next-line no-control-regex
    expect(result.stdout).toMatch(/\u001b\[32mparsed\u001b\[39m/)
    expect(widest(result.stdout.replace(/\r/g, ''))).toBeLessThanOrEqual(72)
  }, 60_000)
})
