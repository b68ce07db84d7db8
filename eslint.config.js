// ESLint 10 flat config: typescript-eslint type-aware rules for src and
// tests, Jest rules for tests, and Prettier owning all formatting.
import { defineConfig, globalIgnores } from 'eslint/config'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import jest from 'eslint-plugin-jest'
import prettier from 'eslint-config-prettier/flat'
import globals from 'globals'

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
  {
    // The pure core must not do I/O: no toolkit, SDK, fs, network or process.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '@aws-sdk/*', 'node:*', '*/adapters/*'],
              message: 'src/core is pure: pass data in, return data out.'
            }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Read env/inputs in src/inputs.ts.' },
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
