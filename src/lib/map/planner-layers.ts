/**
 * The planner's view on the map (view=gaps), as pure style-spec builders: the hexagonal coverage
 * grid coloured by distance to the nearest project of the chosen kind, cells beyond the threshold
 * drawn strong and the others faint; or a choropleth of project counts on the township areas,
 * dashed where the areas are schematic. Both sources start empty; MapView fills them.
 */
import { perFeature } from './shared-programs.ts';
import { COUNT_STOPS, DISTANCE_STOPS, MARK_COLOURS, UNKNOWN_FILL } from '../palette.ts';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export const PLANNER_SOURCES = { grid: 'coverage-grid', choropleth: 'township-choropleth' } as const;
export const GRID_LAYERS = ['coverage-grid-fill', 'coverage-grid-line'];
export const CHOROPLETH_LAYERS = ['township-choropleth-fill'];
/** The planner's layers lie over the district and under the township lines and the projects. */
export const PLANNER_BELOW = 'township-lines-official';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function plannerSourceSpecs(): Record<string, SourceSpecification> {
  return {
    [PLANNER_SOURCES.grid]: { type: 'geojson', data: empty },
    [PLANNER_SOURCES.choropleth]: { type: 'geojson', data: empty },
  };
}

const interpolate = (property: string, stops: [number, string][]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['get', property], ...stops.flat()] as unknown as ExpressionSpecification;

/** Beyond the threshold (or with no project at all): strong; within it: faint. */
export function beyondOpacity(thresholdKm: number): ExpressionSpecification {
  return [
    'case',
    ['==', ['get', 'distance_km'], null],
    0.75,
    ['>', ['get', 'distance_km'], thresholdKm],
    0.75,
    0.15,
  ];
}

export function plannerLayers(thresholdKm = 5): LayerSpecification[] {
  return [
    {
      id: 'coverage-grid-fill',
      type: 'fill',
      source: PLANNER_SOURCES.grid,
      layout: { visibility: 'none' },
      paint: {
        'fill-color': [
          'case',
          ['==', ['get', 'distance_km'], null],
          DISTANCE_STOPS.at(-1)![1],
          interpolate('distance_km', DISTANCE_STOPS),
        ],
        'fill-opacity': beyondOpacity(thresholdKm),
        'fill-antialias': false,
      },
    },
    {
      id: 'coverage-grid-line',
      type: 'line',
      source: PLANNER_SOURCES.grid,
      layout: { visibility: 'none' },
      paint: { 'line-color': MARK_COLOURS.rim, 'line-width': 0.5, 'line-opacity': 0.6 },
    },
    {
      id: 'township-choropleth-fill',
      type: 'fill',
      source: PLANNER_SOURCES.choropleth,
      layout: { visibility: 'none' },
      // Opacity per feature, as the grid's: the two share one fill program.
      paint: {
        // The chosen measure; grey where a township's population or area is not known.
        'fill-color': [
          'case',
          ['==', ['get', 'value'], null],
          UNKNOWN_FILL,
          interpolate('value', COUNT_STOPS),
        ],
        'fill-opacity': perFeature(0.7),
        'fill-antialias': false,
      },
    },
  ];
}
