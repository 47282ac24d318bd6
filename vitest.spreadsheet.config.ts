import { defineConfig } from 'vitest/config';

// The workbook round trip through a real spreadsheet program (LibreOffice Calc, headless):
// `npm run test:spreadsheet`, run by .ci/run after installing libreoffice-calc-nogui.
export default defineConfig({
  test: {
    include: ['tests/spreadsheet/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
