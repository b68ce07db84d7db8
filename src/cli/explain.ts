/**
 * `astro-secrets-gate explain`: what each Airflow release builds from one
 * connection or variable value, masked unless --reveal; --jsonl for batches.
 */
import { readTextBounded } from '../adapters/fs/files.js'
import { createRegexEngine } from '../adapters/regex/worker-engine.js'
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
import type { RegexEngine } from '../core/airflow/python/regex.js'
import type { PyDict, PyValue } from '../core/airflow/python/value.js'
import { errorMessage } from '../core/errors.js'
import {
  BIN,
  formatCommandHelp,
  parseCommandArgs,
  seeHelp,
  UsageError
} from './args.js'
import type { CommandSpec } from './args.js'
import { type CliIo, type Command, EXIT } from './io.js'
import {
  docsAnchor,
  painter,
  terminalWidth,
  useColor,
  wrapText
} from './style.js'

export const explainSpec = {
  name: 'explain',
  summary: 'Show how Airflow parses one connection or variable value',
  description: [
    'Reads one value from stdin (on a terminal it asks for it) or from',
    '--value-file and shows what each Airflow release builds from it;',
    'releases that agree are shown together. Passwords, sensitive extras',
    'and fields that may hold a piece of a misencoded password print as ***',
    'unless --reveal is given. Exit codes: 0 parsed, 1 every release fails',
    'to parse the value or a check finds an error, 2 usage error.'
  ].join('\n'),
  options: {
    kind: {
      type: 'string',
      value: '<kind>',
      description: 'What the value is (default: connection)',
      choices: ['connection', 'variable']
    },
    id: {
      type: 'string',
      value: '<id>',
      description: 'conn_id or variable key (default: test_id)'
    },
    airflow: {
      type: 'string',
      value: '<release>',
      description:
        'Only this release: 3.1.6, 3.1 (every patch), 2 or 3 (the newest line), or a release profile such as af3_1_5_task (default: every release)',
      aliases: ['profile']
    },
    component: {
      type: 'string',
      value: '<side>',
      description: 'Only tasks or only the server (default: both)',
      choices: ['task', 'server']
    },
    'backend-kwargs': {
      type: 'string',
      value: '<json>',
      description: 'SecretsManagerBackend kwargs (default: {})'
    },
    via: {
      type: 'string',
      value: '<path>',
      description:
        'Through the Secrets Manager backend (default), as an environment variable or other backend hands it over, or straight into Connection(uri=...)/from_json',
      choices: ['secretsmanager', 'env', 'direct']
    },
    'deserialize-json': {
      type: 'boolean',
      description: 'For a variable: also parse it as JSON'
    },
    'amazon-provider': {
      type: 'string',
      value: '<version>',
      description:
        'Amazon provider version, e.g. 9.0, 9.28, 9.39 (default: the newest)'
    },
    'team-name': {
      type: 'string',
      value: '<team>',
      description: 'The team Airflow 3.2+ passes (multi-team)'
    },
    'multi-team': {
      type: 'boolean',
      description: '[core] multi_team = True'
    },
    'value-file': {
      type: 'string',
      value: '<file>',
      description: 'Read the value from this file instead of stdin'
    },
    jsonl: {
      type: 'boolean',
      description:
        'Read one JSON object per line (from [file], else stdin) and print one JSON result per line (line format: docs/airflow-parsing.md)'
    },
    reveal: {
      type: 'boolean',
      description: 'Show passwords, sensitive extras and every field in full'
    }
  },
  positionals: [
    {
      name: 'file',
      description: 'With --jsonl: the JSON Lines file (default: stdin)',
      optional: true
    }
  ],
  examples: [
    `echo 'postgresql://user:p%40ss@db:5432/analytics' | ${BIN} explain`,
    `${BIN} explain --airflow 2 --value-file conn.txt`,
    `${BIN} explain --kind variable --deserialize-json --value-file v.json`,
    `${BIN} explain --jsonl cases.jsonl --reveal`
  ]
} as const satisfies CommandSpec

/** One value: Secrets Manager holds at most 64 KiB; far more is a mistake. */
const MAX_VALUE_BYTES = 4 * 1024 * 1024
/** A --jsonl batch. */
const MAX_JSONL_BYTES = 64 * 1024 * 1024

const mib = (bytes: number): string => `${bytes / 1048576} MiB`

/** The stream's text, or a usage error once it passes `maxBytes`. */
async function readAll(
  stream: NodeJS.ReadableStream,
  maxBytes: number,
  what: string
): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += buffer.length
    if (size > maxBytes) return usage(`${what} is over ${mib(maxBytes)}`)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The budgeted regex engine, shared by every release and every line: a
 * pattern that ran out of budget once is not run again (each release and
 * each line compiles the kwargs anew), so the command's total time stays
 * bounded by one budget per pattern.
 */
