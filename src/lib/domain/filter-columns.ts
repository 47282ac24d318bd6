/**
 * The records' filterable facts as typed arrays ("columns"), built once per data set, so that a
 * filter change is a tight loop over small integers instead of reading strings out of 100,000
 * objects (that took about 300 ms a change at 100,000 records; the loops here take a few ms).
 *
 * Each vocabulary value is its position in the vocabulary; a set of chosen values is a bit mask
 * (every vocabulary here has fewer than 32 entries, which `vocabularyIndex` checks). Phases have no
 * fixed vocabulary (each report brings its own years): theirs is the data's, built with the columns.
 * A report adds about two phases, so the mask holds some fifteen reports; past 31 phases the columns
 * cannot be built, and this mask would have to become two.
 */
import type { ProjectFeature } from './project.ts';
import { latestStatus } from './progress.ts';
import { inPhaseOrder, type PhaseKey } from './phases.ts';
import { AREAS, CATEGORIES, LATEST_STATUSES } from './vocabulary.ts';

/** Record flags, one byte a record. */
export const DISTRICT_WIDE = 1;
/** Placed at its site, near it, or at its village: what "precise locations only" keeps. */
export const PRECISE = 2;
/** Has a geometry: the map draws it (otherwise it is listed apart). */
export const MAPPED = 4;

const PRECISE_PRECISIONS = new Set(['exact', 'near', 'village']);

export interface FilterColumns {
  readonly size: number;
  readonly area: Uint8Array;
  readonly phase: Uint8Array;
  /** The phases the records have, in display order: `phase[i]` is a position in it. */
  readonly phaseKeys: readonly PhaseKey[];
  readonly phaseIndex: ReadonlyMap<string, number>;
  readonly category: Uint8Array;
  readonly status: Uint8Array;
  readonly flags: Uint8Array;
  /** The townships of record i are `townshipOf[townshipStart[i] .. townshipStart[i + 1])`, as indexes into `townshipCodes`. */
  readonly townshipStart: Uint32Array;
  readonly townshipOf: Uint16Array;
  /** Every township code some record touches, in order of first appearance. */
  readonly townshipCodes: readonly string[];
}

/** Position of each key of a vocabulary, for turning values into small integers. */
export function vocabularyIndex(
  vocabulary: Readonly<Record<string, unknown>> | readonly string[],
): Map<string, number> {
  const keys = Array.isArray(vocabulary) ? vocabulary : Object.keys(vocabulary);
  if (keys.length > 31) throw new Error(`a vocabulary of ${keys.length} values does not fit a 32-bit mask`);
  return new Map(keys.map((key, i) => [key, i]));
}

export const AREA_INDEX = vocabularyIndex(AREAS);
export const CATEGORY_INDEX = vocabularyIndex(CATEGORIES);
export const STATUS_INDEX = vocabularyIndex(LATEST_STATUSES);

/** The bit mask of the chosen values; 0 (no bit) when nothing is chosen, which restricts nothing. */
export function maskOf(chosen: readonly string[], index: ReadonlyMap<string, number>): number {
  let mask = 0;
  for (const key of chosen) {
    const at = index.get(key);
    if (at !== undefined) mask |= 1 << at;
  }
  return mask;
}

function valueIndex(index: ReadonlyMap<string, number>, value: string, field: string, id: string): number {
  const at = index.get(value);
  // Validation keeps such records out of the app; a record that slipped through must not be
  // counted under another value's position.
  if (at === undefined) throw new Error(`record ${id}: ${field} "${value}" is not in the vocabulary`);
  return at;
}

function buildColumns(features: readonly ProjectFeature[]): FilterColumns {
  const size = features.length;
  const phaseKeys = inPhaseOrder(features.map((f) => f.properties.phase));
  const phaseIndex = vocabularyIndex(phaseKeys);
  const area = new Uint8Array(size);
  const phase = new Uint8Array(size);
  const category = new Uint8Array(size);
  const status = new Uint8Array(size);
  const flags = new Uint8Array(size);
  const townshipStart = new Uint32Array(size + 1);
  const townshipList: number[] = [];
  const townshipCodes: string[] = [];
  const townshipAt = new Map<string, number>();
  features.forEach((feature, i) => {
    const p = feature.properties;
    area[i] = valueIndex(AREA_INDEX, p.area, 'area', p.id);
    phase[i] = valueIndex(phaseIndex, p.phase, 'phase', p.id);
    category[i] = valueIndex(CATEGORY_INDEX, p.category, 'category', p.id);
    status[i] = valueIndex(STATUS_INDEX, latestStatus(p), 'status', p.id);
    flags[i] =
      (p.precision === 'district' ? DISTRICT_WIDE : 0) |
      (PRECISE_PRECISIONS.has(p.precision) ? PRECISE : 0) |
      (feature.geometry === null ? 0 : MAPPED);
    townshipStart[i] = townshipList.length;
    for (const code of p.townships) {
      let at = townshipAt.get(code);
      if (at === undefined) {
        at = townshipCodes.length;
        townshipAt.set(code, at);
        townshipCodes.push(code);
      }
      townshipList.push(at);
    }
  });
  townshipStart[size] = townshipList.length;
  return {
    size,
    area,
    phase,
    phaseKeys,
    phaseIndex,
    category,
    status,
    flags,
    townshipStart,
    townshipOf: Uint16Array.from(townshipList),
    townshipCodes,
  };
}

const cache = new WeakMap<readonly ProjectFeature[], FilterColumns>();

/**
 * The columns of `features`, built on first use and kept for as long as that very array lives.
 * The app replaces its projects array whole when data arrives and never mutates it, which is what
 * makes caching by identity safe; treat the features of a cached array as read-only.
 */
export function columnsOf(features: readonly ProjectFeature[]): FilterColumns {
  let columns = cache.get(features);
  if (!columns) {
    columns = buildColumns(features);
    cache.set(features, columns);
  }
  return columns;
}
