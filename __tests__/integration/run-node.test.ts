import { mkdtempSync, writeFileSync } from 'node:fs'
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
