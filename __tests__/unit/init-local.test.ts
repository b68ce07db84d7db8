import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import {
  backendKwargs,
  changedLinesDiff,
  CONTAINER_AWS_DIR,
  envEntries,
  hostAwsDir,
  mergeComposeOverride,
  mergeEnvFile,
  servicesFor
} from '../../src/core/local/init-local.js'
import type { InitLocalOptions } from '../../src/core/local/init-local.js'

const base: InitLocalOptions = {
  airflow: '3',
  hostAwsDir: '/home/me/.aws',
  rw: false,
  connectionsPrefix: 'airflow/connections',
  variablesPrefix: 'airflow/variables'
}

describe('hostAwsDir', () => {
  it.each([
    ['linux', 'me', undefined, '/home/me/.aws'],
    ['linux', 'root', undefined, '/root/.aws'],
    ['macos', 'me', undefined, '/Users/me/.aws'],
    ['windows', 'me', undefined, '/c/Users/me/.aws'],
    ['windows', 'me', 'D:\\Users\\me\\.aws\\', '/d/Users/me/.aws'],
    ['linux', 'me', '/opt/aws/', '/opt/aws']
  ] as const)('%s user %s, --aws-dir %s → %s', (os, user, dir, expected) => {
    expect(hostAwsDir(os, user, dir)).toBe(expected)
  })

  it('refuses a user it cannot place', () => {
    expect(() => hostAwsDir('linux', '')).toThrow(/--aws-dir/)
  })
})

describe('servicesFor', () => {
  it.each([
    ['3', ['scheduler', 'api-server', 'triggerer', 'dag-processor']],
    ['2', ['scheduler', 'webserver', 'triggerer']]
  ] as const)('Airflow %s', (airflow, services) => {
    expect(servicesFor(airflow)).toEqual(services)
  })
})

describe('envEntries', () => {
  it('points the SDK at the mounted folder and Airflow at Secrets Manager', () => {
    const entries = envEntries({ ...base, profile: 'dev', region: 'eu-west-1' })
    expect(Object.fromEntries(entries)).toEqual({
      AWS_CONFIG_FILE: `${CONTAINER_AWS_DIR}/config`,
      AWS_SHARED_CREDENTIALS_FILE: `${CONTAINER_AWS_DIR}/credentials`,
      AWS_PROFILE: 'dev',
      AWS_DEFAULT_REGION: 'eu-west-1',
      AIRFLOW__SECRETS__BACKEND:
        'airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend',
      AIRFLOW__SECRETS__BACKEND_KWARGS:
        '{"connections_prefix":"airflow/connections","variables_prefix":"airflow/variables","region_name":"eu-west-1"}'
    })
  })

  it('leaves out the profile and region when not given', () => {
    const keys = envEntries(base).map(([key]) => key)
    expect(keys).not.toContain('AWS_PROFILE')
    expect(keys).not.toContain('AWS_DEFAULT_REGION')
    expect(backendKwargs(base)).not.toContain('region_name')
  })
})

