import { readFileSync } from 'node:fs'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from '@jest/globals'
import {
  formatCommandHelp,
  parseCommandArgs,
  UsageError
} from '../../src/cli/args.js'
import type { CommandSpec } from '../../src/cli/args.js'
import {
  painter,
  renderTable,
  terminalWidth,
  toJson,
  useColor,
  visibleWidth,
  wrapText
} from '../../src/cli/style.js'
import { closest, editDistance } from '../../src/cli/suggest.js'
import type { CliIo } from '../../src/cli/io.js'
import { VERSION } from '../../src/version.js'

const spec = {
  name: 'demo',
  summary: 'A demo command',
  options: {
    manifest: { type: 'string', short: 'm', description: 'Manifest' },
    level: { type: 'string', description: 'Level', choices: ['a', 'b'] },
    json: { type: 'boolean', description: 'JSON output' }
  },
  positionals: [{ name: 'folder', description: 'Folder', optional: true }],
  examples: ['astro-secrets-gate demo x']
} as const satisfies CommandSpec

describe('parseCommandArgs', () => {
  it.each([
    [['--manifest', 'm.yml'], { manifest: 'm.yml' }, []],
    [['--manifest=m.yml', 'dags'], { manifest: 'm.yml' }, ['dags']],
    [['-m', 'm.yml', '--json'], { manifest: 'm.yml', json: true }, []],
    [['--level', 'b'], { level: 'b' }, []],
    [['--', '--json'], {}, ['--json']]
  ])('%j', (args, values, positionals) => {
    const parsed = parseCommandArgs(spec, args)
    expect(parsed.values).toEqual(values)
    expect(parsed.positionals).toEqual(positionals)
    expect(parsed.help).toBe(false)
  })

  it('sees --help anywhere', () => {
    expect(parseCommandArgs(spec, ['x', 'y', '--help']).help).toBe(true)
  })

  it.each([
    [
      ['--frobnicate'],
      "unknown option '--frobnicate' for 'demo' (see 'astro-secrets-gate demo --help')"
    ],
    [['--frobnicate=1'], "unknown option '--frobnicate' for 'demo'"],
    [['-x'], "unknown option '-x' for 'demo'"],
    [['--manifest'], "option '--manifest' needs a value"],
    [['--manifest', '--json'], "option '--manifest' needs a value"],
    [['--json=yes'], "option '--json' takes no value"],
    [['--level', 'c'], "option '--level' must be one of a, b, not 'c'"],
    [['a', 'b'], "unexpected argument 'b' for 'demo'"]
  ])('%j is a one-line usage error', (args, message) => {
    let caught: unknown
    try {
      parseCommandArgs(spec, args)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(UsageError)
    expect((caught as Error).message).toContain(message)
    expect((caught as Error).message).not.toContain('\n')
  })
})

describe('formatCommandHelp', () => {
  it('lists usage, options with choices, and examples', () => {
    const help = formatCommandHelp(spec)
    expect(help).toContain('Usage: astro-secrets-gate demo [options] [folder]')
    expect(help).toContain('-m, --manifest <value>')
    expect(help).toContain('Level (a|b)')
    expect(help).toContain('-h, --help')
    expect(help).toContain('Examples:\n  astro-secrets-gate demo x')
  })
})

const ioWith = (isTTY: boolean, env: Record<string, string>): CliIo => ({
  stdout: Object.assign(new PassThrough(), { isTTY }),
  stderr: new PassThrough(),
  stdin: new PassThrough(),
  env,
  cwd: '/'
})

describe('style', () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [true, { TERM: 'dumb' }, false],
    [false, {}, false],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: 'false', NO_COLOR: '' }, false]
  ])('tty %p env %j → colour %p', (isTTY, env, expected) => {
    expect(useColor(ioWith(isTTY, env))).toBe(expected)
  })

  it('pads table columns by visible width', () => {
    const paint = painter(true)
    const table = renderTable(
      ['ID', 'STATUS'],
      [
        [paint.red('a'), 'missing'],
        ['long_id', paint.green('ok')]
      ]
    )
    const lines = table.split('\n')
    expect(lines[0]).toBe('ID       STATUS')
    expect(lines[1]).toBe('-------  -------')
    expect(visibleWidth(lines[2] ?? '')).toBe('a        missing'.length)
    expect(painter(false).red('x')).toBe('x')
  })

  it('writes JSON with bigints, sets and maps', () => {
    expect(
      JSON.parse(toJson({ a: 5n, s: new Set(['x']), m: new Map([['k', 1]]) }))
    ).toEqual({
      a: 5,
      s: ['x'],
      m: { k: 1 }
    })
  })
})

