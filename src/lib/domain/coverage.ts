/**
 * Coverage gaps (view=gaps): how far each part of the district is from a project of a kind.
 * Pure and DOM-free, so `coverage.worker.ts` can run it unchanged: inputs are never mutated and
 * the output is new GeoJSON, deterministic (stable cell ids, grid order). Sections: choosing the
 * projects; the district outline and clipping cells to it; the grid; what the panel reads off it.
 */
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection, multiPolygon, polygon } from '@turf/helpers';
import hexGrid from '@turf/hex-grid';
import intersect from '@turf/intersect';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position as GeoPosition } from 'geojson';
import { around, distance } from 'geokdbush';
import KDBush from 'kdbush';
import { EMPTY_FILTERS, splitProjects, type Filters } from './filters';
import type { Position, ProjectFeature, ProjectGeometry } from './project';
import type { SearchIndex, TownshipName } from './search';
import { PRECISION_ORDER, type Label, type PrecisionKey } from './vocabulary';

/** The four kinds planners ask about are categories; `any` is every category; `filtered` what the filters select. */
export const COVERAGE_KINDS = ['water', 'sanitation', 'education', 'health', 'any', 'filtered'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

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

// ---- The district outline, indexed, and hexagons clipped to it --------------------------------

export type DistrictBoundary =
  Polygon | MultiPolygon | Feature<Polygon | MultiPolygon> | FeatureCollection<Polygon | MultiPolygon>;

type Ring = GeoPosition[];

/**
 * The outline's edges sorted into horizontal bands, so that a point-in-district test or the search
 * for edges near a cell reads a few dozen edges, not all of them (Xifeng's outline has 1,190).
 */
interface District {
  polygons: Ring[][];
  rings: { coords: Ring; outer: boolean }[];
  bbox: [number, number, number, number];
  /** ax, ay, bx, by of each edge, and the ring it belongs to. */
  edges: Float64Array;
  edgeRing: Uint32Array;
  bands: number[][];
  bandHeight: number;
}
const BANDS = 256;

function polygonsOf(b: DistrictBoundary): Ring[][] {
  if (b.type === 'FeatureCollection') return b.features.flatMap((f) => polygonsOf(f));
  const g = b.type === 'Feature' ? b.geometry : b;
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    sum += (ring[i + 1]![0]! - ring[i]![0]!) * (ring[i + 1]![1]! + ring[i]![1]!);
  }
  return -sum / 2;
}

function indexDistrict(boundary: DistrictBoundary): District {
  const polygons = polygonsOf(boundary);
  // The clipping walks outer rings counter-clockwise (RFC 7946); a clockwise one is read reversed.
  const rings = polygons.flatMap((p) =>
    p.map((coords, k) => ({
      coords: k === 0 && signedArea(coords) < 0 ? [...coords].reverse() : coords,
      outer: k === 0,
    })),
  );
  const bbox: District['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
  const edges: number[] = [];
  const edgeRing: number[] = [];
  rings.forEach(({ coords }, r) => {
    coords.forEach(([x, y], i) => {
      bbox[0] = Math.min(bbox[0], x!);
      bbox[1] = Math.min(bbox[1], y!);
      bbox[2] = Math.max(bbox[2], x!);
      bbox[3] = Math.max(bbox[3], y!);
      const next = coords[i + 1];
      if (next === undefined) return;
      edges.push(x!, y!, next[0]!, next[1]!);
      edgeRing.push(r);
    });
  });
  const bandHeight = (bbox[3] - bbox[1]) / BANDS || 1;
  const district: District = {
    polygons,
    rings,
    bbox,
    edges: Float64Array.from(edges),
    edgeRing: Uint32Array.from(edgeRing),
    bands: Array.from({ length: BANDS }, () => []),
    bandHeight,
  };
  for (let e = 0; e < edgeRing.length; e += 1) {
    const [ay, by] = [edges[4 * e + 1]!, edges[4 * e + 3]!];
    const last = bandOf(district, Math.max(ay, by));
    for (let band = bandOf(district, Math.min(ay, by)); band <= last; band += 1)
      district.bands[band]!.push(e);
  }
  return district;
}

const bandOf = (d: District, y: number): number =>
  Math.min(BANDS - 1, Math.max(0, Math.floor((y - d.bbox[1]) / d.bandHeight)));

const edgeAt = (d: District, e: number): [number, number, number, number] => [
  d.edges[4 * e]!,
  d.edges[4 * e + 1]!,
  d.edges[4 * e + 2]!,
  d.edges[4 * e + 3]!,
];

/** Even-odd ray casting over the edges of the point's band: inside the outer rings, outside the holes. */
function inDistrict(d: District, x: number, y: number): boolean {
  const [minX, minY, maxX, maxY] = d.bbox;
  if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) return false;
  let inside = false;
  const E = d.edges; // hot with many projects: plain reads, no arrays made
  for (const e of d.bands[bandOf(d, y)]!) {
    const [ax, ay, bx, by] = [E[4 * e]!, E[4 * e + 1]!, E[4 * e + 2]!, E[4 * e + 3]!];
    if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  }
  return inside;
}

