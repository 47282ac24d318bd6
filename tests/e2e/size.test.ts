/**
 * Size check: the bytes of the first view, gzipped, against the budgets of docs/performance.md.
 * Sizes are deterministic, so unlike times they can fail a test. The budgets have 10 % slack here
 * (own JS 60 KB → fails above 66 KB; first-view data 80 KB → above 88 KB), so that a small,
 * deliberate addition is discussed in review before it fails CI. The files are the ones the page
 * actually requests until the map is idle (lazy chunks opened later do not count), read from dist/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { waitForMapIdle } from './page.ts';
import { BUDGETS, fileBytes, recordRequests, totals } from '../../scripts/bench/bytes.ts';

const baseUrl = inject('baseUrl');
const SLACK = 1.1;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('first-view size', () => {
  it('keeps the own JS and the first-view data within their budgets (gzip, +10 %)', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const paths = recordRequests(page, baseUrl);
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    await page.close();

    const files = fileBytes('dist', paths);
    const sum = totals(files);
    for (const f of files) console.log(`[size] ${f.kind.padEnd(8)} ${kb(f.gzip).padStart(9)}  ${f.path}`);
    console.log(
      `[size] own JS ${kb(sum.js)} (budget ${kb(BUDGETS.ownJs)}), data ${kb(sum.data)} ` +
        `(budget ${kb(BUDGETS.data)}), own CSS ${kb(sum.css)}, MapLibre ${kb(sum.maplibre)}`,
    );
    // The first view has a script of our own, MapLibre, and the projects: otherwise nothing was measured.
    expect(files.some((f) => f.kind === 'js')).toBe(true);
    expect(files.some((f) => f.kind === 'maplibre')).toBe(true);
    expect(files.map((f) => f.path)).toContain('data/projects.geojson');
    expect(sum.js, 'own JS (gzip) over its budget + 10 %').toBeLessThanOrEqual(BUDGETS.ownJs * SLACK);
    expect(sum.data, 'first-view data (gzip) over its budget + 10 %').toBeLessThanOrEqual(
      BUDGETS.data * SLACK,
    );
  });
});