describe('version', () => {
  it('equals package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string
    }
    expect(VERSION).toBe(pkg.version)
  })
})

describe('fitting the terminal', () => {
  it.each([
    ['a b c', 3, 0, ['a b', 'c']],
    ['one two three', 8, 2, ['one two', '  three']],
    ['abcdefghij', 4, 0, ['abcd', 'efgh', 'ij']],
    ['', 10, 0, ['']]
  ])('wrapText(%j, %i, %i)', (text, width, indent, lines) => {
    expect(wrapText(text, width, indent)).toEqual(lines)
  })

  it('shrinks and wraps table cells to the width, never wider', () => {
    const rows = [
      [
        'connection',
        'warehouse_db',
        'a long message about the value '.repeat(4)
      ],
      ['variable', 'k', 'short']
    ]
    for (const width of [40, 60, 80]) {
      const table = renderTable(
        ['KIND', 'ID', 'NOTE'],
        rows,
        painter(false),
        width
      )
      for (const line of table.trimEnd().split('\n'))
        expect(visibleWidth(line)).toBeLessThanOrEqual(width)
      expect(table.replace(/\s+/g, ' ')).toContain('warehouse_db')
    }
    // Without a limit the rows stay on one line each.
    expect(renderTable(['KIND', 'ID', 'NOTE'], rows).split('\n')).toHaveLength(
      5
    )
  })

  it.each([
    [{ COLUMNS: '100' }, false, 100],
    [{ COLUMNS: 'wide' }, false, 80],
    [{}, false, 80],
    [{ COLUMNS: '5' }, false, 20]
  ])('terminalWidth with %j, tty %p → %i', (env, isTTY, width) => {
    expect(terminalWidth(ioWith(isTTY, env))).toBe(width)
  })

  it("a terminal's own width wins over COLUMNS", () => {
    const io = ioWith(true, { COLUMNS: '200' })
    Object.assign(io.stdout, { columns: 72 })
    expect(terminalWidth(io)).toBe(72)
  })

  it.each([
    [
      'examples/astro-project/include/connections.yaml:16',
      20,
      ['examples/astro-', 'project/include/', 'connections.yaml:16']
    ],
    [
      'pipeline_settings_for_reports',
      12,
      ['pipeline_', 'settings_', 'for_reports']
    ],
    // No break point: cut exactly at the width, nothing lost.
    ['abcdefghijklmnop', 6, ['abcdef', 'ghijkl', 'mnop']]
  ])('wrapText breaks the long word %j after / or _', (word, width, lines) => {
    const wrapped = wrapText(word, width)
    expect(wrapped).toEqual(lines)
    expect(wrapped.join('')).toBe(word)
  })

  it('starts a word longer than any line where the line has room', () => {
    const arn =
      'arn:aws:sts::123456789012:assumed-role/airflow-reader/astro-secrets-gate-tester.'
    const lines = wrapText(`Assumed ${arn}`, 40, 2)
    expect(lines[0]?.startsWith('Assumed arn:aws:sts::')).toBe(true)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40)
    expect(lines.join('').replace(/\s/g, '')).toBe(`Assumed${arn}`)
  })

  it('renders cells of several lines and keeps identifying columns wide', () => {
    const rows = [
      [
        'connection',
        'a_rather_long_conn_id',
        'x/y/z.yaml:1',
        'code-one\ncode-two'
      ],
      ['variable', 'k', '-', '']
    ]
    const table = renderTable(['KIND', 'ID', 'SOURCE', 'CODES'], rows)
    expect(table.split('\n')).toEqual([
      'KIND        ID                     SOURCE        CODES',
      '----------  ---------------------  ------------  --------',
      'connection  a_rather_long_conn_id  x/y/z.yaml:1  code-one',
      '                                                 code-two',
      'variable    k                      -',
      ''
    ])
    const narrow = renderTable(
      ['KIND', 'ID', 'SOURCE', 'CODES'],
      rows,
      painter(false),
      {
        maxWidth: 52,
        minWidths: [10, 21, 6, 8]
      }
    )
    // The id keeps its whole width; the path wraps instead.
    expect(narrow).toContain('a_rather_long_conn_id')
    for (const line of narrow.split('\n'))
      expect(line.length).toBeLessThanOrEqual(52)
  })

  it('never renders a line wider than the width, down to 20 columns', () => {
    const paint = painter(true)
    const rows = [
      [
        'connection',
        'warehouse_connection_with_a_long_id',
        paint.red('not looked up'),
        'examples/astro-project/include/connections.yaml:16',
        'uri-unencoded-reserved\nconnection-parse-error'
      ],
      ['variable', 'k', paint.green('ok'), '.env:1', '']
    ]
    for (let width = 20; width <= 140; width++) {
      const table = renderTable(
        ['KIND', 'ID', 'STATUS', 'SOURCE', 'FINDINGS'],
        rows,
        paint,
        {
          maxWidth: width,
          minWidths: [10, 16, 7, 12, 22]
        }
      )
      for (const line of table.trimEnd().split('\n'))
        expect(visibleWidth(line)).toBeLessThanOrEqual(width)
    }
  })

  it('wraps cells at a usable width without cutting anything off', () => {
    const rows = [
      [
        'connection',
        'warehouse_connection_with_a_long_id',
        'not looked up',
        'examples/astro-project/include/connections.yaml:16',
        'uri-unencoded-reserved\nconnection-parse-error'
      ],
      ['variable', 'k', 'ok', '.env:1', '']
    ]
    for (let width = 60; width <= 140; width++) {
      const lines = renderTable(
        ['KIND', 'ID', 'STATUS', 'SOURCE', 'FINDINGS'],
        rows,
        painter(false),
        { maxWidth: width, minWidths: [10, 16, 7, 12, 22] }
      ).split('\n')
      // Read each column back from the offsets of the rule line.
      const spans = [...(lines[1] ?? '').matchAll(/-+/g)].map((m) => [
        m.index,
        m.index + m[0].length
      ])
      const column = (index: number): string =>
        lines
          .slice(2)
          .map((line) => line.slice(spans[index]?.[0], spans[index]?.[1]))
          .join('')
          .replace(/\s+/g, '')
      expect(column(1)).toContain('warehouse_connection_with_a_long_id')
      expect(column(3)).toContain(
        'examples/astro-project/include/connections.yaml:16'
      )
    }
  })

  it('keeps help within 80 columns with a hanging indent', () => {
    const help = formatCommandHelp({
      ...spec,
      options: {
        ...spec.options,
        'a-very-long-option-name-indeed': {
          type: 'string',
          value: '<value>',
          description: 'word '.repeat(40)
        }
      }
    })
    for (const line of help.split('\n'))
      expect(line.length).toBeLessThanOrEqual(80)
    expect(help).toContain('  --a-very-long-option-name-indeed <value>\n')
  })
})

describe('did you mean', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['flaw', 'lawn', 2],
    ['same', 'same', 0],
    ['chekc', 'check', 1],
    ['wirte', 'write', 1],
    ['ab', 'ba', 1]
  ])('editDistance(%j, %j) = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
  })

  it.each([
    ['chek', ['check', 'explain'], 'check'],
    ['manfest', ['manifest', 'json'], 'manifest'],
    ['dry', ['dry-run', 'force'], 'dry-run'],
    ['chekc', ['check', 'explain', 'sync'], 'check'],
    ['wirte', ['manifest', 'write', 'json'], 'write'],
    ['zzz', ['check', 'sync'], undefined],
    ['x', ['sync'], undefined]
  ])('closest(%j, %j) = %j', (typed, candidates, match) => {
    expect(closest(typed, candidates)).toBe(match)
  })
})
