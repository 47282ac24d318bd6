/**
 * Coverage gaps (view=gaps): how far each part of the district is from a project of a kind.
 * Pure and DOM-free, so `coverage.worker.ts` can run it unchanged: inputs are never mutated and
 * the output is new GeoJSON, deterministic (stable cell ids, grid order). Sections: choosing the
 * projects; the grid; everything the panel needs in one call. The district outline's index is in
 * `district.ts`, the hexagons and their clipping in `clip.ts`, what the panel reads off the grid
 * in `read.ts`, the shared types in `types.ts`; their public names are re-exported from here.
 */
import type { Position as GeoPosition } from 'geojson';
import { around, distance } from 'geokdbush';
import KDBush from 'kdbush';
import { EMPTY_FILTERS, splitProjects, type Filters } from '../filters.ts';
import { positionsOf, type ProjectFeature } from '../project.ts';
import type { SearchIndex } from '../search.ts';
import { PRECISION_ORDER, type Label, type PrecisionKey } from '../vocabulary.ts';
import { clipHexagon, hexagonsOver } from './clip.ts';
import { indexDistrict, inDistrict, type DistrictBoundary } from './district.ts';
import { cellCentre, farthestAreas, shareBeyond } from './read.ts';
import type { FarthestArea, ShareBeyond } from './read.ts';
import type { CoverageCell, CoverageGrid, TownshipArea } from './types.ts';

export { hexagonsOver } from './clip.ts';
export type { DistrictBoundary } from './district.ts';
export { cellCentre, farthestAreas, shareBeyond } from './read.ts';
export type { FarthestArea, ShareBeyond } from './read.ts';
export type { CellProperties, CoverageCell, CoverageGrid, TownshipArea } from './types.ts';

/** The four kinds planners ask about are categories; `any` is every category; `filtered` what the filters select. */
export { COVERAGE_KINDS, type CoverageKind } from '../planner-settings.ts';
import type { CoverageKind } from '../planner-settings.ts';

/** The filters in force and the search index they are matched with (`buildSearchIndex`). */
export interface CurrentFilters {
  filters: Filters;
  index: SearchIndex;
}

/**
 * The records of `kind`, in input order, district-wide ones included. With `current`, its other
 * facets apply too (phase, township, query…); a category kind replaces the category facet, so
 * "water gaps of 2022" is kind `water` with the 2022 phase chosen. `filtered` needs `current`.
 */
export function projectsOfKind(
  features: readonly ProjectFeature[],
  kind: CoverageKind,
  current?: CurrentFilters,
): ProjectFeature[] {
  if (kind === 'filtered' && current === undefined)
    throw new Error("kind 'filtered' needs the current filters");
  const chosen = current?.filters ?? EMPTY_FILTERS;
  const filters: Filters =
    kind === 'filtered' ? chosen : { ...chosen, categories: kind === 'any' ? [] : [kind] };
  if (current === undefined) {
    return features.filter(
      (f) => filters.categories.length === 0 || filters.categories.includes(f.properties.category),
    );
  }
  const { mapped, districtWide } = splitProjects(features, filters, current.index);
  const kept = new Set([...mapped, ...districtWide]);
  return features.filter((f) => kept.has(f));
}

/** Which records count as located: at their village or better, or their township seat as well. */
export type LocationRule = 'village-or-better' | 'township-included';

export interface Located {
  projects: ProjectFeature[];
  rule: LocationRule;
  precisions: PrecisionKey[];
  /** Township-level records among `projects` (0 under the default rule). */
  approximate: number;
  /** Records left out: no geometry (district-wide, not placeable) or too coarse for the rule. */
  leftOut: number;
  /** What the rule means, for the panel to show beside the result. */
  note: Label;
}

const NOTES: Record<LocationRule, Label> = {
  'village-or-better': {
    zh: '只计入定位到村级或更精确的项目；乡镇级近似位置和全区性项目不计入。',
    en: 'Only projects placed at their village or more precisely count; township-level and district-wide ones do not.',
  },
  'township-included': {
    zh: '乡镇级项目也计入，其位置为乡镇驻地（近似），据此算出的距离也是近似值；全区性项目不计入。',
    en: 'Township-level projects count too, placed at the township seat (approximate), so distances to them are approximate; district-wide ones do not.',
  },
};

/** The records that have a place good enough for a distance; by default village precision or better. */
export function locatedFor(
  features: readonly ProjectFeature[],
  { includeApproximate = false }: { includeApproximate?: boolean } = {},
): Located {
  const rule: LocationRule = includeApproximate ? 'township-included' : 'village-or-better';
  const precisions = PRECISION_ORDER.slice(
    0,
    PRECISION_ORDER.indexOf(includeApproximate ? 'township' : 'village') + 1,
  );
  const projects = features.filter((f) => f.geometry !== null && precisions.includes(f.properties.precision));
  const approximate = projects.filter((f) => f.properties.precision === 'township').length;
  return {
    projects,
    rule,
    precisions,
    approximate,
    leftOut: features.length - projects.length,
    note: NOTES[rule],
  };
}

