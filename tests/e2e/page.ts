/**
 * Opens the app in a fresh page and records what a test must check on every page:
 * page errors, console errors, and every request that does not go to the serving origin.
 */
import type { Browser, Page } from 'playwright-core';

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

/** Waits until the map has loaded its style and data and finished drawing. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = (window as unknown as { __map?: { loaded(): boolean; isStyleLoaded(): boolean } }).__map;
      return Boolean(map && map.isStyleLoaded() && map.loaded());
    },
    undefined,
    { timeout: 30_000 },
  );
}
