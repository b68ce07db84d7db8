import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Node, Pair } from 'yaml'

// The safety rules every workflow and action of this repository keeps:
//   expression-in-run  no `${{ ... }}` inside a `run:` script (use `env:`)
//   unpinned-uses      every third-party action or reusable workflow pinned
//                      to a full 40-hex commit SHA with a version comment
//   placeholder-sha    a pin that cannot be a real commit: one repeated
//                      digit (0000…), a repeating pattern, too few distinct
//                      digits (deadbeef…)
//   permissions        explicit `permissions:` on every job; no write-all /
//                      read-all; `write` only for id-token, for
//                      security-events in codeql.yml (CodeQL uploads its
//                      results to code scanning; nothing else may), and for
//                      issues in the watch workflow and its example caller
//                      (the tracking issue), and for contents in the release
//                      workflow's release job (the release and the major tag)
//   secrets-inherit    no `secrets: inherit`
// Our own actions and workflows (astro-secrets-gate/astro-secrets-gate, and
// `./` paths) are released together and may be referenced by tag.

type Rule =
  | 'yaml'
  | 'expression-in-run'
  | 'unpinned-uses'
  | 'placeholder-sha'
  | 'permissions'
  | 'secrets-inherit'

interface Violation {
  readonly rule: Rule
  readonly where: string
}

const FIRST_PARTY = /^astro-secrets-gate\/astro-secrets-gate(\/[^@]*)?@v\d+$/
const PINNED = /^[\w.-]+\/[\w.-]+(\/[^@\s]*)?@[0-9a-f]{40}$/
const VERSION_COMMENT = /^\s*v?\d+(\.\d+)*\b/
const WRITE_OK = new Set(['id-token'])
/** Further scopes one file may write, and why. */
const WRITE_OK_IN: Readonly<Record<string, ReadonlySet<string>>> = {
  // github/codeql-action/analyze uploads SARIF to code scanning.
  '.github/workflows/codeql.yml': new Set(['security-events']),
  // The tracking issue of a failing scheduled check.
  '.github/workflows/astro-secrets-watch.yml': new Set(['issues']),
  'examples/workflows/astro-secrets-watch.yml': new Set(['issues']),
  // The GitHub release and the moving major tag.
  '.github/workflows/release.yml': new Set(['contents'])
}

function get(map: unknown, key: string): unknown {
  return isMap(map) ? map.get(key, true) : undefined
}

/**
 * Whether a 40-hex SHA is a stand-in rather than a commit id. A real SHA-1 has
 * at least 10 distinct hex digits and no repeating period (the chance that
 * one does not is below 1e-6), while placeholders are all zeros, `deadbeef`
 * repeated, `0123456789abcdef` repeated, and the like.
 */
function isPlaceholderSha(sha: string): boolean {
  if (new Set(sha).size < 10) return true
  for (let period = 1; period <= sha.length / 2; period++)
    if (sha.slice(period) === sha.slice(0, sha.length - period)) return true
  return false
}

function checkUses(node: unknown, where: string, out: Violation[]): void {
  if (!isScalar(node) || typeof node.value !== 'string') return
  const ref = node.value
  if (ref.startsWith('./') || FIRST_PARTY.test(ref)) return
  if (ref.startsWith('docker://')) {
    if (!/@sha256:[0-9a-f]{64}$/.test(ref))
      out.push({ rule: 'unpinned-uses', where: `${where}: ${ref}` })
    return
  }
  if (!PINNED.test(ref) || !VERSION_COMMENT.test(node.comment ?? ''))
    out.push({ rule: 'unpinned-uses', where: `${where}: ${ref}` })
  else if (isPlaceholderSha(ref.slice(ref.lastIndexOf('@') + 1)))
    out.push({ rule: 'placeholder-sha', where: `${where}: ${ref}` })
}

function checkSteps(steps: unknown, where: string, out: Violation[]): void {
  if (!isSeq(steps)) return
  steps.items.forEach((step, i) => {
    const at = `${where}.steps[${i}]`
    const run = get(step, 'run')
    if (
      isScalar(run) &&
      typeof run.value === 'string' &&
      run.value.includes('${{')
    )
      out.push({ rule: 'expression-in-run', where: at })
    checkUses(get(step, 'uses'), at, out)
  })
}

