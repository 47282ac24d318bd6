/**
 * The five task-area colours, from the Okabe–Ito palette (distinguishable with the common
 * forms of colour blindness). Used alike by the map, the legend, the filters and the list.
 * Colour is never the only cue: precision is shown by form, and every area is also named.
 */
import type { AreaKey } from './vocabulary.ts';

export const AREA_COLOURS: Record<AreaKey, string> = {
  city: '#0072B2', // blue
  rural: '#E69F00', // orange
  economy: '#CC79A7', // reddish purple
  ecology: '#009E73', // bluish green
  livelihood: '#56B4E9', // sky blue
};
