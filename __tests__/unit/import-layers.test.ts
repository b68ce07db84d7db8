/**
 * The import-direction rules of eslint.config.js bite: for each folder, the
 * rule set ESLint computes for a file there rejects an upward or sideways
 * import and accepts an allowed one.
 */
import { describe, expect, it } from '@jest/globals'
import { ESLint, Linter } from 'eslint'

const eslint = new ESLint()
const linter = new Linter()

/** The messages no-restricted-imports gives `specifier` imported from `file`. */
async function restricted(file: string, specifier: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(file)) as {
    rules?: Record<string, Linter.RuleEntry>
  }
  const rule = config.rules?.['no-restricted-imports']
  if (rule === undefined) return []
  return linter
    .verify(`import { x } from '${specifier}'\nexport { x }\n`, {
      languageOptions: { sourceType: 'module', ecmaVersion: 2022 },
      rules: { 'no-restricted-imports': rule }
    })
    .map((message) => message.message)
}

describe('import direction', () => {
  it.each([
    ['src/core/airflow/profiles.ts', '../gate/plan.js'],
    ['src/core/airflow/connection.ts', '../render/summary.js'],
    ['src/core/airflow/connection.ts', '../redact.js'],
    ['src/core/airflow/python/json.ts', '../connection.js'],
    ['src/core/airflow/python/json.ts', '../../errors.js'],
    ['src/core/redact.ts', './airflow/masker.js'],
    ['src/core/findings.ts', './gate/report.js'],
    ['src/core/aws/inputs.ts', '../gate/manifest.js'],
    ['src/core/aws/inputs.ts', '../astro/env-file.js'],
    ['src/core/astro/env-file.ts', '../local/sources.js'],
    ['src/core/gate/plan.ts', '../local/definitions.js'],
    ['src/core/gate/plan.ts', '../render/summary.js'],
    ['src/core/local/sources.ts', '../render/summary.js'],
    ['src/core/render/summary.ts', '../local/sources.js'],
    ['src/core/gate/report.ts', '../../adapters/fs/files.js'],
    ['src/core/gate/report.ts', '../../check/run-check.js'],
    ['src/core/gate/report.ts', 'node:fs'],
    ['src/core/gate/report.ts', '@actions/core'],
    ['src/adapters/aws/clients.ts', '../../check/run-check.js'],
    ['src/adapters/fs/files.ts', '../../action/main.js'],
    ['src/check/run-check.ts', '../action/inputs.js'],
    ['src/check/run-check.ts', '../cli/check.js'],
    ['src/check/run-check.ts', '@actions/core'],
    ['src/cli/check.ts', '../action/main.js'],
    ['src/cli/check.ts', '@actions/core'],
    ['src/action/main.ts', '../cli/check.js'],
    ['src/sync/run-sync.ts', '../check/run-check.js'],
    ['src/sync/run-sync.ts', '../core/gate/plan.js']
  ])('%s may not import %s', async (file, specifier) => {
    const messages = await restricted(file, specifier)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/is restricted from being used by a pattern/)
  })

  it.each([
    ['src/core/airflow/connection.ts', './python/urllib.js'],
    ['src/core/airflow/connection.ts', '../findings.js'],
    ['src/core/redact.ts', './airflow/python/errors.js'],
    ['src/core/gate/evaluate.ts', '../airflow/connection.js'],
    ['src/core/gate/lints.ts', '../aws/inputs.js'],
    ['src/core/local/definitions.ts', '../gate/report.js'],
    ['src/core/render/summary.ts', '../gate/report.js'],
    ['src/core/astro/env-file.ts', '../airflow/secrets-manager.js'],
    ['src/adapters/fs/files.ts', '../../core/errors.js'],
    ['src/check/run-check.ts', '../adapters/aws/clients.js'],
    ['src/cli/check.ts', '../check/run-check.js'],
    ['src/action/main.ts', '../check/run-check.js'],
    ['src/sync/run-sync.ts', '../core/astro/env-file.js']
  ])('%s may import %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toEqual([])
  })
})
