/**
 * The map as a resident reads it: at the first view, on a 360-px phone and a 1440-px
 * desktop, in Chinese and English, no two township badges overlap, no line is drawn over a badge,
 * the townships are named, the attribution covers nothing of the bottom sheet, and the legend folds
 * and remembers it in the URL.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForMapIdle, watchedBrowser } from './page.ts';
import { closestPair, renderedBadges, type RenderedBadge } from './map.ts';
import { BADGE_DIAMETER } from '../../src/lib/map/badge-merge.ts';

const baseUrl = inject('baseUrl');
const { open } = watchedBrowser(baseUrl);

const PHONE = { width: 360, height: 640 };
const DESKTOP = { width: 1440, height: 900 };
/** The township-level seats of the data (one badge each once the map is close enough). */
const SEATS = 9;
/** The seven towns (镇, 乡): named at the first view on every screen; the city's three 街道 on the desktop too. */
const TOWNS = ['621002100', '621002101', '621002102', '621002103', '621002104', '621002203', '621002204'];
const CITY = ['621002001', '621002002', '621002003'];

type MapWindow = { __map: import('maplibre-gl').Map };

/** The codes of the township names the map has drawn. */
function namedTownships(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (window as unknown as MapWindow).__map;
    const codes = map
      .queryRenderedFeatures({ layers: ['township-labels'] })
      .map((f) => String(f.properties.code));
    return [...new Set(codes)].sort();
  });
}

/** Every badge the badge source holds after a jump to `zoom`, in view or not, where the map puts it. */
async function badgesAtZoom(page: Page, zoom: number): Promise<RenderedBadge[]> {
  await page.evaluate((z) => (window as unknown as MapWindow).__map.jumpTo({ zoom: z }), zoom);
  await waitForMapIdle(page);
  return page.evaluate(async () => {
    const map = (window as unknown as MapWindow).__map;
    const data = (await map
      .getSource<import('maplibre-gl').GeoJSONSource>('township-badges')!
      .getData()) as GeoJSON.FeatureCollection<GeoJSON.Point, Omit<RenderedBadge, 'x' | 'y'>>;
    return data.features.map((f) => ({
      ...f.properties,
      ...map.project(f.geometry.coordinates as [number, number]),
    }));
  });
}

const overlaps = (a: DOMRect | null, b: DOMRect | null) =>
  !!a && !!b && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function rect(page: Page, selector: string): Promise<DOMRect | null> {
  return page.evaluate((s) => {
    const element = document.querySelector(s);
    if (!element || getComputedStyle(element).display === 'none') return null;
    return element.getBoundingClientRect().toJSON() as DOMRect;
  }, selector);
}

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('the first view on a %s', (screen, viewport) => {
  it.each(['zh', 'en'] as const)('%s: no two badges overlap, and every town is named', async (lang) => {
    const page = await open(lang === 'en' ? '?lang=en' : '', viewport);
    const badges = await renderedBadges(page);
    const closest = closestPair(badges);
    console.log(
      `[cartography] ${screen} ${lang}: ${badges.length} badges, closest ${closest.toFixed(1)} px apart`,
    );
    expect(closest).toBeGreaterThanOrEqual(BADGE_DIAMETER);
    // All nine seats are on the map, the crowded ones merged into one badge with their sum.
    expect(badges.reduce((n, b) => n + b.seats, 0)).toBe(SEATS);
    expect(badges.some((b) => b.seats > 1)).toBe(true);

    const named = await namedTownships(page);
    for (const code of screen === 'desktop' ? [...TOWNS, ...CITY] : TOWNS) expect(named).toContain(code);
    // Short names at this zoom (肖金, Xiaojin), in the page's language.
    const field = await page.evaluate(
      () =>
        (window as unknown as MapWindow).__map.getLayoutProperty('township-labels', 'text-field') as unknown,
    );
    expect(JSON.stringify(field)).toContain(`short_${lang}`);
    await page.close();
  });
});

describe('the township badges', () => {
  it('stay apart at every zoom, and open into their nine seats as the map zooms in', async () => {
    const page = await open('', DESKTOP);
    const counts: number[] = [];
    for (const zoom of [7, 8.3, 9.5, 10.8, 12.5, 14]) {
      const badges = await badgesAtZoom(page, zoom);
      expect(closestPair(badges), `zoom ${zoom}`).toBeGreaterThanOrEqual(BADGE_DIAMETER);
      expect(badges.reduce((n, b) => n + b.seats, 0)).toBe(SEATS);
      counts.push(badges.length);
    }
    expect(counts[0]).toBeLessThan(SEATS);
    expect(counts.at(-2)).toBe(SEATS);
    // Never fewer badges closer in (the merge opens, it does not shuffle).
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    await page.close();
  });

  it('lies over every line and area: no line or fill layer is drawn above a badge or marker', async () => {
    const page = await open('', PHONE);
    const layers = await page.evaluate(() =>
      (window as unknown as MapWindow).__map.getStyle().layers.map((l) => ({ id: l.id, type: l.type })),
    );
    const index = (test: (l: { id: string; type: string }) => boolean) =>
      layers.flatMap((l, i) => (test(l) ? [i] : []));
    const underneath = index((l) => l.type === 'line' || l.type === 'fill');
    const badges = index((l) => l.id.startsWith('township-badge') || l.type === 'circle');
    expect(underneath.length).toBeGreaterThan(5);
    expect(badges.length).toBeGreaterThan(5);
    expect(Math.max(...underneath)).toBeLessThan(Math.min(...badges));
    await page.close();
  });

  it('says what a merged badge holds when it is clicked: a count and its townships', async () => {
    const page = await open('', DESKTOP);
    const merged = (await renderedBadges(page)).find((b) => b.seats > 1)!;
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + merged.x, box.y + merged.y);
    const popup = page.locator('.badge-popup.merged');
    await expect(popup.locator('p').first().innerText()).resolves.toMatch(
      new RegExp(`^${merged.count} 个项目，位于 ${merged.seats} 处相邻的乡镇位置`),
    );
    const seats = await popup.locator('p.seat').allInnerTexts();
    expect(seats).toHaveLength(merged.seats);
    for (const seat of seats) expect(seat).toMatch(/^\S+(镇|乡|街道)：\d+ 个项目$/);
    expect(await popup.locator('button').count()).toBeGreaterThanOrEqual(merged.count);
    await page.close();
  });
});