/** Which side of edge i of the (convex, counter-clockwise) hexagon a point is on: >= 0 is inside. */
function side(hex: Ring, i: number, x: number, y: number): number {
  const [ax, ay] = hex[i] as [number, number];
  const [bx, by] = hex[i + 1] as [number, number];
  return (bx - ax) * (y - ay) - (by - ay) * (x - ax);
}

function inHexagon(hex: Ring, x: number, y: number): boolean {
  for (let i = 0; i + 1 < hex.length; i += 1) if (side(hex, i, x, y) < 0) return false;
  return true;
}

/** Where the outline crosses the hexagon: the point, and how far round the perimeter (edge + fraction, 0–6). */
interface Crossing {
  point: GeoPosition;
  at: number;
}

/** Where a segment enters and leaves the hexagon (Cyrus–Beck); null if it stays outside. */
function crossingsOf(hex: Ring, [ax, ay, bx, by]: readonly number[]) {
  let [tEnter, tLeave, eEnter, eLeave] = [0, 1, -1, -1];
  for (let i = 0; i + 1 < hex.length; i += 1) {
    const fa = side(hex, i, ax!, ay!);
    const fb = side(hex, i, bx!, by!);
    if (fa < 0 && fb < 0) return null;
    if (fa >= 0 && fb >= 0) continue;
    const t = fa / (fa - fb);
    if (fa < 0 && t > tEnter) [tEnter, eEnter] = [t, i];
    if (fa >= 0 && t < tLeave) [tLeave, eLeave] = [t, i];
  }
  if (eEnter >= 0 && eLeave >= 0 && tEnter >= tLeave) return null; // passes by, or only grazes a corner
  const crossing = (t: number, edge: number): Crossing => {
    const [x, y] = [ax! + t * (bx! - ax!), ay! + t * (by! - ay!)];
    const [px, py] = hex[edge] as [number, number];
    const [qx, qy] = hex[edge + 1] as [number, number];
    const along = ((x - px) * (qx - px) + (y - py) * (qy - py)) / ((qx - px) ** 2 + (qy - py) ** 2);
    return { point: [x, y], at: edge + Math.min(1, Math.max(0, along)) };
  };
  return {
    enter: eEnter < 0 ? null : crossing(tEnter, eEnter),
    leave: eLeave < 0 ? null : crossing(tLeave, eLeave),
  };
}

/** A stretch of the outline inside the hexagon, from where it enters to where it leaves. */
interface Arc {
  points: Ring;
  entry: number;
  exit: number;
}

/**
 * The stretches of one ring inside the hexagon, read from the ring's edges near it in ring order
 * (the others cannot reach it). Null when no edge starts outside: the ring lies wholly inside.
 */
