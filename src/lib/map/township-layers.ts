/**
 * The township areas: faint outlines with names, marked as schematic when they are
 * (geodata/townships.geojson carries `schematic: true` unless official boundaries were dropped in).
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/messages.ts';
import { LABEL_FONTS } from './base-style.ts';
import { perFeature } from './shared-programs.ts';

export function townshipLayers(lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'township-lines-official',
      type: 'line',
      source: 'township-areas',
      minzoom: 9,
      filter: ['!=', ['get', 'schematic'], true],
      paint: { 'line-color': '#8a949c', 'line-width': 1 },
    },
    {
      // Dashed: a schematic line must not look like an official boundary.
      id: 'township-lines-schematic',
      type: 'line',
      source: 'township-areas',
      minzoom: 9,
      filter: ['==', ['get', 'schematic'], true],
      // Per feature, like the approximate project lines: both dashed layers share one program.
      paint: { 'line-color': perFeature('#8a949c'), 'line-width': perFeature(1), 'line-dasharray': [3, 2] },
    },
    {
      id: 'township-labels',
      type: 'symbol',
      source: 'township-areas',
      minzoom: 10,
      layout: {
        'text-field': ['get', lang === 'zh' ? 'name_zh' : 'name_en'],
        'text-font': LABEL_FONTS,
        'text-size': 13,
        'symbol-placement': 'point',
      },
      paint: { 'text-color': '#66717b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}
