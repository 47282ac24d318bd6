/**
 * Turns the filtered projects into what the map draws, by how precisely each is located:
 *  - points placed at a site, nearby or at a village (exact, near, village): clustered markers;
 *  - lines (roads between two places): drawn as lines, dashed when approximate;
 *  - points that only stand for a township (precision `township`): not drawn as a marker, which
 *    would claim a false position, but gathered into one badge a township seat, with a count.
 * Pure: GeoJSON in, new GeoJSON out.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { ProjectFeature, Position } from '../domain/project.ts';

export interface MarkerProperties {
  id: string;
  area: string;
  precision: string;
  name_zh: string;
  name_en: string;
}
export interface BadgeProperties {
  /** The ids of the township-level projects at this seat, joined by spaces (MapLibre properties are flat). */
  ids: string;
  count: number;
}

export interface ProjectSources {
  markers: FeatureCollection<Point, MarkerProperties>;
  lines: FeatureCollection<LineString, MarkerProperties>;
  badges: FeatureCollection<Point, BadgeProperties>;
}

function markerProperties(f: ProjectFeature): MarkerProperties {
  const { id, area, precision, name_zh, name_en } = f.properties;
  return { id, area, precision, name_zh, name_en };
}

function pointsOf(f: ProjectFeature): Position[] {
  const g = f.geometry;
  if (g?.type === 'Point') return [g.coordinates];
  if (g?.type === 'MultiPoint') return g.coordinates;
  return [];
}

function linesOf(f: ProjectFeature): Position[][] {
  const g = f.geometry;
  if (g?.type === 'LineString') return [g.coordinates];
  if (g?.type === 'MultiLineString') return g.coordinates;
  return [];
}

export function projectSources(projects: readonly ProjectFeature[]): ProjectSources {
  const markers: Feature<Point, MarkerProperties>[] = [];
  const lines: Feature<LineString, MarkerProperties>[] = [];
  const seats = new Map<string, { position: Position; ids: string[] }>();

  for (const f of projects) {
    const props = markerProperties(f);
    for (const coordinates of linesOf(f)) {
      lines.push({ type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates } });
    }
    for (const position of pointsOf(f)) {
      if (f.properties.precision === 'township') {
        const key = position.join(',');
        const seat = seats.get(key) ?? { position, ids: [] };
        if (!seat.ids.includes(f.id)) seat.ids.push(f.id);
        seats.set(key, seat);
      } else {
        markers.push({
          type: 'Feature',
          properties: props,
          geometry: { type: 'Point', coordinates: position },
        });
      }
    }
  }

  const badges = [...seats.values()].map(({ position, ids }): Feature<Point, BadgeProperties> => ({
    type: 'Feature',
    properties: { ids: ids.join(' '), count: ids.length },
    geometry: { type: 'Point', coordinates: position },
  }));
  return {
    markers: { type: 'FeatureCollection', features: markers },
    lines: { type: 'FeatureCollection', features: lines },
    badges: { type: 'FeatureCollection', features: badges },
  };
}
