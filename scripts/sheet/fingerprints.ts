/**
 * A short fingerprint of what a workbook row was exported from: a record with its places, or a
 * township's figures. The export writes it into each row; the import compares it with the data as
 * it is now, so a record changed since the export (in the editor, by another workbook, by hand)
 * is a conflict for that row, never overwritten silently. A township's `schematic_weight` is left
 * out: a refit after another township's area changes every weight, not the figures.
 */
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import type { SourceTexts } from '../editor/source-edit.ts';

type Item = Record<string, unknown>;

const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

/** The source files parsed once, for the fingerprints and for looking rows up. */
export interface ParsedSources {
  texts: SourceTexts;
  records: Map<string, Item>;
  places: Map<string, Item>;
  townships: Item[];
}

export function parseSources(texts: SourceTexts): ParsedSources {
  const list = (text: string) => (parse(text) as Item[] | null) ?? [];
  return {
    texts,
    records: new Map(list(texts.projects).map((r) => [String(r.id), r])),
    places: new Map(list(texts.places).map((p) => [String(p.key), p])),
    townships: list(texts.townships),
  };
}

export interface Fingerprints {
  records: Map<string, string>;
  townships: Map<string, string>;
}

export function fingerprints({ records: parsed, places, townships: facts }: ParsedSources): Fingerprints {
  const records = new Map<string, string>();
  for (const [id, record] of parsed) {
    const keys = Array.isArray(record.places) ? (record.places as unknown[]).map(String) : [];
    records.set(id, hash([record, keys.map((key) => places.get(key) ?? null)]));
  }
  const townships = new Map<string, string>();
  for (const township of facts) {
    const figures = { ...township };
    delete figures.schematic_weight;
    townships.set(String(figures.code), hash(figures));
  }
  return { records, townships };
}
