/**
 * A diagnostic page between the floor and the app: the app's own map (its full style, basemap,
 * project sources and layers of src/lib/map/) with the same data, but no UI, no validation, no
 * search index, no list. Like the floor, it starts the map at once and fills its sources when the
 * data is in; `window.__map` is set then. Its load time against the floor's tells what the map's
 * content costs; against the app's, what the rest of the page and its order of work cost.
 */
import '../../../src/lib/map/worker.ts';
import { Map as MapLibreMap, type GeoJSONSource, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { fullStyle, type MapData } from '../../../src/lib/map/style.ts';
import { projectSources } from '../../../src/lib/map/project-sources.ts';
import { firstViewData } from './first-view-data.ts';

/**
 * A diagnostic knob (scripts/bench/layer-cost.ts): `&without=labels` leaves out the text layers,
 * `&without=basemap` the counties, district and township areas, `&without=projects` the project
 * layers; the difference in load time is what that part of the map costs.
 */
const without = new URLSearchParams(location.search).get('without');
const PARTS: Record<string, (id: string, type: string) => boolean> = {
  labels: (_, type) => type === 'symbol',
  basemap: (id) => /^(neighbour|district|township-(lines|labels))/.test(id),
  projects: (id) => /^(project|township-badge)/.test(id),
};
const leftOut = without ? PARTS[without] : undefined;
const withoutPart = (style: StyleSpecification): StyleSpecification =>
  leftOut ? { ...style, layers: style.layers.filter((l) => !leftOut(l.id, l.type)) } : style;

const [minX = 107.46, minY = 35.42, maxX = 107.89, maxY = 35.87] = location.hash
  .slice(1)
  .split(',')
  .map(Number);
const none: FeatureCollection = { type: 'FeatureCollection', features: [] };

const map = new MapLibreMap({
  container: 'map',
  style: withoutPart(
    fullStyle({ boundary: none, counties: none, townshipAreas: none }, projectSources([]), 'zh'),
  ),
  bounds: [minX, minY, maxX, maxY],
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
  fadeDuration: 0,
});
const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
const [{ projects, boundary, counties, townshipAreas }] = await Promise.all([firstViewData(), loaded]);
const data: MapData = { boundary, counties, townshipAreas };
const mapped = projects.features.filter((f) => f.geometry !== null);
// The same style built with the data: every GeoJSON source of it gets its data.
for (const [id, spec] of Object.entries(fullStyle(data, projectSources(mapped), 'zh').sources)) {
  if (spec.type === 'geojson' && typeof spec.data === 'object')
    map.getSource<GeoJSONSource>(id)?.setData(spec.data);
}
(window as unknown as { __map: MapLibreMap }).__map = map;
