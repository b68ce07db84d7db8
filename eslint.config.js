// ESLint 10 flat config: typescript-eslint type-aware rules for src and
// tests, Jest rules for tests, and Prettier owning all formatting.
import { defineConfig, globalIgnores } from 'eslint/config'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import jest from 'eslint-plugin-jest'
import prettier from 'eslint-config-prettier/flat'
import globals from 'globals'

/** A pattern forbidding imports of any of `folders` (by path segment). */
const folders = (names, message) => ({
  regex: `(^|/)(${names.join('|')})/`,
  message
})

const PURE = {
  group: ['@actions/*', '@aws-sdk/*', 'node:*'],
  message: 'src/core is pure: pass data in, return data out.'
}
const OUTSIDE_CORE = folders(
  ['adapters', 'check', 'action', 'cli', 'sync'],
  'src/core is the bottom layer: it imports nothing outside core/.'
)

/** One no-restricted-imports block per folder, most specific last. */
function layers() {
  const block = (files, ...patterns) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns }] }
  })
  const core = (files, ...patterns) =>
    block(files, PURE, OUTSIDE_CORE, ...patterns)
  return [
    block(
      ['src/action/**/*.ts'],
      folders(
        ['cli', 'sync'],
        'action/ is one product; cli/ and sync/ are others.'
      )
    ),
    block(
      ['src/cli/**/*.ts'],
      {
        group: ['@actions/*'],
        message: 'The CLI runs outside GitHub Actions.'
      },
      folders(['action'], 'cli/ and action/ share check/, not each other.')
    ),
    block(
      ['src/sync/**/*.ts'],
      folders(
        [
          'check',
          'action',
          'cli',
          'adapters',
          'airflow',
          'gate',
          'local',
          'render',
          'aws'
        ],
        'sync/ applies an env file: it needs core/astro/ and core/errors.ts only.'
      )
    ),
    block(
      ['src/check/**/*.ts'],
      {
        group: ['@actions/*'],
        message:
          'check/ is shared with the CLI: take callbacks, not the toolkit.'
      },
      folders(
        ['action', 'cli', 'sync'],
        'check/ sits below the products that run it.'
      )
    ),
    block(
      ['src/adapters/**/*.ts'],
      folders(
        ['check', 'action', 'cli', 'sync'],
        'adapters/ sit below check/ and the products.'
      )
    ),
    core(['src/core/**/*.ts']),
    core(['src/core/*.ts'], {
      regex: '^\\./(gate|local|render|astro|aws)/|^\\./airflow/[^/]+$',
      message: 'Shared core files import only airflow/python/.'
    }),
    core(
      ['src/core/airflow/**/*.ts'],
      folders(
        ['gate', 'local', 'render', 'astro', 'aws'],
        'airflow/ emulates Airflow; it knows nothing of the gate.'
      ),
      {
        regex: '(^|/)redact\\.js$',
        message: 'airflow/ emulates Airflow; it knows nothing of the gate.'
      }
    ),
    core(['src/core/airflow/python/**/*.ts'], {
      regex: '^\\.\\./',
      message: 'python/ ports CPython; it imports nothing outside python/.'
    }),
    core(
      ['src/core/aws/**/*.ts', 'src/core/astro/**/*.ts'],
      folders(
        ['gate', 'local', 'render'],
        'aws/ and astro/ state outside rules; they know nothing of the gate.'
      ),
      {
        regex: '^\\.\\./(aws|astro)/',
        message: 'aws/ and astro/ are independent of each other.'
      }
    ),
    core(
      ['src/core/gate/**/*.ts'],
      folders(
        ['local', 'render', 'astro'],
        'gate/ decides; it does not read projects or render.'
      )
    ),
    core(
      ['src/core/local/**/*.ts'],
      folders(
        ['render', 'astro', 'aws'],
        "local/ reads a project; rendering is render/'s."
      )
    ),
    core(
      ['src/core/render/**/*.ts'],
      folders(
        ['local', 'astro', 'aws'],
        'render/ turns a Report into text; it reads nothing else.'
      )
    )
  ]
}

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'node_modules/', '.cache/']),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname
      }
    },
    rules: {
      '@typescript-eslint/explicit-function-return-type': [
        'error',
        { allowExpressions: true }
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true }
      ],
      'no-console': 'error'
    }
  },
  // Import direction (docs/architecture.md): entries → products (action/,
  // cli/, sync/) → check/ → adapters/ → core/, and inside core airflow/python
  // ← airflow ← aws, astro ← gate ← local, render. Flat config replaces a
  // rule's options when blocks overlap, so each block repeats what applies.
  ...layers(),
  {
    // The pure core must not do I/O: no process, no network.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'process',
          message: 'Read env/inputs in src/action/inputs.ts.'
        },
        { name: 'fetch', message: 'Network access belongs in an adapter.' }
      ]
    }
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/explicit-function-return-type': 'off' }
  },
  {
    files: ['__tests__/**/*.ts'],
    extends: [jest.configs['flat/recommended']],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      'jest/unbound-method': 'error'
    }
  },
  prettier
)
