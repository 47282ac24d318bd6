/**
 * Compiles checked sources into the data contract (docs/data-model.md): one Feature per record, in
 * source order, with a fixed property order, WGS84 coordinates rounded to 6 decimals, and the record's
 * precision the worst of its places. Pure and deterministic: same input, same output, input untouched.
 */
import type {
  ProjectCollection,
  ProjectFeature,
  ProjectGeometry,
  ProjectProperties,
} from '../../src/lib/domain/project';
import { PRECISION_ORDER, REPORT_ID, type PrecisionKey } from '../../src/lib/domain/vocabulary';
import { toWgs84 } from './coordinates';
import { locationSource } from './location-source';
import type { Place, ProjectSource, TownshipName } from './source-types';

export interface CompileInput {
  records: readonly ProjectSource[];
  places: ReadonlyMap<string, Place>;
  /** Township names, for the location_source of a record placed only by its township. */
  townships: ReadonlyMap<string, TownshipName>;
}

/** The record is never more precise than its least precise place; no places: `district`. */
export function worstPrecision(places: readonly Place[]): PrecisionKey {
  let worst = -1;
  for (const place of places) worst = Math.max(worst, PRECISION_ORDER.indexOf(place.precision));
  return worst < 0 ? 'district' : (PRECISION_ORDER[worst] ?? 'district');
}

export function geometryOf(record: ProjectSource, places: readonly Place[]): ProjectGeometry | null {
  const positions = places.map((place) => toWgs84(place.coordinates, place.datum));
  const [first] = positions;
  if (first === undefined) return null;
  if (record.shape === 'line') return { type: 'LineString', coordinates: positions };
  return positions.length === 1
    ? { type: 'Point', coordinates: first }
    : { type: 'MultiPoint', coordinates: positions };
}

function placesOf(record: ProjectSource, places: ReadonlyMap<string, Place>): Place[] {
  return record.places.map((key) => {
    const place = places.get(key);
    // check-sources guarantees every key exists; reaching this is a bug in the pipeline, not in the data.
    if (place === undefined) throw new Error(`compile: place ${key} of record ${record.id} was not checked`);
    return place;
  });
}

function compileRecord(record: ProjectSource, input: CompileInput): ProjectFeature {
  const places = placesOf(record, input.places);
  const placeTownships = [...new Set(places.map((place) => place.township))];
  const townships = [
    ...new Set([...placeTownships, ...(record.township === null ? [] : [record.township])]),
  ].sort();
  const township = record.township ?? (placeTownships.length === 1 ? (placeTownships[0] ?? null) : null);
  const location = locationSource(record, places, input.townships);
  // Written out field by field: this order is the order in the file.
  const properties: ProjectProperties = {
    id: record.id,
    name_zh: record.name_zh,
    name_en: record.name_en,
    report: REPORT_ID,
    area: record.area,
    phase: record.phase,
    section: record.section,
    category: record.category,
    status_as_stated: record.status_as_stated,
    quote: record.quote,
    report_line: record.report_line,
    precision: worstPrecision(places),
    location_source: location.en,
    location_source_zh: location.zh,
    township,
    townships,
    places: [...record.places],
    targets: record.targets.map(({ value, unit, text }) => ({ value, unit, text })),
    sites: record.sites === null ? null : { total: record.sites.total, named: record.sites.named },
    note: record.note,
    note_zh: record.note_zh,
    progress: record.progress.map((entry) => ({ ...entry })),
    progress_searched: record.progress_searched,
  };
  return { type: 'Feature', id: record.id, properties, geometry: geometryOf(record, places) };
}

export function compileProjects(input: CompileInput): ProjectCollection {
  return { type: 'FeatureCollection', features: input.records.map((record) => compileRecord(record, input)) };
}
