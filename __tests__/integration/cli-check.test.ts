// The check command: in-process through main(argv, io), and the bundled
// dist/cli.js as a child process (CI bundles before testing; a missing
// bundle fails these tests). Local files on the example project, and AWS
// through the fake server with a home folder holding ~/.aws profiles.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { FakeAws } from '../support/fake-aws.js'
import { startFakeAws } from '../support/fake-aws.js'
import {
  copyExampleProject,
  removeDir,
  runCli,
  tempDir
} from './cli-helpers.js'

const run = promisify(execFile)
const BUNDLE = resolve('dist', 'cli.js')

// Values planted in local files and fake secrets: none may be printed.
const CANARIES = {
  localPassword: 'CANARYlocalPw7f3a9',
  localVariable: 'CANARYlocalVar91b2',
  settingsPassword: 'CANARYsettingsPw55c1',
  awsPassword: 'CANARYawsPw0d4e8',
  awsVariable: 'CANARYawsVar3a7f1',
  awsBadValue: 'CANARYawsBad6b2c0'
}

const expectNoCanary = (...texts: string[]): void => {
  for (const text of texts)
    for (const canary of Object.values(CANARIES))
      expect(text).not.toContain(canary)
}

/** The AWS SDK's own warning on Node < 22 (printed by Node, not by us). */
const withoutNodeWarning = (stderr: string): string =>
  stderr.replace(
    /^\(node:\d+\) Warning: NodeVersionSupportWarning:[\s\S]*?\(Use `node --trace-warnings[^\n]*\n/m,
    ''
  )

interface Result {
  code: number
  stdout: string
  stderr: string
}

const child = async (
  args: string[],
  cwd: string,
  env: Record<string, string>
): Promise<Result> => {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [BUNDLE, 'check', ...args],
      { cwd, timeout: 30_000, env }
    )
    return { code: 0, stdout, stderr: withoutNodeWarning(stderr) }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      stdout: failed.stdout ?? '',
      stderr: withoutNodeWarning(failed.stderr ?? '')
    }
  }
}

const dirs: string[] = []
const fresh = async (prefix: string): Promise<string> => {
  const dir = await tempDir(prefix)
  dirs.push(dir)
  return dir
}

/** A project folder holding these files. */
const project = async (
  files: Record<string, string>,
  prefix = 'asg-check-'
): Promise<string> => {
  const dir = await fresh(prefix)
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true })
    await writeFile(join(dir, name), text)
  }
  return dir
}

let example = ''
beforeAll(async () => {
  example = await copyExampleProject()
  dirs.push(example)
})
afterAll(async () => {
  await Promise.all(dirs.map(removeDir))
})

interface JsonItem {
  kind: string
  id: string
  status: string
  secretName: string | null
  findings: { code: string; severity: string; message: string }[]
}
interface JsonReport {
  valid: boolean
  source: string
  items: JsonItem[]
  settingsFindings: { code: string; id: string; message: string }[]
  loadErrors?: { file: string; line: number; message: string }[]
  undeclared?: { kind: string; id: string }[]
  definitions?: { kind: string; id: string; source: string }[]
}

/**
 * Text output with wrapped lines joined again: the report wraps every line
 * to the terminal's width (80 in a pipe), continuing under an indent.
 */
const flat = (text: string): string => text.replace(/\n {2,}/g, ' ')

const codesOf = (report: JsonReport, id: string): string[] =>
  report.items.find((item) => item.id === id)?.findings.map((f) => f.code) ?? []

describe('check --source local on the example project (in-process)', () => {
  it('finds every deliberate mistake and exits 1', async () => {
    const result = await runCli(
      ['check', '--source', 'local', '--project', '.', '--discover'],
      { cwd: example }
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const out = result.stdout
    // The scheme with '_' (include/connections.yaml).
    expect(out).toMatch(/gcp_default\s+invalid\s+include\/connections.yaml:16/)
    expect(out).toContain("The URI scheme 'google_cloud_platform' contains '_'")
    // The unencoded '/' in the AWS secret key (.env).
    expect(out).toMatch(/aws_standard\s+invalid\s+\.env:9/)
    expect(out).toContain("unencoded '/'")
    // Bad ports: airflow_settings.yaml (load error) and orders_api's URI.
    expect(out).toContain(
      '  airflow_settings.yaml:12: error [local-load-error]\n    reporting_db: conn_port must be a whole number'
    )
    expect(out).toMatch(/orders_api\s+invalid/)
    expect(out).toContain('Port could not be cast to integer')
    // Invalid JSON variable, quoted value.
    expect(out).toMatch(/pipeline_settings\s+invalid\s+\.env:14/)
    expect(out).toContain('JSONDecodeError')
    // The quoted value is one warning (the value lint), not a second one
    // from the file's loader about the same line.
    expect(out).toContain(
      '  variable report_schema: warning [value-quoted]\n    The whole value is wrapped in quotes'
    )
    expect(out).not.toContain('include/variables.env:3: warning')
    expect(out).toMatch(/report_schema\s+warning/)
    // The DAG's conn id the manifest lacks.
    expect(out).toContain(
      '  dags/example_secrets_dag.py:36: warning [manifest-undeclared]\n'
    )
    expect(out).toContain("The DAGs use connection 'orders_api'")
    expect(out).toContain('    docs: docs/errors.md#manifest-undeclared\n')
    // The valid ones.
    expect(out).toMatch(/warehouse\s+ok\s+include\/connections.yaml:6/)
    expect(out).toContain(
      'Fail (--fail-on error): 7 checked from local files, 8 errors, 3 warnings,'
    )
    // Nothing from a value (the example's fake credentials).
    for (const value of [
      'not-a-real-password',
      'not-a-real-secret',
      'bPxRfiCY'
    ])
      expect(out).not.toContain(value)
  })

  it('prints the report as JSON with load errors and undeclared ids', async () => {
    const result = await runCli(
      ['check', '--source', 'local', '--discover', 'dags', '--json'],
      { cwd: example }
    )
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as JsonReport
    expect(report.source).toBe('local')
    expect(report.valid).toBe(false)
    const status = Object.fromEntries(
      report.items.map((item) => [item.id, item.status])
    )
    expect(status).toEqual({
      aws_standard: 'invalid',
      warehouse: 'valid',
      gcp_default: 'invalid',
      orders_api: 'invalid',
      my_secret_var: 'valid',
      pipeline_settings: 'invalid',
      report_schema: 'warning'
    })
    expect(codesOf(report, 'gcp_default')).toContain('uri-scheme-underscore')
    expect(codesOf(report, 'pipeline_settings')).toContain('variable-not-json')
    expect(codesOf(report, 'orders_api')).toContain('connection-parse-error')
    expect(report.items.every((item) => item.secretName === null)).toBe(true)
    expect(report.undeclared).toEqual([
      expect.objectContaining({ kind: 'connection', id: 'orders_api' })
    ])
    expect(report.loadErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'airflow_settings.yaml', line: 12 }),
        expect.objectContaining({ file: 'include/variables.env', line: 3 })
      ])
    )
    // The loader's quoted-value warning is not a finding of its own: the
    // value lint reports it on report_schema.
    expect(report.settingsFindings.map((f) => f.code).sort()).toEqual([
      'local-load-error',
      'manifest-undeclared'
    ])
    expect(codesOf(report, 'report_schema')).toEqual(['value-quoted'])
    expect(result.stdout).not.toContain('not-a-real')
  })

  it('exits 0 with --fail-on never, still showing the findings', async () => {
    const result = await runCli(
      ['check', '--source', 'local', '--fail-on', 'never'],
      { cwd: example }
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/gcp_default\s+invalid/)
    // Errors were found: the verdict says they do not fail the run, never "Pass".
    expect(result.stdout).not.toContain('Pass')
    expect(flat(result.stdout)).toContain(
      'Not failing (--fail-on never): 7 checked from local files, 8 errors, 2 warnings, 0 missing.'
    )
  })
})

describe('check --source local (in-process)', () => {
  const manifest = [
    'connections:',
    '  db: { conn_type: postgres, require: [host, password] }',
    'variables:',
    '  region: {}',
    ''
  ].join('\n')
  const dag = 'from airflow.sdk import Variable\nVariable.get("extra_key")\n'

  it.each([
    ['error', 0],
    ['warning', 1],
    ['never', 0]
  ])(
    'a clean project whose DAGs use an undeclared id: --fail-on %s exits %i',
    async (failOn, code) => {
      const dir = await project({
        'airflow-secrets.yml': manifest,
        '.env': `AIRFLOW_CONN_DB=postgres://u:${CANARIES.localPassword}@db:5432/x\nAIRFLOW_VAR_REGION=${CANARIES.localVariable}\n`,
        'dags/a.py': dag
      })
      const result = await runCli(
        ['check', '--source', 'local', '--discover', '--fail-on', failOn],
        { cwd: dir }
      )
      expect(result.code).toBe(code)
      expect(result.stdout).toMatch(/db\s+ok\s+\.env:1/)
      expect(result.stdout).toContain("The DAGs use variable 'extra_key'")
      expectNoCanary(result.stdout, result.stderr)
    }
  )

  it.each([
    [
      'FROM quay.io/astronomer/astro-runtime:12.6.0\n',
      '2.10',
      'Runtime 12.6.0'
    ],
    [
      'FROM astrocrpublic.azurecr.io/runtime:3.1-21\n',
      '3.1.8',
      'Runtime 3.1-21'
    ],
    [
      'FROM astrocrpublic.azurecr.io/runtime:3.3-8-base\n',
      '3.3.2',
      'Runtime 3.3-8'
    ],
    [
      `FROM astrocrpublic.azurecr.io/runtime:3.2-10@sha256:${'0'.repeat(64)}\n`,
      '3.2.2',
      'digest not verified'
    ],
    [
      'ARG RT=3.0-18\nFROM astrocrpublic.azurecr.io/runtime:${RT}\n',
      '3.0.6',
      'line 2: Astro Runtime 3.0-18'
    ]
  ])(
    'reads the Airflow release from the Dockerfile %j and says so',
    async (dockerfile, airflow, source) => {
      const dir = await project({
        'airflow-secrets.yml': manifest,
        Dockerfile: dockerfile,
        'requirements.txt': 'apache-airflow-providers-amazon==9.28.0\n',
        '.env': `AIRFLOW_CONN_DB=postgres://u:${CANARIES.localPassword}@db:5432/x\nAIRFLOW_VAR_REGION=eu-west-1\n`
      })
      const json = await runCli(['check', '--source', 'local', '--json'], {
        cwd: dir
      })
      const report = JSON.parse(json.stdout) as JsonReport & {
        airflow: string
        airflowSource: string
        amazonProvider: string
        amazonProviderSource: string
      }
      expect(report.airflow).toBe(airflow)
      expect(report.airflowSource).toContain(source)
      expect(report.amazonProvider).toBe('9.28.0')
      expect(report.amazonProviderSource).toBe('requirements.txt line 1')
      const text = await runCli(['check', '--source', 'local'], { cwd: dir })
      expect(flat(text.stdout)).toContain(`Airflow ${airflow} (Dockerfile line`)
    }
  )

  it('refuses in one line when the Dockerfile does not tell the release', async () => {
    const dir = await project({
      'airflow-secrets.yml': manifest,
      Dockerfile: 'FROM python:3.12\n'
    })
    const result = await runCli(['check', '--source', 'local'], { cwd: dir })
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('Cannot tell the Airflow release')
    expect(result.stderr).toContain('set airflow:')
  })

  it('exits 0 without --discover on the same clean project', async () => {
    const dir = await project({
      'airflow-secrets.yml': manifest,
      '.env': `AIRFLOW_CONN_DB=postgres://u:${CANARIES.localPassword}@db:5432/x\nAIRFLOW_VAR_REGION=eu-west-1\n`
    })
    const result = await runCli(['check', '--source', 'local'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(flat(result.stdout)).toContain(
      'Pass (--fail-on error): 2 checked from local files, 0 errors, 0 warnings, 0 missing.'
    )
  })

  it('reports an id no local file defines as missing', async () => {
    const dir = await project({
      'airflow-secrets.yml': manifest,
      '.env': 'AIRFLOW_VAR_REGION=eu-west-1\n'
    })
    const result = await runCli(['check', '--source', 'local', '--json'], {
      cwd: dir
    })
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as JsonReport
    const db = report.items.find((item) => item.id === 'db')
    expect(db?.status).toBe('missing')
    expect(db?.findings[0]?.code).toBe('local-not-found')
    expect(db?.findings[0]?.message).toBe(
      "No local file defines connection 'db'."
    )
  })

  it('parses local JSON connections directly, without the backend’s key aliases', async () => {
    const dir = await project({
      'airflow-secrets.yml': 'connections:\n  db: {}\n  ok: {}\n',
      // Secrets Manager would rename "user"/"server"; from_json rejects them.
      '.env': [
        `AIRFLOW_CONN_DB='{"conn_type": "postgres", "user": "u", "server": "h", "password": "${CANARIES.localPassword}"}'`,
        `AIRFLOW_CONN_OK='{"conn_type": "postgres", "login": "u", "host": "h", "password": "${CANARIES.localPassword}"}'`,
        ''
      ].join('\n')
    })
    const result = await runCli(['check', '--source', 'local', '--json'], {
      cwd: dir
    })
    const report = JSON.parse(result.stdout) as JsonReport
    expect(report.items.map((item) => [item.id, item.status])).toEqual([
      ['db', 'invalid'],
      ['ok', 'valid']
    ])
    expect(codesOf(report, 'db')).toContain('connection-parse-error')
    expectNoCanary(result.stdout, result.stderr)
  })

  it('uses LocalFilesystemBackend files before .env, and .env before airflow_settings.yaml', async () => {
    const dir = await project({
      'airflow-secrets.yml': 'connections:\n  db: {}\n  other: {}\n',
      'include/connections.json': '{"db": "postgres://u@files:5432/x"}\n',
      '.env': 'AIRFLOW_CONN_DB=not a uri at all\nAIRFLOW_CONN_OTHER=http://h\n',
      'airflow_settings.yaml': [
        'airflow:',
        '  connections:',
        '    - conn_id: other',
        '      conn_type: http',
        `      conn_password: ${CANARIES.settingsPassword}`,
        ''
      ].join('\n')
    })
    const result = await runCli(['check', '--source', 'local', '--json'], {
      cwd: dir
    })
    const report = JSON.parse(result.stdout) as JsonReport
    expect(report.definitions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'db',
          source: 'include/connections.json:1'
        }),
        expect.objectContaining({ id: 'other', source: '.env:2' })
      ])
    )
    expectNoCanary(result.stdout)
  })

  it('colours the table only on a terminal without NO_COLOR', async () => {
    const args = ['check', '--source', 'local', '--fail-on', 'never']
    const tty = await runCli(args, { cwd: example, isTTY: true })
    const noColor = await runCli(args, {
      cwd: example,
      isTTY: true,
      env: { NO_COLOR: '1' }
    })
    const pipe = await runCli(args, { cwd: example })
    expect(tty.stdout).toContain('\u001b[31minvalid\u001b[39m')
    expect(noColor.stdout).not.toContain('\u001b[')
    expect(pipe.stdout).not.toContain('\u001b[')
  })

  it.each([
    [
      'a manifest with problems',
      { 'airflow-secrets.yml': 'connections:\n  db: { conn_typo: x }\n' },
      [] as string[],
      /^airflow-secrets\.yml:2:\d+: /m
    ],
    [
      'no manifest',
      { '.env': '' },
      [],
      /No manifest found \(airflow-secrets\.yml, airflow-secrets\.yaml, airflow-secrets\.json in \.\)/
    ],
    [
      'an unknown option',
      { 'airflow-secrets.yml': 'connections: {}\n' },
      ['--nope'],
      /unknown option '--nope' for 'check'/
    ],
    [
      'a bad --source',
      { 'airflow-secrets.yml': 'connections: {}\n' },
      ['--source', 'gcp'],
      /'--source' must be one of aws, local/
    ],
    [
      'an AWS option with --source local',
      { 'airflow-secrets.yml': 'connections: {}\n' },
      ['--profile', 'dev'],
      /--profile applies to --source aws only/
    ],
    [
      'a missing project folder',
      { 'airflow-secrets.yml': 'connections: {}\n' },
      ['--project', 'nowhere'],
      /no project folder at nowhere/
    ],
    [
      'a missing DAG folder',
      { 'airflow-secrets.yml': 'connections: {}\n' },
      ['--discover', 'nowhere'],
      /no DAG folder at 'nowhere'/
    ]
  ])('exits 2 on %s', async (_name, files, args, message) => {
    const dir = await project(files)
    const result = await runCli(['check', '--source', 'local', ...args], {
      cwd: dir
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).not.toMatch(/^\s+at /m)
  })

  it('prints help with examples', async () => {
    const result = await runCli(['check', '--help'], { cwd: example })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('--discover [dags-dir]')
    // Long examples continue on the next line after ' \\' to fit 80 columns.
    const examples = result.stdout.replace(/ \\\n +/g, ' ')
    expect(examples).toContain(
      'check --source local --project examples/astro-project --discover'
    )
    expect(examples).toContain('check --profile dev')
    expect(examples).toContain('check --role-arn arn:aws:iam::')
  })
})

