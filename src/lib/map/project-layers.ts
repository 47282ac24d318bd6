/**
 * The project layers as pure functions returning style-spec objects (array order = draw order).
 * Colour tells the task area; form tells the precision, never colour alone:
 *   exact    a solid dot with a white rim;
 *   near     a solid dot inside a soft halo (within about 1 km);
 *   village  a hollow ring (placed at the village, not the site);
 *   township a white badge with a count in a faint ring, at the township seat (project-sources.ts);
 *            where seats crowd, one badge with a second, dark ring stands for several (badge-merge.ts);
 *   lines    solid when placed at exact/near precision, dashed otherwise.
 * The selected and hovered projects are raised through feature state (`selected`, `hover`).
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import { groupStatuses } from '../domain/status-groups.ts';
import { AREA_COLOURS, AREA_UNKNOWN, MARK_COLOURS, STATUS_COLOURS } from '../palette.ts';
import { LABEL_FONTS } from './base-style.ts';
import { perFeature } from './shared-programs.ts';
import { badgeStroke } from './badge-highlight.ts';
import { BADGE_AREA_RADIUS, BADGE_RADIUS, standalone } from './badge-merge.ts';
import type { ProjectSources } from './project-sources.ts';

export const PROJECT_SOURCE_IDS = {
  markers: 'project-markers',
  lines: 'project-lines',
  badges: 'township-badges',
};
export const INTERACTIVE_LAYERS = ['project-points', 'project-lines', 'township-badges', 'project-clusters'];
/** Clusters dissolve at this zoom: every marker is visible from here on. */
export const CLUSTER_MAX_ZOOM = 12;
/** Pixels within which markers are gathered into one cluster. */
export const CLUSTER_RADIUS = 36;

const areaColour: ExpressionSpecification = [
  'match',
  ['get', 'area'],
  ...Object.entries(AREA_COLOURS).flat(),
  AREA_UNKNOWN,
] as unknown as ExpressionSpecification;

const state = (key: 'selected' | 'hover'): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];
const emphasised: ExpressionSpecification = ['any', state('selected'), state('hover')];
const precisionIs = (...values: string[]): ExpressionSpecification => [
  'in',
  ['get', 'precision'],
  ['literal', values],
];

export function projectSourceSpecs(sources: ProjectSources): Record<string, SourceSpecification> {
  return {
    [PROJECT_SOURCE_IDS.markers]: {
      type: 'geojson',
      data: sources.markers,
      cluster: true,
      clusterRadius: CLUSTER_RADIUS,
      clusterMaxZoom: CLUSTER_MAX_ZOOM - 1,
      promoteId: 'id',
    },
    [PROJECT_SOURCE_IDS.lines]: { type: 'geojson', data: sources.lines, promoteId: 'id' },
    [PROJECT_SOURCE_IDS.badges]: { type: 'geojson', data: standalone(sources.badges) },
  };
}

const radius = (normal: number, raised: number): DataDrivenPropertyValueSpecification<number> => [
  'case',
  emphasised,
  raised,
  normal,
];

/**
 * Draw order (array order): the project lines first, under every point and badge, so no line
 * crosses a number; then the badges and the markers (circles); the numbers come last, in
 * projectCountLayers, above the names (label-layers.ts). Placement runs from the top layer down,
 * so the numbers are placed before any name, and the names give way to them.
 */
export function projectLayers(large = false): LayerSpecification[] {
  return [...projectLineLayers(), ...projectPointLayers(), ...projectCountLayers(large)];
}

