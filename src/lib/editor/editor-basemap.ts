/**
 * Basemaps to place projects on, and the datum each is drawn in. The built-in basemap and 天地图
 * (with the deployer's key from config.json) are WGS84/CGCS2000; AMap and Tencent tiles are drawn
 * in GCJ-02, so a point clicked on them is a GCJ-02 coordinate and is recorded as one (draft.svelte.ts).
 * Baidu's tiles use a projection of their own that MapLibre cannot draw: Baidu coordinates (BD-09)
 * are typed in instead. These tiles are fetched only when a staff member picks them.
 */
import { tiandituTileUrl, type BasemapConfig } from '../map/basemap.ts';
import type { TileUnderlay } from '../map/tile-underlay.ts';
import type { EditorTextKey } from './editor-text.ts';
import type { Datum } from '../domain/datum.ts';

/** A basemap to place on: its tiles (map/tile-underlay.ts draws them) and the datum they are in. */
export interface EditorBasemap extends TileUnderlay {
  id: string;
  label: EditorTextKey;
  datum: Datum;
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
      // Tencent numbers its tile rows from the south.
      scheme: 'tms',
      tiles: [
        ['0', '1', '2', '3'].map(
          (n) => `https://rt${n}.map.gtimg.com/tile?z={z}&x={x}&y={y}&styleid=1000&scene=0`,
        ),
      ],
    },
  );
  return list;
}