// ---- AWS ------------------------------------------------------------------

const DEV = {
  accessKeyId: 'AKIADEVPROFILE00001',
  secretAccessKey: 'dev/secret+key'
}
const PROD = {
  accessKeyId: 'AKIAPRODPROFILE0002',
  secretAccessKey: 'prod/secret+key'
}

const AWS_MANIFEST = [
  'backend:',
  '  connections_prefix: airflow/connections',
  '  variables_prefix: airflow/variables',
  'connections:',
  '  warehouse: { conn_type: postgres, require: [password] }',
  '  broken: {}',
  'variables:',
  '  region: {}',
  ''
].join('\n')

const AWS_SECRETS = {
  'airflow/connections/warehouse': `postgres://etl:${CANARIES.awsPassword}@db.example.com:5432/x`,
  'airflow/connections/broken': `http://h:80${CANARIES.awsBadValue}/x`,
  'airflow/variables/region': CANARIES.awsVariable
}

let aws: FakeAws
let home = ''
let awsProject = ''

/** The hermetic env of a child: PATH, the temp HOME and the fake endpoints. */
const childEnv = (
  extra: Record<string, string> = {}
): Record<string, string> => ({
  PATH: process.env['PATH'] ?? '',
  HOME: home,
  USER: 'tester',
  AWS_EC2_METADATA_DISABLED: 'true',
  ...aws.env(),
  ...extra
})