function checkPermissions(
  node: unknown,
  where: string,
  out: Violation[],
  extra: ReadonlySet<string> = new Set()
): void {
  if (node === undefined) {
    out.push({ rule: 'permissions', where: `${where}: none declared` })
    return
  }
  if (isScalar(node)) {
    out.push({ rule: 'permissions', where: `${where}: ${String(node.value)}` })
    return
  }
  if (!isMap(node)) return
  for (const pair of node.items as Pair<Node, Node>[]) {
    const scope = isScalar(pair.key) ? String(pair.key.value) : ''
    const level = isScalar(pair.value) ? String(pair.value.value) : ''
    if (level === 'write' && !WRITE_OK.has(scope) && !extra.has(scope))
      out.push({ rule: 'permissions', where: `${where}: ${scope}: write` })
  }
}

/** The violations of one workflow or action metadata file. */
function checkYaml(text: string, file: string): Violation[] {
  const doc = parseDocument(text)
  if (doc.errors.length > 0) return [{ rule: 'yaml', where: file }]
  const out: Violation[] = []
  const root = doc.contents
  // Action metadata: composite steps.
  checkSteps(get(get(root, 'runs'), 'steps'), `${file}:runs`, out)
  const jobs = get(root, 'jobs')
  if (isMap(jobs))
    for (const pair of jobs.items as Pair<Node, Node>[]) {
      const id = isScalar(pair.key) ? String(pair.key.value) : '?'
      const job = pair.value
      const at = `${file}:jobs.${id}`
      checkPermissions(get(job, 'permissions'), at, out, WRITE_OK_IN[file])
      checkUses(get(job, 'uses'), at, out)
      checkSteps(get(job, 'steps'), at, out)
      const secrets = get(job, 'secrets')
      if (isScalar(secrets) && secrets.value === 'inherit')
        out.push({ rule: 'secrets-inherit', where: at })
    }
  return out
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f))
}

const FILES = [
  ...yamlFiles('.github/workflows'),
  ...yamlFiles('examples/workflows'),
  'action.yml',
  'sync/action.yml',
  'setup-astro-cli/action.yml',
  'deploy/action.yml'
]

// Every third-party pin in this repository, checked against its tag before it
// was added: upload-artifact's package.json at that commit reads 4.6.2; for
// checkout and setup-node, independent public workflows agree on the same
// SHA and version. codeql-action v3.28.18 is the commit zizmor-action's own
// action.yml pins for upload-sarif (and a Dependabot compare link and other
// public workflows agree); zizmor-action v0.6.1: several independent public
// workflows agree on the SHA and version. A new or updated pin fails until it
// is checked and listed.
const VERIFIED_PINS: ReadonlyMap<string, string> = new Map([
  ['actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8', 'v5.0.0'],
  ['actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444', 'v5.0.0'],
  [
    'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02',
    'v4.6.2'
  ],
  [
    'github/codeql-action/init@ff0a06e83cb2de871e5a09832bc6a81e7276941f',
    'v3.28.18'
  ],
  [
    'github/codeql-action/analyze@ff0a06e83cb2de871e5a09832bc6a81e7276941f',
    'v3.28.18'
  ],
  [
    'zizmorcore/zizmor-action@6fc4b006235f201fdab3722e17240ab420d580e5',
    'v0.6.1'
  ]
])

/** Every `uses:` reference of a workflow or action file, with its comment. */
function usesRefs(text: string): { ref: string; comment: string }[] {
  const root = parseDocument(text).contents
  const steps = (node: unknown): unknown[] => (isSeq(node) ? node.items : [])
  const nodes: unknown[] = steps(get(get(root, 'runs'), 'steps')).map((s) =>
    get(s, 'uses')
  )
  const jobs = get(root, 'jobs')
  if (isMap(jobs))
    for (const pair of jobs.items as Pair<Node, Node>[]) {
      nodes.push(get(pair.value, 'uses'))
      for (const step of steps(get(pair.value, 'steps')))
        nodes.push(get(step, 'uses'))
    }
  return nodes.flatMap((n) =>
    isScalar(n) && typeof n.value === 'string'
      ? [{ ref: n.value, comment: (n.comment ?? '').trim() }]
      : []
  )
}