describe('mergeComposeOverride', () => {
  it('writes a fresh override whose mount matches AWS_CONFIG_FILE', () => {
    const result = mergeComposeOverride(undefined, base, false)
    const compose = parse(result.text) as {
      services: Record<string, { volumes: string[] }>
    }
    expect(Object.keys(compose.services)).toEqual(servicesFor('3'))
    for (const service of Object.values(compose.services))
      expect(service.volumes).toEqual([`/home/me/.aws:${CONTAINER_AWS_DIR}:ro`])
    const config = envEntries(base)[0]?.[1] ?? ''
    expect(config.startsWith(`${CONTAINER_AWS_DIR}/`)).toBe(true)
    expect(result.changes).toHaveLength(4)
  })

  it('mounts read-write with rw', () => {
    const result = mergeComposeOverride(undefined, { ...base, rw: true }, false)
    expect(result.text).toContain(`/home/me/.aws:${CONTAINER_AWS_DIR}:rw`)
  })

  const existing = [
    '# my override',
    'services:',
    '  scheduler:',
    '    environment:',
    '      FOO: bar # keep me',
    '    volumes:',
    '      - ./data:/usr/local/airflow/data',
    '  postgres:',
    '    ports: ["5433:5432"]',
    ''
  ].join('\n')

  it('merges into an existing file, keeping comments and other services', () => {
    const result = mergeComposeOverride(existing, base, false)
    expect(result.text).toContain('# my override')
    expect(result.text).toContain('FOO: bar # keep me')
    expect(result.text).toContain('- ./data:/usr/local/airflow/data')
    const compose = parse(result.text) as {
      services: Record<string, { volumes?: string[]; ports?: string[] }>
    }
    expect(compose.services['postgres']?.ports).toEqual(['5433:5432'])
    expect(compose.services['scheduler']?.volumes).toEqual([
      './data:/usr/local/airflow/data',
      `/home/me/.aws:${CONTAINER_AWS_DIR}:ro`
    ])
    expect(mergeComposeOverride(result.text, base, false).changes).toEqual([])
  })

  it.each([
    ['another source', '/home/other/.aws:/usr/local/airflow/.aws:ro'],
    ['another mode', '/home/me/.aws:/usr/local/airflow/.aws:rw'],
    ['the /home/astro path', '/home/me/.aws:/home/astro/.aws:ro'],
    ['long syntax', '{ type: bind, source: /x, target: /home/astro/.aws }']
  ])(
    'reports a conflicting mount (%s), replaced with force',
    (_name, volume) => {
      const text = `services:\n  scheduler:\n    volumes:\n      - ${volume}\n`
      const refused = mergeComposeOverride(text, base, false)
      expect(refused.conflicts.map((c) => c.key)).toEqual([
        'services.scheduler.volumes'
      ])
      expect(refused.text).toBe(text)
      const forced = mergeComposeOverride(text, base, true)
      expect(forced.conflicts).toEqual([])
      const compose = parse(forced.text) as {
        services: Record<string, { volumes: unknown[] }>
      }
      expect(compose.services['scheduler']?.volumes).toEqual([
        `/home/me/.aws:${CONTAINER_AWS_DIR}:ro`
      ])
    }
  )

  it('rejects a file that is not YAML, naming it', () => {
    expect(() => mergeComposeOverride('services: [', base, false)).toThrow(
      /docker-compose.override.yml:\d+: not valid YAML/
    )
  })
})

describe('mergeEnvFile', () => {
  const entries = envEntries({ ...base, region: 'us-east-1' })

  it('appends missing entries and keeps every other line verbatim', () => {
    const before = '# mine\nAIRFLOW_CONN_X=postgres://u:p@h\n\nFOO="bar"'
    const result = mergeEnvFile(before, entries, false)
    expect(result.text.startsWith(`${before}\n`)).toBe(true)
    expect(result.text).toContain(
      `AWS_CONFIG_FILE=${CONTAINER_AWS_DIR}/config\n`
    )
    expect(result.changes.map((c) => c.action)).toEqual(
      entries.map(() => 'add')
    )
    expect(mergeEnvFile(result.text, entries, false).changes).toEqual([])
  })

  it('accepts equal values written differently', () => {
    const before =
      `AWS_CONFIG_FILE="${CONTAINER_AWS_DIR}/config"\n` +
      'AIRFLOW__SECRETS__BACKEND_KWARGS={"region_name": "us-east-1", "connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables"}\n'
    const result = mergeEnvFile(before, entries, false)
    expect(result.conflicts).toEqual([])
    expect(result.changes.map((c) => c.key)).not.toContain('AWS_CONFIG_FILE')
    expect(result.changes.map((c) => c.key)).not.toContain(
      'AIRFLOW__SECRETS__BACKEND_KWARGS'
    )
  })

  it('refuses a different value unless forced, then replaces it in place', () => {
    const before = 'A=1\nAWS_DEFAULT_REGION=eu-west-1\nB=2\n'
    const refused = mergeEnvFile(before, entries, false)
    expect(refused.conflicts).toEqual([
      {
        key: 'AWS_DEFAULT_REGION',
        reason: 'is already set to a different value'
      }
    ])
    expect(refused.text).toBe(before)
    const forced = mergeEnvFile(before, entries, true)
    expect(forced.text.split('\n').slice(0, 3)).toEqual([
      'A=1',
      'AWS_DEFAULT_REGION=us-east-1',
      'B=2'
    ])
  })

  it('keeps CRLF line endings', () => {
    const result = mergeEnvFile('A=1\r\n', entries, false)
    expect(result.text.split('\r\n').length).toBeGreaterThan(entries.length)
    expect(result.text.replace(/\r\n/g, '')).not.toContain('\n')
  })
})

describe('changedLinesDiff', () => {
  it('shows only changed lines, no context', () => {
    const diff = changedLinesDiff(
      '.env',
      'SECRET=x\nA=1\n',
      'SECRET=x\nA=2\nB=3\n'
    )
    expect(diff).toContain('-A=1')
    expect(diff).toContain('+A=2')
    expect(diff).toContain('+B=3')
    expect(diff).not.toContain('SECRET')
  })

  it('is empty when nothing changed', () => {
    expect(changedLinesDiff('.env', 'A=1\n', 'A=1\n')).toBe('')
  })
})