function arcsOf(d: District, edgeIds: readonly number[], hex: Ring): Arc[] | null {
  // Start at an edge that begins outside, so that no stretch is cut in two at the ring's seam.
  const start = edgeIds.findIndex((e) => !inHexagon(hex, d.edges[4 * e]!, d.edges[4 * e + 1]!));
  if (start < 0) return null;
  const arcs: Arc[] = [];
  let open: Arc | null = null;
  for (let k = 0; k < edgeIds.length; k += 1) {
    const edge = edgeAt(d, edgeIds[(start + k) % edgeIds.length]!);
    const cut = crossingsOf(hex, edge);
    if (cut === null) continue;
    if (cut.enter !== null) open = { points: [cut.enter.point], entry: cut.enter.at, exit: 0 };
    if (open === null) continue; // unreachable: an edge that starts inside continues an open stretch
    if (cut.leave === null) open.points.push([edge[2], edge[3]]);
    else {
      open.points.push(cut.leave.point);
      arcs.push({ ...open, exit: cut.leave.at });
      open = null;
    }
  }
  return arcs;
}

/**
 * Weiler–Atherton for a counter-clockwise ring and a convex clip: from where a stretch leaves,
 * follow the hexagon counter-clockwise (through its corners) to the next place a stretch enters,
 * until back at the first. Each loop is one part of the cell; a simple ring leaves no holes.
 */
function linkArcs(arcs: readonly Arc[], hex: Ring): Ring[] {
  const sides = hex.length - 1;
  const used = new Set<Arc>();
  const parts: Ring[] = [];
  for (const first of arcs) {
    if (used.has(first)) continue;
    const part: Ring = [];
    for (let arc = first; ;) {
      used.add(arc);
      part.push(...arc.points);
      const gap = (a: Arc): number => (a.entry - arc.exit + sides) % sides;
      const next = arcs
        .filter((a) => a === first || !used.has(a))
        .reduce((b, a) => (gap(a) < gap(b) ? a : b));
      for (let corner = Math.floor(arc.exit) + 1; corner - arc.exit < gap(next); corner += 1) {
        part.push(hex[corner % sides]!);
      }
      if (next === first) break;
      arc = next;
    }
    parts.push(part);
  }
  return parts;
}

/** Rounds to RFC 7946's 6 decimals, drops repeats, closes the ring; null if fewer than 3 corners remain. */
function tidyRing(ring: Ring): Ring | null {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i += 1) {
    const x = Math.round(ring[i]![0]! * 1e6) / 1e6;
    const y = Math.round(ring[i]![1]! * 1e6) / 1e6;
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== x || last[1] !== y) out.push([x, y]);
  }
  const [first, last] = [out[0], out[out.length - 1]];
  if (out.length > 1 && first![0] === last![0] && first![1] === last![1]) out.pop();
  return out.length >= 3 ? [...out, out[0]!] : null;
}

function tidyPolygons(polygons: Ring[][]): Polygon | MultiPolygon | null {
  const kept = polygons
    .map((p) => p.map(tidyRing))
    .filter((p) => p[0] !== null)
    .map((p) => p.filter((r): r is Ring => r !== null));
  if (kept.length === 0) return null;
  return kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0]! }
    : { type: 'MultiPolygon', coordinates: kept };
}

/**
 * One hexagon clipped to the district. Most cells lie wholly inside or outside; for a cell that one
 * outer ring of the outline crosses, the stretches inside are linked along the hexagon's edge
 * (linkArcs), exact and fast. Anything else (holes, two parts of a MultiPolygon in one cell) goes
 * to @turf/intersect, exact too but about a millisecond or more a cell: Xifeng never needs it.
 */
