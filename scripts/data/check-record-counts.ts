/**
 * The counted parts of a record in projects.yaml: its `targets` (each one's text inside the quote)
 * and its `sites` (a multi-site item placed or named only in part), with the rule that a record
 * whose note says part of it is not placed counts that part in `sites`.
 */
import type { Sites, Target } from '../../src/lib/domain/project.ts';
import { UNITS, type UnitKey } from '../../src/lib/domain/vocabulary.ts';
import { isMapping, type FieldHelp, type FieldReader } from './field-reader.ts';
import { preview } from './source-problem.ts';

const keys = <T extends object>(table: T) => Object.keys(table) as (keyof T & string)[];

export const TARGETS_HELP = 'a list of { value, unit, text }';
const TARGET_HELP: FieldHelp = {
  value: 'a positive number in the base unit (万 and 亿 multiplied out: 1.12万 → 11200)',
  unit: `one of ${keys(UNITS).join(', ')}`,
  text: 'the target as it stands in the quote, e.g. 1.12万头',
};
const SITES_HELP: FieldHelp = {
  total: 'the number of sites',
  named:
    'how many of them are named (by the report, or by a cited source the note gives); for a record with places, how many are placed',
};

export function readTargets(reader: FieldReader, quote: string | undefined): Target[] | undefined {
  if (reader.isAbsent('targets')) return [];
  const list = reader.list('targets');
  if (list === undefined) return undefined;
  const targets = list.map((_, i): Target | undefined => {
    if (!isMapping(list[i])) {
      reader.report(
        `targets.${i}`,
        `targets[${i}] is ${preview(list[i])}, not { value, unit, text }`,
        `give ${TARGETS_HELP}`,
      );
      return undefined;
    }
    const target = reader.child(`targets.${i}`, `targets[${i}]`, TARGET_HELP);
    target.rejectUnknownFields();
    const raw = target.fields.value;
    const value = typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? raw : undefined;
    if (value === undefined)
      target.report(
        'value',
        `targets[${i}].value is ${preview(raw)}, not a positive number`,
        `give ${TARGET_HELP.value}`,
      );
    const unit = target.oneOf('unit', keys(UNITS)) as UnitKey | undefined;
    const text = target.text('text');
    if (text !== undefined && quote !== undefined && !quote.includes(text)) {
      target.report(
        'text',
        `targets[${i}].text ${preview(text)} is not in the quote`,
        'copy the target from the quote, character for character',
      );
      return undefined;
    }
    return value !== undefined && unit !== undefined && text !== undefined
      ? { value, unit, text }
      : undefined;
  });
  return targets.every((t) => t !== undefined) ? (targets as Target[]) : undefined;
}

export function readSites(reader: FieldReader): Sites | null | undefined {
  if (reader.isAbsent('sites')) return null;
  if (reader.mapping('sites') === undefined) return undefined;
  const sites = reader.child('sites', 'sites', SITES_HELP);
  sites.rejectUnknownFields();
  const total = sites.wholeNumber('total', 1);
  const named = sites.wholeNumber('named', 0);
  if (total === undefined || named === undefined) return undefined;
  if (named > total) {
    sites.report(
      'named',
      `sites.named ${named} is more than sites.total ${total}`,
      'named counts the sites that are named (for a record with places: placed), out of total',
    );
    return undefined;
  }
  return { total, named };
}

/**
 * A record placed only in part says so in `sites`, not only in its note: the map and the location
 * sentence read `sites` (the phrase "not placed" is how the notes name what is left out).
 */
export function checkSitesNoted(
  reader: FieldReader,
  places: string[] | undefined,
  sites: Sites | null | undefined,
  note: string | null | undefined,
): void {
  if (places === undefined || places.length === 0 || sites !== null) return;
  if (typeof note !== 'string' || !/\bnot placed\b/i.test(note)) return;
  reader.report(
    'note',
    'the note says part of the record is not placed, but the record has no sites',
    'add sites: { total, named }: how many sites the quote names, and how many of them are placed',
  );
}
