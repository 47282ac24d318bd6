import { launchChromium } from '../../tests/e2e/chromium.ts';
import { serve } from './serve.ts';
import { closePage, loadTiming, openMeasured } from './page.ts';
const site = await serve(process.argv[2]!);
const browser = await launchChromium();
const page = await openMeasured(browser, site.url, { width: 1440, height: 900 });
await loadTiming(page);
await page.evaluate(() => {
  const s = document.querySelector('.panel-scroll')!;
  s.scrollTop = 300000;
});
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/xb/mid.png' });
// open a far item, close with Escape, check focus returns
const item = page.locator('[data-testid="list-mapped"] .item').nth(5);
const id = await item.getAttribute('data-id');
await item.click();
await page.waitForSelector('#detail-heading');
await page.evaluate((id) => {
  document.addEventListener(
    'focusin',
    (e) =>
      console.log(
        'focusin',
        (e.target as HTMLElement).dataset?.id,
        !!document.querySelector(`.item[data-id="${id}"]`),
      ),
    true,
  );
  document.addEventListener(
    'focusout',
    (e) =>
      console.log(
        'focusout',
        (e.target as HTMLElement).dataset?.id,
        !!document.querySelector(`.item[data-id="${id}"]`),
      ),
    true,
  );
}, id);
page.on('console', (m) => console.log('page:', m.text()));
await page.keyboard.press('Escape');
await page.waitForTimeout(300);
console.log('exists', await page.locator(`.item[data-id="${id}"]`).count());
console.log(
  'focus back on',
  id,
  '->',
  await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id),
);
await page.screenshot({ path: '/tmp/xb/back.png' });
await page.evaluate(() => {
  const s = document.querySelector('.panel-scroll')!;
  s.scrollTop = s.scrollHeight;
});
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/xb/end.png' });
console.log(
  await page.evaluate(() => {
    const s = document.querySelector('.panel-scroll')!;
    return [s.scrollTop, s.scrollHeight, document.querySelectorAll('.item').length];
  }),
);
await closePage(page);
await browser.close();
await site.close();
