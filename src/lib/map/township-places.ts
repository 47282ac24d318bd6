/**
 * What the map says of the townships, worked out from the township areas already loaded (no bytes
 * added to the data files): one label point a township with its short names, and which township
 * a seat lies in (for the badge popup). Pure: GeoJSON in, new GeoJSON out.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

export interface TownshipLabelProperties {
  code: string;
  name_zh: string;
  name_en: string;
  /** The name without 镇/乡/街道, or Town/Township/Subdistrict: where space is tight. */
  short_zh: string;
  short_en: string;
  /** Placement order among the township names (symbol-sort-key): the largest area first. */
  rank: number;
}

/** 肖金镇 → 肖金, 西街街道 → 西街, Xiaojin Town → Xiaojin. A name that is only a suffix stays whole. */
export function shortName(name: string): string {
  const short = name.replace(/(街道|镇|乡)$/u, '').replace(/\s+(Subdistrict|Township|Town)$/u, '');
  return short.trim() === '' ? name : short;
}

type Ring = Position[];

/** Twice the signed area of a ring, and its centroid (lon/lat treated as plane: a township is small). */
function ringCentroid(ring: Ring): { area: number; at: [number, number] } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[i + 1] as [number, number];
    const cross = x1 * y2 - x2 * y1;
    area += cross;
    x += (x1 + x2) * cross;
    y += (y1 + y2) * cross;
  }
  return area === 0
    ? { area, at: ring[0] as [number, number] }
    : { area, at: [x / (3 * area), y / (3 * area)] };
}

/** Even-odd ray casting over all rings of a polygon (holes included). */
function inPolygon([px, py]: Position, rings: Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > py! !== yj > py! && px! < ((xj - xi) * (py! - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const polygonsOf = (g: Polygon | MultiPolygon): Ring[][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

/**
 * A point inside the polygon, near its middle: the centroid of its outer ring when that lies inside
 * (it does for the rounded cells of the schematic areas), else the middle of the widest inside
 * stretch of the horizontal line through the centroid.
 */
export function interiorPoint(rings: Ring[]): [number, number] {
  const { at } = ringCentroid(rings[0]!);
  if (inPolygon(at, rings)) return at;
  const crossings: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i] as [number, number];
      const [x2, y2] = ring[i + 1] as [number, number];
      if (y1 > at[1] !== y2 > at[1]) crossings.push(x1 + ((at[1] - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  crossings.sort((a, b) => a - b);
  let best: [number, number] = rings[0]![0] as [number, number];
  let widest = -1;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const width = crossings[i + 1]! - crossings[i]!;
    if (width > widest) [widest, best] = [width, [(crossings[i]! + crossings[i + 1]!) / 2, at[1]]];
  }
  return best;
}

/** The largest polygon of a feature (a township's main part, not a sliver). */
function mainPolygon(g: Polygon | MultiPolygon): { rings: Ring[]; area: number } {
  return polygonsOf(g)
    .map((rings) => ({ rings, area: Math.abs(ringCentroid(rings[0]!).area) }))
    .reduce((a, b) => (b.area > a.area ? b : a));
}

type Areas = FeatureCollection<Polygon | MultiPolygon | null> | FeatureCollection;

/** One label point a township, at the middle of its largest part, with its full and short names. */
export function townshipLabelPoints(areas: Areas): FeatureCollection<Point, TownshipLabelProperties> {
  const sized = areas.features.flatMap((f) => {
    const g = f.geometry;
    if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') return [];
    const { rings, area } = mainPolygon(g);
    return [{ f, at: interiorPoint(rings), area }];
  });
  const byArea = [...sized].sort((a, b) => b.area - a.area);
  return {
    type: 'FeatureCollection',
    features: sized.map(({ f, at }): Feature<Point, TownshipLabelProperties> => {
      const p = (f.properties ?? {}) as Record<string, string>;
      const [nameZh, nameEn] = [String(p.name_zh ?? ''), String(p.name_en ?? '')];
      return {
        type: 'Feature',
        properties: {
          code: String(p.code ?? ''),
          name_zh: nameZh,
          name_en: nameEn,
          short_zh: shortName(nameZh),
          short_en: shortName(nameEn),
          rank: byArea.findIndex((s) => s.f === f),
        },
        geometry: { type: 'Point', coordinates: at.map((v) => Number(v.toFixed(6))) },
      };
    }),
  };
}

/** The code of the township whose area holds `position`, or null outside them all. */
export function townshipAt(areas: Areas, position: Position): string | null {
  for (const f of areas.features) {
    const g = f.geometry;
    if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') continue;
    if (polygonsOf(g).some((rings) => inPolygon(position, rings))) return String(f.properties?.code ?? '');
  }
  return null;
}
