import { readFile, stat } from 'node:fs/promises'
import { userInfo } from 'node:os'
import { isAbsolute, relative, resolve } from 'node:path'
import { readDagFiles } from '../adapters/fs/dag-files.js'
import type { LocalSourceFile } from '../adapters/fs/local-files.js'
import {
  detectLocalSources,
  loadLocalSources
} from '../adapters/fs/local-files.js'
import {
  REGION_PATTERN,
  ROLE_ARN_PATTERN,
  sanitizeSessionName
} from '../core/aws/inputs.js'
import { discover } from '../core/gate/discover.js'
import { AwsCallError, InputError } from '../core/errors.js'
import type { Finding } from '../core/findings.js'
import {
  type FailOn,
  type GateInput,
  type GatePlan,
  buildReport,
  planGate
} from '../core/gate/plan.js'
import {
  type LocalDefinition,
  chooseLocalDefinitions,
  loadErrorFindings,
  localDefinition,
  localGateInput,
  localReads,
  localizeReport,
  undeclaredFindings
} from '../core/local/definitions.js'
import type { LoadError } from '../core/local/sources.js'
import { type Manifest, parseManifest } from '../core/gate/manifest.js'
import { redact } from '../core/redact.js'
import type { Report, ReportItem } from '../core/gate/report.js'
import type { SecretRead } from '../core/gate/secret-read.js'
import { BIN, formatCommandHelp, parseCommandArgs } from './args.js'
import type { CommandSpec } from './args.js'
import type { CliIo, Command } from './io.js'
import { EXIT } from './io.js'
import {
  type Painter,
  painter,
  renderTable,
  toJson,
  useColor
} from './style.js'

/** Manifest names tried in the project folder, in order. */
export const MANIFEST_NAMES = [
  'airflow-secrets.yml',
  'airflow-secrets.yaml',
  'airflow-secrets.json'
]

/** Masks shorter than this are not redacted from output (too common). */
const MIN_MASK = 4

export const checkSpec = {
  name: 'check',
  summary:
    'Validate the manifest’s connections and variables in AWS or local files',
  description: [
    'Reads the manifest (airflow-secrets.yml) and checks every connection and',
    'variable exactly as Airflow parses it. --source aws (default) reads',
    'Secrets Manager with the default AWS credential chain (--profile,',
    'AWS_PROFILE, SSO, ~/.aws/config and ~/.aws/credentials) or assumes',
    '--role-arn first. --source local checks the project’s .env',
    '(AIRFLOW_CONN_*, AIRFLOW_VAR_*), airflow_settings.yaml and',
    'LocalFilesystemBackend files (connections.*/variables.* in the project',
    'or include/) without any cloud access. Values are never printed.',
    '',
    'Exit codes: 0 clean, 1 findings at --fail-on, 2 usage or configuration',
    'error (bad manifest, no region, unreadable files). --debug (before or',
    'after the command) adds stack traces to unexpected errors.'
  ].join('\n'),
  options: {
    manifest: {
      type: 'string',
      short: 'm',
      value: '<file>',
      description:
        'Manifest (default: airflow-secrets.yml, .yaml or .json in --project)'
    },
    source: {
      type: 'string',
      value: '<source>',
      description: 'Where the values are (default: aws)',
      choices: ['aws', 'local']
    },
    project: {
      type: 'string',
      value: '<dir>',
      description: 'Astro project folder (default: the current folder)'
    },
    profile: {
      type: 'string',
      value: '<name>',
      description: 'AWS profile from ~/.aws (default: AWS_PROFILE)'
    },
    region: {
      type: 'string',
      value: '<region>',
      description:
        'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile’s region, then the backend’s region_name)'
    },
    'role-arn': {
      type: 'string',
      value: '<arn>',
      description: 'Assume this IAM role (STS AssumeRole) before reading'
    },
    airflow: {
      type: 'string',
      value: '<version>',
      description: 'Airflow version (default: the manifest’s, else 3)',
      choices: ['2', '3.0', '3']
    },
    mode: {
      type: 'string',
      value: '<mode>',
      description: 'Parse values, or only check that they exist',
      choices: ['values', 'existence']
    },
    'fail-on': {
      type: 'string',
      value: '<level>',
      description: 'Exit 1 on findings at this level (default: error)',
      choices: ['error', 'warning', 'never']
    },
    discover: {
      type: 'string',
      value: '[dags-dir]',
      description:
        'Also warn about ids the DAG code uses that the manifest lacks (default folder: <project>/dags)'
    },
    json: { type: 'boolean', description: 'Print the report as JSON' },
    'max-concurrency': {
      type: 'string',
      value: '<n>',
      description: 'Most AWS requests in flight (default: 8)'
    }
  },
  examples: [
    `${BIN} check --source local --project examples/astro-project --discover`,
    `${BIN} check --profile dev`,
    `AWS_PROFILE=dev ${BIN} check --region eu-west-1 --fail-on warning`,
    `${BIN} check --role-arn arn:aws:iam::123456789012:role/airflow-reader`,
    `${BIN} check --source local --json | jq '.items[] | select(.status != "valid")'`
  ]
} as const satisfies CommandSpec

