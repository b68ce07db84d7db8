import { realpath, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { readTextBounded, writeFileAtomic } from '../adapters/fs/files.js'
import { DEFAULT_MANIFEST } from '../check/manifest-file.js'
import { REGION_PATTERN } from '../core/aws/inputs.js'
import { InputError } from '../core/errors.js'
import { readBackendDefaults } from '../core/gate/manifest-edit.js'
import {
  changedLinesDiff,
  CONTAINER_AWS_DIR,
  envEntries,
  hostAwsDir,
  mergeComposeOverride,
  mergeEnvFile
} from '../core/local/init-local.js'
import { detectAirflowRelease } from '../core/local/airflow-release.js'
import type {
  AirflowMajor,
  HostOs,
  InitLocalOptions,
  MergeResult
} from '../core/local/init-local.js'
import { BIN, formatCommandHelp, parseCommandArgs } from './args.js'
import type { CommandSpec } from './args.js'
import type { Command } from './io.js'
import { EXIT } from './io.js'
import { painter, useColor } from './style.js'

export const COMPOSE_FILE = 'docker-compose.override.yml'
export const ENV_FILE = '.env'

export const initLocalSpec = {
  name: 'init-local',
  summary:
    'Mount ~/.aws into local Astro containers and point Airflow at Secrets Manager',
  description: [
    `Writes ${COMPOSE_FILE} (mounts your .aws folder at ${CONTAINER_AWS_DIR}`,
    'in every Airflow container) and the .env lines AWS_CONFIG_FILE,',
    'AWS_SHARED_CREDENTIALS_FILE, AWS_PROFILE, AWS_DEFAULT_REGION,',
    'AIRFLOW__SECRETS__BACKEND and AIRFLOW__SECRETS__BACKEND_KWARGS. Existing',
    'files are merged: other lines, keys and comments are kept, and a',
    'different existing value is only replaced with --force. Running it again',
    'changes nothing.'
  ].join('\n'),
  options: {
    airflow: {
      type: 'string',
      value: '<version>',
      description:
        'Airflow major version (default: from the Dockerfile’s FROM image, else the manifest’s, else 3)',
      choices: ['2', '3']
    },
    os: {
      type: 'string',
      value: '<os>',
      description: 'Host OS, for the .aws path (default: this machine)',
      choices: ['linux', 'macos', 'windows']
    },
    'aws-dir': {
      type: 'string',
      value: '<path>',
      description:
        'Host path of your .aws folder (default: the folder of AWS_CONFIG_FILE or AWS_SHARED_CREDENTIALS_FILE, else .aws in your home folder)'
    },
    user: {
      type: 'string',
      value: '<name>',
      description:
        'Write the .aws path of this user on --os instead of yours (for another machine)'
    },
    rw: {
      type: 'boolean',
      description: 'Mount read-write, so AWS SSO can refresh its token cache'
    },
    profile: {
      type: 'string',
      value: '<name>',
      description: 'AWS profile for Airflow to use (writes AWS_PROFILE)'
    },
    region: {
      type: 'string',
      value: '<region>',
      description: 'AWS region of the secrets (region_name, AWS_DEFAULT_REGION)'
    },
    'connections-prefix': {
      type: 'string',
      value: '<prefix>',
      description:
        'Secrets Manager prefix of connections (default: airflow/connections)'
    },
    'variables-prefix': {
      type: 'string',
      value: '<prefix>',
      description:
        'Secrets Manager prefix of variables (default: airflow/variables)'
    },
    manifest: {
      type: 'string',
      short: 'm',
      value: '<file>',
      description:
        'Manifest whose airflow version, prefixes and region are the defaults (default: airflow-secrets.yml, if present)'
    },
    project: {
      type: 'string',
      value: '<dir>',
      description: 'Astro project folder (default: the current folder)',
      aliases: ['project-dir']
    },
    force: {
      type: 'boolean',
      description: 'Replace existing values that differ from ours'
    },
    'dry-run': {
      type: 'boolean',
      description: 'Print the changes as a diff; write nothing'
    }
  },
  examples: [
    `${BIN} init-local --region us-east-1`,
    `${BIN} init-local --profile dev-sso --region eu-west-1 --rw`,
    `${BIN} init-local --airflow 2 --os windows --user jdoe --dry-run`,
    `${BIN} init-local --aws-dir /opt/aws --dry-run`,
    `${BIN} init-local --manifest airflow-secrets.yml --force`
  ]
} as const satisfies CommandSpec

const platformOs = (): HostOs =>
  process.platform === 'darwin'
    ? 'macos'
    : process.platform === 'win32'
      ? 'windows'
      : 'linux'

/** The Airflow major to set up, and the sentence saying where it came from. */
export interface AirflowChoice {
  readonly major: AirflowMajor
  readonly reason: string
}

/**
 * The project's Airflow major: --airflow, else the Dockerfile's FROM image
 * (Astro Runtime or apache/airflow), else the manifest's `airflow`, else 3.
 */
export function chooseAirflow(
  flag: string | undefined,
  dockerfile: string | undefined,
  manifest: { readonly name: string; readonly major?: string }
): AirflowChoice {
  if (flag !== undefined)
    return {
      major: flag as AirflowMajor,
      reason: `Airflow ${flag} (from --airflow)`
    }
  // The same detection as `check` and the action (Dockerfile FROM, ARGs,
  // Runtime tag → Airflow release).
  const detected =
    dockerfile === undefined
      ? null
      : detectAirflowRelease(dockerfile, null).airflow
  if (detected)
    return {
      major: detected.version.startsWith('2') ? '2' : '3',
      reason: `Airflow ${detected.version} (from ${detected.source})`
    }
  if (manifest.major === '2' || manifest.major === '3')
    return {
      major: manifest.major,
      reason: `Airflow ${manifest.major} (from ${manifest.name})`
    }
  const why =
    dockerfile === undefined
      ? 'no Dockerfile'
      : 'the Dockerfile names no Astro Runtime or apache/airflow image'
  return {
    major: '3',
    reason: `Airflow 3 (assumed: ${why}; pass --airflow 2 for an Airflow 2 project)`
  }
}

/** The host's .aws folder, the file names in it, and where they came from. */
export interface AwsFolderChoice {
  readonly dir: string
  readonly source: string
  readonly configFile?: string
  readonly credentialsFile?: string
}

/** `~/x` → `<home>/x`, as the AWS CLI and SDKs read these variables. */
const expandHome = (path: string, home: string): string =>
  path === '~' || path.startsWith('~/') || path.startsWith('~\\')
    ? `${home}${path.slice(1)}`
    : path

/**
 * The .aws folder to mount: --aws-dir; else --user's folder on --os; else
 * the folder of AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE (with their
 * file names); else `.aws` in the home folder (HOME, USERPROFILE on
 * Windows, then the system's record of the user).
 */
export function chooseAwsFolder(
  os: HostOs,
  flags: { readonly awsDir?: string; readonly user?: string },
  env: Readonly<Record<string, string | undefined>>,
  cwd: string
): AwsFolderChoice {
  if (flags.awsDir !== undefined)
    return { dir: hostAwsDir(os, '', flags.awsDir), source: '--aws-dir' }
  if (flags.user !== undefined)
    return {
      dir: hostAwsDir(os, flags.user),
      source: `--user ${flags.user} on ${os}`
    }
  const fromEnv = (name: string): string | undefined => {
    const value = env[name]
    return value === undefined || value.trim() === '' ? undefined : value
  }
  const winHome = fromEnv('USERPROFILE')
  const home =
    (process.platform === 'win32' ? winHome : fromEnv('HOME')) ?? homedir()
  const config = fromEnv('AWS_CONFIG_FILE')
  const credentials = fromEnv('AWS_SHARED_CREDENTIALS_FILE')
  if (config !== undefined || credentials !== undefined) {
    const full = (path: string): string => resolve(cwd, expandHome(path, home))
    const configDir = config === undefined ? undefined : dirname(full(config))
    const credentialsDir =
      credentials === undefined ? undefined : dirname(full(credentials))
    if (
      configDir !== undefined &&
      credentialsDir !== undefined &&
      configDir !== credentialsDir
    )
      throw new InputError(
        'aws-dir',
        `AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE are in different folders (${configDir}, ${credentialsDir}); one folder is mounted: pass --aws-dir`
      )
    const dir = configDir ?? credentialsDir ?? ''
    return {
      dir: hostAwsDir(os, '', dir),
      source:
        config === undefined
          ? 'AWS_SHARED_CREDENTIALS_FILE'
          : credentials === undefined
            ? 'AWS_CONFIG_FILE'
            : 'AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE',
      ...(config === undefined ? {} : { configFile: basename(full(config)) }),
      ...(credentials === undefined
        ? {}
        : { credentialsFile: basename(full(credentials)) })
    }
  }
  if (home === '')
    throw new InputError(
      'aws-dir',
      'cannot tell your home folder (HOME is not set); pass --aws-dir <path of your .aws folder>'
    )
  const separator = os === 'windows' && home.includes('\\') ? '\\' : '/'
  return {
    dir: hostAwsDir(os, '', `${home.replace(/[\\/]+$/, '')}${separator}.aws`),
    source: 'your home folder'
  }
}

const SAFE_VALUE = /^[^\s'"#$\\`]+$/

function checked(
  option: string,
  value: string | undefined
): string | undefined {
  if (value === undefined) return undefined
  if (!SAFE_VALUE.test(value))
    throw new InputError(
      option,
      `--${option} must not be empty or contain spaces, quotes, '#', '$' or backslashes`
    )
  return value
}

/** .env, the compose override, the Dockerfile and the manifest are small. */
const MAX_PROJECT_FILE_BYTES = 4 * 1024 * 1024

const readOptional = async (path: string): Promise<string | undefined> =>
  readTextBounded(path, MAX_PROJECT_FILE_BYTES).then(
    (read) => {
      if (read.text !== null) return read.text
      throw new InputError(
        'project-dir',
        `cannot read ${path}: it is over ${MAX_PROJECT_FILE_BYTES / 1048576} MiB`,
        'file-unreadable'
      )
    },
    (error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') return undefined
      throw new InputError(
        'project-dir',
        `cannot read ${path}: ${code === 'EISDIR' ? 'it is a folder' : code === 'ENOTDIR' ? 'a folder on its path is a file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'unreadable')}`,
        'file-unreadable'
      )
    }
  )

/** The mode of an existing file (kept when it is replaced), else undefined. */
const modeOf = async (path: string): Promise<number | undefined> =>
  stat(path).then(
    (info) => info.mode & 0o777,
    () => undefined
  )

/** `astro-secrets-gate init-local`. */
export const initLocalCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs(initLocalSpec, args, (line) =>
    io.stderr.write(line)
  )
  if (parsed.help) {
    io.stdout.write(formatCommandHelp(initLocalSpec))
    return EXIT.ok
  }
  const v = parsed.values
  const dir = resolve(io.cwd, v.project ?? '.')
  const manifestName = v.manifest ?? DEFAULT_MANIFEST
  const manifestText = await readOptional(resolve(dir, manifestName))
  if (manifestText === undefined && v.manifest !== undefined)
    throw new InputError(
      'manifest',
      `no manifest at ${manifestName}; pass the path of airflow-secrets.yml or leave out --manifest`
    )
  const defaults =
    manifestText === undefined
      ? {}
      : readBackendDefaults(manifestText, manifestName)
  const region = checked('region', v.region ?? defaults.region)
  if (region !== undefined && !REGION_PATTERN.test(region))
    throw new InputError(
      'region',
      `--region '${region}' is not an AWS region name like us-east-1`
    )
  const os = (v.os ?? platformOs()) as HostOs
  const airflow = chooseAirflow(
    v.airflow,
    await readOptional(join(dir, 'Dockerfile')),
    {
      name: manifestName,
      ...(defaults.airflowMajor === undefined
        ? {}
        : { major: defaults.airflowMajor })
    }
  )
  const aws = chooseAwsFolder(
    os,
    {
      ...(v['aws-dir'] === undefined ? {} : { awsDir: v['aws-dir'] }),
      ...(v.user === undefined ? {} : { user: v.user })
    },
    io.env,
    io.cwd
  )
  const options: InitLocalOptions = {
    airflow: airflow.major,
    hostAwsDir: aws.dir,
    ...(aws.configFile === undefined ? {} : { configFile: aws.configFile }),
    ...(aws.credentialsFile === undefined
      ? {}
      : { credentialsFile: aws.credentialsFile }),
    rw: v.rw === true,
    connectionsPrefix:
      checked(
        'connections-prefix',
        v['connections-prefix'] ?? defaults.connectionsPrefix
      ) ?? 'airflow/connections',
    variablesPrefix:
      checked(
        'variables-prefix',
        v['variables-prefix'] ?? defaults.variablesPrefix
      ) ?? 'airflow/variables',
    ...(v.profile === undefined
      ? {}
      : { profile: checked('profile', v.profile) ?? '' }),
    ...(region === undefined ? {} : { region })
  }
  const force = v.force === true
  const composePath = join(dir, COMPOSE_FILE)
  const envPath = join(dir, ENV_FILE)
  const composeBefore = await readOptional(composePath)
  const envBefore = await readOptional(envPath)
  const compose = mergeComposeOverride(
    composeBefore,
    options,
    force,
    COMPOSE_FILE
  )
  const env = mergeEnvFile(envBefore, envEntries(options), force)

  const conflictText = (file: string, result: MergeResult): string[] =>
    result.conflicts.length === 0
      ? []
      : [
          `${file}: ${result.conflicts.map((c) => `${c.key} ${c.reason}`).join(', ')}`
        ]
  const conflicts = [
    ...conflictText(COMPOSE_FILE, compose),
    ...conflictText(ENV_FILE, env)
  ]
  if (conflicts.length > 0)
    throw new InputError(
      'force',
      `${conflicts.join('; ')}; nothing written (rerun with --force to replace)`,
      'init-local-conflict'
    )

  const paint = painter(useColor(io))
  io.stdout.write(`${airflow.reason}\n`)
  io.stdout.write(`AWS folder: ${aws.dir} (from ${aws.source})\n`)
  // .env first: the compose override is written only once .env is.
  const files: [string, string, string | undefined, MergeResult][] = [
    [ENV_FILE, envPath, envBefore, env],
    [COMPOSE_FILE, composePath, composeBefore, compose]
  ]
  let changed = false
  for (const [name, path, before, result] of files) {
    if (result.changes.length === 0) {
      io.stdout.write(`${name}: up to date\n`)
      continue
    }
    changed = true
    if (v['dry-run'] === true) {
      io.stdout.write(changedLinesDiff(name, before ?? '', result.text))
      continue
    }
    // Whole or not at all: a temp file, then a rename (never truncated). A
    // link (.env -> ../shared.env) is kept: the file it points to is written.
    const target = await realpath(path).catch(() => path)
    await writeFileAtomic(target, result.text, name, {
      mode: (await modeOf(target)) ?? (name === ENV_FILE ? 0o600 : 0o644)
    })
    const summary = result.changes
      .map((c) => `${c.action === 'add' ? 'added' : 'replaced'} ${c.key}`)
      .join(', ')
    io.stdout.write(
      `${paint.green(before === undefined ? 'created' : 'updated')} ${name}: ${summary}\n`
    )
  }
  if (!changed) io.stdout.write('Nothing to change.\n')
  else if (v['dry-run'] === true) io.stdout.write('Dry run: nothing written.\n')
  else
    io.stdout.write(
      `Mounted ${options.hostAwsDir} at ${CONTAINER_AWS_DIR} (${options.rw ? 'read-write' : 'read-only'}). ` +
        `Run 'aws configure' or 'aws configure sso', then 'astro dev restart'.` +
        (options.rw ? '\n' : ' With AWS SSO, add --rw so tokens can refresh.\n')
    )
  return EXIT.ok
}
