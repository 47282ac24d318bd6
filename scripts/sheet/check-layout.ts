/**
 * Whether a returned workbook has the layout the export wrote (layout.ts): the four sheets by name,
 * each data sheet's columns by name and in order, and no merged cells (a merged cell hides which
 * row a value belongs to). Each difference is one refusal that names the sheet or column.
 */
import type ExcelJS from 'exceljs';
import { COLUMNS, SHEETS, type DataSheet } from './layout.ts';
import { headersOf } from './cells.ts';
import { fileRefusal, refusal, type Refusal } from './refusal.ts';

function sheetRefusals(book: ExcelJS.Workbook): Refusal[] {
  const names = book.worksheets.map((sheet) => sheet.name);
  const out: Refusal[] = [];
  for (const name of SHEETS)
    if (!names.includes(name))
      out.push(
        fileRefusal(
          {
            message: `缺少工作表「${name}」（表名被改动或删除）。`,
            fix: `请使用导出的表格，保持四个工作表的名称：${SHEETS.join('、')}。`,
          },
          {
            message: `the sheet ${name} is missing (renamed or deleted).`,
            fix: `use the exported workbook and keep its four sheets: ${SHEETS.join(', ')}.`,
          },
        ),
      );
  for (const name of names)
    if (!(SHEETS as readonly string[]).includes(name))
      out.push(
        fileRefusal(
          {
            message: `多出了工作表「${name}」。`,
            fix: `请删去它，或把其中内容填到「${SHEETS[1]}」「${SHEETS[2]}」「${SHEETS[3]}」表中。`,
          },
          {
            message: `there is an extra sheet, ${name}.`,
            fix: `delete it, or move its content into the sheets ${SHEETS.slice(1).join(', ')}.`,
          },
        ),
      );
  return out;
}

function columnRefusals(sheet: ExcelJS.Worksheet, name: DataSheet): Refusal[] {
  const expected = COLUMNS[name].map((column) => column.header);
  const found = headersOf(sheet);
  while (found.length > 0 && found.at(-1) === '') found.pop();
  const out: Refusal[] = [];
  const where = (column: string) => ({ sheet: name, row: 1, column });
  for (const header of expected)
    if (!found.includes(header))
      out.push(
        refusal(
          where(header),
          {
            message: `缺少“${header}”列（列名被改动或该列被删除）。`,
            fix: `请恢复列名“${header}”，或重新导出表格后再填。`,
          },
          {
            message: `the column ${header} is missing (renamed or deleted).`,
            fix: `restore the heading ${header}, or export the workbook again.`,
          },
        ),
      );
  // A blank heading past the last column is a cell someone touched, not a column.
  for (const header of found)
    if (header !== '' && !expected.includes(header))
      out.push(
        refusal(
          where(header),
          { message: `多出了“${header}”列。`, fix: '请删去这一列：导入只认导出时的各列。' },
          {
            message: `there is an extra column, "${header}".`,
            fix: 'delete it: the import reads the exported columns only.',
          },
        ),
      );
  if (out.length === 0 && found.filter(Boolean).join('\u0000') !== expected.join('\u0000'))
    out.push(
      refusal(
        where(''),
        { message: '各列的顺序被改动了。', fix: `请按导出时的顺序排列：${expected.join('、')}。` },
        {
          message: 'the columns were moved.',
          fix: `put them back in the exported order: ${expected.join(', ')}.`,
        },
      ),
    );
  return out;
}

function mergeRefusals(sheet: ExcelJS.Worksheet): Refusal[] {
  return (sheet.model.merges ?? []).map((range) =>
    refusal(
      { sheet: sheet.name, row: null, column: null, value: range },
      {
        message: `有合并的单元格（${range}），无法判断值属于哪一行。`,
        fix: '请取消合并单元格，把值分别填在各行。',
      },
      {
        message: `cells ${range} are merged, so their value belongs to no one row.`,
        fix: 'unmerge them and give each row its own value.',
      },
    ),
  );
}

export function checkLayout(book: ExcelJS.Workbook): Refusal[] {
  const sheets = sheetRefusals(book);
  if (sheets.length > 0) return sheets;
  return SHEETS.flatMap((name) => {
    const sheet = book.getWorksheet(name)!;
    const columns = name === SHEETS[0] ? [] : columnRefusals(sheet, name as DataSheet);
    return [...columns, ...mergeRefusals(sheet)];
  });
}
