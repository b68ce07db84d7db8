/**
 * The env file's AWS_DEFAULT_REGION never contradicts the backend kwargs'
 * region_name: Airflow reads where region_name says, whatever the runner's
 * region was.
 */
import { describe, expect, it } from '@jest/globals'
import { parseManifest } from '../../src/core/gate/manifest.js'
import { astroEnvVariables, planGate } from '../../src/core/gate/plan.js'

const plan = (backend: string): ReturnType<typeof planGate> =>
  planGate({
    manifestPath: 'airflow-secrets.yml',
    manifest: parseManifest(`backend:\n${backend}connections: [db]\n`).manifest,
    extraConnections: [],
    extraVariables: [],
    mode: 'values',
    failOn: 'error'
  })

const region = (variables: [string, string][]): string | undefined =>
  variables.find(([name]) => name === 'AWS_DEFAULT_REGION')?.[1]

describe('astroEnvVariables: AWS_DEFAULT_REGION', () => {
  it.each([
    ['  region_name: us-east-1\n', 'eu-west-1', 'us-east-1'],
    ['  region_name: us-east-1\n', null, 'us-east-1'],
    ['  connections_prefix: airflow/connections\n', 'eu-west-1', 'eu-west-1'],
    ['  connections_prefix: airflow/connections\n', null, undefined]
  ])('backend %j, read in %j → %j', (backend, readIn, expected) => {
    expect(region(astroEnvVariables(plan(backend), readIn))).toBe(expected)
  })
})
