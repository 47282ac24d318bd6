import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app (dist/) served on localhost, driven in headless Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores here: one browser at a time. The whole suite, two files at once, took 656 s against
    // 603 s one after the other: SwiftShader already keeps both cores busy (docs/performance.md).
    fileParallelism: false,
    // expect.poll waits for what a person would wait for; Vitest's default of 1 s is less than one
    // busy moment of this machine (a first map frame in SwiftShader can take longer), so a slow
    // run would fail where a person would only wait.
    expect: { poll: { timeout: 10_000 } },
  },
});
