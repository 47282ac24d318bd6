import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'scripts/geodata/node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  // __XIFENG_EDITOR__: Vite's define, true only under `npm run edit` (src/editor-flag.d.ts).
  { languageOptions: { globals: { ...globals.browser, ...globals.node, __XIFENG_EDITOR__: 'readonly' } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Untrusted project text must never reach the DOM as markup.
      'svelte/no-at-html-tags': 'error',
    },
  },
);
