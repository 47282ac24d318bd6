/**
 * `npm run edit [-- --port N] [-- --data DIR]`: the map with its editor, for the district's staff,
 * on this computer only (bound to 127.0.0.1). The app is served by Vite's dev server, reading the
 * data folder directly, so a save shows on the map at once; the write API (api.ts) is mounted at
 * /__editor/, and `__XIFENG_EDITOR__` switches the app's 编辑 / Edit panel on. Nothing of this is
 * in `npm run build`, where the flag is false and the panel's code is dropped.
 *
 * --data DIR: the folder holding geodata/ (default: this repository), e.g. a copy for a test.
 */
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type Plugin } from 'vite';
import { dataPaths } from '../data/paths.ts';
import { publishGeodata } from '../vite-publish-geodata.ts';
import { EditorStore } from './editor-store.ts';
import { editorMiddleware } from './middleware.ts';
import { townshipLookup } from './township-at.ts';

const DEFAULT_PORT = 5180;

function argument(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv[at + 1];
}

function portFromArgs(argv: readonly string[]): number {
  const given = argument(argv, '--port');
  if (given === undefined) return DEFAULT_PORT;
  const port = Number(given);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error('--port needs a number from 1 to 65535');
  return port;
}

const appRoot = process.cwd();
const dataRoot = resolve(argument(process.argv, '--data') ?? appRoot);
const port = portFromArgs(process.argv);
const origin = `http://127.0.0.1:${port}`;
const paths = dataPaths(dataRoot);
const store = new EditorStore(paths);
// Follows the township areas file, which a save rewrites.
const townshipAt = townshipLookup(join(dataRoot, paths.townshipsOut));

const editorApi: Plugin = {
  name: 'xifeng-editor-api',
  apply: 'serve',
  configureServer(server) {
    server.middlewares.use(editorMiddleware(store, origin, townshipAt));
  },
};

// The app's own vite.config.ts is not read: its data folder is fixed to this repository's.
const server = await createServer({
  configFile: false,
  root: appRoot,
  plugins: [svelte(), publishGeodata(dataRoot), editorApi],
  define: { __XIFENG_EDITOR__: 'true' },
  worker: { format: 'es' },
  // Pre-bundled at start, so the first page load does not find them and reload itself.
  optimizeDeps: { include: ['maplibre-gl', 'kdbush', 'geokdbush', '@turf/boolean-point-in-polygon'] },
  server: { host: '127.0.0.1', port, strictPort: true, open: false },
  logLevel: 'warn',
});
await server.listen();
console.log(`西峰区项目地图 · 编辑器 / Editor: ${origin}/`);
if (dataRoot !== appRoot) console.log(`Data: ${join(dataRoot, 'geodata')}`);
