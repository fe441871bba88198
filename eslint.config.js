// One lint setup for every workspace. Boundaries are enforced here rather than in review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/test-results/**', '**/playwright-report/**', 'bench/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The accounting core is pure: no I/O, no clock, no database, no network.
    files: ['packages/accounting/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'http', 'https', '@qo/db', '@qo/poweroffice', 'kysely', 'better-sqlite3', 'pg'] },
      ],
    },
  },
  {
    // The browser only ever talks to the BFF; features do not import each other.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@qo/poweroffice', '@qo/db', '@qo/bff'], message: 'The web app talks only to the BFF.' },
            { group: ['@/features/*/*', '!@/features/*/index'], message: 'Import a feature through its public entry.' },
          ],
        },
      ],
    },
  },
);
