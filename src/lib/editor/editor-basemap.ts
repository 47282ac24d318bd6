/**
 * Basemaps to place projects on, and the datum each is drawn in. The built-in basemap and 天地图
 * (with the deployer's key from config.json) are WGS84/CGCS2000; AMap and Tencent tiles are drawn
 * in GCJ-02, so a point clicked on them is a GCJ-02 coordinate and is recorded as one (draft.svelte.ts).
 * Baidu's tiles use a projection of their own that MapLibre cannot draw: Baidu coordinates (BD-09)
 * are typed in instead. These tiles are fetched only when a staff member picks them.
 */
import type { Map as MapLibreMap, RasterSourceSpecification } from 'maplibre-gl';
import { ONLINE_FILL_OPACITY } from '../map/basemap-config.ts';
import { tiandituTileUrl, type BasemapConfig } from '../map/basemap.ts';
import type { EditorTextKey } from './editor-text.ts';
import type { Datum } from '../domain/datum.ts';

export interface EditorBasemap {
  id: string;
  label: EditorTextKey;
  datum: Datum;
  tiles: string[][];
}

const AMAP = (style: number, host: string) =>
  ['01', '02', '03', '04'].map(
    (n) =>
      `https://${host}${n}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=${style}&x={x}&y={y}&z={z}`,
  );

export function editorBasemaps(deployed: BasemapConfig): EditorBasemap[] {
  const list: EditorBasemap[] = [{ id: 'builtin', label: 'basemapBuiltin', datum: 'WGS84', tiles: [] }];
  if (deployed.kind === 'tianditu') {
    const tiles = (layer: string) => deployed.subdomains.map((s) => tiandituTileUrl(s, layer, deployed.key));
    list.push(
      {
        id: 'tianditu-vector',
        label: 'basemapTiandituVector',
        datum: 'WGS84',
        tiles: [tiles('vec'), tiles('cva')],
      },
      {
        id: 'tianditu-imagery',
        label: 'basemapTiandituImagery',
        datum: 'WGS84',
        tiles: [tiles('img'), tiles('cia')],
      },
    );
  }
  list.push(
    { id: 'amap', label: 'basemapAmap', datum: 'GCJ02', tiles: [AMAP(8, 'webrd')] },
    { id: 'amap-imagery', label: 'basemapAmapImagery', datum: 'GCJ02', tiles: [AMAP(6, 'webst')] },
    {
      id: 'tencent',
      label: 'basemapTencent',
      datum: 'GCJ02',
      // Tencent numbers its tile rows from the south (TMS): see the `scheme` below.
      tiles: [
        ['0', '1', '2', '3'].map(
          (n) => `https://rt${n}.map.gtimg.com/tile?z={z}&x={x}&y={y}&styleid=1000&scene=0`,
        ),
      ],
    },
  );
  return list;
}

const LAYER_PREFIX = 'editor-basemap-';

/** Shows `basemap` under the district's outlines (the built-in one: removes the others' layers). */
export function showEditorBasemap(map: MapLibreMap, basemap: EditorBasemap): void {
  for (const layer of map.getStyle().layers)
    if (layer.id.startsWith(LAYER_PREFIX)) {
      map.removeLayer(layer.id);
      map.removeSource(layer.id);
    }
  basemap.tiles.forEach((tiles, i) => {
    const id = `${LAYER_PREFIX}${i}`;
    const source: RasterSourceSpecification = {
      type: 'raster',
      tiles,
      tileSize: 256,
      maxzoom: 18,
      ...(basemap.id === 'tencent' ? { scheme: 'tms' } : {}),
    };
    map.addSource(id, source);
    map.addLayer({ id, type: 'raster', source: id }, 'neighbours-line');
  });
  // The offline fills are thinned over tiles, as for a deployer's online basemap (basemap.ts), and
  // given back their own opacity on the built-in one.
  for (const [layer, opacity] of Object.entries(ONLINE_FILL_OPACITY)) {
    if (!map.getLayer(layer)) continue;
    if (!ownOpacity.has(layer))
      ownOpacity.set(layer, map.getPaintProperty(layer, 'fill-opacity') as number | undefined);
    map.setPaintProperty(layer, 'fill-opacity', basemap.tiles.length > 0 ? opacity : ownOpacity.get(layer));
  }
}

/** The fills' opacity in the app's style, before the editor thinned them. */
const ownOpacity = new Map<string, number | undefined>();
