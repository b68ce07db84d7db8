/**
 * Terminal presentation for the CLI: colour switches, the width to fit,
 * word wrapping, tables that never outgrow the terminal, and JSON output.
 */
import type { CliIo } from './io.js'

/**
 * Colour on a terminal unless NO_COLOR is set (no-color.org) or TERM is
 * dumb. FORCE_COLOR, as in Node itself, overrides both ways: set to 0 or
 * false it turns colour off, set to anything else it turns colour on even
 * in a pipe.
 */
export function useColor(io: CliIo): boolean {
  const force = io.env['FORCE_COLOR']
  if (force !== undefined)
    return !['0', 'false'].includes(force.trim().toLowerCase())
  const noColor = io.env['NO_COLOR']
  if (noColor !== undefined && noColor !== '') return false
  if (io.env['TERM'] === 'dumb') return false
  return io.stdout.isTTY === true
}

/** Where a finding or error code is explained: its row in docs/errors.md. */
export function docsAnchor(code: string): string {
  return `docs/errors.md#${code}`
}

/** Help text never grows wider than this, whatever the terminal. */
export const HELP_WIDTH = 80

/**
 * The width output must fit: on a terminal its width; otherwise (a pipe or
 * a file) COLUMNS when set to a number, else 80. Never under 20.
 */
export function terminalWidth(io: CliIo): number {
  const columns = (io.stdout as { columns?: unknown }).columns
  if (io.stdout.isTTY === true && typeof columns === 'number' && columns > 0)
    return Math.max(columns, 20)
  const fromEnv = Number.parseInt(io.env['COLUMNS'] ?? '', 10)
  if (Number.isInteger(fromEnv) && fromEnv > 0) return Math.max(fromEnv, 20)
  return 80
}

/** Characters a long word (a path, an id, a code) may break after. */
const BREAK_AFTER = new Set(['/', '_', '-', '.', ':', ',', '=', '&', '?'])

/**
 * The first piece of a word too long for `room` columns: up to the last
 * character it may break after (a '/' of a path, a '_' of an id), else
 * exactly `room` characters.
 */
function wordPiece(chars: readonly string[], room: number): number {
  for (let end = room; end > room / 3; end--)
    if (BREAK_AFTER.has(chars[end - 1] ?? '')) return end
  return room
}

/**
 * Word-wraps plain `text` to `width` columns: the first line starts at
 * column 0, later lines with `indent` spaces (a hanging indent). A word
 * longer than a line breaks after a '/', '_', '-' or '.' where it can, so
 * paths and ids stay readable; nothing is cut off.
 */
export function wrapText(text: string, width: number, indent = 0): string[] {
  const lines: string[] = []
  let line = ''
  let lineIndent = 0
  const room = (): number => Math.max(width - lineIndent, 1)
  const flush = (): void => {
    lines.push(' '.repeat(lineIndent) + line)
    line = ''
    lineIndent = indent
  }
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let rest = Array.from(word)
    while (rest.length > 0) {
      const used = Array.from(line).length
      const gap = used > 0 ? 1 : 0
      const free = room() - used - gap
      if (used + gap + rest.length <= room()) {
        line += (gap > 0 ? ' ' : '') + rest.join('')
        rest = []
      } else if (used > 0 && rest.length > width - indent && free >= 10) {
        // Too long even for a line of its own: start it here.
        const end = wordPiece(rest, free)
        line += ' ' + rest.slice(0, end).join('')
        rest = rest.slice(end)
        flush()
      } else if (used > 0) flush()
      else {
        const end = wordPiece(rest, room())
        line = rest.slice(0, end).join('')
        rest = rest.slice(end)
        flush()
      }
    }
  }
  if (line !== '' || lines.length === 0) flush()
  return lines
}