function stickyRegexEngine(): { engine: RegexEngine; close(): void } {
  const regex = createRegexEngine()
  const exhausted = new Set<string>()
  return {
    engine: (pattern, subject) => {
      const key = `${pattern.flags}/${pattern.source}`
      if (exhausted.has(key)) return null
      const answer = regex.engine(pattern, subject)
      if (answer === null) exhausted.add(key)
      return answer
    },
    close: () => {
      regex.close()
    }
  }
}

/** A file's text, or a usage error naming it (missing, unreadable, too big). */
async function readInputFile(
  path: string,
  maxBytes: number,
  option: string
): Promise<string> {
  let read
  try {
    read = await readTextBounded(path, maxBytes)
  } catch (error) {
    return usage(`cannot read ${option}: ${errorMessage(error)}`)
  }
  if (read.text === null)
    return usage(`${option} ${path} is over ${mib(maxBytes)}`)
  return read.text
}

const usage = (message: string): never => {
  throw new UsageError('explain', `${message} ${seeHelp('explain')}`)
}

async function runJsonl(
  source: string | undefined,
  reveal: boolean,
  io: CliIo
): Promise<number> {
  const text =
    source === undefined || source === '-'
      ? await readAll(io.stdin, MAX_JSONL_BYTES, 'stdin')
      : await readInputFile(source, MAX_JSONL_BYTES, 'the --jsonl file')
  const regex = stickyRegexEngine()
  try {
    return jsonlLines(text, reveal, io, regex.engine)
  } finally {
    regex.close()
  }
}

function jsonlLines(
  text: string,
  reveal: boolean,
  io: CliIo,
  regexEngine: RegexEngine
): number {
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
    io.stdout.write(
      `${formatExplainLine(explain(input, { reveal, regexEngine }))}\n`
    )
  }
  return bad > 0 ? EXIT.usage : EXIT.ok
}

function describe(value: PyValue): string {
  if (value === null) return '(none)'
  if (typeof value === 'string') return value === '' ? "''" : value
  return formatExplainLine(new Map([['v', value]])).slice(5, -1)
}

/**
 * A value's text in lines of at most `width` characters, cut anywhere and
 * split at its own newlines: every character is kept, none is reflowed.
 */
function cutLines(text: string, width: number): string[] {
  return text.split('\n').flatMap((line) => {
    const chars = Array.from(line)
    if (chars.length <= width) return [line]
    const parts: string[] = []
    for (let at = 0; at < chars.length; at += width)
      parts.push(chars.slice(at, at + width).join(''))
    return parts
  })
}

/**
 * Lint codes meaning the value's credentials spilled into other fields (an
 * unencoded '/' in a password makes the rest of it the schema; a missing
 * '@' makes the secret key the port): those fields then hold pieces of a
 * secret, so they are masked like the password.
 */
const SPILLED = new Set(['uri-unencoded-reserved', 'aws-uri-missing-at'])

/** Fields built from the value's text, beyond the masked password. */
const VALUE_FIELDS = new Set([
  'host',
  'login',
  'schema',
  'port',
  'extra',
  'extra_dejson',
  'uri',
  'message'
])

const SPILL_MASK = '*** (may hold part of the password; --reveal shows it)'

/** A release's outcome: parsed, failed to parse, or not looked up. */
type Outcome = 'parsed' | 'failed' | 'not found'

function outcome(result: PyDict): Outcome {
  if (result.get('found') === false) return 'not found'
  if (result.has('error') || result.has('json_error')) return 'failed'
  return 'parsed'
}

/** Reads the value: stdin (with a prompt on a terminal) or --value-file. */
async function readValue(
  file: string | undefined,
  kind: string,
  io: CliIo
): Promise<string> {
  if (file !== undefined)
    return readInputFile(file, MAX_VALUE_BYTES, '--value-file')
  if ((io.stdin as { isTTY?: boolean }).isTTY === true)
    io.stderr.write(`Paste the ${kind} value, then press Enter and Ctrl-D:\n`)
  // A value piped with echo ends in one newline that is not part of it.
  return (
    await readAll(io.stdin, MAX_VALUE_BYTES, 'the value on stdin')
  ).replace(/\r?\n$/, '')
}

