/**
 * Every kind of bad input a returned workbook may hold is refused by sheet, row and column, with
 * the value and the fix, and nothing is written.
 */
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorStore } from '../../../scripts/editor/editor-store.ts';
import { townshipLookup } from '../../../scripts/editor/township-at.ts';
import { importWorkbook } from '../../../scripts/sheet/import-workbook.ts';
import { formatRefusal } from '../../../scripts/sheet/refusal.ts';
import { tempData, type TempData } from '../editor/temp-data.ts';
import { columnOf, exported, filled, load, rowOf, save, type Fill } from '../../helpers/workbook.ts';

let data: TempData;
let workbook: Buffer;
let before: string[];

beforeAll(async () => {
  data = tempData();
  workbook = await exported(data.paths);
  before = data.snapshot();
});
afterAll(() => data.remove());

async function refusals(
  bytes: Uint8Array,
  name = 'returned.xlsx',
  lang: 'zh' | 'en' = 'zh',
): Promise<string[]> {
  const result = await importWorkbook(new EditorStore(data.paths), name, bytes, {
    dryRun: false,
    acceptValid: true,
    today: '2026-12-07',
    townshipAt: townshipLookup(join(data.root, data.paths.townshipsOut)),
  });
  expect(result.written).toBe(false);
  expect(data.snapshot()).toEqual(before);
  return result.refusals.map((r) => formatRefusal(r, lang));
}

const OFFICE = { 填报单位: '西峰区水务局', 填报日期: '2026-12-01' };
const progress = (id: string, values: Fill['values']): Fill => ({
  sheet: '进展',
  id,
  values: { 日期: '2026-10', 状态: '在建', 进展情况: '主体完工。', ...OFFICE, ...values },
});
const place = (id: string, values: Fill['values']): Fill => ({
  sheet: '位置',
  id,
  values: {
    地址或说明: '董志镇',
    经度: 107.64,
    纬度: 35.64,
    坐标系: 'WGS84',
    精度: '附近（约1公里内）',
    依据: '本单位掌握',
    ...OFFICE,
    ...values,
  },
});

describe('bad rows', { timeout: 20_000 }, () => {
  it('refuses each bad cell by sheet, row and column, with the value and the fix', async () => {
    const bytes = await filled(workbook, [
      progress('dongzhiyuan-water-plant', { 日期: 46160 }),
      progress('xiaojin-sewage-plant', { 日期: '2027-01' }),
      progress('old-water-pipes-2022', { 状态: '完工' }),
      progress('dead-end-roads-2022', { 填报日期: '' }),
      place('dongzhiyuan-water-plant', { 经度: 35.64, 纬度: 107.64 }),
      place('xiaojin-sewage-plant', { 经度: `107°38'24"` }),
      place('old-water-pipes-2022', { 经度: 108.5, 纬度: 36.5 }),
      place('dead-end-roads-2022', { 坐标系: null }),
      place('northern-gateway-upgrade', { 精度: '很准' }),
    ]);
    const said = await refusals(bytes);
    expect(said).toEqual([
      expect.stringMatching(/^「进展」表 第 \d+ 行（[a-z0-9-]+）「填报日期」列：未填写。 改法：此列必填。$/),
      expect.stringMatching(
        /^「进展」表 第 \d+ 行（[a-z0-9-]+）「日期」列“46160”：这是一个数字，像是 Excel 的日期序号（2026-05-18）/,
      ),
      expect.stringMatching(/「状态」列“完工”：不是下拉列表中的选项/),
      expect.stringMatching(
        /^「进展」表 第 \d+ 行（[a-z0-9-]+）「日期」列“2027-01”：日期晚于今天（2026-12-07）/,
      ),
      expect.stringMatching(/^「位置」表 第 \d+ 行（[a-z0-9-]+）「坐标系」列：未填坐标系/),
      expect.stringMatching(/「精度」列“很准”：不是下拉列表中的选项/),
      expect.stringMatching(/「经度」列“35.64”：经度 35.64、纬度 107.64 像是填反了/),
      expect.stringMatching(/「经度」列“108.5”：点（108.5, 36.5，WGS84）不在西峰区界内/),
      expect.stringMatching(
        /「经度」列“107°38'24"”：这是度分秒格式。 改法：请换算成十进制度数再填，这个值约为 107.640000/,
      ),
    ]);
  });

  it('refuses an id that is not in the data, the same record twice, and a formula', async () => {
    const bytes = await filled(
      workbook,
      [progress('dongzhiyuan-water-plant', {}), progress('xiaojin-sewage-plant', {})],
      (book) => {
        const sheet = book.getWorksheet('进展')!;
        const plant = rowOf(sheet, 'dongzhiyuan-water-plant');
        // An office copies the plant's row over another, and types a new id into a third.
        const pipes = rowOf(sheet, 'old-water-pipes-2022');
        sheet.getRow(pipes).values = sheet.getRow(plant).values;
        const roads = sheet.getRow(rowOf(sheet, 'dead-end-roads-2022'));
        roads.getCell(1).value = 'no-such-project';
        for (const [header, value] of Object.entries(progress('', {}).values))
          roads.getCell(columnOf(sheet, header)).value = value as string;
        const sewage = sheet.getRow(rowOf(sheet, 'xiaojin-sewage-plant'));
        sewage.getCell(columnOf(sheet, '进展情况')).value = {
          formula: 'CONCAT("主体","完工")',
          result: '主体完工',
        };
      },
    );
    const said = await refusals(bytes);
    expect(said).toEqual([
      expect.stringMatching(/「编号」列“no-such-project”：数据中没有这个编号/),
      expect.stringMatching(/「编号」列“dongzhiyuan-water-plant”：同一编号在本表出现了 2 次/),
      expect.stringMatching(/「编号」列“dongzhiyuan-water-plant”：同一编号在本表出现了 2 次/),
      expect.stringMatching(
        /「进展」表 第 \d+ 行（[a-z0-9-]+）「进展情况」列“=CONCAT\("主体","完工"\)”：单元格里是公式/,
      ),
    ]);
  });

  it('says it all in English with --lang en', async () => {
    const said = await refusals(
      await filled(workbook, [progress('dongzhiyuan-water-plant', { 日期: 46160 })]),
      'r.xlsx',
      'en',
    );
    expect(said).toEqual([
      expect.stringMatching(
        /^sheet 进展, row \d+ \(dongzhiyuan-water-plant\), 日期 "46160": this is a number that looks like an Excel date serial \(2026-05-18\).* Fix: format the cell as a date, or type 2026-05-18\.$/,
      ),
    ]);
  });
});

