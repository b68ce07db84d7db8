import { describe, expect, it } from '@jest/globals'
import { FALLS_THROUGH } from '../../src/core/findings.js'
import { mdCode, mdText } from '../../src/core/render/markdown.js'
import {
  GITHUB_COMMENT_LIMIT,
  commentMarker,
  hasMarker,
  markerLine,
  prCommentHasFindings,
  prCommentVerdict,
  renderPrComment
} from '../../src/core/render/pr-comment.js'
import type { PrCommentInput } from '../../src/core/render/pr-comment.js'
import type { ReportItem } from '../../src/core/gate/report.js'
import { item, missing, report } from '../support/report-fixtures.js'

const MARKER = commentMarker('airflow-secrets.yml')
const RUN_URL = 'https://github.com/acme/dags/actions/runs/42'

function render(input: Partial<PrCommentInput> = {}): string {
  return renderPrComment({
    report: report([missing('connection', 'new_warehouse')]),
    marker: MARKER,
    runUrl: RUN_URL,
    ...input
  })
}

/** The table's lines (header and separator included). */
function tableLines(body: string): string[] {
  return body.split('\n').filter((line) => line.startsWith('| '))
}

/** Cell separators: pipes not escaped with a backslash. */
function separators(line: string): number {
  return line.match(/(?<!\\)\|/g)?.length ?? 0
}

describe('commentMarker', () => {
  it.each([
    ['airflow-secrets.yml', 'airflow-secrets.yml'],
    ['./airflow-secrets.yml', 'airflow-secrets.yml'],
    [
      '  teams/finance/airflow-secrets.yml ',
      'teams/finance/airflow-secrets.yml'
    ],
    ['teams\\finance\\secrets.yaml', 'teams/finance/secrets.yaml'],
    ['a//b.json', 'a/b.json']
  ])('%j → %j', (path, expected) => {
    expect(commentMarker(path)).toBe(expected)
  })

  it.each([['a b.yml'], ['x--y.yml'], ['-->.yml'], ['ünï.yml']])(
    'adds a hash to unusual path %j and stays inside the comment',
    (path) => {
      const marker = commentMarker(path)
      expect(marker).toMatch(/^[A-Za-z0-9._/-]+~[0-9a-f]{8}$/)
      expect(markerLine(marker)).toMatch(/^<!-- astro-secrets-gate:[^>]*-->$/)
      expect(markerLine(marker).slice(5, -4)).not.toContain('--')
    }
  )

  it('tells apart paths that sanitise alike, and has a form for no manifest', () => {
    expect(commentMarker('a b.yml')).not.toBe(commentMarker('a_b.yml'))
    expect(commentMarker('a b.yml')).not.toBe(commentMarker('a+b.yml'))
    expect(commentMarker(null)).toBe('(inputs)')
    expect(commentMarker('')).toBe('(inputs)')
  })

  it('is the first line of the body and is recognised', () => {
    const body = render()
    expect(body.split('\n')[0]).toBe(
      '<!-- astro-secrets-gate:airflow-secrets.yml -->'
    )
    expect(hasMarker(body, MARKER)).toBe(true)
    expect(hasMarker(body, commentMarker('other.yml'))).toBe(false)
    expect(hasMarker(`> ${markerLine(MARKER)}\n> quoted`, MARKER)).toBe(false)
    expect(hasMarker(`text\r\n${markerLine(MARKER)}\r\n`, MARKER)).toBe(true)
  })
})

