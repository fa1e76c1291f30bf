// @ts-check
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
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
    // Every word the window shows goes through the catalogue (renderer/src/i18n): a literal in
    // JSX, as text or as a label, fails here; the catalogue test checks each key is translated.
    files: ['renderer/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'title',
              'placeholder',
              'alt',
              'label',
              'none',
              'anyLabel',
              'addLabel',
              'saveLabel',
              'filterLabel',
              'name',
            ],
          },
          'jsx-components': { exclude: ['Trans', 'code', 'kbd'] },
          // field('title', …) names a form field, join('; ') a separator: not words shown.
          callees: {
            exclude: ['t', 'k', 'field', 'join'],
          },
          words: {
            // Punctuation, numbers and the names of formats are the same in every language.
            exclude: [
              '^[\\s\\d¶.,:;()\\[\\]“”"\'’!?=/#@+*%&<>|~_×·…—–-]*$',
              '^(Markdown|HTML|Word|first|second|mark|span|#999)$',
            ],
          },
        },
      ],
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
