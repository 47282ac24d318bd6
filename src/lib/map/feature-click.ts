/**
 * What a click on a project feature does: a cluster zooms in to split, a township badge opens a
 * popup listing its projects (seat by seat when it merges several), a marker or line selects its
 * project.
 */
import { Popup, type GeoJSONSource, type Map as MapLibreMap, type MapGeoJSONFeature } from 'maplibre-gl';
import { badgePopupContent } from './badge-popup.ts';
import { prefersReducedMotion } from './camera.ts';
import { PROJECT_SOURCE_IDS } from './project-layers.ts';
import type { Cartography } from './cartography.ts';
import type { ProjectFeature } from '../domain/project.ts';
import type { AppState } from '../state/app-state.svelte.ts';

/** What a click needs of the app: the language, the projects and townships by id, and selecting. */
export type FeatureClickApp = Pick<AppState, 'lang' | 'project' | 'townshipName' | 'select'>;

export function clickFeature(
  map: MapLibreMap,
  app: FeatureClickApp,
  feature: MapGeoJSONFeature,
  lngLat: { lng: number; lat: number },
  cartography: Cartography,
): void {
  const props = feature.properties;
  if (feature.layer.id === 'project-clusters') {
    const source = map.getSource<GeoJSONSource>(PROJECT_SOURCE_IDS.markers)!;
    void source
      .getClusterExpansionZoom(props.cluster_id as number)
      .then((zoom) => map.easeTo({ center: lngLat, zoom, duration: prefersReducedMotion() ? 0 : 500 }));
  } else if (feature.layer.id === 'township-badges') {
    // The seats the badge stands for, the largest first, each named by the township it lies in.
    const seats = cartography
      .seatsOf(String(props.keys))
      .map((seat) => ({
        township: app.townshipName(cartography.townshipOf(seat.geometry.coordinates)),
        projects: seat.properties.ids
          .split(' ')
          .map((id) => app.project(id))
          .filter((p): p is ProjectFeature => p !== undefined),
      }))
      .sort((a, b) => b.projects.length - a.projects.length);
    const popup = new Popup({ closeButton: true, maxWidth: '18rem' }).setLngLat(lngLat);
    popup
      .setDOMContent(
        badgePopupContent(seats, app.lang, (id) => {
          popup.remove();
          app.select(id);
        }),
      )
      .addTo(map);
  } else if (typeof props.id === 'string') {
    app.select(props.id);
  }
}
