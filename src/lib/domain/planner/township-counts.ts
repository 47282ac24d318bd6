/**
 * Counts per township for the planner's view: how many projects each township has by task area and
 * by category, and what the latest report says was done there the year before next to what it
 * plans for its year. Pure functions.
 *
 * Counting rule: a record counts once in every township it touches (`properties.townships`), so a
 * road through two townships is one row in each, and the rows can add up to more than the number
 * of records. Records that touch no township (district-wide, or not placeable) are counted apart,
 * in `districtWide`, never spread over the townships.
 */
import { latestReportPhase } from '../phases.ts';
import type { ProjectFeature } from '../project.ts';
import type { TownshipName } from '../search.ts';
import { AREAS, CATEGORIES, type AreaKey, type CategoryKey } from '../vocabulary.ts';

export interface CountsRow {
  total: number;
  byArea: Record<AreaKey, number>;
  byCategory: Record<CategoryKey, number>;
}

export interface TownshipCountsRow extends CountsRow, TownshipName {}

export interface TownshipCounts {
  /** Every township given, in code order, with zeros where nothing touches it. */
  townships: TownshipCountsRow[];
  districtWide: CountsRow;
  /** Distinct records counted (each once, however many townships it touches). */
  records: number;
}

function zeros<K extends string>(vocabulary: Readonly<Record<K, unknown>>): Record<K, number> {
  return Object.fromEntries(Object.keys(vocabulary).map((key) => [key, 0])) as Record<K, number>;
}

const emptyRow = (): CountsRow => ({ total: 0, byArea: zeros(AREAS), byCategory: zeros(CATEGORIES) });

/**
 * Rows for the `townships` given, plus one for any code a record touches that is not among them
 * (named by its code), so that no record is silently dropped.
 */
function rowsFor<R>(
  features: readonly ProjectFeature[],
  townships: readonly TownshipName[],
  empty: () => R,
): { rows: Map<string, TownshipName & R>; ordered: () => (TownshipName & R)[] } {
  const rows = new Map<string, TownshipName & R>();
  const add = (t: TownshipName): void => {
    rows.set(t.code, { code: t.code, name_zh: t.name_zh, name_en: t.name_en, ...empty() });
  };
  for (const t of townships) add(t);
  for (const f of features) {
    for (const code of f.properties.townships)
      if (!rows.has(code)) add({ code, name_zh: code, name_en: code });
  }
  // Codes are fixed-width digits, so text order is code order.
  const ordered = () => [...rows.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { rows, ordered };
}

/** Projects per township by task area and by category; district-wide records counted apart. */
export function townshipCounts(
  features: readonly ProjectFeature[],
  townships: readonly TownshipName[],
): TownshipCounts {
  const { rows, ordered } = rowsFor(features, townships, emptyRow);
  const districtWide = emptyRow();
  for (const { properties: p } of features) {
    const targets: CountsRow[] =
      p.townships.length === 0 ? [districtWide] : p.townships.map((c) => rows.get(c)!);
    for (const row of new Set(targets)) {
      row.total += 1;
      row.byArea[p.area] += 1;
      row.byCategory[p.category] += 1;
    }
  }
  return { townships: ordered(), districtWide, records: features.length };
}

export interface PhaseRecords {
  count: number;
  /** Record ids in input order. */
  ids: string[];
}

export interface Comparison {
  /** What the latest report says was done the year before its own. */
  done: PhaseRecords;
  /** What it plans for its year. */
  planned: PhaseRecords;
}

export interface TownshipComparison {
  townships: (TownshipName & Comparison)[];
  districtWide: Comparison;
}

const emptyComparison = (): Comparison => ({
  done: { count: 0, ids: [] },
  planned: { count: 0, ids: [] },
});

/**
 * Per township, the latest report's results of the year before next to its plans for its year
 * (2021's results and 2022's plans, for the report on 2022), with the same counting rule as
 * townshipCounts. The five-year review is left out (it sums five years, not one), and so are the
 * records of earlier reports.
 */
export function compareDoneAndPlanned(
  features: readonly ProjectFeature[],
  townships: readonly TownshipName[],
  latest: { id: string; year: number },
): TownshipComparison {
  const { rows, ordered } = rowsFor(features, townships, emptyComparison);
  const districtWide = emptyComparison();
  for (const { properties: p } of features) {
    const of = latestReportPhase(p, latest);
    if (of === null) continue;
    const targets: Comparison[] =
      p.townships.length === 0 ? [districtWide] : p.townships.map((c) => rows.get(c)!);
    for (const row of new Set(targets)) {
      const cell = of === 'done' ? row.done : row.planned;
      cell.count += 1;
      cell.ids.push(p.id);
    }
  }
  return { townships: ordered(), districtWide };
}
