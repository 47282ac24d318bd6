/**
 * The planner's view (view=gaps) against the domain functions on the same data: the sentence for a
 * chosen kind and threshold, the per-township table, the 2021/2022 table, and the exports parsed back.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { launchChromium } from './chromium.ts';
import { openApp, waitForMapIdle } from './page.ts';
import { analyseCoverage, shareBeyond, type TownshipArea } from '../../src/lib/domain/planner/grid.ts';
import { townshipCounts } from '../../src/lib/domain/planner/township-counts.ts';
import { projectsOfKind } from '../../src/lib/domain/planner/grid.ts';
import { factsOf, gapSummary, townshipMeasures } from '../../src/lib/domain/planner/township-measures.ts';
import type { ProjectFeature } from '../../src/lib/domain/project.ts';
import { parseCsv } from '../helpers/csv.ts';

const baseUrl = inject('baseUrl');
const read = <T>(file: string) => JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as T;
const projects = read<{ features: ProjectFeature[] }>('projects.geojson').features;
const boundary = read<FeatureCollection<Polygon | MultiPolygon>>('xifeng-boundary.geojson');
const townshipAreas = read<{ features: TownshipArea[] }>('townships.geojson').features;
const townships = townshipAreas.map((f) => f.properties);
/** The published data holds one report, so it is the latest: the planner's phases are its own. */
const LATEST = { id: 'xifeng-2022', year: 2022 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openPlanner(query = '?view=gaps'): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openApp(browser, baseUrl, query);
  await waitForMapIdle(page);
  await page.locator('[data-testid="gap-sentence"]').waitFor();
  return { page, errors };
}

const percent = (share: number) =>
  new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }).format(share * 100);

