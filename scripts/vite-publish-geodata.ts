/**
 * Publishes the map's data files beside the app as `data/<file>` instead of bundling them,
 * so a data editor can replace them on the server without a rebuild (see docs/deploy.md).
 * In development the same URLs are served straight from the repository, read afresh each time.
 *
 * The reports come from their registry, geodata/reports.yaml: `data/reports.json` lists them as the
 * app reads them, and each one's text is `data/report-<id>.txt`, the registered file byte for byte.
 * The registry's own rules (sha256, titles, days) are `npm run data:check`'s; here what is published
 * passes the app's check of reports.json (src/lib/domain/reports.ts), so a build never ships a list
 * the app would refuse. Imports name their `.ts` files: Vite loads this module with its config.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import {
  readReports,
  reportTextFile,
  type PublishedReport,
  type ReportFacts,
} from '../src/lib/domain/reports.ts';
import { readIndicators } from '../src/lib/domain/indicators.ts';
import { todayIso } from '../src/lib/domain/progress.ts';

/** The files published as they are, by published name, relative to geodata/. */
export const GEODATA_FILES: Record<string, string> = {
  'projects.geojson': 'projects.geojson',
  'xifeng-boundary.geojson': 'xifeng-boundary.geojson',
  'qingyang-counties.geojson': 'qingyang-counties.geojson',
  'townships.geojson': 'townships.geojson',
};

export const REPORTS_FILE = 'reports.json';
/** The report's numeric goals that are not projects, for the promises view; [] without the source. */
export const INDICATORS_FILE = 'indicators.json';
const INDICATORS_SOURCE = 'geodata/src/indicators.yaml';
const REGISTRY = 'geodata/reports.yaml';

const CONTENT_TYPES: Record<string, string> = {
  geojson: 'application/geo+json; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

type Entry = Record<string, unknown>;

/** The registry's entries as written; a file that does not parse is reported when reports.json is read. */
function registryEntries(root: string): { entries: Entry[]; problem: string | null } {
  try {
    const parsed: unknown = parse(readFileSync(join(root, REGISTRY), 'utf8'));
    return { entries: Array.isArray(parsed) ? (parsed as Entry[]) : [], problem: null };
  } catch (error) {
    return { entries: [], problem: reason(error) };
  }
}

/** An entry as the app reads it: the registry's fields but `file`, which becomes the published name. */
function published(entry: Entry): Partial<PublishedReport> {
  const { id, title_zh, title_en, year, delivered } = (entry ?? {}) as Partial<ReportFacts>;
  return {
    id,
    title_zh,
    title_en,
    year,
    delivered,
    file: typeof id === 'string' ? reportTextFile(id) : undefined,
  };
}

/**
 * Every file the app fetches from data/, by published name, each with how to read it from the
 * repository at `root`. A reader throws when its file is missing, or, for reports.json, when the
 * list would not pass the app's check.
 */
export function publishedFiles(root: string): Map<string, () => Buffer | string> {
  const files = new Map<string, () => Buffer | string>(
    Object.entries(GEODATA_FILES).map(([name, file]) => [
      name,
      () => readFileSync(join(root, 'geodata', file)),
    ]),
  );
  const { entries, problem } = registryEntries(root);
  files.set(REPORTS_FILE, () => {
    const list = entries.map(published);
    const read = problem === null ? readReports(list) : { reports: null, problem };
    if (read.reports === null) throw new Error(`${REGISTRY}: ${read.problem} — run npm run data:check`);
    return `${JSON.stringify(read.reports, null, 2)}\n`;
  });
  files.set(INDICATORS_FILE, () => `${JSON.stringify(indicatorsOf(root))}\n`);
  for (const entry of entries) {
    const { id, file } = entry ?? {};
    if (typeof id === 'string' && typeof file === 'string')
      files.set(reportTextFile(id), () => readFileSync(join(root, file)));
  }
  return files;
}

/** The indicators as the app reads them; a source the app would refuse is not published. */
function indicatorsOf(root: string): unknown[] {
  const path = join(root, INDICATORS_SOURCE);
  if (!existsSync(path)) return [];
  const { indicators, problems } = readIndicators(parse(readFileSync(path, 'utf8')), todayIso());
  if (problems.length > 0)
    throw new Error(`${INDICATORS_SOURCE}: ${problems[0]!.message} — run npm run data:check`);
  return indicators;
}

function reason(error: unknown): string {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT')
    return `${(error as NodeJS.ErrnoException).path} is missing: run npm run data:build (or npm run geodata:build)`;
  return error instanceof Error ? error.message : String(error);
}

/** `root` is the repository whose geodata/ is published (the editor points it at a copy). */
export function publishGeodata(root = process.cwd()): Plugin {
  return {
    name: 'publish-geodata',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([\w.-]+)$/.exec((req.url ?? '').split('?')[0]!);
        const read = match ? publishedFiles(root).get(match[1]!) : undefined;
        if (!read) return next();
        let body: Buffer | string;
        try {
          body = read();
        } catch (error) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(`data/${match![1]}: ${reason(error)}`);
          return;
        }
        res.setHeader(
          'Content-Type',
          CONTENT_TYPES[match![1]!.split('.').pop()!] ?? 'application/octet-stream',
        );
        res.end(body);
      });
    },
    generateBundle() {
      for (const [name, read] of publishedFiles(root)) {
        let source: Buffer | string;
        try {
          source = read();
        } catch (error) {
          this.error(`data/${name}: ${reason(error)}`);
        }
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
      }
    },
  };
}