describe('names', () => {
  it('are larger in the large-text mode, and no name layer is set to overlap other symbols', async () => {
    const sizes = async (query: string) => {
      const page = await open(query, DESKTOP);
      const result = await page.evaluate(() => {
        const map = (window as unknown as MapWindow).__map;
        const labels = ['township-labels', 'district-label', 'neighbour-labels', 'selected-label'];
        return {
          size: map.getLayoutProperty('township-labels', 'text-size') as number,
          overlap: labels.map((id) => map.getLayoutProperty(id, 'text-allow-overlap') ?? false),
        };
      });
      await page.close();
      return result;
    };
    const [normal, large] = [await sizes(''), await sizes('?a11y=large')];
    expect(large.size).toBeGreaterThan(normal.size);
    expect([...normal.overlap, ...large.overlap].every((allowed) => allowed === false)).toBe(true);
  });
});

describe('the attribution', () => {
  it('on a phone folds into the map’s ⓘ and covers none of the open project’s sheet', async () => {
    const page = await open('?project=xiaojin-sewage-plant', PHONE);
    expect(await rect(page, 'footer.attribution')).toBeNull();
    const sheet = await rect(page, '.panel-scroll');
    const folded = await rect(page, '.maplibregl-ctrl-attrib');
    expect(folded).not.toBeNull();
    expect(overlaps(folded, sheet)).toBe(false);
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    // The same credits as the desktop's line, every placeholder filled.
    const credits = await page.locator('.maplibregl-ctrl-attrib-inner').innerText();
    expect(credits).toContain('国家统计局2023');
    expect(credits).toContain('项目：西峰区2022年政府工作报告');
    expect(credits).not.toMatch(/[{}]/);
    expect(overlaps(await rect(page, '.maplibregl-ctrl-attrib'), sheet)).toBe(false);
    // The sheet's content scrolls fully into view: its last line ends inside the screen.
    const end = await page.locator('.panel-scroll').evaluate((scroller) => {
      scroller.scrollTo(0, scroller.scrollHeight);
      return [
        scroller.lastElementChild!.getBoundingClientRect().bottom,
        scroller.getBoundingClientRect().bottom,
      ];
    });
    expect(end[0]).toBeLessThanOrEqual(end[1]!);
    expect(end[1]).toBeLessThanOrEqual(PHONE.height);
    await page.close();
  });

  it('on a desktop stays the line at the foot of the page', async () => {
    const page = await open('', DESKTOP);
    expect(await rect(page, 'footer.attribution')).not.toBeNull();
    await expect(page.locator('footer.attribution').innerText()).resolves.toContain(
      '项目：西峰区2022年政府工作报告',
    );
    expect(await rect(page, '.maplibregl-ctrl-attrib')).toBeNull();
    await page.close();
  });
});

describe('the legend', () => {
  it('folds on a desktop, and the URL remembers it', async () => {
    const page = await open('?lang=en', DESKTOP);
    const legend = page.locator('details.legend');
    await expect(legend.getAttribute('open')).resolves.toBe('');
    await legend.locator('summary').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('legend')).toBe('0');
    await expect(legend.getAttribute('open')).resolves.toBeNull();
    await page.reload();
    await waitForMapIdle(page);
    await expect(legend.getAttribute('open')).resolves.toBeNull();
    await legend.locator('summary').click();
    await expect.poll(() => new URL(page.url()).searchParams.has('legend')).toBe(false);
    await expect(legend.getAttribute('open')).resolves.toBe('');
    await page.close();
  });

  it('follows the URL on Back and Forward', async () => {
    const page = await open('?lang=en', DESKTOP);
    const legend = page.locator('details.legend');
    await page.getByRole('button', { name: /County economy/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe('economy');
    await legend.locator('summary').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('legend')).toBe('0');
    // The entry before the chip was pressed had the legend open.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBeNull();
    await expect.poll(() => legend.getAttribute('open')).toBe('');
    await page.goForward();
    await expect.poll(() => legend.getAttribute('open')).toBeNull();
    await page.close();
  });
});
