/**
 * What planners download: CSV of the projects they see and of the per-township table, and
 * GeoJSON of the projects and of the gap grid. Pure functions returning the file's text.
 *
 * Exported text is data, never markup or a formula:
 * - every CSV field is quoted and its quotes doubled (RFC 4180), rows end in CRLF;
 * - a text field starting with = + - @, a tab or a carriage return gets a leading apostrophe, the
 *   usual defence against spreadsheet formula injection (OWASP "CSV Injection"): Excel and
 *   LibreOffice then show the text instead of evaluating it. Numbers we format ourselves
 *   (coordinates, counts, report lines) are not text and are left as they are;
 * - the file starts with a UTF-8 byte order mark, without which Excel reads UTF-8 as the local
 *   code page and shows Chinese as mojibake.
 */
import type { ProjectFeature, ProjectProperties } from '../project.ts';
import { latestProgress, latestStatus } from '../progress.ts';
import { AREAS, CATEGORIES, type AreaKey, type CategoryKey } from '../vocabulary.ts';
import type { CountsRow, TownshipCounts } from './township-counts.ts';
import type { CoverageGrid } from './types.ts';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text field, made safe to open in a spreadsheet. */
export function text(value: string | null | undefined): string {
  const s = value ?? '';
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** A number we formatted; empty when there is none. */
export function number(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}

/** One RFC 4180 record: every field quoted, quotes doubled. */
const record = (fields: readonly string[]): string =>
  fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(',');

/** A whole CSV file: BOM, header, rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((r) => record(r) + '\r\n').join('');
}

export const PROJECT_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'area',
  'phase',
  'category',
  'status_as_stated',
  'township',
  'precision',
  'location_source',
  'quote',
  'report_line',
  'longitude',
  'latitude',
  'targets',
  'latest_status',
  'latest_status_date',
  'latest_status_source',
  'latest_status_url',
] as const;

/**
 * The projects as CSV, one row each, in the order given (pass the filtered list). `township`
 * holds every township code the record touches, separated by ";" (empty when district-wide): the
 * data's own `township` is null for a record spanning several. Longitude and latitude are those
 * of a Point, else empty; `targets` is the targets as the report writes them, joined by "; ".
 */
export function projectsCsv(features: readonly ProjectFeature[]): string {
  const rows = features.map(({ properties: p, geometry: g }) => {
    const [lon, lat] = g?.type === 'Point' ? g.coordinates : [null, null];
    return [
      text(p.id),
      text(p.name_zh),
      text(p.name_en),
      text(p.area),
      text(p.phase),
      text(p.category),
      text(p.status_as_stated),
      text(p.townships.join(';')),
      text(p.precision),
      text(p.location_source),
      text(p.quote),
      number(p.report_line),
      number(lon),
      number(lat),
      text(p.targets.map((t) => t.text).join('; ')),
      ...latestColumns(p),
    ];
  });
  return toCsv(PROJECT_COLUMNS, rows);
}

/** The latest progress public reports give: status (`none` when none was found), date, publisher, address. */
function latestColumns(p: ProjectProperties): string[] {
  const latest = latestProgress(p);
  return [
    text(latestStatus(p)),
    text(latest?.date ?? ''),
    text(latest?.source_name ?? ''),
    text(latest?.source_url ?? ''),
  ];
}

const AREA_KEYS = Object.keys(AREAS) as AreaKey[];
const CATEGORY_KEYS = Object.keys(CATEGORIES) as CategoryKey[];

/** The per-township table as CSV: one row per township, then the district-wide row (code empty). */
export function townshipCountsCsv(counts: TownshipCounts): string {
  const header = [
    'code',
    'name_zh',
    'name_en',
    'total',
    ...AREA_KEYS.map((k) => `area_${k}`),
    ...CATEGORY_KEYS.map((k) => `category_${k}`),
  ];
  const figures = (row: CountsRow): string[] => [
    number(row.total),
    ...AREA_KEYS.map((k) => number(row.byArea[k])),
    ...CATEGORY_KEYS.map((k) => number(row.byCategory[k])),
  ];
  const rows = counts.townships.map((t) => [text(t.code), text(t.name_zh), text(t.name_en), ...figures(t)]);
  rows.push(['', '全区性', 'District-wide', ...figures(counts.districtWide)]);
  return toCsv(header, rows);
}

/**
 * The projects as an RFC 7946 FeatureCollection (the same records and properties the app loads).
 * JSON.stringify escapes what JSON needs; a viewer that shows a property must still show it as text.
 */
export function projectsGeoJson(features: readonly ProjectFeature[]): string {
  // Each record also says its latest status, date and source, so a GIS user need not read `progress`.
  const withLatest = features.map((f) => {
    const latest = latestProgress(f.properties);
    const properties = {
      ...f.properties,
      latest_status: latestStatus(f.properties),
      latest_status_date: latest?.date ?? null,
      latest_status_source: latest?.source_name ?? null,
      latest_status_url: latest?.source_url ?? null,
    };
    return { ...f, properties };
  });
  return JSON.stringify({ type: 'FeatureCollection', features: withLatest });
}

/** The gap grid as GeoJSON: hexagonal cells with `id` and `distance_km` (null: no project at all). */
export function gridGeoJson(grid: CoverageGrid): string {
  return JSON.stringify({ type: 'FeatureCollection', features: grid.features });
}
