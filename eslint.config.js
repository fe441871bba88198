// One lint setup for every workspace. Boundaries are enforced here rather than in review; the
// layers are drawn in docs/architecture.md ("The BFF", "The web app").
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = dirname(fileURLToPath(import.meta.url));
const BFF = './apps/bff/src';
const WEB = './apps/web/src';

/** The feature folders under `dir` (relative to the repository root). */
function featuresIn(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** One zone per feature: its files may import no other feature. */
function noFeatureToFeature(dir, message) {
  const features = featuresIn(`${dir}/features`);
  return features.map((name) => ({
    target: `${dir}/features/${name}/**/*`,
    from: features.filter((other) => other !== name).map((other) => `${dir}/features/${other}`),
    message,
  }));
}

const bffAppLayer = ['app.ts', 'routes.ts', 'server.ts', 'shutdown.ts'].map((file) => `${BFF}/${file}`);

/*
 * The BFF: routes (app.ts, routes.ts) → features → services → lib. Plugins (our own and third
 * parties') sit beside services, under the features. The demo seed uses services. Test files and
 * the test kits in src/test may import anything.
 */
const bffZones = [
  ...noFeatureToFeature(
    BFF,
    'A feature does not import another feature: move what both need to src/services.',
  ),
  {
    target: `${BFF}/features/**/*`,
    from: [...bffAppLayer, `${BFF}/demo`],
    message: 'Features are registered by routes.ts; they do not import the app.',
  },
  {
    target: `${BFF}/services/**/*`,
    from: [`${BFF}/features`, `${BFF}/demo`, ...bffAppLayer],
    message: 'Services never import features or the app: features call services.',
  },
  {
    target: `${BFF}/plugins/**/*`,
    from: [`${BFF}/features`, `${BFF}/services`, `${BFF}/demo`, ...bffAppLayer],
    message: 'Plugins are infrastructure: they import lib and config only.',
  },
  {
    target: [`${BFF}/lib/**/*`, `${BFF}/config/**/*`],
    from: [`${BFF}/features`, `${BFF}/services`, `${BFF}/plugins`, `${BFF}/demo`, ...bffAppLayer],
    message: 'lib and config are the bottom layer: they import nothing of the app.',
  },
  {
    target: `${BFF}/demo/**/*`,
    from: [`${BFF}/features`, `${BFF}/routes.ts`, `${BFF}/server.ts`],
    message: 'The demo seed uses services, not features.',
  },
];

/* The web app: app (router, routes, layout) → features → shared (components, lib, config). */
const webShared = ['components', 'lib', 'config', 'locales', 'styles'].map((dir) => `${WEB}/${dir}/**/*`);
const webZones = [
  ...noFeatureToFeature(
    WEB,
    'A feature does not import another feature: compose them in src/app, or move what both need to components or lib.',
  ),
  {
    target: `${WEB}/features/**/*`,
    from: [`${WEB}/app`],
    message: 'Features do not import the app; the app composes features.',
  },
  {
    target: webShared,
    from: [`${WEB}/features`, `${WEB}/app`],
    message: 'Shared code (components, lib, config) imports no feature and not the app.',
  },
];

/** Test files and test kits may reach across layers; they are not part of the running app. */
const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/test/**', '**/testing/**', '**/e2e/**'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'bench/data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      // Parse TypeScript when following imports (no-cycle reads the imported files too).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // Each file's imports are resolved with its nearest tsconfig.json (the web's `@/` paths).
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // kebab-case file names (`day-voucher.ts`, `voucher-table.tsx`); `.test`, `.d` and the like
      // are middle extensions. Migrations keep their numbered ids (`0005_export.ts`).
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '**/src/**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['packages/db/src/migrations/*.ts'],
    rules: { 'check-file/filename-naming-convention': 'off' },
  },
  {
    // Promises are awaited or handed to something that handles their failure: a floating promise
    // hides an error, a promise where a callback is expected runs unawaited. Type-aware.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // The accounting core is pure: no I/O, no clock, no database, no network.
    files: ['packages/accounting/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'http',
            'https',
            '@qo/db',
            '@qo/poweroffice',
            'kysely',
            'better-sqlite3',
            'pg',
          ],
        },
      ],
    },
  },
  {
    files: ['apps/bff/src/**/*.ts'],
    ignores: testFiles,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            ...bffZones,
            {
              target: `${BFF}/**/*`,
              from: `${BFF}/test`,
              message: 'The test kits are for tests only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web's `@/` paths, also when lint runs from the repository root.
    files: ['apps/web/**/*.{ts,tsx}'],
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: join(root, 'apps/web/tsconfig.json') }),
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The browser only ever talks to the BFF.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@qo/poweroffice', '@qo/db', '@qo/bff'],
              message: 'The web app talks only to the BFF.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: testFiles,
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones: webZones }] },
  },
);
