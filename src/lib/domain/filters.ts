/**
 * Which records the user sees: the facet filters (task area, phase, category, township, latest status),
 * "precise locations only", and the text query; plus the counts the filter panel shows.
 * Pure functions: features in, new arrays and objects out.
 */
import type { ProjectFeature, ProjectProperties } from './project';
import { latestStatus } from './progress';
import { queryMatcher, type RecordMatcher, type SearchIndex } from './search';
import {
  AREAS,
  CATEGORIES,
  LATEST_STATUSES,
  PHASES,
  type AreaKey,
  type CategoryKey,
  type LatestStatusKey,
  type PhaseKey,
} from './vocabulary';

/**
 * What the user has chosen. An empty list puts no restriction on its facet. Lists are kept in
 * vocabulary order (townships in code order) and without duplicates, so that equal choices are
 * equal values and serialise to the same URL: build them with `inVocabularyOrder` / `inCodeOrder`.
 */
export interface Filters {
  areas: AreaKey[];
  phases: PhaseKey[];
  categories: CategoryKey[];
  /** 9-digit NBS township codes. */
  townships: string[];
  /** The latest status public sources report (`none`: no follow-up found). */
  statuses: LatestStatusKey[];
  query: string;
  /** Only records placed at their site, near it, or at their village. */
  preciseOnly: boolean;
}

/** No restriction at all. Treat it as read-only: build new filters with spread. */
export const EMPTY_FILTERS: Filters = {
  areas: [],
  phases: [],
  categories: [],
  townships: [],
  statuses: [],
  query: '',
  preciseOnly: false,
};

/** Whether anything is chosen (a query of only spaces counts as nothing). */
export function isFiltered(f: Filters): boolean {
  return (
    f.areas.length > 0 ||
    f.phases.length > 0 ||
    f.categories.length > 0 ||
    f.townships.length > 0 ||
    f.statuses.length > 0 ||
    f.query.trim() !== '' ||
    f.preciseOnly
  );
}

/** The keys of `vocabulary` among `keys`, in vocabulary order, once each; anything else dropped. */
export function inVocabularyOrder<K extends string>(
  keys: readonly string[],
  vocabulary: Readonly<Record<K, unknown>>,
): K[] {
  const wanted = new Set(keys);
  return (Object.keys(vocabulary) as K[]).filter((key) => wanted.has(key));
}

/** Township codes sorted by code, once each. Codes are fixed-width digits, so text order is numeric order. */
export function inCodeOrder(codes: readonly string[]): string[] {
  return [...new Set(codes)].sort();
}

/** The precisions that `preciseOnly` keeps: the place itself, near it, or its village. */
const PRECISE = new Set<string>(['exact', 'near', 'village']);

/**
 * Which facets a record passes. Kept apart (not one boolean) for the facet counts, which apply
 * every filter but their own.
 */
interface Verdict {
  area: boolean;
  phase: boolean;
  category: boolean;
  township: boolean;
  status: boolean;
  /** `preciseOnly` and the query: never relaxed by a facet count. */
  rest: boolean;
}

function allows<K>(chosen: readonly K[], value: K): boolean {
  return chosen.length === 0 || chosen.includes(value);
}

function verdictOf(p: ProjectProperties, position: number, f: Filters, matchesQuery: RecordMatcher): Verdict {
  // District-wide records concern every township and have no place to be imprecise about; they
  // stay in their own "district-wide" part of the list whatever township or precision is chosen.
  const districtWide = p.precision === 'district';
  return {
    area: allows(f.areas, p.area),
    phase: allows(f.phases, p.phase),
    category: allows(f.categories, p.category),
    township: districtWide || f.townships.length === 0 || p.townships.some((c) => f.townships.includes(c)),
    status: f.statuses.length === 0 || f.statuses.includes(latestStatus(p)),
    rest: (districtWide || !f.preciseOnly || PRECISE.has(p.precision)) && matchesQuery(p.id, position),
  };
}

function passesAll(v: Verdict): boolean {
  return v.area && v.phase && v.category && v.township && v.status && v.rest;
}

export interface SplitProjects {
  /** Matching records with a geometry: what the map draws. */
  mapped: ProjectFeature[];
  /** Matching records without one (district-wide or not placeable): listed apart. */
  districtWide: ProjectFeature[];
}

/** The records that match `filters`, split into those the map shows and the district-wide rest; order kept. */
export function splitProjects(
  features: readonly ProjectFeature[],
  filters: Filters,
  index: SearchIndex,
): SplitProjects {
  const matchesQuery = queryMatcher(index, filters.query);
  const mapped: ProjectFeature[] = [];
  const districtWide: ProjectFeature[] = [];
  features.forEach((feature, position) => {
    if (!passesAll(verdictOf(feature.properties, position, filters, matchesQuery))) return;
    (feature.geometry === null ? districtWide : mapped).push(feature);
  });
  return { mapped, districtWide };
}

export interface FacetCounts {
  areas: Record<AreaKey, number>;
  phases: Record<PhaseKey, number>;
  categories: Record<CategoryKey, number>;
  statuses: Record<LatestStatusKey, number>;
  /**
   * Per township code: the records touching it. Holds every code some record touches, plus the
   * chosen ones; a code no record touches is absent (read it as 0).
   */
  townships: Record<string, number>;
}

function zeroCounts<K extends string>(vocabulary: Readonly<Record<K, unknown>>): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const key of Object.keys(vocabulary) as K[]) counts[key] = 0;
  return counts;
}

/**
 * The number beside each filter option: how many records would match if that option were chosen
 * (alone within its facet) with every other filter unchanged. So each facet's counts apply all the
 * filters except the facet's own. Area, phase and category count every matching record, mapped and
 * district-wide; a township counts the records that touch it.
 */
export function facetCounts(
  features: readonly ProjectFeature[],
  filters: Filters,
  index: SearchIndex,
): FacetCounts {
  const matchesQuery = queryMatcher(index, filters.query);
  const counts: FacetCounts = {
    areas: zeroCounts(AREAS),
    phases: zeroCounts(PHASES),
    categories: zeroCounts(CATEGORIES),
    statuses: zeroCounts(LATEST_STATUSES),
    townships: {},
  };
  for (const code of filters.townships) counts.townships[code] = 0;
  features.forEach(({ properties: p }, position) => {
    for (const code of p.townships) counts.townships[code] ??= 0;
    const v = verdictOf(p, position, filters, matchesQuery);
    if (!v.rest) return;
    if (v.phase && v.category && v.township && v.status) counts.areas[p.area] += 1;
    if (v.area && v.category && v.township && v.status) counts.phases[p.phase] += 1;
    if (v.area && v.phase && v.township && v.status) counts.categories[p.category] += 1;
    if (v.area && v.phase && v.category && v.township) counts.statuses[latestStatus(p)] += 1;
    if (!(v.area && v.phase && v.category && v.status)) return;
    for (const code of p.townships) counts.townships[code] = (counts.townships[code] ?? 0) + 1;
  });
  return counts;
}

export interface SummaryCounts {
  /** Records on the map (`mapped`); the district-wide ones are counted apart. */
  projects: number;
  /** Distinct townships the mapped records touch. */
  townships: number;
  /** Records listed as district-wide. */
  districtWide: number;
}

/** The figures of the live-region sentence "显示 14 个项目，分布在 6 个镇街". */
export function summaryCounts(
  mapped: readonly ProjectFeature[],
  districtWide: readonly ProjectFeature[],
): SummaryCounts {
  const townships = new Set(mapped.flatMap((feature) => feature.properties.townships));
  return { projects: mapped.length, townships: townships.size, districtWide: districtWide.length };
}
