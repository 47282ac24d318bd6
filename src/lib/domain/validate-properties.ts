/**
 * The checks of a record's properties in a compiled `projects.geojson` (docs/data-model.md): each
 * field against its rule, `exact` only when cited, the targets, the township among townships, and
 * the records of later reports that continue it.
 * Pure; used by validate-projects.ts. The progress entries are checked apart (progress.ts), since a
 * bad entry is dropped alone.
 */
import { isRealDate } from './progress.ts';
import { isKeyOf, isNonEmptyString, isRecord, show, type Issue } from './validation-problem.ts';
import { PHASE_PATTERN } from './phases.ts';
import { AREAS, CATEGORIES, PRECISIONS, UNITS } from './vocabulary.ts';

type Props = Record<string, unknown>;

export const PROJECT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TOWNSHIP_CODE_PATTERN = /^\d{9}$/;
const CITED_PATTERN = /\bcited\b/i;

const isTownshipCode = (v: unknown) => typeof v === 'string' && TOWNSHIP_CODE_PATTERN.test(v);
const isRecordId = (v: unknown) => typeof v === 'string' && PROJECT_ID_PATTERN.test(v);
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
    ok: isRecordId,
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
  {
    // Its report says which years (validate-projects.ts, given the reports' years).
    field: 'phase',
    ok: (v) => typeof v === 'string' && PHASE_PATTERN.test(v),
    expected: 'a year "YYYY" or years "YYYY-YYYY"',
    fix: 'give a phase of the record\'s report, e.g. "2022"',
  },
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
    field: 'background',
    ok: Array.isArray,
    expected: 'a list',
    fix: 'give a list of the entries dated before the report ([] when none)',
  },
  {
    field: 'progress_searched',
    ok: (v) => v === null || isRealDate(v, { dayOnly: true }),
    expected: 'a day (YYYY-MM-DD) or null',
    fix: 'give the day public sources were searched, or null',
  },
  {
    field: 'continues',
    ok: (v) => v === null || isRecordId(v),
    expected: 'a record id or null',
    fix: 'give the id of the record of an earlier report this one follows up, or null',
  },
  {
    field: 'continued_by',
    ok: Array.isArray,
    expected: 'a list',
    fix: 'give a list of the later records that continue this one ([] when none)',
  },
];

/** One entry of `continued_by`: a later record, with its report and the day that report was delivered. */
function continuationIssue(c: unknown): string | null {
  if (!isRecord(c))
    return `is ${show(c)}, not a {id, report, report_line, quote, status_as_stated, delivered} object`;
  if (!isRecordId(c.id)) return `id ${show(c.id)} is not a record id`;
  for (const field of ['report', 'quote', 'status_as_stated'] as const)
    if (!isNonEmptyString(c[field])) return `${field} is ${show(c[field])}, not a non-empty string`;
  if (!isCount(c.report_line, 1)) return `report_line ${show(c.report_line)} is not a line number`;
  return isRealDate(c.delivered, { dayOnly: true }) ? null : `delivered ${show(c.delivered)} is not a day`;
}

/** The later records that continue this one, each well formed, in the order of their reports. */
function continuedByIssues(p: Props): Issue[] {
  if (!Array.isArray(p.continued_by)) return [];
  const fix = 'give each later record as { id, report, report_line, quote, status_as_stated, delivered }';
  const issues: Issue[] = [];
  p.continued_by.forEach((entry: unknown, i) => {
    const issue = continuationIssue(entry);
    const field = `continued_by[${i}]`;
    if (issue !== null) issues.push({ field, message: `${field} ${issue}`, fix });
  });
  if (issues.length > 0) return issues;
  const days = (p.continued_by as { delivered: string }[]).map((entry) => entry.delivered);
  if (days.some((day, i) => i > 0 && day < days[i - 1]!))
    issues.push({
      field: 'continued_by',
      message: 'continued_by is not in the order the reports were delivered',
      fix: "list the later records by their report's delivered day, earliest first",
    });
  return issues;
}

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
  if (isRecordId(p.continues) && p.continues === p.id)
    issues.push({
      field: 'continues',
      message: 'continues names the record itself',
      fix: 'give the id of a record of an earlier report, or null',
    });
  issues.push(...continuedByIssues(p));
  return issues;
}
