/**
 * A returned workbook's rows applied to the source texts through the editor's own edits
 * (source-edit.ts), so a row changes the files exactly as the editor's save would: a progress
 * entry, a located project's own site (datum kept, `unplaced` removed), a township's figures. Each
 * row is first sorted: already in the data (imported before: skipped), changed since the export (a
 * conflict: refused), or to apply. Pure.
 */
import { addProgressEntries, editLocation, siteKeys, type SourceTexts } from '../editor/source-edit.ts';
import type { Fingerprints, ParsedSources } from './fingerprints.ts';
import { LOCATION_SHEET, PROGRESS_SHEET } from './layout.ts';
import type { LocationRow, ProgressRow, RowChange, TownshipRow } from './read-rows.ts';
import { refusal, type Refusal } from './refusal.ts';
import { editTownship, townshipHas } from './township-edit.ts';

type Item = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function hasEntry(data: ParsedSources, { key, entry }: ProgressRow): boolean {
  const record = data.records.get(key);
  const entries = (record?.progress as Item[] | undefined) ?? [];
  return entries.some(
    (e) =>
      e.date === entry.date &&
      e.status === entry.status &&
      e.fact_zh === entry.fact_zh &&
      e.reported_by === entry.reported_by,
  );
}

function hasLocation(data: ParsedSources, row: LocationRow): boolean {
  const site = siteKeys(row.key, 1)[0]!;
  const record = data.records.get(row.key);
  const place = data.places.get(site);
  return (
    same(record?.places, [site]) &&
    place !== undefined &&
    same(place.coordinates, row.point) &&
    place.datum === row.datum &&
    place.precision === row.precision
  );
}

/** Whether the data already holds what the row says: a workbook imported twice adds nothing. */
function alreadyIn(data: ParsedSources, change: RowChange): boolean {
  if (change.sheet === PROGRESS_SHEET) return hasEntry(data, change);
  if (change.sheet === LOCATION_SHEET) return hasLocation(data, change);
  return townshipHas(data.texts.townships, change.key, change.facts);
}

export function conflict(change: RowChange): Refusal {
  return refusal(
    { sheet: change.sheet, row: change.row, key: change.key, column: '编号', value: change.key },
    {
      message: '这一项在导出表格之后已被修改（编辑器、另一份表格或手工修改），为避免覆盖，本行未导入。',
      fix: '请重新导出最新的表格，核对现状后重填这一行。',
    },
    {
      message:
        'this record changed after the workbook was exported (in the editor, by another workbook or by hand); the row is not imported, so nothing is overwritten.',
      fix: 'export a new workbook, check what it says now, and fill the row again.',
    },
  );
}

/** The rows sorted into those to apply, those already in the data, and conflicts. */
export function sortRows(data: ParsedSources, prints: Fingerprints, changes: readonly RowChange[]) {
  const apply: RowChange[] = [];
  const skipped: RowChange[] = [];
  const conflicts: Refusal[] = [];
  for (const change of changes) {
    const now = change.sheet === '乡镇' ? prints.townships.get(change.key) : prints.records.get(change.key);
    if (alreadyIn(data, change)) skipped.push(change);
    else if (now !== change.fingerprint) conflicts.push(conflict(change));
    else apply.push(change);
  }
  return { apply, skipped, conflicts };
}

function applyRow(texts: SourceTexts, change: LocationRow | TownshipRow): SourceTexts {
  if (change.sheet === LOCATION_SHEET)
    return editLocation(texts, change.key, {
      kind: 'points',
      coordinates: [change.point],
      shape: null,
      datum: change.datum,
      precision: change.precision,
      townships: [change.township],
      method: 'cited',
      source: change.source_en,
      source_zh: change.source_zh,
    });
  return { ...texts, townships: editTownship(texts.townships, change.key, change.facts) };
}

/** The texts with every row applied: the progress entries in one pass, then each location and township. */
export function applyRows(texts: SourceTexts, changes: readonly RowChange[]): SourceTexts {
  const entries = changes.flatMap((c) => (c.sheet === PROGRESS_SHEET ? [{ id: c.key, entry: c.entry }] : []));
  const others = changes.filter((c): c is LocationRow | TownshipRow => c.sheet !== PROGRESS_SHEET);
  return others.reduce(applyRow, entries.length > 0 ? addProgressEntries(texts, entries) : texts);
}
