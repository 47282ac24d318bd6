/**
 * The rules for geodata/src/projects.yaml (docs/data-model.md): fields and vocabularies, unique ids,
 * a registered report, the quote verbatim on a line of it and a phase it allows, an earlier record
 * it continues (check-record-report.ts), the stated status and each target's text inside the quote,
 * known place keys on distinct positions, a township code only where the record has no places,
 * `sites` on a placed record whose note says part of it is not placed, and progress entries dated on
 * or after the report's delivery (earlier ones go to `background`; check-progress.ts).
 */
import { PROJECT_ID_PATTERN } from '../../src/lib/domain/validate-projects.ts';
import { isChineseOnly } from '../../src/lib/domain/progress.ts';
import { AREAS, CATEGORIES, UNPLACED_REASONS } from '../../src/lib/domain/vocabulary.ts';
import { checkDistinctPositions } from './check-positions.ts';
import { checkSitesNoted, readSites, readTargets, TARGETS_HELP } from './check-record-counts.ts';
import { PROGRESS_FIELD_HELP, readEntries, readProgressSearched } from './check-progress.ts';
import {
  readContinues,
  readPhase,
  readQuoteAndLine,
  readReport,
  REPORT_FIELD_HELP,
  type QuoteSource,
  type RecordReport,
} from './check-record-report.ts';
import type { ReportRegistry } from './reports.ts';
import { FieldReader, isMapping, type FieldHelp } from './field-reader.ts';
import type { SourceItem } from './load-sources.ts';
import type { Gazetteer } from './reference-data.ts';
import { preview, type SourceProblem } from './source-problem.ts';
import type { Place, ProjectSource } from './source-types.ts';

const keys = <T extends object>(table: T) => Object.keys(table) as (keyof T & string)[];

const RECORD_HELP: FieldHelp = {
  id: 'a stable id, lower-case ASCII words joined by "-" (dongzhiyuan-water-plant)',
  name_zh: "the project's name in Chinese, as the report names it",
  name_en: "the project's name in English",
  report: REPORT_FIELD_HELP.report,
  continues: REPORT_FIELD_HELP.continues,
  area: keys(AREAS).join(', '),
  phase:
    'a phase of its report, in quotes: its year ("2022", tasks), the year before ("2021", done) or the five years before ("2017-2021", the review)',
  section: "the report's sub-heading the quote stands under",
  category: 'a category key from src/lib/domain/vocabulary.ts',
  status_as_stated: "the report's own verb for it, verbatim from the quote",
  quote: REPORT_FIELD_HELP.quote,
  report_line: REPORT_FIELD_HELP.report_line,
  places: 'a list of gazetteer keys from places.yaml ([] when the report names no place)',
  shape: 'line (draw the places, in order, as a line), or leave it out',
  township: 'the 9-digit code of the township the report names, only for a record with no places',
  targets: TARGETS_HELP,
  sites:
    '{ total, named }: how many sites the item has, and how many are named (placed, for a record with places)',
  note: 'text, in English',
  note_zh: 'the note in Chinese (needed whenever note is given)',
  unplaced: `why a record with no places has none: ${keys(UNPLACED_REASONS).join(', ')}`,
  ...PROGRESS_FIELD_HELP,
};
export interface RecordContext {
  /** Every place key written in places.yaml; null when places.yaml could not be read (keys not checked). */
  placeKeys: ReadonlySet<string> | null;
  /** The places that passed their checks, for the position checks; null or absent: not checked. */
  places?: ReadonlyMap<string, Place> | null;
  gazetteer: Gazetteer | null;
  /** The reports the records quote (geodata/reports.yaml); null when it could not be read. */
  registry: ReportRegistry | null;
  /** `YYYY-MM-DD`: no date in the data may be later. */
  today: string;
}

/** What the record's quote is checked against: its report's lines (null: its report is unknown). */
function quoteSource(report: RecordReport | undefined): QuoteSource | null {
  return report?.entry ? { lines: report.entry.lines, name: report.entry.file } : null;
}

function readPlaces(reader: FieldReader, context: RecordContext): string[] | undefined {
  const list = reader.list('places');
  if (list === undefined) return undefined;
  const result: string[] = [];
  list.forEach((key, i) => {
    if (typeof key !== 'string')
      reader.report(
        `places.${i}`,
        `places[${i}] is ${preview(key)}, not a place key`,
        `give ${RECORD_HELP.places}`,
      );
    else if (context.placeKeys !== null && !context.placeKeys.has(key))
      reader.report(
        `places.${i}`,
        `place ${key} is not in geodata/src/places.yaml`,
        'add the place to places.yaml, or correct the key',
      );
    else if (result.includes(key))
      reader.report(`places.${i}`, `place ${key} is listed twice`, 'list each place once');
    else result.push(key);
  });
  return result.length === list.length ? result : undefined;
}

function readShapeAndTownship(
  reader: FieldReader,
  places: string[] | undefined,
  gazetteer: Gazetteer | null,
) {
  const shape = reader.isAbsent('shape') ? null : reader.oneOf('shape', ['line'] as const);
  if (shape === 'line' && places !== undefined && places.length < 2) {
    reader.report(
      'shape',
      `shape is line but the record has ${places.length} place(s)`,
      'a line needs at least two places; remove shape',
    );
  }
  const township = reader.isAbsent('township') ? null : reader.code('township', 9);
  if (typeof township === 'string' && gazetteer !== null && !gazetteer.townships.has(township)) {
    reader.report(
      'township',
      `township ${township} is not in geodata/townships.json`,
      'use one of its 9-digit township codes',
    );
  } else if (typeof township === 'string' && places !== undefined && places.length > 0) {
    reader.report(
      'township',
      'township is given but the record has places',
      'remove township: it is derived from the places',
    );
  }
  return { shape, township };
}

