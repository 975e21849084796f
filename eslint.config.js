import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const PURE_MESSAGE =
  'src/engine and src/content are pure TypeScript: no React, DOM, audio or i18n. Put UI code in src/features or src/app.';

/** Imports no pure module (src/engine, src/content) may make. */
const PURE_PATTERNS = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@xstate/react'], message: PURE_MESSAGE },
  { group: ['howler', 'i18next', 'react-i18next'], message: PURE_MESSAGE },
  { group: ['**/features/**', '**/app/**', '**/adapters/**'], message: PURE_MESSAGE },
];

/** UI code imports the engine through src/engine/index.ts only: its named exports are the engine's API. */
const ENGINE_FACADE = {
  group: ['**/engine/*', '!**/engine/index.ts'],
  message: 'Import the engine from src/engine/index.ts (its public API); export what you need there.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', 'types/', '.cli/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      // Type-aware rules: the mistakes only types reveal (a promise nobody awaits, a switch that misses a case).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/require-await': 'error',
    },
  },
  {
    // Test doubles implement async interfaces without awaiting anything.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.tsx', 'src/features/**/*.ts', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // One owner for plays and attempts: storage, migrations and the lifecycle machine are reached only
    // through src/app/play's hooks and requests (usePlayFlow, requestPlay, kept-attempts).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/app/play/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/play/attempt-store*', '**/play/attempt-migrations*', '**/play/ending-memory*', '**/play/play-flow.machine*'],
              message: 'Plays and attempts are owned by src/app/play: use usePlayFlow, requestPlay or kept-attempts.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The UI sees the engine through its one public API.
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [ENGINE_FACADE] }] },
  },
  {
    // The app composes the features; a feature never reaches back into the app (routes, storage of plays).
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '../app/*', '../../app/*'],
              message: 'Features must not import from src/app: pass what the feature needs in as props or context from the app.',
            },
            ENGINE_FACADE,
          ],
        },
      ],
    },
  },
  {
    // The boundary that keeps the engine testable and reusable.
    files: ['src/engine/**/*.ts', 'src/content/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...PURE_PATTERNS,
            {
              group: ['node:*', 'fs', 'path'],
              message: 'src/content must run in the browser too (the Scenario Lab): read files in scripts/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'HTMLElement', 'Audio'].map((name) => ({
          name,
          message: PURE_MESSAGE,
        })),
      ],
    },
  },
  {
    // The engine is deterministic and knows nothing of the content pipeline: same choices and seed, same result.
    files: ['src/engine/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...PURE_PATTERNS,
            { group: ['node:*', 'fs', 'path'], message: PURE_MESSAGE },
            {
              group: ['**/content/**', '../content/*'],
              message: 'The engine must not depend on the content pipeline (src/content depends on the engine, not the other way round).',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The engine is deterministic: draw from the seeded generator in rng.ts.' },
        { object: 'Date', property: 'now', message: 'The engine is deterministic: time comes in as data, never from the clock.' },
        { object: 'performance', property: 'now', message: 'The engine is deterministic: time comes in as data, never from the clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The engine is deterministic: no current date.' },
        {
          selector: 'CallExpression[callee.name=/^(setTimeout|setInterval|queueMicrotask|requestAnimationFrame)$/]',
          message: 'The engine is synchronous and pure: no timers.',
        },
      ],
    },
  },
);
