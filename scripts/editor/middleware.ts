/**
 * The write API on a Node HTTP server (the editor's Vite dev server mounts it): reads the body up to
 * the limit, answers JSON. Requests outside /__editor/ go on to the app.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_PREFIX, handleApi, MAX_BODY_BYTES, type TownshipAt } from './api';
import type { EditorStore } from './editor-store';

type Next = () => void;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/** The body as text, or null once it passes `limit` bytes (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Answered at once; the connection is closed after the answer (see the 413 below).
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function editorMiddleware(store: EditorStore, ownOrigin: string, townshipAt: TownshipAt) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const path = (req.url ?? '').split('?')[0]!;
    if (!path.startsWith(API_PREFIX)) return next();
    void readBody(req, MAX_BODY_BYTES).then(
      (body) => {
        if (body === null) {
          res.setHeader('Connection', 'close');
          res.on('finish', () => req.destroy());
          return send(res, 413, { message: 'the body is over 64 KB' });
        }
        const request = {
          method: req.method ?? 'GET',
          path,
          host: req.headers.host,
          origin: req.headers.origin,
          body,
        };
        const { status, body: answer } = handleApi(store, request, ownOrigin, townshipAt);
        send(res, status, answer);
      },
      () => send(res, 400, { message: 'the request could not be read' }),
    );
  };
}
