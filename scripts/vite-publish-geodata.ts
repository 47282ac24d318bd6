/**
 * Publishes the map's data files beside the app as `data/<file>` instead of bundling them,
 * so a data editor can replace them on the server without a rebuild (see docs/deploy.md).
 * In development the same URLs are served straight from geodata/.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Files the app fetches at run time, all from geodata/ (the report from geodata/sources/). */
export const PUBLISHED_FILES: Record<string, string> = {
  'projects.geojson': 'projects.geojson',
  'xifeng-boundary.geojson': 'xifeng-boundary.geojson',
  'qingyang-counties.geojson': 'qingyang-counties.geojson',
  'townships.geojson': 'townships.geojson',
  'report.txt': 'sources/xifeng-2022-government-work-report.txt',
};

const CONTENT_TYPES: Record<string, string> = {
  geojson: 'application/geo+json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

export function publishGeodata(geodataDir = join(process.cwd(), 'geodata')): Plugin {
  const pathOf = (name: string) => join(geodataDir, PUBLISHED_FILES[name]!);
  return {
    name: 'publish-geodata',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([\w.-]+)$/.exec((req.url ?? '').split('?')[0]!);
        const name = match?.[1];
        if (!name || !(name in PUBLISHED_FILES) || !existsSync(pathOf(name))) return next();
        res.setHeader('Content-Type', CONTENT_TYPES[name.split('.').pop()!] ?? 'application/octet-stream');
        res.end(readFileSync(pathOf(name)));
      });
    },
    generateBundle() {
      for (const name of Object.keys(PUBLISHED_FILES)) {
        if (!existsSync(pathOf(name))) {
          this.error(`${pathOf(name)} is missing: run npm run data:build (or npm run geodata:build)`);
        }
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(pathOf(name)) });
      }
    },
  };
}
