/**
 * `npm run edit [-- --port N]`: the map with its editor, for the district's staff, on this computer
 * only (bound to 127.0.0.1). The app is served by Vite's dev server, reading geodata/ directly, so
 * a save shows on the map at once; the write API (api.ts) is mounted at /__editor/. Nothing of
 * this is in `npm run build`.
 */
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { dataPaths } from '../data/paths';
import { EditorStore } from './editor-store';
import { editorMiddleware } from './middleware';
import { townshipLookup } from './township-at';

const DEFAULT_PORT = 5180;

function portFromArgs(argv: readonly string[]): number {
  const at = argv.indexOf('--port');
  if (at < 0) return DEFAULT_PORT;
  const port = Number(argv[at + 1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error('--port needs a number from 1 to 65535');
  return port;
}

const root = process.cwd();
const port = portFromArgs(process.argv);
const origin = `http://127.0.0.1:${port}`;
const paths = dataPaths(root);
const store = new EditorStore(paths);
// Follows the township areas file, which a save rewrites.
const townshipAt = townshipLookup(join(root, paths.townshipsOut));

const editorApi: Plugin = {
  name: 'xifeng-editor-api',
  apply: 'serve',
  configureServer(server) {
    server.middlewares.use(editorMiddleware(store, origin, townshipAt));
  },
};

const server = await createServer({
  root,
  plugins: [editorApi],
  server: { host: '127.0.0.1', port, strictPort: true, open: false },
});
await server.listen();
console.log(`西峰区项目地图 · 编辑器 / Editor: ${origin}/`);
