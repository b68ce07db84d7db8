/**
 * `astro-secrets-gate check`: arguments → the shared check pipeline (AWS or
 * the local project) → a table or JSON on stdout, values redacted.
 */
import { userInfo } from 'node:os'
import { resolve } from 'node:path'
import { stat } from 'node:fs/promises'
import {
  HARD_DEADLINE_GRACE_MS,
  startWatchdog
} from '../adapters/runtime/watchdog.js'
import type { CheckRun, CheckSource } from '../check/run-check.js'
import { runCheck } from '../check/run-check.js'
import {
  ROLE_ARN_PATTERN,
  parseIntegerInput,
  DEFAULT_MAX_CONCURRENCY,
  parseMaxConcurrency,
  sanitizeSessionName
} from '../core/aws/inputs.js'
import { InputError } from '../core/errors.js'
import type { FailOn } from '../core/gate/plan.js'
import type { ReportItem } from '../core/gate/report.js'
import { localDefinition, localizeReport } from '../core/local/definitions.js'
import { redact } from '../core/redact.js'
import { BIN, formatCommandHelp, parseCommandArgs } from './args.js'
import type { CommandSpec, ParsedValues } from './args.js'
import type { CliIo, Command } from './io.js'
import { EXIT } from './io.js'
import { renderText } from './report-text.js'
import { toJson } from './style.js'

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
        'AWS region when the backend names no region_name (default: AWS_REGION, AWS_DEFAULT_REGION, the profile’s region); with region_name it must match'
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
      description: `Most AWS requests in flight (default: ${DEFAULT_MAX_CONCURRENCY})`
    },
    'timeout-seconds': {
      type: 'string',
      value: '<n>',
      description:
        'Most time for the whole check (default: 120); stopped 2 s past it'
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

const nonEmpty = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim()

/** A role session name for a developer: `astro-secrets-gate-<user>`. */
function developerSessionName(env: CliIo['env']): string {
  let user = 'user'
  try {
    user = env['USER'] ?? userInfo().username
  } catch {
    // No passwd entry: keep the generic name.
  }
  return sanitizeSessionName(`${BIN}-${user}`).slice(0, 64)
}

type CheckValues = ParsedValues<(typeof checkSpec)['options']>

/** Where the values come from, from the flags. */
function checkSource(
  values: CheckValues,
  io: CliIo,
  project: string
): CheckSource {
  if (values.source === 'local') {
    for (const name of ['profile', 'region', 'role-arn'] as const)
      if (values[name] !== undefined)
        throw new InputError(
          name,
          `--${name} applies to --source aws only; --source local reads no AWS`
        )
    return { kind: 'local', project }
  }
  const roleArn = nonEmpty(values['role-arn'])
  if (roleArn !== undefined && !ROLE_ARN_PATTERN.test(roleArn))
    throw new InputError(
      'role-arn',
      `--role-arn must be an IAM role ARN like arn:aws:iam::123456789012:role/airflow-reader; got "${roleArn}"`
    )
  const profile = nonEmpty(values.profile) ?? nonEmpty(io.env['AWS_PROFILE'])
  return {
    kind: 'aws',
    region: {
      explicit: values.region ?? '',
      explicitSource: '--region',
      input: 'region',
      backendRegion: null,
      missing: `no AWS region: pass --region, set AWS_REGION, or set region in the ${profile ?? 'default'} profile (aws configure set region us-east-1${profile === undefined ? '' : ` --profile ${profile}`})`
    },
    credentials: {
      kind: 'chain',
      profile,
      roleArn,
      sessionName: developerSessionName(io.env)
    },
    maxConcurrency: parseMaxConcurrency(
      values['max-concurrency'] ?? '',
      '--max-concurrency'
    )
  }
}

/** The report as JSON, with the local files and definitions when local. */
function jsonText(
  run: CheckRun,
  values: CheckValues,
  where: (item: Pick<ReportItem, 'kind' | 'id'>) => string
): string {
  const report = run.local
    ? localizeReport(run.result.report)
    : run.result.report
  const local = run.local
  const extra = local
    ? {
        localFiles: local.shownFiles,
        loadErrors: local.errors,
        definitions: [...local.chosen.values()].map((d) => ({
          kind: d.used.kind,
          id: d.used.id,
          format: d.used.format,
          source: where(d.used),
          shadowed: d.shadowed.map((s) => `${s.source.file}:${s.source.line}`)
        }))
      }
    : {}
  return toJson({
    ...report,
    source: local ? 'local' : 'aws',
    ...extra,
    ...(values.discover === undefined
      ? {}
      : {
          undeclared: run.undeclared.map((item) => ({
            kind: item.kind,
            id: item.id,
            uses: item.uses
          }))
        })
  })
}

/** `astro-secrets-gate check`. */
export const checkCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs(checkSpec, normaliseArgs(args))
  if (parsed.help) {
    io.stdout.write(formatCommandHelp(checkSpec))
    return EXIT.ok
  }
  const values = parsed.values
  const failOn = (values['fail-on'] ?? 'error') as FailOn
  const project = resolve(io.cwd, values.project ?? '.')
  const projectInfo = await stat(project).catch(() => undefined)
  if (!projectInfo?.isDirectory())
    throw new InputError(
      'project',
      `no project folder at ${values.project ?? '.'}; pass --project <dir>`
    )
  const source = checkSource(values, io, project)
  const timeoutSeconds = parseIntegerInput(
    '--timeout-seconds',
    values['timeout-seconds'] ?? '',
    120,
    1,
    3600
  )

  const seconds = timeoutSeconds
  // The whole check is bounded, even when the main thread is blocked.
  const watchdog = startWatchdog({
    ms: seconds * 1000 + HARD_DEADLINE_GRACE_MS,
    fd: 2,
    line: `${BIN} check: error: the check did not finish within --timeout-seconds (${seconds} s) and was stopped; raise --timeout-seconds, or look for what took this long (AWS, a manifest pattern, the DAG folder).`
  })
  try {
    return await checkUnder(
      Date.now() + seconds * 1000,
      timeoutSeconds,
      values,
      io,
      project,
      source,
      failOn
    )
  } finally {
    watchdog.cancel()
  }
}

