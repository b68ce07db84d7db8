/**
 * The fast YAML subset reader against `yaml` itself: wherever the subset
 * reader accepts a text, it must build the same nodes (values, types, start
 * offsets) as `parseDocument`; the duplicate-key pass must report what
 * `yaml`'s `uniqueKeys` check reports; and a manifest parses to the same
 * result through either path. readManifestYaml, what parseManifest reads
 * with, is checked against `parseDocument` with `uniqueKeys` on generated
 * texts with repeated keys, anchors and aliases, tags, block scalars, flow
 * and block collections, comments, quoting and escapes, CRLF and CR line
 * ends and a byte-order mark: the same problems at the same line and column,
 * and the same nodes when there are none.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { parseYamlSubset } from '../../src/core/gate/yaml-subset.js'
import {
  duplicateKeys,
  parseManifest,
  readManifestYaml
} from '../../src/core/gate/manifest.js'

/** A node as plain data: what the manifest reader can observe of it. */
function project(node: unknown): unknown {
  if (node === null || node === undefined) return null
  if (isScalar(node))
    return {
      value: typeof node.value === 'bigint' ? `${node.value}n` : node.value,
      type: node.type,
      source: node.source,
      at: node.range?.[0]
    }
  if (isMap(node))
    return {
      map: node.items.map((pair) => [project(pair.key), project(pair.value)]),
      flow: node.flow ?? false,
      at: node.range?.[0]
    }
  if (isSeq(node))
    return {
      seq: node.items.map(project),
      flow: node.flow ?? false,
      at: node.range?.[0]
    }
  return { other: typeof node }
}

function full(text: string): { root: unknown; errors: number } {
  const document = parseDocument(text, {
    uniqueKeys: false,
    intAsBigInt: true,
    prettyErrors: false
  })
  return { root: project(document.contents), errors: document.errors.length }
}

/** Asserts the subset reader either declines or agrees with `yaml`. */
function agrees(text: string): boolean {
  const subset = parseYamlSubset(text)
  if (subset === null) return false
  const expected = full(text)
  expect(expected.errors).toBe(0)
  expect(project(subset)).toEqual(expected.root)
  return true
}

/** The manifest through the full parser only (the subset disabled). */
function parseManifestFully(text: string): ReturnType<typeof parseManifest> {
  // A leading directive is outside the subset and means nothing in YAML 1.2
  // documents beyond its own line, so positions shift by one line.
  const shifted = parseManifest(`%YAML 1.2\n---\n${text}`)
  const up = <T extends { position: { line: number; column: number } }>(
    item: T
  ): T => ({
    ...item,
    position: { ...item.position, line: item.position.line - 2 }
  })
  return {
    manifest: {
      ...shifted.manifest,
      connections: shifted.manifest.connections.map(up),
      variables: shifted.manifest.variables.map(up)
    },
    problems: shifted.problems.map((problem) => ({
      ...problem,
      line: problem.line - 2
    }))
  }
}

const WITHIN = [
  'a: b\n',
  'airflow: "3"\nconnections:\n  a: { conn_type: postgres }\n',
  "a: 'it''s'\nb: \"x # y\"  # comment\n",
  'a:\n  b: 1\n  c:\n    - x\n    - "y"\nd: {k: v, "q":[1, 2]}\n',
  'e:   # c\nf: \nz:\n  # hi\n  k: "v" # c\n',
  'n: ~\nt: true\nf: FALSE\nnull: 1\nx: 3.0\ny: 0o17\nz: 0x1F\nw: -1\nv: .inf\n',
  'connections: [a, b, a]\n',
  'k: { a: [x, { b: c }], "d": [] }\n',
  'a: -x\nb: /path/to\nc: a.b-c_d@e+f~g\n',
  '# only a comment first\n\na: 1',
  'a:\n- x\n'.replace('- x', '  - x'),
  '"quoted key": 1\n\'other\': 2\n',
  '- a\n- b\n'
]

const OUTSIDE = [
  '',
  '# nothing\n',
  '  a: 1\n',
  'a: b c\n',
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  'a: |\n  text\n',
  'a: "esc\\n"\n',
  'a: "open\n  close"\n',
  'a: [x,\n  y]\n',
  'a: [x, ]\n',
  '---\na: 1\n',
  'a:\n- x\n',
  'a: 1\r\n',
  'a:\tb\n',
  'a : 1\n',
  '? a\n: 1\n',
  'a: {b:c}\n',
  'a: [b: c]\n',
  'a: b\n  c\n',
  'a:\n  b\n',
  'a: @x\n',
  'a: b #c\n  d: e\n',
  '{a: 1}\n',
  'connections:\n  a: {}\n  a: {}\n',
  'a: 1\n"a": 2\n',
  'k: {x: 1, x: 2}\n'
]

