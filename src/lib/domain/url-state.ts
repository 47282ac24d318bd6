/**
 * The URL is the source of truth for what the user sees (README, "What it does"): language, filters,
 * the open project, the map view, the mode, embedding and the elderly-friendly mode.
 *
 * Parsing is total: any string gives a valid state. Each parameter is read on its own and a
 * malformed one falls back to its default without touching the others, so a link that was
 * mangled by a chat app or hand-edited still opens as much of what was shared as it can.
 */
import { EMPTY_FILTERS, inCodeOrder, inVocabularyOrder, type Filters } from './filters.ts';
import { inPhaseOrder, PHASE_PATTERN } from './phases.ts';
import { AREAS, CATEGORIES, LATEST_STATUSES } from './vocabulary.ts';
import { DEFAULT_PLANNER, parsePlanner, plannerEntries, type PlannerSettings } from './planner-settings.ts';

export type Lang = 'zh' | 'en';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/**
 * What the report reader shows: a line of a report. `report` is null for the first registered report
 * (reports.json), so that a link made when there was only one report (`?line=65`) still opens it.
 */
export interface ReaderState {
  report: string | null;
  line: number;
}

export interface UrlState {
  lang: Lang;
  filters: Filters;
  /** The id of the project whose detail is open. */
  project: string | null;
  /** Null: the app's own initial view (fit to the district). */
  view: MapView | null;
  /** The URL's `view=`: the list and map, the planner's view (`gaps`) or the promises view. */
  mode: 'browse' | 'gaps' | 'promises';
  /**
   * The phase the promises view shows (`pphase=`); null: the latest report's tasks. Any phase form is
   * kept: one the records do not have is read as the default once the data is known.
   */
  promisesPhase: string | null;
  embed: boolean;
  a11y: 'large' | null;
  /** The report line open in the report reader. */
  reader: ReaderState | null;
  /** The planner's view's choices (planner-settings.ts). */
  planner: PlannerSettings;
  /** The person folded the map's legend (`legend=0`); unfolded by default where there is room. */
  legendFolded: boolean;
}

/** The state of a bare URL. Treat it as read-only: build new states with spread. */
export const DEFAULT_STATE: UrlState = {
  lang: 'zh',
  filters: EMPTY_FILTERS,
  project: null,
  view: null,
  mode: 'browse',
  promisesPhase: null,
  embed: false,
  a11y: null,
  reader: null,
  planner: DEFAULT_PLANNER,
  legendFolded: false,
};

/** Ids and codes the app knows; when given, a URL naming any other is read as not naming one. */
export interface KnownIds {
  projectIds?: ReadonlySet<string>;
  townshipCodes?: ReadonlySet<string>;
  /** The registered report ids, in order: the first is the one a URL without `report` means. */
  reportIds?: readonly string[];
  /** The phases the records have. */
  phases?: ReadonlySet<string>;
  /**
   * The year of the report the records quote, when there is only one: the planner's old links,
   * made when it named years (`gphase=2021`), are read by it (planner-settings.ts).
   */
  onlyReportYear?: number;
}

const PROJECT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TOWNSHIP_CODE = /^\d{9}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const LINE_NUMBER = /^\d{1,5}$/;
/** Code points, not UTF-16 units, so a cut never splits a character. */
const MAX_QUERY_LENGTH = 200;
const MAX_REPORT_LINE = 10000;

function listOf(value: string | null): string[] {
  return value === null ? [] : value.split(',').map((item) => item.trim());
}

function parseQuery(value: string | null): string {
  const trimmed = (value ?? '').trim();
  let cut = '';
  let count = 0;
  for (const char of trimmed) {
    if (count++ === MAX_QUERY_LENGTH) break;
    cut += char;
  }
  return cut.trimEnd();
}

/** A decimal in [min, max], rounded to `decimals`; `+ 0` turns a rounded -0 into 0. */
function boundedDecimal(text: string, min: number, max: number, decimals: number): number | null {
  if (!DECIMAL.test(text)) return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) return null;
  return Number(value.toFixed(decimals)) + 0;
}

function parseView(value: string | null): MapView | null {
  const parts = value?.split('/');
  if (parts?.length !== 3) return null;
  const [zoom, lat, lon] = parts as [string, string, string];
  const view = {
    zoom: boundedDecimal(zoom, 0, 22, 2),
    lat: boundedDecimal(lat, -90, 90, 5),
    lon: boundedDecimal(lon, -180, 180, 5),
  };
  if (view.zoom === null || view.lat === null || view.lon === null) return null;
  return { zoom: view.zoom, lat: view.lat, lon: view.lon };
}

