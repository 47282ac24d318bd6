/**
 * A short fingerprint of what a workbook row was exported from: a record with its places, or a
 * township's figures. The export writes it into each row; the import compares it with the data as
 * it is now, so a record changed since the export (in the editor, by another workbook, by hand)
 * is a conflict for that row, never overwritten silently. A township's `schematic_weight` is left
 * out: a refit after another township's area changes every weight, not the figures.
 */
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import type { SourceTexts } from '../editor/source-edit';

type Item = Record<string, unknown>;

const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

export interface Fingerprints {
  records: Map<string, string>;
  townships: Map<string, string>;
}

export function fingerprints(texts: SourceTexts): Fingerprints {
  const places = new Map(((parse(texts.places) as Item[] | null) ?? []).map((p) => [String(p.key), p]));
  const records = new Map<string, string>();
  for (const record of (parse(texts.projects) as Item[] | null) ?? []) {
    const keys = Array.isArray(record.places) ? (record.places as unknown[]).map(String) : [];
    records.set(String(record.id), hash([record, keys.map((key) => places.get(key) ?? null)]));
  }
  const townships = new Map<string, string>();
  for (const township of (parse(texts.townships) as Item[] | null) ?? []) {
    const facts = { ...township };
    delete facts.schematic_weight;
    townships.set(String(facts.code), hash(facts));
  }
  return { records, townships };
}
