/**
 * The editor's changes to the source files, as text in and text out (no file access): placing a
 * project (at points the staff member clicked, or at gazetteer places) and adding a progress entry.
 * Only the records a change touches are rewritten (yaml-splice.ts); whether the result is valid is
 * decided afterwards by the same pipeline as `npm run data:build`.
 */
import { Scalar, type Document, type YAMLMap } from 'yaml';
import type { Position, ProgressEntry } from '../../src/lib/domain/project.ts';
import type { Datum, Method, PlacePrecision } from '../data/source-types.ts';
import { readListFile, spliceItems, type ListFile } from './yaml-splice.ts';

/** The hand-edited source files a save may change (geodata/src/). */
export interface SourceTexts {
  places: string;
  projects: string;
  /** townships.yaml: what is known of each township (people, land), changed by the workbook only. */
  townships: string;
}

/** Where the staff member put the project, and on what evidence. */
export type LocationChange =
  | {
      kind: 'points';
      /** One position for a point; several for several sites or, with `shape: 'line'`, a line. */
      coordinates: Position[];
      shape: 'line' | null;
      datum: Datum;
      precision: PlacePrecision;
      /** 9-digit code of the township each point lies in, in the order of `coordinates`. */
      townships: string[];
      method: Method;
      /** The citation or the evidence, in English and in Chinese (places.yaml `source`, `source_zh`). */
      source: string;
      source_zh: string;
    }
  | { kind: 'places'; keys: string[]; shape: 'line' | null };

/**
 * The record's note, rewritten with its place: a note such as "Location not known …" is false once
 * the project is placed. Empty texts remove the note.
 */
export interface NoteChange {
  en: string;
  zh: string;
}

/** A change that cannot be applied at all (as opposed to one the validator refuses). */
export class EditError extends Error {
  constructor(
    readonly reason: 'unknown_project' | 'bad_change',
    message: string,
  ) {
    super(message);
  }
}

const PLACES = 'geodata/src/places.yaml';
const PROJECTS = 'geodata/src/projects.yaml';

function findItem(file: ListFile, field: 'id' | 'key', value: string): YAMLMap | undefined {
  return file.list.items.find((item) => item.get(field) === value);
}

function projectOf(projects: ListFile, id: string): YAMLMap {
  const record = findItem(projects, 'id', id);
  if (!record)
    throw new EditError('unknown_project', `no project with id ${JSON.stringify(id)} in ${PROJECTS}`);
  return record;
}

const quoted = (value: string) => Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE });
const flow = (doc: Document, values: unknown[]) => doc.createNode(values, { flow: true });

/** The keys of a project's own sites: `site.<id>` for one, `site.<id>-1`, `-2`, … for several. */
export function siteKeys(id: string, count: number): string[] {
  return count === 1 ? [`site.${id}`] : Array.from({ length: count }, (_, i) => `site.${id}-${i + 1}`);
}

function sitePlace(
  doc: Document,
  record: YAMLMap,
  key: string,
  at: number,
  count: number,
  change: Extract<LocationChange, { kind: 'points' }>,
): YAMLMap {
  const suffix = count === 1 ? { zh: '', en: '' } : { zh: `（第${at + 1}处）`, en: ` (site ${at + 1})` };
  return doc.createNode({
    key,
    name_zh: `${String(record.get('name_zh'))}${suffix.zh}`,
    name_en: `${String(record.get('name_en'))}${suffix.en}`,
    kind: 'site',
    township: quoted(change.townships[at] ?? ''),
    coordinates: flow(doc, change.coordinates[at]!),
    datum: change.datum,
    precision: change.precision,
    method: change.method,
    source: change.source,
    source_zh: change.source_zh,
  }) as YAMLMap;
}

/** The project placed as `change` says; its own sites are added to places.yaml or updated there. */
export function editLocation(
  texts: SourceTexts,
  id: string,
  change: LocationChange,
  note?: NoteChange,
): SourceTexts {
  const places = readListFile(texts.places, PLACES);
  const projects = readListFile(texts.projects, PROJECTS);
  const record = projectOf(projects, id);
  const editedPlaces: YAMLMap[] = [];
  const addedPlaces: YAMLMap[] = [];
  let keys: string[];
  if (change.kind === 'points') {
    if (change.coordinates.length === 0) throw new EditError('bad_change', 'no point was given');
    keys = siteKeys(id, change.coordinates.length);
    keys.forEach((key, at) => {
      const place = sitePlace(places.doc, record, key, at, keys.length, change);
      const existing = findItem(places, 'key', key);
      if (!existing) return addedPlaces.push(place);
      existing.items = place.items;
      editedPlaces.push(existing);
    });
  } else {
    if (change.keys.length === 0) throw new EditError('bad_change', 'no place was given');
    keys = change.keys;
  }
  record.set('places', flow(projects.doc, keys));
  if (change.shape === 'line') record.set('shape', 'line');
  else record.delete('shape');
  record.delete('unplaced');
  record.delete('township');
  if (note) setNote(record, note);
  return {
    ...texts,
    places: spliceItems(places, editedPlaces, addedPlaces),
    projects: spliceItems(projects, [record], []),
  };
}

function setNote(record: YAMLMap, note: NoteChange): void {
  for (const [field, text] of [
    ['note', note.en.trim()],
    ['note_zh', note.zh.trim()],
  ] as const) {
    if (text) record.set(field, text);
    else record.delete(field);
  }
}

/** The fields of a progress entry, in the order the file writes them. */
const ENTRY_FIELDS = [
  'date',
  'date_kind',
  'status',
  'fact_zh',
  'fact_en',
  'source_name',
  'source_url',
  'retrieved',
  'reported_by',
] as const;
/** Written in quotes, as the file does: a bare 2023 would be read as a number. */
const QUOTED = new Set<string>(['date', 'retrieved']);

/**
 * A progress entry as the source file writes it: `date_kind` only when the date is the page's;
 * `reported_by` only for an office's entry, which may lack `source_url` and `fact_en`.
 */
export type ProgressInput = Omit<ProgressEntry, 'date_kind' | 'reported_by' | 'fact_en' | 'source_url'> & {
  date_kind?: ProgressEntry['date_kind'];
  reported_by?: string;
  fact_en?: string;
  source_url?: string;
};

/** The project with one more progress entry (the build sorts entries by date). */
export function addProgress(texts: SourceTexts, id: string, entry: ProgressInput): SourceTexts {
  return addProgressEntries(texts, [{ id, entry }]);
}

/**
 * Several projects each with more progress entries, in one reading of the file (a workbook brings a
 * hundred at once; reading the file once for each would take seconds).
 */
export function addProgressEntries(
  texts: SourceTexts,
  additions: readonly { id: string; entry: ProgressInput }[],
): SourceTexts {
  const projects = readListFile(texts.projects, PROJECTS);
  const edited = new Set<YAMLMap>();
  for (const { id, entry } of additions) {
    const record = projectOf(projects, id);
    const fields: Record<string, unknown> = {};
    for (const name of ENTRY_FIELDS) {
      const value = (entry as unknown as Record<string, unknown>)[name];
      if (value === undefined || value === null || (name === 'date_kind' && value === 'event')) continue;
      fields[name] = QUOTED.has(name) ? quoted(String(value)) : value;
    }
    const node = projects.doc.createNode(fields) as YAMLMap;
    const progress = record.get('progress', true) as { items?: unknown[] } | undefined;
    if (progress?.items) progress.items.push(node);
    else record.set('progress', projects.doc.createNode([node]));
    edited.add(record);
  }
  return { ...texts, projects: spliceItems(projects, [...edited], []) };
}