describe('parseYamlSubset', () => {
  it.each(WITHIN)('reads %j exactly as yaml does', (text) => {
    expect(agrees(text)).toBe(true)
  })

  it.each(OUTSIDE)('leaves %j to yaml', (text) => {
    expect(parseYamlSubset(text)).toBeNull()
  })

  const word = fc.constantFrom(
    'a',
    'b',
    'conn_type',
    'postgres',
    'true',
    'False',
    'null',
    '~',
    '1',
    '007',
    '3.0',
    '1e3',
    '-2',
    '+3',
    '.5',
    '.nan',
    '0x1f',
    'x-y',
    '-x',
    'a/b',
    'a.b',
    '@x',
    'a:b',
    'a b',
    '"q"',
    "'s'",
    "'it''s'",
    '"a: b"',
    '"#"',
    '""',
    "''"
  )
  const flow: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      word,
      fc
        .array(fc.tuple(word, tie('node')), { maxLength: 3 })
        .chain((pairs) =>
          fc
            .constantFrom(': ', ':', ' : ')
            .map(
              (sep) => `{${pairs.map(([k, v]) => `${k}${sep}${v}`).join(', ')}}`
            )
        ),
      fc
        .array(tie('node'), { maxLength: 3 })
        .map((items) => `[${items.join(', ')}]`)
    )
  })).node
  const value = fc.oneof(word, flow, fc.constant(''))
  const comment = fc.constantFrom('', ' # note', '  #x', '#y')
  const line = fc.tuple(
    fc.constantFrom(0, 0, 2, 2, 4, 1),
    fc.oneof(
      fc.tuple(word, value, comment).map(([k, v, c]) => `${k}: ${v}${c}`),
      fc.tuple(value, comment).map(([v, c]) => `- ${v}${c}`),
      fc.tuple(word, comment).map(([k, c]) => `${k}:${c}`),
      fc.constantFrom('', '# comment', '-', 'x')
    )
  )
  const documents = fc
    .array(line, { minLength: 1, maxLength: 12 })
    .map((lines) =>
      lines.map(([indent, text]) => `${' '.repeat(indent)}${text}`).join('\n')
    )

  /** Block structure by construction, so that most documents are within. */
  const block = (depth: number, indent: number): fc.Arbitrary<string> => {
    const pad = ' '.repeat(indent)
    const nested =
      depth > 0
        ? fc
            .constantFrom(2, 4)
            .chain((step) => block(depth - 1, indent + step))
            .map((text) => `\n${text}`)
        : fc.constant('')
    const entry = fc.oneof(
      fc.tuple(word, value, comment).map(([k, v, c]) => `${pad}${k}: ${v}${c}`),
      fc.tuple(word, comment, nested).map(([k, c, n]) => `${pad}${k}:${c}${n}`)
    )
    const item = fc.tuple(value, comment).map(([v, c]) => `${pad}- ${v}${c}`)
    return fc
      .oneof(
        fc.array(entry, { minLength: 1, maxLength: 4 }),
        fc.array(item, { minLength: 1, maxLength: 4 })
      )
      .map((lines) => lines.join('\n'))
  }
  const structured = fc
    .tuple(block(2, 0), fc.constantFrom('', '\n', '\n\n# end\n'))
    .map(([text, end]) => text + end)

  it('agrees with yaml on every generated document it accepts', () => {
    let accepted = 0
    fc.assert(
      fc.property(
        fc.oneof(documents, structured, structured, structured),
        (text) => {
          if (agrees(text)) accepted++
        }
      ),
      { numRuns: 4000 }
    )
    // The generator must reach the subset often enough to mean something.
    expect(accepted).toBeGreaterThan(400)
  })

  it('reports duplicate keys where yaml does', () => {
    fc.assert(
      fc.property(fc.oneof(documents, structured), (text) => {
        const unique = parseDocument(text, { prettyErrors: false })
        // Where yaml recovers from other errors, it may place keys elsewhere.
        if (unique.errors.some((error) => error.code !== 'DUPLICATE_KEY'))
          return
        const expected = unique.errors
          .filter((error) => error.code === 'DUPLICATE_KEY')
          .map((error) => error.pos[0])
        // After a key with no value yaml reports the next key at the end of
        // the line before; the pass reports it at the key (tested below).
        if (expected.some((offset) => /\s/.test(text.charAt(offset)))) return
        const document = parseDocument(text, {
          uniqueKeys: false,
          prettyErrors: false
        })
        expect(duplicateKeys(document.contents).map((p) => p.offset)).toEqual(
          expected
        )
      }),
      { numRuns: 2000 }
    )
  })

  it('finds a key repeated after an empty value; the manifest reports it where yaml does', () => {
    const text = 'a:\n  b:\n  b:\n'
    const document = parseDocument(text, { uniqueKeys: false })
    expect(duplicateKeys(document.contents)).toEqual([
      { offset: 10, message: 'Map keys must be unique' }
    ])
    // yaml places it at the end of the line before the repeated key.
    expect(parseManifest(text).problems).toEqual([
      { line: 2, column: 5, message: 'Map keys must be unique' }
    ])
  })

  it('gives parseManifest the same result through either path', () => {
    const manifests = fc
      .array(
        fc.tuple(
          fc.constantFrom('connections', 'variables', 'backend', 'airflow'),
          fc.array(fc.tuple(word, value), { maxLength: 4 })
        ),
        { maxLength: 4 }
      )
      .map((sections) =>
        sections
          .map(
            ([name, entries]) =>
              `${name}:\n${entries.map(([k, v]) => `  ${k}: ${v}`).join('\n')}`
          )
          .join('\n')
      )
    fc.assert(
      fc.property(
        manifests.filter((text) => text !== ''),
        (text) => {
          expect(parseManifest(text)).toEqual(parseManifestFully(text))
        }
      ),
      { numRuns: 1500 }
    )
  })

  it('reads a manifest of 10,000 entries in the subset', () => {
    const lines = ['airflow: "3"', 'connections:']
    for (let i = 0; i < 10_000; i++)
      lines.push(`  conn_${i}: { conn_type: postgres, require: [host] }`)
    const text = `${lines.join('\n')}\n`
    expect(parseYamlSubset(text)).not.toBeNull()
    const { manifest, problems } = parseManifest(text)
    expect(problems).toEqual([])
    expect(manifest.connections).toHaveLength(10_000)
    expect(manifest.connections[9_999]?.position).toEqual({
      line: 10_002,
      column: 3
    })
    const repeated = parseManifest(`${text}  conn_42: {}\n`)
    expect(repeated.problems).toEqual([
      { line: 10_003, column: 3, message: 'Map keys must be unique' }
    ])
  })
})

