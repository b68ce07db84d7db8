import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
// @ts-expect-error -- a plain JS script without type declarations
import { render } from '../../scripts/readme-tables.mjs'

const readme = readFileSync('README.md', 'utf8')
const action = readFileSync('action.yml', 'utf8')

describe('README', () => {
  it('has the input and output tables of action.yml', () => {
    expect((render as (r: string, a: string) => string)(readme, action)).toBe(
      readme
    )
  })

  it('opens with the two set-up commands that CI runs', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(firstBlock).toContain('npm ci && npm run example')
    expect(firstBlock).toContain('npm test')
    expect(readFileSync('.ci/run', 'utf8')).toContain('npm test')
  })

  it('links the security policy and the error reference', () => {
    expect(readme).toContain('(SECURITY.md)')
    expect(readme).toContain('(docs/errors.md)')
  })
})
