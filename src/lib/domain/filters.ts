/**
 * Which records the user sees: the facet filters (task area, phase, category, township, latest status),
 * "precise locations only", and the text query; plus the counts the filter panel shows.
 * Pure functions: features in, new arrays and objects out.
 */
import type { ProjectFeature } from './project.ts';
import {
  AREA_INDEX,
  CATEGORY_INDEX,
  columnsOf,
  DISTRICT_WIDE,
  maskOf,
  PRECISE,
  STATUS_INDEX,
} from './filter-columns.ts';
import { queryMatcher, type RecordMatcher, type SearchIndex } from './search.ts';
import {
  AREAS,
  CATEGORIES,
  LATEST_STATUSES,
  type AreaKey,
  type CategoryKey,
  type LatestStatusKey,
} from './vocabulary.ts';
import type { PhaseKey } from './phases.ts';

/**
 * What the user has chosen. An empty list puts no restriction on its facet. Lists are kept in
 * vocabulary order (townships in code order, phases in phase order, `inPhaseOrder`) and without duplicates, so that equal choices are
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

/** Bits of a record's verdict: which facets it passes. */
const AREA = 1;
const PHASE = 2;
const CATEGORY = 4;
const TOWNSHIP = 8;
const STATUS = 16;
/** `preciseOnly` and the query: never relaxed by a facet count. */
const REST = 32;
const ALL = AREA | PHASE | CATEGORY | TOWNSHIP | STATUS | REST;

/**
 * Which facets each record passes, as bits (kept apart, not one boolean, for the facet counts,
 * which apply every filter but their own). One loop over the columns (filter-columns.ts).
 */
function verdicts(features: readonly ProjectFeature[], f: Filters, index: SearchIndex): Uint8Array {
  // The app asks for the split and the counts of the same change one after the other: one pass
  // (and one scan of the search index) serves both.
  if (last && last.features === features && last.filters === f && last.index === index) return last.verdict;
  const verdict = computeVerdicts(features, f, index);
  last = { features, filters: f, index, verdict };
  return verdict;
}

/** The last verdicts worked out, by the identity of their inputs (all treated as read-only). */
let last: {
  features: readonly ProjectFeature[];
  filters: Filters;
  index: SearchIndex;
  verdict: Uint8Array;
} | null = null;

function computeVerdicts(features: readonly ProjectFeature[], f: Filters, index: SearchIndex): Uint8Array {
  const c = columnsOf(features);
  const matchesQuery: RecordMatcher | null = f.query.trim() === '' ? null : queryMatcher(index, f.query);
  const areas = maskOf(f.areas, AREA_INDEX);
  const phases = maskOf(f.phases, c.phaseIndex);
  // A phase no record has is a choice too: it matches nothing (a mask of 0 would restrict nothing).
  const phaseChosen = f.phases.length > 0;
  const categories = maskOf(f.categories, CATEGORY_INDEX);
  const statuses = maskOf(f.statuses, STATUS_INDEX);
  const chosenTownships = new Set(f.townships);
  const townshipChosen = Uint8Array.from(c.townshipCodes, (code) => (chosenTownships.has(code) ? 1 : 0));
  const out = new Uint8Array(c.size);
  for (let i = 0; i < c.size; i++) {
    // District-wide records concern every township and have no place to be imprecise about; they
    // stay in their own "district-wide" part of the list whatever township or precision is chosen.
    const districtWide = (c.flags[i]! & DISTRICT_WIDE) !== 0;
    let township = districtWide || chosenTownships.size === 0;
    for (let k = c.townshipStart[i]!; !township && k < c.townshipStart[i + 1]!; k++)
      township = townshipChosen[c.townshipOf[k]!] === 1;
    const rest =
      (districtWide || !f.preciseOnly || (c.flags[i]! & PRECISE) !== 0) &&
      (matchesQuery === null || matchesQuery(features[i]!.properties.id, i));
    out[i] =
      (areas === 0 || areas & (1 << c.area[i]!) ? AREA : 0) |
      (!phaseChosen || phases & (1 << c.phase[i]!) ? PHASE : 0) |
      (categories === 0 || categories & (1 << c.category[i]!) ? CATEGORY : 0) |
      (statuses === 0 || statuses & (1 << c.status[i]!) ? STATUS : 0) |
      (township ? TOWNSHIP : 0) |
      (rest ? REST : 0);
  }
  return out;
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
  const verdict = verdicts(features, filters, index);
  const mapped: ProjectFeature[] = [];
  const districtWide: ProjectFeature[] = [];
  features.forEach((feature, i) => {
    if (verdict[i] !== ALL) return;
    (feature.geometry === null ? districtWide : mapped).push(feature);
  });
  return { mapped, districtWide };
}

export interface FacetCounts {
  areas: Record<AreaKey, number>;
  /** Per phase the records have (and each chosen one, 0 when no record has it). */
  phases: Record<PhaseKey, number>;
  categories: Record<CategoryKey, number>;
  statuses: Record<LatestStatusKey, number>;
  /**
   * Per township code: the records touching it. Holds every code some record touches, plus the
   * chosen ones; a code no record touches is absent (read it as 0).
   */
  townships: Record<string, number>;
}

/** `counts` by position, as a record keyed by the vocabulary's keys (in vocabulary order). */
function byKey<K extends string>(
  vocabulary: Readonly<Record<K, unknown>>,
  counts: Uint32Array,
): Record<K, number> {
  const out = {} as Record<K, number>;
  (Object.keys(vocabulary) as K[]).forEach((key, i) => (out[key] = counts[i]!));
  return out;
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
  const c = columnsOf(features);
  const verdict = verdicts(features, filters, index);
  const areas = new Uint32Array(32);
  const phases = new Uint32Array(32);
  const categories = new Uint32Array(32);
  const statuses = new Uint32Array(32);
  const townships = new Uint32Array(c.townshipCodes.length);
  /** A record counts for facet X when it passes everything but X: its verdict is ALL, or ALL without X. */
  const allBut = (v: number, facet: number) => (v | facet) === ALL;
  for (let i = 0; i < c.size; i++) {
    const v = verdict[i]!;
    if (allBut(v, AREA)) areas[c.area[i]!]! += 1;
    if (allBut(v, PHASE)) phases[c.phase[i]!]! += 1;
    if (allBut(v, CATEGORY)) categories[c.category[i]!]! += 1;
    if (allBut(v, STATUS)) statuses[c.status[i]!]! += 1;
    if (!allBut(v, TOWNSHIP)) continue;
    for (let k = c.townshipStart[i]!; k < c.townshipStart[i + 1]!; k++) townships[c.townshipOf[k]!]! += 1;
  }
  const townshipCounts: Record<string, number> = {};
  for (const code of filters.townships) townshipCounts[code] = 0;
  c.townshipCodes.forEach((code, k) => (townshipCounts[code] = townships[k]!));
  const phaseCounts: Record<PhaseKey, number> = {};
  for (const key of filters.phases) phaseCounts[key] = 0;
  c.phaseKeys.forEach((key, k) => (phaseCounts[key] = phases[k]!));
  return {
    areas: byKey(AREAS, areas),
    phases: phaseCounts,
    categories: byKey(CATEGORIES, categories),
    statuses: byKey(LATEST_STATUSES, statuses),
    townships: townshipCounts,
  };
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
  const townships = new Set<string>();
  for (const feature of mapped) for (const code of feature.properties.townships) townships.add(code);
  return { projects: mapped.length, townships: townships.size, districtWide: districtWide.length };
}
