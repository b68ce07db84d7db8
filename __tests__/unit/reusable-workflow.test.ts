import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

interface Input {
  description: string
  type: string
  default?: string | boolean
}
interface Job {
  needs?: string[]
  if?: string
  permissions?: Record<string, string>
  steps?: {
    id?: string
    uses?: string
    run?: string
    env?: Record<string, string>
    with?: Record<string, string>
  }[]
}
interface Workflow {
  on: {
    workflow_call: {
      inputs: Record<string, Input>
      secrets: Record<string, unknown>
      outputs: Record<string, { value: string }>
    }
  }
  jobs: Record<string, Job>
}

const workflow = parse(
  readFileSync('.github/workflows/astro-deploy-gate.yml', 'utf8')
) as Workflow
const call = workflow.on.workflow_call
const jobs = workflow.jobs
const job = (id: string): Job => {
  const found = jobs[id]
  if (!found) throw new Error(`no job ${id}`)
  return found
}

describe('astro-deploy-gate.yml', () => {
  it('declares the inputs, the secret and the outputs of the contract', () => {
    expect(Object.keys(call.inputs)).toEqual(
      expect.arrayContaining([
        'manifest',
        'role-to-assume',
        'aws-region',
        'airflow-version',
        'mode',
        'backend-kwargs',
        'deployment-ids',
        'workspace-id',
        'astro-cli-version',
        'astro-cli-sha256',
        'sync',
        'deploy',
        'deploy-type',
        'root-folder',
        'preview'
      ])
    )
    for (const input of Object.values(call.inputs))
      expect(input.description.length).toBeGreaterThan(10)
    expect(call.inputs['astro-cli-version']?.default).toBe('1.45.0')
    expect(call.inputs.sync?.default).toBe(true)
    expect(call.inputs.deploy?.default).toBe(false)
    expect(Object.keys(call.secrets)).toEqual(['ASTRO_API_TOKEN'])
    expect(Object.keys(call.outputs).sort()).toEqual([
      'errors',
      'report',
      'valid'
    ])
  })

  it('gates sync and deploy on validation', () => {
    expect(job('validate').permissions).toEqual({
      contents: 'read',
      'id-token': 'write'
    })
    expect(job('sync').needs).toContain('validate')
    expect(job('sync').if).toContain("needs.validate.outputs.valid == 'true'")
    expect(job('deploy').needs).toEqual(
      expect.arrayContaining(['validate', 'sync'])
    )
    expect(job('deploy').if).toContain('!failure()')
    expect(job('deploy').if).toContain("needs.validate.outputs.valid == 'true'")
    expect(job('preview').needs).toContain('validate')
  })

  it('syncs the preview before deploying to it', () => {
    const uses = (job('preview').steps ?? []).map((s) => s.uses ?? '')
    const create = (job('preview').steps ?? []).findIndex(
      (s) => s.id === 'create'
    )
    const sync = uses.findIndex((u) => u.includes('/sync@'))
    const deploy = uses.findIndex(
      (u) => u === 'astro-secrets-gate/astro-secrets-gate/deploy@v1'
    )
    expect(create).toBeGreaterThan(0)
    expect(sync).toBeGreaterThan(create)
    expect(deploy).toBeGreaterThan(sync)
  })

  it('deploys with the verified Astro CLI, not astronomer/deploy-action', () => {
    const text = readFileSync('.github/workflows/astro-deploy-gate.yml', 'utf8')
    expect(text).not.toMatch(/astronomer\/deploy-action/)
    for (const id of ['deploy', 'preview']) {
      const steps = job(id).steps ?? []
      const cli = steps.findIndex(
        (s) =>
          s.uses === 'astro-secrets-gate/astro-secrets-gate/setup-astro-cli@v1'
      )
      const deploy = steps.find(
        (s) => s.uses === 'astro-secrets-gate/astro-secrets-gate/deploy@v1'
      )
      expect([id, cli]).not.toEqual([id, -1])
      expect([id, deploy?.with?.astro]).toEqual([
        id,
        '${{ steps.cli.outputs.path }}'
      ])
      expect([id, deploy?.env]).toEqual([
        id,
        { ASTRO_API_TOKEN: '${{ secrets.ASTRO_API_TOKEN }}' }
      ])
    }
    const cleanup = (job('preview-cleanup').steps ?? []).map((s) => s.uses)
    expect(cleanup).toEqual([
      'astro-secrets-gate/astro-secrets-gate/setup-astro-cli@v1',
      undefined
    ])
  })

  it('passes deploy-type, root-folder, workspace-id and wait-time through', () => {
    const deploy = (job('deploy').steps ?? []).find(
      (s) => s.uses === 'astro-secrets-gate/astro-secrets-gate/deploy@v1'
    )
    expect(deploy?.with).toEqual({
      'deployment-id': '${{ matrix.deployment-id }}',
      'deploy-type': '${{ inputs.deploy-type }}',
      'root-folder': '${{ inputs.root-folder }}',
      'workspace-id': '${{ inputs.workspace-id }}',
      'wait-time': '${{ inputs.wait-time }}',
      base: '${{ github.event.before }}',
      astro: '${{ steps.cli.outputs.path }}'
    })
  })

  it('references the action as owner/repo@ref, never ./', () => {
    const all = Object.values(jobs).flatMap((j) =>
      (j.steps ?? []).map((s) => s.uses ?? '')
    )
    expect(all.filter((u) => u.startsWith('./'))).toEqual([])
    expect(all).toContain('astro-secrets-gate/astro-secrets-gate@v1')
    expect(all).toContain('astro-secrets-gate/astro-secrets-gate/sync@v1')
  })

  it('regenerates the env file in the sync job instead of passing it', () => {
    const env = (job('sync').steps ?? []).find(
      (s) => s.with?.mode === 'env-only'
    )
    expect(env?.uses).toBe('astro-secrets-gate/astro-secrets-gate@v1')
  })

  it('documents every input in docs/reusable-workflow.md', () => {
    const doc = readFileSync('docs/reusable-workflow.md', 'utf8')
    const rows = new Map(
      [
        ...doc.matchAll(
          /^\| `([\w-]+)` +\| (\w+) +\| `([^`]*)` +\| (.+?) *\|$/gm
        )
      ].map((m) => [m[1] ?? '', { type: m[2], def: m[3], text: m[4] }])
    )
    expect([...rows.keys()].sort()).toEqual(Object.keys(call.inputs).sort())
    for (const [name, input] of Object.entries(call.inputs)) {
      const row = rows.get(name)
      expect(row?.type).toBe(input.type)
      const def =
        input.default === '' || input.default === undefined
          ? "''"
          : String(input.default)
      expect([name, row?.def]).toEqual([name, def])
    }
  })
})
