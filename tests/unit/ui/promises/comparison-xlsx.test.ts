import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  COMPARISON_COLUMNS,
  comparisonRows,
  type ComparisonRow,
} from '../../../../src/lib/domain/promises/comparison.ts';
import { comparisonXlsx } from '../../../../src/lib/ui/promises/comparison-xlsx.ts';
import { publishedProjects } from '../../../helpers/published-map-data.ts';

const rows2022 = comparisonRows(publishedProjects, '2022', 'zh');
const hostile: ComparisonRow = {
  ...rows2022[0]!,
  id: 'hostile-row',
  name: '=HYPERLINK("http://evil.example","x")',
};

describe('the comparison table as XLSX', () => {
  it('XLSX: the same cells, text as text (never a formula), the line a number, sources as links', async () => {
    const bytes = await comparisonXlsx([...rows2022, hostile], 'zh', 'test');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('对照表');
    expect(sheet.rowCount).toBe(rows2022.length + 2);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...COMPARISON_COLUMNS]);
    const last = sheet.getRow(sheet.rowCount);
    const cell = (name: (typeof COMPARISON_COLUMNS)[number]) =>
      last.getCell(COMPARISON_COLUMNS.indexOf(name) + 1);
    expect(cell('name').type).toBe(ExcelJS.ValueType.String);
    expect(cell('name').value).toBe(hostile.name);
    expect(cell('report_line').value).toBe(hostile.reportLine);
    const linked = rows2022.findIndex((r) => r.sourceUrl !== null);
    const source = sheet.getRow(linked + 2).getCell(COMPARISON_COLUMNS.indexOf('source_url') + 1);
    expect(source.hyperlink).toBe(rows2022[linked]!.sourceUrl);
  });
});
