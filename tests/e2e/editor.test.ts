/**
 * The data editor end to end: `npm run edit` over a copy of the data, used in headless Chromium as
 * a staff member would: place a project and see it on the map, be refused with a reason, undo,
 * work from two tabs, place by keyboard alone, place on a GCJ-02 basemap; and a page of another
 * site trying to write.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import gcoord from 'gcoord';
import { parse } from 'yaml';
import { launchChromium } from './chromium.ts';
import { waitForMapIdle } from './page.ts';
import { seriousViolations } from './app.ts';
import { clickMapAt } from './map.ts';
import { startEditor, type EditorServer } from '../../scripts/editor/temp-server.ts';
import { changedLines } from '../helpers/changed-lines.ts';
import type { ProjectCollection } from '../../src/lib/domain/project.ts';

let editor: EditorServer;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  editor = await startEditor();
  browser = await launchChromium();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await editor?.stop();
  // Every page of the file: no error, no request to another site (but the AMap tiles a test asked for).
  expect(problems).toEqual([]);
});

/** A township-level project placed at its township's seat: the kind a staff member lifts. */
function townshipLevelProject() {
  const data = JSON.parse(editor.read('geodata/projects.geojson')) as ProjectCollection;
  const found = data.features.find(
    (f) =>
      f.properties.precision === 'township' &&
      f.geometry?.type === 'Point' &&
      f.properties.places[0]?.startsWith('town.'),
  )!;
  const [lon, lat] = (found.geometry as { coordinates: number[] }).coordinates as [number, number];
  return {
    id: found.id,
    seat: found.properties.places[0]!,
    target: [lon + 0.004, lat + 0.002] as [number, number],
  };
}

async function openEditor(query: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const origin = new URL(editor.url).origin;
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (m) => {
    // Chromium logs every 4xx answer; a refusal (409, 422) is what some tests ask for.
    const refusal = /^Failed to load resource: .* status of (409|422) /.test(m.text());
    if (m.type() === 'error' && !refusal) problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (
      !url.startsWith(origin) &&
      !url.startsWith('data:') &&
      !url.startsWith('blob:') &&
      !url.includes('.is.autonavi.com/')
    )
      problems.push(`outside request: ${url}`);
  });
  await page.goto(new URL(query, editor.url).href);
  await waitForMapIdle(page);
  await page.locator('[data-testid="editor-panel"][aria-busy="false"]').waitFor();
  return page;
}

const panel = (page: Page) => page.locator('[data-testid="editor-panel"]');

async function cite(page: Page, title: string, url = ''): Promise<void> {
  await panel(page).getByLabel('资料名称').fill(title);
  if (url) await panel(page).getByRole('textbox', { name: '网址（可选）' }).fill(url);
}

/** Waits until the panel says `text` (the outcome of a save or an undo). */
async function outcome(page: Page, text: string): Promise<void> {
  await panel(page).getByRole('status').filter({ hasText: text }).waitFor({ timeout: 20_000 });
}

async function save(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: '保存', exact: true }).click();
  await outcome(page, '已保存，地图已更新。');
}

async function undo(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: '撤销上次保存' }).click();
  await outcome(page, '已撤销，文件已恢复原样。');
}

/** The project's marker as the map holds it, once the map has it (it updates a frame after the list). */
async function markerOf(page: Page, id: string, precision: string) {
  let marker: { precision: string; coordinates: number[] } | null = null;
  await expect
    .poll(
      async () => {
        marker = await page.evaluate(async (id) => {
          const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
          const source = map.getSource<import('maplibre-gl').GeoJSONSource>('project-markers')!;
          const data = (await source.getData()) as GeoJSON.FeatureCollection;
          const f = data.features.find((f) => f.properties!.id === id);
          return f
            ? {
                precision: f.properties!.precision as string,
                coordinates: (f.geometry as GeoJSON.Point).coordinates,
              }
            : null;
        }, id);
        return marker?.precision;
      },
      { timeout: 10_000, message: `the map never showed ${id} at precision ${precision}` },
    )
    .toBe(precision);
  return marker!;
}

/** The coordinates of the project's own site, as places.yaml holds them. */
function placedAt(id: string): [number, number] {
  const places = parse(editor.read('geodata/src/places.yaml')) as {
    key: string;
    coordinates: [number, number];
  }[];
  return places.find((p) => p.key === `site.${id}`)!.coordinates;
}

