import { launchChromium } from '../../tests/e2e/chromium.ts';
import { serve } from './serve.ts';
import { closePage, loadTiming, openMeasured } from './page.ts';
const site = await serve(process.argv[2]!);
const browser = await launchChromium();
const page = await openMeasured(browser, site.url, { width: 1440, height: 900 });
await loadTiming(page);
await page.waitForTimeout(500);
await page.evaluate(() => performance.clearMarks());
const t = await page.evaluate(async () => {
  const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
  const start = performance.now();
  const idle = new Promise((r) => map.once('idle', r));
  map.panBy([80, 0], { duration: 0 });
  await idle;
  await new Promise((r) => setTimeout(r, 300));
  return performance.now() - start;
});
console.log(
  'pan→idle',
  Math.round(t),
  'ms; setData after the pan:',
  await page.evaluate(() => performance.getEntriesByName('filter:map').length),
);
await closePage(page);
await browser.close();
await site.close();
