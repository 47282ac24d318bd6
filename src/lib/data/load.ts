/**
 * Reads the data files published beside the app (`data/*`, see scripts/vite-publish-geodata.ts).
 * URLs are resolved against the page, so the site works from any sub-path. The projects are
 * validated on arrival: the valid ones are shown, the others listed in a notice. The list of reports
 * is checked whole: without it no record can be dated or read, so a bad one stops the load with a
 * message naming it, as an unreadable file does.
 */
import type { FeatureCollection } from 'geojson';
import { validateProjects, type Problem } from '../domain/validate-projects.ts';
import type { ProjectFeature } from '../domain/project.ts';
import { readReports, type PublishedReport } from '../domain/reports.ts';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function dataUrl(file: string, base: string = document.baseURI, folder = 'data/'): string {
  return new URL(`${folder}${file}`, base).href;
}

async function fetchOk(file: string, fetcher: typeof fetch, folder = 'data/'): Promise<Response> {
  let response: Response;
  try {
    response = await fetcher(dataUrl(file, document.baseURI, folder));
  } catch (error) {
    throw new DataLoadError(file, `network error (${(error as Error).message})`);
  }
  if (!response.ok) throw new DataLoadError(file, `HTTP ${response.status}`);
  return response;
}

/** Reads `<folder><file>` beside the page as JSON; `folder` is `data/` unless given. */
export async function fetchJson<T>(
  file: string,
  fetcher: typeof fetch = fetch,
  folder = 'data/',
): Promise<T> {
  const response = await fetchOk(file, fetcher, folder);
  try {
    return (await response.json()) as T;
  } catch {
    throw new DataLoadError(file, 'not valid JSON');
  }
}

export async function fetchText(file: string, fetcher: typeof fetch = fetch): Promise<string> {
  return (await fetchOk(file, fetcher)).text();
}

export interface AppData {
  boundary: FeatureCollection;
  counties: FeatureCollection;
  townshipAreas: FeatureCollection;
  projects: ProjectFeature[];
  problems: Problem[];
  /** In registry order: the first is the report a link without `report` opens. */
  reports: PublishedReport[];
}

export async function loadAppData(fetcher: typeof fetch = fetch): Promise<AppData> {
  const [boundary, counties, townshipAreas, rawProjects, rawReports] = await Promise.all([
    fetchJson<FeatureCollection>('xifeng-boundary.geojson', fetcher),
    fetchJson<FeatureCollection>('qingyang-counties.geojson', fetcher),
    fetchJson<FeatureCollection>('townships.geojson', fetcher),
    fetchJson<unknown>('projects.geojson', fetcher),
    fetchJson<unknown>('reports.json', fetcher),
  ]);
  const { reports, problem } = readReports(rawReports);
  if (reports === null) throw new DataLoadError('reports.json', problem);
  const reportYears = new Map(reports.map((r) => [r.id, r.year]));
  const { valid, problems } = validateProjects(rawProjects, undefined, reportYears);
  return { boundary, counties, townshipAreas, projects: valid, problems, reports };
}
