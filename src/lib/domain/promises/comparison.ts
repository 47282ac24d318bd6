/**
 * The comparison table (对照表) deputies know from paper: each promise of a phase beside the latest
 * evidence of what became of it. Pure: rows, their sort orders and the CSV; the component and the
 * XLSX writer read the same rows.
 */
import { latestProgress, latestStatus } from '../progress.ts';
import type { ProjectFeature, Target } from '../project.ts';
import {
  AREAS,
  LATEST_STATUSES,
  PRECISION_ORDER,
  PRECISIONS,
  UNITS,
  type AreaKey,
  type LatestStatusKey,
  type PrecisionKey,
  type UnitKey,
} from '../vocabulary.ts';
import type { Lang } from '../url-state.ts';
import { number, text, toCsv } from '../planner/export.ts';
import { statusGroupOf, STATUS_GROUP_ORDER } from '../status-groups.ts';

export interface ComparisonRow {
  id: string;
  area: AreaKey;
  name: string;
  quote: string;
  reportLine: number;
  targets: Target[];
  status: LatestStatusKey;
  /** The latest entry's date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"); null without one. */
  date: string | null;
  /** The latest entry's fact in the reader's language; the Chinese when it is not translated yet. */
  fact: string | null;
  /** True when `fact` is the Chinese standing in for a missing English. */
  untranslated: boolean;
  sourceName: string | null;
  sourceUrl: string | null;
  /** The district office that reported the entry, when it came through the workbook. */
  reportedBy: string | null;
  precision: PrecisionKey;
  /** The row's place in the report: area order, then report line, then the data's order. */
  reportOrder: number;
}

export type ComparisonSort = 'report' | 'status' | 'date' | 'precision';

const AREA_RANK = new Map((Object.keys(AREAS) as AreaKey[]).map((key, i) => [key, i]));

/** The rows of the records of `phase`, in report order. */
export function comparisonRows(
  features: readonly ProjectFeature[],
  phase: string,
  lang: Lang,
): ComparisonRow[] {
  const rows = features
    .filter((f) => f.properties.phase === phase)
    .map((f, position) => {
      const p = f.properties;
      const latest = latestProgress(p);
      const fact =
        latest === null ? null : lang === 'en' ? (latest.fact_en ?? latest.fact_zh) : latest.fact_zh;
      return {
        id: p.id,
        area: p.area,
        name: lang === 'zh' ? p.name_zh : p.name_en,
        quote: p.quote,
        reportLine: p.report_line,
        targets: p.targets,
        status: latestStatus(p),
        date: latest?.date ?? null,
        fact,
        untranslated: lang === 'en' && latest !== null && latest.fact_en === null,
        sourceName: latest?.source_name ?? null,
        sourceUrl: latest?.source_url ?? null,
        reportedBy: latest?.reported_by ?? null,
        precision: p.precision,
        reportOrder: position,
      };
    });
  rows.sort(byReport);
  rows.forEach((row, i) => (row.reportOrder = i));
  return rows;
}

function byReport(a: ComparisonRow, b: ComparisonRow): number {
  return (
    AREA_RANK.get(a.area)! - AREA_RANK.get(b.area)! ||
    a.reportLine - b.reportLine ||
    a.reportOrder - b.reportOrder
  );
}

const GROUP_RANK = new Map(STATUS_GROUP_ORDER.map((group, i) => [group, i]));
const PRECISION_RANK = new Map(PRECISION_ORDER.map((key, i) => [key, i]));

/** Ascending orders: the report's; status group (done first); date (oldest first); precision (best first). */
const COMPARE: Record<ComparisonSort, (a: ComparisonRow, b: ComparisonRow) => number> = {
  report: (a, b) => a.reportOrder - b.reportOrder,
  status: (a, b) => GROUP_RANK.get(statusGroupOf(a.status))! - GROUP_RANK.get(statusGroupOf(b.status))!,
  date: (a, b) => a.date!.localeCompare(b.date!),
  precision: (a, b) => PRECISION_RANK.get(a.precision)! - PRECISION_RANK.get(b.precision)!,
};

/**
 * The rows sorted by a column, either way. Rows without evidence stay last when sorting by date,
 * whichever way; ties keep the report's order.
 */
export function sortComparison(
  rows: readonly ComparisonRow[],
  by: ComparisonSort,
  descending = false,
): ComparisonRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (by === 'date' && (a.date === null || b.date === null))
      return a.date === b.date ? a.reportOrder - b.reportOrder : a.date === null ? 1 : -1;
    return sign * COMPARE[by](a, b) || a.reportOrder - b.reportOrder;
  });
}

/** A number in its unit: "600,000人" / "600,000 people". */
export function quantityText(value: number, unit: UnitKey, lang: Lang): string {
  return lang === 'zh'
    ? `${value.toLocaleString('zh-CN')}${UNITS[unit].zh}`
    : `${value.toLocaleString('en')} ${UNITS[unit].en}`;
}

/** "10公里、2处" / "10 km; 2 sites": the targets as the reader's language writes them (the report's own words in Chinese). */
export function targetsText(targets: readonly Target[], lang: Lang): string {
  if (lang === 'zh') return targets.map((t) => t.text).join('、');
  return targets.map((t) => quantityText(t.value, t.unit, 'en')).join('; ');
}

export const COMPARISON_COLUMNS = [
  'id',
  'area',
  'name',
  'quote',
  'report_line',
  'targets',
  'latest_status',
  'latest_date',
  'latest_fact',
  'source_name',
  'source_url',
  'reported_by',
  'precision',
] as const;

/** Where the report line stands among the columns: the one cell that is a number. */
export const LINE_COLUMN = COMPARISON_COLUMNS.indexOf('report_line');

/** The table as cells, labels in the reader's language (CSV and XLSX write the same cells). */
export function comparisonCells(rows: readonly ComparisonRow[], lang: Lang): string[][] {
  return rows.map((r) => [
    r.id,
    AREAS[r.area][lang],
    r.name,
    r.quote,
    number(r.reportLine),
    targetsText(r.targets, lang),
    LATEST_STATUSES[r.status][lang],
    r.date ?? '',
    r.fact ?? '',
    r.sourceName ?? '',
    r.sourceUrl ?? '',
    r.reportedBy ?? '',
    PRECISIONS[r.precision][lang],
  ]);
}

/** The CSV download: BOM, every field quoted, text that could start a formula defused. */
export function comparisonCsv(rows: readonly ComparisonRow[], lang: Lang): string {
  return toCsv(
    COMPARISON_COLUMNS,
    // The report line is a number we wrote; every other cell is text, defused.
    comparisonCells(rows, lang).map((cells) =>
      cells.map((cell, i) => (i === LINE_COLUMN ? cell : text(cell))),
    ),
  );
}
