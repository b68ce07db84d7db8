import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Node, Pair } from 'yaml'

// The safety rules every workflow and action of this repository keeps:
//   expression-in-run  no `${{ ... }}` inside a `run:` script (use `env:`)
//   unpinned-uses      every third-party action or reusable workflow pinned
//                      to a full 40-hex commit SHA with a version comment
//   permissions        explicit `permissions:` on every job; no write-all /
//                      read-all; `write` only for id-token
//   secrets-inherit    no `secrets: inherit`
// Our own actions and workflows (astro-secrets-gate/astro-secrets-gate, and
// `./` paths) are released together and may be referenced by tag.

type Rule =
  | 'yaml'
  | 'expression-in-run'
  | 'unpinned-uses'
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

function get(map: unknown, key: string): unknown {
  return isMap(map) ? map.get(key, true) : undefined
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
  out: Violation[]
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
    if (level === 'write' && !WRITE_OK.has(scope))
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
      checkPermissions(get(job, 'permissions'), at, out)
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
  'setup-astro-cli/action.yml'
]

describe('workflow safety', () => {
  it('covers the workflows, the examples and every action', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/astro-deploy-gate.yml',
        'examples/workflows/dev-stage-prod.yml',
        'examples/workflows/pull-request-preview.yml',
        'examples/workflows/gate-before-deploy-action.yml',
        'action.yml',
        'sync/action.yml'
      ])
    )
  })

  it.each(FILES)('%s keeps every rule', (file) => {
    expect(checkYaml(readFileSync(file, 'utf8'), file)).toEqual([])
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
      'secrets: inherit',
      `on: push\njobs:\n  j:\n${perms}    uses: astro-secrets-gate/astro-secrets-gate/.github/workflows/astro-deploy-gate.yml@v1\n    secrets: inherit\n`,
      'secrets-inherit'
    ],
    ['broken YAML', 'jobs: [\n', 'yaml']
  ])('%s', (_name, text, rule) => {
    const rules = checkYaml(text, 'planted.yml').map((v) => v.rule)
    expect(rules).toEqual(rule === undefined ? [] : [rule])
  })
})
