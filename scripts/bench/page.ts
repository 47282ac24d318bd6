/**
 * Opens a page for a measurement: a fresh browser context (empty cache) and two init scripts.
 * The first defines `__name`, which tsx's compiler inserts into the functions this script hands
 * to page.evaluate. The second traps the moment the page sets `window.__map` and listens for that
 * map's first `idle`: the load time is that moment, read as `performance.now()`, which counts from
 * the start of the navigation.
 */
import type { Browser, Page } from 'playwright-core';

export interface LoadTiming {
  /** Navigation start to the map's first idle (the figure reported). */
  idle: number;
  /** Navigation start to `window.__map` being set (the map created, with its data, in the app). */
  map: number;
  /** Navigation start to the last byte of `projects.geojson`. */
  data: number;
}

const TRAP = `
window.__name = (f) => f;
(() => {
  let map;
  Object.defineProperty(window, '__map', {
    configurable: true,
    get: () => map,
    set(value) {
      map = value;
      window.__bench = { map: performance.now() };
      value.once('idle', () => (window.__bench.idle = performance.now()));
    },
  });
})();
`;

export async function openMeasured(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  beforeNavigation?: (page: Page) => void | Promise<void>,
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  await page.addInitScript({ content: TRAP });
  await beforeNavigation?.(page);
  await page.goto(url, { waitUntil: 'commit' });
  return page;
}

/** Waits for the first idle and reads the timings. */
export async function loadTiming(page: Page, timeout = 300_000): Promise<LoadTiming> {
  await page.waitForFunction('window.__bench && window.__bench.idle', undefined, { timeout, polling: 50 });
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: { map: number; idle: number } }).__bench;
    const data = performance
      .getEntriesByType('resource')
      .find((e) => e.name.endsWith('/data/projects.geojson')) as PerformanceResourceTiming | undefined;
    return { idle: bench.idle, map: bench.map, data: data?.responseEnd ?? NaN };
  });
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}
