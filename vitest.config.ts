import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Unit tests, in node. End-to-end tests: vitest.e2e.config.ts; the workbook through LibreOffice:
// vitest.spreadsheet.config.ts.
export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
