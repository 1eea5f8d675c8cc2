// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Extraction stages are pure functions of the seed's text: no file, network or process access.
const EXTRACTION_STAGES = [
  'src/ingest/seed/**',
  'src/ingest/language/**',
  'src/ingest/quotes/**',
  'src/ingest/entities/**',
  'src/ingest/article/**',
];
const NO_APP_IN_INGEST = {
  group: ['react', 'react-dom', '**/app/**', '**/features/**', '**/components/**'],
  message: 'Ingestion never imports the app.',
};
const IO_MODULES = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'http2',
  'dgram',
  'dns',
  'tls',
  'child_process',
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-output', 'node_modules', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/app/**', 'src/features/**', 'src/components/**', 'src/lib/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // The browser app and the Node ingestion share only the contract.
    files: ['src/app/**', 'src/features/**', 'src/components/**', 'src/lib/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ingest/**', 'node:*'],
              message: 'The app shares only src/contract with ingestion.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ingest/**', 'src/contract/**', 'src/hosting/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_APP_IN_INGEST] }],
    },
  },
  {
    files: EXTRACTION_STAGES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_APP_IN_INGEST,
            {
              group: [...IO_MODULES, ...IO_MODULES.map((m) => `node:${m}`), 'piscina', 'node:worker_threads'],
              message: 'Extraction stages are pure: the pipeline (process-file, run-pipeline) reads files.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'process'].map((name) => ({
          name,
          message: 'Extraction stages are pure: no network or process access.',
        })),
      ],
    },
  },
  {
    // No import cycles anywhere in src (type-only imports included): a cycle hides which module
    // is the lower layer and makes load order matter.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['tests/app/**'],
    ...testingLibrary.configs['flat/react'],
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
