/**
 * Builds what the benchmark serves: the app, once (`vite build` with the project's own config,
 * into a temporary folder), and the floor page; then one site a dataset, each a copy of the build
 * whose `data/projects.geojson` is replaced by that dataset. The app itself is not changed and
 * takes no parameter: it loads `data/projects.geojson` beside it, as deployed.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = process.cwd();

export async function buildApp(outDir: string): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/**
 * The floor page (index.html: MapLibre alone, or with `?page=map-only` the app's map with no UI):
 * same MapLibre, same worker setup and chunking as the app.
 */
export async function buildFloor(outDir: string): Promise<void> {
  await build({
    root: resolve(ROOT, 'scripts/bench/floor'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        input: { floor: resolve(ROOT, 'scripts/bench/floor/index.html') },
        output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } },
      },
    },
  });
}

/** A copy of the app's build with `projects` as its data, and the floor beside it in `floor/`. */
export function makeSite(appDir: string, floorDir: string, siteDir: string, projects: string | null): void {
  mkdirSync(siteDir, { recursive: true });
  cpSync(appDir, siteDir, { recursive: true });
  cpSync(floorDir, join(siteDir, 'floor'), { recursive: true });
  if (projects !== null) writeFileSync(join(siteDir, 'data/projects.geojson'), projects);
}
