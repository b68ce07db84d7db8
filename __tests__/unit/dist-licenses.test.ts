/**
 * dist/licenses.txt, the licence report shipped with the bundles, names
 * every runtime dependency (AWS SDK clients, the Actions toolkit, yaml) and
 * their transitive dependencies, each with a declared licence.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>
}

/** Entries of the report: a name line, a licence line, the text. */
function names(text: string): string[] {
  return text
    .split('\n')
    .filter((line, i, lines) =>
      /^(@[\w.-]+\/)?[\w.-]+$/.test(line) && i + 1 < lines.length
        ? /^[\w.() -]+$/.test(lines[i + 1] ?? '') &&
          (i === 0 || lines[i - 1] === '')
        : false
    )
}

describe.each(['dist/licenses.txt', 'dist/cli/licenses.txt'])('%s', (file) => {
  const text = readFileSync(file, 'utf8')
  const listed = names(text)

  it('mentions the AWS SDK and the Actions toolkit', () => {
    expect(text).toMatch(/^@aws-sdk\//m)
    expect(text).toMatch(/^@actions\//m)
  })

  it.each(Object.keys(pkg.dependencies))('lists %s', (dependency) => {
    expect(listed).toContain(dependency)
  })

  it('lists their dependencies too, each with a licence', () => {
    expect(listed).toEqual(
      expect.arrayContaining(['@smithy/types', '@actions/http-client'])
    )
    expect(text).not.toMatch(/^UNKNOWN$/m)
  })
})
