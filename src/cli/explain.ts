import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import {
  type ExplainInput,
  explain,
  formatExplainLine,
  parseExplainInput
} from '../core/render/explain.js'
import {
  PROFILES,
  type Profile,
  ReleaseError,
  describeProfiles,
  onSide,
  resolveRelease
} from '../core/airflow/profiles.js'
import { parseProviderVersion } from '../core/airflow/secrets-manager.js'
import { lintConnectionUri, lintValue } from '../core/gate/lints.js'
import { pyJsonLoads } from '../core/airflow/python/json.js'
import type { PyValue } from '../core/airflow/python/value.js'
import { type CliIo, type Command, EXIT } from './io.js'

export const EXPLAIN_HELP = `Usage: astro-secrets-gate explain [options] < value

Shows what Airflow builds from a connection or variable value, for each
Airflow release. Releases that build the same thing are shown together.
Passwords and sensitive extra values print as *** unless --reveal is given.

Options:
  --kind connection|variable   what the value is (default: connection)
  --id ID                      conn_id or variable key (default: test_id)
  --airflow RELEASE            only this release: 3.1.6, 3.1 (every patch),
                               2 or 3 (newest line) (default: every release)
  --component task|server      only tasks or only the server (default: both)
  --profile NAME               only this release profile (af3_1_5_task, ...);
                               af2 and af3_core30 are accepted as before
  --backend-kwargs JSON        SecretsManagerBackend kwargs (default: {})
  --via secretsmanager|env|direct
                               through the Secrets Manager backend (default),
                               as an environment variable or other backend
                               hands it over, or straight into
                               Connection(uri=...)/from_json
  --deserialize-json           for a variable: also parse it as JSON
  --amazon-provider VERSION    Amazon provider version, e.g. 9.0, 9.28, 9.39
                               (default: the newest)
  --team-name TEAM             the team Airflow 3.2+ passes (multi-team)
  --multi-team                 [core] multi_team = True
  --value-file FILE            read the value from FILE instead of stdin
  --jsonl [FILE]               read one JSON object per line (stdin when no
                               FILE) and print one JSON result per line (see
                               docs/airflow-parsing.md for the line format)
  --reveal                     show passwords and sensitive extras
  -h, --help                   show this help

Examples:
  echo 'postgresql://user:p%40ss@db:5432/analytics' | astro-secrets-gate explain
  astro-secrets-gate explain --kind variable --deserialize-json --value-file v.json
  astro-secrets-gate explain --jsonl cases.jsonl --reveal
`

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}

const usage = (io: CliIo, message: string): number => {
  io.stderr.write(
    `astro-secrets-gate explain: ${message} (see 'astro-secrets-gate explain --help')\n`
  )
  return EXIT.usage
}

async function runJsonl(
  source: string | undefined,
  reveal: boolean,
  io: CliIo
): Promise<number> {
  const text =
    source === undefined || source === '-'
      ? await readAll(io.stdin)
      : await readFile(source, 'utf8')
  let bad = 0
  const lines = text.split('\n')
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    let input: ExplainInput
    try {
      input = parseExplainInput(line)
    } catch (error) {
      bad++
      io.stderr.write(
        `line ${index + 1}: ${error instanceof Error ? error.message : String(error)}\n`
      )
      io.stdout.write(
        `${formatExplainLine(new Map<string, PyValue>([['input_error', `line ${index + 1}`]]))}\n`
      )
      continue
    }
    io.stdout.write(`${formatExplainLine(explain(input, { reveal }))}\n`)
  }
  return bad > 0 ? EXIT.usage : EXIT.ok
}

function describe(value: PyValue): string {
  if (value === null) return '(none)'
  if (typeof value === 'string') return value === '' ? "''" : value
  return formatExplainLine(new Map([['v', value]])).slice(5, -1)
}

