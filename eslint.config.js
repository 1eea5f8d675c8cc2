// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '**/app/**', '**/features/**', '**/components/**'],
              message: 'Ingestion never imports the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/app/**'],
    ...testingLibrary.configs['flat/react'],
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
