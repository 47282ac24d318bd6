/**
 * Raster tiles under the district's outlines, for the editor's basemaps (editor/editor-basemap.ts
 * says which tiles and in which datum). Fetched only when a staff member picks such a basemap.
 */
import type { RasterSourceSpecification } from 'maplibre-gl';
import { ONLINE_FILL_OPACITY } from './basemap-config.ts';
import type { MapHandle } from './map-handle.ts';

export interface TileUnderlay {
  /** One URL list per raster layer, bottom first (a base layer, then its labels); [] for none. */
  tiles: string[][];
  /** `tms` when the server numbers tile rows from the south. */
  scheme?: 'xyz' | 'tms';
}

const LAYER_PREFIX = 'editor-basemap-';

/** Shows `underlay` under the district's outlines, after removing the one shown before. */
export function showTileUnderlay(map: MapHandle, underlay: TileUnderlay): void {
  for (const layer of map.getStyle().layers)
    if (layer.id.startsWith(LAYER_PREFIX)) {
      map.removeLayer(layer.id);
      map.removeSource(layer.id);
    }
  underlay.tiles.forEach((tiles, i) => {
    const id = `${LAYER_PREFIX}${i}`;
    const source: RasterSourceSpecification = {
      type: 'raster',
      tiles,
      tileSize: 256,
      maxzoom: 18,
      scheme: underlay.scheme ?? 'xyz',
    };
    map.addSource(id, source);
    map.addLayer({ id, type: 'raster', source: id }, 'neighbours-line');
  });
  // The offline fills are thinned over tiles, as for a deployer's online basemap (basemap.ts), and
  // given back their own opacity when no tiles are shown.
  for (const [layer, opacity] of Object.entries(ONLINE_FILL_OPACITY)) {
    if (!map.getLayer(layer)) continue;
    if (!ownOpacity.has(layer))
      ownOpacity.set(layer, map.getPaintProperty(layer, 'fill-opacity') as number | undefined);
    map.setPaintProperty(layer, 'fill-opacity', underlay.tiles.length > 0 ? opacity : ownOpacity.get(layer));
  }
}

/** The fills' opacity in the app's style, before the underlay thinned them. */
const ownOpacity = new Map<string, number | undefined>();
