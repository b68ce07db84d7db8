/**
 * Regressions from the second adversarial pass, through the pure core:
 * catastrophic manifest regexes end in one finding within the budget
 * (defect 1), input keys named like Object.prototype members are ordinary
 * keys (defect 2), keys or parts derived from a value are shown by
 * position or not at all (defect 3), manifests nested thousands deep are one
 * problem rather than an engine error (defect 10), and explain's lookup
 * patterns are bounded like the check's.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  type GateInput,
  buildReport,
  planGate
} from '../../../src/core/gate/plan.js'
import { parseManifest, tooDeepAt } from '../../../src/core/gate/manifest.js'
import { explain, parseExplainInput } from '../../../src/core/render/explain.js'
import type { SecretRead } from '../../../src/core/gate/secret-read.js'
import { profilesForVersion } from '../../../src/core/airflow/profiles.js'
import { createRegexEngine } from '../../../src/adapters/regex/worker-engine.js'
import { gateInputFor } from '../../support/gate-input.js'

const worker = createRegexEngine(250)
afterAll(() => {
  worker.close()
})

const input = (manifest: string, extra: Partial<GateInput> = {}): GateInput =>
  gateInputFor(manifest, { regexEngine: worker.engine, ...extra })

const run = (
  gate: GateInput,
  values: Record<string, string>
): ReturnType<typeof buildReport> => {
  const plan = planGate(gate)
  const reads = new Map<string, SecretRead>(
    plan.names.map((name) => [
      name,
      name in values
        ? { name, status: 'found', value: values[name] ?? '' }
        : { name, status: 'not-found' }
    ])
  )
  return buildReport(gate, plan, reads)
}

const EVIL_ID = 'a'.repeat(40) + '!'

describe('defect 1: manifest regexes are bounded', () => {
  it('a catastrophic connections_lookup_pattern is one error naming the kwarg, not a hang', () => {
    const started = Date.now()
    const result = run(
      input(
        `backend:\n  connections_prefix: c\n  connections_lookup_pattern: '^(a+)+$'\nconnections: [${EVIL_ID}, ${EVIL_ID}b, ok]\n`
      ),
      {}
    )
    expect(Date.now() - started).toBeLessThan(10_000)
    const items = result.report.items
    expect(items.map((item) => item.findings[0]?.code)).toEqual([
      'lookup-pattern-timeout',
      'lookup-pattern-timeout',
      'lookup-pattern-timeout'
    ])
    expect(items[0]?.findings[0]?.severity).toBe('error')
    expect(items[0]?.findings[0]?.message).toContain(
      'connections_lookup_pattern'
    )
    expect(result.report.valid).toBe(false)
  })

  it('a catastrophic variable pattern is one error naming the variable, and the value stays out', () => {
    const value = 'a'.repeat(40) + '!'
    const result = run(input(`variables:\n  slow:\n    pattern: '(a+)+b'\n`), {
      'airflow/variables/slow': value
    })
    const findings = result.report.items[0]?.findings ?? []
    expect(findings.map((f) => f.code)).toEqual(['variable-pattern-timeout'])
    expect(findings[0]?.message).toContain("'slow'")
    expect(JSON.stringify(result.report)).not.toContain(value)
  })

  it('ordinary non-linear patterns are still decided as Python does', () => {
    const result = run(
      input(
        `backend:\n  variables_lookup_pattern: '^(app|web)_[a-z]+_[a-z]*$'\nvariables: [app_db_x, other]\n`
      ),
      { 'airflow/variables/app_db_x': 'v' }
    )
    expect(result.report.items.map((item) => item.status)).toEqual([
      'valid',
      'skipped'
    ])
  })
})

const PROTO_KEYS = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__proto__'
]

describe('defect 2: keys named like Object.prototype members', () => {
  it.each(PROTO_KEYS)(
    'an AWS extra key %s (JSON and URI) is an unknown key, not a crash',
    (key) => {
      const result = run(input(`connections: [j, u]\n`), {
        'airflow/connections/j': JSON.stringify({
          conn_type: 'aws',
          extra: { [key]: '1', region_name: 'us-east-1' }
        }),
        'airflow/connections/u': `aws://@/?${key}=1`
      })
      for (const item of result.report.items) {
        expect(item.status).toBe('warning')
        expect(item.findings.map((f) => f.code)).toContain('aws-extra-unknown')
      }
    }
  )

  it.each(PROTO_KEYS)('airflow-version %s is refused as a version', (key) => {
    expect(profilesForVersion(key)).toBeUndefined()
    expect(() =>
      planGate(input('connections: [a]\n', { airflowVersion: key }))
    ).toThrow(/'[^']*' is not an Airflow release/)
  })

  it.each(['constructor', '__proto__', 'toString'])(
    'a backend kwarg named %s is unknown, not deprecated',
    (key) => {
      const plan = planGate(
        input(
          `backend:\n  connections_prefix: c\n  '${key}': x\nconnections: [a]\n`
        )
      )
      const codes = plan.settingsFindings.map((f) => f.code)
      expect(codes).toEqual(['backend-kwarg-unknown'])
      expect(JSON.stringify(plan.settingsFindings)).not.toContain('native code')
    }
  )
})

describe('defect 3: parts of a value are never printed', () => {
  const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfi'
  it('an unknown AWS extra key from a URI query is shown by position', () => {
    const result = run(input('connections: [u]\n'), {
      'airflow/connections/u': `aws://AKIAIOSFODNN7EXAMPLE@/?${encodeURIComponent(SECRET_KEY)}`
    })
    const text = JSON.stringify(result.report)
    expect(text).toContain('The extra key #1')
    for (const part of ['wJalrX', 'K7MDENG', 'bPxRfi', 'AKIAIOSFODNN'])
      expect(text).not.toContain(part)
  })

  it('a value without a scheme does not show its first part as conn_type', () => {
    const result = run(input('connections:\n  p:\n    conn_type: postgres\n'), {
      'airflow/connections/p': 'Zq7login:Zq7pw@db/x'
    })
    const text = JSON.stringify(result.report)
    expect(text).not.toContain('Zq7login')
    expect(result.report.items[0]?.connType).toBeUndefined()
  })

  it('JSON keys of a secret stay out of dropped-keys and keyword messages', () => {
    const result = run(input('connections: [k]\n', { via: 'direct' }), {
      'airflow/connections/k': JSON.stringify({
        conn_type: 'http',
        Zq9SecretKey: 'x'
      })
    })
    const text = JSON.stringify(result.report)
    expect(text).not.toContain('Zq9SecretKey')
    expect(text).toContain('name not shown')
    const smResult = run(input('connections: [k]\n'), {
      'airflow/connections/k': JSON.stringify({
        conn_type: 'http',
        Zq9SecretKey: 'x'
      })
    })
    const smText = JSON.stringify(smResult.report)
    expect(smText).not.toContain('Zq9SecretKey')
    expect(smText).toContain('key #2 (name not shown)')
  })
})

describe('defect 10: depths are bounded before parsing', () => {
  const flow = (depth: number): string =>
    `{"connections": ["a"], "backend": {"connections_prefix": "c", "config_kwargs": ${'['.repeat(depth)}${']'.repeat(depth)}}}`
  const block = (depth: number): string =>
    [
      'connections: [a]',
      'backend:',
      '  connections_prefix: c',
      '  config_kwargs:',
      ...Array.from(
        { length: depth },
        (_, i) => `${' '.repeat(4 + i)}k${i}:${i === depth - 1 ? ' 1' : ''}`
      ),
      ''
    ].join('\n')

  it.each([
    ['flow collections nested 3,000 deep', flow(3000), 1],
    ['block maps nested 2,000 deep', block(2000), 67],
    [
      'one line of 3,000 `- ` entries',
      `connections: [a]\nx:\n  ${'- '.repeat(3000)}1\n`,
      3
    ]
  ])(
    '%s: one problem naming the line, no engine error',
    (_label, text, line) => {
      const { problems } = parseManifest(text)
      expect(problems).toHaveLength(1)
      expect(problems[0]?.line).toBe(line)
      expect(problems[0]?.message).toMatch(/nests deeper than 64 levels/)
    }
  )

  it.each([
    ['flow', flow(20)],
    ['block', block(20)]
  ])('ordinary %s nesting still parses', (_label, text) => {
    expect(parseManifest(text).problems).toEqual([])
  })

  it('an apostrophe in a plain word does not hide what follows', () => {
    const text = `connections: [a]\nnote: it's\nx: ${'['.repeat(100)}${']'.repeat(100)}\n`
    expect(tooDeepAt(text)).toBe(3)
  })

  it('a quoted bracket is not nesting', () => {
    expect(
      tooDeepAt(`connections: ['${'['.repeat(100)}', "${'{'.repeat(100)}"]\n`)
    ).toBeNull()
  })
})

/**
 * tooDeepAt as first written (one-character strings), kept here as the
 * definition the faster one must match on any text.
 */
