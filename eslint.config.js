import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'generated/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core and the log summary run in the service worker, pages, Node and tests alike:
    // no platform APIs.
    files: ['src/core/**/*.ts', 'src/log/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'wxt/*', 'i18next', 'preact', 'preact/*'] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'console'],
    },
  },
);