/**
 * `line`, and `report` when it is not the first report. A line of a report the app does not know is
 * not opened at all: opening the first report at that line would show a sentence the link never meant.
 */
function parseReader(
  lineValue: string | null,
  reportValue: string | null,
  known: KnownIds,
): ReaderState | null {
  if (lineValue === null || !LINE_NUMBER.test(lineValue)) return null;
  const line = Number(lineValue);
  if (line < 1 || line > MAX_REPORT_LINE) return null;
  if (reportValue === null) return { report: null, line };
  if (!PROJECT_ID.test(reportValue)) return null;
  if (!known.reportIds) return { report: reportValue, line };
  if (!known.reportIds.includes(reportValue)) return null;
  return { report: reportValue === known.reportIds[0] ? null : reportValue, line };
}

function parseProject(value: string | null, known: KnownIds): string | null {
  if (value === null || !PROJECT_ID.test(value)) return null;
  return !known.projectIds || known.projectIds.has(value) ? value : null;
}

function parseTownships(value: string | null, known: KnownIds): string[] {
  const isKnown = (code: string) =>
    known.townshipCodes ? known.townshipCodes.has(code) : TOWNSHIP_CODE.test(code);
  return inCodeOrder(listOf(value).filter(isKnown));
}

function parseMode(value: string | null): UrlState['mode'] {
  return value === 'gaps' || value === 'promises' ? value : 'browse';
}

function parsePromisesPhase(value: string | null, known: KnownIds): string | null {
  if (value === null || !PHASE_PATTERN.test(value)) return null;
  return !known.phases || known.phases.has(value) ? value : null;
}

/**
 * Reads a query string (`location.search`, with or without its `?`). Never throws. A repeated
 * parameter counts once, by its first value (even when a later one would be valid).
 */
export function parseUrlState(search: string, known: KnownIds = {}): UrlState {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name);
  const lang = get('lang');
  return {
    lang: lang === 'en' || lang === 'zh' ? lang : DEFAULT_STATE.lang,
    filters: {
      areas: inVocabularyOrder(listOf(get('area')), AREAS),
      phases: inPhaseOrder(listOf(get('phase')).filter((key) => !known.phases || known.phases.has(key))),
      categories: inVocabularyOrder(listOf(get('category')), CATEGORIES),
      townships: parseTownships(get('township'), known),
      statuses: inVocabularyOrder(listOf(get('status')), LATEST_STATUSES),
      query: parseQuery(get('q')),
      preciseOnly: get('precise') === '1',
    },
    project: parseProject(get('project'), known),
    view: parseView(get('map')),
    mode: parseMode(get('view')),
    promisesPhase: parsePromisesPhase(get('pphase'), known),
    embed: get('embed') === '1',
    a11y: get('a11y') === 'large' ? 'large' : null,
    reader: parseReader(get('line'), get('report'), known),
    planner: parsePlanner(get, known.onlyReportYear),
    legendFolded: get('legend') === '0',
  };
}

/**
 * Form-encodes a value (never throws, even on a lone surrogate), but leaves "," and "/" readable:
 * they separate list items and the parts of `map`, and a query string allows them as they are.
 */
function encodeValue(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2).replace(/%2C/g, ',').replace(/%2F/g, '/');
}

/**
 * Writes the state as a query string: `?` and the parameters in a fixed order, defaults left out,
 * `''` when everything is default. Equal states give equal strings, and
 * `parseUrlState(serializeUrlState(s))` gives back `s` for every state `parseUrlState` can return.
 */
export function serializeUrlState(state: UrlState): string {
  const { filters, view } = state;
  const entries: [string, string | null][] = [
    ['lang', state.lang === DEFAULT_STATE.lang ? null : state.lang],
    ['view', state.mode === 'browse' ? null : state.mode],
    ['pphase', state.promisesPhase],
    ['area', filters.areas.join(',') || null],
    ['phase', filters.phases.join(',') || null],
    ['category', filters.categories.join(',') || null],
    ['township', filters.townships.join(',') || null],
    ['status', filters.statuses.join(',') || null],
    ['precise', filters.preciseOnly ? '1' : null],
    ['q', filters.query || null],
    ['project', state.project],
    ['report', state.reader?.report ?? null],
    ['line', state.reader === null ? null : String(state.reader.line)],
    ['map', view === null ? null : `${view.zoom}/${view.lat}/${view.lon}`],
    ['a11y', state.a11y],
    ['embed', state.embed ? '1' : null],
    ...plannerEntries(state.planner),
    ['legend', state.legendFolded ? '0' : null],
  ];
  const parts = entries.flatMap(([name, value]) => (value === null ? [] : [`${name}=${encodeValue(value)}`]));
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
