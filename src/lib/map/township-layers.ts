/**
 * The township areas: faint outlines, marked as schematic when they are
 * (geodata/townships.geojson carries `schematic: true` unless official boundaries were dropped in).
 * Their names are in label-layers.ts, with the other names.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { perFeature } from './shared-programs.ts';
import { BASE_COLOURS } from '../palette.ts';

export function townshipLayers(): LayerSpecification[] {
  return [
    {
      id: 'township-lines-official',
      type: 'line',
      source: 'township-areas',
      minzoom: 9,
      filter: ['!=', ['get', 'schematic'], true],
      paint: { 'line-color': BASE_COLOURS.townshipLine, 'line-width': 1 },
    },
    {
      // Dashed: a schematic line must not look like an official boundary.
      id: 'township-lines-schematic',
      type: 'line',
      source: 'township-areas',
      minzoom: 9,
      filter: ['==', ['get', 'schematic'], true],
      // Per feature, like the approximate project lines: both dashed layers share one program.
      paint: {
        'line-color': perFeature(BASE_COLOURS.townshipLine),
        'line-width': perFeature(1),
        'line-dasharray': [3, 2],
      },
    },
  ];
}
