/**
 * Every name on the map, and the order in which they claim their place. MapLibre places symbols
 * from the top layer down, each avoiding what was placed before it (its collision index), so the
 * draw order below is also the priority, read backwards:
 *   1. the badge and cluster numbers (project-layers.ts, above all names: always drawn);
 *   2. the selected project's name;
 *   3. the township names (the larger townships first);
 *   4. the district's name;
 *   5. the neighbouring counties' names.
 * No name uses `allow-overlap`: a name that finds no free place is left out at that zoom. The
 * names lie above every line and area, and under the numbers only (which they never overlap).
 */
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Lang } from '../i18n/lookup.ts';
import type { ProjectFeature } from '../domain/project.ts';
import { districtLabelLayer, LABEL_FONTS, neighbourLabelLayer } from './base-style.ts';
import { projectCountLayers } from './project-layers.ts';
import { BASE_COLOURS, MARK_COLOURS } from '../palette.ts';

/** From this zoom the townships have their full names (肖金镇); below it the short ones (肖金). */
export const FULL_NAMES_FROM = 11;

const field = (lang: Lang, name: 'name' | 'short'): ExpressionSpecification => ['get', `${name}_${lang}`];

export function townshipLabelLayer(lang: Lang, large = false): LayerSpecification {
  return {
    id: 'township-labels',
    type: 'symbol',
    source: 'township-labels',
    minzoom: 7,
    layout: {
      'text-field': ['step', ['zoom'], field(lang, 'short'), FULL_NAMES_FROM, field(lang, 'name')],
      'text-font': LABEL_FONTS,
      'text-size': large ? 17 : 13,
      'text-max-width': 7,
      'symbol-sort-key': ['get', 'rank'],
      // In the middle of the township if that place is free, else at one of eight places around it
      // (a badge is often there): 1.2 em out clears a badge's padded box; less placed fewer names.
      'text-variable-anchor': [
        'center',
        'top',
        'bottom',
        'left',
        'right',
        'top-left',
        'top-right',
        'bottom-left',
        'bottom-right',
      ],
      'text-radial-offset': 1.2,
      'text-padding': 3,
    },
    paint: {
      'text-color': BASE_COLOURS.townshipText,
      'text-halo-color': BASE_COLOURS.halo,
      'text-halo-width': 1.5,
    },
  };
}

export function selectedLabelLayer(lang: Lang, large = false): LayerSpecification {
  return {
    id: 'selected-label',
    type: 'symbol',
    source: 'selected-label',
    layout: {
      'text-field': field(lang, 'name'),
      'text-font': LABEL_FONTS,
      'text-size': large ? 18 : 14,
      'text-max-width': 12,
      // Beside the marker (or the badge, whose numbers' place is padded to its rim), never on it.
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 1.4,
      'text-justify': 'auto',
    },
    paint: {
      'text-color': MARK_COLOURS.selected,
      'text-halo-color': BASE_COLOURS.halo,
      'text-halo-width': 2,
    },
  };
}

/** The name layers in draw order (the last is placed first: see the top of this file). */
export function labelLayers(lang: Lang, large = false): LayerSpecification[] {
  return [
    neighbourLabelLayer(lang, large),
    districtLabelLayer(lang, large),
    townshipLabelLayer(lang, large),
    selectedLabelLayer(lang, large),
  ];
}

/**
 * Follows the language and the large-text mode without reloading the style: every layout
 * property of the names and numbers is set again (MapLibre ignores a value that did not change).
 */
export function applyLabels(map: MapLibreMap, lang: Lang, large: boolean): void {
  for (const layer of [...labelLayers(lang, large), ...projectCountLayers(large)]) {
    if (!map.getLayer(layer.id) || !('layout' in layer) || !layer.layout) continue;
    // Typed loosely: the values come from the layer builders above, which the spec test checks.
    const set = map.setLayoutProperty.bind(map) as (layer: string, name: string, value: unknown) => void;
    for (const [name, value] of Object.entries(layer.layout)) set(layer.id, name, value);
  }
}

/** Where the selected project's name goes: its point, its line's middle vertex, or none. */
export function selectedLabel(project: ProjectFeature | null): FeatureCollection<Point> {
  const g = project?.geometry;
  const at =
    g?.type === 'Point'
      ? g.coordinates
      : g?.type === 'MultiPoint'
        ? g.coordinates[0]
        : g?.type === 'LineString'
          ? g.coordinates[Math.floor(g.coordinates.length / 2)]
          : g?.type === 'MultiLineString'
            ? g.coordinates[0]?.[Math.floor((g.coordinates[0]?.length ?? 0) / 2)]
            : undefined;
  if (!project || !at) return { type: 'FeatureCollection', features: [] };
  const { name_zh, name_en } = project.properties;
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name_zh, name_en }, geometry: { type: 'Point', coordinates: at } },
    ],
  };
}
