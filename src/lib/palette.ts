/**
 * Every colour of the map and of the panels that explain it (legend, list, filters, bars), in one
 * place: the map's layers (`map/`) and the page (`ui/`) both read it, so a swatch in the legend is
 * the colour on the map by construction. Colour is never the only cue: precision is shown by form,
 * every area and status is also named, and the stalled bars are striped for grey print.
 */
import type { StatusGroupKey } from './domain/status-groups.ts';
import type { AreaKey } from './domain/vocabulary.ts';

/**
 * The five task areas, from the Okabe–Ito palette (distinguishable with the common forms of colour
 * blindness).
 */
export const AREA_COLOURS: Record<AreaKey, string> = {
  city: '#0072B2', // blue
  rural: '#E69F00', // orange
  economy: '#CC79A7', // reddish purple
  ecology: '#009E73', // bluish green
  livelihood: '#56B4E9', // sky blue
};
/** A feature whose area is none of the five (only bad data would have one). */
export const AREA_UNKNOWN = '#555555';

/**
 * The groups of a record's latest status, on the map's status dots, in the legend and in the bars.
 * `none` has no dot on the map; its light grey keeps the bars readable in grey print, where the
 * other four differ in darkness.
 */
export const STATUS_COLOURS = {
  done: '#1a7f3c',
  underway: '#c27c00',
  other: '#27466b',
  stalled: '#b3261e',
  none: '#d3d8dd',
} as const satisfies Record<StatusGroupKey, string>;

/** The offline basemap: the district, its Qingyang neighbours, the township lines, their names. */
export const BASE_COLOURS = {
  background: '#e9edf0',
  neighbourFill: '#f4f5f6',
  neighbourLine: '#b9c0c6',
  neighbourText: '#7b848c',
  districtFill: '#fdfcf8',
  districtLine: '#4b5560',
  districtText: '#3b444d',
  townshipLine: '#8a949c',
  townshipText: '#3f4a54',
  halo: '#ffffff',
} as const;

/** The marks drawn over the basemap, apart from the areas' and statuses' colours. */
export const MARK_COLOURS = {
  /** The white rim and casing that lift a mark off the basemap, and a village ring's inside. */
  rim: '#ffffff',
  /** The selected project: its rim, its badge's rim and its name. */
  selected: '#111111',
  /** The township badges' areas, and the rim of a badge that holds no selected project. */
  badge: '#5f6b76',
  /** A badge's count, and the second ring of a badge that merges several seats. */
  badgeInk: '#2f3a44',
  /** The clusters of exact and near points (their counts are drawn in `rim`). */
  cluster: '#37424c',
  /** The line through the editor's draft points while a road is drawn. */
  draft: '#c2410c',
} as const;

/** The planner's grid: distance (km) to the nearest project → a sequential yellow–red scale. */
export const DISTANCE_STOPS: [number, string][] = [
  [0, '#ffffb2'],
  [2, '#fecc5c'],
  [5, '#fd8d3c'],
  [8, '#f03b20'],
  [12, '#bd0026'],
];
/** The planner's township choropleth: a count or measure → a sequential blue scale. */
export const COUNT_STOPS: [number, string][] = [
  [0, '#f7fbff'],
  [1, '#c6dbef'],
  [3, '#6baed6'],
  [6, '#2171b5'],
  [10, '#08306b'],
];
/** A township whose measure is unknown (its population or area was not found). */
export const UNKNOWN_FILL = '#bdbdbd';
