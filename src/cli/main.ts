import { errorMessage, InputError } from '../core/errors.js'
import { BIN, helpRows, UsageError } from './args.js'
import { COMMANDS } from './commands.js'
import type { CliIo } from './io.js'
import { EXIT } from './io.js'
import { VERSION } from '../version.js'
import { didYouMean } from './suggest.js'

/** The real process's streams, environment and working directory. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd()
  }
}

/** The top-level `--help` text. */
export function globalHelp(): string {
  return [
    `Usage: ${BIN} <command> [options]`,
    '',
    'Check the Airflow connections and variables an Astro project reads from',
    'AWS Secrets Manager, parsed exactly as Airflow parses them.',
    '',
    'Commands:',
    ...helpRows(COMMANDS.map((c) => [c.name, c.summary] as const)),
    '',
    'Global options:',
    ...helpRows([
      ['-h, --help', 'Show help (also after a command)'],
      ['--version', 'Print the version'],
      ['--debug', 'Show stack traces for unexpected errors']
    ]),
    '',
    'Examples:',
    `  ${BIN} check --source local`,
    `  ${BIN} discover dags/ --write`,
    `  ${BIN} init-local --profile dev --region us-east-1`,
    '',
    `Run '${BIN} <command> --help' for a command's options and examples.`,
    ''
  ].join('\n')
}

/**
 * The astro-secrets-gate command: dispatches to one subcommand and returns
 * the exit code (0 clean, 1 findings, 2 usage or configuration error).
 * Errors are one line; `--debug` adds the stack.
 */
export async function main(
  argv: readonly string[],
  io: CliIo = processIo()
): Promise<number> {
  const end = argv.indexOf('--')
  const head = end === -1 ? argv : argv.slice(0, end)
  const debug = head.includes('--debug')
  const args = debug
    ? [...head.filter((a) => a !== '--debug'), ...argv.slice(head.length)]
    : [...argv]
  const [name, ...rest] = args

  if (name === undefined) {
    io.stderr.write(globalHelp())
    return EXIT.usage
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(globalHelp())
    return EXIT.ok
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`${VERSION}\n`)
    return EXIT.ok
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    const option = name.startsWith('-')
    const hint = option
      ? didYouMean(name.replace(/^-+/, ''), ['help', 'version', 'debug'], '--')
      : didYouMean(
          name,
          COMMANDS.map((c) => c.name)
        )
    io.stderr.write(
      `${BIN}: unknown ${option ? 'option' : 'command'} '${name}'${hint} (see '${BIN} --help')\n`
    )
    return EXIT.usage
  }

  try {
    return await command.run(rest, io)
  } catch (error) {
    const prefix =
      error instanceof UsageError || error instanceof InputError
        ? `${BIN} ${command.name}`
        : `${BIN} ${command.name}: error`
    // Errors from another realm (vm contexts) fail `instanceof Error`.
    const { message, stack } = (error ?? {}) as {
      message?: unknown
      stack?: unknown
    }
    io.stderr.write(
      `${prefix}: ${errorMessage(typeof message === 'string' ? message : error)}\n`
    )
    if (debug && typeof stack === 'string') io.stderr.write(`${stack}\n`)
    return EXIT.usage
  }
}
