/**
 * Which township a WGS84 point lies in, from the compiled township areas (geodata/townships.geojson).
 * The areas are schematic unless official boundaries were dropped in, so a point near a border may
 * be given its neighbour: the editor shows the township it found, and the staff member can change it.
 */
import { readFileSync, statSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Position } from '../../src/lib/domain/project.ts';
import type { TownshipAt } from './api.ts';

type Area = Feature<Polygon | MultiPolygon, { code: string }>;

/** The lookup reads the file again only when it changed (a save rewrites it), not for every point. */
export function townshipLookup(townshipsGeojsonPath: string): TownshipAt {
  let read: { modified: number; areas: Area[] } | null = null;
  const areas = () => {
    const modified = statSync(townshipsGeojsonPath).mtimeMs;
    if (read?.modified !== modified) {
      const file = JSON.parse(readFileSync(townshipsGeojsonPath, 'utf8')) as { features: Area[] };
      read = { modified, areas: file.features };
    }
    return read.areas;
  };
  return (point: Position) =>
    areas().find((area) => booleanPointInPolygon(point, area))?.properties.code ?? null;
}
