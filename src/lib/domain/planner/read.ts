/**
 * What the planner's panel reads off a coverage grid: a cell's centre (the point the grid measures the
 * cell's distance from), the share of the district's area beyond a distance, the farthest areas.
 * Pure and DOM-free; cheap next to building the grid, so the panel can re-read as a slider moves.
 */
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Position } from '../project.ts';
import type { TownshipName } from '../search.ts';
import type { CoverageCell, CoverageGrid, TownshipArea } from './types.ts';

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
