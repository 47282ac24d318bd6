/**
 * The map as the rest of the app holds it. Layouts and the editor receive the map from MapView and
 * hand it back to functions of this folder; they never call MapLibre themselves, so `maplibre-gl`
 * (its types too) is imported under src/lib/map/ only (the structure check enforces it).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Position } from '../domain/project.ts';

export type MapHandle = MapLibreMap;

/** The centre of the view, as a GeoJSON position. */
export function mapCentre(map: MapHandle): Position {
  const { lng, lat } = map.getCenter();
  return [lng, lat];
}
