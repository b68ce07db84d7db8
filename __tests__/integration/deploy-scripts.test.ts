import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'

// Runs the bash scripts of deploy/action.yml and of the reusable workflow's
// preview jobs against a git repository and a fake `astro` that records its
// working directory and argv, so the deploy decisions and the exact CLI calls
// are checked without Astro.

interface Step {
  name?: string
  id?: string
  run?: string
  env?: Record<string, string>
}
interface ActionFile {
  inputs: Record<string, { default?: string }>
  runs: { steps: Step[] }
}
interface WorkflowFile {
  jobs: Record<string, { steps: Step[] }>
}

const FAKE_ASTRO = `#!/bin/sh
{
  printf '%s' "$PWD"
  for a in "$@"; do printf '\\t%s' "$a"; done
  printf '\\n'
} >> "$FAKE_LOG"
case "$*" in
  *dag_deploy_enabled*) echo "\${FAKE_DAG_DEPLOY:-true}" ;;
  *--template*) cat "$FAKE_TEMPLATE" ;;
  *metadata.deployment_id*)
    [ -n "\${FAKE_PREVIEW_ID:-}" ] || exit 1
    echo "$FAKE_PREVIEW_ID"
    ;;
  *--deployment-file*)
    while [ "$#" -gt 0 ]; do
      if [ "$1" = --deployment-file ]; then cp "$2" "$FAKE_CREATED"; fi
      shift
    done
    ;;
esac
exit "\${FAKE_EXIT:-0}"
`

const action = parse(readFileSync('deploy/action.yml', 'utf8')) as ActionFile
const workflow = parse(
  readFileSync('.github/workflows/astro-deploy-gate.yml', 'utf8')
) as WorkflowFile

function workflowStep(job: string, name: string): Step {
  const step = workflow.jobs[job]?.steps.find((s) => s.name === name)
  if (!step?.run) throw new Error(`no run step "${name}" in job ${job}`)
  return step
}

let root: string
let repo: string
let bin: string
let log: string
let base: string

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      PATH: '/usr/bin:/bin',
      HOME: root,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.com'
    }
  }).trim()
}

/** Commits `files` (path → content) and returns the new HEAD. */
function commit(files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true })
    writeFileSync(join(repo, path), text)
  }
  git('add', '-A')
  git('commit', '-q', '-m', 'change')
  return git('rev-parse', 'HEAD')
}

interface Run {
  code: number
  out: string
  calls: string[][]
  outputs: Record<string, string>
}

function runScript(script: string, env: Record<string, string>): Run {
  const file = join(root, 'script.sh')
  const output = join(root, 'github-output')
  writeFileSync(file, script)
  writeFileSync(output, '')
  writeFileSync(log, '')
  let code = 0
  let out: string
  try {
    out = execFileSync('bash', [file], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: [bin, '/usr/bin', '/bin'].join(':'),
        HOME: root,
        GIT_CONFIG_NOSYSTEM: '1',
        GITHUB_OUTPUT: output,
        RUNNER_TEMP: root,
        FAKE_LOG: log,
        ...env
      }
    })
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    code = e.status
    out = e.stdout + e.stderr
  }
  const calls = readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const [cwd = '', ...argv] = l.split('\t')
      return [cwd.replace(repo, '<repo>'), ...argv]
    })
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
  )
  return { code, out, calls, outputs }
}