describe('verdict', () => {
  const warning = item('variable', 'env', 'warning', [
    { code: 'json-not-object', severity: 'warning', message: 'Not JSON.' }
  ])
  const undeclared = [
    { kind: 'connection' as const, id: 'x', file: 'dags/a.py', line: 3 }
  ]
  it.each([
    ['failing', report([missing('connection', 'c')]), [], 'failed', '❌'],
    ['warnings only', report([warning]), [], 'warnings', '⚠️'],
    [
      'undeclared only',
      report([item('variable', 'env', 'valid')]),
      undeclared,
      'warnings',
      '⚠️'
    ],
    ['clean', report([item('variable', 'env', 'valid')]), [], 'clear', '✅']
  ])('%s → %s', (_name, r, u, verdict, icon) => {
    expect(prCommentVerdict({ report: r, undeclared: u })).toBe(verdict)
    expect(prCommentHasFindings({ report: r, undeclared: u })).toBe(
      verdict !== 'clear'
    )
    const heading = render({ report: r, undeclared: u }).split('\n')[1]
    expect(heading).toMatch(new RegExp(`^### ${icon} `))
  })

  it('names the counts in the heading and the summary line', () => {
    const body = render({
      report: report([
        missing('connection', 'a'),
        missing('variable', 'b'),
        warning
      ]),
      undeclared
    })
    expect(body).toContain(
      '### ❌ Airflow secrets check failed: 2 errors, 1 warning, 1 undeclared id'
    )
    expect(body).toContain(
      '**3** checked · **2** missing · **0** invalid · **2** errors · **1** warning'
    )
  })
})

