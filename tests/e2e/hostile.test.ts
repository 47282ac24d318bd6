/**
 * Hostile and broken input at run time: project text that carries markup or script is shown as
 * text everywhere; a projects file that fails validation in part shows the valid records and a
 * notice; an unreadable file gives a clear message; the map works with every outside request
 * blocked, from a sub-path, and inside a container that starts hidden.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { clickMapAt, districtFeaturesDrawn } from './map.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { waitForMapIdle } from './page.ts';

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  'javascript:alert(3)',
  '" onmouseover="alert(4)" x="',
  '<a href="javascript:alert(5)">link</a>',
  '<svg onload=alert(6)>',
];
const real = JSON.parse(readFileSync('geodata/projects.geojson', 'utf8')) as {
  features: { id: string; properties: Record<string, unknown>; geometry: unknown }[];
};

/** The real data with markup planted in every text field of three records, one of them township-level. */
function poisoned(): string {
  const features = structuredClone(real.features);
  for (const [i, id] of [
    'xiaojin-sewage-plant',
    'old-town-renewal-qinbaling-xijiao',
    'dongzhiyuan-water-plant',
  ].entries()) {
    const f = features.find((x) => x.id === id)!;
    const payload = PAYLOADS[i % PAYLOADS.length]!;
    for (const field of [
      'name_zh',
      'name_en',
      'section',
      'status_as_stated',
      'location_source',
      'location_source_zh',
      'note',
      'note_zh',
    ]) {
      f.properties[field] = `${payload} ${PAYLOADS.join(' ')} 注入测试`;
    }
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** The real data plus two records that fail validation. */
function partlyBroken(): string {
  const features: unknown[] = structuredClone(real.features);
  const bad1 = structuredClone(real.features[0]!);
  bad1.id = 'broken-area';
  bad1.properties.id = 'broken-area';
  bad1.properties.area = 'nowhere';
  const bad2 = structuredClone(real.features[0]!);
  bad2.id = 'broken-coordinates';
  bad2.properties.id = 'broken-coordinates';
  bad2.geometry = { type: 'Point', coordinates: [535.7, 107.6] };
  features.push(bad1, bad2);
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/**
 * The real data with hostile progress entries on the water plant: links to javascript: and data:
 * addresses (each entry must be dropped, never its record) and markup in a good entry's text.
 */
function hostileProgress(): string {
  const features = structuredClone(real.features);
  const plant = features.find((x) => x.id === 'dongzhiyuan-water-plant')!;
  const entry = (source_url: string, text: string) => ({
    date: '2023',
    date_kind: 'event',
    status: 'completed',
    fact_zh: `${text} 注入测试`,
    fact_en: `${text} injection test`,
    source_name: text,
    source_url,
    retrieved: '2026-11-29',
  });
  plant.properties.progress = [
    entry('javascript:alert(7)', '脚本链接'),
    entry('data:text/html,<script>alert(8)</script>', '数据链接'),
    entry('https://example.org/ok', PAYLOADS.join(' ')),
  ];
  return JSON.stringify({ type: 'FeatureCollection', features });
}

let browser: Browser;
const sites: StaticSite[] = [];
async function site(files: Record<string, string>, prefix = '/'): Promise<StaticSite> {
  const s = await serveStatic({ root: 'dist', files, prefix });
  sites.push(s);
  return s;
}

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(sites.map((s) => s.close()));
});

interface Opened {
  page: Page;
  dialogs: string[];
  errors: string[];
}
async function open(url: string, blockOutside = false): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  if (blockOutside) {
    const origin = new URL(url).origin;
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient'),
    );
  }
  await page.goto(url);
  return { page, dialogs, errors };
}

/** Elements or attributes that planted markup would create if it were ever parsed as HTML. */
const injected = (page: Page) =>
  page.evaluate(() => {
    const all = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument)];
    return all.flatMap((doc) =>
      doc
        ? [
            ...doc.querySelectorAll(
              'img[src="x"], svg[onload], script:not([src]), [onerror], [onmouseover], a[href^="javascript:"]',
            ),
          ].map((el) => el.outerHTML.slice(0, 80))
        : [],
    );
  });