const smRequests = (): FakeAws['requests'] =>
  aws.requests.filter(
    (r) =>
      r.operation === 'BatchGetSecretValue' || r.operation === 'GetSecretValue'
  )

describe('check --source aws with ~/.aws profiles', () => {
  beforeAll(async () => {
    if (!existsSync(BUNDLE))
      throw new Error(`${BUNDLE} is missing: run npm run bundle first`)
    aws = await startFakeAws({
      secrets: AWS_SECRETS,
      acceptCredentials: [DEV, PROD]
    })
    home = await fresh('asg-home-')
    await mkdir(join(home, '.aws'))
    await writeFile(
      join(home, '.aws', 'config'),
      [
        '[profile dev]',
        'region = eu-west-1',
        '',
        '[profile prod]',
        'region = ap-southeast-2',
        '',
        '[profile noregion]',
        ''
      ].join('\n')
    )
    await writeFile(
      join(home, '.aws', 'credentials'),
      [
        '[dev]',
        `aws_access_key_id = ${DEV.accessKeyId}`,
        `aws_secret_access_key = ${DEV.secretAccessKey}`,
        '',
        '[prod]',
        `aws_access_key_id = ${PROD.accessKeyId}`,
        `aws_secret_access_key = ${PROD.secretAccessKey}`,
        '',
        '[noregion]',
        `aws_access_key_id = ${DEV.accessKeyId}`,
        `aws_secret_access_key = ${DEV.secretAccessKey}`,
        ''
      ].join('\n')
    )
    awsProject = await project({ 'airflow-secrets.yml': AWS_MANIFEST })
  })
  afterAll(async () => {
    await aws.stop()
  })

  it('the bundle exists (CI runs npm run bundle first)', () => {
    expect(existsSync(BUNDLE)).toBe(true)
  })

  it.each([
    ['--profile dev', ['--profile', 'dev'], {}, DEV, 'eu-west-1'],
    ['AWS_PROFILE=prod', [], { AWS_PROFILE: 'prod' }, PROD, 'ap-southeast-2'],
    [
      '--profile dev with --region',
      ['--profile', 'dev', '--region', 'us-west-2'],
      {},
      DEV,
      'us-west-2'
    ],
    [
      'AWS_PROFILE=prod with AWS_REGION',
      [],
      { AWS_PROFILE: 'prod', AWS_REGION: 'ca-central-1' },
      PROD,
      'ca-central-1'
    ]
  ])(
    '%s: signs with the profile’s key in the resolved region',
    async (_name, args, env, key, region) => {
      aws.reset()
      const result = await child(args, awsProject, childEnv(env))
      expect(result.stderr).toBe('')
      expect(result.code).toBe(1)
      expect(smRequests().length).toBeGreaterThan(0)
      for (const request of smRequests())
        expect(request).toMatchObject({
          accessKeyId: key.accessKeyId,
          scope: `secretsmanager/${region}`,
          status: 200
        })
      expect(result.stdout).toContain(`Region ${region} (from`)
      expect(result.stdout).toMatch(
        /warehouse\s+ok\s+airflow\/connections\/warehouse/
      )
      expect(result.stdout).toMatch(/broken\s+invalid/)
      expect(result.stdout).toMatch(/region\s+ok/)
      expectNoCanary(result.stdout, result.stderr)
    }
  )

  it('--role-arn: one STS AssumeRole with the profile’s key, then reads with the issued key', async () => {
    aws.reset()
    const before = aws.issued.length
    const result = await child(
      [
        '--profile',
        'dev',
        '--role-arn',
        'arn:aws:iam::123456789012:role/airflow-reader',
        '--json'
      ],
      awsProject,
      childEnv()
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(aws.counts.AssumeRole).toBe(1)
    expect(aws.counts.AssumeRoleWithWebIdentity).toBe(0)
    const assume = aws.requests.find((r) => r.operation === 'AssumeRole')
    expect(assume).toMatchObject({
      accessKeyId: DEV.accessKeyId,
      scope: 'sts/eu-west-1'
    })
    const issued = aws.issued[before]
    expect(issued).toMatchObject({
      roleArn: 'arn:aws:iam::123456789012:role/airflow-reader',
      sessionName: 'astro-secrets-gate-tester'
    })
    expect(smRequests().length).toBeGreaterThan(0)
    for (const request of smRequests())
      expect(request.accessKeyId).toBe(issued?.accessKeyId)
    const report = JSON.parse(result.stdout) as JsonReport
    expect(report.source).toBe('aws')
    expect(report.items.map((item) => [item.id, item.status])).toEqual([
      ['warehouse', 'valid'],
      ['broken', 'invalid'],
      ['region', 'valid']
    ])
    for (const part of [
      issued?.secretAccessKey ?? '-',
      issued?.sessionToken ?? '-'
    ])
      expect(result.stdout).not.toContain(part)
    expectNoCanary(result.stdout, result.stderr)
    // The text report names the assumed role once.
    const text = await child(
      [
        '--profile',
        'dev',
        '--role-arn',
        'arn:aws:iam::123456789012:role/airflow-reader'
      ],
      awsProject,
      childEnv()
    )
    expect(text.code).toBe(1)
    expect(flat(text.stdout).match(/^Assumed arn:aws:sts::/gm)).toHaveLength(1)
  })

  it('existence mode reads no values and passes when every secret exists', async () => {
    aws.reset()
    const result = await child(
      ['--profile', 'prod', '--mode', 'existence'],
      awsProject,
      childEnv()
    )
    expect(result.code).toBe(0)
    expect(aws.counts.ListSecrets).toBe(1)
    expect(aws.counts.DescribeSecret).toBe(0)
    expect(smRequests()).toHaveLength(0)
    expectNoCanary(result.stdout, result.stderr)
  })

  it('reads the files named by AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE', async () => {
    const elsewhere = await fresh('asg-awsfiles-')
    await writeFile(
      join(elsewhere, 'cfg'),
      '[profile team]\nregion = sa-east-1\n'
    )
    await writeFile(
      join(elsewhere, 'creds'),
      `[team]\naws_access_key_id = ${PROD.accessKeyId}\naws_secret_access_key = ${PROD.secretAccessKey}\n`
    )
    aws.reset()
    const result = await child(
      ['--profile', 'team'],
      awsProject,
      childEnv({
        AWS_CONFIG_FILE: join(elsewhere, 'cfg'),
        AWS_SHARED_CREDENTIALS_FILE: join(elsewhere, 'creds')
      })
    )
    expect(result.code).toBe(1)
    expect(smRequests()[0]).toMatchObject({
      accessKeyId: PROD.accessKeyId,
      scope: 'secretsmanager/sa-east-1'
    })
  })

  it('reads in the backend’s region_name, not the profile’s or AWS_REGION', async () => {
    const dir = await project({
      'airflow-secrets.yml': AWS_MANIFEST.replace(
        'backend:\n',
        'backend:\n  region_name: eu-north-1\n'
      )
    })
    aws.reset()
    const result = await child(
      ['--profile', 'dev'],
      dir,
      childEnv({ AWS_REGION: 'ca-central-1' })
    )
    expect(result.code).toBe(1)
    expect(flat(result.stdout)).toContain(
      "Region eu-north-1 (from the backend kwargs' region_name); not AWS_REGION (ca-central-1), which Airflow's client does not use when region_name is set."
    )
    expect(smRequests()[0]?.scope).toBe('secretsmanager/eu-north-1')
  })

  it.each([
    [
      'no region anywhere',
      ['--profile', 'noregion'],
      {},
      /no AWS region: pass --region, set AWS_REGION/
    ],
    [
      'no credentials',
      ['--region', 'us-east-1'],
      {},
      /no usable AWS credentials/
    ],
    [
      'a bad --role-arn',
      ['--role-arn', 'airflow-reader'],
      {},
      /--role-arn must be an IAM role ARN/
    ],
    [
      'a bad --region',
      ['--profile', 'dev', '--region', 'Europe'],
      {},
      /--region is not an AWS region code/
    ]
  ])('exits 2 on %s', async (_name, args, env, message) => {
    const result = await child(args, awsProject, childEnv(env))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('in-process: --profile reads the profile the SDK finds in AWS_CONFIG_FILE', async () => {
    const saved = { ...process.env }
    const files = {
      AWS_CONFIG_FILE: join(home, '.aws', 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws', 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      ...aws.env()
    }
    Object.assign(process.env, files)
    delete process.env['AWS_REGION']
    delete process.env['AWS_DEFAULT_REGION']
    delete process.env['AWS_PROFILE']
    delete process.env['AWS_ACCESS_KEY_ID']
    try {
      aws.reset()
      const result = await runCli(['check', '--profile', 'prod', '--json'], {
        cwd: awsProject,
        env: files
      })
      expect(result.stderr).toBe('')
      expect(result.code).toBe(1)
      expect(smRequests()[0]).toMatchObject({
        accessKeyId: PROD.accessKeyId,
        scope: 'secretsmanager/ap-southeast-2'
      })
      expectNoCanary(result.stdout)
    } finally {
      process.env = saved
    }
  })
})

describe('check --source local with the bundled CLI', () => {
  it('the README example: exit 1 with findings, 0 with --fail-on never', async () => {
    expect(existsSync(BUNDLE)).toBe(true)
    const env = { PATH: process.env['PATH'] ?? '', HOME: '/nonexistent' }
    const cwd = process.cwd()
    const base = [
      '--source',
      'local',
      '--project',
      'examples/astro-project',
      '--discover'
    ]
    const failing = await child(base, cwd, env)
    expect(failing.code).toBe(1)
    expect(failing.stdout).toMatch(/gcp_default\s+invalid/)
    expect(flat(failing.stdout)).toContain(
      "examples/astro-project/dags/example_secrets_dag.py:36: warning [manifest-undeclared] The DAGs use connection 'orders_api'"
    )
    const never = await child([...base, '--fail-on', 'never'], cwd, env)
    expect(never.code).toBe(0)
    const json = await child([...base, '--json'], cwd, env)
    expect(json.code).toBe(1)
    expect((JSON.parse(json.stdout) as JsonReport).valid).toBe(false)
    for (const text of [failing.stdout, never.stdout, json.stdout])
      expect(text).not.toContain('not-a-real')
  })
})

describe('the README’s first command', () => {
  it('runs the example script: check --source local on the example, exit 0', async () => {
    const readme = await readFile('README.md', 'utf8')
    expect(readme).toContain('npm ci && npm run example')
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
      scripts: Record<string, string>
    }
    const script = pkg.scripts['example'] ?? ''
    expect(script).toBe(
      'node dist/cli.js check --source local --project examples/astro-project --discover --fail-on never'
    )
    const [node, cliPath, command, ...args] = script.split(' ')
    expect([node, cliPath, command]).toEqual(['node', 'dist/cli.js', 'check'])
    const result = await child(args, process.cwd(), {
      PATH: process.env['PATH'] ?? '',
      HOME: '/nonexistent'
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/aws_standard\s+invalid/)
    expect(result.stdout).toContain('Findings and fixes:')
    expect(result.stdout).toContain('Not failing (--fail-on never)')
  })
})