function clipHexagon(d: District, hex: Ring): Polygon | MultiPolygon | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of hex) {
    [x0, y0, x1, y1] = [Math.min(x0, p[0]!), Math.min(y0, p[1]!), Math.max(x1, p[0]!), Math.max(y1, p[1]!)];
  }
  const near = new Map<number, Set<number>>(); // ring → its edges that reach the hexagon's box
  for (let band = bandOf(d, y0); band <= bandOf(d, y1); band += 1) {
    for (const e of d.bands[band]!) {
      // The hottest loop (every cell reads a few hundred edges): plain reads, no arrays made.
      const [ax, ay, bx, by] = [
        d.edges[4 * e]!,
        d.edges[4 * e + 1]!,
        d.edges[4 * e + 2]!,
        d.edges[4 * e + 3]!,
      ];
      if ((ax < x0 && bx < x0) || (ax > x1 && bx > x1) || (ay < y0 && by < y0) || (ay > y1 && by > y1))
        continue;
      const ring = d.edgeRing[e]!;
      near.set(ring, (near.get(ring) ?? new Set()).add(e));
    }
  }
  const whole = (): Polygon | MultiPolygon | null =>
    inDistrict(d, (x0 + x1) / 2, (y0 + y1) / 2) ? tidyPolygons([[hex]]) : null;
  if (near.size === 0) return whole();
  const [ring, edges] = [...near][0]!;
  if (near.size === 1 && d.rings[ring]!.outer) {
    const arcs = arcsOf(
      d,
      [...edges].sort((a, b) => a - b),
      hex,
    );
    if (arcs === null) return tidyPolygons([[d.rings[ring]!.coords]]); // an island inside the cell
    return arcs.length === 0 ? whole() : tidyPolygons(linkArcs(arcs, hex).map((part) => [part]));
  }
  const cut = intersect(
    featureCollection<Polygon | MultiPolygon>([polygon([hex]), multiPolygon(d.polygons)]),
  );
  if (cut === null) return null;
  return tidyPolygons(
    cut.geometry.type === 'Polygon' ? [cut.geometry.coordinates] : cut.geometry.coordinates,
  );
}

// ---- The grid -------------------------------------------------------------------------------------

export interface CellProperties {
  /** Stable for a given boundary and cell size: the cell's place in the unclipped grid. */
  id: string;
  /** Great-circle km from the cell's centre to the nearest project point; null when there is none. */
  distance_km: number | null;
}
export type CoverageCell = Feature<Polygon | MultiPolygon, CellProperties>;
export type CoverageGrid = FeatureCollection<Polygon | MultiPolygon, CellProperties>;

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

/** Every vertex of a geometry: lines and polygons count by their vertices, MultiPoints by every point. */
function positionsOf(g: ProjectGeometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
  }
}

/** Rounds a distance to the metre, so the output does not depend on the last bits of the maths. */
const toMetre = (km: number): number => Math.round(km * 1000) / 1000;

const MAX_CELLS = 250_000;

/**
 * The unclipped hexagons over a box: cell `hex-<i>` is clipped from the i-th. hexGrid fits whole
 * hexagons inside the box it is given, leaving strips at the sides uncovered, so the box gets a
 * margin of two sides all round.
 */
export function hexagonsOver([minX, minY, maxX, maxY]: readonly number[], cellKm: number) {
  const marginY = (2 * cellKm) / 111.2; // degrees of latitude
  const marginX = marginY / Math.cos((((minY! + maxY!) / 2) * Math.PI) / 180);
  const box: [number, number, number, number] = [
    minX! - marginX,
    minY! - marginY,
    maxX! + marginX,
    maxY! + marginY,
  ];
  // A hexagon of side s covers 2.6 s²: refuse a grid too fine to finish in a browser.
  const cells = ((box[2] - box[0]) / marginX) * ((box[3] - box[1]) / marginY) * (4 / 2.6);
  if (cells > MAX_CELLS) {
    throw new RangeError(
      `cellKm ${cellKm} would make about ${Math.round(cells)} cells (at most ${MAX_CELLS})`,
    );
  }
  return hexGrid(box, cellKm, { units: 'kilometers' });
}

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

/**
 * A cell's centre, always a point of the cell: its centroid (in lon/lat, fine at this size), which
 * for a whole hexagon is its centre. A cut cell shaped like a crescent, or in two parts, can have
 * its centroid outside it; then the middle of its widest stretch along the centroid's latitude.
 */
