/**
 * The promises view's bars: for one phase, how many records of each task area (and of the whole
 * phase) are in each status group, and the browse view's filters that list exactly those records.
 * The counts come from the status filter's own code (`facetCounts`), so the bars, the chips and the
 * list cannot disagree.
 */
import { EMPTY_FILTERS, facetCounts, type Filters } from '../filters.ts';
import type { ProjectFeature } from '../project.ts';
import { buildSearchIndex } from '../search.ts';
import { AREAS, type AreaKey } from '../vocabulary.ts';
import { groupStatuses, STATUS_GROUP_ORDER, type StatusGroupKey } from '../status-groups.ts';

export interface TallySegment {
  group: StatusGroupKey;
  count: number;
  /** count / the bar's total; 0 for an empty bar. */
  share: number;
  /** The browse view's filters that list these records. */
  filters: Filters;
}

export interface TallyBar {
  /** null: the whole phase, every area. */
  area: AreaKey | null;
  total: number;
  segments: TallySegment[];
}

/** The filters of one segment: the phase, the area (none for the whole phase), the group's statuses. */
export function segmentFilters(phase: string, area: AreaKey | null, group: StatusGroupKey): Filters {
  return {
    ...EMPTY_FILTERS,
    phases: [phase],
    areas: area === null ? [] : [area],
    statuses: groupStatuses(group),
  };
}

/** A bar's filters have no query, so no search index is read. */
const NO_INDEX = buildSearchIndex([], []);

/**
 * A bar is the status filter's own counts (`facetCounts`) for the phase and area, summed by group:
 * the numbers beside the status chips once the segment's link has set the phase and area.
 */
function bar(features: readonly ProjectFeature[], phase: string, area: AreaKey | null): TallyBar {
  const byStatus = facetCounts(
    features,
    { ...EMPTY_FILTERS, phases: [phase], areas: area === null ? [] : [area] },
    NO_INDEX,
  ).statuses;
  const segments = STATUS_GROUP_ORDER.map((group) => ({
    group,
    count: groupStatuses(group).reduce((sum, status) => sum + byStatus[status], 0),
    share: 0,
    filters: segmentFilters(phase, area, group),
  }));
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  for (const segment of segments) segment.share = total === 0 ? 0 : segment.count / total;
  return { area, total, segments };
}

/**
 * One bar a task area that has records in the phase (report order), then the whole phase.
 * An area with no record in the phase has no bar: an empty bar would say nothing.
 */
export function promiseTally(
  features: readonly ProjectFeature[],
  phase: string,
): { areas: TallyBar[]; whole: TallyBar } {
  const areas = (Object.keys(AREAS) as AreaKey[])
    .map((area) => bar(features, phase, area))
    .filter((b) => b.total > 0);
  return { areas, whole: bar(features, phase, null) };
}

/** A share as a whole percentage that reads well beside its count: "<1%" for a small non-zero one. */
export function percentText(share: number): string {
  if (share === 0) return '0%';
  const percent = Math.round(share * 100);
  return percent === 0 ? '<1%' : `${percent}%`;
}