function tooDeepAtReference(text: string, limit: number): number | null {
  const indents: number[] = []
  let flow = 0
  let quote: '"' | "'" | null = null
  const lines = text.split('\n')
  for (const [index, line] of lines.entries()) {
    let at = 0
    if (quote === null && flow === 0) {
      while (line[at] === ' ') at++
      if (at < line.length && line[at] !== '#' && line[at] !== '\r') {
        while (indents.length > 0 && (indents.at(-1) ?? 0) > at) indents.pop()
        if (indents.length === 0 || (indents.at(-1) ?? 0) < at) indents.push(at)
      }
    }
    let dashes = 0
    for (let i = at; line.startsWith('- ', i); i += 2) dashes++
    let deepest = flow
    let before = ''
    for (let i = at; i < line.length; i++) {
      const char = line[i] ?? ''
      if (quote !== null) {
        if (char === '\\' && quote === '"') i++
        else if (char === quote) quote = null
        before = char
        continue
      }
      if (char === ' ') continue
      const previous = before
      before = char
      if ((char === '"' || char === "'") && ':[{,-?'.includes(previous))
        quote = char
      else if (char === '#' && (i === 0 || line[i - 1] === ' ')) break
      else if (char === '[' || char === '{') deepest = Math.max(deepest, ++flow)
      else if ((char === ']' || char === '}') && flow > 0) flow--
    }
    if (indents.length + dashes + deepest > limit) return index + 1
  }
  return null
}

