/**
 * Regressions for the env file against the Astro CLI's real `--load` parser
 * (astro-cli v1.45.0 cloud/deployment/deployment_variable.go): values are
 * trimmed with Go's strings.TrimSpace (U+0085 included), lines are read by
 * bufio.Scanner (64 KiB in bytes, line ending included), and the variable
 * table `update` prints is not scanned for problems (defect 13).
 */
import { describe, expect, it } from '@jest/globals'
import {
  MAX_ENV_LINE,
  findCliProblems,
  parseEnvFile
} from '../../../src/core/astro/env-file.js'

describe('values the CLI trims', () => {
  it.each([
    ['U+0085 NEL', '\u0085'],
    ['U+00A0', '\u00a0'],
    ['U+3000', '\u3000'],
    ['U+2028', '\u2028']
  ])('a value ending in %s is refused', (_label, space) => {
    expect(() => parseEnvFile(`A=value${space}\n`)).toThrow(/strips/)
    expect(() => parseEnvFile(`A=${space}value\n`)).toThrow(/strips/)
  })

  it('a value ending in U+FEFF, which Go does not trim, is kept', () => {
    expect(parseEnvFile('A=value\ufeff\n')[0]?.value).toBe('value\ufeff')
  })
})

describe('the 64 KiB line limit counts bytes with the line ending', () => {
  const line = (valueBytes: number, char = 'x'): string =>
    `A=${char.repeat(valueBytes)}`
  it('a line of exactly 64 KiB with its newline is read', () => {
    const body = line(MAX_ENV_LINE - 1 - 2)
    expect(parseEnvFile(`${body}\n`)).toHaveLength(1)
  })
  it('the same line with CRLF is one byte too long', () => {
    const body = line(MAX_ENV_LINE - 1 - 2)
    expect(() => parseEnvFile(`${body}\r\n`)).toThrow(/token too long/)
  })
  it('multi-byte characters count as bytes', () => {
    // 33,000 two-byte characters: 66,000 bytes, 33,000 UTF-16 units.
    expect(() => parseEnvFile(`${line(33_000, 'é')}\n`)).toThrow(
      /64 KiB with its line ending, in bytes/
    )
  })
  it('an over-long comment line stops the CLI too, so it is refused', () => {
    expect(() => parseEnvFile(`#${'c'.repeat(MAX_ENV_LINE)}\nA=b\n`)).toThrow(
      /line 1/
    )
  })
})

describe('findCliProblems', () => {
  const output = [
    'key A already exists skipping creation use the --update flag to update old variables',
    '',
    "Updated list of your Deployment's variables:",
    ' #     KEY                            VALUE                          SECRET',
    ' 1     PLAIN                          error: Zq7 not a problem       false'
  ].join('\n')
  it('stops at the table of every deployment variable', () => {
    const problems = findCliProblems(output, [])
    expect(problems).toEqual([
      'key A already exists skipping creation use the --update flag to update old variables'
    ])
    expect(problems.join('\n')).not.toContain('Zq7')
  })
  it('reports the scanner stopping early', () => {
    expect(findCliProblems('bufio.Scanner: token too long\n', [])).toEqual([
      'bufio.Scanner: token too long'
    ])
  })
})
