/**
 * The planner's township measures: for a kind of project and a phase, how many projects touch each
 * township, per 10,000 people and per 100 km² of land, from the township facts compiled into
 * geodata/townships.geojson (null where a fact is unknown: the measure is then unknown too, never
 * guessed). And the sentence naming the townships with none. Pure.
 *
 * Counting rule as in township-counts.ts: a record counts once in every township it touches;
 * district-wide records are counted apart.
 */
import type { ProjectFeature } from '../project.ts';
import { latestReportPhase } from '../phases.ts';
import type { PlannerPhase } from '../planner-settings.ts';

/** What geodata/townships.geojson says of a township (the facts may be null). */
export interface TownshipFactsInfo {
  code: string;
  name_zh: string;
  name_en: string;
  population: number | null;
  population_year: number | null;
  population_kind: 'registered' | 'resident' | 'unstated' | null;
  population_source: string | null;
  area_km2_official: number | null;
  area_source: string | null;
  /** What is doubtful about the figures, in each language. */
  facts_note: string | null;
  facts_note_zh: string | null;
}

/** The facts of a township area's properties (missing ones are unknown). */
export function factsOf(p: Record<string, unknown>): TownshipFactsInfo {
  const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const kind = p.population_kind;
  return {
    code: String(p.code),
    name_zh: String(p.name_zh),
    name_en: String(p.name_en),
    population: number(p.population),
    population_year: number(p.population_year),
    population_kind: kind === 'registered' || kind === 'resident' || kind === 'unstated' ? kind : null,
    population_source: text(p.population_source),
    area_km2_official: number(p.area_km2_official),
    area_source: text(p.area_source),
    facts_note: text(p.facts_note),
    facts_note_zh: text(p.facts_note_zh),
  };
}

export interface MeasureRow extends TownshipFactsInfo {
  count: number;
  /** Projects per 10,000 people; null when the population is unknown. */
  per_10k: number | null;
  /** Projects per 100 km²; null when the official area is unknown. */
  per_100km2: number | null;
}

export interface TownshipMeasures {
  rows: MeasureRow[];
  /** Records of the kind and phase that touch no township (district-wide or not placeable). */
  districtWide: number;
}

/**
 * `projects` are those of the chosen kind already (grid.ts projectsOfKind); `phase` is of the
 * `latest` report (planner-settings.ts).
 */
export function townshipMeasures(
  projects: readonly ProjectFeature[],
  townships: readonly TownshipFactsInfo[],
  phase: PlannerPhase,
  latest: { id: string; year: number },
): TownshipMeasures {
  const counts = new Map(townships.map((t) => [t.code, 0]));
  let districtWide = 0;
  for (const { properties: p } of projects) {
    const of = latestReportPhase(p, latest);
    if (of === null || (phase !== 'both' && of !== phase)) continue;
    if (p.townships.length === 0) districtWide += 1;
    for (const code of new Set(p.townships)) if (counts.has(code)) counts.set(code, counts.get(code)! + 1);
  }
  const rows = townships.map((t) => {
    const count = counts.get(t.code)!;
    return {
      ...t,
      count,
      per_10k: t.population ? (count / t.population) * 10_000 : null,
      per_100km2: t.area_km2_official ? (count / t.area_km2_official) * 100 : null,
    };
  });
  return { rows, districtWide };
}

export interface GapSummary {
  /** Townships with no project of the kind and phase, in code order. */
  without: TownshipFactsInfo[];
  /**
   * The share of the people of all townships who live in those, when every township's population
   * is known, of one kind and from years no more than two apart; otherwise null with the reason.
   */
  populationShare: { share: number; year: number } | { share: null; reason: 'unknown' | 'mixed' };
}

export function gapSummary(rows: readonly MeasureRow[]): GapSummary {
  const without = rows.filter((r) => r.count === 0);
  const populations = rows.map((r) => r.population);
  if (populations.some((p) => p === null))
    return { without, populationShare: { share: null, reason: 'unknown' } };
  const kinds = new Set(rows.map((r) => r.population_kind));
  const years = rows.map((r) => r.population_year);
  const comparable =
    kinds.size === 1 &&
    !kinds.has('unstated') &&
    years.every((y) => y !== null) &&
    Math.max(...(years as number[])) - Math.min(...(years as number[])) <= 2;
  if (!comparable) return { without, populationShare: { share: null, reason: 'mixed' } };
  const total = rows.reduce((sum, r) => sum + r.population!, 0);
  const left = without.reduce((sum, r) => sum + r.population!, 0);
  return { without, populationShare: { share: left / total, year: Math.max(...(years as number[])) } };
}
