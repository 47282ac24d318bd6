/**
 * The workbook tab's picture for docs/editing.md (screenshots.ts): a workbook an office filled in
 * with one good progress row and three refused ones (an Excel date serial, swapped coordinates, a
 * status not in the drop-down), as the tab shows it after the check.
 */
import type { Page } from 'playwright-core';
import { todayIso } from '../../src/lib/domain/progress.ts';
import { exported, filled, type Fill } from '../../tests/helpers/workbook.ts';
import { dataPaths } from '../data/paths.ts';

const OFFICE = { 填报单位: '西峰区水务局', 填报日期: todayIso() };
const progress = (id: string, values: Fill['values']): Fill => ({
  sheet: '进展',
  id,
  values: { 日期: '2026-10', 状态: '在建', 进展情况: '主体工程完工，正在安装设备。', ...OFFICE, ...values },
});

const FILLS: Fill[] = [
  progress('dongzhiyuan-water-plant', {}),
  progress('xiaojin-sewage-plant', { 日期: 46160 }),
  progress('old-water-pipes-2022', { 状态: '完工' }),
  {
    sheet: '位置',
    id: 'dongzhiyuan-water-plant',
    values: {
      地址或说明: '董志镇，水厂厂区',
      经度: 35.6315,
      纬度: 107.6412,
      坐标系: 'WGS84',
      精度: '附近（约1公里内）',
      依据: '现场核实',
      ...OFFICE,
    },
  },
];

export async function workbookShot(
  page: Page,
  dataRoot: string,
  shot: (page: Page, name: string, show?: string) => Promise<void>,
): Promise<void> {
  const panel = page.locator('[data-testid="editor-panel"]');
  await panel.getByRole('button', { name: '表格' }).click();
  await panel.getByLabel('选择填好的表格（.xlsx）').setInputFiles({
    name: '西峰区水务局.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await filled(await exported(dataPaths(dataRoot)), FILLS),
  });
  await panel.getByTestId('workbook-status').filter({ hasText: '退回 3 处' }).waitFor({ timeout: 60_000 });
  // The panel scrolled to its end: the counts, the three refusals and the buttons that write.
  await shot(page, 'editing-7-workbook-refused-zh', '[data-testid="workbook-write-valid"]');
  await page.close();
}
