// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { builtinModules } from 'node:module';

/**
 * The layers of the house and what each may import. Core is pure: no node builtins, no I/O and no
 * other layer. Ports hold types only. The app layer sees core and ports, never a concrete driver.
 * Only src/main.ts composes concrete drivers.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
// `mail` names the drivers in src/mail, not the pure src/core/mail nor the use cases in src/app/mail: the
// negations right after it let those through, and a later layer (app) still catches what it should.
const layer = (names) =>
  names.flatMap((n) => (n === 'mail' ? ['**/mail/**', '!**/core/mail/**', '!**/app/mail/**'] : [`**/${n}/**`]));

const boundary = (files, forbiddenLayers, extra = {}) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: extra.paths ?? [],
        patterns: [
          ...(forbiddenLayers.length
            ? [{ group: layer(forbiddenLayers), message: 'This import crosses a layer boundary (see DEVELOPERS.md).' }]
            : []),
          ...(extra.patterns ?? []),
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'coverage/**', 'web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: {
      parserOptions: { ecmaVersion: 2023, sourceType: 'module' },
      globals: {
        console: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        structuredClone: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        queueMicrotask: 'readonly',
      },
    },
    settings: {
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  boundary(['src/core/**/*.ts'], ['ports', 'store', 'mail', 'app', 'server', 'cli', 'web'], {
    paths: nodeBuiltins.map((name) => ({ name, message: 'src/core is pure: no node builtins.' })),
  }),
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/core has no clock: take the time as a parameter.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core has no clock: take the time as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'src/core is deterministic: no Math.random.',
        },
      ],
      'no-restricted-globals': ['error', 'process', 'fetch', 'setTimeout', 'setInterval'],
    },
  },
  boundary(['src/ports/**/*.ts'], ['store', 'mail', 'app', 'server', 'cli', 'web']),
  boundary(['src/app/**/*.ts'], ['store', 'mail', 'server', 'cli', 'web'], {
    patterns: [{ group: ['**/main', '**/main.ts'], message: 'Use cases receive ports, not the composition root.' }],
  }),
  boundary(['src/store/**/*.ts', 'src/mail/**/*.ts'], ['app', 'server', 'cli', 'web']),
  boundary(['src/server/**/*.ts', 'src/cli/**/*.ts'], ['store', 'mail'], {
    patterns: [{ group: ['**/main', '**/main.ts'], message: 'Only the entry point imports the composition root.' }],
  }),
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'scripts/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off', 'no-restricted-globals': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
