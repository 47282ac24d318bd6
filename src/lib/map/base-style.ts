/**
 * The offline basemap as pure functions returning style-spec objects: the district, its
 * Qingyang neighbours and their names, all from the project's own GeoJSON. No tile, glyph or
 * sprite URL: labels are drawn with the browser's fonts, so nothing leaves the serving origin.
 * Array order is draw order.
 */
import type {
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
  ExpressionSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Lang } from '../i18n/messages.ts';
import { BASE_COLOURS } from '../palette.ts';

export const XIFENG_CODE = '621002';

/** The fonts MapLibre asks the browser for; the first installed one draws. */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'sans-serif'];

export interface BaseData {
  boundary: FeatureCollection;
  counties: FeatureCollection;
}

const nameIn = (lang: Lang): ExpressionSpecification => ['get', lang === 'zh' ? 'name_zh' : 'name_en'];

/** One label point a county, at the position the outline source gives (`label`), so a name is drawn once. */
export function countyLabelPoints(counties: FeatureCollection): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: counties.features.flatMap((f) => {
      const label = f.properties?.label as [number, number] | undefined;
      return label
        ? [
            {
              type: 'Feature',
              properties: { ...f.properties },
              geometry: { type: 'Point', coordinates: label },
            },
          ]
        : [];
    }),
  };
}

export function baseSources(data: BaseData): Record<string, SourceSpecification> {
  return {
    counties: { type: 'geojson', data: data.counties },
    district: { type: 'geojson', data: data.boundary },
    'county-labels': { type: 'geojson', data: countyLabelPoints(data.counties) },
  };
}

export function baseLayers(): LayerSpecification[] {
  const neighbours: ExpressionSpecification = ['!=', ['get', 'code'], XIFENG_CODE];
  return [
    { id: 'background', type: 'background', paint: { 'background-color': BASE_COLOURS.background } },
    {
      id: 'neighbours-fill',
      type: 'fill',
      source: 'counties',
      filter: neighbours,
      // No antialiasing pass: the line layer draws the edge, and the pass is a program of its own.
      paint: { 'fill-color': BASE_COLOURS.neighbourFill, 'fill-antialias': false },
    },
    {
      id: 'neighbours-line',
      type: 'line',
      source: 'counties',
      filter: neighbours,
      paint: { 'line-color': BASE_COLOURS.neighbourLine, 'line-width': 1 },
    },
    {
      id: 'district-fill',
      type: 'fill',
      source: 'district',
      paint: { 'fill-color': BASE_COLOURS.districtFill, 'fill-antialias': false },
    },
    {
      id: 'district-line',
      type: 'line',
      source: 'district',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': BASE_COLOURS.districtLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 13, 3],
      },
    },
  ];
}

/** The neighbouring counties' names: the last to be placed (label-layers.ts), so they give way to all else. */
export function neighbourLabelLayer(lang: Lang, large = false): LayerSpecification {
  return {
    id: 'neighbour-labels',
    type: 'symbol',
    source: 'county-labels',
    filter: ['!=', ['get', 'code'], XIFENG_CODE],
    layout: { 'text-field': nameIn(lang), 'text-font': LABEL_FONTS, 'text-size': large ? 17 : 14 },
    paint: {
      'text-color': BASE_COLOURS.neighbourText,
      'text-halo-color': BASE_COLOURS.halo,
      'text-halo-width': 1.5,
    },
  };
}

/**
 * The district's own name, over the north of the district. It gives way to the badges and the
 * township names (placed before it, label-layers.ts): it was once drawn over a badge's number.
 */
export function districtLabelLayer(lang: Lang, large = false): LayerSpecification {
  return {
    id: 'district-label',
    type: 'symbol',
    source: 'county-labels',
    filter: ['==', ['get', 'code'], XIFENG_CODE],
    maxzoom: 11,
    layout: {
      'text-field': nameIn(lang),
      'text-font': LABEL_FONTS,
      'text-size': ['interpolate', ['linear'], ['zoom'], 8, large ? 21 : 18, 11, large ? 28 : 24],
      'text-letter-spacing': lang === 'zh' ? 0.3 : 0.05,
      // Lifted north of its label point, which sits on the city where the projects gather; where a
      // badge or a township's name is there, further north, then north-west or north-east.
      'text-variable-anchor-offset': [
        'center',
        [0, -5],
        'center',
        [0, -7.5],
        'center',
        [-5, -3],
        'center',
        [5, -3],
      ],
    },
    paint: {
      'text-color': BASE_COLOURS.districtText,
      'text-opacity': 0.75,
      'text-halo-color': BASE_COLOURS.halo,
      'text-halo-width': 2,
    },
  };
}

export function buildStyle(data: BaseData, lang: Lang): StyleSpecification {
  return {
    version: 8,
    name: 'xifeng-offline',
    sources: baseSources(data),
    layers: [...baseLayers(), neighbourLabelLayer(lang), districtLabelLayer(lang)],
  };
}
