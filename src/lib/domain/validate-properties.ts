/**
 * The checks of a record's properties in a compiled `projects.geojson` (docs/data-model.md): each
 * field against its rule, `exact` only when cited, the targets, and the township among townships.
 * Pure; used by validate-projects.ts. The progress entries are checked apart (progress.ts), since a
 * bad entry is dropped alone.
 */
import { isRealDate } from './progress';
import { isKeyOf, isNonEmptyString, isRecord, show, type Issue } from './validation-problem';
import { AREAS, CATEGORIES, PHASES, PRECISIONS, UNITS } from './vocabulary';

type Props = Record<string, unknown>;

export const PROJECT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TOWNSHIP_CODE_PATTERN = /^\d{9}$/;
const CITED_PATTERN = /\bcited\b/i;

const isTownshipCode = (v: unknown) => typeof v === 'string' && TOWNSHIP_CODE_PATTERN.test(v);
const isCount = (v: unknown, min: number): v is number => Number.isInteger(v) && (v as number) >= min;

interface FieldRule {
  field: string;
  ok: (value: unknown) => boolean;
  expected: string;
  fix: string;
}

const keyRule = (field: string, table: object): FieldRule => ({
  field,
  ok: isKeyOf(table),
  expected: `a known ${field} key`,
  fix: `use one of: ${Object.keys(table).join(', ')}`,
});
const textRule = (field: string): FieldRule => ({
  field,
  ok: isNonEmptyString,
  expected: 'a non-empty string',
  fix: `give ${field} as text`,
});

const FIELD_RULES: readonly FieldRule[] = [
  {
    field: 'id',
    ok: (v) => typeof v === 'string' && PROJECT_ID_PATTERN.test(v),
    expected: 'lower-case ASCII words joined by "-"',
    fix: 'use an id like "dongzhiyuan-water-plant"',
  },
  ...[
    'name_zh',
    'name_en',
    'report',
    'section',
    'status_as_stated',
    'quote',
    'location_source',
    'location_source_zh',
  ].map(textRule),
  keyRule('area', AREAS),
  keyRule('phase', PHASES),
  keyRule('category', CATEGORIES),
  keyRule('precision', PRECISIONS),
  {
    field: 'report_line',
    ok: (v) => isCount(v, 1),
    expected: 'a line number',
    fix: 'give the 1-based line of the report the quote is on',
  },
  {
    field: 'township',
    ok: (v) => v === null || isTownshipCode(v),
    expected: 'a 9-digit code or null',
    fix: 'give the 9-digit NBS township code, or null',
  },
  {
    field: 'townships',
    ok: (v) => Array.isArray(v) && v.every(isTownshipCode) && new Set(v).size === v.length,
    expected: 'a list of distinct 9-digit codes',
    fix: 'list each township code once ([] when district-wide)',
  },
  {
    field: 'places',
    ok: (v) => Array.isArray(v) && v.every(isNonEmptyString),
    expected: 'a list of place keys',
    fix: 'give the gazetteer keys used ([] when none)',
  },
  {
    field: 'targets',
    ok: Array.isArray,
    expected: 'a list',
    fix: 'give a list of targets ([] when none)',
  },
  {
    field: 'sites',
    ok: (v) =>
      v === null || (isRecord(v) && isCount(v.total, 1) && isCount(v.named, 0) && v.named <= v.total),
    expected: 'null or {total, named} with 0 <= named <= total',
    fix: 'give whole numbers, named no more than total, or null',
  },
  {
    field: 'note',
    ok: (v) => v === null || typeof v === 'string',
    expected: 'a string or null',
    fix: 'give text or null',
  },
  {
    field: 'note_zh',
    ok: (v) => v === null || typeof v === 'string',
    expected: 'a string or null',
    fix: 'give text or null',
  },
  {
    field: 'progress',
    ok: Array.isArray,
    expected: 'a list',
    fix: 'give a list of progress entries ([] when none)',
  },
  {
    field: 'progress_searched',
    ok: (v) => v === null || isRealDate(v, { dayOnly: true }),
    expected: 'a day (YYYY-MM-DD) or null',
    fix: 'give the day public sources were searched, or null',
  },
];

function targetIssue(t: unknown): string | null {
  if (!isRecord(t)) return `is ${show(t)}, not a {value, unit, text} object`;
  if (typeof t.value !== 'number' || !Number.isFinite(t.value) || t.value <= 0) {
    return `value ${show(t.value)} is not a positive number`;
  }
  if (!isKeyOf(UNITS)(t.unit)) return `unit ${show(t.unit)} is not a known unit`;
  return isNonEmptyString(t.text) ? null : `text is ${show(t.text)}, not a non-empty string`;
}

export function propertyIssues(p: Props): Issue[] {
  const issues: Issue[] = [];
  for (const rule of FIELD_RULES) {
    const value = p[rule.field];
    if (!rule.ok(value)) {
      issues.push({
        field: rule.field,
        message: `${rule.field} is ${show(value)}, not ${rule.expected}`,
        fix: rule.fix,
      });
    }
  }
  if (
    p.precision === 'exact' &&
    !(typeof p.location_source === 'string' && CITED_PATTERN.test(p.location_source))
  ) {
    const message = 'precision is "exact" but location_source does not say the location is cited';
    issues.push({
      field: 'location_source',
      message,
      fix: 'cite the source of the coordinate, or lower the precision',
    });
  }
  if (Array.isArray(p.targets)) {
    p.targets.forEach((target: unknown, i) => {
      const issue = targetIssue(target);
      const fix = `give a positive value in the base unit, a unit (${Object.keys(UNITS).join(', ')}) and the text`;
      if (issue !== null) issues.push({ field: `targets[${i}]`, message: `targets[${i}] ${issue}`, fix });
    });
  }
  if (isTownshipCode(p.township) && Array.isArray(p.townships) && !p.townships.includes(p.township)) {
    const message = `townships does not include the township ${show(p.township)}`;
    issues.push({ field: 'townships', message, fix: 'add the township code to townships' });
  }
  return issues;
}
