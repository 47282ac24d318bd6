/**
 * The hexagons of the coverage grid, and each one clipped to the district outline (indexed in
 * `district.ts`). Pure and DOM-free; the output rings are rounded to 6 decimals.
 */
import { featureCollection, multiPolygon, polygon } from '@turf/helpers';
import hexGrid from '@turf/hex-grid';
import intersect from '@turf/intersect';
import type { MultiPolygon, Polygon, Position as GeoPosition } from 'geojson';
import { bandOf, edgeAt, inDistrict, type District, type Ring } from './district.ts';

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
export function clipHexagon(d: District, hex: Ring): Polygon | MultiPolygon | null {
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
