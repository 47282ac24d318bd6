/**
 * Turns a decoded county outline (GCJ-02, dense, quantised) into what the map needs:
 * WGS84, repaired into a valid polygon, simplified, rounded to 6 decimals, RFC 7946 winding.
 *
 * The source is quantised to 1/1024 degree, which folds narrow spikes of the border onto
 * themselves: the raw rings cross themselves hundreds of times. A union of the polygon with
 * itself (polyclip, inside @turf/union) untangles them into valid parts; the parts and holes
 * that are only quantisation debris (under MIN_PART_KM2) are dropped.
 */
import gcoord from 'gcoord';
import area from '@turf/area';
import cleanCoords from '@turf/clean-coords';
import kinks from '@turf/kinks';
import rewind from '@turf/rewind';
import simplify from '@turf/simplify';
import union from '@turf/union';
import { feature, featureCollection } from '@turf/helpers';
import type { Polygon, MultiPolygon, Position } from 'geojson';
import type { RawCounty } from './echarts-geo.ts';

export type Outline = RawCounty;

/** Parts and holes smaller than this are quantisation debris, not geography. */
const MIN_PART_KM2 = 0.5;

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const roundPosition = (p: Position): Position => [round6(p[0]!), round6(p[1]!)];

function toWgs84(p: Position): Position {
  return roundPosition(gcoord.transform([p[0]!, p[1]!], gcoord.GCJ02, gcoord.WGS84));
}

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function geometryOf(polygons: Position[][][]): Polygon | MultiPolygon {
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

const ringKm2 = (ring: Position[]) => area({ type: 'Polygon', coordinates: [ring] }) / 1e6;

/** Drops consecutive repeats (rounding can create them) and closes the ring. */
function tidyRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const [first, last] = [out[0]!, out[out.length - 1]!];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0]!, first[1]!]);
  return out;
}

function mapRings(g: Polygon | MultiPolygon, fn: (ring: Position[]) => Position[]) {
  return geometryOf(polygonsOf(g).map((poly) => poly.map(fn)));
}

/** Untangles self-intersections and removes debris parts and holes. */
function repair(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const untangled = union(featureCollection([feature(g), feature(g)]));
  if (!untangled) throw new Error('repair produced an empty outline');
  const kept = polygonsOf(untangled.geometry)
    .filter((poly) => ringKm2(poly[0]!) >= MIN_PART_KM2)
    .map((poly) => [poly[0]!, ...poly.slice(1).filter((hole) => ringKm2(hole) >= MIN_PART_KM2)]);
  return mapRings(geometryOf(kept), (ring) => tidyRing(ring.map(roundPosition)));
}

export function cleanOutline(raw: RawCounty, toleranceDeg: number): Outline {
  const wgs = mapRings(raw.geometry, (ring) => tidyRing(ring.map(toWgs84)));
  const cleaned = cleanCoords(wgs) as Polygon | MultiPolygon;
  const repaired = repair(cleaned);
  const simple = simplify(repaired, { tolerance: toleranceDeg, highQuality: true }) as Polygon | MultiPolygon;
  // Simplifying a valid polygon can fold it again in rare spots; repair once more after it.
  const valid = repair(mapRings(simple, (ring) => tidyRing(ring.map(roundPosition))));
  const crossings = kinks(feature(valid)).features.length;
  if (crossings > 0) throw new Error(`outline ${raw.code} still crosses itself ${crossings} times`);
  const wound = rewind(valid, { reverse: false }) as Polygon | MultiPolygon;
  return { ...raw, label: toWgs84(raw.label), geometry: wound };
}
