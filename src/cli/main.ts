/** The astro-secrets-gate command: dispatches to one subcommand. */
export async function main(argv: readonly string[]): Promise<number> {
  await Promise.resolve()
  process.stdout.write(`astro-secrets-gate ${argv.join(' ')}\n`)
  return 0
}
