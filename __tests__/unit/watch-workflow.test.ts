import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'

interface Step {
  id?: string
  if?: string
  uses?: string
  run?: string
  env?: Record<string, string>
  with?: Record<string, string>
}
interface Job {
  needs?: string | string[]
  permissions?: Record<string, string>
  strategy?: { matrix?: Record<string, string> }
  uses?: string
  with?: Record<string, string>
  secrets?: Record<string, string> | string
  steps?: Step[]
}
interface Workflow {
  on: Record<string, unknown> & {
    workflow_call?: {
      inputs: Record<
        string,
        {
          description: string
          type: string
          default?: string | number | boolean
        }
      >
      secrets: Record<string, unknown>
    }
  }
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

const FILE = '.github/workflows/astro-secrets-watch.yml'
const workflow = parse(readFileSync(FILE, 'utf8')) as Workflow
const caller = parse(
  readFileSync('examples/workflows/astro-secrets-watch.yml', 'utf8')
) as Workflow
const call = workflow.on.workflow_call
const job = (id: string): Job => {
  const found = workflow.jobs[id]
  if (!found) throw new Error(`no job ${id}`)
  return found
}

/** Runs the plan job's script with `manifests` and returns its output. */
function plan(manifests: string): {
  code: number | null
  out: string
  log: string
} {
  const dir = mkdtempSync(join(tmpdir(), 'asg-watch-'))
  try {
    const output = join(dir, 'output')
    const result = spawnSync(
      'bash',
      ['-c', job('plan').steps?.[0]?.run ?? ''],
      {
        env: {
          PATH: '/usr/bin:/bin',
          MANIFESTS: manifests,
          GITHUB_OUTPUT: output
        },
        encoding: 'utf8'
      }
    )
    let out = ''
    try {
      out = readFileSync(output, 'utf8')
    } catch {
      out = ''
    }
    return { code: result.status, out, log: result.stdout + result.stderr }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('astro-secrets-watch.yml', () => {
  it('is a reusable workflow with the watch inputs and the Astro token', () => {
    expect(Object.keys(call?.inputs ?? {})).toEqual(
      expect.arrayContaining([
        'manifests',
        'role-to-assume',
        'aws-region',
        'workspace-id',
        'astro-cli-version',
        'issue'
      ])
    )
    expect(Object.keys(call?.secrets ?? {})).toEqual(['ASTRO_API_TOKEN'])
    expect(workflow.permissions).toEqual({})
  })

  it('holds the least permissions: read code, OIDC, write issues', () => {
    expect(job('plan').permissions).toEqual({})
    expect(job('watch').permissions).toEqual({
      contents: 'read',
      'id-token': 'write',
      issues: 'write'
    })
  })

  it('runs the action per manifest with drift, the issue and the token', () => {
    const steps = job('watch').steps ?? []
    const action = steps.find(
      (s) => s.uses === 'astro-secrets-gate/astro-secrets-gate@v1'
    )
    expect(action?.with).toMatchObject({
      manifest: '${{ matrix.target.manifest }}',
      'deployment-ids': '${{ matrix.target.deployments }}',
      'workspace-id': '${{ inputs.workspace-id }}',
      astro: "${{ steps.cli.outputs.path || 'astro' }}",
      'github-token': '${{ github.token }}',
      issue: '${{ inputs.issue }}',
      'pr-comment': 'never'
    })
    expect(action?.env).toEqual({
      ASTRO_API_TOKEN: '${{ secrets.ASTRO_API_TOKEN }}'
    })
    const cli = steps.find((s) => s.id === 'cli')
    expect(cli?.uses).toBe(
      'astro-secrets-gate/astro-secrets-gate/setup-astro-cli@v1'
    )
    expect(steps.indexOf(cli ?? {})).toBeLessThan(steps.indexOf(action ?? {}))
    expect(job('watch').strategy?.matrix).toEqual({
      target: '${{ fromJSON(needs.plan.outputs.targets) }}'
    })
  })

  it.each([
    [
      'airflow-secrets.yml',
      [{ manifest: 'airflow-secrets.yml', deployments: '' }]
    ],
    [
      'airflow-secrets.yml dep-a  dep_b\n\n  teams/finance/airflow-secrets.yml clfin\n',
      [
        { manifest: 'airflow-secrets.yml', deployments: 'dep-a,dep_b' },
        { manifest: 'teams/finance/airflow-secrets.yml', deployments: 'clfin' }
      ]
    ]
  ])('plans %j', (manifests, targets) => {
    const result = plan(manifests)
    expect(result.code).toBe(0)
    expect(result.out.startsWith('targets=')).toBe(true)
    expect(JSON.parse(result.out.trim().slice('targets='.length))).toEqual(
      targets
    )
  })

  it.each([
    ['', 'lists no manifest'],
    ['a.yml --help', 'not an Astro deployment id'],
    ['../secrets.yml', 'does not start with a manifest path'],
    ['a.yml "x"', 'not an Astro deployment id'],
    ['a";echo pwned;".yml', 'does not start with a manifest path']
  ])('refuses %j with one error', (manifests, message) => {
    const result = plan(manifests)
    expect(result.code).toBe(1)
    expect(result.out).toBe('')
    expect(result.log).toContain(message)
    expect(result.log).not.toContain('pwned\n')
  })

  it('documents every input in docs/watch.md', () => {
    const doc = readFileSync('docs/watch.md', 'utf8')
    const rows = new Map(
      [
        ...doc.matchAll(
          /^\| `([\w-]+)` +\| (\w+) +\| `([^`]*)` +\| (.+?) *\|$/gm
        )
      ].map((m) => [m[1] ?? '', { type: m[2], def: m[3] }])
    )
    expect([...rows.keys()].sort()).toEqual(
      Object.keys(call?.inputs ?? {}).sort()
    )
    for (const [name, input] of Object.entries(call?.inputs ?? {})) {
      const def =
        input.default === '' || input.default === undefined
          ? "''"
          : String(input.default)
      expect([name, rows.get(name)?.type, rows.get(name)?.def]).toEqual([
        name,
        input.type,
        def
      ])
    }
  })
})

describe('the example caller', () => {
  it('runs daily and on demand', () => {
    expect(Object.keys(caller.on).sort()).toEqual([
      'schedule',
      'workflow_dispatch'
    ])
    const schedule = caller.on['schedule'] as { cron: string }[]
    expect(schedule).toHaveLength(1)
    expect(schedule[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/)
  })

  it('calls the watch workflow with exactly the permissions it needs', () => {
    const [watch] = Object.values(caller.jobs)
    expect(watch?.uses).toBe(
      'astro-secrets-gate/astro-secrets-gate/.github/workflows/astro-secrets-watch.yml@v1'
    )
    expect(watch?.permissions).toEqual({
      contents: 'read',
      'id-token': 'write',
      issues: 'write'
    })
    expect(watch?.secrets).toEqual({
      ASTRO_API_TOKEN: '${{ secrets.ASTRO_API_TOKEN }}'
    })
    expect(plan(watch?.with?.['manifests'] ?? '').code).toBe(0)
  })
})
