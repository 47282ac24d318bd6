/**
 * What a click and the pointer do on the map: a click goes to the editor while it is picking a
 * point, and otherwise to the project feature under it (feature-click.ts); the pointer becomes a
 * hand over anything that can be clicked.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Cartography } from '../cartography.ts';
import { clickFeature, type FeatureClickApp } from '../feature-click.ts';
import { INTERACTIVE_LAYERS } from '../project-layers.ts';

export type ClickTaker = (at: { lng: number; lat: number }) => void;

export function bindInteraction(
  map: MapLibreMap,
  cartography: Cartography,
  app: FeatureClickApp,
  /** Read at each click: the editor's taker of clicks while it is picking a point. */
  clickTaker: () => ClickTaker | null,
): void {
  map.on('click', (e) => {
    const taker = clickTaker();
    if (taker) return taker(e.lngLat);
    const [hit] = map.queryRenderedFeatures(e.point, { layers: INTERACTIVE_LAYERS });
    if (hit) clickFeature(map, app, hit, e.lngLat, cartography);
  });
  for (const layer of INTERACTIVE_LAYERS) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
}
