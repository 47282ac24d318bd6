import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { ProjectFeature } from '../../../src/lib/domain/project.ts';
import { fullStyle } from '../../../src/lib/map/style.ts';
import {
  CHOROPLETH_LAYERS,
  plannerLayers,
  plannerSourceSpecs,
  GRID_LAYERS,
  PLANNER_BELOW,
} from '../../../src/lib/map/planner-layers.ts';
import { projectSources, sameBadges } from '../../../src/lib/map/project-sources.ts';
import { cameraTarget } from '../../../src/lib/map/camera.ts';
import { DISTRICT_BOUNDS } from '../../../src/lib/domain/district-bounds.ts';
import bbox from '@turf/bbox';
import {
  CLUSTER_MAX_ZOOM,
  CLUSTER_RADIUS,
  INTERACTIVE_LAYERS,
  PROJECT_SOURCE_IDS,
  projectLayers,
  projectSourceSpecs,
} from '../../../src/lib/map/project-layers.ts';
import { publishedMapData, publishedProjects } from '../../helpers/published-map-data.ts';

const data = publishedMapData;
const projects = publishedProjects;

function project(id: string, precision: string, geometry: ProjectFeature['geometry']): ProjectFeature {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: {
      id,
      precision,
      area: 'city',
      name_zh: id,
      name_en: id,
      progress: [],
    } as unknown as ProjectFeature['properties'],
  };
}

