/**
 * Which township a WGS84 point lies in, from the compiled township areas (geodata/townships.geojson).
 * The areas are schematic unless official boundaries were dropped in, so a point near a border may
 * be given its neighbour: the editor shows the township it found, and the staff member can change it.
 */
import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Position } from '../../src/lib/domain/project';
import type { TownshipAt } from './api';

export function townshipLookup(townshipsGeojsonPath: string): TownshipAt {
  const areas = (
    JSON.parse(readFileSync(townshipsGeojsonPath, 'utf8')) as {
      features: Feature<Polygon | MultiPolygon, { code: string }>[];
    }
  ).features;
  return (point: Position) =>
    areas.find((area) => booleanPointInPolygon(point, area))?.properties.code ?? null;
}
