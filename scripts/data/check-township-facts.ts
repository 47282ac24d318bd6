/**
 * geodata/src/townships.yaml: what open sources say of each township-level unit (its people and
 * its land, each with its source; null where nothing was found) and the weight that sizes its
 * schematic area (power-diagram.ts; written by `npm run data:fit-townships`). Every township of
 * geodata/townships.json appears once.
 */
import { FieldReader, type FieldHelp } from './field-reader.ts';
import type { SourceItem } from './load-sources.ts';
import type { Gazetteer } from './reference-data.ts';
import { fileProblem, preview, type SourceProblem } from './source-problem.ts';

export const POPULATION_KINDS = ['registered', 'resident', 'unstated'] as const;
export type PopulationKind = (typeof POPULATION_KINDS)[number];

/** The facts as geodata/townships.geojson carries them (null: no source found). */
export interface TownshipFacts {
  population: number | null;
  population_year: number | null;
  population_kind: PopulationKind | null;
  population_source: string | null;
  area_km2_official: number | null;
  area_source: string | null;
  /** What is doubtful about the figures, in English and Chinese (geodata/src/townships.yaml `note`). */
  facts_note: string | null;
  facts_note_zh: string | null;
}

export interface TownshipFactsEntry extends TownshipFacts {
  code: string;
  /** Squared plane degrees; 0 draws the plain nearest-seat area. */
  schematic_weight: number;
}

const HELP: FieldHelp = {
  code: 'the 9-digit NBS code of the township (geodata/townships.json), quoted',
  name_zh: 'its Chinese name, as in geodata/townships.json',
  population: 'the number of people, or null when no source gives one',
  population_year: 'the year the figure is for, or null when the source does not say',
  population_kind: 'registered (户籍), resident (常住) or unstated; null when population is null',
  population_source:
    'the source: its name, address, date and the phrase quoted; null when population is null',
  area_km2_official: 'the land area in km², or null when no source gives one',
  area_source: 'the source of the area, as for population_source; null when the area is null',
  note: 'optional, English: what is doubtful about a figure',
  note_zh: 'the note in Chinese (required whenever note is given)',
  schematic_weight: 'a number written by npm run data:fit-townships (0 for the plain nearest-seat area)',
};

/** A value or null; null also when the field is absent. */
function nullable<T>(reader: FieldReader, field: string, read: () => T | undefined): T | null | undefined {
  return reader.fields[field] === null || reader.fields[field] === undefined ? null : read();
}

function checkEntry(
  item: SourceItem,
  gazetteer: Gazetteer,
  problems: SourceProblem[],
): TownshipFactsEntry | null {
  const subject = `township #${item.index + 1}`;
  if (!FieldReader.isMapping(item, subject, problems)) return null;
  const before = problems.length;
  const reader = new FieldReader(item, subject, HELP, problems);
  reader.rejectUnknownFields();
  const code = reader.code('code', 9);
  const known = code === undefined ? undefined : gazetteer.townships.get(code);
  if (code !== undefined && known === undefined)
    reader.report(
      'code',
      `code ${code} is not in geodata/townships.json`,
      'use one of its 9-digit township codes',
    );
  const name = reader.text('name_zh');
  if (known && name !== undefined && name !== known.name_zh)
    reader.report(
      'name_zh',
      `name_zh ${preview(name)} is not ${known.name_zh}, the name of ${code}`,
      `write ${known.name_zh}`,
    );
  const population = nullable(reader, 'population', () => reader.wholeNumber('population', 1));
  const area = nullable(reader, 'area_km2_official', () => {
    const value = reader.fields.area_km2_official;
    if (typeof value === 'number' && value > 0 && value < 10_000) return value;
    reader.report(
      'area_km2_official',
      `area_km2_official is ${preview(value)}`,
      `give ${HELP.area_km2_official}`,
    );
    return undefined;
  });
  const entry = {
    code: code ?? '',
    population: population ?? null,
    population_year:
      nullable(reader, 'population_year', () => reader.wholeNumber('population_year', 1949)) ?? null,
    population_kind:
      nullable(reader, 'population_kind', () => reader.oneOf('population_kind', POPULATION_KINDS)) ?? null,
    population_source: nullable(reader, 'population_source', () => reader.text('population_source')) ?? null,
    area_km2_official: area ?? null,
    area_source: nullable(reader, 'area_source', () => reader.text('area_source')) ?? null,
    facts_note: nullable(reader, 'note', () => reader.text('note')) ?? null,
    facts_note_zh: nullable(reader, 'note_zh', () => reader.text('note_zh')) ?? null,
    schematic_weight: 0,
  };
  const weight = reader.fields.schematic_weight;
  if (typeof weight === 'number' && Number.isFinite(weight)) entry.schematic_weight = weight;
  else if (weight !== undefined)
    reader.report(
      'schematic_weight',
      `schematic_weight is ${preview(weight)}`,
      `give ${HELP.schematic_weight}`,
    );
  // A figure comes with its source, its kind with a figure; nothing is said without a figure. Read
  // from the file as written, so that a value already refused above is not blamed twice.
  const given = (field: string) => reader.fields[field] !== null && reader.fields[field] !== undefined;
  const pairs = [
    ['population', 'population_source'],
    ['population', 'population_kind'],
    ['area_km2_official', 'area_source'],
  ] as const;
  for (const [value, companion] of pairs)
    if (given(value) !== given(companion))
      reader.report(
        companion,
        given(value) ? `${value} is given without ${companion}` : `${companion} is given without ${value}`,
        'give both, or null for both',
      );
  if (entry.population === null && entry.population_year !== null)
    reader.report(
      'population_year',
      'population_year is given without population',
      'give both, or null for both',
    );
  if (reader.fields.note !== undefined && reader.fields.note_zh === undefined)
    reader.report('note_zh', 'note is given without note_zh', `give ${HELP.note_zh}`);
  return problems.length === before ? entry : null;
}

export function checkTownshipFacts(
  items: readonly SourceItem[],
  gazetteer: Gazetteer,
  file: string,
): { facts: Map<string, TownshipFactsEntry>; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  const facts = new Map<string, TownshipFactsEntry>();
  for (const item of items) {
    const entry = checkEntry(item, gazetteer, problems);
    if (entry === null) continue;
    if (facts.has(entry.code))
      problems.push({
        file,
        line: item.line,
        subject: `township ${entry.code}`,
        message: `township ${entry.code} is listed twice`,
        fix: 'keep one entry a township',
      });
    else facts.set(entry.code, entry);
  }
  for (const code of gazetteer.townships.keys())
    if (!facts.has(code) && problems.length === 0)
      problems.push(
        fileProblem(
          file,
          `township ${code} (${gazetteer.townships.get(code)!.name_zh}) has no entry`,
          'add one, with null for what is not known',
        ),
      );
  return { facts, problems };
}
