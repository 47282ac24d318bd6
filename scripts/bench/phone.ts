/**
 * A resident on an ordinary phone: the real data on a 360 × 640 screen with the CPU slowed down
 * four times (DevTools' `Emulation.setCPUThrottlingRate`, what Lighthouse uses for a mid-range
 * phone). Measured: load to the map's first idle, the moment the list first shows projects (an
 * observer set before the page's own scripts notes when the first row appears), and filter changes.
 */
import type { Browser, Page } from 'playwright-core';
import { appFilterChanges } from './interaction.ts';
import { closePage, loadTiming, openMeasured } from './page.ts';
import type { PhoneResult } from './results.ts';

export const PHONE = { viewport: { width: 360, height: 640 }, slowdown: 4 } as const;

const FIRST_ROW = `
new MutationObserver((_, observer) => {
  if (!document.querySelector('.item[data-id]')) return;
  window.__firstList = performance.now();
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });
`;

async function slowPhone(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.slowdown });
  await page.addInitScript({ content: FIRST_ROW });
}

export async function measurePhone(
  browser: Browser,
  siteUrl: string,
  runs: number,
  changes: number,
): Promise<PhoneResult> {
  const result: PhoneResult = { load: [], firstList: [], filter: [] };
  for (let run = 0; run < runs; run++) {
    const page = await openMeasured(browser, siteUrl, PHONE.viewport, slowPhone);
    result.load.push(await loadTiming(page));
    await page.waitForFunction('window.__firstList', undefined, { timeout: 120_000 });
    result.firstList.push(
      await page.evaluate(() => (window as unknown as { __firstList: number }).__firstList),
    );
    await closePage(page);
  }
  result.filter = await appFilterChanges(browser, siteUrl, changes, PHONE.viewport, slowPhone);
  return result;
}
