// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'url',
  'util',
];

/**
 * The layers of DESIGN.md: shared is pure domain; renderer talks only to the contract;
 * electron may use shared but nothing may reach into electron/ from outside it.
 */
const layering = {
  shared: {
    paths: [
      { name: 'electron', message: 'shared/ is pure domain code: no Electron.' },
      { name: 'react', message: 'shared/ is pure domain code: no React.' },
      { name: 'react-dom', message: 'shared/ is pure domain code: no React.' },
    ],
    patterns: [
      { group: nodeBuiltins, message: 'shared/ runs anywhere: no Node modules.' },
      {
        group: ['**/electron/**', '**/renderer/**'],
        message: 'shared/ must not import from electron/ or renderer/.',
      },
    ],
  },
  renderer: {
    paths: [
      { name: 'electron', message: 'The renderer talks only to ArchiveApi, never to Electron.' },
    ],
    patterns: [
      { group: nodeBuiltins, message: 'The renderer runs in a sandboxed page: no Node modules.' },
      {
        group: ['**/electron/**'],
        message: 'The renderer must not import from electron/; put shared code in shared/.',
      },
    ],
  },
  service: {
    paths: [
      {
        name: 'electron',
        message:
          'Only electron/main/app, electron/main/ipc and electron/preload may import Electron: the service runs in plain Node.',
      },
    ],
    patterns: [{ group: ['**/renderer/**'], message: 'electron/ must not import from renderer/.' }],
  },
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'bench-results/**',
      'test-material/**',
      'scratch/**',
      'extension/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Declarations of untyped packages describe classes they only use as types.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', layering.shared] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', layering.renderer],
    },
  },
  {
    // The browser extension runs in the browser, talks to Dossier over its endpoint only.
    files: ['extension/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, chrome: 'readonly' } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'The extension shares only shared/ with Dossier.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/app/**', 'electron/main/ipc/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': ['error', layering.service] },
  },
  {
    files: ['electron/main/app/**/*.ts', 'electron/main/ipc/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: layering.service.patterns }] },
  },
);
