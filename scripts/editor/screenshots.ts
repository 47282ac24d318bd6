/**
 * The screenshots of docs/editing.md, taken from `npm run edit` over a copy of the data, and the
 * machine's part of a first placement timed: from starting the editor to the saved answer.
 * Usage: npx tsx scripts/editor/screenshots.ts [--out DIR] [--only NAME]   (default docs/screenshots;
 * --only editing-7-workbook-refused-zh writes that one picture and no other)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/chromium.ts';
import { clickMapAt } from '../../tests/e2e/map.ts';
import { startEditor } from './temp-server.ts';
import { workbookShot } from './workbook-screenshot.ts';

const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? process.argv[outArg + 1]! : 'docs/screenshots';
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1]! : null;
mkdirSync(outDir, { recursive: true });
const PROJECT = 'dongzhiyuan-water-plant';
/** A point in 董志镇, for the pictures only: the plant's real site is not known to us. */
const POINT: [number, number] = [107.64, 35.64];

const started = performance.now();
const editor = await startEditor();
const serverReady = performance.now();
const browser = await launchChromium();
const panel = (page: Page) => page.locator('[data-testid="editor-panel"]');

async function open(query: string, width = 1440, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(new URL(query, editor.url).href);
  await page.waitForFunction(
    () => (window as unknown as { __map?: { loaded(): boolean } }).__map?.loaded(),
    undefined,
    {
      timeout: 60_000,
    },
  );
  await page.locator('[data-testid="editor-panel"][aria-busy="false"]').waitFor();
  return page;
}

async function shot(page: Page, name: string, show?: string) {
  if (only !== null && name !== only) return;
  if (show) await page.locator(show).first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(outDir, `${name}.png`) });
  console.log(`${name}.png`);
}

try {
  const page = await open(`?project=${PROJECT}`);
  const pageReady = performance.now();
  await shot(page, 'editing-1-picked-zh');
  await clickMapAt(page, POINT);
  await panel(page).getByLabel('本单位掌握 / 现场核实').check();
  await panel(page).getByLabel('单位名称').fill('西峰区水务局');
  await shot(page, 'editing-2-placed-zh', '[data-testid="draft-points"]');
  await panel(page).getByRole('button', { name: '保存', exact: true }).click();
  await panel(page).getByRole('status').filter({ hasText: '已保存' }).waitFor();
  const saved = performance.now();
  await shot(page, 'editing-3-saved-zh', '[data-testid="editor-diff"]');
  await panel(page).getByRole('button', { name: '撤销上次保存' }).click();
  await panel(page).getByRole('status').filter({ hasText: '已撤销' }).waitFor();

  await panel(page).getByText('输入坐标').click();
  await panel(page).getByLabel('datum').selectOption('WGS84');
  await panel(page).getByLabel('经度,纬度').fill('108.5,36.5');
  await panel(page).getByRole('button', { name: '加入' }).click();
  await panel(page).getByRole('button', { name: '保存', exact: true }).click();
  await panel(page).locator('ul[role="alert"]').first().waitFor();
  await shot(page, 'editing-4-refused-zh', 'ul[role="alert"]');
  await page.close();

  const english = await open(`?project=${PROJECT}&lang=en`);
  await english.getByRole('button', { name: 'Progress' }).click();
  await shot(english, 'editing-5-progress-en');
  await english.close();
  const phone = await open(`?project=${PROJECT}`, 360, 740);
  await shot(phone, 'editing-6-phone-zh');
  await phone.close();
  await workbookShot(await open(''), editor.root, shot);

  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `editor ready ${s(serverReady - started)} after start; page with map and panel ${s(pageReady - serverReady)} later;` +
      ` saved ${s(saved - pageReady)} after the page was ready (scripted clicks, no reading time)`,
  );
} finally {
  await browser.close();
  await editor.stop();
}
