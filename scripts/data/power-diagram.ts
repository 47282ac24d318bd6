/**
 * Schematic township areas whose sizes follow the official ones: a power diagram (weighted Voronoi)
 * of the township seats, clipped to the district outline. Seat i with weight w_i gets the points x
 * where |x − p_i|² − w_i is least; raising w_i pushes i's borders out. With all weights 0 it is the
 * plain nearest-seat Voronoi diagram the map had before.
 *
 * Each cell is the outline cut by one half-plane for every other seat (Turf's `intersect`), so the
 * cells tile the outline: every point belongs to the seat whose power distance is least. Distances
 * are taken on a local plane (longitude scaled by cos of the mean latitude), where the district is
 * small enough to be flat; areas are measured geodesically (@turf/area).
 *
 * `fitWeights` finds weights that give each seat its target area, keeping each seat inside its own
 * cell. Fitting takes some seconds, so it runs on demand (`npm run data:fit-townships`) and the
 * weights are stored with the township facts; the build only draws the cells from them.
 */
import turfArea from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection, polygon } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Position } from '../../src/lib/domain/project.ts';

export type Outline = Feature<Polygon | MultiPolygon>;
export type Cell = Feature<Polygon | MultiPolygon> | null;

/** The plane the distances are taken on: x = longitude · cos(mean latitude), y = latitude (degrees). */
function planeOf(seats: readonly Position[]) {
  const lat0 = seats.reduce((sum, [, lat]) => sum + lat, 0) / seats.length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  return {
    to: ([lon, lat]: Position): Position => [lon * k, lat],
    from: ([x, y]: Position): Position => [x / k, y],
  };
}

/** How far (degrees) the starting square reaches around the seats: far past any outline here. */
const REACH = 5;

/**
 * The part of convex polygon `ring` (plane coordinates, not closed) on i's side of the power
 * bisector of seats i and j: x·n ≤ c with n = pj − pi (Sutherland–Hodgman, one edge).
 */
function clipToPowerSide(ring: Position[], pi: Position, pj: Position, wi: number, wj: number): Position[] {
  const n: Position = [pj[0] - pi[0], pj[1] - pi[1]];
  // |x − pi|² − wi ≤ |x − pj|² − wj  ⇔  x·n ≤ c
  const c = (pj[0] ** 2 + pj[1] ** 2 - pi[0] ** 2 - pi[1] ** 2 - wj + wi) / 2;
  const side = (p: Position) => p[0] * n[0] + p[1] * n[1] - c;
  const out: Position[] = [];
  ring.forEach((current, k) => {
    const previous = ring[(k + ring.length - 1) % ring.length]!;
    const [sp, sc] = [side(previous), side(current)];
    if (sp <= 0 !== sc <= 0) {
      const t = sp / (sp - sc);
      out.push([previous[0] + t * (current[0] - previous[0]), previous[1] + t * (current[1] - previous[1])]);
    }
    if (sc <= 0) out.push(current);
  });
  return out;
}

/**
 * The power cells of `seats` (WGS84) with `weights` (squared plane degrees), clipped to `outline`.
 * A cell is first the convex intersection of its half-planes (cheap arithmetic), then cut by the
 * outline once.
 */
export function powerCells(outline: Outline, seats: readonly Position[], weights: readonly number[]): Cell[] {
  const plane = planeOf(seats);
  const points = seats.map(plane.to);
  const [x0, y0] = points[0]!;
  return points.map((pi, i) => {
    let ring: Position[] = [
      [x0 - REACH, y0 - REACH],
      [x0 + REACH, y0 - REACH],
      [x0 + REACH, y0 + REACH],
      [x0 - REACH, y0 + REACH],
    ];
    points.forEach((pj, j) => {
      if (j !== i && ring.length > 0) ring = clipToPowerSide(ring, pi, pj, weights[i]!, weights[j]!);
    });
    if (ring.length < 3) return null;
    const convex = polygon([[...ring, ring[0]!].map(plane.from)]);
    return intersect(featureCollection([outline, convex]));
  });
}

/** One square degree of the plane (x scaled by cos latitude), in km². */
const KM2_PER_PLANE_DEGREE2 = 111.32 ** 2;

/** km² of a cell (0 for none). */
export const cellArea = (cell: Cell): number => (cell === null ? 0 : turfArea(cell) / 1e6);

export interface Fit {
  weights: number[];
  /** km², seat by seat. */
  areas: number[];
  /** The areas aimed at: the targets, scaled to the outline when every target is known. */
  goals: (number | null)[];
  iterations: number;
}

/**
 * Weights giving each seat with a target an area within `tolerance` (relative) of it, km², keeping
 * every seat inside its own cell; seats without a target (null) keep weight 0 and share the rest.
 * When every target is known they are scaled to the outline's own area first (the outline is
 * simplified and the official figures rounded), so that all can be met at once.
 */
export function fitWeights(
  outline: Outline,
  seats: readonly Position[],
  targets: readonly (number | null)[],
  { tolerance = 0.005, maxIterations = 100 } = {},
): Fit {
  const points = seats.map(planeOf(seats).to);
  const known = targets.reduce<number>((sum, t) => sum + (t ?? 0), 0);
  const factor = targets.every((t) => t !== null) ? cellArea(outline) / known : 1;
  const goals = targets.map((t) => (t === null ? null : t * factor));
  const weights = seats.map(() => 0);
  let areas = powerCells(outline, seats, weights).map(cellArea);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const off = (i: number) => (goals[i] === null ? 0 : (goals[i]! - areas[i]!) / goals[i]!);
    if (seats.every((_, i) => Math.abs(off(i)) <= tolerance)) break;
    // A cell's area grows with its weight at about π/2 (its border over twice the distance to its
    // neighbours, for a roughly round cell), whatever its size: a damped Newton step on that.
    const next = weights.map((w, i) =>
      goals[i] === null ? w : w + (0.5 * (goals[i]! - areas[i]!)) / KM2_PER_PLANE_DEGREE2 / (Math.PI / 2),
    );
    keepSeatsInside(points, next);
    weights.splice(0, weights.length, ...next);
    areas = powerCells(outline, seats, weights).map(cellArea);
  }
  return { weights, areas, goals, iterations };
}

/** Each seat lies in its own cell exactly when w_j − w_i ≤ |p_i − p_j|² for every other seat j. */
function keepSeatsInside(points: readonly Position[], weights: number[]): void {
  for (let round = 0; round < 10; round++) {
    let moved = false;
    points.forEach((pi, i) =>
      points.forEach((pj, j) => {
        const d2 = (pi[0] - pj[0]) ** 2 + (pi[1] - pj[1]) ** 2;
        const excess = weights[j]! - weights[i]! - 0.9 * d2;
        if (i !== j && excess > 0) {
          weights[j]! -= excess / 2;
          weights[i]! += excess / 2;
          moved = true;
        }
      }),
    );
    if (!moved) return;
  }
}

/** True when every seat lies inside its own cell. */
export function seatsInside(cells: readonly Cell[], seats: readonly Position[]): boolean {
  return cells.every((cell, i) => cell !== null && booleanPointInPolygon(seats[i]!, cell));
}
