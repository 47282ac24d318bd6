/**
 * What geodata/townships.geojson holds, schematic or official: one Polygon or MultiPolygon a township,
 * id = its 9-digit code, WGS84 rounded to 6 decimals, rings wound as RFC 7946 asks (outer rings
 * counter-clockwise), so the file is the same bytes on every build.
 */
import type { MultiPolygon, Polygon, Position as GeoJsonPosition } from 'geojson';
import type { Position } from '../../src/lib/domain/project.ts';
import type { TownshipFacts } from './check-township-facts.ts';
import { round6 } from './coordinates.ts';

export interface TownshipAreaProperties {
  code: string;
  name_zh: string;
  name_en: string;
  schematic: boolean;
  note: string;
}

export interface TownshipArea {
  type: 'Feature';
  id: string;
  properties: TownshipAreaProperties & Partial<TownshipFacts>;
  geometry:
    { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

export const SCHEMATIC_NOTE =
  'Schematic area: power-diagram cells around township seats, sized to the official areas where known, clipped to the district outline. Not an official boundary.';

/** Twice the signed area (shoelace); positive for a counter-clockwise ring. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** Rounds, drops the repeated vertices rounding makes, closes, and winds; null if too little is left. */
function normalizeRing(ring: readonly GeoJsonPosition[], outer: boolean): Position[] | null {
  const out: Position[] = [];
  for (const [lon = NaN, lat = NaN] of ring) {
    const p: Position = [round6(lon), round6(lat)];
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const [first] = out;
  const last = out[out.length - 1];
  if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1]))
    out.push([...first]);
  if (out.length < 4 || signedArea(out) === 0) return null;
  return signedArea(out) > 0 === outer ? out : out.reverse();
}

function normalizePolygon(rings: readonly GeoJsonPosition[][]): Position[][] | null {
  const [outer, ...holes] = rings;
  const shell = outer === undefined ? null : normalizeRing(outer, true);
  if (shell === null) return null;
  const kept = holes
    .map((hole) => normalizeRing(hole, false))
    .filter((hole): hole is Position[] => hole !== null);
  return [shell, ...kept];
}

/** The geometry as written to the file, or null if nothing of it survives rounding. */
export function normalizeArea(geometry: Polygon | MultiPolygon): TownshipArea['geometry'] | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons.map(normalizePolygon).filter((p): p is Position[][] => p !== null);
  const [only] = kept;
  if (only === undefined) return null;
  return kept.length === 1
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: kept };
}

export function townshipArea(
  properties: TownshipAreaProperties,
  geometry: TownshipArea['geometry'],
): TownshipArea {
  const { code, name_zh, name_en, schematic, note } = properties;
  return { type: 'Feature', id: code, properties: { code, name_zh, name_en, schematic, note }, geometry };
}

/** The area with what is known of its township's people and land (geodata/src/townships.yaml). */
export function withFacts(area: TownshipArea, facts: TownshipFacts): TownshipArea {
  return {
    ...area,
    properties: {
      ...area.properties,
      population: facts.population,
      population_year: facts.population_year,
      population_kind: facts.population_kind,
      population_source: facts.population_source,
      area_km2_official: facts.area_km2_official,
      area_source: facts.area_source,
      facts_note: facts.facts_note,
      facts_note_zh: facts.facts_note_zh,
    },
  };
}
