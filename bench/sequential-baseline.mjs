// The baseline of `npm run bench`: the pattern of
// aws-actions/aws-secretsmanager-get-secrets, one GetSecretValue at a time
// awaited in a for…of loop with the SDK's default client and retries, each
// value masked and exported as the peer does. Bundled with ncc like the
// peer's dist, and run as a child process so start-up is comparable.
// Reads the secret ids from the file named by BENCH_IDS_FILE.
import * as core from '@actions/core'
import {
  GetSecretValueCommand,
  SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { readFileSync } from 'node:fs'

const ids = JSON.parse(readFileSync(process.env.BENCH_IDS_FILE ?? '', 'utf8'))
const client = new SecretsManagerClient({
  region: process.env.AWS_DEFAULT_REGION
})
let failed = 0
for (const id of ids) {
  try {
    const response = await client.send(
      new GetSecretValueCommand({ SecretId: id })
    )
    const value = response.SecretString ?? ''
    core.setSecret(value)
    core.exportVariable(id.replace(/[^a-zA-Z0-9_]/g, '_').toUpperCase(), value)
  } catch (error) {
    failed++
    core.setFailed(`Failed to fetch secret: '${id}'. Error: ${String(error)}.`)
  }
}
core.info(`Read ${ids.length - failed} of ${ids.length} secrets.`)
