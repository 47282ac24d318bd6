/**
 * Decoder for the compressed geometry that ECharts map files carry ("UTF8Encoding": true).
 *
 * Each ring is a string of character pairs; every character is a zig-zag encoded delta
 * (character code minus 64) from the previous vertex, in units of 1/1024 degree, and
 * `encodeOffsets` gives the ring's starting vertex in the same units.
 */
import type { Polygon, MultiPolygon, Position } from 'geojson';

export interface RawCounty {
  code: string;
  name_zh: string;
  /** ECharts' label point ("cp"), in the source datum. */
  label: Position;
  geometry: Polygon | MultiPolygon;
}

interface EncodedFeature {
  id: string;
  properties: { name: string; cp: [number, number] };
  geometry:
    | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };
}

const SCALE = 1024;

function unzigzag(n: number): number {
  return (n >> 1) ^ -(n & 1);
}

export function decodeRing(encoded: string, offset: [number, number]): Position[] {
  let [x, y] = offset;
  const ring: Position[] = [];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    x += unzigzag(encoded.charCodeAt(i) - 64);
    y += unzigzag(encoded.charCodeAt(i + 1) - 64);
    ring.push([x / SCALE, y / SCALE]);
  }
  return ring;
}

export function decodeEchartsFeatures(collection: { features: EncodedFeature[] }): RawCounty[] {
  return collection.features.map((f) => {
    const g = f.geometry;
    const geometry: Polygon | MultiPolygon =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: g.coordinates.map((r, i) => decodeRing(r, g.encodeOffsets[i]!)) }
        : {
            type: 'MultiPolygon',
            coordinates: g.coordinates.map((poly, p) =>
              poly.map((r, i) => decodeRing(r, g.encodeOffsets[p]![i]!)),
            ),
          };
    return { code: String(f.id), name_zh: f.properties.name, label: f.properties.cp, geometry };
  });
}
