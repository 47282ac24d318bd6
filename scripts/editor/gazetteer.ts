/**
 * The gazetteer as the editor's place picker lists it: every place of geodata/src/places.yaml with
 * its names, kind, township and precision. Read leniently (the validator judges the file; a place
 * with a field of the wrong type is simply listed with what it has).
 */
import { parse } from 'yaml';
import type { GazetteerPlace } from '../../src/lib/editor/protocol.ts';

export type { GazetteerPlace };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function gazetteerOf(placesYaml: string): GazetteerPlace[] {
  let items: unknown;
  try {
    items = parse(placesYaml);
  } catch {
    return [];
  }
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: Record<string, unknown> | null) => {
    if (typeof item?.key !== 'string') return [];
    return [
      {
        key: item.key,
        name_zh: text(item.name_zh),
        name_en: text(item.name_en),
        kind: text(item.kind),
        township: text(item.township),
        precision: text(item.precision),
      },
    ];
  });
}
