/**
 * A returned workbook's rows applied to the source texts through the editor's own edits
 * (source-edit.ts), so a row changes the files exactly as the editor's save would: a progress
 * entry, a located project's own site (datum kept, `unplaced` removed), a township's figures. Each
 * row is first sorted: already in the data (imported before: skipped), changed since the export (a
 * conflict: refused), or to apply. Pure.
 */
import { parse } from 'yaml';
import { addProgress, editLocation, siteKeys, type SourceTexts } from '../editor/source-edit';
import type { Fingerprints } from './fingerprints';
import { LOCATION_SHEET, PROGRESS_SHEET } from './layout';
import type { LocationRow, ProgressRow, RowChange } from './read-rows';
import { refusal, type Refusal } from './refusal';
import { editTownship, townshipHas } from './township-edit';

type Item = Record<string, unknown>;
const list = (text: string) => (parse(text) as Item[] | null) ?? [];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function hasEntry(texts: SourceTexts, { key, entry }: ProgressRow): boolean {
  const record = list(texts.projects).find((r) => r.id === key);
  const entries = (record?.progress as Item[] | undefined) ?? [];
  return entries.some(
    (e) =>
      e.date === entry.date &&
      e.status === entry.status &&
      e.fact_zh === entry.fact_zh &&
      e.reported_by === entry.reported_by,
  );
}

function hasLocation(texts: SourceTexts, row: LocationRow): boolean {
  const [site] = siteKeys(row.key, 1);
  const record = list(texts.projects).find((r) => r.id === row.key);
  const place = list(texts.places).find((p) => p.key === site);
  return (
    same(record?.places, [site]) &&
    place !== undefined &&
    same(place.coordinates, row.point) &&
    place.datum === row.datum &&
    place.precision === row.precision
  );
}

/** Whether the data already holds what the row says: a workbook imported twice adds nothing. */
export function alreadyIn(texts: SourceTexts, change: RowChange): boolean {
  if (change.sheet === PROGRESS_SHEET) return hasEntry(texts, change);
  if (change.sheet === LOCATION_SHEET) return hasLocation(texts, change);
  return townshipHas(texts.townships, change.key, change.facts);
}

export function conflict(change: RowChange): Refusal {
  return refusal(
    { sheet: change.sheet, row: change.row, column: '编号', value: change.key },
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
export function sortRows(texts: SourceTexts, prints: Fingerprints, changes: readonly RowChange[]) {
  const apply: RowChange[] = [];
  const skipped: RowChange[] = [];
  const conflicts: Refusal[] = [];
  for (const change of changes) {
    const now = change.sheet === '乡镇' ? prints.townships.get(change.key) : prints.records.get(change.key);
    if (alreadyIn(texts, change)) skipped.push(change);
    else if (now !== change.fingerprint) conflicts.push(conflict(change));
    else apply.push(change);
  }
  return { apply, skipped, conflicts };
}

export function applyRow(texts: SourceTexts, change: RowChange): SourceTexts {
  if (change.sheet === PROGRESS_SHEET) return addProgress(texts, change.key, change.entry);
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
