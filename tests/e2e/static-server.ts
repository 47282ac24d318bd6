/**
 * A small static file server for end-to-end tests that need what `vite preview` cannot give:
 * response headers of our choosing (the CSP), files overridden per test (config.json, a hostile
 * projects file), and host pages on other origins. Listens on 127.0.0.1 only.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticSite {
  url: string;
  origin: string;
  close(): Promise<void>;
}

export interface SiteOptions {
  /** Folder to serve (omit for a site made only of `files`). */
  root?: string;
  /** Sent with every response: the CSP must also reach the worker script. */
  headers?: Record<string, string>;
  /** Paths (like `/config.json`) answered with this content instead of the file. */
  files?: Record<string, string>;
  /** Serve `root` under this path prefix (like `/deep/path/`) to check that the site works from a sub-path. */
  prefix?: string;
}

export async function serveStatic({
  root,
  headers = {},
  files = {},
  prefix = '/',
}: SiteOptions): Promise<StaticSite> {
  const server: Server = createServer(async (request, response) => {
    const full = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const path = full.startsWith(prefix) ? `/${full.slice(prefix.length)}` : full;
    const file = path.endsWith('/') ? `${path}index.html` : path;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    try {
      const body =
        files[file] ??
        (root && !normalize(file).includes('..') ? await readFile(join(root, file)) : undefined);
      if (body === undefined) throw new Error('not found');
      response.writeHead(200, { 'Content-Type': type, ...headers });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
