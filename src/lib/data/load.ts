/**
 * Reads the data files published beside the app (`data/*.geojson`, see scripts/vite-publish-geodata.ts).
 * URLs are resolved against the page, so the site works from any sub-path.
 */
import type { FeatureCollection } from 'geojson';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function dataUrl(file: string, base: string = document.baseURI): string {
  return new URL(`data/${file}`, base).href;
}

export async function fetchJson<T>(file: string, fetcher: typeof fetch = fetch): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(dataUrl(file));
  } catch (error) {
    throw new DataLoadError(file, `network error (${(error as Error).message})`);
  }
  if (!response.ok) throw new DataLoadError(file, `HTTP ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new DataLoadError(file, 'not valid JSON');
  }
}

export interface BaseGeodata {
  boundary: FeatureCollection;
  counties: FeatureCollection;
}

export async function loadBaseGeodata(fetcher: typeof fetch = fetch): Promise<BaseGeodata> {
  const [boundary, counties] = await Promise.all([
    fetchJson<FeatureCollection>('xifeng-boundary.geojson', fetcher),
    fetchJson<FeatureCollection>('qingyang-counties.geojson', fetcher),
  ]);
  return { boundary, counties };
}