async function checkUnder(
  deadlineAt: number,
  timeoutSeconds: number,
  values: CheckValues,
  io: CliIo,
  project: string,
  source: CheckSource,
  failOn: FailOn
): Promise<number> {
  const recorded = new Set<string>()
  const mask = (value: string): void => {
    if (value.length >= MIN_MASK) recorded.add(value)
  }
  const notes: string[] = []
  const run = await runCheck({
    manifest: {
      given: values.manifest,
      folder: project,
      cwd: io.cwd,
      label: 'manifest',
      missingHint: `pass --manifest, or create one (${BIN} discover --write lists what the DAGs use)`,
      optional: false
    },
    airflowVersion: values.airflow,
    mode: values.mode === 'existence' ? 'existence' : 'values',
    failOn,
    dags: {
      folder:
        values.discover === undefined
          ? null
          : values.discover === ''
            ? resolve(project, 'dags')
            : resolve(io.cwd, values.discover),
      required: values.discover !== undefined,
      base: io.cwd
    },
    source,
    timeoutSeconds,
    deadlineAt,
    env: io.env,
    hooks: {
      info: (line) => notes.push(line),
      warn: (line) => notes.push(`warning: ${line}`),
      mask,
      group: (_name, phase) => phase(),
      onManifestProblems: (problems, shown) => {
        for (const problem of problems)
          io.stderr.write(
            `${shown}:${problem.line}:${problem.column}: ${problem.message}\n`
          )
      }
    }
  })

  const local = run.local
  const where = (item: Pick<ReportItem, 'kind' | 'id'>): string => {
    if (!local)
      return (
        run.result.report.items.find(
          (other) => other.kind === item.kind && other.id === item.id
        )?.secretName ?? '-'
      )
    const definition = localDefinition(local.chosen, item.kind, item.id)
    return definition ? local.where(definition) : '-'
  }
  // The table names local files relative to the project folder (the notes
  // say which folder): short enough to fit a terminal.
  const tableWhere = (item: Pick<ReportItem, 'kind' | 'id'>): string => {
    if (!local) return where(item)
    const definition = localDefinition(local.chosen, item.kind, item.id)
    return definition
      ? `${definition.used.source.file}:${definition.used.source.line}`
      : '-'
  }
  const undeclaredAt = new Map<string, string>()
  for (const item of run.undeclared) {
    const first = item.uses[0]
    if (first)
      undeclaredAt.set(
        `${item.kind}\u0000${item.id}`,
        `${first.file}:${first.line}`
      )
  }
  const report = local ? localizeReport(run.result.report) : run.result.report
  const text =
    values.json === true
      ? jsonText(run, values, where)
      : renderText(io, {
          report,
          source: local ? 'local' : 'aws',
          where: tableWhere,
          notes,
          failOn,
          undeclaredAt
        })
  io.stdout.write(redact(text, [...recorded]))
  return report.valid ? EXIT.ok : EXIT.findings
}
