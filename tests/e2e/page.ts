/**
 * Opens the app in a fresh page and records what a test must check on every page:
 * page errors, console errors, and every request that does not go to the serving origin.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';

export interface WatchedPage {
  page: Page;
  errors: string[];
  outsideRequests: string[];
}

export async function openApp(
  browser: Browser,
  baseUrl: string,
  query = '',
  viewport = { width: 1440, height: 900 },
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport, reducedMotion });
  const origin = new URL(baseUrl).origin;
  const errors: string[] = [];
  const outsideRequests: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      outsideRequests.push(url);
  });
  await page.goto(new URL(query, baseUrl).href);
  return { page, errors, outsideRequests };
}

/** Waits until the map of a page (or of an embedded frame) has loaded its style and data and finished drawing. */
export async function waitForMapIdle(target: Page | Frame): Promise<void> {
  await target.waitForFunction(
    () => {
      const map = (window as unknown as { __map?: { loaded(): boolean; isStyleLoaded(): boolean } }).__map;
      return Boolean(map && map.isStyleLoaded() && map.loaded());
    },
    undefined,
    { timeout: 30_000 },
  );
}

/**
 * One browser for a test file, and every page it opens watched: when the file ends, no page may
 * have had an error or asked anything of another origin. Call it at the top of the file; a site
 * started in the file's own beforeAll is given as a function, read when a page opens.
 */
export function watchedBrowser(site: string | (() => string)) {
  let browser: Browser;
  const opened: WatchedPage[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const { errors, outsideRequests } of opened) {
      expect(errors).toEqual([]);
      expect(outsideRequests).toEqual([]);
    }
    await browser?.close();
  });
  async function openUntil(
    ready: string,
    query: string,
    viewport?: { width: number; height: number },
    reducedMotion?: 'reduce' | 'no-preference',
    withMap = true,
  ): Promise<Page> {
    const baseUrl = typeof site === 'string' ? site : site();
    const watched = await openApp(browser, baseUrl, query, viewport, reducedMotion);
    opened.push(watched);
    if (withMap) await waitForMapIdle(watched.page);
    await watched.page.locator(ready).first().waitFor();
    return watched.page;
  }
  /** Opens the app and waits until the map is drawn and the list (or a shared link's detail) is there. */
  const open = (
    query = '',
    viewport?: { width: number; height: number },
    reducedMotion?: 'reduce' | 'no-preference',
  ): Promise<Page> =>
    openUntil('[data-testid="list-district"], #detail-heading', query, viewport, reducedMotion);
  /** Opens the planner's view (`query` has `view=gaps`) and waits until its first finding is there. */
  const openPlanner = (query: string): Promise<Page> => openUntil('[data-testid="gap-sentence"]', query);
  /**
   * Opens the promises view (`query` has `view=promises`), which has no map, once both its tables
   * are there: the goals table reads its own file, so it can come after the comparison table.
   */
  async function openPromises(query: string, viewport?: { width: number; height: number }): Promise<Page> {
    const page = await openUntil('.comparison tbody tr', query, viewport, undefined, false);
    await page.locator('.indicators').waitFor({ state: 'attached' });
    return page;
  }
  return { open, openPlanner, openPromises };
}
