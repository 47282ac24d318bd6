/**
 * The benchmark's floor: the app's first look drawn by MapLibre and nothing else. It fetches the
 * same files (the projects, the district's outline, the neighbouring counties, the townships) and
 * draws each plainly (an outline a file, the projects' points clustered), with the same kinds of
 * names in the same way: the township, district and neighbour names and the cluster numbers, in
 * the browser's fonts (no glyph files), from the app's own name layers. A floor without the names
 * would not be a fair comparison: names are much of a first look's work (docs/performance.md).
 * Same MapLibre build, same worker setup (src/lib/map/worker.ts), same clustering as the app's
 * marker source, same `fadeDuration`; no UI, no validation, no list, no badges or status marks.
 *
 * It does what the cheapest page with this data and these names must do: start the map and fetch
 * the data at the same time, keep the points of Points and MultiPoints (a clustered source
 * clusters points only), hand everything to the sources. `window.__map` is set once the data is in
 * the sources, so the benchmark's "first idle" is the first idle with everything drawn, as in the
 * app. The district's bounds come in the URL hash (`#minX,minY,maxX,maxY`): the camera matches
 * the app's. It is served from `floor/` beside the app's build and reads the app's `data/` files.
 */
import '../../../src/lib/map/worker.ts';
import {
  Map as MapLibreMap,
  type GeoJSONSource,
  type LayerSpecification,
  type SourceSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS, projectCountLayers } from '../../../src/lib/map/project-layers.ts';
import {
  countyLabelPoints,
  districtLabelLayer,
  neighbourLabelLayer,
} from '../../../src/lib/map/base-style.ts';
import { townshipLabelLayer } from '../../../src/lib/map/label-layers.ts';
import { townshipLabelPoints } from '../../../src/lib/map/township-places.ts';
import type { ProjectCollection } from '../../../src/lib/domain/project.ts';
import { firstViewData } from './first-view-data.ts';

const [minX = 107.46, minY = 35.42, maxX = 107.89, maxY = 35.87] = location.hash
  .slice(1)
  .split(',')
  .map(Number);
const empty: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };

const outline = (id: string, source: string): LayerSpecification => ({
  id,
  type: 'line',
  source,
  paint: { 'line-color': '#8a949c', 'line-width': 1 },
});
/** The app's cluster numbers, read from this page's one point source. */
const clusterCounts = {
  ...projectCountLayers().find((l) => l.id === 'project-cluster-counts')!,
  source: 'points',
} as LayerSpecification;
const sources: Record<string, SourceSpecification> = {
  points: {
    type: 'geojson',
    data: empty,
    cluster: true,
    clusterRadius: CLUSTER_RADIUS,
    clusterMaxZoom: CLUSTER_MAX_ZOOM - 1,
  },
};
for (const id of ['counties', 'district', 'townships', 'county-labels', 'township-labels'])
  sources[id] = { type: 'geojson', data: empty };

const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources,
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f3ef' } },
      outline('counties', 'counties'),
      outline('townships', 'townships'),
      outline('district', 'district'),
      {
        id: 'points',
        type: 'circle',
        source: 'points',
        paint: {
          'circle-radius': ['case', ['has', 'point_count'], 16, 6],
          'circle-color': '#37424c',
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
      // The app's name layers, in its order (label-layers.ts), and its cluster numbers on top.
      neighbourLabelLayer('zh'),
      districtLabelLayer('zh'),
      townshipLabelLayer('zh'),
      clusterCounts,
    ],
  },
  bounds: [minX, minY, maxX, maxY],
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
  fadeDuration: 0,
});

const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));

function points(data: ProjectCollection): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const f of data.features) {
    const g = f.geometry;
    const positions = g?.type === 'Point' ? [g.coordinates] : g?.type === 'MultiPoint' ? g.coordinates : [];
    for (const coordinates of positions) {
      const properties = { id: f.id, area: f.properties.area };
      features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });
    }
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The floor of a filter change: the points of one task area (or all) given to the source, until
 * the map is idle again. The app's filter change does this and more (list, counts, other sources).
 */
function filterTo(all: FeatureCollection<Point>, area: string | null): Promise<number> {
  const start = performance.now();
  const features = area === null ? all.features : all.features.filter((f) => f.properties?.area === area);
  map.getSource<GeoJSONSource>('points')!.setData({ type: 'FeatureCollection', features });
  return new Promise((resolve) => map.once('idle', () => resolve(performance.now() - start)));
}

void Promise.all([firstViewData(), loaded]).then(([{ projects, boundary, counties, townshipAreas }]) => {
  const all = points(projects);
  const data: Record<string, FeatureCollection> = {
    points: all,
    counties,
    district: boundary,
    townships: townshipAreas,
    'county-labels': countyLabelPoints(counties),
    'township-labels': townshipLabelPoints(townshipAreas),
  };
  for (const [id, value] of Object.entries(data)) map.getSource<GeoJSONSource>(id)!.setData(value);
  Object.assign(window, { __map: map, __floorFilter: (area: string | null) => filterTo(all, area) });
});