/** `--discover` takes an optional value: give it an empty one when absent. */
function normaliseArgs(args: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--') {
      out.push(...args.slice(i))
      break
    }
    if (arg !== '--discover') {
      out.push(arg)
      continue
    }
    const next = args[i + 1]
    if (next !== undefined && !next.startsWith('-')) {
      out.push(`--discover=${next}`)
      i++
    } else out.push('--discover=')
  }
  return out
}

interface LoadedManifest {
  readonly path: string
  readonly shown: string
  readonly manifest: Manifest
}

/** Reads and parses the manifest; problems go to stderr as file:line:col. */
async function loadManifest(
  io: CliIo,
  project: string,
  given: string | undefined
): Promise<LoadedManifest | number> {
  const candidates =
    given === undefined
      ? MANIFEST_NAMES.map((name) => resolve(project, name))
      : [isAbsolute(given) ? given : resolve(io.cwd, given)]
  for (const path of candidates) {
    const info = await stat(path).catch(() => undefined)
    if (!info) continue
    const shown = relative(io.cwd, path) || path
    if (info.isDirectory())
      throw new InputError(
        'manifest',
        `manifest ${shown} is a folder; give the manifest file`
      )
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
      throw new InputError(
        'manifest',
        `cannot read the manifest ${shown} (${code}); check its permissions`
      )
    }
    const { manifest, problems } = parseManifest(text)
    if (problems.length > 0) {
      for (const problem of problems)
        io.stderr.write(
          `${shown}:${problem.line}:${problem.column}: ${problem.message}\n`
        )
      io.stderr.write(
        `${BIN} check: the manifest has ${problems.length} problem${problems.length > 1 ? 's' : ''}; fix ${problems.length > 1 ? 'them' : 'it'} and run again\n`
      )
      return EXIT.usage
    }
    return { path, shown, manifest }
  }
  const where =
    given === undefined
      ? `no ${MANIFEST_NAMES.join(', ')} in ${relative(io.cwd, project) || '.'}`
      : `no manifest at ${given}`
  throw new InputError(
    'manifest',
    `${where}; pass --manifest, or create one (${BIN} discover --write lists what the DAGs use)`
  )
}

function parseConcurrency(text: string | undefined): number {
  if (text === undefined) return 8
  const n = Number(text)
  if (!/^\d+$/.test(text) || n < 1 || n > 64)
    throw new InputError(
      'max-concurrency',
      `--max-concurrency must be a whole number from 1 to 64, not '${text}'`
    )
  return n
}

const nonEmpty = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim()

interface RegionChoice {
  readonly region: string
  readonly source: string
}

async function chooseRegion(
  io: CliIo,
  flag: string | undefined,
  profile: string | undefined,
  backendRegion: string | undefined
): Promise<RegionChoice> {
  const explicit: [string, string | undefined][] = [
    ['--region', flag],
    ['AWS_REGION', nonEmpty(io.env['AWS_REGION'])],
    ['AWS_DEFAULT_REGION', nonEmpty(io.env['AWS_DEFAULT_REGION'])]
  ]
  for (const [source, region] of explicit) {
    if (region === undefined) continue
    if (!REGION_PATTERN.test(region))
      throw new InputError(
        'region',
        `${source} is not an AWS region code like us-east-1; got "${region}"`
      )
    return { region, source }
  }
  const { sdkDefaultRegion } = await import('../adapters/aws/chain.js')
  const fromProfile = await sdkDefaultRegion(profile)
  if (fromProfile !== undefined)
    return {
      region: fromProfile,
      source: `profile ${profile ?? 'default'} in the AWS config file`
    }
  if (backendRegion !== undefined)
    return { region: backendRegion, source: 'the backend’s region_name' }
  throw new InputError(
    'region',
    `no AWS region: pass --region, set AWS_REGION, or set region in the ${profile ?? 'default'} profile (aws configure set region us-east-1${profile === undefined ? '' : ` --profile ${profile}`})`
  )
}

