import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

// The fake CLI must parse `--load` files the way the real one does, or the
// sync tests prove nothing. These rows are the parser's documented behaviour.
const FAKE = resolve('__tests__/fixtures/fake-astro/astro')

interface Variable {
  key: string
  value: string
  secret: boolean
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'asg-fake-'))
  writeFileSync(
    join(dir, 'state.json'),
    JSON.stringify({ deployments: { d1: [] } })
  )
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function load(
  text: string,
  verb = 'update'
): { code: number; out: string; vars: Variable[] } {
  writeFileSync(join(dir, 'in.env'), text)
  let code = 0
  let out: string
  try {
    out = execFileSync(
      FAKE,
      ['deployment', 'variable', verb, '-d', 'd1', '--load', '--env', 'in.env'],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(':'),
          ASTRO_API_TOKEN: 't',
          FAKE_ASTRO_STATE: join(dir, 'state.json')
        }
      }
    )
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    code = e.status
    out = e.stdout + e.stderr
  }
  const state = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as {
    deployments: { d1: Variable[] }
  }
  return { code, out, vars: state.deployments.d1 }
}

describe('fake astro --load parser', () => {
  it.each([
    ['FOO=bar\n', { FOO: 'bar' }, 0],
    ['\n# comment\nFOO=bar\r\n', { FOO: 'bar' }, 0],
    ['export FOO=bar\n', { 'export FOO': 'bar' }, 0],
    ['FOO = bar\n', { 'FOO ': 'bar' }, 0],
    ['FOO=a=b=c\n', { FOO: 'a=b=c' }, 0],
    ['FOO="bar"\n', { FOO: 'bar' }, 0],
    ["FOO='bar'\n", { FOO: 'bar' }, 0],
    ['FOO="a b" # c\n', { FOO: 'a b" # c' }, 0],
    ['KW={"a": "b"}\n', { KW: '{"a": "b"}' }, 0],
    ['KW=\'{"a":"b"}\'\n', { KW: '{"a":"b"}' }, 0],
    ['KW="{\\"a\\":\\"b\\"}"\n', { KW: '{\\"a\\":\\"b\\"}' }, 0],
    ['   # indented\nFOO=bar\n', { FOO: 'bar' }, 1],
    ['FOO=\nBAR=1\n', { BAR: '1' }, 1],
    ['FOO=1\nFOO=2\n', { FOO: '1' }, 1],
    [`FOO=1\nBIG=${'x'.repeat(70_000)}\nBAR=2\n`, { FOO: '1' }, 0]
  ])('%j', (text, expected, code) => {
    const r = load(text)
    expect(r.code).toBe(code)
    expect(Object.fromEntries(r.vars.map((v) => [v.key, v.value]))).toEqual(
      expected
    )
  })

  it('exits 0 on a missing file after printing "unable to read file"', () => {
    rmSync(join(dir, 'in.env'), { force: true })
    const out = execFileSync(
      FAKE,
      ['deployment', 'variable', 'update', '-d', 'd1', '--load', '-e', 'x.env'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: {
          PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(':'),
          ASTRO_API_TOKEN: 't',
          FAKE_ASTRO_STATE: join(dir, 'state.json')
        }
      }
    )
    expect(out).toContain('unable to read file x.env')
  })

  it('create --load refuses an existing key but applies the rest, exit 1', () => {
    load('FOO=1\n')
    const r = load('FOO=2\nBAR=3\n', 'create')
    expect(r.code).toBe(1)
    expect(r.out).toContain(
      'key FOO already exists skipping creation use the --update flag'
    )
    expect(r.vars.map((v) => [v.key, v.value])).toEqual([
      ['FOO', '1'],
      ['BAR', '3']
    ])
  })
})