function dataCheck(): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/data/check-projects.ts', '--root', editor.root],
    { encoding: 'utf8' },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('the data editor', () => {
  it('places a township-level project at a point with a citation: the map shows it, the YAML changes by exactly that, data:check passes; undo puts every byte back', async () => {
    const { id, seat, target } = townshipLevelProject();
    const before = editor.snapshot();
    const page = await openEditor(`?project=${id}`);
    await expect(panel(page).innerText()).resolves.toContain('目前：位置为乡镇级近似');
    await clickMapAt(page, target);
    await expect(panel(page).getByTestId('draft-points').locator('li').count()).resolves.toBe(1);
    await panel(page).getByLabel('位置为附近（约1公里内）').check();
    await cite(page, '西峰区住建局项目选址公示', 'https://example.gov.cn/notice/1');
    await save(page);

    // The map and the detail show the new place and precision at once.
    const marker = await markerOf(page, id, 'near');
    expect(marker.precision).toBe('near');
    // Where the click landed (a pixel is some 10 m here), as written to places.yaml.
    const written = placedAt(id);
    expect(written[0]).toBeCloseTo(target[0], 3);
    expect(written[1]).toBeCloseTo(target[1], 3);
    expect(marker.coordinates).toEqual(written);
    await expect(page.locator('aside.panel').innerText()).resolves.toContain('位置为附近（约1公里内）');

    // The sources changed by exactly this placement; everything else is byte for byte as it was.
    const [places, projects] = [
      editor.read('geodata/src/places.yaml'),
      editor.read('geodata/src/projects.yaml'),
    ];
    expect(changedLines(before[1]!, projects)).toEqual({
      added: [`  places: [site.${id}]`],
      removed: [`  places: [${seat}]`],
    });
    expect(places.startsWith(before[0]!.trimEnd())).toBe(true);
    const added = changedLines(before[0]!, places).added;
    expect(added).toContain(`- key: site.${id}`);
    expect(added).toContain('  precision: near');
    expect(added).toContain('  source: "cited: 西峰区住建局项目选址公示 (https://example.gov.cn/notice/1)"');
    await expect(panel(page).getByTestId('editor-diff').innerText()).resolves.toContain(
      `+  places: [site.${id}]`,
    );
    expect(dataCheck()).toMatchObject({ status: 0 });

    await undo(page);
    expect(editor.snapshot()).toEqual(before);
    await expect(page.locator('aside.panel').innerText()).resolves.toContain('位置为乡镇级近似');
    await page.close();
  });

  it('refuses a point outside the district with its reason beside the points, in either language, and writes nothing', async () => {
    const { id } = townshipLevelProject();
    const before = editor.snapshot();
    const page = await openEditor(`?project=${id}`);
    await panel(page).getByText('输入坐标').click();
    await panel(page).getByLabel('datum').selectOption('WGS84');
    await panel(page).getByLabel('经度,纬度').fill('108.5, 36.5');
    await panel(page).getByRole('button', { name: '加入' }).click();
    await cite(page, '西峰区住建局项目选址公示');
    await panel(page).getByRole('button', { name: '保存', exact: true }).click();
    const beside = panel(page)
      .getByTestId('draft-points')
      .locator('xpath=following-sibling::ul[@role="alert"][1]');
    await expect(beside.innerText()).resolves.toMatch(/^该点不在西峰区界内/);
    await expect(panel(page).innerText()).resolves.toContain('未保存，没有写入任何文件');
    expect(editor.snapshot()).toEqual(before);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(beside.innerText()).resolves.toContain('lie outside every township of the district');
    await page.close();
  });

  it('refuses a write from a page on another site', async () => {
    const { id } = townshipLevelProject();
    const before = editor.snapshot();
    const { hash } = (await (await fetch(`${editor.url}__editor/state`)).json()) as { hash: string };
    const body = JSON.stringify({
      geometry: { type: 'Point', coordinates: [107.64, 35.64] },
      precision: 'exact',
      datum: 'WGS84',
      location_source_zh: '伪造',
      location_source_en: 'forged',
      base_hash: hash,
    });
    // Another site's page (the built app's preview server, another origin) posts to the editor.
    const other = await browser.newPage();
    await other.goto(inject('baseUrl'));
    const sent = await other.evaluate(
      async ({ url, body }) => {
        await fetch(url, {
          method: 'POST',
          mode: 'no-cors',
          headers: { 'Content-Type': 'text/plain' },
          body,
        });
        return true;
      },
      { url: `${editor.url}__editor/project/${id}/location`, body },
    );
    expect(sent).toBe(true);
    await other.close();
    expect(editor.snapshot()).toEqual(before);
    // What the server answered such a request.
    const answer = await fetch(`${editor.url}__editor/project/${id}/location`, {
      method: 'POST',
      headers: { Origin: inject('baseUrl').replace(/\/$/, ''), 'Content-Type': 'text/plain' },
      body,
    });
    expect(answer.status).toBe(403);
    expect(editor.snapshot()).toEqual(before);
  });

  it('refuses the second of two tabs that read the same files, overwriting nothing', async () => {
    const { id, target } = townshipLevelProject();
    const before = editor.snapshot();
    const first = await openEditor(`?project=${id}`);
    const second = await openEditor(`?project=${id}`);
    await clickMapAt(first, target);
    await cite(first, '第一个标签页的资料');
    await save(first);
    const afterFirst = editor.snapshot();
    await clickMapAt(second, [target[0] + 0.002, target[1]]);
    await cite(second, '第二个标签页的资料');
    await panel(second).getByRole('button', { name: '保存', exact: true }).click();
    await expect(panel(second).getByRole('alert').first().innerText()).resolves.toMatch(
      /^文件已在别处被修改/,
    );
    expect(editor.snapshot()).toEqual(afterFirst);
    await undo(first);
    expect(editor.snapshot()).toEqual(before);
    await first.close();
    await second.close();
  });

  it('places a project with the keyboard alone: place at the centre, arrow keys move the marker, Enter saves', async () => {
    const { id } = townshipLevelProject();
    const before = editor.snapshot();
    const page = await openEditor(`?project=${id}`);
    await waitForMapIdle(page);
    const points = panel(page).getByTestId('draft-points');
    await panel(page).getByRole('button', { name: '在地图中心放置' }).focus();
    await page.keyboard.press('Enter');
    const marker = page.getByTestId('draft-marker-0');
    await expect(marker.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const numbers = async () => (await points.innerText()).match(/\d+\.\d+/g)!.map(Number);
    const [lon0, lat0] = await numbers();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowUp');
    const [lon1, lat1] = await numbers();
    expect(lon1!).toBeGreaterThan(lon0!);
    expect(lat1!).toBeGreaterThan(lat0!);
    await panel(page).getByLabel('资料名称').focus();
    await page.keyboard.type('区住建局现场核实记录');
    await panel(page).getByRole('button', { name: '保存', exact: true }).focus();
    await page.keyboard.press('Enter');
    await outcome(page, '已保存，地图已更新。');
    expect(editor.read('geodata/src/places.yaml')).toContain(`  coordinates: [${lon1}, ${lat1}]`);
    await undo(page);
    expect(editor.snapshot()).toEqual(before);
    await page.close();
  });

  it('has no serious accessibility problem in the panel, with a point placed and a problem shown', async () => {
    const { id } = townshipLevelProject();
    const page = await openEditor(`?project=${id}`);
    await panel(page).getByRole('button', { name: '在地图中心放置' }).click();
    await panel(page).getByRole('button', { name: '保存', exact: true }).click();
    await expect(panel(page).getByText('必填。').count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('moves a placed marker by dragging it', async () => {
    const { id, target } = townshipLevelProject();
    const page = await openEditor(`?project=${id}`);
    await clickMapAt(page, target);
    const points = panel(page).getByTestId('draft-points');
    const before = (await points.innerText()).match(/\d+\.\d+/g)!.map(Number);
    const box = (await page.getByTestId('draft-marker-0').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(async () => (await points.innerText()).match(/\d+\.\d+/g)!.map(Number))
      .not.toEqual(before);
    const after = (await points.innerText()).match(/\d+\.\d+/g)!.map(Number);
    // Right and down on the screen: east and south.
    expect(after[0]!).toBeGreaterThan(before[0]!);
    expect(after[1]!).toBeLessThan(before[1]!);
    await page.close();
  });

  it('records a point clicked on an AMap (GCJ-02) basemap as GCJ-02, and the map draws it in WGS84', async () => {
    const { id, target } = townshipLevelProject();
    const before = editor.snapshot();
    const page = await openEditor(`?project=${id}`);
    // No tile server here: AMap's tiles are answered with a plain grey tile.
    const tile = new PNG({ width: 256, height: 256 });
    tile.data.fill(200);
    const png = PNG.sync.write(tile);
    await page.route(/\.is\.autonavi\.com\//, (route) =>
      route.fulfill({ contentType: 'image/png', body: png }),
    );
    await panel(page).getByTestId('editor-basemap').selectOption('amap');
    await expect(panel(page).innerText()).resolves.toContain('此底图为 GCJ-02 坐标');
    await clickMapAt(page, target);
    await expect(panel(page).getByTestId('draft-points').innerText()).resolves.toContain('（GCJ02）');
    await cite(page, '高德地图上标注的厂区位置');
    await save(page);
    const places = editor.read('geodata/src/places.yaml');
    expect(places).toContain('  datum: GCJ02');
    const marker = await markerOf(page, id, 'near');
    const clicked = placedAt(id);
    expect(clicked[0]).toBeCloseTo(target[0], 3);
    expect(clicked[1]).toBeCloseTo(target[1], 3);
    const wgs = gcoord.transform(clicked, gcoord.GCJ02, gcoord.WGS84);
    expect(marker.coordinates[0]).toBeCloseTo(wgs[0], 6);
    expect(marker.coordinates[1]).toBeCloseTo(wgs[1], 6);
    await undo(page);
    expect(editor.snapshot()).toEqual(before);
    await page.close();
  });

  it('adds a progress entry from the form: a wrong date is marked beside the field in Chinese, a good entry shows in the timeline', async () => {
    const { id } = townshipLevelProject();
    const before = editor.snapshot();
    const page = await openEditor(`?project=${id}`);
    await panel(page).getByRole('button', { name: '进展' }).click();
    await panel(page).getByTestId('progress-status').selectOption('under_construction');
    await panel(page).getByTestId('progress-date').fill('2023-13');
    await panel(page).getByLabel('事实（中文').fill('区住建局称该项目正在施工。');
    await panel(page)
      .getByLabel('事实（英文）')
      .fill('The district housing bureau says the project is being built.');
    await panel(page).getByTestId('progress-source_name').fill('西峰区住建局');
    await panel(page).getByTestId('progress-source_url').fill('https://example.gov.cn/news/2');
    await panel(page).getByRole('button', { name: '添加进展' }).click();
    const besideDate = panel(page)
      .getByTestId('progress-date')
      .locator('xpath=../following-sibling::ul[@role="alert"][1]');
    await expect(besideDate.innerText()).resolves.toBe(
      '日期不是有效日期：请写 YYYY、YYYY-MM 或 YYYY-MM-DD。',
    );
    expect(editor.snapshot()).toEqual(before);

    await panel(page).getByTestId('progress-date').fill('2023-05');
    await panel(page).getByRole('button', { name: '添加进展' }).click();
    await outcome(page, '已保存，地图已更新。');
    const timeline = page.locator('aside.panel section.progress');
    await expect(timeline.innerText()).resolves.toContain('区住建局称该项目正在施工。');
    expect(dataCheck()).toMatchObject({ status: 0 });
    await undo(page);
    expect(editor.snapshot()).toEqual(before);
    await page.close();
  });

  it('places a project at gazetteer places picked from a searchable list', async () => {
    const { id, seat } = townshipLevelProject();
    const before = editor.snapshot();
    const page = await openEditor(`?project=${id}`);
    // Another township's seat than the project's own.
    const [search, key] = seat === 'town.xiaojin' ? ['董志', 'town.dongzhi'] : ['肖金', 'town.xiaojin'];
    await panel(page).getByLabel('从地名库选择').check();
    await panel(page).getByTestId('gazetteer-search').fill(search);
    await panel(page)
      .getByRole('button', { name: new RegExp(`^${search}镇`) })
      .click();
    await save(page);
    const projects = editor.read('geodata/src/projects.yaml');
    expect(changedLines(before[1]!, projects)).toEqual({
      added: [`  places: [${key}]`],
      removed: [`  places: [${seat}]`],
    });
    expect(editor.read('geodata/src/places.yaml')).toBe(before[0]);
    await undo(page);
    expect(editor.snapshot()).toEqual(before);
    await page.close();
  });
});
