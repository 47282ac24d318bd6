/**
 * The files of the app's first view, fetched at once from the app's `data/` beside the floor: both
 * floor pages read the same files the app reads, so their load times compare with the app's.
 */
import type { FeatureCollection } from 'geojson';
import type { ProjectCollection } from '../../../src/lib/domain/project.ts';

export interface FirstViewData {
  projects: ProjectCollection;
  boundary: FeatureCollection;
  counties: FeatureCollection;
  townshipAreas: FeatureCollection;
}

const get = async <T>(file: string): Promise<T> => (await fetch(`../data/${file}`)).json() as Promise<T>;

export async function firstViewData(): Promise<FirstViewData> {
  const [projects, boundary, counties, townshipAreas] = await Promise.all([
    get<ProjectCollection>('projects.geojson'),
    get<FeatureCollection>('xifeng-boundary.geojson'),
    get<FeatureCollection>('qingyang-counties.geojson'),
    get<FeatureCollection>('townships.geojson'),
  ]);
  return { projects, boundary, counties, townshipAreas };
}