describe('tooDeepAt', () => {
  const yamlish = fc.string({
    unit: fc.constantFrom(
      ' ',
      ' ',
      '- ',
      ':',
      ',',
      '?',
      '"',
      "'",
      '\\',
      '#',
      '[',
      ']',
      '{',
      '}',
      'a',
      'é',
      '\n',
      '\n  ',
      '\r'
    ),
    maxLength: 80
  })

  it('matches its definition on any YAML-like text', () => {
    fc.assert(
      fc.property(yamlish, fc.integer({ min: 0, max: 4 }), (text, limit) => {
        expect(tooDeepAt(text, limit)).toBe(tooDeepAtReference(text, limit))
      }),
      { numRuns: 5000 }
    )
  })
})

describe('explain: lookup patterns are bounded too', () => {
  it('a catastrophic lookup pattern is one error, not a hang', () => {
    const started = Date.now()
    const result = explain(
      {
        ...parseExplainInput(
          JSON.stringify({
            kind: 'connection',
            id: EVIL_ID,
            value: 'postgres://h',
            backend_kwargs: {
              connections_prefix: 'c',
              connections_lookup_pattern: '^(a+)+$'
            }
          })
        )
      },
      { reveal: false, regexEngine: worker.engine }
    )
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(result.get('error')).toBe('LookupPatternTimeout')
    expect(result.get('message')).toEqual(
      expect.stringContaining('connections_lookup_pattern')
    )
  })
})