/** Runs deploy/action.yml's script with its env mapped from `inputs`. */
function deploy(inputs: Record<string, string>, extra = {}): Run {
  const step = action.runs.steps[0]
  if (!step?.run || !step.env) throw new Error('deploy/action.yml has no run')
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(step.env)) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1]
    if (input === undefined) throw new Error(`${name} is not from an input`)
    env[name] = inputs[input] ?? action.inputs[input]?.default ?? ''
  }
  return runScript(step.run, { ...env, ASTRO_API_TOKEN: 'token', ...extra })
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'asg-deploy-'))
  repo = join(root, 'repo')
  bin = join(root, 'bin')
  log = join(root, 'astro.log')
  mkdirSync(repo)
  mkdirSync(bin)
  writeFileSync(join(bin, 'astro'), FAKE_ASTRO)
  chmodSync(join(bin, 'astro'), 0o755)
  git('init', '-q')
  base = commit({
    'astro/dags/a.py': 'a = 1\n',
    'astro/Dockerfile': 'FROM runtime\n',
    'dags/top.py': 'top = 1\n',
    'docs/readme.md': 'readme\n'
  })
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('deploy/action.yml', () => {
  it.each<[string, Record<string, string>, string[]]>([
    [
      'image-and-dags at the repository root',
      { 'deploy-type': 'image-and-dags' },
      ['<repo>', 'deploy', 'd1', '--wait']
    ],
    [
      'dags-only in a project folder with a workspace and a wait time',
      {
        'deploy-type': 'dags-only',
        'root-folder': 'astro/',
        'workspace-id': 'ws1',
        'wait-time': '5m'
      },
      [
        '<repo>/astro',
        'deploy',
        'd1',
        '--wait',
        '--wait-time',
        '5m',
        '--dags',
        '--workspace-id',
        'ws1'
      ]
    ],
    [
      'image-only',
      { 'deploy-type': 'image-only', 'root-folder': './astro' },
      ['<repo>/astro', 'deploy', 'd1', '--wait', '--image']
    ]
  ])('%s', (_name, inputs, call) => {
    const r = deploy({ 'deployment-id': 'd1', ...inputs })
    expect(r.code).toBe(0)
    expect(r.calls).toEqual([call])
    expect(r.outputs.deployed).toBe(inputs['deploy-type'])
  })

  describe('infer', () => {
    it.each<[string, Record<string, string>, Record<string, string>, string]>([
      [
        'only DAGs changed, DAG deploys on',
        { 'astro/dags/a.py': 'a = 2\n' },
        {},
        'dags-only'
      ],
      [
        'only DAGs changed, DAG deploys off',
        { 'astro/dags/a.py': 'a = 3\n' },
        { FAKE_DAG_DEPLOY: 'false' },
        'image-and-dags'
      ],
      [
        'the Dockerfile changed',
        { 'astro/dags/a.py': 'a = 4\n', 'astro/Dockerfile': 'FROM x\n' },
        {},
        'image-and-dags'
      ],
      [
        'only files outside root-folder changed',
        { 'docs/readme.md': 'changed\n', 'dags/top.py': 'top = 2\n' },
        {},
        'skipped'
      ]
    ])('%s', (_name, files, extra, expected) => {
      const before = git('rev-parse', 'HEAD')
      commit(files)
      const r = deploy(
        {
          'deployment-id': 'd1',
          'deploy-type': 'infer',
          'root-folder': 'astro/',
          base: before
        },
        extra
      )
      expect(r.code).toBe(0)
      expect(r.outputs.deployed).toBe(expected)
      const deploys = r.calls.filter((c) => c[1] === 'deploy')
      const flags = expected === 'dags-only' ? ['--dags'] : []
      expect(deploys).toEqual(
        expected === 'skipped'
          ? []
          : [['<repo>/astro', 'deploy', 'd1', '--wait', ...flags]]
      )
    })

    it('reads dags/ relative to root-folder, not the repository', () => {
      const before = git('rev-parse', 'HEAD')
      commit({ 'astro/dags/a.py': 'a = 5\n' })
      const r = deploy({
        'deployment-id': 'd1',
        'deploy-type': 'infer',
        'root-folder': './',
        base: before
      })
      expect(r.outputs.deployed).toBe('image-and-dags')
    })

    it.each([
      ['empty', ''],
      ['all zeros (a new branch)', '0'.repeat(40)],
      ['not in the fetched history', 'ab'.repeat(19) + 'cd'],
      ['not a commit id', 'HEAD~1']
    ])('deploys the image and DAGs when base is %s', (_name, sha) => {
      const r = deploy({
        'deployment-id': 'd1',
        'deploy-type': 'infer',
        'root-folder': 'astro',
        base: sha
      })
      expect(r.code).toBe(0)
      expect(r.outputs.deployed).toBe('image-and-dags')
      expect(r.calls).toEqual([['<repo>/astro', 'deploy', 'd1', '--wait']])
    })

    it('compares with the base given, over several commits', () => {
      expect(base).toMatch(/^[0-9a-f]{40}$/)
      const r = deploy({
        'deployment-id': 'd1',
        'deploy-type': 'infer',
        'root-folder': 'astro/',
        base
      })
      // The Dockerfile changed somewhere since the first commit.
      expect(r.outputs.deployed).toBe('image-and-dags')
    })
  })

  it.each<[string, Record<string, string>, string]>([
    ['an unknown deploy type', { 'deploy-type': 'dbt' }, 'deploy-type'],
    [
      'a deployment id with shell syntax',
      { 'deployment-id': 'd1; touch x' },
      'deployment-id'
    ],
    ['a workspace id with spaces', { 'workspace-id': 'w s' }, 'workspace-id'],
    ['a wait time in words', { 'wait-time': '5 minutes' }, 'wait-time'],
    [
      'a root folder above the repository',
      { 'root-folder': '../x' },
      'root-folder'
    ],
    ['an absolute root folder', { 'root-folder': '/etc' }, 'root-folder'],
    ['a missing root folder', { 'root-folder': 'nope/' }, 'root-folder']
  ])('refuses %s before calling the CLI', (_name, inputs, title) => {
    const r = deploy({
      'deployment-id': 'd1',
      'deploy-type': 'image-and-dags',
      ...inputs
    })
    expect(r.code).toBe(1)
    expect(r.out).toContain(`::error title=${title}::`)
    expect(r.calls).toEqual([])
  })

  it('fails when astro deploy fails, without a deployed output', () => {
    const r = deploy(
      { 'deployment-id': 'd1', 'deploy-type': 'image-and-dags' },
      { FAKE_EXIT: '1' }
    )
    expect(r.code).not.toBe(0)
    expect(r.outputs.deployed).toBeUndefined()
  })

  it('never passes the token on the command line', () => {
    const r = deploy(
      { 'deployment-id': 'd1', 'deploy-type': 'dags-only' },
      { ASTRO_API_TOKEN: 'astro-token-must-not-leak-91c2' }
    )
    expect(r.code).toBe(0)
    expect(JSON.stringify(r.calls)).not.toContain('must-not-leak')
    expect(r.out).not.toContain('must-not-leak')
  })
})

