// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { builtinModules } from 'node:module';

/**
 * The layers of the house and what each may import, checked on resolved file paths (so `src/mail` and
 * `src/core/mail` are told apart exactly). Core is pure: no node builtins, no I/O and no other layer. Ports
 * hold types only. The app layer sees core and ports, never a concrete driver. Only src/main.ts composes
 * concrete drivers; the CLI and the server receive them.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const LAYER = 'This import crosses a layer boundary (see DEVELOPERS.md, "The house").';
const zones = [
  {
    target: './src/core',
    from: ['./src/ports', './src/store', './src/mail', './src/ai', './src/app', './src/server', './src/cli', './src/runtime', './src/main.ts', './web'],
    message: 'src/core is pure: it imports nothing outside src/core.',
  },
  { target: './src/ports', from: ['./src/store', './src/mail', './src/ai', './src/app', './src/server', './src/cli', './src/runtime', './src/main.ts'], message: LAYER },
  {
    target: './src/app',
    from: ['./src/store', './src/mail', './src/ai', './src/server', './src/cli', './src/runtime', './src/main.ts'],
    message: 'Use cases receive ports; only src/main.ts picks concrete drivers.',
  },
  { target: ['./src/store', './src/mail', './src/ai'], from: ['./src/app', './src/server', './src/cli', './src/main.ts'], message: LAYER },
  {
    target: ['./src/server', './src/cli'],
    from: ['./src/store', './src/mail', './src/ai', './src/main.ts'],
    message: 'The CLI and the server receive drivers from src/main.ts; they never import them.',
  },
];

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
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltins.map((name) => ({ name, message: 'src/core is pure: no node builtins.' })) }],
    },
  },
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
