import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { publishGeodata } from './scripts/vite-publish-geodata.ts';

// `base: './'` keeps every URL relative, so the built site works from any sub-path.
export default defineConfig({
  base: './',
  plugins: [svelte(), publishGeodata()],
  // The data editor's panel exists only under `npm run edit` (scripts/editor/server.ts sets it true).
  define: { __XIFENG_EDITOR__: 'false' },
  // MapLibre's worker is bundled as an ES module and served from our own origin (see src/lib/map/worker.ts).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own: cached across releases of our code, and measured apart.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
});