interface AwsOptions {
  readonly profile: string | undefined
  readonly region: string | undefined
  readonly roleArn: string | undefined
  readonly existence: boolean
  readonly maxConcurrency: number
}

/** Reads the planned secrets from AWS; every value goes to `mask` first. */
async function readFromAws(
  io: CliIo,
  plan: GatePlan,
  options: AwsOptions,
  mask: (value: string) => void,
  note: (line: string) => void
): Promise<Map<string, SecretRead>> {
  const reads = new Map<string, SecretRead>()
  const backendRegion = plan.settings.regionName ?? undefined
  const { region, source } = await chooseRegion(
    io,
    options.region,
    options.profile,
    typeof backendRegion === 'string' && backendRegion !== ''
      ? backendRegion
      : undefined
  )
  note(
    `Reading ${plan.names.length} secret${plan.names.length === 1 ? '' : 's'} from Secrets Manager in ${region} (from ${source})${options.profile === undefined ? '' : ` with profile ${options.profile}`}.`
  )
  if (plan.names.length === 0) return reads
  const aws = await import('../adapters/aws/clients.js')
  let credentials
  if (options.roleArn !== undefined) {
    const { assumeRoleFromChain } = await import('../adapters/aws/chain.js')
    let user = 'user'
    try {
      user = io.env['USER'] ?? userInfo().username
    } catch {
      // No passwd entry: keep the generic name.
    }
    const role = await assumeRoleFromChain(
      {
        roleArn: options.roleArn,
        region,
        sessionName: sanitizeSessionName(`${BIN}-${user}`).slice(0, 64),
        ...(options.profile === undefined ? {} : { profile: options.profile }),
        env: io.env
      },
      mask
    )
    note(`Assumed ${role.assumedRoleArn}.`)
    credentials = role.credentials
  }
  const client = aws.createSecretsManagerClient({
    region,
    env: io.env,
    ...(credentials ? { credentials } : {}),
    ...(options.profile === undefined ? {} : { profile: options.profile })
  })
  try {
    const reader = await import('../adapters/aws/secrets-reader.js')
    const common = { client, maxConcurrency: options.maxConcurrency }
    const warn = (message: string): void => {
      note(`warning: ${message}`)
    }
    const results = options.existence
      ? await reader.checkExistence(plan.names, { ...common, warn })
      : await reader.readSecrets(plan.names, { ...common, mask, warn })
    for (const read of results) reads.set(read.name, read)
    return reads
  } catch (error) {
    if (error instanceof AwsCallError && error.code === 'aws-credentials')
      throw new AwsCallError(
        error.operation,
        error.awsCode,
        `no usable AWS credentials (${error.awsCode}): run aws configure or aws sso login${options.profile === undefined ? '' : ` --profile ${options.profile}`}, pass --profile, or set AWS_PROFILE`,
        'aws-credentials'
      )
    throw error
  } finally {
    client.destroy()
  }
}

interface LocalState {
  readonly files: readonly LocalSourceFile[]
  readonly shownFiles: readonly string[]
  readonly chosen: ReadonlyMap<string, LocalDefinition>
  readonly errors: readonly LoadError[]
}

async function loadLocal(project: string, cwd: string): Promise<LocalState> {
  const files = await detectLocalSources(project)
  const loaded = await loadLocalSources(files, project)
  const kinds = new Map(
    files.map((file) => [relative(project, file.path) || file.path, file.kind])
  )
  const chosen = chooseLocalDefinitions(loaded.items, (file) => kinds.get(file))
  const prefix = relative(cwd, project)
  const shown = (file: string): string =>
    prefix === '' ? file : `${prefix}/${file}`
  return {
    files,
    shownFiles: files.map((file) => relative(cwd, file.path) || file.path),
    chosen,
    errors: loaded.errors.map((error) => ({
      ...error,
      file: shown(error.file)
    }))
  }
}

const STATUS_TEXT: Record<ReportItem['status'], string> = {
  valid: 'ok',
  warning: 'warning',
  invalid: 'invalid',
  missing: 'missing',
  unreadable: 'unreadable',
  skipped: 'not looked up'
}

