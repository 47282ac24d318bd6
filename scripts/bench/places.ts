/**
 * Where synthetic projects may stand: the real townships (codes and schematic areas from
 * geodata/townships.geojson), their seats (geodata/src/places.yaml) and the district outline.
 * Points are drawn inside a township's area, which is clipped to the outline, and are checked
 * against the outline as well, so every vertex the generator writes lies inside the district.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Position } from '../../src/lib/domain/project.ts';
import type { Random } from './prng.ts';

type Ring = Position[];
type Polygons = Ring[][];

export interface Township {
  code: string;
  seat: Position;
  polygons: Polygons;
  bbox: [number, number, number, number];
}

export interface Places {
  townships: Township[];
  boundary: Polygons;
}

interface GeoFeature {
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

const polygonsOf = (f: GeoFeature): Polygons =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;

/** Even-odd ray casting over every ring: holes count as outside. */
export function inPolygons(polygons: Polygons, [x, y]: Position): boolean {
  let inside = false;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

function bboxOf(polygons: Polygons): [number, number, number, number] {
  const xs = polygons.flat(2).map((p) => p[0]);
  const ys = polygons.flat(2).map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export function loadPlaces(root = process.cwd()): Places {
  const read = (file: string) =>
    JSON.parse(readFileSync(`${root}/${file}`, 'utf8')) as { features: GeoFeature[] };
  const places = parse(readFileSync(`${root}/geodata/src/places.yaml`, 'utf8')) as Record<string, unknown>[];
  const seats = new Map<string, Position>();
  for (const place of places) {
    if (place.kind !== 'township_seat') continue;
    // Only WGS84 seats are usable as they stand; the build converts others, the bench does not.
    if (place.datum !== 'WGS84') throw new Error(`seat ${String(place.key)} is not in WGS84`);
    seats.set(String(place.township), place.coordinates as Position);
  }
  const townships = read('geodata/townships.geojson').features.map((f): Township => {
    const code = String(f.properties.code);
    const seat = seats.get(code);
    if (!seat) throw new Error(`township ${code} has no seat in places.yaml`);
    const polygons = polygonsOf(f);
    return { code, seat, polygons, bbox: bboxOf(polygons) };
  });
  const boundary = read('geodata/xifeng-boundary.geojson').features.flatMap(polygonsOf);
  return { townships, boundary };
}

/** RFC 7946 data here has at most 6 decimals (about 0.1 m). */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** A uniformly random point of the township's area that is also inside the district outline. */
export function pointIn(random: Random, places: Places, township: Township): Position {
  const [minX, minY, maxX, maxY] = township.bbox;
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const p: Position = [round6(minX + random() * (maxX - minX)), round6(minY + random() * (maxY - minY))];
    if (inPolygons(township.polygons, p) && inPolygons(places.boundary, p)) return p;
  }
  throw new Error(`no point found inside township ${township.code}`);
}

/** A point within about `km` of `from`, inside the same township (a road's next vertex). */
export function pointNear(
  random: Random,
  places: Places,
  township: Township,
  from: Position,
  km = 2,
): Position {
  const d = km / 111;
  for (let attempt = 0; attempt < 200; attempt++) {
    const p: Position = [round6(from[0] + (random() * 2 - 1) * d), round6(from[1] + (random() * 2 - 1) * d)];
    if (inPolygons(township.polygons, p) && inPolygons(places.boundary, p)) return p;
  }
  return pointIn(random, places, township);
}