describe('table', () => {
  it('has one row per secret: kind, id, verdict, and what is wrong with its fix', () => {
    const lines = tableLines(render())
    expect(lines).toEqual([
      '| Kind | Id | Verdict | What is wrong, and the fix |',
      '| --- | --- | --- | --- |',
      '| connection | <code>new\\_warehouse</code> | ❌ missing | ' +
        'No such secret in Secrets Manager. **Fix:** Create it as a ' +
        'Plaintext secret \\(SecretString\\). <details><summary>Command' +
        '</summary><code>aws secretsmanager create-secret --name ' +
        'airflow/<wbr>connections/<wbr>new\\_<wbr>warehouse ' +
        '--secret-string file\\://value.txt' +
        '</code></details> |'
    ])
  })

  it('puts every finding of a secret in its one row, errors first', () => {
    const body = render({
      report: report([
        item('connection', 'warehouse', 'invalid', [
          { code: 'w', severity: 'warning', message: 'Second.', hint: 'B.' },
          { code: 'e', severity: 'error', message: 'First.', hint: 'A.' }
        ])
      ])
    })
    const rows = tableLines(body).slice(2)
    expect(rows).toEqual([
      '| connection | <code>warehouse</code> | ❌ invalid | ' +
        '❌ First. **Fix:** A.<br>⚠️ Second. **Fix:** B. |'
    ])
  })

  it.each([
    ['a pipe', 'warehouse|prod', 'warehouse\\|prod'],
    [
      'HTML',
      '<img src=x onerror=alert(1)>',
      '\\<img src=x onerror=alert\\(1\\)\\>'
    ],
    ['backticks', 'a`b``c', 'a\\`b\\`\\`c'],
    ['emphasis and links', '*x* _y_ [z](u)', '\\*x\\* \\_y\\_ \\[z\\]\\(u\\)'],
    ['an entity', '&lt;', '\\&lt;'],
    ['math', '$x$', '\\$x\\$'],
    ['an emoji code', ':x:', '\\:x\\:'],
    ['a line break', 'one\ntwo\r\nthree', 'one two  three'],
    ['bidi overrides', 'abc\u202edef', 'abc\ufffddef']
  ])('escapes %s in ids', (_name, id, escaped) => {
    const body = render({
      report: report([
        item('variable', id, 'invalid', [
          { code: 'x', severity: 'error', message: 'Bad.' }
        ])
      ])
    })
    const [, , row = ''] = tableLines(body)
    expect(row).toContain(`<code>${escaped}</code>`)
    expect(separators(row)).toBe(5)
    expect(body).not.toMatch(/(?<!\\)<(?:img|script)/)
  })

  it('keeps every row at four cells whatever the text holds', () => {
    const nasty = 'a|b\\|c`|`<td>|</code>|\n| --- |'
    const body = render({
      report: report([
        item('variable', nasty, 'invalid', [
          { code: 'x', severity: 'error', message: nasty, hint: nasty }
        ])
      ])
    })
    const lines = tableLines(body)
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(separators(line)).toBe(5)
  })

  it('breaks mentions and issue references in messages, not in code', () => {
    const body = render({
      report: report([
        item('connection', 'c@team', 'invalid', [
          {
            code: 'x',
            severity: 'error',
            message: 'Ask @octocat about #12, see `@admins`',
            hint: 'Mail ops@example.com'
          }
        ])
      ])
    })
    expect(body).toContain('Ask @\u200boctocat about \\#\u200b12')
    expect(body).toContain('<code>@admins</code>')
    expect(body).toContain('<code>c@team</code>')
    expect(body).toContain('ops@\u200bexample.com')
    expect(body).not.toMatch(/@octocat/)
  })

  it('clips very long text in a cell', () => {
    const body = render({
      report: report([
        item('variable', 'v', 'invalid', [
          { code: 'x', severity: 'error', message: 'y'.repeat(5000) }
        ])
      ])
    })
    expect(body).toContain(`${'y'.repeat(399)}…`)
    expect(body).not.toContain('y'.repeat(400))
  })

  it('lists settings findings above the table and marks a scoped finding briefly', () => {
    const unlooked: ReportItem = {
      ...item('connection', 'local_only', 'skipped', [
        {
          code: 'lookup-pattern',
          severity: 'warning',
          message:
            'Airflow 2.10–2.11: Not looked up: the id does not match connections_lookup_pattern.',
          profiles: ['af2']
        }
      ]),
      secretName: null
    }
    const body = render({
      report: report([unlooked], {
        settingsFindings: [
          {
            code: 'kwargs-unknown',
            severity: 'warning',
            kind: 'config',
            id: 'backend-kwargs',
            message: 'Unknown key `sep`.'
          }
        ]
      })
    })
    expect(body).toContain(
      '- <code>backend-kwargs</code>: ⚠️ Unknown key <code>sep</code>.'
    )
    const rows = tableLines(body).slice(2)
    expect(rows).toEqual([
      '| connection | <code>local\\_only</code> | ⚠️ not looked up | ' +
        '*Airflow 2.10–2.11 only:* Not looked up\\: the id does not match ' +
        'connections\\_lookup\\_pattern. |'
    ])
  })

  it('names the secret only where it is not prefix, sep and id', () => {
    const body = render({
      report: report([
        missing('connection', 'usual'),
        { ...missing('connection', 'odd'), secretName: 'elsewhere/odd' }
      ])
    })
    const rows = tableLines(body).slice(2)
    expect(rows[0]).toMatch(/^\| connection \| <code>usual<\/code> \| /)
    expect(rows[1]).toMatch(
      /^\| connection \| <code>odd<\/code><br>secret <code>elsewhere\/odd<\/code> \| /
    )
    expect(body).toContain(
      'Secret names: connections <code>airflow/<wbr>connections/<wbr>\\<id\\></code>, unless a row names another.'
    )
  })

  it('says once why Airflow never reported a failing read', () => {
    const denied = (id: string): ReportItem =>
      item('connection', id, 'unreadable', [
        {
          code: 'secret-access-denied',
          severity: 'error',
          message: `Reading secret airflow/connections/${id} was denied (AccessDeniedException). ${FALLS_THROUGH}.`,
          hint: 'Allow secretsmanager:GetSecretValue.'
        }
      ])
    const body = render({ report: report([denied('a'), denied('b')]) })
    expect(body.split('tries the next secrets backend')).toHaveLength(2)
    for (const row of tableLines(body).slice(2))
      expect(row).toContain('| ❌ unreadable | Reading it was denied. **Fix:**')
  })

  it('puts errors before warnings', () => {
    const body = render({
      report: report([
        item('variable', 'w', 'warning', [
          { code: 'x', severity: 'warning', message: 'W.' }
        ]),
        missing('connection', 'e')
      ])
    })
    const rows = tableLines(body).slice(2)
    expect(rows.map((row) => row.includes('❌'))).toEqual([true, false])
  })

  it('renders nothing of the report beyond ids, names, statuses and findings', () => {
    const r = report([missing('connection', 'new_warehouse')], {
      backendKwargs: '{"connections_prefix":"SENTINEL-KWARGS"}',
      backend: 'SENTINEL.Backend'
    })
    const body = render({ report: r })
    expect(body).not.toContain('SENTINEL.Backend')
    expect(body).not.toContain('SENTINEL-KWARGS"')
  })
})