function paintStatus(paint: Painter, status: ReportItem['status']): string {
  const text = STATUS_TEXT[status]
  if (status === 'valid') return paint.green(text)
  if (status === 'warning' || status === 'skipped') return paint.yellow(text)
  return paint.red(text)
}

function severityText(paint: Painter, finding: Finding): string {
  return finding.severity === 'error'
    ? paint.red('error')
    : paint.yellow('warning')
}

interface Rendered {
  readonly report: Report
  readonly source: 'aws' | 'local'
  readonly where: (item: ReportItem) => string
  readonly notes: readonly string[]
  readonly failOn: FailOn
  /** Where the DAGs first use an undeclared id, by kind and id. */
  readonly undeclaredAt: ReadonlyMap<string, string>
}

/** The first sentence of a message, cut to fit a terminal row. */
function shorten(message: string, max = 90): string {
  const sentence = /^.*?[.;](?=\s|$)/.exec(message)?.[0] ?? message
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1)}…`
}

function renderText(io: CliIo, rendered: Rendered): string {
  const paint = painter(useColor(io))
  const { report } = rendered
  const lines: string[] = [...rendered.notes]
  for (const finding of report.settingsFindings) {
    const at =
      finding.kind === 'config'
        ? finding.id
        : (rendered.undeclaredAt.get(`${finding.kind}\u0000${finding.id}`) ??
          finding.id)
    lines.push(`${at}: ${severityText(paint, finding)}: ${finding.message}`)
  }
  if (lines.length > 0) lines.push('')
  const out = lines.map((line) => `${line}\n`).join('')
  const table =
    report.items.length === 0
      ? 'The manifest lists no connections or variables.\n'
      : renderTable(
          ['KIND', 'ID', 'STATUS', 'SOURCE', 'FINDING'],
          report.items.map((item) => {
            const first = item.findings[0]
            const more =
              item.findings.length > 1
                ? paint.dim(` (+${item.findings.length - 1} more)`)
                : ''
            return [
              item.kind,
              item.id,
              paintStatus(paint, item.status),
              rendered.where(item),
              first ? `${shorten(first.message)}${more}` : ''
            ]
          }),
          paint
        )
  const fixes: string[] = []
  for (const item of report.items)
    for (const finding of item.findings)
      fixes.push(
        `  ${item.kind} ${item.id}: ${severityText(paint, finding)}: ${finding.message}${finding.hint ? `\n    fix: ${finding.hint}` : ''}`
      )
  for (const finding of report.settingsFindings)
    if (finding.hint)
      fixes.push(`  ${finding.kind} ${finding.id}: fix: ${finding.hint}`)
  const fixText =
    fixes.length > 0
      ? `\n${paint.bold('Findings and fixes:')}\n${fixes.join('\n')}\n`
      : ''
  const { counts } = report
  const verdict = report.valid
    ? paint.green(`Pass (fail-on: ${rendered.failOn})`)
    : paint.red(`Fail (fail-on: ${rendered.failOn})`)
  const summary = `\n${verdict}: ${counts.checked} checked from ${rendered.source === 'aws' ? 'AWS Secrets Manager' : 'local files'}, ${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}, ${counts.missing} missing.\n`
  return out + table + fixText + summary
}

/** `astro-secrets-gate check`. */
export const checkCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs(checkSpec, normaliseArgs(args))
  if (parsed.help) {
    io.stdout.write(formatCommandHelp(checkSpec))
    return EXIT.ok
  }
  const values = parsed.values
  const source = values.source === 'local' ? 'local' : 'aws'
  const failOn = (values['fail-on'] ?? 'error') as FailOn
  const project = resolve(io.cwd, values.project ?? '.')
  const projectInfo = await stat(project).catch(() => undefined)
  if (!projectInfo?.isDirectory())
    throw new InputError(
      'project',
      `no project folder at ${values.project ?? '.'}; pass --project <dir>`
    )
  const maxConcurrency = parseConcurrency(values['max-concurrency'])
  const roleArn = nonEmpty(values['role-arn'])
  if (roleArn !== undefined && !ROLE_ARN_PATTERN.test(roleArn))
    throw new InputError(
      'role-arn',
      `--role-arn must be an IAM role ARN like arn:aws:iam::123456789012:role/airflow-reader; got "${roleArn}"`
    )
  if (source === 'local') {
    for (const name of ['profile', 'region', 'role-arn'] as const)
      if (values[name] !== undefined)
        throw new InputError(
          name,
          `--${name} applies to --source aws only; --source local reads no AWS`
        )
  }

  const loaded = await loadManifest(io, project, values.manifest)
  if (typeof loaded === 'number') return loaded

  const baseInput: GateInput = {
    manifestPath: loaded.shown,
    manifest: loaded.manifest,
    extraConnections: [],
    extraVariables: [],
    ...(values.airflow === undefined ? {} : { airflowVersion: values.airflow }),
    mode: values.mode === 'existence' ? 'existence' : 'values',
    failOn
  }

  const recorded = new Set<string>()
  const mask = (value: string): void => {
    if (value.length >= MIN_MASK) recorded.add(value)
  }
  const notes: string[] = []
  const extraFindings: Finding[] = []
  let undeclared: unknown[] = []
  const undeclaredAt = new Map<string, string>()

  if (values.discover !== undefined) {
    const folder = resolve(
      values.discover === '' ? project : io.cwd,
      values.discover === '' ? 'dags' : values.discover
    )
    const files = await readDagFiles(folder, io.cwd)
    const declared = {
      connections: new Set(loaded.manifest.connections.map((item) => item.id)),
      variables: new Set(loaded.manifest.variables.map((item) => item.id))
    }
    const result = discover(files, declared)
    extraFindings.push(...undeclaredFindings(result.missing))
    for (const item of result.missing) {
      const first = item.uses[0]
      if (first)
        undeclaredAt.set(
          `${item.kind}\u0000${item.id}`,
          `${first.file}:${first.line}`
        )
    }
    undeclared = result.missing.map((item) => ({
      kind: item.kind,
      id: item.id,
      uses: item.uses
    }))
  }

  let input: GateInput
  let plan: GatePlan
  let reads: Map<string, SecretRead>
  let local: LocalState | undefined
  if (source === 'local') {
    local = await loadLocal(project, io.cwd)
    for (const { used } of local.chosen.values()) mask(used.value)
    input = localGateInput(baseInput, local.chosen)
    plan = planGate(input)
    reads = localReads(plan, local.chosen, input.mode !== 'existence')
    extraFindings.unshift(...loadErrorFindings(local.errors))
    notes.push(
      local.files.length === 0
        ? `No local sources found in ${relative(io.cwd, project) || '.'} (.env, airflow_settings.yaml, connections.*, variables.*).`
        : `Checking local sources: ${local.shownFiles.join(', ')}.`
    )
  } else {
    input = baseInput
    plan = planGate(input)
    reads = await readFromAws(
      io,
      plan,
      {
        profile: nonEmpty(values.profile) ?? nonEmpty(io.env['AWS_PROFILE']),
        region: nonEmpty(values.region),
        roleArn,
        existence: input.mode === 'existence',
        maxConcurrency
      },
      mask,
      (line) => notes.push(line)
    )
  }

  const withExtra: GatePlan = {
    ...plan,
    settingsFindings: [...plan.settingsFindings, ...extraFindings]
  }
  const result = buildReport(input, withExtra, reads)
  for (const secret of result.masks) mask(secret)
  const report = local ? localizeReport(result.report) : result.report
  const state = local
  const where = (item: ReportItem): string => {
    if (state) {
      const definition = localDefinition(state.chosen, item.kind, item.id)
      if (!definition) return '-'
      const prefix = relative(io.cwd, project)
      const file = definition.used.source.file
      return `${prefix === '' ? file : `${prefix}/${file}`}:${definition.used.source.line}`
    }
    return item.secretName ?? '-'
  }

  let text: string
  if (values.json === true) {
    const extra = state
      ? {
          localFiles: state.shownFiles,
          loadErrors: state.errors,
          definitions: [...state.chosen.values()].map((d) => ({
            kind: d.used.kind,
            id: d.used.id,
            format: d.used.format,
            source: where({
              kind: d.used.kind,
              id: d.used.id
            } as ReportItem),
            shadowed: d.shadowed.map((s) => `${s.source.file}:${s.source.line}`)
          }))
        }
      : {}
    text = toJson({
      ...report,
      source,
      ...extra,
      ...(values.discover === undefined ? {} : { undeclared })
    })
  } else
    text = renderText(io, {
      report,
      source,
      where,
      notes,
      failOn,
      undeclaredAt
    })
  io.stdout.write(redact(text, [...recorded]))
  return report.valid ? EXIT.ok : EXIT.findings
}
