/**
 * Makes the MapLibre map: on the URL's camera if it has one, else fitted to the district; no
 * fades (a name appears where it will stay); cooperative gestures when embedded; kept within
 * reach of Qingyang. Throws when WebGL cannot start (MapView shows the notice).
 */
import { Map as MapLibreMap, NavigationControl, type StyleSpecification } from 'maplibre-gl';
import { DISTRICT_BOUNDS } from '../domain/district-bounds.ts';
import type { UrlState } from '../domain/url-state.ts';
import type { Lang } from '../i18n/lookup.ts';
import { t } from '../i18n/messages.ts';

export interface MapStart {
  container: HTMLElement;
  style: StyleSpecification;
  /** The URL's camera, or null for the whole district. */
  view: UrlState['view'];
  /** Embedded in another page: the page scrolls over the map; zoom needs Ctrl/⌘ or two fingers. */
  cooperative: boolean;
  lang: Lang;
}

/** On a phone the bottom sheet covers the lower part of the map: fit the district above it. */
function fitPadding(container: HTMLElement) {
  const phone = matchMedia('(max-width: 767px)').matches;
  return phone
    ? { top: 16, left: 16, right: 16, bottom: Math.round(container.clientHeight * 0.42) + 16 }
    : 24;
}

export function createMap({ container, style, view, cooperative, lang }: MapStart): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style,
    ...(view
      ? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom }
      : { bounds: DISTRICT_BOUNDS, fitBoundsOptions: { padding: fitPadding(container) } }),
    attributionControl: false,
    fadeDuration: 0,
    cooperativeGestures: cooperative,
    locale: {
      'CooperativeGesturesHandler.WindowsHelpText': t(lang, 'gestureWindows'),
      'CooperativeGesturesHandler.MacHelpText': t(lang, 'gestureMac'),
      'CooperativeGesturesHandler.MobileHelpText': t(lang, 'gestureMobile'),
    },
    maxBounds: [
      [105.5, 34.6],
      [109.8, 37.2],
    ],
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  return map;
}
