import type { CliIo } from './io.js'

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
export function useColor(io: CliIo): boolean {
  const noColor = io.env['NO_COLOR']
  return io.stdout.isTTY === true && (noColor === undefined || noColor === '')
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

/**
 * A plain-text table: a header row, a rule, then the rows, each column padded
 * to its widest cell. Cells may carry colour codes.
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  paint: Painter = painter(false)
): string {
  const widths = headers.map((header, column) =>
    Math.max(
      visibleWidth(header),
      ...rows.map((row) => visibleWidth(row[column] ?? ''))
    )
  )
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const pad = (widths[column] ?? 0) - visibleWidth(cell)
        return column === cells.length - 1 ? cell : cell + ' '.repeat(pad)
      })
      .join('  ')
      .trimEnd()
  return [
    paint.bold(line(headers)),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line)
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