export interface Painter {
  readonly bold: (text: string) => string
  readonly dim: (text: string) => string
  readonly red: (text: string) => string
  readonly yellow: (text: string) => string
  readonly green: (text: string) => string
  readonly cyan: (text: string) => string
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`

const plain = (text: string): string => text

/** ANSI styles when colour is on, identity functions otherwise. */
export function painter(color: boolean): Painter {
  if (!color)
    return {
      bold: plain,
      dim: plain,
      red: plain,
      yellow: plain,
      green: plain,
      cyan: plain
    }
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39)
  }
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g

/** The width a string takes on a terminal, ignoring colour codes. */
export function visibleWidth(text: string): number {
  return Array.from(text.replace(ANSI, '')).length
}

const strip = (text: string): string => text.replace(ANSI, '')

/**
 * Shrinks the widest columns until the row fits `maxWidth`: first no
 * column below its `floors` width (or its natural width, when narrower),
 * then, if the terminal is narrower still, down to 3 columns each, and
 * at last to 1.
 */
function fitWidths(
  natural: readonly number[],
  maxWidth: number,
  floors: readonly number[]
): number[] {
  const widths = [...natural]
  const gaps = 2 * (widths.length - 1)
  const shrink = (floor: (column: number) => number): boolean => {
    for (;;) {
      const total = widths.reduce((sum, width) => sum + width, 0) + gaps
      if (total <= maxWidth) return true
      let widest = -1
      for (const [column, width] of widths.entries())
        if (
          width > floor(column) &&
          (widest === -1 || width > (widths[widest] ?? 0))
        )
          widest = column
      if (widest === -1) return false
      widths[widest] = (widths[widest] ?? 1) - 1
    }
  }
  const least = (column: number, floor: number): number =>
    Math.min(natural[column] ?? 0, floor)
  if (!shrink((column) => least(column, floors[column] ?? 6)))
    if (!shrink((column) => least(column, 3))) shrink(() => 1)
  return widths
}

/** The width of a cell: its widest line. */
const cellWidth = (cell: string): number =>
  Math.max(...cell.split('\n').map(visibleWidth))

/**
 * A cell as lines of at most `width` columns: its own lines (a cell may
 * hold several, split by '\n'), each wrapped; colour kept where it fits.
 */
function cellLines(cell: string, width: number): string[] {
  return cell
    .split('\n')
    .flatMap((line) =>
      visibleWidth(line) <= width ? [line] : wrapText(strip(line), width, 0)
    )
}

/** How `renderTable` fits a terminal. */
export interface TableFit {
  /** No line is wider (default: no limit). */
  readonly maxWidth?: number
  /**
   * Per column, the width it keeps while others can still shrink (default
   * 6): give identifying columns (ids) more so they wrap less.
   */
  readonly minWidths?: readonly number[]
}

/**
 * A plain-text table: a header row, a rule, then the rows, each column padded
 * to its widest cell. Cells may carry colour codes and hold several lines
 * (split by '\n'). Given a `maxWidth` (the
 * terminal's width), the widest columns shrink until every line fits and
 * their cells wrap onto continuation lines (long words break after '/', '_',
 * '-', '.'); no line is ever wider, and nothing is cut off.
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  paint: Painter = painter(false),
  fit: number | TableFit = {}
): string {
  const { maxWidth = Infinity, minWidths = [] } =
    typeof fit === 'number' ? { maxWidth: fit } : fit
  const natural = headers.map((header, column) =>
    Math.max(
      cellWidth(header),
      ...rows.map((row) => cellWidth(row[column] ?? ''))
    )
  )
  const widths = fitWidths(natural, maxWidth, minWidths)
  const line = (cells: readonly string[]): string[] => {
    const wrapped = cells.map((cell, column) =>
      cellLines(cell, widths[column] ?? 1)
    )
    const height = Math.max(1, ...wrapped.map((lines) => lines.length))
    return Array.from({ length: height }, (_, index) =>
      wrapped
        .map((lines, column) => {
          const cell = lines[index] ?? ''
          const pad = (widths[column] ?? 0) - visibleWidth(cell)
          return column === cells.length - 1
            ? cell
            : cell + ' '.repeat(Math.max(pad, 0))
        })
        .join('  ')
        .trimEnd()
    )
  }
  return [
    ...line(headers).map((text) => paint.bold(text)),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.flatMap(line)
  ]
    .map((text) => text + '\n')
    .join('')
}

/** JSON as `--json` prints it: two-space indent, bigints as numbers. */
export function toJson(value: unknown): string {
  return (
    JSON.stringify(
      value,
      (_key, item: unknown) => {
        if (typeof item === 'bigint') return Number(item)
        if (item instanceof Set) return [...(item as Set<unknown>)]
        if (item instanceof Map)
          return Object.fromEntries(item as Map<string, unknown>)
        return item
      },
      2
    ) + '\n'
  )
}

/** Writes `--json` output to stdout. */
export function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(toJson(value))
}
