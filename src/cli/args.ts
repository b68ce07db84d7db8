import { InputError } from '../core/errors.js'

/** The name of the command as users type it. */
export const BIN = 'astro-secrets-gate'

/** One `--option` of a command. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean'
  readonly short?: string
  /** Shown in help after the option name, e.g. `<dir>`. */
  readonly value?: string
  readonly description: string
  /** Accepted values of a string option. */
  readonly choices?: readonly string[]
}

export interface PositionalSpec {
  readonly name: string
  readonly description: string
  readonly optional?: boolean
}

/** Everything a command's argument parser and help text need. */
export interface CommandSpec {
  readonly name: string
  readonly summary: string
  readonly description?: string
  readonly options: Readonly<Record<string, OptionSpec>>
  readonly positionals?: readonly PositionalSpec[]
  readonly examples: readonly string[]
}

/** The parsed values: strings for string options, true for given flags. */
export type ParsedValues<O extends Readonly<Record<string, OptionSpec>>> = {
  -readonly [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string
}

export interface ParsedArgs<O extends Readonly<Record<string, OptionSpec>>> {
  readonly values: ParsedValues<O>
  readonly positionals: readonly string[]
  /** `--help`/`-h` was given: print help, do nothing else. */
  readonly help: boolean
}

/** A wrong command line: exits 2 with this one line. */
export class UsageError extends InputError {
  override name = 'UsageError'
  constructor(command: string, message: string) {
    super(command, message, 'usage')
  }
}

const seeHelp = (command: string): string =>
  command === '' ? `(see '${BIN} --help')` : `(see '${BIN} ${command} --help')`

/**
 * Parses `args` against a command's options: `--name value`,
 * `--name=value`, `-x value`, `--flag`, and `--` to end options. Any
 * unknown or malformed option is a UsageError naming it.
 */
export function parseCommandArgs<
  O extends Readonly<Record<string, OptionSpec>>
>(
  spec: CommandSpec & { readonly options: O },
  args: readonly string[]
): ParsedArgs<O> {
  const values: Record<string, string | boolean> = {}
  const positionals: string[] = []
  let help = false
  const byShort = new Map<string, string>()
  for (const [name, option] of Object.entries(spec.options))
    if (option.short !== undefined) byShort.set(option.short, name)
  const fail = (message: string): never => {
    throw new UsageError(spec.name, `${message} ${seeHelp(spec.name)}`)
  }

  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--') {
      positionals.push(...args.slice(i + 1))
      break
    }
    if (arg === '--help' || arg === '-h') {
      help = true
      continue
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg)
      continue
    }
    let name: string | undefined
    let inline: string | undefined
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
      if (eq !== -1) inline = arg.slice(eq + 1)
    } else if (arg.length === 2) name = byShort.get(arg.slice(1))
    const shown = inline === undefined ? arg : arg.slice(0, arg.indexOf('='))
    const option =
      name === undefined || !Object.hasOwn(spec.options, name)
        ? undefined
        : spec.options[name]
    if (name === undefined || option === undefined)
      return fail(`unknown option '${shown}' for '${spec.name}'`)
    if (option.type === 'boolean') {
      if (inline !== undefined) return fail(`option '--${name}' takes no value`)
      values[name] = true
      continue
    }
    let value = inline
    if (value === undefined) {
      const next = args[i + 1]
      if (next === undefined || (next.startsWith('-') && next !== '-'))
        return fail(`option '--${name}' needs a value`)
      value = next
      i++
    }
    if (option.choices && !option.choices.includes(value))
      return fail(
        `option '--${name}' must be one of ${option.choices.join(', ')}, not '${value}'`
      )
    values[name] = value
  }

  if (!help) {
    const allowed = spec.positionals ?? []
    if (positionals.length > allowed.length) {
      const extra = positionals[allowed.length] ?? ''
      return fail(`unexpected argument '${extra}' for '${spec.name}'`)
    }
    const required = allowed.filter((p) => p.optional !== true)
    if (positionals.length < required.length) {
      const missing = required[positionals.length]?.name ?? 'argument'
      return fail(`'${spec.name}' needs <${missing}>`)
    }
  }
  return { values: values as ParsedValues<O>, positionals, help }
}

/** The `--help` text of one command: usage, options, examples. */
export function formatCommandHelp(spec: CommandSpec): string {
  const positionals = (spec.positionals ?? [])
    .map((p) => (p.optional === true ? `[${p.name}]` : `<${p.name}>`))
    .join(' ')
  const lines = [
    `Usage: ${BIN} ${spec.name} [options]${positionals ? ` ${positionals}` : ''}`,
    '',
    spec.summary
  ]
  if (spec.description !== undefined) lines.push('', spec.description)
  if (spec.positionals && spec.positionals.length > 0) {
    lines.push('', 'Arguments:')
    for (const p of spec.positionals)
      lines.push(`  ${p.name.padEnd(26)}${p.description}`)
  }
  lines.push('', 'Options:')
  const rows: [string, string][] = Object.entries(spec.options).map(
    ([name, option]) => {
      const short = option.short === undefined ? '    ' : `-${option.short}, `
      const value =
        option.type === 'string' ? ` ${option.value ?? '<value>'}` : ''
      const choices = option.choices ? ` (${option.choices.join('|')})` : ''
      return [`${short}--${name}${value}`, `${option.description}${choices}`]
    }
  )
  rows.push(['-h, --help', 'Show this help'])
  const width = Math.max(...rows.map(([left]) => left.length)) + 2
  for (const [left, right] of rows)
    lines.push(`  ${left.padEnd(width)}${right}`)
  if (spec.examples.length > 0) {
    lines.push('', 'Examples:')
    for (const example of spec.examples) lines.push(`  ${example}`)
  }
  return lines.join('\n') + '\n'
}
