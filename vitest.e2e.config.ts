import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app (dist/) served on localhost, driven in headless Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores here: one browser at a time keeps SwiftShader from starving.
    fileParallelism: false,
  },
});