describe('size', () => {
  const many = (count: number, pad = 'x'.repeat(30)): ReportItem[] =>
    Array.from({ length: count }, (_, i) =>
      i % 3 === 0
        ? item('variable', `w${i}_${pad}`, 'warning', [
            { code: 'x', severity: 'warning', message: `Warning ${i}.` }
          ])
        : missing('connection', `c${i}_${pad}`)
    )

  it.each([
    [300, 'x'.repeat(30), 100],
    [3000, 'x'.repeat(30), 100],
    [3000, '|'.repeat(250), 20]
  ])(
    'truncates a table of %d secrets (ids padded with %j) below the limit',
    (count, pad, minRows) => {
      const body = render({
        report: report(many(count, pad)),
        undeclared: [
          { kind: 'variable', id: 'late', file: 'dags/late.py', line: 1 }
        ]
      })
      expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
      const rows = tableLines(body).length - 2
      const more = /…and (\d+) more, see the run summary\./.exec(body)
      expect(more).not.toBeNull()
      expect(rows + Number(more?.[1])).toBe(count)
      expect(rows).toBeGreaterThan(minRows)
      // The sections after the table survive the truncation.
      expect(body).toContain('<code>late</code>')
      expect(body.trimEnd().endsWith(`(${RUN_URL})`)).toBe(true)
      // Errors come first, so the truncated rows are warnings.
      expect(
        tableLines(body)
          .slice(2)
          .every((row) => row.includes('❌'))
      ).toBe(true)
    }
  )

  it('keeps a small report whole', () => {
    const body = render({ report: report(many(10)) })
    expect(tableLines(body)).toHaveLength(12)
    expect(body).not.toContain('more, see the run summary')
  })
})

