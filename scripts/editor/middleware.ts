/**
 * The write API on a Node HTTP server (the editor's Vite dev server mounts it): reads the body up to
 * the route's limit, answers JSON, or a file for the workbook's download. The JSON routes (api.ts)
 * take UTF-8 text up to 64 KB; the workbook's upload (workbook-api.ts) takes the raw .xlsx bytes,
 * up to a little over 5 MB. Requests outside /__editor/ go on to the app.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_PREFIX } from '../../src/lib/editor/protocol.ts';
import { handleApi, MAX_BODY_BYTES, type ApiResponse, type TownshipAt } from './api.ts';
import type { EditorStore } from './editor-store.ts';
import { handleWorkbook, MAX_WORKBOOK_BYTES, WORKBOOK_PATH, type FileResponse } from './workbook-api.ts';

type Next = () => void;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

function sendAnswer(res: ServerResponse, answer: ApiResponse | FileResponse): void {
  if (!('file' in answer)) return send(res, answer.status, answer.body);
  res.statusCode = answer.status;
  res.setHeader('Content-Type', answer.type);
  res.setHeader('Content-Disposition', `attachment; filename="${answer.name}"`);
  res.setHeader('Content-Length', answer.file.length);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(answer.file);
}

/** The body's bytes, or null once it passes `limit` bytes (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
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
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function editorMiddleware(store: EditorStore, ownOrigin: string, townshipAt: TownshipAt) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const [path, search] = query < 0 ? [url, ''] : [url.slice(0, query), url.slice(query + 1)];
    if (!path.startsWith(API_PREFIX)) return next();
    const workbook = path === WORKBOOK_PATH;
    const limit = workbook ? MAX_WORKBOOK_BYTES : MAX_BODY_BYTES;
    void readBody(req, limit).then(
      async (body) => {
        if (body === null) {
          res.setHeader('Connection', 'close');
          res.on('finish', () => req.destroy());
          return send(res, 413, {
            message: workbook ? 'the workbook is over 5 MB' : 'the body is over 64 KB',
          });
        }
        const request = {
          method: req.method ?? 'GET',
          host: req.headers.host,
          origin: req.headers.origin,
        };
        try {
          if (workbook) {
            const fileName = req.headers['x-file-name'];
            const answer = await handleWorkbook(
              store,
              {
                ...request,
                query: new URLSearchParams(search),
                fileName: Array.isArray(fileName) ? fileName[0] : fileName,
                body,
              },
              ownOrigin,
              townshipAt,
            );
            return sendAnswer(res, answer);
          }
          const text = body.toString('utf8');
          sendAnswer(res, handleApi(store, { ...request, path, body: text }, ownOrigin, townshipAt));
        } catch (error) {
          send(res, 500, { message: (error as Error).message });
        }
      },
      () => send(res, 400, { message: 'the request could not be read' }),
    );
  };
}