describe('astro-deploy-gate.yml plan script', () => {
  const plan = (env: Record<string, string>): Run =>
    runScript(
      workflowStep('plan', 'Turn deployment-ids into a matrix').run ?? '',
      {
        DEPLOYMENT_IDS: 'd1\n d2 \n',
        WANT_DEPLOY: 'true',
        WANT_PREVIEW: 'false',
        DEPLOY_TYPE: 'infer',
        WAIT_TIME: '',
        ...env
      }
    )

  it.each([
    ['infer', ''],
    ['dags-only', '300s'],
    ['image-and-dags', '10m'],
    ['image-only', '1h']
  ])('accepts deploy-type %s with wait-time %j', (type, wait) => {
    const r = plan({ DEPLOY_TYPE: type, WAIT_TIME: wait })
    expect(r.code).toBe(0)
    expect(r.outputs).toEqual({ ids: '["d1","d2"]', count: '2', first: 'd1' })
  })

  it.each<[Record<string, string>, string]>([
    [{ DEPLOY_TYPE: 'dbt' }, 'deploy-type'],
    [{ DEPLOY_TYPE: '' }, 'deploy-type'],
    [{ WAIT_TIME: '0s' }, 'wait-time'],
    [{ WAIT_TIME: '10 min' }, 'wait-time']
  ])('refuses %j when deploying', (env, title) => {
    const r = plan(env)
    expect(r.code).toBe(1)
    expect(r.out).toContain(`::error title=${title}::`)
    expect(r.outputs).toEqual({})
  })

  it('ignores deploy-type when not deploying', () => {
    expect(plan({ WANT_DEPLOY: 'false', DEPLOY_TYPE: 'dbt' }).code).toBe(0)
  })
})

