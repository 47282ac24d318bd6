/**
 * Workbooks for the import's tests: the export of a data folder, and the same workbook with cells
 * filled in as an office would (by the row's 编号 and the column's heading), written back through
 * ExcelJS.
 */
import ExcelJS from 'exceljs';
import type { DataPaths } from '../../scripts/data/paths.ts';
import { exportInput } from '../../scripts/sheet/export-input.ts';
import { exportWorkbook } from '../../scripts/sheet/export-workbook.ts';

export type CellValue = string | number | Date | null | ExcelJS.CellValue;

/** Values for one row: sheet, the row's 编号, and heading → value. */
export interface Fill {
  sheet: string;
  id: string;
  values: Record<string, CellValue>;
}

export const exported = (paths: DataPaths) => exportWorkbook(exportInput(paths, {}));

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

export async function save(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The row number of `id` in `sheet` (the heading is row 1). */
export function rowOf(sheet: ExcelJS.Worksheet, id: string): number {
  let found = -1;
  sheet.eachRow((row, number) => {
    if (String(row.getCell(1).value) === id) found = number;
  });
  if (found < 0) throw new Error(`no row ${id} in ${sheet.name}`);
  return found;
}

export function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const at = headers.indexOf(header);
  if (at < 1) throw new Error(`no column ${header} in ${sheet.name}`);
  return at;
}

export async function filled(
  bytes: Uint8Array,
  fills: readonly Fill[],
  change?: (book: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const book = await load(bytes);
  for (const { sheet: name, id, values } of fills) {
    const sheet = book.getWorksheet(name)!;
    const row = rowOf(sheet, id);
    for (const [header, value] of Object.entries(values))
      sheet.getRow(row).getCell(columnOf(sheet, header)).value = value as ExcelJS.CellValue;
  }
  change?.(book);
  return save(book);
}
