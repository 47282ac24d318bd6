import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Unit tests, in node. End-to-end tests: vitest.e2e.config.ts; the workbook through LibreOffice:
// vitest.spreadsheet.config.ts.
export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Vitest's default leaves a core idle (CPUs − 1: one worker on a 2-core machine): one a core.
    maxWorkers: availableParallelism(),
    // Worker threads, and the modules loaded once per worker rather than once per file: 116 s → 37 s
    // on 2 cores. Safe because no unit test leaves global state behind (stubbed globals are
    // restored after each test; files write only into their own temporary folders); shuffled runs
    // (`--sequence.shuffle`) pass.
    pool: 'threads',
    isolate: false,
  },
});
