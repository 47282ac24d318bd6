/**
 * The benchmark's floor: the same points the app shows, drawn by MapLibre and nothing else.
 * Same MapLibre build, same worker setup (src/lib/map/worker.ts), same clustering as the app's
 * marker source, same `fadeDuration`; no basemap, no UI, no validation, no list.
 *
 * It does what the cheapest possible page with this data must do: start the map and fetch the data
 * at the same time, keep the points of Points and MultiPoints (a clustered source clusters points
 * only), hand them to the source. `window.__map` is set once the data is in the source, so the
 * benchmark's "first idle" is the first idle with the points drawn, as it is in the app.
 * The district's bounds come in the URL hash (`#minX,minY,maxX,maxY`): the camera matches the app's.
 * It is served from `floor/` beside the app's build and reads the app's `data/projects.geojson`.
 */
import '../../../src/lib/map/worker.ts';
import { Map as MapLibreMap, type GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS } from '../../../src/lib/map/project-layers.ts';
import type { ProjectCollection } from '../../../src/lib/domain/project.ts';

const [minX = 107.46, minY = 35.42, maxX = 107.89, maxY = 35.87] = location.hash
  .slice(1)
  .split(',')
  .map(Number);
const empty: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };

const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: {
      points: {
        type: 'geojson',
        data: empty,
        cluster: true,
        clusterRadius: CLUSTER_RADIUS,
        clusterMaxZoom: CLUSTER_MAX_ZOOM - 1,
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f3ef' } },
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
    ],
  },
  bounds: [minX, minY, maxX, maxY],
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
  fadeDuration: 0,
});

const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));

async function points(): Promise<FeatureCollection<Point>> {
  const data = (await (await fetch('../data/projects.geojson')).json()) as ProjectCollection;
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

void Promise.all([points(), loaded]).then(([data]) => {
  map.getSource<GeoJSONSource>('points')!.setData(data);
  Object.assign(window, { __map: map, __floorFilter: (area: string | null) => filterTo(data, area) });
});
