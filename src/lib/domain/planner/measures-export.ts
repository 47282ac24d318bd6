/**
 * The planner's township measures as files: a CSV table (BOM, every field quoted, text guarded
 * against formulas: export.ts) and GeoJSON with the township areas and the measures, so a planner
 * can take them into a spreadsheet or a GIS. An unknown fact or measure is an empty CSV field and
 * a null in GeoJSON, never 0. Pure.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CoverageKind } from '../planner-settings.ts';
import { number, text, toCsv } from './export.ts';
import type { MeasureRow, TownshipMeasures } from './township-measures.ts';

export const MEASURE_COLUMNS = [
  'code',
  'name_zh',
  'name_en',
  'kind',
  'report',
  'phase',
  'projects',
  'population',
  'population_year',
  'population_kind',
  'population_source',
  'projects_per_10k_people',
  'area_km2_official',
  'area_source',
  'projects_per_100km2',
  'facts_note',
  'facts_note_zh',
] as const;

/** Which records were counted: those of `report` whose phase is one of `phases` ("2021,2022"). */
export interface CountedPhases {
  report: string;
  phases: string;
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

function fields(row: MeasureRow, kind: CoverageKind, counted: CountedPhases) {
  return {
    code: row.code,
    name_zh: row.name_zh,
    name_en: row.name_en,
    kind,
    report: counted.report,
    phase: counted.phases,
    projects: row.count,
    population: row.population,
    population_year: row.population_year,
    population_kind: row.population_kind,
    population_source: row.population_source,
    projects_per_10k_people: round(row.per_10k),
    area_km2_official: row.area_km2_official,
    area_source: row.area_source,
    projects_per_100km2: round(row.per_100km2),
    facts_note: row.facts_note,
    facts_note_zh: row.facts_note_zh,
  };
}

export function townshipMeasuresCsv(
  measures: TownshipMeasures,
  kind: CoverageKind,
  counted: CountedPhases,
): string {
  const rows = measures.rows.map((row) => {
    const f = fields(row, kind, counted);
    return MEASURE_COLUMNS.map((column) => {
      const value = f[column];
      return typeof value === 'number' || value === null ? number(value) : text(value);
    });
  });
  return toCsv(MEASURE_COLUMNS, rows);
}

/** The township areas (schematic unless official boundaries were given) with the measures. */
export function townshipMeasuresGeoJson(
  measures: TownshipMeasures,
  areas: readonly Feature<Polygon | MultiPolygon, { code: string; schematic?: boolean }>[],
  kind: CoverageKind,
  counted: CountedPhases,
): string {
  const byCode = new Map(measures.rows.map((row) => [row.code, row]));
  const features = areas.flatMap((area) => {
    const row = byCode.get(area.properties.code);
    if (!row) return [];
    return [
      {
        type: 'Feature',
        id: row.code,
        properties: { ...fields(row, kind, counted), schematic_area: area.properties.schematic !== false },
        geometry: area.geometry,
      },
    ];
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}
