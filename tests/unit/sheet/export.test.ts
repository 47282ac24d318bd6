import { describe, expect, it } from 'vitest';
import { dataPaths } from '../../../scripts/data/paths.ts';
import { EditorStore, sourcesHash } from '../../../scripts/editor/editor-store.ts';
import { exportInput } from '../../../scripts/sheet/export-input.ts';
import { exportWorkbook, safeText } from '../../../scripts/sheet/export-workbook.ts';
import { COLUMNS, SHEETS } from '../../../scripts/sheet/layout.ts';
import { columnOf, load, rowOf } from '../../helpers/workbook.ts';

const paths = dataPaths(process.cwd());
const book = async (choice = {}) => load(await exportWorkbook(exportInput(paths, choice)));

describe('the exported workbook', { timeout: 20_000 }, () => {
  it('has the four sheets, every record in 进展, the unplaced and township-level ones in 位置, ten townships', async () => {
    const b = await book();
    expect(b.worksheets.map((s) => s.name)).toEqual([...SHEETS]);
    expect(b.getWorksheet('进展')!.actualRowCount - 1).toBe(142);
    expect(b.getWorksheet('位置')!.actualRowCount - 1).toBe(104 + 35);
    expect(b.getWorksheet('乡镇')!.actualRowCount - 1).toBe(10);
    const guide = b.getWorksheet('说明')!;
    let version = '';
    guide.eachRow((row) => {
      if (row.getCell(1).value === '数据版本') version = String(row.getCell(2).value);
    });
    expect(version).toBe(sourcesHash(new EditorStore(paths).read()));
  });

  it('locks and shades what is known, leaves the columns to fill open, with drop-downs', async () => {
    const sheet = (await book()).getWorksheet('进展')!;
    const row = sheet.getRow(rowOf(sheet, 'dongzhiyuan-water-plant'));
    for (const [i, column] of COLUMNS['进展'].entries()) {
      const cell = row.getCell(i + 1);
      expect([column.header, cell.protection?.locked ?? true]).toEqual([column.header, !column.fill]);
    }
    expect(row.getCell(columnOf(sheet, '报告原文')).value).toBe('建成投用董志塬水厂');
    expect(row.getCell(columnOf(sheet, '状态')).dataValidation.formulae).toEqual([
      '"已开工,在建,已建成,已投用,延期,已取消,其他进展"',
    ]);
    // The protection as written in the file (ExcelJS keeps it on the sheet's model).
    expect(
      (sheet.model as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection,
    ).toMatchObject({
      sheet: true,
    });
  });

  it('never writes a cell that starts as a formula would', async () => {
    expect(['=1+1', '+86', '-3', '@SUM', '\tx'].map(safeText)).toEqual([
      "'=1+1",
      "'+86",
      "'-3",
      "'@SUM",
      "'\tx",
    ]);
    expect(safeText('董志塬水厂')).toBe('董志塬水厂');
    const b = await book();
    for (const sheet of b.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@]/);
        }),
      );
  });

  it('exports one task area, or what touches one township', async () => {
    const rural = (await book({ area: 'rural' })).getWorksheet('进展')!;
    expect(rural.actualRowCount - 1).toBe(39);
    const dongzhi = await book({ township: '621002101' });
    expect(dongzhi.getWorksheet('乡镇')!.actualRowCount - 1).toBe(1);
    expect(dongzhi.getWorksheet('进展')!.actualRowCount - 1).toBeLessThan(142);
  });
});
