/**
 * Accessibility of the main views, checked with axe-core (serious and critical violations fail),
 * the large-text mode, and the app without WebGL.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openApp, waitForMapIdle, type WatchedPage } from './page.ts';
import { seriousViolations, visitInPage } from './app.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const VIEWS = [
  { name: 'default', query: '' },
  { name: 'a filtered view', query: '?area=rural&phase=2022' },
  { name: 'a project detail', query: '?project=xiaojin-sewage-plant' },
  { name: 'the large-text mode', query: '?a11y=large' },
  { name: 'English', query: '?lang=en' },
  { name: "the planner's view", query: '?view=gaps' },
  { name: 'the phone layout', query: '', viewport: { width: 360, height: 640 } },
];

describe('axe-core finds no serious or critical violation', () => {
  // The desktop views share one page, taken from view to view as Back and Forward do: one map made
  // for six views. The phone opens its own page at its own size.
  let shared: WatchedPage | undefined;
  afterAll(async () => {
    expect(shared?.errors).toEqual([]);
    await shared?.page.close();
  });
  async function pageAt(query: string): Promise<Page> {
    if (shared) await visitInPage(shared.page, query);
    else shared = await openApp(browser, baseUrl, query);
    return shared.page;
  }

  it.each(VIEWS)('in $name', async ({ query, viewport }) => {
    const watched = viewport ? await openApp(browser, baseUrl, query, viewport) : undefined;
    const page = watched?.page ?? (await pageAt(query));
    await waitForMapIdle(page);
    await page
      .locator('[data-testid="list-district"], #detail-heading, [data-testid="gap-sentence"]')
      .first()
      .waitFor();
    // The page shows the view asked for (the map's camera, written as it moves, aside).
    const shown = new URL(page.url()).searchParams;
    shown.delete('map');
    expect(shown.toString()).toBe(new URLSearchParams(query).toString());
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched?.errors ?? shared?.errors).toEqual([]);
    await watched?.page.close();
  });

  it('in the report reader', async () => {
    const page = await pageAt('?project=dongzhiyuan-water-plant');
    await page.locator('#detail-heading').waitFor();
    await page.getByRole('button', { name: /在报告全文中查看/ }).click();
    await page.locator('dialog mark').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('the large-text mode', () => {
  it('is switched on by a11y=large and by the button, with larger text and targets', async () => {
    const { page } = await openApp(browser, baseUrl);
    await waitForMapIdle(page);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await size()).toBe(16);
    await page.getByRole('button', { name: '大字模式' }).click();
    expect(await size()).toBe(20);
    expect(new URL(page.url()).searchParams.get('a11y')).toBe('large');
    const chip = await page.locator('.chip').first().boundingBox();
    expect(chip!.height).toBeGreaterThanOrEqual(56);
    await page.close();
  });

  it.each(['zh', 'en'])(
    'fits a 360-px phone in %s: the header wraps its buttons, every one on screen',
    async (lang) => {
      const { page } = await openApp(browser, baseUrl, `?a11y=large&lang=${lang}`, {
        width: 360,
        height: 640,
      });
      await waitForMapIdle(page);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(360);
      for (const box of await page
        .locator('header button')
        .evaluateAll((buttons) =>
          buttons
            .filter((b) => b.checkVisibility())
            .map((b) => b.getBoundingClientRect().toJSON() as DOMRect),
        )) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(360);
      }
      await page.close();
    },
  );
});

describe('without WebGL', () => {
  it('says so clearly, and the list, filters and detail still work', async () => {
    const noGl = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    try {
      const page = await noGl.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(baseUrl);
      // The notice comes once MapLibre has failed to get a context, after the config has loaded:
      // possibly after the page's load event, so it is waited for.
      await page.getByText('此浏览器无法显示地图').waitFor();
      await page.getByRole('button', { name: /县域经济/ }).click();
      const items = page.locator('[data-testid="list-mapped"] .item, [data-testid="list-district"] .item');
      await expect.poll(() => items.count()).toBeGreaterThan(0);
      await items.first().click();
      await page.locator('#detail-heading').waitFor();
      // With no map there is no ⓘ: a phone keeps the credits at the foot of the page.
      await page.setViewportSize({ width: 360, height: 640 });
      await expect(page.locator('footer.attribution').isVisible()).resolves.toBe(true);
      await expect(page.locator('footer.attribution').innerText()).resolves.toContain('国家统计局2023');
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});