describe('a changed layout', () => {
  it('refuses renamed, missing and extra sheets', async () => {
    const book = await load(workbook);
    book.getWorksheet('位置')!.name = '定位';
    book.addWorksheet('Sheet1');
    expect(await refusals(await save(book))).toEqual([
      '文件：缺少工作表「位置」（表名被改动或删除）。 改法：请使用导出的表格，保持四个工作表的名称：说明、进展、位置、乡镇。',
      '文件：多出了工作表「定位」。 改法：请删去它，或把其中内容填到「进展」「位置」「乡镇」表中。',
      '文件：多出了工作表「Sheet1」。 改法：请删去它，或把其中内容填到「进展」「位置」「乡镇」表中。',
    ]);
  });

  it('refuses renamed, extra and moved columns, and merged cells', async () => {
    const book = await load(workbook);
    const sheet = book.getWorksheet('进展')!;
    sheet.getRow(1).getCell(columnOf(sheet, '状态')).value = '进度';
    sheet.getRow(1).getCell(20).value = '备注';
    const places = book.getWorksheet('乡镇')!;
    const [a, b] = [columnOf(places, '人口'), columnOf(places, '人口年份')];
    places.getRow(1).getCell(a).value = '人口年份';
    places.getRow(1).getCell(b).value = '人口';
    book.getWorksheet('位置')!.mergeCells('D2:D3');
    expect(await refusals(await save(book))).toEqual([
      expect.stringMatching(/^「进展」表 第 1 行「状态」列：缺少“状态”列/),
      expect.stringMatching(/^「进展」表 第 1 行「进度」列：多出了“进度”列/),
      expect.stringMatching(/^「进展」表 第 1 行「备注」列：多出了“备注”列/),
      expect.stringMatching(/^「位置」表“D2:D3”：有合并的单元格（D2:D3）/),
      expect.stringMatching(/^「乡镇」表 第 1 行：各列的顺序被改动了/),
    ]);
  });
});

describe('files that are not read at all', { timeout: 20_000 }, () => {
  it('refuses a .xlsm by name, a macro workbook by content, and what is not a workbook', async () => {
    expect(await refusals(workbook, 'returned.xlsm')).toEqual([
      expect.stringMatching(/^文件：这是含宏的工作簿/),
    ]);
    const macro = zipSync({
      'xl/workbook.xml': new TextEncoder().encode('<workbook/>'),
      'xl/vbaProject.bin': new Uint8Array(8),
    });
    expect(await refusals(macro)).toEqual([expect.stringMatching(/^文件：这是含宏的工作簿/)]);
    expect(await refusals(new TextEncoder().encode('编号,名称\n1,2'))).toEqual([
      expect.stringMatching(/^文件：这不是 Excel 工作簿/),
    ]);
    expect(await refusals(zipSync({ 'word/document.xml': new Uint8Array(4) }))).toEqual([
      expect.stringMatching(/^文件：这不是 Excel 工作簿/),
    ]);
  });

  it('refuses a file over 5 MB, a zip bomb, and a workbook over 10,000 rows', async () => {
    expect(await refusals(new Uint8Array(5 * 1024 * 1024 + 1))).toEqual([
      expect.stringMatching(/^文件：文件有 5.0 MB，超过 5 MB 的上限/),
    ]);
    // 110 MB of zeros packs into about 100 KB.
    const bomb = zipSync({ 'xl/workbook.xml': [new Uint8Array(110 * 1024 * 1024), { level: 1 }] });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusals(bomb)).toEqual([expect.stringMatching(/^文件：文件解压后超过 100 MB/)]);
    const book = await load(workbook);
    const sheet = book.getWorksheet('进展')!;
    for (let i = 0; i < 10_000; i++) sheet.addRow(['x']);
    expect(await refusals(await save(book))).toEqual([
      expect.stringMatching(/^文件：表格共有 10\d{3} 行，超过 10000 行的上限/),
    ]);
  });
});
