/**
 * The comparison table as an Excel workbook, with ExcelJS (the library the offices' workbook uses),
 * loaded only when someone asks for the file: it stays out of the page's first JavaScript. Cells
 * are the CSV's, typed: text stays text (a value starting with "=" is a string cell, never a
 * formula), the report line is a number, each source a link.
 */
import {
  COMPARISON_COLUMNS,
  comparisonCells,
  LINE_COLUMN,
  type ComparisonRow,
} from '../../domain/promises/comparison.ts';
import { isWebUrl } from '../../domain/progress.ts';
import type { Lang } from '../../domain/url-state.ts';

const URL_COLUMN = COMPARISON_COLUMNS.indexOf('source_url');
const WIDTHS: Partial<Record<(typeof COMPARISON_COLUMNS)[number], number>> = {
  id: 28,
  name: 30,
  quote: 60,
  targets: 18,
  latest_fact: 60,
  source_name: 24,
  source_url: 40,
};

export async function comparisonXlsx(
  rows: readonly ComparisonRow[],
  lang: Lang,
  title: string,
): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.title = title;
  const sheet = workbook.addWorksheet(lang === 'zh' ? '对照表' : 'Comparison', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = COMPARISON_COLUMNS.map((key) => ({ header: key, key, width: WIDTHS[key] ?? 14 }));
  sheet.getRow(1).font = { bold: true };
  for (const cells of comparisonCells(rows, lang)) {
    const values: (string | number | { text: string; hyperlink: string })[] = [...cells];
    values[LINE_COLUMN] = Number(cells[LINE_COLUMN]);
    const url = cells[URL_COLUMN]!;
    if (isWebUrl(url)) values[URL_COLUMN] = { text: url, hyperlink: url };
    sheet.addRow(values);
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
