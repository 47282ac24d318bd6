/**
 * A township's figures from the statistics bureau (the workbook's 乡镇 sheet), written into
 * geodata/src/townships.yaml: only that township's entry is rewritten (yaml-splice.ts), comments
 * and every other byte stay. The build checks the result like any hand edit.
 */
import type { YAMLMap } from 'yaml';
import type { PopulationKind } from '../data/check-township-facts.ts';
import { readListFile, spliceItems } from '../editor/yaml-splice.ts';

export interface TownshipFactsEdit {
  population?: {
    population: number;
    population_year: number;
    population_kind: PopulationKind;
    population_source: string;
  };
  area?: { area_km2_official: number; area_source: string };
}

const FILE = 'geodata/src/townships.yaml';

/** Whether the entry already says what `edit` says (a workbook imported twice changes nothing). */
export function townshipHas(text: string, code: string, edit: TownshipFactsEdit): boolean {
  const item = readListFile(text, FILE).list.items.find((i) => String(i.get('code')) === code);
  if (!item) return false;
  return [edit.population, edit.area].every(
    (part) => part === undefined || Object.entries(part).every(([field, value]) => item.get(field) === value),
  );
}

/** The file with the township `code` given the figures of `edit`. */
export function editTownship(text: string, code: string, edit: TownshipFactsEdit): string {
  const file = readListFile(text, FILE);
  const item = file.list.items.find((i) => String(i.get('code')) === code) as YAMLMap | undefined;
  if (!item) throw new Error(`${FILE}: no township ${code}`);
  for (const part of [edit.population, edit.area])
    for (const [field, value] of Object.entries(part ?? {})) item.set(field, value);
  // A note says what is doubtful about the old figures: with both replaced, it is about nothing.
  if (edit.population && edit.area) {
    item.delete('note');
    item.delete('note_zh');
  }
  return spliceItems(file, [item], []);
}
