/**
 * Bytes of the first view: every file the page requests until the map is first idle, read from
 * the built folder and gzipped at level 6 (what docs/deploy.md configures), split into MapLibre's
 * (its main chunk, its CSS, its worker) and the project's own. Shared by the benchmark and by the
 * size check in CI (tests/e2e/size.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export type FileKind = 'maplibre' | 'js' | 'css' | 'data' | 'font' | 'page';

export interface FileBytes {
  path: string;
  kind: FileKind;
  raw: number;
  gzip: number;
}

export const BUDGETS = {
  /** The project's own JS in the first view, gzip. */
  ownJs: 60 * 1024,
  /** The data files of the first view (projects, outlines, config), gzip. */
  data: 80 * 1024,
} as const;

/** MapLibre's files are the chunk, CSS and worker Vite names after it (vite.config.ts). */
export function kindOf(path: string): FileKind {
  const name = path.split('/').pop() ?? '';
  if (/^assets\/maplibre-(gl-worker-)?[\w-]+\.(js|css)$/.test(path)) return 'maplibre';
  if (/\.(woff2?|ttf|otf)$/.test(name)) return 'font';
  if (path.startsWith('data/') || name === 'config.json') return 'data';
  if (name.endsWith('.js')) return 'js';
  if (name.endsWith('.css')) return 'css';
  return 'page';
}

/** Starts recording the site-relative paths the page requests (the page's, and its workers'). */
export function recordRequests(page: Page, siteUrl: string): Set<string> {
  const paths = new Set<string>();
  const add = (url: string) => {
    if (!url.startsWith(siteUrl)) return;
    const path = new URL(url).pathname.slice(new URL(siteUrl).pathname.length);
    paths.add(path === '' ? 'index.html' : path);
  };
  page.on('request', (request) => add(request.url()));
  page.on('worker', (worker) => add(worker.url()));
  return paths;
}

export function fileBytes(root: string, paths: Iterable<string>): FileBytes[] {
  return [...paths].sort().map((path) => {
    const raw = readFileSync(join(root, path));
    return { path, kind: kindOf(path), raw: raw.length, gzip: gzipSync(raw, { level: 6 }).length };
  });
}

export type Totals = Record<FileKind, number>;

export function totals(files: readonly FileBytes[]): Totals {
  const sum: Totals = { maplibre: 0, js: 0, css: 0, data: 0, font: 0, page: 0 };
  for (const f of files) sum[f.kind] += f.gzip;
  return sum;
}
