/**
 * Compiles checked sources into the data contract (docs/data-model.md): one Feature per record, in
 * source order, with a fixed property order, WGS84 coordinates rounded to 6 decimals, the record's
 * precision the worst of its places, and on each record the records of later reports that continue it.
 * Pure and deterministic: same input, same output, input untouched.
 */
import type {
  Continuation,
  ProjectCollection,
  ProjectFeature,
  ProjectGeometry,
  ProjectProperties,
} from '../../src/lib/domain/project.ts';
import { PRECISION_ORDER, type PrecisionKey } from '../../src/lib/domain/vocabulary.ts';
import { toWgs84 } from './coordinates.ts';
import { locationSource } from './location-source.ts';
import type { RegisteredReport } from './reports.ts';
import type { Place, ProjectSource, TownshipName } from './source-types.ts';

export interface CompileInput {
  records: readonly ProjectSource[];
  places: ReadonlyMap<string, Place>;
  /** Township names, for the location_source of a record placed only by its township. */
  townships: ReadonlyMap<string, TownshipName>;
  /** The registered reports by id: the day each was delivered orders a record's `continued_by`. */
  reports: ReadonlyMap<string, Pick<RegisteredReport, 'delivered'>>;
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

/** check-sources guarantees every record names a registered report; reaching this is a pipeline bug. */
function reportOf(record: ProjectSource, input: CompileInput): { id: string; delivered: string } {
  const id = record.report;
  const report = id === null ? undefined : input.reports.get(id);
  if (id === null || report === undefined)
    throw new Error(`compile: the report of record ${record.id} was not checked`);
  return { id, delivered: report.delivered };
}

/** For each record continued by later ones, those later records, in the order their reports were delivered. */
function continuations(input: CompileInput): Map<string, Continuation[]> {
  const byEarlier = new Map<string, Continuation[]>();
  for (const record of input.records) {
    if (record.continues === null) continue;
    const { id: report, delivered } = reportOf(record, input);
    const { id, report_line, quote, status_as_stated } = record;
    const list = byEarlier.get(record.continues) ?? [];
    list.push({ id, report, report_line, quote, status_as_stated, delivered });
    byEarlier.set(record.continues, list);
  }
  // A stable sort: records of one report keep their source order.
  for (const list of byEarlier.values()) list.sort((a, b) => a.delivered.localeCompare(b.delivered));
  return byEarlier;
}

function compileRecord(
  record: ProjectSource,
  input: CompileInput,
  continuedBy: readonly Continuation[],
): ProjectFeature {
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
    report: reportOf(record, input).id,
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
    background: record.background.map((entry) => ({ ...entry })),
    progress_searched: record.progress_searched,
    continues: record.continues,
    continued_by: continuedBy.map((entry) => ({ ...entry })),
  };
  return { type: 'Feature', id: record.id, properties, geometry: geometryOf(record, places) };
}

export function compileProjects(input: CompileInput): ProjectCollection {
  const continuedBy = continuations(input);
  const features = input.records.map((record) =>
    compileRecord(record, input, continuedBy.get(record.id) ?? []),
  );
  return { type: 'FeatureCollection', features };
}