describe('markup in project text', () => {
  it('is shown as text in the list, detail, badge popup, report reader and embed builder; nothing runs', async () => {
    const s = await site({ '/data/projects.geojson': poisoned() });
    const { page, dialogs, errors } = await open(s.url);
    await page.locator('[data-testid="list-district"]').waitFor();

    await page.getByRole('searchbox').fill('注入测试');
    await expect.poll(() => page.locator('.item').count()).toBe(3);
    await expect(page.locator('.item .name').first().innerText()).resolves.toContain(
      '<img src=x onerror=alert(1)>',
    );
    await page.locator('.item').first().hover();
    await page.locator('.item').first().click();
    await expect(page.locator('#detail-heading').innerText()).resolves.toContain('<script>alert(2)</script>');
    await page.getByRole('button', { name: /在报告全文中查看/ }).click();
    await page.locator('dialog mark, dialog .para.current').first().waitFor();
    await page.keyboard.press('Escape');

    // The township badge of the poisoned township-level record, opened on the map.
    await page.getByRole('button', { name: /返回列表/ }).click();
    await page.evaluate(() => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      map.jumpTo({ center: [107.617497, 35.734113], zoom: 13 });
    });
    await page.waitForFunction(() =>
      (window as unknown as { __map: import('maplibre-gl').Map }).__map.loaded(),
    );
    await clickMapAt(page, [107.617497, 35.734113]);
    await expect(page.locator('.badge-popup').innerText()).resolves.toContain('onerror=alert(1)');

    await page.getByRole('button', { name: '嵌入此地图' }).click();
    await page.locator('#embed-code').waitFor();
    await page.getByRole('dialog').locator('select').selectOption('xiaojin-sewage-plant');
    // The preview has opened the poisoned project: its text has been drawn wherever it would be.
    await expect
      .poll(() => page.frameLocator('dialog iframe').locator('#detail-heading').textContent())
      .toContain('onerror=alert(1)');

    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a broken projects file', () => {
  it('that fails validation in part: the valid records are shown, with a notice of what was left out', async () => {
    const s = await site({ '/data/projects.geojson': partlyBroken() });
    const { page, errors } = await open(s.url);
    const notice = page.locator('details.notice');
    await expect(notice.locator('summary').innerText()).resolves.toContain('2 条记录未通过检查');
    await notice.locator('summary').click();
    await expect(notice.innerText()).resolves.toContain('broken-area');
    await expect(notice.innerText()).resolves.toContain('broken-coordinates');
    const shown = await page.locator('.item').count();
    expect(shown).toBe(real.features.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in progress entries: a javascript: or data: source never becomes a link; only that entry is dropped', async () => {
    const s = await site({ '/data/projects.geojson': hostileProgress() });
    const { page, errors, dialogs } = await open(`${s.url}?project=dongzhiyuan-water-plant`);
    const notice = page.locator('details.notice');
    await expect(notice.locator('summary').innerText()).resolves.toContain('有 2 条进展记录未通过检查');
    // The record stays: its detail opens, with the one good entry.
    await expect(page.locator('#detail-heading').innerText()).resolves.toBe('董志塬水厂');
    const timeline = page.locator('section.progress');
    await expect(timeline.locator('li').count()).resolves.toBe(2);
    const hrefs = await timeline
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['https://example.org/ok']);
    await expect(page.locator('a[href^="javascript:"], a[href^="data:"]').count()).resolves.toBe(0);
    // Markup in the good entry is shown as text.
    await expect(timeline.innerText()).resolves.toContain('<script>alert(2)</script>');
    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('that cannot be read at all: a clear message, not a blank page', async () => {
    const s = await site({ '/data/projects.geojson': '{"type": "FeatureCollection", "features": [' });
    const { page, errors } = await open(s.url);
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(
      /无法读取地图数据：projects\.geojson: not valid JSON/,
    );
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a broken reports file', () => {
  it('stops the load with a message naming the file and what is wrong, not a blank page', async () => {
    const reports = JSON.parse(readFileSync('dist/data/reports.json', 'utf8')) as Record<string, unknown>[];
    const broken = JSON.stringify([{ ...reports[0], delivered: '2021-11-31' }]);
    const s = await site({ '/data/reports.json': broken });
    const { page, errors } = await open(s.url);
    await expect(page.getByRole('alert').innerText()).resolves.toBe(
      '无法读取地图数据：reports.json: report 1: delivered "2021-11-31" is not a day YYYY-MM-DD',
    );
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('missing pieces', () => {
  it('works entirely with every outside request blocked, served from a sub-path', async () => {
    const s = await site({}, '/deep/sub/path/');
    const { page, errors } = await open(`${s.url}deep/sub/path/?project=xiaojin-sewage-plant`, true);
    await expect(page.locator('#detail-heading').innerText()).resolves.toBe('肖金污水处理厂');
    await waitForMapIdle(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws correctly when its container starts hidden and becomes visible', async () => {
    const s = await site({});
    const host = await site({
      '/tab.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>tabs</title><link rel="icon" href="data:,"></head><body>
<button id="show">Map tab</button><div id="tab" style="display:none">
<iframe src="${s.url}?embed=1" title="map" style="width:900px;height:600px;border:0"></iframe></div>
<script>document.getElementById('show').onclick = () => (document.getElementById('tab').style.display = 'block');</script>
</body></html>`,
    });
    const { page, errors } = await open(`${host.url}tab.html`);
    // The app has started inside the hidden tab, before the tab is shown: its map made (at no
    // size) and its data read. (A hidden frame draws nothing, so the map never becomes idle there.)
    const frame = (await (await page.waitForSelector('iframe', { state: 'attached' })).contentFrame())!;
    await frame.locator('.maplibregl-canvas').waitFor({ state: 'attached' });
    await frame.waitForFunction(() =>
      performance
        .getEntriesByType('resource')
        .some(
          (e) =>
            e.name.endsWith('/data/projects.geojson') && (e as PerformanceResourceTiming).responseEnd > 0,
        ),
    );
    expect(await page.locator('#tab').isHidden()).toBe(true);
    await page.click('#show');
    await waitForMapIdle(frame);
    await expect
      .poll(() =>
        frame.evaluate(() => {
          const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
          const canvas = map.getCanvas();
          return {
            width: canvas.clientWidth,
            drawn: map.queryRenderedFeatures({ layers: ['district-fill'] }).length,
          };
        }),
      )
      .toEqual({ width: 900, drawn: expect.any(Number) });
    const drawn = await districtFeaturesDrawn(frame);
    expect(drawn).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