// ---- The grid -------------------------------------------------------------------------------------

export interface GridCoverage {
  grid: CoverageGrid;
  /** Projects with at least one point inside the district: the ones the distances use. */
  projectsUsed: number;
  /** Ids of projects with no point inside the district (ignored), and with only some inside. */
  outside: string[];
  partlyOutside: string[];
}

/** What hexGridCoverage needs of a project: ProjectFeature fits, and so does a bare feature. */
export type Placed = Pick<ProjectFeature, 'id' | 'geometry'>;

/** Rounds a distance to the metre, so the output does not depend on the last bits of the maths. */
const toMetre = (km: number): number => Math.round(km * 1000) / 1000;

/**
 * A hexagonal grid over the district, clipped to its outline, each cell with the distance from its
 * centre to the nearest project point. `cellKm` is the hexagon's side (Turf's `cellSide`): 1 km
 * gives cells of 2.6 km², centres 1.7 km apart. The nearest point comes from a kd-tree, so the
 * cost grows with log(points), not with points × cells.
 */
export function hexGridCoverage(
  boundary: DistrictBoundary,
  projects: readonly Placed[],
  { cellKm = 1 }: { cellKm?: number } = {},
): GridCoverage {
  if (!(cellKm > 0)) throw new RangeError(`cellKm must be positive, not ${cellKm}`);
  const district = indexDistrict(boundary);
  const xs: number[] = [];
  const ys: number[] = [];
  const outside: string[] = [];
  const partlyOutside: string[] = [];
  let projectsUsed = 0;
  for (const project of projects) {
    if (project.geometry === null) continue;
    let inside = 0;
    const points = positionsOf(project.geometry);
    for (const point of points) {
      if (!inDistrict(district, point[0], point[1])) continue;
      xs.push(point[0]);
      ys.push(point[1]);
      inside += 1;
    }
    if (inside > 0) projectsUsed += 1;
    if (inside < points.length) (inside === 0 ? outside : partlyOutside).push(String(project.id));
  }
  const tree = xs.length > 0 ? new KDBush(xs.length) : null;
  for (let i = 0; i < xs.length; i += 1) tree?.add(xs[i]!, ys[i]!);
  tree?.finish();

  if (district.rings.length === 0) {
    return { grid: { type: 'FeatureCollection', features: [] }, projectsUsed, outside, partlyOutside };
  }
  const hexagons = hexagonsOver(district.bbox, cellKm);
  const features: CoverageCell[] = [];
  hexagons.features.forEach((hexagon, i) => {
    const geometry = clipHexagon(district, hexagon.geometry.coordinates[0] as GeoPosition[]);
    if (geometry === null) return;
    let distanceKm: number | null = null;
    if (tree !== null) {
      const [cx, cy] = cellCentre(geometry);
      const nearest = around(tree, cx, cy, 1)[0]!;
      distanceKm = toMetre(distance(cx, cy, xs[nearest]!, ys[nearest]!));
    }
    features.push({ type: 'Feature', properties: { id: `hex-${i}`, distance_km: distanceKm }, geometry });
  });
  return { grid: { type: 'FeatureCollection', features }, projectsUsed, outside, partlyOutside };
}

// ---- Everything the planner's panel needs, in one call (what the worker runs) -------------------------

export interface CoverageOptions {
  current?: CurrentFilters;
  includeApproximate?: boolean;
  cellKm?: number;
  /** Default 5 km. */
  thresholdKm?: number;
  /** How many farthest areas to list; default 5. */
  farthest?: number;
  townships?: readonly TownshipArea[];
}

export interface CoverageAnalysis extends ShareBeyond, Omit<GridCoverage, 'grid'> {
  kind: CoverageKind;
  rule: LocationRule;
  precisions: PrecisionKey[];
  note: Label;
  /** Records of the kind, district-wide ones included, and how many of them the rule leaves out. */
  projectsOfKind: number;
  leftOut: number;
  /** Township-level records the rule let in (placed at the township seat). */
  approximate: number;
  grid: CoverageGrid;
  farthest: FarthestArea[];
}

/** projectsOfKind → locatedFor → hexGridCoverage → shareBeyond and farthestAreas. */
export function analyseCoverage(
  features: readonly ProjectFeature[],
  boundary: DistrictBoundary,
  kind: CoverageKind,
  options: CoverageOptions = {},
): CoverageAnalysis {
  const {
    current,
    includeApproximate = false,
    cellKm = 1,
    thresholdKm = 5,
    farthest = 5,
    townships,
  } = options;
  const ofKind = projectsOfKind(features, kind, current);
  const located = locatedFor(ofKind, { includeApproximate });
  const { grid, ...used } = hexGridCoverage(boundary, located.projects, { cellKm });
  return {
    kind,
    rule: located.rule,
    precisions: located.precisions,
    note: located.note,
    projectsOfKind: ofKind.length,
    leftOut: located.leftOut,
    approximate: located.approximate,
    ...used,
    ...shareBeyond(grid, thresholdKm),
    grid,
    farthest: farthestAreas(grid, farthest, townships),
  };
}
