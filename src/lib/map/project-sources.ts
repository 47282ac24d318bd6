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
 * the layers and the click handler read (id, area, precision, status). A project gives at most one
 * marker (a Point, or a MultiPoint whose points MapLibre clusters one by one) and one line, made
 * once per project object, so that the map can be sent only what a filter change adds or removes
 * (source-diff.ts): each feature has its project's id, once.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPoint, Point } from 'geojson';
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

export type MarkerFeature = Feature<Point | MultiPoint, MarkerProperties>;
export type LineFeature = Feature<LineString | MultiLineString, MarkerProperties>;

export interface ProjectSources {
  markers: FeatureCollection<Point | MultiPoint, MarkerProperties>;
  lines: FeatureCollection<LineString | MultiLineString, MarkerProperties>;
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

/** A project's own marker and line, if it has them; township-level points go to badges instead. */
interface Drawn {
  marker: MarkerFeature | null;
  line: LineFeature | null;
}

/** Per project object: the app's records are read-only, so their features are made only once. */
const drawnCache = new WeakMap<ProjectFeature, Drawn>();

function drawnOf(f: ProjectFeature): Drawn {
  const cached = drawnCache.get(f);
  if (cached) return cached;
  const g = f.geometry;
  const props = markerProperties(f);
  const drawn: Drawn = {
    marker:
      (g?.type === 'Point' || g?.type === 'MultiPoint') && f.properties.precision !== 'township'
        ? { type: 'Feature', properties: props, geometry: g }
        : null,
    line:
      g?.type === 'LineString' || g?.type === 'MultiLineString'
        ? { type: 'Feature', properties: props, geometry: g }
        : null,
  };
  drawnCache.set(f, drawn);
  return drawn;
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
  const markers: MarkerFeature[] = [];
  const lines: LineFeature[] = [];
  // A Set per seat: a seat can gather tens of thousands of records, and a list's `includes`
  // made this quadratic (0.9 s at 100,000 projects).
  const seats = new Map<string, { position: Position; ids: Set<string> }>();

  for (const f of projects) {
    const { marker, line } = drawnOf(f);
    if (marker) markers.push(marker);
    if (line) lines.push(line);
    if (f.properties.precision !== 'township') continue;
    for (const position of pointsOf(f)) {
      const key = position.join(',');
      const seat = seats.get(key) ?? { position, ids: new Set<string>() };
      seat.ids.add(f.id);
      seats.set(key, seat);
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

/** Whether two badge collections show the same seats with the same projects (compared cheaply: one string a seat). */
export function sameBadges(a: ProjectSources['badges'], b: ProjectSources['badges']): boolean {
  return (
    a.features.length === b.features.length &&
    a.features.every((f, i) => {
      const g = b.features[i]!;
      return (
        f.properties.ids === g.properties.ids &&
        f.geometry.coordinates[0] === g.geometry.coordinates[0] &&
        f.geometry.coordinates[1] === g.geometry.coordinates[1]
      );
    })
  );
}
