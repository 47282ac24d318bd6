/**
 * A deployer's official township boundaries (geodata/src/townships-official.geojson), used instead
 * of the schematic areas when present. Checked (every township of townships.json exactly once,
 * `schematic: false`, a `note` with the source, WGS84 polygons) and normalized like the schematic file.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Gazetteer } from './reference-data.ts';
import { fileProblem, preview, type SourceProblem } from './source-problem.ts';
import { normalizeArea, townshipArea, type TownshipArea } from './township-areas.ts';

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lon/lat pairs in range, at any depth; more than 6 decimals is fine here (they are rounded). */
function positionsValid(value: unknown, depth: number): boolean {
  if (!Array.isArray(value)) return false;
  if (depth === 0) {
    const [lon, lat] = value as unknown[];
    return typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  }
  return value.length > 0 && value.every((item) => positionsValid(item, depth - 1));
}

function geometryOf(value: unknown): Polygon | MultiPolygon | null {
  if (!isMapping(value)) return null;
  if (value.type === 'Polygon' && positionsValid(value.coordinates, 2)) return value as unknown as Polygon;
  if (value.type === 'MultiPolygon' && positionsValid(value.coordinates, 3))
    return value as unknown as MultiPolygon;
  return null;
}

export function officialTownships(
  json: unknown,
  file: string,
  gazetteer: Gazetteer,
): { areas: TownshipArea[]; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  const problem = (message: string, fix: string) => problems.push(fileProblem(file, message, fix));
  if (!isMapping(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    problem(
      'the file is not a GeoJSON FeatureCollection',
      'give one Feature a township (see docs/data-model.md)',
    );
    return { areas: [], problems };
  }
  const byCode = new Map<string, TownshipArea>();
  json.features.forEach((feature: unknown, i: number) => {
    const props = isMapping(feature) ? feature.properties : undefined;
    const code = isMapping(props) ? props.code : undefined;
    const township = typeof code === 'string' ? gazetteer.townships.get(code) : undefined;
    const geometry = isMapping(feature) ? geometryOf(feature.geometry) : null;
    const label = `feature ${i}`;
    if (!isMapping(props) || typeof code !== 'string' || township === undefined) {
      problem(
        `${label} has code ${preview(code)}, not a township code of geodata/townships.json`,
        'give properties.code, the 9-digit NBS code',
      );
    } else if (byCode.has(code)) {
      problem(
        `${label}: township ${code} appears twice`,
        'give one Feature a township (a MultiPolygon for several parts)',
      );
    } else if (props.schematic !== false) {
      problem(
        `${label} (${code}) does not say schematic: false`,
        'set properties.schematic to false for official boundaries',
      );
    } else if (typeof props.note !== 'string' || props.note.trim() === '') {
      problem(
        `${label} (${code}) has no note`,
        'give properties.note: the source and licence of the boundary',
      );
    } else if (geometry === null) {
      problem(
        `${label} (${code}) is not a Polygon or MultiPolygon of WGS84 [lon, lat]`,
        'give the boundary in WGS84',
      );
    } else {
      const normalized = normalizeArea(geometry);
      if (normalized === null)
        problem(`${label} (${code}) has no area left after rounding to 6 decimals`, 'check the geometry');
      else byCode.set(code, townshipArea({ ...township, schematic: false, note: props.note }, normalized));
    }
  });
  for (const township of gazetteer.townships.values()) {
    if (!byCode.has(township.code)) {
      problem(
        `township ${township.code} (${township.name_zh}) is missing`,
        'give a boundary for every township in geodata/townships.json',
      );
    }
  }
  const areas = [...byCode.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { areas, problems };
}
