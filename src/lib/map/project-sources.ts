/**
 * Turns the filtered projects into what the map draws, by how precisely each is located:
 *  - points placed at a site, nearby or at a village (exact, near, village): clustered markers;
 *  - lines (roads between two places): drawn as lines, dashed when approximate;
 *  - points that only stand for a township (precision `township`): not drawn as a marker, which
 *    would claim a false position, but gathered into one badge a township seat, with a count.
 * Pure: GeoJSON in, new GeoJSON out.
 *
 * Built for 100,000 projects: every feature crosses to MapLibre's worker by structured clone, and
 * every property is then written into each tile and read back, so the features carry only what
 * the layers and the click handler read (id, area, precision, status), and one loop does all the work.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { ProjectFeature, Position } from '../domain/project.ts';
import { latestStatus } from '../domain/progress.ts';

/**
 * What the layers draw from (area: colour; precision: form; status: the latest progress mark) and
 * what a click selects (id).
 */
export interface MarkerProperties {
  id: string;
  area: string;
  precision: string;
  status: string;
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
  const { id, area, precision } = f.properties;
  return { id, area, precision, status: latestStatus(f.properties) };
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

/** The last call's input (a copy) and output: see projectSources. */
let last: { projects: readonly ProjectFeature[]; sources: ProjectSources } | null = null;

const sameProjects = (a: readonly ProjectFeature[], b: readonly ProjectFeature[]) =>
  a.length === b.length && a.every((p, i) => p === b[i]);

/**
 * The three sources for `projects`. The same projects in the same order give back the very same
 * object: the app re-derives its filtered list on every URL change (a map move writes the view to
 * the URL), and an equal result must not send every feature to MapLibre's worker again (at
 * 100,000 projects that was a full re-clustering after each pan). Treat the result as read-only.
 */
export function projectSources(projects: readonly ProjectFeature[]): ProjectSources {
  if (last && sameProjects(last.projects, projects)) return last.sources;
  const sources = buildSources(projects);
  last = { projects: [...projects], sources };
  return sources;
}

function buildSources(projects: readonly ProjectFeature[]): ProjectSources {
  const markers: Feature<Point, MarkerProperties>[] = [];
  const lines: Feature<LineString, MarkerProperties>[] = [];
  // A Set per seat: a seat can gather tens of thousands of records, and a list's `includes`
  // made this quadratic (0.9 s at 100,000 projects).
  const seats = new Map<string, { position: Position; ids: Set<string> }>();

  for (const f of projects) {
    const props = markerProperties(f);
    for (const coordinates of linesOf(f)) {
      lines.push({ type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates } });
    }
    for (const position of pointsOf(f)) {
      if (f.properties.precision === 'township') {
        const key = position.join(',');
        const seat = seats.get(key) ?? { position, ids: new Set<string>() };
        seat.ids.add(f.id);
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
    properties: { ids: [...ids].join(' '), count: ids.size },
    geometry: { type: 'Point', coordinates: position },
  }));
  return {
    markers: { type: 'FeatureCollection', features: markers },
    lines: { type: 'FeatureCollection', features: lines },
    badges: { type: 'FeatureCollection', features: badges },
  };
}