/** `astro-secrets-gate explain`. */
export const explainCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs(explainSpec, args, (line) =>
    io.stderr.write(line)
  )
  if (parsed.help) {
    io.stdout.write(formatCommandHelp(explainSpec))
    return EXIT.ok
  }
  const options = parsed.values
  const reveal = options.reveal === true
  if (options.jsonl === true) return runJsonl(parsed.positionals[0], reveal, io)
  if (parsed.positionals.length > 0)
    return usage(
      `unexpected argument '${parsed.positionals[0] ?? ''}' (a file is read with --value-file, or with --jsonl)`
    )

  const kind = options.kind ?? 'connection'
  if (kind !== 'connection' && kind !== 'variable')
    return usage(`--kind must be connection or variable, not '${kind}'`)
  const via = options.via ?? 'secretsmanager'
  if (via !== 'secretsmanager' && via !== 'env' && via !== 'direct')
    return usage(`--via must be secretsmanager, env or direct, not '${via}'`)
  const providerText = options['amazon-provider'] ?? '9'
  const provider = parseProviderVersion(providerText)
  if (!provider)
    return usage(
      `--amazon-provider must be a provider version such as 9.0, 9.28 or 9.39, not '${providerText}'`
    )
  const component = options.component
  if (component !== undefined && component !== 'task' && component !== 'server')
    return usage(`--component must be task or server, not '${component}'`)
  const id = options.id ?? 'test_id'
  let backendKwargs: PyValue
  try {
    backendKwargs = pyJsonLoads(options['backend-kwargs'] ?? '{}')
  } catch (error) {
    return usage(
      `--backend-kwargs is not JSON: ${error instanceof Error ? error.message : ''}`
    )
  }
  let profiles: readonly Profile[]
  try {
    profiles = (
      options.airflow === undefined
        ? PROFILES
        : resolveRelease(options.airflow).profiles
    ).filter((profile) => component === undefined || onSide(profile, component))
  } catch (error) {
    if (error instanceof ReleaseError)
      return usage(`--airflow: ${error.message}`)
    throw error
  }

  const value = await readValue(options['value-file'], kind, io)
  if (value === '')
    return usage(
      options['value-file'] === undefined
        ? `no value on stdin: pipe one in (echo '<value>' | ${BIN} explain) or pass --value-file`
        : `--value-file ${options['value-file']} is empty`
    )

  const lintContext = { kind, id } as const
  const notes = [
    ...lintValue(lintContext, value),
    ...(kind === 'connection' ? lintConnectionUri(lintContext, value) : [])
  ]
  const spilled = !reveal && notes.some((note) => SPILLED.has(note.code))
  const paint = painter(useColor(io))
  const width = terminalWidth(io)

  // Releases whose results are identical are shown as one group. Lookup
  // patterns that could backtrack catastrophically run off the main thread,
  // within a budget.
  const regex = stickyRegexEngine()
  const groups = new Map<string, { profiles: Profile[]; result: PyDict }>()
  try {
    for (const profile of profiles) {
      const result = explain(
        {
          kind,
          value,
          id,
          backendKwargs,
          profile,
          via,
          deserializeJson: options['deserialize-json'] === true,
          provider,
          teamName: options['team-name'] ?? null,
          multiTeam: options['multi-team'] === true
        },
        { reveal, regexEngine: regex.engine }
      )
      if (spilled)
        for (const key of result.keys())
          if (VALUE_FIELDS.has(key) && result.get(key) !== null)
            result.set(key, SPILL_MASK)
      const key = formatExplainLine(result)
      const group = groups.get(key)
      if (group) group.profiles.push(profile)
      else groups.set(key, { profiles: [profile], result })
    }
  } finally {
    regex.close()
  }

  const outcomes: Outcome[] = []
  for (const { profiles: members, result } of groups.values()) {
    const state = outcome(result)
    outcomes.push(state)
    const colour =
      state === 'parsed'
        ? paint.green
        : state === 'failed'
          ? paint.red
          : paint.yellow
    const labels = describeProfiles(members)
    for (const line of wrapText(labels, width, 2))
      io.stdout.write(`${paint.bold(line)}\n`)
    const status = wrapText(`${state} [${members.join(', ')}]`, width - 2, 2)
    for (const [index, line] of status.entries())
      io.stdout.write(
        `  ${index === 0 ? line.replace(state, colour(state)) : line}\n`
      )
    for (const [key, item] of result) {
      if (key === 'found') continue
      const red = key === 'error' || key === 'message' || key === 'json_error'
      // Messages wrap at words; values are cut anywhere, keeping every
      // character.
      const parts = (red ? wrapText : cutLines)(
        describe(item),
        Math.max(width - 16, 20)
      )
      for (const [index, part] of parts.entries())
        io.stdout.write(
          `${`  ${(index === 0 ? key : '').padEnd(13)} ${red ? paint.red(part) : part}`.trimEnd()}\n`
        )
    }
  }
  if (notes.length > 0) io.stdout.write(`${paint.bold('Notes')}\n`)
  for (const note of notes) {
    const level =
      note.severity === 'error'
        ? paint.red(note.severity)
        : paint.yellow(note.severity)
    const text = `${note.severity} ${note.code}: ${note.message}${note.hint ? ` Fix: ${note.hint}` : ''} (${docsAnchor(note.code)})`
    const [first = '', ...rest] = wrapText(text, width - 2, 2)
    io.stdout.write(`  ${first.replace(note.severity, level)}\n`)
    for (const line of rest) io.stdout.write(`  ${line}\n`)
  }
  const allFailed = outcomes.every((state) => state === 'failed')
  const lintError = notes.some((note) => note.severity === 'error')
  return allFailed || lintError ? EXIT.findings : EXIT.ok
}
