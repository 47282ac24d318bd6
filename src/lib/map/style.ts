/**
 * The whole map style: the offline basemap, the planner's layers (hidden until view=gaps), the
 * township areas, the projects, and the district's
 * name on top. Pure; validated against the style spec in tests/unit/map/.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../i18n/messages.ts';
import { baseLayers, baseSources, districtLabelLayer, type BaseData } from './base-style.ts';
import { projectLayers, projectSourceSpecs } from './project-layers.ts';
import type { ProjectSources } from './project-sources.ts';
import { townshipLayers } from './township-layers.ts';
import { gapLayers, gapSourceSpecs } from './gap-layers.ts';

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
  };
}

export function fullStyle(data: MapData, projects: ProjectSources, lang: Lang): StyleSpecification {
  return {
    version: 8,
    name: 'xifeng-report-map',
    sources: {
      ...geodataSources(data),
      ...gapSourceSpecs(),
      ...projectSourceSpecs(projects),
    },
    // The planner's layers lie over the district and under the township lines and the projects.
    layers: [
      ...baseLayers(lang),
      ...gapLayers(),
      ...townshipLayers(lang),
      ...projectLayers(),
      districtLabelLayer(lang),
    ],
  };
}

/** The label layers whose text follows the language. */
export const LABEL_LAYERS = ['neighbour-labels', 'township-labels', 'district-label'];