describe('astro-deploy-gate.yml preview scripts', () => {
  const TEMPLATE = [
    'deployment:',
    '    environment_variables:',
    '        - is_secret: false',
    '          key: NAME',
    '          value: keep',
    '    configuration:',
    '        cluster:',
    '            name: shared-cluster',
    '        name: Production ETL',
    '        description: the source',
    '    worker_queues:',
    '        - name: default',
    ''
  ].join('\n')

  function create(
    template: string,
    previewId: string
  ): Run & {
    created: string | undefined
  } {
    const step = workflowStep('preview', 'Create the preview deployment')
    const templatePath = join(root, 'source-template.yaml')
    const createdPath = join(root, 'created.yaml')
    rmSync(createdPath, { force: true })
    writeFileSync(templatePath, template)
    const r = runScript(step.run ?? '', {
      ASTRO_API_TOKEN: 'token',
      NAME: 'pr-7-clsource1',
      SOURCE_ID: 'clsource1',
      WORKSPACE_ID: 'ws1',
      FAKE_TEMPLATE: templatePath,
      FAKE_CREATED: createdPath,
      FAKE_PREVIEW_ID: previewId
    })
    return {
      ...r,
      created: existsSync(createdPath)
        ? readFileSync(createdPath, 'utf8')
        : undefined
    }
  }

  it('takes its values from env only', () => {
    const step = workflowStep('preview', 'Create the preview deployment')
    expect(Object.keys(step.env ?? {}).sort()).toEqual([
      'ASTRO_API_TOKEN',
      'NAME',
      'SOURCE_ID',
      'WORKSPACE_ID'
    ])
  })

  it('creates the preview from the source template, renamed', () => {
    const r = create(TEMPLATE, 'clpreview9')
    expect(r.code).toBe(0)
    expect(r.created).toBe(
      TEMPLATE.replace(
        '        name: Production ETL',
        '        name: pr-7-clsource1'
      )
    )
    expect(r.calls.map((c) => c.slice(1))).toEqual([
      [
        'deployment',
        'inspect',
        'clsource1',
        '--workspace-id',
        'ws1',
        '--clean-output',
        '--template'
      ],
      [
        'deployment',
        'create',
        '--deployment-file',
        join(root, 'preview-deployment.yaml'),
        '--wait',
        '--workspace-id',
        'ws1'
      ],
      [
        'deployment',
        'inspect',
        '-n',
        'pr-7-clsource1',
        '--workspace-id',
        'ws1',
        '--clean-output',
        '--key',
        'metadata.deployment_id'
      ]
    ])
    expect(r.outputs.id).toBe('clpreview9')
  })

  it('refuses a template without a configuration name', () => {
    const r = create(
      'deployment:\n    worker_queues:\n        - name: a\n',
      'x'
    )
    expect(r.code).toBe(1)
    expect(r.out).toContain('::error title=preview::')
    expect(r.created).toBeUndefined()
  })

  it('fails when the new preview id cannot be read back', () => {
    const r = create(TEMPLATE, '')
    expect(r.code).not.toBe(0)
    expect(r.outputs.id).toBeUndefined()
  })

  it('copies connections, Airflow variables and pools to a new preview', () => {
    const step = workflowStep(
      'preview',
      'Copy connections, Airflow variables and pools to the new preview'
    )
    const r = runScript(step.run ?? '', {
      ASTRO_API_TOKEN: 'token',
      SOURCE_ID: 'clsource1',
      TARGET_ID: 'clpreview9',
      WORKSPACE_ID: ''
    })
    expect(r.code).toBe(0)
    expect(r.calls.map((c) => c.slice(1))).toEqual(
      ['connection', 'airflow-variable', 'pool'].map((kind) => [
        'deployment',
        kind,
        'copy',
        '--source-id',
        'clsource1',
        '--target-id',
        'clpreview9'
      ])
    )
  })

  it.each([
    ['exists', 'clpreview9', true],
    ['is already gone', '', false]
  ])('cleanup when the preview %s', (_name, previewId, deletes) => {
    const step = workflowStep(
      'preview-cleanup',
      'Delete the preview deployment'
    )
    const r = runScript(step.run ?? '', {
      ASTRO_API_TOKEN: 'token',
      PR_NUMBER: '7',
      SOURCE_ID: 'clsource1',
      WORKSPACE_ID: '',
      FAKE_PREVIEW_ID: previewId
    })
    expect(r.code).toBe(0)
    const deleted = r.calls
      .map((c) => c.slice(1))
      .filter((c) => c[1] === 'delete')
    expect(deleted).toEqual(
      deletes ? [['deployment', 'delete', '-n', 'pr-7-clsource1', '-f']] : []
    )
  })
})
