/** A GateInput for a manifest text that must parse without problems. */
import { expect } from '@jest/globals'
import type { GateInput } from '../../src/core/gate/plan.js'
import { parseManifest } from '../../src/core/gate/manifest.js'

export function gateInputFor(
  manifest: string,
  extra: Partial<GateInput> = {}
): GateInput {
  const parsed = parseManifest(manifest)
  expect(parsed.problems).toEqual([])
  return {
    manifestPath: 'airflow-secrets.yml',
    manifest: parsed.manifest,
    extraConnections: [],
    extraVariables: [],
    mode: 'values',
    failOn: 'error',
    ...extra
  }
}