/** note_zh goes with note, and is Chinese (the Chinese interface shows only Chinese). */
function readNotes(reader: FieldReader): Pick<ProjectSource, 'note' | 'note_zh'> | undefined {
  const note = reader.optionalText('note');
  const noteZh = reader.optionalText('note_zh');
  if (note === undefined || noteZh === undefined) return undefined;
  if ((note === null) !== (noteZh === null)) {
    const missing = note === null ? 'note' : 'note_zh';
    reader.report(
      missing,
      `${missing} is missing while ${missing === 'note' ? 'note_zh' : 'note'} is given`,
      `add ${missing}: ${RECORD_HELP[missing]}`,
    );
    return undefined;
  }
  if (noteZh !== null && !isChineseOnly(noteZh)) {
    reader.report(
      'note_zh',
      'note_zh is not all Chinese',
      'write it in Chinese; keep names and codes as they are',
    );
    return undefined;
  }
  return { note, note_zh: noteZh };
}

/** A record with no places says why; one with places needs no reason. */
function readUnplaced(reader: FieldReader, places: string[] | undefined) {
  if (places === undefined) return undefined;
  if (places.length > 0) {
    if (!reader.isAbsent('unplaced'))
      reader.report('unplaced', 'unplaced is given but the record has places', 'remove unplaced');
    return null;
  }
  return reader.oneOf('unplaced', keys(UNPLACED_REASONS));
}

function checkRecord(
  item: SourceItem,
  context: RecordContext,
  seen: Map<string, number>,
  reportsOf: ReadonlyMap<string, unknown>,
  problems: SourceProblem[],
): ProjectSource | null {
  const rawId = (item.value as Record<string, unknown> | null)?.id;
  const subject =
    typeof rawId === 'string' && PROJECT_ID_PATTERN.test(rawId) && rawId.length <= 100
      ? `record ${rawId}`
      : `record #${item.index + 1}`;
  if (!FieldReader.isMapping(item, subject, problems)) return null;
  const before = problems.length;
  const reader = new FieldReader(item, subject, RECORD_HELP, problems);
  reader.rejectUnknownFields();
  const id = reader.text('id');
  if (id !== undefined && !PROJECT_ID_PATTERN.test(id))
    reader.report('id', `id ${preview(id)} is not lower-case words joined by "-"`, `give ${RECORD_HELP.id}`);
  const firstLine = id === undefined ? undefined : seen.get(id);
  if (firstLine !== undefined)
    reader.report(
      'id',
      `id ${id} is already used on line ${firstLine}`,
      'give every record its own id; never renumber',
    );
  else if (id !== undefined) seen.set(id, item.line);
  const report = readReport(reader, context.registry);
  const entry = report?.entry ?? null;
  const continues = readContinues(reader, { id, report: entry }, context.registry, reportsOf);
  const source = quoteSource(report);
  const quoted = readQuoteAndLine(reader, source, report, context.registry);
  const places = readPlaces(reader, context);
  // Each field is read once, in this order: a record's problems are listed in it.
  const named = {
    name_zh: reader.text('name_zh'),
    name_en: reader.text('name_en'),
    report: report?.id,
    continues,
    area: reader.oneOf('area', keys(AREAS)),
    phase: readPhase(reader, entry),
    section: reader.text('section'),
    category: reader.oneOf('category', keys(CATEGORIES)),
  };
  const shaped = readShapeAndTownship(reader, places, context.gazetteer);
  checkDistinctPositions(reader, places, shaped.shape, context.places);
  const targets = readTargets(
    reader,
    typeof reader.fields.quote === 'string' ? reader.fields.quote : undefined,
  );
  const sites = readSites(reader);
  const notes = readNotes(reader);
  checkSitesNoted(reader, places, sites, notes?.note);
  const record = {
    id,
    ...named,
    ...quoted,
    places,
    ...shaped,
    targets,
    sites,
    ...notes,
    unplaced: readUnplaced(reader, places),
    progress: readEntries(reader, 'progress', context.today, entry?.delivered ?? null),
    background: readEntries(reader, 'background', context.today, entry?.delivered ?? null),
    progress_searched: readProgressSearched(reader, context.today),
    line: item.line,
  };
  return problems.length === before ? (record as ProjectSource) : null;
}

export interface CheckedRecords {
  records: ProjectSource[];
  problems: SourceProblem[];
}

export function checkRecords(items: readonly SourceItem[], context: RecordContext): CheckedRecords {
  const problems: SourceProblem[] = [];
  const records: ProjectSource[] = [];
  const seen = new Map<string, number>();
  // The report each record names, by id (the first of a repeated id), for the checks of `continues`.
  const reportsOf = new Map<string, unknown>();
  for (const { value } of items) {
    if (isMapping(value) && typeof value.id === 'string' && !reportsOf.has(value.id))
      reportsOf.set(value.id, value.report);
  }
  for (const item of items) {
    const record = checkRecord(item, context, seen, reportsOf, problems);
    if (record !== null) records.push(record);
  }
  return { records, problems };
}
