/** The published geodata/ files the map is drawn from, read once for the map's unit tests. */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { ProjectFeature } from '../../src/lib/domain/project.ts';

const read = (file: string) => JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as FeatureCollection;

/** The outlines the style draws: the district, the neighbouring counties, the township areas. */
export const publishedMapData = {
  boundary: read('xifeng-boundary.geojson'),
  counties: read('qingyang-counties.geojson'),
  townshipAreas: read('townships.geojson'),
};

export const publishedProjects = read('projects.geojson').features as unknown as ProjectFeature[];
