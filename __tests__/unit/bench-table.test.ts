/**
 * The pure parts of `npm run bench`: option parsing, statistics, the
 * request budget, the markdown table and the target checks. No timing.
 */
import { describe, expect, it } from '@jest/globals'
import {
  type SizeResult,
  type VariantResult,
  awsRequests,
  checkTargets,
  DEFAULT_OPTIONS,
  formatBytes,
  formatCounts,
  formatMs,
  median,
  parseBenchArgs,
  renderSizes,
  renderTable,
  renderTargets,
  requestBudget,
  rssGrowthPerSecret,
  speedup,
  summarise
} from '../../bench/stats.js'

const variant = (
  name: VariantResult['variant'],
  counts: Record<string, number>,
  wallMs: number[],
  maxRssBytes: number[],
  firstRequestMs: number[] = wallMs.map(() => 150)
): VariantResult => ({
  variant: name,
  counts,
  wallMs,
  firstRequestMs,
  maxRssBytes
})

const SMALL: SizeResult = {
  n: 10,
  action: variant(
    'action',
    { oidc: 1, AssumeRoleWithWebIdentity: 1, BatchGetSecretValue: 1 },
    [300, 320, 310],
    [70e6, 71e6, 72e6]
  ),
  sequential: variant(
    'sequential',
    { GetSecretValue: 10 },
    [400, 420, 410],
    [64e6, 64e6, 64e6]
  ),
  parseMs: [4, 5, 3]
}

const LARGE: SizeResult = {
  n: 1000,
  action: variant(
    'action',
    { oidc: 1, AssumeRoleWithWebIdentity: 1, BatchGetSecretValue: 50 },
    [600, 700, 650],
    [90e6, 91e6, 92e6]
  ),
  sequential: variant(
    'sequential',
    { GetSecretValue: 1000 },
    [21000, 22000, 21500],
    [88e6, 88e6, 88e6]
  )
}

describe('median and summarise', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1, 10, 10], 10],
    [[-1, 1], 0]
  ])('median(%j) is %d', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow('median of no values')
  })

  it('does not reorder its input', () => {
    const values = [3, 1, 2]
    median(values)
    expect(values).toEqual([3, 1, 2])
  })

  it('summarises median, min and max', () => {
    expect(summarise([7, 3, 9, 5])).toEqual({ median: 6, min: 3, max: 9 })
  })
})

describe('request budget', () => {
  it.each([
    [1, 2],
    [10, 2],
    [20, 2],
    [21, 3],
    [100, 6],
    [1000, 51],
    [1001, 52]
  ])('N = %d allows %d AWS requests', (n, expected) => {
    expect(requestBudget(n)).toBe(expected)
  })

  it.each([
    [{ oidc: 1, AssumeRoleWithWebIdentity: 1, BatchGetSecretValue: 50 }, 51],
    [{ GetSecretValue: 1000 }, 1000],
    [{ oidc: 3 }, 0],
    [{}, 0]
  ])('awsRequests(%j) is %d (the OIDC token is not AWS)', (counts, n) => {
    expect(awsRequests(counts)).toBe(n)
  })
})

