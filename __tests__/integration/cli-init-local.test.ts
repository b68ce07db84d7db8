import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import {
  copyExampleProject,
  removeDir,
  runCli,
  tempDir
} from './cli-helpers.js'

let dir = ''
beforeEach(async () => {
  dir = await tempDir()
})
afterEach(async () => {
  await removeDir(dir)
})

const MOUNT = '/usr/local/airflow/.aws'
const compose = async (): Promise<{
  services: Record<string, { volumes?: unknown[]; [key: string]: unknown }>
}> =>
  parse(await readFile(join(dir, 'docker-compose.override.yml'), 'utf8')) as {
    services: Record<string, { volumes?: unknown[] }>
  }
const envFile = async (): Promise<string> => readFile(join(dir, '.env'), 'utf8')
const exists = async (file: string): Promise<boolean> =>
  stat(join(dir, file)).then(
    () => true,
    () => false
  )

describe('init-local', () => {
  it('writes a fresh override and .env that agree on the mount path', async () => {
    const run = await runCli(
      [
        'init-local',
        '--os',
        'linux',
        '--user',
        'me',
        '--profile',
        'dev',
        '--region',
        'us-east-1'
      ],
      { cwd: dir }
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('created docker-compose.override.yml')
    expect(run.stdout).toContain('created .env')
    const { services } = await compose()
    expect(Object.keys(services)).toEqual([
      'scheduler',
      'api-server',
      'triggerer',
      'dag-processor'
    ])
    for (const service of Object.values(services))
      expect(service.volumes).toEqual([`/home/me/.aws:${MOUNT}:ro`])
    const env = await envFile()
    expect(env).toContain(`AWS_CONFIG_FILE=${MOUNT}/config\n`)
    expect(env).toContain(`AWS_SHARED_CREDENTIALS_FILE=${MOUNT}/credentials\n`)
    expect(env).toContain('AWS_PROFILE=dev\n')
    expect(env).toContain('AWS_DEFAULT_REGION=us-east-1\n')
    expect(env).toContain(
      'AIRFLOW__SECRETS__BACKEND=airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend\n'
    )
    expect(env).toContain(
      'AIRFLOW__SECRETS__BACKEND_KWARGS={"connections_prefix":"airflow/connections","variables_prefix":"airflow/variables","region_name":"us-east-1"}\n'
    )
  })

  it('is idempotent: a second run changes nothing and says so', async () => {
    const argv = ['init-local', '--os', 'macos', '--user', 'me']
    expect((await runCli(argv, { cwd: dir })).code).toBe(0)
    const composeBefore = await readFile(
      join(dir, 'docker-compose.override.yml'),
      'utf8'
    )
    const envBefore = await envFile()
    const again = await runCli(argv, { cwd: dir })
    expect(again.code).toBe(0)
    expect(again.stdout).toBe(
      'Airflow 3 (assumed: no Dockerfile; pass --airflow 2 for an Airflow 2 project)\n' +
        'AWS folder: /Users/me/.aws (from --user me on macos)\n' +
        '.env: up to date\ndocker-compose.override.yml: up to date\nNothing to change.\n'
    )
    expect(
      await readFile(join(dir, 'docker-compose.override.yml'), 'utf8')
    ).toBe(composeBefore)
    expect(await envFile()).toBe(envBefore)
  })

  it.each([
    ['linux', [], `/home/me/.aws:${MOUNT}:ro`],
    ['macos', [], `/Users/me/.aws:${MOUNT}:ro`],
    ['windows', [], `/c/Users/me/.aws:${MOUNT}:ro`],
    ['windows', ['--aws-dir', 'D:\\aws'], `/d/aws:${MOUNT}:ro`],
    ['linux', ['--rw'], `/home/me/.aws:${MOUNT}:rw`]
  ])('%s %j mounts %s', async (os, extra, volume) => {
    const run = await runCli(
      ['init-local', '--os', os, '--user', 'me', ...extra],
      { cwd: dir }
    )
    expect(run.code).toBe(0)
    const { services } = await compose()
    expect(services['scheduler']?.volumes).toEqual([volume])
  })

  it('mounts .aws from the home folder and says so', async () => {
    const run = await runCli(['init-local', '--os', 'linux'], {
      cwd: dir,
      env: { HOME: '/srv/people/me', USER: 'someone-else' }
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'AWS folder: /srv/people/me/.aws (from your home folder)\n'
    )
    expect((await compose()).services['triggerer']?.volumes).toEqual([
      `/srv/people/me/.aws:${MOUNT}:ro`
    ])
  })

  it('honours AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE', async () => {
    const run = await runCli(['init-local', '--os', 'linux'], {
      cwd: dir,
      env: {
        HOME: '/srv/me',
        AWS_CONFIG_FILE: '~/aws-team/cfg',
        AWS_SHARED_CREDENTIALS_FILE: '/srv/me/aws-team/creds'
      }
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'AWS folder: /srv/me/aws-team (from AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE)\n'
    )
    expect((await compose()).services['scheduler']?.volumes).toEqual([
      `/srv/me/aws-team:${MOUNT}:ro`
    ])
    const env = await envFile()
    expect(env).toContain(`AWS_CONFIG_FILE=${MOUNT}/cfg\n`)
    expect(env).toContain(`AWS_SHARED_CREDENTIALS_FILE=${MOUNT}/creds\n`)
  })

  it('refuses config and credentials files in different folders', async () => {
    const run = await runCli(['init-local', '--os', 'linux'], {
      cwd: dir,
      env: {
        HOME: '/srv/me',
        AWS_CONFIG_FILE: '/a/config',
        AWS_SHARED_CREDENTIALS_FILE: '/b/credentials'
      }
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'astro-secrets-gate init-local: AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE are in different folders (/a, /b); one folder is mounted: pass --aws-dir\n'
    )
    expect(await exists('.env')).toBe(false)
  })

  it('writes the Airflow 2 services for an Airflow 2 Runtime Dockerfile', async () => {
    await writeFile(
      join(dir, 'Dockerfile'),
      'FROM quay.io/astronomer/astro-runtime:12.6.0\n'
    )
    const run = await runCli(['init-local', '--user', 'me'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'Airflow 2.10 (from Dockerfile line 1: Astro Runtime 12.6.0'
    )
    expect(run.stdout.match(/Airflow 2\.10/g)).toHaveLength(1)
    expect(Object.keys((await compose()).services)).toEqual([
      'scheduler',
      'webserver',
      'triggerer'
    ])
  })

  it('writes the Airflow 3 services for an Airflow 3 Runtime Dockerfile', async () => {
    await writeFile(
      join(dir, 'Dockerfile'),
      'FROM astrocrpublic.azurecr.io/runtime/astro-runtime:3.1-2\n'
    )
    // The Dockerfile wins over the manifest's airflow; --airflow over both.
    await writeFile(join(dir, 'airflow-secrets.yml'), 'airflow: "2"\n')
    const run = await runCli(['init-local', '--user', 'me'], { cwd: dir })
    expect(run.stdout).toContain(
      'Airflow 3.1 (from Dockerfile line 1: Astro Runtime 3.1-2'
    )
    expect(Object.keys((await compose()).services)).toContain('api-server')
    const flag = await runCli(
      ['init-local', '--user', 'me', '--airflow', '2', '--dry-run'],
      { cwd: dir }
    )
    expect(flag.stdout).toContain('Airflow 2 (from --airflow)\n')
  })

  it('says when it assumes Airflow 3', async () => {
    const run = await runCli(['init-local', '--user', 'me', '--dry-run'], {
      cwd: dir
    })
    expect(run.stdout).toContain(
      'Airflow 3 (assumed: no Dockerfile; pass --airflow 2 for an Airflow 2 project)\n'
    )
  })

  it('takes --project, and --project-dir as its older name', async () => {
    for (const flag of ['--project', '--project-dir']) {
      const run = await runCli(
        ['init-local', '--user', 'me', '--dry-run', flag, dir],
        { cwd: '/' }
      )
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('+++ b/docker-compose.override.yml')
      expect(run.stderr).toBe(
        flag === '--project'
          ? ''
          : 'astro-secrets-gate init-local: --project-dir is deprecated; use --project (same meaning)\n'
      )
    }
  })

  it('uses the Airflow 2 services', async () => {
    await runCli(
      ['init-local', '--airflow', '2', '--os', 'linux', '--user', 'me'],
      { cwd: dir }
    )
    expect(Object.keys((await compose()).services)).toEqual([
      'scheduler',
      'webserver',
      'triggerer'
    ])
  })

  it('merges into an existing override and .env without losing anything', async () => {
    const existingCompose = [
      '# team overrides',
      'services:',
      '  scheduler:',
      '    environment:',
      '      EXTRA: "1" # keep',
      '    volumes:',
      '      - ./include/data:/usr/local/airflow/data:ro',
      '  webserver:',
      '    ports:',
      '      - "8081:8080"',
      ''
    ].join('\n')
    const existingEnv =
      '# local\nAIRFLOW_CONN_PG=postgres://u:fake@h/db\nAIRFLOW_VAR_X="quoted"\n'
    await writeFile(join(dir, 'docker-compose.override.yml'), existingCompose)
    await writeFile(join(dir, '.env'), existingEnv)
    const run = await runCli(['init-local', '--os', 'linux', '--user', 'me'], {
      cwd: dir
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('updated docker-compose.override.yml')
    const text = await readFile(
      join(dir, 'docker-compose.override.yml'),
      'utf8'
    )
    expect(text).toContain('# team overrides')
    expect(text).toContain('EXTRA: "1" # keep')
    const { services } = await compose()
    expect(services['scheduler']?.volumes).toEqual([
      './include/data:/usr/local/airflow/data:ro',
      `/home/me/.aws:${MOUNT}:ro`
    ])
    expect(services['webserver']).toEqual({ ports: ['8081:8080'] })
    const env = await envFile()
    expect(env.startsWith(existingEnv)).toBe(true)
    expect(run.stdout).not.toContain('fake')
  })

  it('refuses a conflicting value without --force, naming the file and key', async () => {
    await writeFile(join(dir, '.env'), 'AWS_PROFILE=other\n')
    const mount =
      'services:\n  scheduler:\n    volumes:\n      - /home/me/.aws:/home/astro/.aws:rw\n'
    await writeFile(join(dir, 'docker-compose.override.yml'), mount)
    const run = await runCli(
      ['init-local', '--os', 'linux', '--user', 'me', '--profile', 'dev'],
      { cwd: dir }
    )
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(
      'docker-compose.override.yml: services.scheduler.volumes already mounts a different .aws folder or mode'
    )
    expect(run.stderr).toContain(
      '.env: AWS_PROFILE is already set to a different value'
    )
    expect(run.stderr).toContain(
      'nothing written (rerun with --force to replace)'
    )
    expect(await envFile()).toBe('AWS_PROFILE=other\n')
    expect(
      await readFile(join(dir, 'docker-compose.override.yml'), 'utf8')
    ).toBe(mount)

    const forced = await runCli(
      [
        'init-local',
        '--os',
        'linux',
        '--user',
        'me',
        '--profile',
        'dev',
        '--force'
      ],
      { cwd: dir }
    )
    expect(forced.code).toBe(0)
    expect(forced.stdout).toContain('replaced AWS_PROFILE')
    expect(forced.stdout).toContain('replaced services.scheduler.volumes')
    expect((await envFile()).split('\n')[0]).toBe('AWS_PROFILE=dev')
    expect((await compose()).services['scheduler']?.volumes).toEqual([
      `/home/me/.aws:${MOUNT}:ro`
    ])
  })

  it('--dry-run prints the diff and writes nothing', async () => {
    await writeFile(
      join(dir, '.env'),
      'AIRFLOW_CONN_PG=postgres://u:fake@h/db\n'
    )
    const run = await runCli(
      ['init-local', '--os', 'linux', '--user', 'me', '--dry-run'],
      { cwd: dir }
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      '--- /dev/null\n+++ b/docker-compose.override.yml'
    )
    expect(run.stdout).toContain(`+      - /home/me/.aws:${MOUNT}:ro`)
    expect(run.stdout).toContain(`+AWS_CONFIG_FILE=${MOUNT}/config`)
    expect(run.stdout).not.toContain('fake')
    expect(run.stdout).toContain('Dry run: nothing written.')
    expect(await exists('docker-compose.override.yml')).toBe(false)
    expect(await envFile()).toBe('AIRFLOW_CONN_PG=postgres://u:fake@h/db\n')
  })

  it('starts from the manifest’s Airflow version, prefixes and region', async () => {
    await writeFile(
      join(dir, 'airflow-secrets.yml'),
      'airflow: "2"\nbackend:\n  connections_prefix: team/conns\n  variables_prefix: team/vars\n  region_name: eu-central-1\n'
    )
    const run = await runCli(['init-local', '--os', 'linux', '--user', 'me'], {
      cwd: dir
    })
    expect(run.code).toBe(0)
    expect(Object.keys((await compose()).services)).toEqual([
      'scheduler',
      'webserver',
      'triggerer'
    ])
    const env = await envFile()
    expect(env).toContain('AWS_DEFAULT_REGION=eu-central-1\n')
    expect(env).toContain(
      'AIRFLOW__SECRETS__BACKEND_KWARGS={"connections_prefix":"team/conns","variables_prefix":"team/vars","region_name":"eu-central-1"}\n'
    )
    const flags = await runCli(
      [
        'init-local',
        '--os',
        'linux',
        '--user',
        'me',
        '--region',
        'us-west-2',
        '--dry-run'
      ],
      { cwd: dir }
    )
    expect(flags.code).toBe(2)
    expect(flags.stderr).toContain(
      '.env: AWS_DEFAULT_REGION is already set to a different value'
    )
  })

  it('adds the backend to the example project’s .env, keeping its entries', async () => {
    const project = await copyExampleProject()
    try {
      const before = await readFile(join(project, '.env'), 'utf8')
      const run = await runCli(
        ['init-local', '--os', 'macos', '--user', 'me'],
        { cwd: project }
      )
      expect(run.code).toBe(0)
      const after = await readFile(join(project, '.env'), 'utf8')
      expect(after.startsWith(before)).toBe(true)
      expect(after).toContain('"region_name":"us-east-1"')
      expect(run.stdout).not.toContain('not-a-real')
    } finally {
      await removeDir(project)
    }
  })

  it.each([
    [['--manifest', 'missing.yml'], 'no manifest at missing.yml'],
    [
      ['--region', 'mars'],
      "--region 'mars' is not an AWS region name like us-east-1"
    ],
    [['--profile', 'a b'], '--profile must not be empty or contain spaces'],
    [['--os', 'linux', '--user', ''], "cannot tell the home folder of user ''"]
  ])('%j is a configuration error', async (extra, message) => {
    const run = await runCli(
      ['init-local', '--os', 'linux', '--user', 'me', ...extra],
      { cwd: dir }
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
    expect(await exists('.env')).toBe(false)
  })
})
