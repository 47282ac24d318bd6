/**
 * The district outline for the coverage grid, indexed: its rings (outer ones counter-clockwise), its
 * box, and its edges sorted into horizontal bands. `grid.ts` tests project points against it;
 * `clip.ts` finds the edges near each hexagon with it. Pure and DOM-free, like grid.ts.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position as GeoPosition } from 'geojson';

export type DistrictBoundary =
  Polygon | MultiPolygon | Feature<Polygon | MultiPolygon> | FeatureCollection<Polygon | MultiPolygon>;

export type Ring = GeoPosition[];

/**
 * The outline's edges sorted into horizontal bands, so that a point-in-district test or the search
 * for edges near a cell reads a few dozen edges, not all of them (Xifeng's outline has 1,190).
 */
export interface District {
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

export function indexDistrict(boundary: DistrictBoundary): District {
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

export const bandOf = (d: District, y: number): number =>
  Math.min(BANDS - 1, Math.max(0, Math.floor((y - d.bbox[1]) / d.bandHeight)));

export const edgeAt = (d: District, e: number): [number, number, number, number] => [
  d.edges[4 * e]!,
  d.edges[4 * e + 1]!,
  d.edges[4 * e + 2]!,
  d.edges[4 * e + 3]!,
];

/** Even-odd ray casting over the edges of the point's band: inside the outer rings, outside the holes. */
export function inDistrict(d: District, x: number, y: number): boolean {
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
