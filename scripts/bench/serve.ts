/**
 * Serves the benchmark's sites on 127.0.0.1, compressed as docs/deploy.md tells a server to
 * (gzip level 6 for the text formats), so that a 100,000-project file costs on the wire what it
 * would cost in production. Files are compressed once and kept in memory: runs measure the page,
 * not this server.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Server {
  url: string;
  close(): Promise<void>;
}

export async function serve(root: string): Promise<Server> {
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.endsWith('/') ? `${path}index.html` : path;
    const type = TYPES[extname(file)];
    if (normalize(file).includes('..')) return void response.writeHead(403).end();
    const cached = cache.get(file);
    const body = cached
      ? Promise.resolve(cached)
      : readFile(join(root, file)).then((raw) => {
          const gz = type ? gzipSync(raw, { level: 6 }) : raw;
          cache.set(file, gz);
          return gz;
        });
    body.then(
      (data) => {
        const headers: Record<string, string> = { 'Content-Type': type ?? 'application/octet-stream' };
        if (type) headers['Content-Encoding'] = 'gzip';
        response.writeHead(200, { ...headers, 'Cache-Control': 'no-store' }).end(data);
      },
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