describe('the full map style', () => {
  it.each(['zh', 'en'] as const)('is valid against the style spec with the real projects (%s)', (lang) => {
    const style = fullStyle(data, projectSources(projects), lang);
    expect(validateStyleMin(style)).toEqual([]);
    const ids = style.layers.map((l) => l.id);
    for (const layer of INTERACTIVE_LAYERS) expect(ids).toContain(layer);
    expect(ids.slice(-2)).toEqual(['township-badge-counts', 'project-cluster-counts']);
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it("stays valid with the planner's layers added under the township lines, and holds none before", () => {
    const style = fullStyle(data, projectSources(projects), 'zh');
    const ids = style.layers.map((l) => l.id);
    for (const id of [...GRID_LAYERS, ...CHOROPLETH_LAYERS]) expect(ids).not.toContain(id);
    const at = ids.indexOf(PLANNER_BELOW);
    expect(ids.slice(0, at)).toContain('district-line');
    const withPlanner = {
      ...style,
      sources: { ...style.sources, ...plannerSourceSpecs() },
      layers: [...style.layers.slice(0, at), ...plannerLayers(), ...style.layers.slice(at)],
    };
    expect(validateStyleMin(withPlanner)).toEqual([]);
  });
});

describe('projectSources', () => {
  const exact = project('a', 'exact', { type: 'Point', coordinates: [107.6, 35.8] });
  const village = project('b', 'village', {
    type: 'MultiPoint',
    coordinates: [
      [107.5, 35.6],
      [107.7, 35.7],
    ],
  });
  const seatA = project('c', 'township', { type: 'Point', coordinates: [107.63, 35.73] });
  const seatB = project('d', 'township', {
    type: 'MultiPoint',
    coordinates: [
      [107.63, 35.73],
      [107.8, 35.6],
    ],
  });
  const road = project('e', 'township', {
    type: 'LineString',
    coordinates: [
      [107.6, 35.6],
      [107.7, 35.5],
    ],
  });
  const districtWide = project('f', 'district', null);
  const input = [exact, village, seatA, seatB, road, districtWide];

  it('draws precise points as one marker a project, a multi-point keeping its points', () => {
    const { markers } = projectSources(input);
    expect(markers.features.map((f) => [f.properties.id, f.geometry])).toEqual([
      ['a', exact.geometry],
      ['b', village.geometry],
    ]);
  });

  it("makes a project's features once, so a filter change can send only what it adds", () => {
    const first = projectSources([exact, village]);
    const second = projectSources([village]);
    expect(second.markers.features[0]).toBe(first.markers.features[1]);
  });

  it('gathers township-level points into one badge a seat, never a marker', () => {
    const { badges } = projectSources(input);
    expect(
      badges.features.map((f) => [f.geometry.coordinates, f.properties.ids, f.properties.count]),
    ).toEqual([
      [[107.63, 35.73], 'c d', 2],
      [[107.8, 35.6], 'd', 1],
    ]);
  });

  it('draws lines as lines and leaves district-wide records off the map', () => {
    const { lines, markers, badges } = projectSources(input);
    expect(lines.features.map((f) => f.properties.id)).toEqual(['e']);
    const all = [...markers.features, ...lines.features].map((f) => f.properties.id);
    expect(all).not.toContain('f');
    expect(badges.features.flatMap((f) => f.properties.ids.split(' '))).not.toContain('f');
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(input);
    projectSources(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('gives the features only what the layers and a click read', () => {
    const { markers, lines } = projectSources(input);
    for (const f of [...markers.features, ...lines.features]) {
      expect(Object.keys(f.properties).sort()).toEqual(['area', 'id', 'precision', 'status']);
    }
  });

  it('counts a project once at a seat it names twice', () => {
    const twice = project('g', 'township', {
      type: 'MultiPoint',
      coordinates: [
        [107.63, 35.73],
        [107.63, 35.73],
      ],
    });
    const { badges } = projectSources([seatA, twice]);
    expect(badges.features.map((f) => [f.properties.ids, f.properties.count])).toEqual([['c g', 2]]);
  });

  it('gathers tens of thousands of township-level records at their seats', () => {
    const many = Array.from({ length: 40_000 }, (_, i) =>
      project(`t${i}`, 'township', { type: 'Point', coordinates: i % 2 ? [107.63, 35.73] : [107.8, 35.6] }),
    );
    const { badges, markers } = projectSources(many);
    expect(badges.features.map((f) => f.properties.count)).toEqual([20_000, 20_000]);
    expect(badges.features[0]!.properties.ids.split(' ')).toHaveLength(20_000);
    expect(markers.features).toEqual([]);
  });

  it('gives back the same object for the same projects, so an unchanged list is not sent to the map again', () => {
    const first = projectSources(input);
    expect(projectSources([...input])).toBe(first);
    expect(projectSources(input.slice(0, 2))).not.toBe(first);
    expect(projectSources([...input].reverse())).not.toBe(first);
  });

  it('is not fooled by a caller that changes its array afterwards', () => {
    const list = [exact, village];
    const first = projectSources(list);
    list.push(road);
    const second = projectSources(list);
    expect(second).not.toBe(first);
    expect(second.lines.features.map((f) => f.properties.id)).toEqual(['e']);
  });

  it('tells unchanged badges from changed ones, so unchanged ones are not sent to the map again', () => {
    const { badges } = projectSources([seatA, seatB]);
    expect(sameBadges(badges, projectSources([seatA, seatB, exact]).badges)).toBe(true);
    expect(sameBadges(badges, projectSources([seatA]).badges)).toBe(false);
    expect(sameBadges(badges, projectSources([seatB]).badges)).toBe(false);
    expect(sameBadges(badges, projectSources([]).badges)).toBe(false);
  });
});

describe('project layers', () => {
  const specs = projectSourceSpecs(projectSources(projects));
  const layers = projectLayers();

  it('clusters the markers with the radius and zoom the floor of the benchmark uses too', () => {
    expect(specs[PROJECT_SOURCE_IDS.markers]).toMatchObject({
      cluster: true,
      clusterRadius: CLUSTER_RADIUS,
      clusterMaxZoom: CLUSTER_MAX_ZOOM - 1,
      promoteId: 'id',
    });
  });

  it('draws the line casing only from the zoom where clusters dissolve, where it can be seen', () => {
    const byId = new Map(layers.map((l) => [l.id, l]));
    expect(byId.get('project-lines-casing')?.minzoom).toBe(CLUSTER_MAX_ZOOM);
    // The lines themselves show at every zoom, solid or dashed by precision.
    expect(byId.get('project-lines')?.minzoom).toBeUndefined();
    expect(byId.get('project-lines-approximate')?.minzoom).toBeUndefined();
  });

  it('keeps every interactive layer among the layers', () => {
    const ids = layers.map((l) => l.id);
    for (const id of INTERACTIVE_LAYERS) expect(ids).toContain(id);
  });
});

describe('DISTRICT_BOUNDS', () => {
  it('encloses the district outline, within 0.001° of its extent', () => {
    const [w, s, e, n] = bbox(data.boundary);
    const [W, S, E, N] = DISTRICT_BOUNDS;
    expect([W <= w, S <= s, E >= e, N >= n]).toEqual([true, true, true, true]);
    for (const gap of [w - W, s - S, E - e, N - n]) expect(gap).toBeLessThan(0.001);
  });
});

describe('cameraTarget', () => {
  it('centres a point, closer for better precision', () => {
    expect(cameraTarget(project('a', 'exact', { type: 'Point', coordinates: [107.6, 35.8] }))).toEqual({
      kind: 'center',
      center: [107.6, 35.8],
      zoom: 14,
    });
    const township = cameraTarget(project('c', 'township', { type: 'Point', coordinates: [107.6, 35.8] }));
    expect(township?.kind === 'center' && township.zoom).toBeLessThan(14);
  });

  it('fits a line or several points, and leaves the map alone for a district-wide record', () => {
    expect(
      cameraTarget(
        project('e', 'township', {
          type: 'LineString',
          coordinates: [
            [107.6, 35.6],
            [107.7, 35.5],
          ],
        }),
      ),
    ).toEqual({ kind: 'bounds', bounds: [107.6, 35.5, 107.7, 35.6] });
    expect(cameraTarget(project('f', 'district', null))).toBeNull();
  });
});