/** What `yaml` with its own repeated-key check makes of a text. */
function reference(text: string): {
  problems: { line: number; column: number; message: string }[]
  root: unknown
} {
  const lines = new LineCounter()
  const document = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    intAsBigInt: true,
    prettyErrors: false
  })
  const problems = document.errors.map((error) => {
    const { line, col } = lines.linePos(error.pos[0])
    return {
      line,
      column: col,
      message:
        error.message
          .split('\n')[0]
          ?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code
    }
  })
  return {
    problems,
    root: problems.length > 0 ? null : project(document.contents)
  }
}

/** The same through readManifestYaml (the subset reader where it applies). */
function ours(text: string): ReturnType<typeof reference> {
  const { root, lines, syntax } = readManifestYaml(text)
  const problems = syntax.map((problem) => {
    const { line, col } = lines.linePos(problem.offset)
    return { line, column: col, message: problem.message }
  })
  return { problems, root: problems.length > 0 ? null : project(root) }
}

describe('readManifestYaml against yaml with uniqueKeys', () => {
  // Few distinct keys, so that maps repeat them often.
  const key = fc.constantFrom(
    'a',
    'b',
    '"a"',
    "'b'",
    '1',
    '"1"',
    '0x1',
    '01',
    '.nan',
    '~',
    'null',
    '"null"',
    'true',
    '<<',
    '&k a',
    '*k',
    '!!str b',
    '"a\\tb"',
    '[a]',
    '{a: 1}'
  )
  const scalar = fc.constantFrom(
    'x',
    'postgres',
    '3.0',
    '"3"',
    "'it''s'",
    '"esc \\u0041 \\n"',
    '&v value',
    '*v',
    '*missing',
    '!!int 3',
    '|\n    block',
    '>-\n    folded',
    'a b',
    'a: b',
    '"unterminated',
    '',
    '#c'
  )
  const flowMap = fc
    .array(fc.tuple(key, scalar), { maxLength: 4 })
    .map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`)
  const flowSeq = fc
    .array(scalar, { maxLength: 3 })
    .map((items) => `[${items.join(', ')}]`)
  const value = fc.oneof(scalar, flowMap, flowSeq)
  const comment = fc.constantFrom('', ' # note', '  #', '\t# tab')
  const entry = (indent: number): fc.Arbitrary<string> =>
    fc.oneof(
      fc
        .tuple(key, value, comment)
        .map(([k, v, c]) => `${' '.repeat(indent)}${k}: ${v}${c}`),
      fc.tuple(key, comment).map(([k, c]) => `${' '.repeat(indent)}${k}:${c}`),
      fc
        .tuple(value, comment)
        .map(([v, c]) => `${' '.repeat(indent)}- ${v}${c}`),
      fc.constantFrom('', '# whole-line comment', '---', '...', '\t')
    )
  const body = fc
    .array(
      fc.constantFrom(0, 0, 0, 2, 2, 4, 1).chain((indent) => entry(indent)),
      { minLength: 1, maxLength: 10 }
    )
    .map((lines) => lines.join('\n'))
  const texts = fc
    .tuple(
      fc.oneof(body, body, fc.constantFrom('connections:\n  a: {}\n  a: {}')),
      fc.constantFrom('\n', '\r\n', '\r\n', '\r'),
      fc.constantFrom('', '\uFEFF'),
      fc.constantFrom('', '\n', '\n\n')
    )
    .map(([text, eol, bom, end]) => bom + (text + end).replace(/\n/g, eol))

  it('reports the same problems at the same line and column, and else builds the same nodes', () => {
    let problems = 0
    let duplicates = 0
    fc.assert(
      fc.property(texts, (text) => {
        const expected = reference(text)
        expect(ours(text)).toEqual(expected)
        if (expected.problems.length > 0) problems++
        if (expected.problems.some((p) => p.message.includes('unique')))
          duplicates++
      }),
      { numRuns: 3000 }
    )
    // The generator must reach every path often enough to mean something.
    expect(problems).toBeGreaterThan(300)
    expect(duplicates).toBeGreaterThan(100)
  })

  it('agrees on the block, flow and quoted documents the subset reads', () => {
    let viaSubset = 0
    const manifests = fc
      .tuple(
        fc.array(
          fc.tuple(
            fc.constantFrom('db', '"db"', "'db'"),
            fc.constantFrom(
              '{}',
              '{ conn_type: postgres }',
              '{conn_type: "http", require: [host, login]}',
              "{ 'optional': true }",
              ''
            ),
            fc.constantFrom('', ' # c')
          ),
          { minLength: 1, maxLength: 6 }
        ),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('', '\uFEFF')
      )
      .map(
        ([entries, eol, bom]) =>
          bom +
          [
            'connections:',
            // Each key once (db_0, "db_1", ...): repeats are tested above.
            ...entries.map(
              ([k, v, c], i) =>
                `  ${k.replace('db', `db_${i}`)}:${v === '' ? '' : ` ${v}`}${c}`
            )
          ]
            .join(eol)
            .concat(eol)
      )
    fc.assert(
      fc.property(manifests, (text) => {
        expect(ours(text)).toEqual(reference(text))
        if (parseYamlSubset(text) !== null) viaSubset++
      }),
      { numRuns: 1500 }
    )
    expect(viaSubset).toBeGreaterThan(200)
  })

  it.each([
    ['a repeated key after an empty value', 'a:\n  b:\n  b:\n'],
    ['a repeated key in a flow map', 'x: {a: 1, a: 2}\n'],
    ['a repeated quoted key', 'a: 1\n"a": 2\n'],
    ['a repeated key behind an anchor', '&k a: 1\na: 2\n'],
    ['a repeated key with CRLF', 'a: 1\r\nb: 2\r\na: 3\r\n'],
    ['a repeated key after a BOM', '\uFEFFa: 1\na: 2\n'],
    ['numbers that are the same integer', '0x1: a\n1: b\n'],
    ['a syntax error and a repeated key', 'a: 1\na: 2\nb: "open\n'],
    ['a bad indentation', 'a:\n  b: 1\n c: 2\n'],
    ['an unclosed flow list', 'a: [1, 2\nb: 3\n']
  ])('%s', (_name, text) => {
    const expected = reference(text)
    expect(expected.problems.length).toBeGreaterThan(0)
    expect(ours(text)).toEqual(expected)
  })
})
