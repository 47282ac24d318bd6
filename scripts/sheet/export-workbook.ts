/**
 * `npm run sheet:export` and the editor's download: the workbook the offices fill in (layout.ts).
 * What is known stands in locked, shaded columns; the columns to fill are white, with drop-downs
 * where the data has a vocabulary. Every row carries the fingerprint of what it was exported from,
 * and 说明 the hash of the whole data, so the import can tell what changed since. No exported cell
 * starts with `=`, `+`, `-` or `@`: a spreadsheet program would read it as a formula.
 */
import ExcelJS from 'exceljs';
import type { ProjectFeature } from '../../src/lib/domain/project.ts';
import { latestProgress } from '../../src/lib/domain/progress.ts';
import { recordPhaseLabel } from '../../src/lib/domain/phases.ts';
import { AREAS, PRECISIONS, STATUSES, type AreaKey } from '../../src/lib/domain/vocabulary.ts';
import type { SourceTexts } from '../editor/source-edit.ts';
import { sourcesHash } from '../editor/editor-store.ts';
import { fingerprints, parseSources } from './fingerprints.ts';
import { guideRows } from './guide.ts';
import {
  COLUMNS,
  GUIDE_SHEET,
  LOCATION_SHEET,
  PROGRESS_SHEET,
  TOWNSHIP_SHEET,
  type DataSheet,
} from './layout.ts';

export interface ExportInput {
  texts: SourceTexts;
  features: readonly ProjectFeature[];
  /** Each report's year, by id, for the phase labels. */
  reportYears: ReadonlyMap<string, number>;
  townships: readonly TownshipFactsRow[];
  /** Who the offices send the workbook back to (config), or null for the neutral default. */
  returnTo: string | null;
  /** Only the records of one task area, or touching one township. */
  area?: AreaKey;
  township?: string;
  exportedAt: string;
}

export interface TownshipFactsRow {
  code: string;
  name_zh: string;
  population: number | null;
  population_year: number | null;
  population_kind: string | null;
  population_source: string | null;
  area_km2_official: number | null;
  area_source: string | null;
}

/** A text a spreadsheet would take for a formula is written after an apostrophe. */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const SHADE: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E9EE' } };
const HEADING: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFCDD3DD' } };
const DATE_COLUMNS = new Set(['日期', '填报日期']);

/** A text's width in a column's units: a Chinese character takes two. */
const textWidth = (text: string) => [...text].reduce((w, c) => w + (/[\u2E80-\uFFEF]/.test(c) ? 2 : 1), 0);

function where(p: ProjectFeature['properties']): string {
  const precision = PRECISIONS[p.precision].zh;
  if (p.precision === 'district') return `未定位（${precision}）`;
  return `${precision}：${p.location_source_zh}`;
}

function latest(p: ProjectFeature['properties']): string {
  const entry = latestProgress(p);
  if (!entry) return p.progress_searched ? `截至 ${p.progress_searched} 未找到公开报道` : '尚未检索';
  return `${entry.date} ${STATUSES[entry.status].zh}：${entry.fact_zh}（${entry.source_name}）`;
}

function addSheet(book: ExcelJS.Workbook, name: DataSheet, rows: (string | number | null)[][]): void {
  const columns = COLUMNS[name];
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const heading = sheet.getRow(1);
  heading.font = { bold: true };
  heading.eachCell((cell) => (cell.fill = HEADING));
  for (const values of rows) {
    const row = sheet.addRow(values.map((v) => (typeof v === 'string' ? safeText(v) : v)));
    columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      cell.alignment = { vertical: 'top', wrapText: !column.fill };
      if (!column.fill) {
        cell.fill = SHADE;
        return;
      }
      cell.protection = { locked: false };
      if (DATE_COLUMNS.has(column.header)) cell.numFmt = '@';
      if (column.choices)
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${column.choices.join(',')}"`],
          showErrorMessage: true,
          errorTitle: column.header,
          error: `请从下拉列表中选：${column.choices.join('、')}`,
        };
    });
  }
  // Locked columns cannot be typed over; columns can still be widened and rows filtered.
  void sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

export function chosenFeatures(input: ExportInput): ProjectFeature[] {
  return input.features.filter(
    (f) =>
      (input.area === undefined || f.properties.area === input.area) &&
      (input.township === undefined || f.properties.townships.includes(input.township)),
  );
}

export async function exportWorkbook(input: ExportInput): Promise<Buffer> {
  const prints = fingerprints(parseSources(input.texts));
  const features = chosenFeatures(input);
  const book = new ExcelJS.Workbook();
  book.creator = '西峰区政府工作报告项目地图';
  book.created = new Date(input.exportedAt);
  const guide = book.addWorksheet(GUIDE_SHEET);
  guide.columns = [{ width: 22 }, { width: 70 }, { width: 70 }];
  for (const values of guideRows(sourcesHash(input.texts), input.exportedAt, input.returnTo))
    guide.addRow(values.map(safeText));
  // Rows tall enough for their wrapped text: spreadsheet programs keep a file's row heights.
  guide.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
    const lines = Math.max(
      ...[2, 3].map((c) => Math.ceil(textWidth(String(row.getCell(c).value ?? '')) / 100)),
    );
    if (lines > 1) row.height = 15 * lines;
  });
  guide.getRow(1).font = { bold: true, size: 14 };
  guide.getRow(1).alignment = { vertical: 'top' };
  void guide.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });

  const print = (id: string) => prints.records.get(id) ?? '';
  addSheet(
    book,
    PROGRESS_SHEET,
    features.map(({ properties: p }) => [
      p.id,
      p.name_zh,
      AREAS[p.area].zh,
      recordPhaseLabel(p.phase, input.reportYears.get(p.report)).zh,
      p.quote,
      where(p),
      latest(p),
      ...Array<null>(8).fill(null),
      print(p.id),
    ]),
  );
  addSheet(
    book,
    LOCATION_SHEET,
    features
      .filter(({ properties: p }) => p.precision === 'district' || p.precision === 'township')
      .map(({ properties: p }) => [p.id, p.name_zh, where(p), ...Array<null>(8).fill(null), print(p.id)]),
  );
  addSheet(
    book,
    TOWNSHIP_SHEET,
    input.townships
      .filter((t) => input.township === undefined || t.code === input.township)
      .map((t) => [
        t.code,
        t.name_zh,
        t.population,
        t.population === null ? '未知' : `${t.population_source ?? ''}（${t.population_year ?? '年份不详'}）`,
        t.area_km2_official,
        t.area_km2_official === null ? '未知' : (t.area_source ?? ''),
        ...Array<null>(8).fill(null),
        prints.townships.get(t.code) ?? '',
      ]),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
