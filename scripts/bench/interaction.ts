/**
 * Interaction: a filter change until both the list and the map show the result. The app marks
 * `filter:start` when the filter changes, `filter:list` once the list's DOM shows the result and
 * `filter:map` once the map is idle with the new data (src/lib/perf.ts); a change lasts
 * max(list, map) − start. Changes are clicks on the task-area chips (the button's own click(),
 * which skips Playwright's wait for two stable frames: the time counts from the mark, in the
 * handler, either way): chip k on, chip k off,
 * chip k+1 on, …, so half of them narrow to one area and half widen back to everything.
 * The floor does the same with MapLibre alone: the points of one area given to its source.
 */
import type { Browser, Page } from 'playwright-core';
import { closePage, loadTiming, openMeasured } from './page.ts';
import { VIEWPORT } from './load.ts';
import type { FilterChange } from './results.ts';

const AREAS = ['city', 'rural', 'economy', 'ecology', 'livelihood'];

async function oneChange(page: Page, click: () => Promise<void>, clear = true): Promise<FilterChange> {
  if (clear) await page.evaluate(() => performance.clearMarks());
  await click();
  await page.waitForFunction(
    `performance.getEntriesByName('filter:list').length > 0 &&
     performance.getEntriesByName('filter:map').length > 0 && window.__map.loaded()`,
    undefined,
    { timeout: 120_000, polling: 20 },
  );
  return page.evaluate(() => {
    const last = (name: string) => performance.getEntriesByName(name).at(-1)!.startTime;
    const [start, list, map] = [last('filter:start'), last('filter:list'), last('filter:map')];
    return { total: Math.max(list, map) - start, list: list - start, map: map - start };
  });
}

export async function appFilterChanges(
  browser: Browser,
  siteUrl: string,
  changes: number,
  viewport = VIEWPORT,
  beforeNavigation?: (page: Page) => Promise<void>,
): Promise<FilterChange[]> {
  const page = await openMeasured(browser, siteUrl, viewport, beforeNavigation);
  await loadTiming(page);
  const chips = page.locator('.filters fieldset').first().locator('.chip');
  if ((await chips.count()) !== AREAS.length)
    throw new Error('expected 5 task-area chips in the filter panel');
  const times: FilterChange[] = [];
  for (let i = 0; i < changes; i++) {
    const chip = chips.nth(Math.floor(i / 2) % AREAS.length);
    times.push(await oneChange(page, () => chip.evaluate((button: HTMLElement) => button.click())));
  }
  await closePage(page);
  return times;
}

/**
 * Search: a query typed one keystroke at a time into the search box, each keystroke timed like a
 * filter change (the list and the map show its result). The first keystroke also builds the search
 * index, which is built on first use. Latin and Chinese queries, cleared in between.
 */
export const SEARCH_QUERIES = ['road', 'sewage', '水厂', '示范村'];

/** The ids the map's part of the list shows, joined: unchanged means the map has nothing to redraw. */
const mappedIds = (page: Page) =>
  page.evaluate(() => {
    const list = document.querySelector('[data-testid="list-mapped"]') as
      (HTMLElement & { listedIds?: () => string[] }) | null;
    return list?.listedIds?.().join(' ') ?? '';
  });

/** One keystroke: a keystroke that leaves the map's projects as they were is done when the list is. */
async function oneKeystroke(page: Page, type: () => Promise<void>): Promise<FilterChange> {
  const before = await mappedIds(page);
  await page.evaluate(() => performance.clearMarks());
  await type();
  await page.waitForFunction(`performance.getEntriesByName('filter:list').length > 0`, undefined, {
    timeout: 120_000,
    polling: 20,
  });
  if ((await mappedIds(page)) !== before) return oneChange(page, async () => {}, false);
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name).at(-1)!.startTime;
    const list = at('filter:list') - at('filter:start');
    return { total: list, list, map: 0 };
  });
}

export async function appSearchKeystrokes(browser: Browser, siteUrl: string): Promise<FilterChange[]> {
  const page = await openMeasured(browser, siteUrl, VIEWPORT);
  await loadTiming(page);
  const box = page.locator('input[type="search"]');
  const times: FilterChange[] = [];
  for (const query of SEARCH_QUERIES) {
    for (const char of query) times.push(await oneKeystroke(page, () => box.pressSequentially(char)));
    await box.fill('');
    await page.waitForFunction('window.__map.loaded()');
  }
  await closePage(page);
  return times;
}

export async function floorFilterChanges(
  browser: Browser,
  siteUrl: string,
  bounds: readonly number[],
  viewport: { width: number; height: number },
  changes: number,
): Promise<number[]> {
  const page = await openMeasured(browser, `${siteUrl}floor/#${bounds.join(',')}`, viewport);
  await loadTiming(page);
  const times: number[] = [];
  for (let i = 0; i < changes; i++) {
    const area = i % 2 === 0 ? AREAS[Math.floor(i / 2) % AREAS.length]! : null;
    times.push(
      await page.evaluate(
        (a) => (window as unknown as { __floorFilter(a: string | null): Promise<number> }).__floorFilter(a),
        area,
      ),
    );
  }
  await closePage(page);
  return times;
}
