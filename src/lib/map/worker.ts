/**
 * MapLibre v6 needs its worker's URL. Importing it with `?worker&url` makes Vite emit the
 * worker as a file of our own origin, which is also what a strict CSP (`worker-src 'self'`) needs.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);
