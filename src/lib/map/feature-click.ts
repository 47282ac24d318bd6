/**
 * What a click on a project feature does: a cluster zooms in to split, a township badge opens a
 * popup listing its projects, a marker or line selects its project.
 */
import { Popup, type GeoJSONSource, type Map as MapLibreMap, type MapGeoJSONFeature } from 'maplibre-gl';
import { badgePopupContent } from './badge-popup.ts';
import { prefersReducedMotion } from './camera.ts';
import { PROJECT_SOURCE_IDS } from './project-layers.ts';
import type { AppState } from '../state/app-state.svelte.ts';

export function clickFeature(
  map: MapLibreMap,
  app: AppState,
  feature: MapGeoJSONFeature,
  lngLat: { lng: number; lat: number },
): void {
  const props = feature.properties;
  if (feature.layer.id === 'project-clusters') {
    const source = map.getSource<GeoJSONSource>(PROJECT_SOURCE_IDS.markers)!;
    void source
      .getClusterExpansionZoom(props.cluster_id as number)
      .then((zoom) => map.easeTo({ center: lngLat, zoom, duration: prefersReducedMotion() ? 0 : 500 }));
  } else if (feature.layer.id === 'township-badges') {
    const ids = String(props.ids).split(' ');
    const popup = new Popup({ closeButton: true, maxWidth: '18rem' }).setLngLat(lngLat);
    popup
      .setDOMContent(
        badgePopupContent(
          app.projects.filter((p) => ids.includes(p.id)),
          app.lang,
          (id) => {
            popup.remove();
            app.select(id);
          },
        ),
      )
      .addTo(map);
  } else if (typeof props.id === 'string') {
    app.select(props.id);
  }
}
