import { InputError } from '../core/errors.js'
import { HELP_WIDTH, wrapText } from './style.js'
import { didYouMean } from './suggest.js'

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
  /** Other long names accepted for the option (older spellings), not shown. */
  readonly aliases?: readonly string[]
  /** The command cannot run without it. */
  readonly required?: boolean
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

/** The `(see '... --help')` tail of a usage error. */
export const seeHelp = (command: string): string =>
  command === '' ? `(see '${BIN} --help')` : `(see '${BIN} ${command} --help')`

/**
 * Parses `args` against a command's options: `--name value`,
 * `--name=value`, `-x value`, `--flag`, and `--` to end options. Any
 * unknown or malformed option is a UsageError naming it. An older
 * spelling (an alias) still works, and `notice` gets one line saying
 * which name replaces it.
 */
export function parseCommandArgs<
  O extends Readonly<Record<string, OptionSpec>>
>(
  spec: CommandSpec & { readonly options: O },
  args: readonly string[],
  notice: (line: string) => void = () => undefined
): ParsedArgs<O> {
  const values: Record<string, string | boolean> = {}
  const positionals: string[] = []
  let help = false
  const byShort = new Map<string, string>()
  const byAlias = new Map<string, string>()
  for (const [name, option] of Object.entries(spec.options)) {
    if (option.short !== undefined) byShort.set(option.short, name)
    for (const alias of option.aliases ?? []) byAlias.set(alias, name)
  }
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
      const renamed = byAlias.get(name)
      if (renamed !== undefined) {
        notice(
          `${BIN} ${spec.name}: --${name} is deprecated; use --${renamed} (same meaning)\n`
        )
        name = renamed
      }
    } else if (arg.length === 2) name = byShort.get(arg.slice(1))
    const shown = inline === undefined ? arg : arg.slice(0, arg.indexOf('='))
    const option =
      name === undefined || !Object.hasOwn(spec.options, name)
        ? undefined
        : spec.options[name]
    if (name === undefined || option === undefined)
      return fail(
        `unknown option '${shown}' for '${spec.name}'${didYouMean(
          shown.replace(/^-+/, ''),
          [...Object.keys(spec.options), 'help'],
          '--'
        )}`
      )
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
    for (const [name, option] of Object.entries(spec.options))
      if (option.required === true && values[name] === undefined)
        return fail(`'${spec.name}' needs --${name}`)
  }
  return { values: values as ParsedValues<O>, positionals, help }
}

/**
 * Text fitted to `width` columns: runs of plain lines are re-flowed as one
 * paragraph; blank lines and indented lines (commands, lists) are kept, an
 * indented line too long wrapping under its own indent.
 */
function fitLines(text: string, width: number): string[] {
  const out: string[] = []
  let paragraph: string[] = []
  const flush = (): void => {
    if (paragraph.length > 0) out.push(...wrapText(paragraph.join(' '), width))
    paragraph = []
  }
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith(' ')) {
      flush()
      const indent = line.length - line.trimStart().length
      out.push(
        line.length <= width
          ? line
          : wrapText(line.trim(), width, indent + 2)
              .map(
                (part, index) => (index === 0 ? ' '.repeat(indent) : '') + part
              )
              .join('\n')
      )
    } else paragraph.push(line)
  }
  flush()
  return out
}

/**
 * Two-column help rows: names padded to one column (at most 30 wide; a
 * longer name gets a line of its own), descriptions word-wrapped to `width`
 * with a hanging indent at the description column.
 */
export function helpRows(
  rows: readonly (readonly [string, string])[],
  width: number = HELP_WIDTH
): string[] {
  const column = Math.min(
    Math.max(...rows.map(([left]) => left.length)) + 4,
    32
  )
  const out: string[] = []
  for (const [left, right] of rows) {
    const text = wrapText(right, width - column).map(
      (part) => ' '.repeat(column) + part
    )
    const name = `  ${left}`
    if (name.length + 2 <= column) {
      out.push(name.padEnd(column) + (text[0] ?? '').trimStart())
      out.push(...text.slice(1))
    } else out.push(name, ...text)
  }
  return out
}

/** An example command line, broken with ` \` continuations to fit. */
function exampleLines(example: string, width: number): string[] {
  if (example.length + 2 <= width) return [`  ${example}`]
  const words = example.split(' ')
  const out: string[] = []
  let line = '  '
  for (const word of words) {
    const next = line.trim() === '' ? `${line}${word}` : `${line} ${word}`
    if (next.length + 2 > width && line.trim() !== '') {
      out.push(`${line} \\`)
      line = `      ${word}`
    } else line = next
  }
  out.push(line)
  return out
}

/** The `--help` text of one command: usage, options, examples, fitted to `width`. */
export function formatCommandHelp(
  spec: CommandSpec,
  width: number = HELP_WIDTH
): string {
  const positionals = (spec.positionals ?? [])
    .map((p) => (p.optional === true ? `[${p.name}]` : `<${p.name}>`))
    .join(' ')
  const required = Object.entries(spec.options)
    .filter(([, option]) => option.required === true)
    .map(([name, option]) => `--${name} ${option.value ?? '<value>'}`)
  const usage = [
    `${BIN} ${spec.name}`,
    ...required,
    '[options]',
    ...(positionals ? [positionals] : [])
  ].join(' ')
  const lines = [
    ...wrapText(`Usage: ${usage}`, width, 7),
    '',
    ...fitLines(spec.summary, width)
  ]
  if (spec.description !== undefined)
    lines.push('', ...fitLines(spec.description, width))
  if (spec.positionals && spec.positionals.length > 0) {
    lines.push('', 'Arguments:')
    lines.push(
      ...helpRows(
        spec.positionals.map((p) => [p.name, p.description] as const),
        width
      )
    )
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
  lines.push(...helpRows(rows, width))
  if (spec.examples.length > 0) {
    lines.push('', 'Examples:')
    for (const example of spec.examples)
      lines.push(...exampleLines(example, width))
  }
  return lines.join('\n') + '\n'
}
