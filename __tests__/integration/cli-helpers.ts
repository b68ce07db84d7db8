import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { main } from '../../src/cli/main.js'

export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

const collect = (stream: PassThrough): (() => string) => {
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  return () => Buffer.concat(chunks).toString('utf8')
}

/** Runs the CLI in-process with its own streams, env and working folder. */
export async function runCli(
  argv: readonly string[],
  options: {
    cwd: string
    env?: Record<string, string>
    isTTY?: boolean
  }
): Promise<CliRun> {
  const stdout = Object.assign(new PassThrough(), {
    isTTY: options.isTTY ?? false
  })
  const stderr = new PassThrough()
  const out = collect(stdout)
  const err = collect(stderr)
  const code = await main(argv, {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env: options.env ?? { USER: 'tester' },
    cwd: options.cwd
  })
  stdout.end()
  stderr.end()
  await new Promise((resolve) => setImmediate(resolve))
  return { code, stdout: out(), stderr: err() }
}

/** A fresh temporary folder; remove it with `removeDir`. */
export async function tempDir(prefix = 'asg-cli-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

/** A copy of examples/astro-project in a temporary folder. */
export async function copyExampleProject(): Promise<string> {
  const dir = await tempDir('asg-example-')
  await cp(join(process.cwd(), 'examples', 'astro-project'), dir, {
    recursive: true
  })
  return dir
}