describe('workflow safety', () => {
  it('covers the workflows, the examples and every action', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/astro-deploy-gate.yml',
        '.github/workflows/astro-secrets-watch.yml',
        '.github/workflows/codeql.yml',
        '.github/workflows/zizmor.yml',
        'examples/workflows/dev-stage-prod.yml',
        'examples/workflows/pull-request-preview.yml',
        'examples/workflows/gate-before-deploy-action.yml',
        'examples/workflows/astro-secrets-watch.yml',
        'action.yml',
        'sync/action.yml',
        'setup-astro-cli/action.yml',
        'deploy/action.yml'
      ])
    )
  })

  it.each(FILES)('%s keeps every rule', (file) => {
    expect(checkYaml(readFileSync(file, 'utf8'), file)).toEqual([])
  })

  it.each(FILES)('%s pins only verified commits of the tags named', (file) => {
    const unverified = usesRefs(readFileSync(file, 'utf8'))
      .filter(({ ref }) => PINNED.test(ref) && !FIRST_PARTY.test(ref))
      .filter(({ ref, comment }) => VERIFIED_PINS.get(ref) !== comment)
      .map(({ ref, comment }) => `${ref} # ${comment}`)
    expect(unverified).toEqual([])
  })

  it('lists no placeholder among the verified pins', () => {
    const shas = [...VERIFIED_PINS.keys()].map((r) => r.split('@')[1] ?? '')
    expect(shas.filter((sha) => isPlaceholderSha(sha))).toEqual([])
    expect(shas.every((sha) => /^[0-9a-f]{40}$/.test(sha))).toBe(true)
  })

  it.each([
    ['0'.repeat(40), true],
    ['f'.repeat(40), true],
    ['deadbeef'.repeat(5), true],
    ['0123456789abcdef'.repeat(3).slice(0, 40), true],
    ['1234567890'.repeat(4), true],
    ['abcabcabcabcabcabcabcabcabcabcabcabcabca', true],
    ['08c6903cd8c0fde910a37f88322edcfb5dd907a8', false],
    ['a0853c24544627f65ddf259abe73b1d18a591444', false],
    ['ea165f8d65b6e75b540449e92b4886f43607fa02', false]
  ])('isPlaceholderSha(%s) is %s', (sha, fake) => {
    expect(isPlaceholderSha(sha)).toBe(fake)
  })

  const SHA = '08c6903cd8c0fde910a37f88322edcfb5dd907a8'
  const job = (body: string): string =>
    `on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n${body}`
  const perms = '    permissions:\n      contents: read\n'

  it.each<[string, string, Rule | undefined]>([
    [
      'an expression in run',
      job(`${perms}    steps:\n      - run: echo "\${{ github.head_ref }}"\n`),
      'expression-in-run'
    ],
    [
      'an expression in a multi-line run',
      job(
        `${perms}    steps:\n      - run: |\n          set -e\n          echo \${{ inputs.x }}\n`
      ),
      'expression-in-run'
    ],
    [
      'an expression in a composite action run',
      'runs:\n  using: composite\n  steps:\n    - shell: bash\n      run: echo ${{ inputs.v }}\n',
      'expression-in-run'
    ],
    [
      'a value passed through env',
      job(
        `${perms}    steps:\n      - env:\n          REF: \${{ github.head_ref }}\n        run: echo "$REF"\n`
      ),
      undefined
    ],
    [
      'an action pinned by tag',
      job(`${perms}    steps:\n      - uses: actions/checkout@v5\n`),
      'unpinned-uses'
    ],
    [
      'an action pinned by branch',
      job(`${perms}    steps:\n      - uses: astronomer/deploy-action@main\n`),
      'unpinned-uses'
    ],
    [
      'a short SHA',
      job(
        `${perms}    steps:\n      - uses: actions/checkout@08c6903 # v5.0.0\n`
      ),
      'unpinned-uses'
    ],
    [
      'a SHA without a version comment',
      job(`${perms}    steps:\n      - uses: actions/checkout@${SHA}\n`),
      'unpinned-uses'
    ],
    [
      'an all-zero placeholder SHA',
      job(
        `${perms}    steps:\n      - uses: astronomer/deploy-action@${'0'.repeat(40)} # v0.13.0\n`
      ),
      'placeholder-sha'
    ],
    [
      'a repeated-pattern placeholder SHA',
      job(
        `${perms}    steps:\n      - uses: actions/checkout@${'deadbeef'.repeat(5)} # v5.0.0\n`
      ),
      'placeholder-sha'
    ],
    [
      'a placeholder SHA in a reusable workflow reference',
      `on: push\njobs:\n  j:\n${perms}    uses: other/repo/.github/workflows/x.yml@${'1'.repeat(40)} # v1.0.0\n`,
      'placeholder-sha'
    ],
    [
      'a SHA with a version comment',
      job(
        `${perms}    steps:\n      - uses: actions/checkout@${SHA} # v5.0.0\n`
      ),
      undefined
    ],
    [
      'a third-party reusable workflow by tag',
      `on: push\njobs:\n  j:\n${perms}    uses: other/repo/.github/workflows/x.yml@v1\n`,
      'unpinned-uses'
    ],
    [
      'a docker action without a digest',
      job(`${perms}    steps:\n      - uses: docker://alpine:3\n`),
      'unpinned-uses'
    ],
    [
      'our own action by major tag',
      job(
        `${perms}    steps:\n      - uses: astro-secrets-gate/astro-secrets-gate/sync@v1\n`
      ),
      undefined
    ],
    [
      'a job without permissions',
      job('    steps:\n      - run: "true"\n'),
      'permissions'
    ],
    [
      'write-all',
      job('    permissions: write-all\n    steps:\n      - run: "true"\n'),
      'permissions'
    ],
    [
      'contents: write',
      job(
        '    permissions:\n      contents: write\n    steps:\n      - run: "true"\n'
      ),
      'permissions'
    ],
    [
      'id-token: write',
      job(
        '    permissions:\n      id-token: write\n    steps:\n      - run: "true"\n'
      ),
      undefined
    ],
    [
      'security-events: write outside codeql.yml',
      job(
        '    permissions:\n      security-events: write\n    steps:\n      - run: "true"\n'
      ),
      'permissions'
    ],
    [
      'secrets: inherit',
      `on: push\njobs:\n  j:\n${perms}    uses: astro-secrets-gate/astro-secrets-gate/.github/workflows/astro-deploy-gate.yml@v1\n    secrets: inherit\n`,
      'secrets-inherit'
    ],
    ['broken YAML', 'jobs: [\n', 'yaml']
  ])('%s', (_name, text, rule) => {
    const rules = checkYaml(text, 'planted.yml').map((v) => v.rule)
    expect(rules).toEqual(rule === undefined ? [] : [rule])
  })

  it('lets only the watch workflow and its caller write issues', () => {
    const text = job(
      '    permissions:\n      issues: write\n    steps:\n      - run: "true"\n'
    )
    expect(
      checkYaml(text, '.github/workflows/astro-secrets-watch.yml')
    ).toEqual([])
    expect(
      checkYaml(text, 'examples/workflows/astro-secrets-watch.yml')
    ).toEqual([])
    expect(
      checkYaml(text, '.github/workflows/astro-deploy-gate.yml').map(
        (v) => v.rule
      )
    ).toEqual(['permissions'])
  })

  it('lets only codeql.yml write security-events', () => {
    const text = job(
      '    permissions:\n      security-events: write\n    steps:\n      - run: "true"\n'
    )
    expect(checkYaml(text, '.github/workflows/codeql.yml')).toEqual([])
    expect(
      checkYaml(text, '.github/workflows/zizmor.yml').map((v) => v.rule)
    ).toEqual(['permissions'])
  })
})