describe('undeclared ids', () => {
  it('groups places per id and points at discover --write', () => {
    const body = render({
      undeclared: [
        {
          kind: 'connection',
          id: 'snowflake_default',
          file: 'dags/a.py',
          line: 12
        },
        {
          kind: 'connection',
          id: 'snowflake_default',
          file: 'dags/b.py',
          line: 3
        },
        {
          kind: 'connection',
          id: 'snowflake_default',
          file: 'dags/c.py',
          line: 4
        },
        {
          kind: 'connection',
          id: 'snowflake_default',
          file: 'dags/d.py',
          line: 5
        },
        {
          kind: 'connection',
          id: 'snowflake_default',
          file: 'dags/d.py',
          line: 5
        },
        {
          kind: 'variable',
          id: 'snowflake_default',
          file: 'dags/a.py',
          line: 20
        }
      ]
    })
    expect(body).toContain(
      '#### Used in the DAG code, not declared in the manifest'
    )
    expect(body).toContain('<code>astro-secrets-gate discover --write</code>')
    expect(body).toContain(
      '- connection <code>snowflake\\_default</code>, used at ' +
        '<code>dags/a.py\\:12</code>, <code>dags/b.py\\:3</code>, ' +
        '<code>dags/c.py\\:4</code> and 1 more place'
    )
    expect(body).toContain(
      '- variable <code>snowflake\\_default</code>, used at <code>dags/a.py\\:20</code>'
    )
    expect(body).toContain('2 undeclared ids')
  })

  it('lists at most 50 ids', () => {
    const undeclared = Array.from({ length: 80 }, (_, i) => ({
      kind: 'variable' as const,
      id: `v${i}`,
      file: 'dags/x.py',
      line: i + 1
    }))
    const body = render({ undeclared })
    expect(body.match(/^- variable /gm)).toHaveLength(50)
    expect(body).toContain('- …and 30 more, see the run summary.')
  })

  it('keeps room for the table when ids and paths are huge', () => {
    const undeclared = Array.from({ length: 50 }, (_, i) => ({
      kind: 'variable' as const,
      id: `${i}${'|'.repeat(400)}`,
      file: `dags/${'['.repeat(400)}.py`,
      line: i + 1
    }))
    const body = render({
      report: report(
        Array.from({ length: 500 }, (_, i) => missing('connection', `c${i}`))
      ),
      undeclared
    })
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
    const listed = body.match(/^- variable /gm)?.length ?? 0
    expect(listed).toBeGreaterThan(0)
    expect(body).toContain(`- …and ${50 - listed} more, see the run summary.`)
    expect(tableLines(body).length).toBeGreaterThan(50)
    expect(body.trimEnd().endsWith(`(${RUN_URL})`)).toBe(true)
  })

  it('escapes ids and file names', () => {
    const body = render({
      undeclared: [
        { kind: 'variable', id: '<b>x</b>', file: 'dags/[a].py', line: 1 }
      ]
    })
    expect(body).toContain('<code>\\<b\\>x\\</b\\></code>')
    expect(body).toContain('<code>dags/\\[a\\].py\\:1</code>')
  })
})

describe('all clear', () => {
  it.each([
    [
      'values',
      'Each of the 2 required connections and variables exists in AWS Secrets Manager and parses the way Airflow parses it.'
    ],
    [
      'existence',
      'Each of the 2 required connections and variables exists in AWS Secrets Manager.'
    ]
  ] as const)('in %s mode says what was checked', (mode, sentence) => {
    const body = render({
      report: report(
        [item('connection', 'a', 'valid'), item('variable', 'b', 'valid')],
        { mode }
      )
    })
    expect(body.split('\n')[1]).toBe('### ✅ Airflow secrets: all clear')
    expect(body).toContain(sentence)
    expect(tableLines(body)).toEqual([])
    expect(body).not.toContain('Used in the DAG code')
    expect(body).toContain(`[Workflow run and full report](${RUN_URL})`)
  })

  it('has no run link without a run URL', () => {
    const body = render({
      report: report([item('connection', 'a', 'valid')]),
      runUrl: null
    })
    expect(body).not.toContain('Workflow run')
    expect(body).toContain('The one required connection or variable exists')
    expect(body.endsWith('\n')).toBe(true)
  })

  it('encodes characters that would break the run link', () => {
    const body = render({ runUrl: 'https://ghe.example/a (b)/runs/1' })
    expect(body).toContain('(https://ghe.example/a%20%28b%29/runs/1)')
  })
})

describe('escape helpers', () => {
  it.each([
    ['plain', 'plain'],
    ['a_b', 'a\\_b'],
    ['@here', '@\u200bhere'],
    ['x@', 'x@'],
    ['#1', '\\#\u200b1'],
    ['tab\there', 'tab here']
  ])('mdText(%j)', (text, expected) => {
    expect(mdText(text)).toBe(expected)
  })

  it('mdCode() wraps escaped text in a code element, with wrap points in long tokens', () => {
    expect(mdCode('a|b')).toBe('<code>a\\|b</code>')
    expect(mdCode('x'.repeat(45))).toBe(
      `<code>${'x'.repeat(20)}<wbr>${'x'.repeat(20)}<wbr>xxxxx</code>`
    )
  })
})