describe('the planner’s view', () => {
  it('says the whole district is a gap when no project of the kind is located precisely enough', async () => {
    const { page, errors } = await openPlanner();
    const expected = analyseCoverage(projects, boundary, 'water', { townships: townshipAreas });
    expect(expected.projectsUsed).toBe(0);
    await expect(page.getByTestId('gap-sentence').innerText()).resolves.toBe(
      '没有可计入的已定位“供水”项目：全区都是空白。',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps every planner choice in the URL: a shared link opens the same view, Back restores the last choice', async () => {
    const shared = '?view=gaps&gkind=health&gkm=7.5&glayer=choropleth&gapprox=1';
    const { page, errors } = await openPlanner(shared);
    await expect(page.getByRole('radio', { name: '医疗卫生' }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('也计入乡镇级近似位置').isChecked()).resolves.toBe(true);
    await expect(page.locator('input[type="range"]').inputValue()).resolves.toBe('7.5');
    await expect(page.getByLabel('各镇街项目数').isChecked()).resolves.toBe(true);
    await page.getByLabel('任何类别').check();
    await expect.poll(() => new URL(page.url()).search).toBe(shared.replace('health', 'any'));
    await page.locator('input[type="range"]').fill('3');
    await expect.poll(() => new URL(page.url()).searchParams.get('gkm')).toBe('3');
    await page.goBack();
    // The slider replaced its history entry; Back goes to the kind before "any".
    await expect.poll(() => new URL(page.url()).search).toBe(shared);
    await expect(page.getByRole('radio', { name: '医疗卫生' }).isChecked()).resolves.toBe(true);
    await expect(page.locator('input[type="range"]').inputValue()).resolves.toBe('7.5');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('measures townships by people and land as the domain functions do, unknown where a fact is, and colours the map by the measure', async () => {
    const { page, errors } = await openPlanner(
      '?view=gaps&gkind=any&gphase=both&gmeasure=per_10k&glayer=choropleth',
    );
    const facts = townshipAreas.map((f) => factsOf(f.properties as unknown as Record<string, unknown>));
    const expected = townshipMeasures(projectsOfKind(projects, 'any'), facts, 'both', LATEST);
    const table = page.getByTestId('measures-table');
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(expected.rows.length);
    expected.rows.forEach((row, i) => {
      const cells = rows[i]!.split('\t');
      expect(cells[0]).toBe(row.name_zh);
      expect(Number(cells[1])).toBe(row.count);
      expect(cells[3]).toBe(row.per_10k === null ? '不详' : String(Number(row.per_10k.toFixed(2))));
      if (row.population === null) expect(cells[2]).toBe('不详');
    });
    // The sentence names every township with none, and says when no share of the people can be given.
    const summary = gapSummary(expected.rows);
    const sentence = await page.getByTestId('measures-sentence').innerText();
    for (const t of summary.without) expect(sentence).toContain(t.name_zh);
    if (summary.populationShare.share === null) expect(sentence).toMatch(/无法算出/);
    // The map colours each township by the same measure, null where unknown.
    const values = await page.evaluate(async () => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const data = (await map
        .getSource<import('maplibre-gl').GeoJSONSource>('township-choropleth')!
        .getData()) as GeoJSON.FeatureCollection;
      return Object.fromEntries(data.features.map((f) => [f.properties!.code, f.properties!.value]));
    });
    expect(values).toEqual(Object.fromEntries(expected.rows.map((r) => [r.code, r.per_10k])));
    await page.getByRole('radio', { name: '每百平方公里项目数' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('gmeasure')).toBe('per_100km2');
    // Choosing a measure shows the township areas it colours; the legend says they are schematic.
    expect(new URL(page.url()).searchParams.get('glayer')).toBe('choropleth');
    await expect(page.getByTestId('legend-schematic').innerText()).resolves.toBe('乡镇范围为示意');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('computes the share for a kind, the approximate switch and a threshold, as the domain functions do', async () => {
    const { page, errors } = await openPlanner();
    await page.getByLabel('任何类别').check();
    await page.getByLabel('也计入乡镇级近似位置').check();
    await page.locator('input[type="range"]').fill('3');
    const analysis = analyseCoverage(projects, boundary, 'any', {
      includeApproximate: true,
      townships: townshipAreas,
    });
    const { share } = shareBeyond(analysis.grid, 3);
    expect(analysis.projectsUsed).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('gap-sentence').innerText())
      .toBe(`西峰区 ${percent(share)}% 的面积距最近的“任何类别”项目超过 3 公里。`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => page.getByTestId('gap-sentence').innerText())
      .toBe(
        `${percent(share)}% of the district's area is more than 3 km from the nearest “any category” project.`,
      );
    await page.getByRole('button', { name: '中文' }).click();
    // The grid on the map is the one the sentence was computed from.
    const cells = await page.evaluate(async () => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const data = (await map
        .getSource<import('maplibre-gl').GeoJSONSource>('coverage-grid')!
        .getData()) as GeoJSON.FeatureCollection;
      return {
        count: data.features.length,
        visible: map.getLayoutProperty('coverage-grid-fill', 'visibility'),
      };
    });
    expect(cells).toEqual({ count: analysis.grid.features.length, visible: 'visible' });
    // Choosing a farthest area moves the map there.
    const before = await page.evaluate(() =>
      (window as unknown as { __map: import('maplibre-gl').Map }).__map.getCenter().toArray(),
    );
    await page.locator('.farthest button').first().click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { __map: import('maplibre-gl').Map }).__map.getCenter().toArray(),
        ),
      )
      .not.toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the per-township table as townshipCounts gives it, sortable from the keyboard', async () => {
    const { page, errors } = await openPlanner();
    const counts = townshipCounts(projects, townships);
    const rows = await page
      .locator('[data-testid="township-table"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [(tr as HTMLElement).dataset.code, Number(tr.querySelector('td')!.textContent)]),
      );
    expect(Object.fromEntries(rows)).toEqual(
      Object.fromEntries(counts.townships.map((r) => [r.code, r.total])),
    );
    const total = page.locator('[data-testid="township-table"] thead button', { hasText: '合计' });
    await total.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('th[aria-sort="descending"]').innerText()).resolves.toContain('合计');
    const sorted = await page
      .locator('[data-testid="township-table"] tbody tr td:first-of-type')
      .allInnerTexts()
      .then((cells) => cells.map(Number));
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works in embed mode too, with the schematic areas labelled', async () => {
    const { page, errors } = await openPlanner('?embed=1&view=gaps');
    await expect(page.getByTestId('gap-sentence').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel(/各镇街项目数（乡镇范围为示意）/).isVisible()).resolves.toBe(true);
    await expect(page.locator('footer.attribution').innerText()).resolves.toContain('乡镇范围为示意');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the filtered projects as CSV with a BOM and as GeoJSON, which parse back', async () => {
    const { page, errors } = await openPlanner('?view=gaps&area=rural');
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '项目表（CSV）' }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header!.slice(0, 3)).toEqual(['id', 'name_zh', 'name_en']);
    const rural = projects.filter((p) => p.properties.area === 'rural');
    expect(rows.map((r) => r[0]).sort()).toEqual(rural.map((p) => p.id).sort());
    // The report's words survive the round trip character for character.
    const quoteColumn = header!.indexOf('quote');
    for (const row of rows) {
      expect(row[quoteColumn]).toBe(rural.find((p) => p.id === row[0])!.properties.quote);
    }

    const geoDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '项目（GeoJSON）' }).click();
    const geo = JSON.parse(readFileSync((await (await geoDownload).path())!, 'utf8')) as FeatureCollection;
    expect(geo.features.map((f) => f.id).sort()).toEqual(rural.map((p) => p.id).sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the township measures as CSV and GeoJSON that parse back to what the page shows', async () => {
    const { page, errors } = await openPlanner('?view=gaps&gkind=any&gphase=both');
    const facts = townshipAreas.map((f) => factsOf(f.properties as unknown as Record<string, unknown>));
    const expected = townshipMeasures(projectsOfKind(projects, 'any'), facts, 'both', LATEST);
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载此表（CSV）' }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.slice(1));
    const column = (name: string) => header!.indexOf(name);
    expect(
      rows.map((r) => [r[column('code')], Number(r[column('projects')]), r[column('population')]]),
    ).toEqual(expected.rows.map((r) => [r.code, r.count, r.population === null ? '' : String(r.population)]));
    // What was counted: the latest report's records done in 2021 and planned for 2022.
    expect(new Set(rows.map((r) => `${r[column('report')]} ${r[column('phase')]}`))).toEqual(
      new Set(['xifeng-2022 2021,2022']),
    );
    const geoDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载此表及镇街范围（GeoJSON）' }).click();
    const geo = JSON.parse(readFileSync((await (await geoDownload).path())!, 'utf8')) as FeatureCollection;
    expect(geo.features.map((f) => [f.id, f.properties!.projects, f.properties!.area_km2_official])).toEqual(
      expected.rows.map((r) => [r.code, r.count, r.area_km2_official]),
    );
    expect(
      geo.features.every((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
    ).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the planner’s findings on one A4 page: the map, the sentences, the table and its sources', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { page, errors } = await openPlanner(`?view=gaps&gkind=any&gphase=both&lang=${lang}`);
      // The print button captures the map into an image, then opens the browser's print dialog.
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', 'yes');
      });
      await page.getByRole('button', { name: lang === 'zh' ? '打印地图' : 'Print the map' }).click();
      await page.locator('body[data-printed="yes"]').waitFor({ state: 'attached' });
      await expect(page.locator('#print-map').getAttribute('src')).resolves.toMatch(/^data:image\/png/);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
      // What the page prints is what a planner needs, and the panel's controls are left out.
      await page.emulateMedia({ media: 'print' });
      for (const shown of ['gap-sentence', 'measures-sentence', 'measures-table'])
        await expect(page.getByTestId(shown).isVisible()).resolves.toBe(true);
      await expect(page.locator('.sources-print').isVisible()).resolves.toBe(true);
      await expect(
        page
          .getByRole('button', { name: lang === 'zh' ? '下载此表（CSV）' : 'Download this table (CSV)' })
          .isVisible(),
      ).resolves.toBe(false);
      await expect(page.locator('#print-map').isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