describe('formatting', () => {
  it.each([
    [
      { oidc: 1, AssumeRoleWithWebIdentity: 1, BatchGetSecretValue: 50 },
      'OIDC 1, STS 1, BatchGet 50'
    ],
    [
      { BatchGetSecretValue: 2, GetSecretValue: 0, oidc: 1 },
      'OIDC 1, BatchGet 2'
    ],
    [
      { ListSecrets: 1, DescribeSecret: 4, other: 2 },
      'Describe 4, List 1, other 2'
    ],
    [{}, 'none']
  ])('formatCounts(%j) is %s', (counts, text) => {
    expect(formatCounts(counts)).toBe(text)
  })

  it.each([
    [0, '0 ms'],
    [331.4, '331 ms'],
    [9999, '9999 ms'],
    [10_000, '10.0 s'],
    [21_456, '21.5 s']
  ])('formatMs(%d) is %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text)
  })

  it.each([
    [523_946, '523.9 kB'],
    [1_596_299, '1.60 MB'],
    [3_000_000, '3.00 MB']
  ])('formatBytes(%d) is %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})

describe('renderTable', () => {
  const table = renderTable([SMALL, LARGE])
  const lines = table.split('\n')

  it('has a header, a separator and one row per size and variant', () => {
    expect(lines).toHaveLength(6)
    expect(lines[0]).toBe(
      '| N | run | requests | median | min–max | b/a | peak RSS | start → 1st request | manifest parse |'
    )
    expect(lines[1]).toBe(
      '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'
    )
    for (const line of lines) expect(line.split('|')).toHaveLength(11)
  })

  it.each([
    [
      2,
      '| 10 | a: action (dist/index.js) | OIDC 1, STS 1, BatchGet 1 | 310 ms | 300 ms–320 ms | 1.3× | 71.00 MB | 150 ms | 4 ms |'
    ],
    [
      3,
      '| 10 | b: sequential GetSecretValue | Get 10 | 410 ms | 400 ms–420 ms |  | 64.00 MB | 150 ms |  |'
    ],
    [
      4,
      '| 1000 | a: action (dist/index.js) | OIDC 1, STS 1, BatchGet 50 | 650 ms | 600 ms–700 ms | 33.1× | 91.00 MB | 150 ms |  |'
    ],
    [
      5,
      '| 1000 | b: sequential GetSecretValue | Get 1000 | 21.5 s | 21.0 s–22.0 s |  | 88.00 MB | 150 ms |  |'
    ]
  ])('row %d is %s', (index, row) => {
    expect(lines[index]).toBe(row)
  })

  it('computes b/a from the medians', () => {
    expect(speedup(LARGE)).toBeCloseTo(21500 / 650, 10)
  })
})

const MEDIUM: SizeResult = {
  n: 500,
  action: variant(
    'action',
    { oidc: 1, AssumeRoleWithWebIdentity: 1, BatchGetSecretValue: 25 },
    [300, 340, 320],
    [80e6],
    [160, 170, 165]
  ),
  sequential: variant(
    'sequential',
    { GetSecretValue: 500 },
    [11_000, 11_500, 12_000],
    [80e6],
    [150, 140, 145]
  ),
  parseMs: [20]
}

const HUGE: SizeResult = {
  n: 10_000,
  action: variant(
    'action',
    { oidc: 1, AssumeRoleWithWebIdentity: 1, BatchGetSecretValue: 500 },
    [1400, 1450],
    [120e6],
    [160]
  ),
  parseMs: [150, 170, 160]
}

describe('checkTargets', () => {
  it('checks every target of a full run, each at its size', () => {
    const targets = checkTargets([HUGE, LARGE, MEDIUM, SMALL], 1_596_299)
    expect(targets.map((t) => [t.name, t.value, t.ok])).toEqual([
      ['a at N = 500 ≤ 350 ms (spawn to exit)', '320 ms', true],
      ['b/a at N = 500 ≥ 35×', '35.9×', true],
      [
        "start → 1st request at N = 10 ≤ b's + 25 ms (150 ms + 25 ms)",
        '150 ms',
        true
      ],
      [
        "start → 1st request at N = 500 ≤ b's + 25 ms (145 ms + 25 ms)",
        '165 ms',
        true
      ],
      [
        "start → 1st request at N = 1000 ≤ b's + 25 ms (150 ms + 25 ms)",
        '150 ms',
        true
      ],
      [
        "start → 1st request at N = 10000 ≤ b's median over sizes + 25 ms (150 ms + 25 ms)",
        '160 ms',
        true
      ],
      ['AWS requests at N = 10 ≤ ceil(N/20) + 1 = 2', '2', true],
      ['AWS requests at N = 500 ≤ ceil(N/20) + 1 = 26', '26', true],
      ['AWS requests at N = 1000 ≤ ceil(N/20) + 1 = 51', '51', true],
      ['AWS requests at N = 10000 ≤ ceil(N/20) + 1 = 501', '501', true],
      ['manifest parse at N = 10000 ≤ 200 ms (fresh process)', '160 ms', true],
      ['a at N = 10000 ≤ 1500 ms', '1425 ms', true],
      ['peak RSS of a at N = 1000 ≤ 90.00 MB', '91.00 MB', false],
      ['dist/index.js < 3.00 MB', '1.60 MB', true]
    ])
  })

  it('leaves out targets at sizes the run did not measure', () => {
    expect(
      checkTargets([SMALL], 1_000_000).map((t) => t.name.split(' at ')[0])
    ).toEqual([
      'start → 1st request',
      'AWS requests',
      'dist/index.js < 3.00 MB'
    ])
  })

  it('renders a size without b with no ratio and its parse time', () => {
    expect(renderTable([HUGE]).split('\n')[2]).toBe(
      '| 10000 | a: action (dist/index.js) | OIDC 1, STS 1, BatchGet 500 | 1425 ms | 1400 ms–1450 ms | – | 120.00 MB | 160 ms | 160 ms |'
    )
  })

  it('checks mode existence against mode values when measured', () => {
    const withExistence = (wallMs: number[], lists: number): SizeResult => ({
      ...LARGE,
      existence: variant(
        'existence',
        { oidc: 1, AssumeRoleWithWebIdentity: 1, ListSecrets: lists },
        wallMs,
        [90e6]
      )
    })
    const pick = (result: SizeResult): [string, string, boolean][] =>
      checkTargets([result], 1_596_299)
        .filter((t) => /existence/.test(t.name))
        .map((t) => [t.name, t.value, t.ok])
    expect(pick(withExistence([900, 1000, 1100], 100))).toEqual([
      [
        'AWS requests in mode existence at N = 1000 ≤ ceil(N/10) + 1 = 101',
        '101',
        true
      ],
      [
        'mode existence at N = 1000 within 2× of mode values (a′/a)',
        '1.54×',
        true
      ]
    ])
    expect(
      pick(withExistence([1400], 1000)).map(([, value, ok]) => [value, ok])
    ).toEqual([
      ['1001', false],
      ['2.15×', false]
    ])
    expect(renderTable([withExistence([1000], 100)])).toContain(
      '| 1000 | a′: action, mode existence | OIDC 1, STS 1, List 100 | 1000 ms | 1000 ms–1000 ms | a′/a 1.54× |'
    )
  })

  it('flags each missed target', () => {
    const slow: SizeResult = {
      ...MEDIUM,
      action: variant(
        'action',
        { AssumeRoleWithWebIdentity: 1, GetSecretValue: 500 },
        [400],
        [500e6],
        [171]
      )
    }
    const slowHuge: SizeResult = { ...HUGE, parseMs: [800] }
    const missed = checkTargets([slow, slowHuge], 3_100_000)
      .filter((t) => !t.ok)
      .map((t) => t.name)
    expect(missed).toEqual([
      'a at N = 500 ≤ 350 ms (spawn to exit)',
      'b/a at N = 500 ≥ 35×',
      "start → 1st request at N = 500 ≤ b's + 25 ms (145 ms + 25 ms)",
      'AWS requests at N = 500 ≤ ceil(N/20) + 1 = 26',
      'manifest parse at N = 10000 ≤ 200 ms (fresh process)',
      'dist/index.js < 3.00 MB'
    ])
  })

  it('renders targets as a checklist', () => {
    expect(
      renderTargets([
        { name: 'one', value: '1', ok: true },
        { name: 'two', value: '2', ok: false }
      ])
    ).toBe('- ✅ one: 1\n- ❌ two: 2')
  })

  it('has no memory growth figure with a single size', () => {
    expect(rssGrowthPerSecret([LARGE], 'action')).toBeNull()
  })
})

describe('renderSizes', () => {
  it('lists dist/index.js, its chunks and the CLI', () => {
    expect(
      renderSizes({ index: 1_596_299, indexChunks: 1_317_000, cli: 523_990 })
    ).toBe(
      '- dist/index.js: 1.60 MB (+ 1.32 MB in lazily loaded chunks)\n- dist/cli.js + dist/cli/: 524.0 kB'
    )
  })
})

describe('parseBenchArgs', () => {
  it('defaults to 20 ms, 5 runs, N = 10 to 10,000, b up to 1000, markdown', () => {
    expect(parseBenchArgs([])).toEqual({
      latencyMs: 20,
      runs: 5,
      sizes: [10, 100, 500, 1000, 10000],
      compareMax: 1000,
      json: false
    })
    expect(DEFAULT_OPTIONS.sizes).toEqual([10, 100, 500, 1000, 10000])
  })

  it.each([
    [['--latency', '0'], { latencyMs: 0 }],
    [['--latency=50'], { latencyMs: 50 }],
    [['--runs', '3'], { runs: 3 }],
    [['--sizes', '10,500'], { sizes: [10, 500] }],
    [['--sizes=1, 2'], { sizes: [1, 2] }],
    [['--compare-max', '500'], { compareMax: 500 }],
    [['--json'], { json: true }]
  ])('%j sets %j', (args, expected) => {
    expect(parseBenchArgs(args)).toEqual({ ...DEFAULT_OPTIONS, ...expected })
  })

  it.each([
    [['--latency'], '--latency needs a whole number, got nothing.'],
    [['--latency', '-5'], '--latency needs a whole number, got -5.'],
    [['--latency', '5000'], '--latency is at most 1000, got 5000.'],
    [['--runs', '0'], '--runs is at least 1.'],
    [['--runs', '2.5'], '--runs needs a whole number, got 2.5.'],
    [['--sizes', '10,,100'], '--sizes needs a whole number, got nothing.'],
    [['--sizes', '0'], '--sizes takes 1 to 10 sizes of at least 1, got 0.'],
    [['--sizes', '100000'], '--sizes is at most 20000, got 100000.'],
    [
      ['--fast'],
      'Unknown option --fast; use --latency MS, --runs N, --sizes 10,100,1000, --compare-max N, --json.'
    ]
  ])('%j fails with %s', (args, message) => {
    expect(() => parseBenchArgs(args)).toThrow(message)
  })
})
