/**
 * Runs the bundled action (dist/index.js) the way the runner does: INPUT_*
 * variables, GITHUB_* files in a temp folder, a workspace with the manifest,
 * and the fake OIDC/STS/Secrets Manager server for AWS.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { FakeAws } from './fake-aws.js'
import { runNode, unprivileged } from './run-node.js'

export const DIST = resolve('dist/index.js')

export interface ActionRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly githubEnv: string
  readonly summary: string
  readonly report: string | null
  readonly envFile: string | null
  readonly envFileMode: number | null
  readonly dir: string
  /** Every text the run produced, for leak checks. */
  readonly everything: string
}

/** Reads a GITHUB_OUTPUT/GITHUB_ENV file written with heredoc delimiters. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^=<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++)
      value.push(lines[i] ?? '')
    if (name !== undefined) out[name] = value.join('\n')
  }
  return out
}

export interface RunActionOptions {
  readonly inputs: Readonly<Record<string, string>>
  readonly manifest?: string
  readonly manifestName?: string
  /** More files for the workspace, by path relative to it. */
  readonly files?: Readonly<Record<string, string>>
  readonly aws?: FakeAws
  readonly node?: string
  readonly env?: Readonly<Record<string, string>>
  readonly keep?: boolean
  /** Runs on the workspace once its files are written. */
  readonly prepare?: (workspace: string) => Promise<void>
  /** Run as an unprivileged user (see run-node's `unprivileged`). */
  readonly unprivileged?: boolean
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'asg-action-'))
  const workspace = join(dir, 'workspace')
  const temp = join(dir, 'runner-temp')
  await Promise.all([
    import('node:fs/promises').then((fs) => fs.mkdir(workspace)),
    import('node:fs/promises').then((fs) => fs.mkdir(temp))
  ])
  if (options.manifest !== undefined)
    await writeFile(
      join(workspace, options.manifestName ?? 'airflow-secrets.yml'),
      options.manifest
    )
  for (const [path, text] of Object.entries(options.files ?? {})) {
    const full = join(workspace, path)
    await import('node:fs/promises').then((fs) =>
      fs.mkdir(join(full, '..'), { recursive: true })
    )
    await writeFile(full, text)
  }
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state')
  }
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')))
  if (options.unprivileged) {
    // The child may not be the owner: let it read and write everything here.
    const { chmod } = await import('node:fs/promises')
    await chmod(dir, 0o755)
    for (const folder of [workspace, temp]) await chmod(folder, 0o777)
    for (const file of Object.values(files)) await chmod(file, 0o666)
  }
  await options.prepare?.(workspace)
  const inputEnv = Object.fromEntries(
    Object.entries(options.inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value
    ])
  )
  const result = await runNode(DIST, {
    cwd: workspace,
    ...(options.node ? { node: options.node } : {}),
    ...(options.unprivileged ? unprivileged() : {}),
    env: {
      ...files,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: temp,
      GITHUB_REPOSITORY: 'acme/dags',
      GITHUB_RUN_ID: '1234',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: 'push',
      ...(options.aws ? options.aws.env() : {}),
      ...inputEnv,
      ...(options.env ?? {})
    }
  })
  const read = async (path: string): Promise<string | null> =>
    readFile(path, 'utf8').catch(() => null)
  const outputsText = (await read(files.GITHUB_OUTPUT)) ?? ''
  const outputs = parseCommandFile(outputsText)
  const githubEnv = (await read(files.GITHUB_ENV)) ?? ''
  const summary = (await read(files.GITHUB_STEP_SUMMARY)) ?? ''
  const report = outputs.report ? await read(outputs.report) : null
  const envPath = outputs['env-file'] || null
  const envFile = envPath ? await read(envPath) : null
  const envFileMode = envPath
    ? ((await stat(envPath).catch(() => null))?.mode ?? null)
    : null
  if (!options.keep) await rm(dir, { recursive: true, force: true })
  return {
    code: result.code,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs,
    githubEnv,
    summary,
    report,
    envFile,
    envFileMode: envFileMode === null ? null : envFileMode & 0o777,
    dir,
    everything: [
      result.stdout,
      result.stderr,
      outputsText,
      githubEnv,
      summary,
      report ?? '',
      envFile ?? ''
    ].join('\n')
  }
}

/** Lines of the log that are workflow commands of a kind (`error`, `warning`, ...). */
export function commands(stdout: string, kind: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith(`::${kind}`))
}