export const explainCommand: Command = async (args, io) => {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        kind: { type: 'string', default: 'connection' },
        id: { type: 'string', default: 'test_id' },
        profile: { type: 'string' },
        airflow: { type: 'string' },
        component: { type: 'string' },
        'team-name': { type: 'string' },
        'multi-team': { type: 'boolean', default: false },
        'backend-kwargs': { type: 'string', default: '{}' },
        via: { type: 'string', default: 'secretsmanager' },
        'deserialize-json': { type: 'boolean', default: false },
        'amazon-provider': { type: 'string', default: '9' },
        'value-file': { type: 'string' },
        jsonl: { type: 'boolean', default: false },
        reveal: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      },
      strict: true
    })
  } catch (error) {
    return usage(
      io,
      error instanceof Error
        ? (error.message.split('\n')[0] ?? '')
        : String(error)
    )
  }
  const options = parsed.values
  if (options.help) {
    io.stdout.write(EXPLAIN_HELP)
    return EXIT.ok
  }
  if (options.jsonl) {
    if (parsed.positionals.length > 1)
      return usage(io, '--jsonl takes at most one file')
    return runJsonl(parsed.positionals[0], options.reveal, io)
  }
  if (parsed.positionals.length > 0)
    return usage(io, `unexpected argument '${parsed.positionals[0] ?? ''}'`)

  const kind = options.kind
  if (kind !== 'connection' && kind !== 'variable')
    return usage(io, `--kind must be connection or variable, not '${kind}'`)
  const via = options.via
  if (via !== 'secretsmanager' && via !== 'env' && via !== 'direct')
    return usage(
      io,
      `--via must be secretsmanager, env or direct, not '${via}'`
    )
  const provider = parseProviderVersion(options['amazon-provider'])
  if (!provider)
    return usage(
      io,
      `--amazon-provider must be a provider version such as 9.0, 9.28 or 9.39, not '${options['amazon-provider']}'`
    )
  const component = options.component
  if (component !== undefined && component !== 'task' && component !== 'server')
    return usage(io, `--component must be task or server, not '${component}'`)
  let backendKwargs: PyValue
  try {
    backendKwargs = pyJsonLoads(options['backend-kwargs'])
  } catch (error) {
    return usage(
      io,
      `--backend-kwargs is not JSON: ${error instanceof Error ? error.message : ''}`
    )
  }
  let profiles: readonly Profile[]
  try {
    const release = options.airflow ?? options.profile
    profiles = (
      release === undefined ? PROFILES : resolveRelease(release).profiles
    ).filter((profile) => component === undefined || onSide(profile, component))
  } catch (error) {
    if (error instanceof ReleaseError)
      return usage(
        io,
        `${options.airflow === undefined ? '--profile' : '--airflow'}: ${error.message}`
      )
    throw error
  }

  let value: string
  try {
    value =
      options['value-file'] === undefined
        ? await readAll(io.stdin)
        : await readFile(options['value-file'], 'utf8')
  } catch (error) {
    return usage(
      io,
      `cannot read --value-file: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  // A value piped with echo ends in one newline that is not part of it.
  if (options['value-file'] === undefined) value = value.replace(/\r?\n$/, '')

  // Profiles that build the same thing are printed once, together.
  const groups = new Map<string, { profiles: Profile[]; lines: string[] }>()
  for (const profile of profiles) {
    const result = explain(
      {
        kind,
        value,
        id: options.id,
        backendKwargs,
        profile,
        via,
        deserializeJson: options['deserialize-json'],
        provider,
        teamName: options['team-name'] ?? null,
        multiTeam: options['multi-team']
      },
      { reveal: options.reveal }
    )
    const lines = [...result]
      .filter(([key, item]) => !(key === 'found' && item === true))
      .map(([key, item]) => `  ${key.padEnd(13)} ${describe(item)}\n`)
    const key = lines.join('')
    const group = groups.get(key)
    if (group) group.profiles.push(profile)
    else groups.set(key, { profiles: [profile], lines })
  }
  for (const group of groups.values()) {
    io.stdout.write(
      `${describeProfiles(group.profiles)} [${group.profiles.join(', ')}]\n`
    )
    for (const line of group.lines) io.stdout.write(line)
  }
  const lintContext = { kind, id: options.id } as const
  const notes = [
    ...lintValue(lintContext, value),
    ...(kind === 'connection' ? lintConnectionUri(lintContext, value) : [])
  ]
  if (notes.length > 0) io.stdout.write('Notes\n')
  for (const note of notes)
    io.stdout.write(
      `  ${note.severity}: ${note.message}${note.hint ? ` Fix: ${note.hint}` : ''}\n`
    )
  return EXIT.ok
}