export function projectLineLayers(): LayerSpecification[] {
  return [
    {
      // From the zoom where clusters dissolve: below it a casing doubles the work of every line
      // (half a second at 100,000 projects) for a rim too thin to see at district scale.
      id: 'project-lines-casing',
      type: 'line',
      minzoom: CLUSTER_MAX_ZOOM,
      source: PROJECT_SOURCE_IDS.lines,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': perFeature(MARK_COLOURS.rim), 'line-width': radius(6, 9) },
    },
    {
      id: 'project-lines',
      type: 'line',
      source: PROJECT_SOURCE_IDS.lines,
      filter: precisionIs('exact', 'near'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': areaColour, 'line-width': radius(3.5, 6) },
    },
    {
      id: 'project-lines-approximate',
      type: 'line',
      source: PROJECT_SOURCE_IDS.lines,
      filter: ['!', precisionIs('exact', 'near')],
      paint: { 'line-color': areaColour, 'line-width': radius(3.5, 6), 'line-dasharray': [2, 1.5] },
    },
  ];
}

/** The badges' rim when nothing is selected (the selection's effect in MapView sets it after). */
const UNSELECTED_RIM = badgeStroke(null);

export function projectPointLayers(): LayerSpecification[] {
  const unclustered: ExpressionSpecification = ['!', ['has', 'point_count']];
  return [
    {
      // The faint area around a badge: the projects are somewhere in the township, not at the seat.
      id: 'township-badge-areas',
      type: 'circle',
      source: PROJECT_SOURCE_IDS.badges,
      paint: {
        'circle-radius': perFeature(BADGE_AREA_RADIUS),
        'circle-color': perFeature(MARK_COLOURS.badge),
        'circle-opacity': 0.1,
        'circle-stroke-color': perFeature(MARK_COLOURS.badge),
        'circle-stroke-width': perFeature(1),
        'circle-stroke-opacity': 0.6,
      },
    },
    {
      // A badge that merges several seats (badge-merge.ts) gets a second, dark ring: it opens on a
      // click into the list of its townships, or into its parts as the map zooms in.
      id: 'township-badge-merged',
      type: 'circle',
      source: PROJECT_SOURCE_IDS.badges,
      filter: ['>', ['get', 'seats'], 1],
      paint: {
        'circle-radius': perFeature(BADGE_AREA_RADIUS - 1),
        'circle-color': perFeature(MARK_COLOURS.rim),
        'circle-opacity': 0.6,
        'circle-stroke-color': perFeature(MARK_COLOURS.badgeInk),
        'circle-stroke-width': perFeature(2),
        'circle-stroke-opacity': 1,
      },
    },
    {
      id: 'township-badges',
      type: 'circle',
      source: PROJECT_SOURCE_IDS.badges,
      paint: {
        'circle-radius': perFeature(BADGE_RADIUS),
        'circle-color': perFeature(MARK_COLOURS.rim),
        'circle-opacity': 1,
        'circle-stroke-color': UNSELECTED_RIM.color,
        'circle-stroke-width': UNSELECTED_RIM.width,
        'circle-stroke-opacity': 1,
      },
    },
    {
      id: 'project-clusters',
      type: 'circle',
      source: PROJECT_SOURCE_IDS.markers,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': perFeature(MARK_COLOURS.cluster),
        'circle-radius': ['step', ['get', 'point_count'], 14, 5, 17, 15, 21],
        'circle-stroke-color': perFeature(MARK_COLOURS.rim),
        'circle-stroke-width': perFeature(2),
      },
    },
    {
      id: 'project-point-halos',
      type: 'circle',
      source: PROJECT_SOURCE_IDS.markers,
      filter: ['all', unclustered, precisionIs('near')],
      paint: {
        'circle-radius': radius(15, 19),
        'circle-color': areaColour,
        'circle-opacity': 0.25,
        'circle-stroke-color': perFeature(MARK_COLOURS.rim),
        'circle-stroke-width': perFeature(0),
      },
    },
    {
      id: 'project-points',
      type: 'circle',
      source: PROJECT_SOURCE_IDS.markers,
      filter: unclustered,
      paint: {
        'circle-radius': ['case', emphasised, 10, ['==', ['get', 'precision'], 'village'], 8, 6.5],
        // A village-level point is a ring: white inside, the area's colour around.
        'circle-color': ['case', ['==', ['get', 'precision'], 'village'], MARK_COLOURS.rim, areaColour],
        'circle-stroke-color': [
          'case',
          state('selected'),
          MARK_COLOURS.selected,
          ['==', ['get', 'precision'], 'village'],
          areaColour,
          MARK_COLOURS.rim,
        ],
        'circle-stroke-width': [
          'case',
          state('selected'),
          3,
          ['==', ['get', 'precision'], 'village'],
          3.5,
          2,
        ],
      },
    },
    {
      // The latest progress public reports give, as a small mark at the point's upper right:
      // filled for built or running, half-tone for under way, red for delayed or cancelled. The
      // legend and the detail say it in words.
      id: 'project-point-status',
      type: 'circle',
      source: PROJECT_SOURCE_IDS.markers,
      filter: ['all', unclustered, ['!=', ['get', 'status'], 'none']],
      paint: {
        'circle-radius': perFeature(4),
        'circle-translate': [7, -7],
        'circle-color': [
          'match',
          ['get', 'status'],
          groupStatuses('done'),
          STATUS_COLOURS.done,
          groupStatuses('underway'),
          STATUS_COLOURS.underway,
          groupStatuses('stalled'),
          STATUS_COLOURS.stalled,
          STATUS_COLOURS.other,
        ],
        'circle-stroke-color': perFeature(MARK_COLOURS.rim),
        'circle-stroke-width': perFeature(1.5),
      },
    },
  ];
}

/** The numbers of the badges and clusters: always drawn, and kept clear of the names. */
export function projectCountLayers(large = false): LayerSpecification[] {
  return [
    {
      id: 'township-badge-counts',
      type: 'symbol',
      source: PROJECT_SOURCE_IDS.badges,
      layout: {
        'text-field': ['to-string', ['get', 'count']],
        'text-font': LABEL_FONTS,
        'text-size': large ? 14 : 12,
        // Always shown, and a place-holder for the badge's whole area in the collision index, so
        // that every name placed after it (all of them: see label-layers.ts) stays off the badge.
        'text-allow-overlap': true,
        'text-padding': BADGE_AREA_RADIUS + 1 - (large ? 7 : 6),
      },
      paint: { 'text-color': MARK_COLOURS.badgeInk },
    },
    {
      id: 'project-cluster-counts',
      type: 'symbol',
      source: PROJECT_SOURCE_IDS.markers,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': LABEL_FONTS,
        'text-size': 13,
        'text-allow-overlap': true,
        // The smallest cluster's radius (14) and its rim, as for the badges above.
        'text-padding': 9,
      },
      paint: { 'text-color': MARK_COLOURS.rim },
    },
  ];
}
