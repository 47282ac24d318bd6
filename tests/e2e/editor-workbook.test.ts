/**
 * The editor's 表格 / Workbook tab end to end: `npm run edit` over a copy of the data, used in
 * headless Chromium as a staff member would: download the workbook, fill it as an office would
 * (one good progress row, one bad), upload it, read the refusal, write the valid rows only, see the
 * office's entry in the project's timeline, undo.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { waitForMapIdle } from './page.ts';
import { seriousViolations } from './app.ts';
import { startEditor, type EditorServer } from '../../scripts/editor/temp-server.ts';
import { todayIso } from '../../src/lib/domain/progress.ts';
import { filled, load, rowOf, type Fill } from '../helpers/workbook.ts';

const PLANT = 'dongzhiyuan-water-plant';
const OFFICE = { 填报单位: '西峰区水务局', 填报日期: todayIso() };
const GOOD: Fill = {
  sheet: '进展',
  id: PLANT,
  values: { 日期: '2026-10', 状态: '在建', 进展情况: '一期主体工程完工，正在安装设备。', ...OFFICE },
};
/** A status that is not in the drop-down. */
const BAD: Fill = {
  sheet: '进展',
  id: 'xiaojin-sewage-plant',
  values: { 日期: '2026-10', 状态: '完工', 进展情况: '主体完工。', ...OFFICE },
};

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
  expect(problems).toEqual([]);
});

async function openEditor(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const origin = new URL(editor.url).origin;
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url()))
      problems.push(`outside request: ${r.url()}`);
  });
  await page.goto(new URL(query, editor.url).href);
  await waitForMapIdle(page);
  await page.locator('[data-testid="editor-panel"][aria-busy="false"]').waitFor();
  return page;
}

const panel = (page: Page) => page.locator('[data-testid="editor-panel"]');

describe('the editor’s workbook tab', () => {
  it('downloads the workbook, checks a filled one (refusing a row in Chinese by row and column), writes the valid rows only; the timeline shows the office’s entry; undo puts every byte back', async () => {
    const before = editor.snapshot();
    const page = await openEditor(`?project=${PLANT}`);
    await panel(page).getByRole('button', { name: '表格' }).click();

    const started = performance.now();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel(page).getByRole('link', { name: '下载表格（.xlsx）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`xifeng-workbook-${todayIso()}.xlsx`);
    const bytes = readFileSync((await download.path())!);
    const downloaded = performance.now();
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip, as every .xlsx
    const book = await load(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(['说明', '进展', '位置', '乡镇']);
    const badRow = rowOf(book.getWorksheet('进展')!, BAD.id);

    // The check: counts, the refusal where the office will look for it, nothing written.
    await panel(page)
      .getByLabel('选择填好的表格（.xlsx）')
      .setInputFiles({
        name: '西峰区水务局-返回.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await filled(bytes, [GOOD, BAD]),
      });
    const status = panel(page).getByTestId('workbook-status');
    await status.filter({ hasText: '退回 1 处' }).waitFor({ timeout: 30_000 });
    const checked = performance.now();
    await expect(status.innerText()).resolves.toMatch(
      /可导入：进展 1 行，位置 0 行，乡镇 0 行；.*退回 1 处。\s*这是检查结果，尚未写入任何文件。/,
    );
    const refusals = panel(page).getByTestId('workbook-refusals').locator('li');
    await expect(refusals.count()).resolves.toBe(1);
    const refusal = await refusals.first().innerText();
    expect(refusal).toContain(`「进展」表 第 ${badRow} 行（${BAD.id}）「状态」列`);
    expect(refusal).toContain('填写的值：“完工”');
    expect(refusal).toMatch(/不是下拉列表中的选项/);
    expect(refusal).toContain('改法：');
    expect(editor.snapshot()).toEqual(before);
    // All or nothing cannot write this workbook: only the clearly worded button can.
    await expect(panel(page).getByRole('button', { name: '写入', exact: true }).isDisabled()).resolves.toBe(
      true,
    );
    expect(await seriousViolations(page)).toEqual([]);

    const writing = performance.now();
    await panel(page).getByRole('button', { name: '只写入通过检查的 1 行（退回的 1 处不写入）' }).click();
    await panel(page)
      .getByRole('status')
      .filter({ hasText: '已写入表格中的内容，地图已更新。' })
      .waitFor({ timeout: 30_000 });
    const written = performance.now();
    await expect(status.innerText()).resolves.toContain('已写入 1 行');
    const projects = editor.read('geodata/src/projects.yaml');
    expect(projects).toContain('一期主体工程完工，正在安装设备。');
    expect(projects).not.toContain('主体完工。\n');

    // The project's timeline shows the office's entry, as an office's, untranslated in English.
    const timeline = page.locator('aside.panel section.progress');
    await expect.poll(() => timeline.innerText()).toContain('一期主体工程完工，正在安装设备。');
    await expect(timeline.innerText()).resolves.toContain('区属单位填报');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => timeline.innerText()).toContain('Reported by a district office');
    await expect(timeline.innerText()).resolves.toContain('Not yet translated');

    await panel(page).getByRole('button', { name: 'Undo the last save' }).click();
    await panel(page)
      .getByRole('status')
      .filter({ hasText: 'Undone: the files are as they were.' })
      .waitFor({ timeout: 20_000 });
    expect(editor.snapshot()).toEqual(before);
    await expect.poll(() => timeline.innerText()).not.toContain('一期主体工程完工');
    console.log(
      `workbook tab: download ${((downloaded - started) / 1000).toFixed(1)} s, check ${((checked - downloaded) / 1000).toFixed(1)} s, write ${((written - writing) / 1000).toFixed(1)} s`,
    );
    await page.close();
  });
});
