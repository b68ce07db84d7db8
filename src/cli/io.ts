/** What a CLI command may touch, so tests can run commands in-process too. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean }
  readonly stderr: NodeJS.WritableStream
  readonly stdin: NodeJS.ReadableStream
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
}

/** A subcommand: parses its own arguments, returns the exit code. */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const