export function cellCentre(geometry: Polygon | MultiPolygon): Position {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const [ox, oy] = rings[0]![0] as [number, number]; // measured from a corner: no cancellation
  let [sum, sx, sy] = [0, 0, 0];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i += 1) {
      const [x0, y0, x1, y1] = [
        ring[i]![0]! - ox,
        ring[i]![1]! - oy,
        ring[i + 1]![0]! - ox,
        ring[i + 1]![1]! - oy,
      ];
      const cross = x0 * y1 - x1 * y0;
      sum += cross;
      sx += (x0 + x1) * cross;
      sy += (y0 + y1) * cross;
    }
  }
  const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;
  const [cx, cy] = [ox + sx / (3 * sum), oy + sy / (3 * sum)];
  if (booleanPointInPolygon([cx, cy], geometry)) return [round6(cx), round6(cy)];
  // Where the edges cross the latitude, west to east; inside and outside alternate between them.
  const xs = rings
    .flatMap((r) => r.slice(1).map((b, i) => [r[i]!, b] as const))
    .filter(([a, b]) => a[1]! > cy !== b[1]! > cy)
    .map(([a, b]) => a[0]! + ((cy - a[1]!) * (b[0]! - a[0]!)) / (b[1]! - a[1]!))
    .sort((a, b) => a - b);
  let [west, east] = [cx, cx];
  for (let i = 0; i + 1 < xs.length; i += 2)
    if (xs[i + 1]! - xs[i]! > east - west) [west, east] = [xs[i]!, xs[i + 1]!];
  return [round6((west + east) / 2), round6(cy)];
}

export interface ShareBeyond {
  /** Share of the district's area (0–1) farther than `thresholdKm` from every project. */
  share: number;
  thresholdKm: number;
  beyondKm2: number;
  totalKm2: number;
}

/**
 * The share of the district's area (not of its cells: cells cut by the outline are smaller)
 * farther than `thresholdKm` from any project. Strictly farther, so a threshold of 0 counts
 * everything not exactly on a project; a cell with no distance (no projects) is always beyond.
 */
export function shareBeyond(grid: CoverageGrid, thresholdKm: number): ShareBeyond {
  if (!(thresholdKm >= 0)) throw new RangeError(`thresholdKm must be 0 or more, not ${thresholdKm}`);
  let totalKm2 = 0;
  let beyondKm2 = 0;
  for (const cell of grid.features) {
    const km2 = area(cell) / 1e6;
    totalKm2 += km2;
    const d = cell.properties.distance_km;
    if (d === null || d > thresholdKm) beyondKm2 += km2;
  }
  return { share: totalKm2 > 0 ? Math.min(1, beyondKm2 / totalKm2) : 0, thresholdKm, beyondKm2, totalKm2 };
}

export type TownshipArea = Feature<Polygon | MultiPolygon, TownshipName>;

export interface FarthestArea {
  id: string;
  centre: Position;
  distance_km: number;
  /** The township area the centre falls in; null if it falls in none. */
  township: TownshipName | null;
}

/** The corners of a cell, as text, to tell whether two cells touch. */
function cornerKeys(cell: CoverageCell): Set<string> {
  const rings =
    cell.geometry.type === 'Polygon' ? cell.geometry.coordinates : cell.geometry.coordinates.flat();
  return new Set(rings.flat().map(([x, y]) => `${x},${y}`));
}

/**
 * The `n` cells farthest from any project, farthest first (ties in grid order), skipping a cell
 * that touches one already chosen so that one remote corner is not listed n times. Empty when the
 * grid has no distances (no projects: the whole district is the gap).
 */
export function farthestAreas(
  grid: CoverageGrid,
  n: number,
  townships: readonly TownshipArea[] = [],
): FarthestArea[] {
  const ranked = grid.features
    .map((cell, order) => ({ cell, order, d: cell.properties.distance_km }))
    .filter((c): c is { cell: CoverageCell; order: number; d: number } => c.d !== null)
    .sort((a, b) => b.d - a.d || a.order - b.order);
  const taken = new Set<string>();
  const result: FarthestArea[] = [];
  for (const { cell, d } of ranked) {
    if (result.length >= n) break;
    const corners = cornerKeys(cell);
    if ([...corners].some((key) => taken.has(key))) continue;
    for (const key of corners) taken.add(key);
    const centre = cellCentre(cell.geometry);
    const area = townships.find((t) => booleanPointInPolygon(centre, t));
    const township = area
      ? { code: area.properties.code, name_zh: area.properties.name_zh, name_en: area.properties.name_en }
      : null;
    result.push({ id: cell.properties.id, centre, distance_km: d, township });
  }
  return result;
}

// ---- Everything the gaps panel needs, in one call (what the worker runs) -------------------------

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
