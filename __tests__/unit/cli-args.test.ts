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
  toJson,
  useColor,
  visibleWidth
} from '../../src/cli/style.js'
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
    [false, {}, false]
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
