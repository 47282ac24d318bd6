/**
 * The map style of the first view: the offline basemap, the township areas, the projects, and the
 * names (the planner's layers are added when the planner opens: bindings/planner.svelte.ts). Every line and area lies under every point and
 * badge; the names come after the markers and before the numbers (label-layers.ts says why).
 * Pure; validated against the style spec in tests/unit/map/.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../i18n/messages.ts';
import { baseLayers, baseSources, type BaseData } from './base-style.ts';
import {
  projectCountLayers,
  projectLineLayers,
  projectPointLayers,
  projectSourceSpecs,
} from './project-layers.ts';
import type { ProjectSources } from './project-sources.ts';
import { townshipLayers } from './township-layers.ts';
import { labelLayers } from './label-layers.ts';
import { townshipLabelPoints } from './township-places.ts';

export interface MapData extends BaseData {
  townshipAreas: FeatureCollection;
}

/**
 * The township areas as the map draws them: what the layers read (name, schematic) and no more. The
 * facts (population, area, their sources) stay with the app's own copy, out of the map's worker.
 */
function drawnTownships(areas: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: areas.features.map((f) => {
      const { code, name_zh, name_en, schematic } = f.properties ?? {};
      return { ...f, properties: { code, name_zh, name_en, schematic } };
    }),
  };
}

/** The sources of the base geodata (outlines, neighbours, township areas), as the style names them. */
export function geodataSources(data: MapData): StyleSpecification['sources'] {
  return {
    ...baseSources(data),
    'township-areas': { type: 'geojson', data: drawnTownships(data.townshipAreas) },
    'township-labels': { type: 'geojson', data: townshipLabelPoints(data.townshipAreas) },
  };
}

export function fullStyle(
  data: MapData,
  projects: ProjectSources,
  lang: Lang,
  large = false,
): StyleSpecification {
  return {
    version: 8,
    name: 'xifeng-report-map',
    sources: {
      ...geodataSources(data),
      ...projectSourceSpecs(projects),
      'selected-label': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      ...baseLayers(),
      ...townshipLayers(),
      ...projectLineLayers(),
      ...projectPointLayers(),
      ...labelLayers(lang, large),
      ...projectCountLayers(large),
    ],
  };
}
