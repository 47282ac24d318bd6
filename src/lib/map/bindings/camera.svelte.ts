/**
 * The camera and the URL: every move ends by writing the view into the URL, and a place the app
 * asks to show (the planner's farthest areas) is flown to. The selection's own flight is in
 * selection.svelte.ts, with the rest of what a selection does.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { prefersReducedMotion } from '../camera.ts';
import type { UrlState } from '../../domain/url-state.ts';

/** Writes the view after every move (from the map's creation, so no move is missed). */
export function followCamera(map: MapLibreMap, setView: (view: NonNullable<UrlState['view']>) => void): void {
  map.on('moveend', () => {
    const c = map.getCenter();
    const view = { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
    // A flight that interrupts another fires moveend at once, inside the effect that started it
    // (the selection's): writing the URL there would re-run that effect, which starts a new
    // flight, and so on. Written after the effect instead.
    queueMicrotask(() => setView(view));
  });
}

export interface CameraInput {
  readonly request: { center: [number, number]; zoom: number } | null;
}

/** Flies to each place the app asks to show. */
export function bindCameraRequests(map: MapLibreMap, input: CameraInput): void {
  $effect(() => {
    const request = input.request;
    if (request) map.flyTo({ ...request, duration: prefersReducedMotion() ? 0 : 800 });
  });
}
