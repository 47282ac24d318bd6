/**
 * Validation of a compiled `projects.geojson` (docs/data-model.md), for the build and for the app at
 * run time. Pure: unknown JSON in, the valid features and a list of problems out. A bad record is
 * dropped and reported, the good ones are kept, so the app can show what it has plus a notice.
 * It never throws and never mutates its input (valid features are returned as the same objects, but
 * for a record with a bad `progress` entry: that entry alone is dropped, from a copy of the record).
 * This file checks the collection, the features and their properties; the geometry checks are in
 * `validate-geometry.ts` (its `hasAtMostSixDecimals` is re-exported from here).
 */
import type { ProjectFeature } from './project';
import { isRealDate, progressEntryIssues, todayIso } from './progress';
import { geometryIssues, isKeyOf, isRecord, show, type Issue } from './validate-geometry';
import { AREAS, CATEGORIES, PHASES, PRECISIONS, UNITS } from './vocabulary';

export { hasAtMostSixDecimals } from './validate-geometry';

export interface Problem {
  /** The record's id when it has a string one. */
  id: string | null;
  /** Index in `features`; -1 for a problem with the collection itself. */
  index: number;
  field: string;
  message: string;
  fix: string;
  /** What was left out: the whole record, or only one of its progress entries. */
  dropped: 'record' | 'entry';
}

export interface ValidationResult {
  valid: ProjectFeature[];
  problems: Problem[];
}

type Props = Record<string, unknown>;

export const PROJECT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TOWNSHIP_CODE_PATTERN = /^\d{9}$/;
const CITED_PATTERN = /\bcited\b/i;

const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
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

function propertyIssues(p: Props): Issue[] {
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

function featureIssues(feature: unknown, index: number, seen: Map<string, number>): Issue[] {
  if (!isRecord(feature) || feature.type !== 'Feature') {
    const what = isRecord(feature) ? `of type ${show(feature.type)}` : show(feature);
    return [{ field: 'type', message: `the feature is ${what}`, fix: 'give a GeoJSON Feature' }];
  }
  const props = feature.properties;
  if (!isRecord(props)) {
    return [
      { field: 'properties', message: `properties is ${show(props)}`, fix: 'give the properties object' },
    ];
  }
  const issues = propertyIssues(props);
  if (feature.id !== props.id) {
    const message = `the feature's id ${show(feature.id)} differs from properties.id`;
    issues.push({ field: 'id', message, fix: 'set the top-level id equal to properties.id' });
  }
  if (typeof props.id === 'string') {
    const first = seen.get(props.id);
    if (first === undefined) seen.set(props.id, index);
    else {
      const message = `id ${show(props.id)} is already used by feature ${first}`;
      issues.push({ field: 'id', message, fix: 'give every record its own id' });
    }
  }
  if (!('geometry' in feature))
    issues.push({ field: 'geometry', message: 'geometry is missing', fix: 'add it, or null' });
  else issues.push(...geometryIssues(feature.geometry, props.precision));
  return issues;
}

function recordId(feature: unknown): string | null {
  const props = isRecord(feature) ? feature.properties : undefined;
  return isRecord(props) && typeof props.id === 'string' ? props.id.slice(0, 200) : null;
}

/** The problems of each bad entry, one entry's at a time; the entry is dropped, never the record. */
function progressProblems(progress: readonly unknown[], today: string) {
  return progress.flatMap((entry, i) =>
    progressEntryIssues(entry, today).map((issue) => ({
      entry: i,
      field: `progress[${i}]${issue.field ? `.${issue.field}` : ''}`,
      message: `progress[${i}]: ${issue.message}`,
      fix: issue.fix,
    })),
  );
}

/** `today` bounds the dates (a progress entry read in the future is a typo); tests pin it. */
export function validateProjects(input: unknown, today = todayIso()): ValidationResult {
  const valid: ProjectFeature[] = [];
  const problems: Problem[] = [];
  const collection = (field: string, message: string, fix: string) =>
    problems.push({ id: null, index: -1, field, message, fix, dropped: 'record' });
  try {
    if (!isRecord(input)) {
      collection(
        'type',
        `the data is ${show(input)}, not a FeatureCollection`,
        'give a GeoJSON FeatureCollection',
      );
      return { valid, problems };
    }
    if (input.type !== 'FeatureCollection') {
      collection('type', `type is ${show(input.type)}`, 'set type to "FeatureCollection"');
    }
    if ('crs' in input)
      collection('crs', 'the collection has a crs member', 'remove it: RFC 7946 data is WGS84');
    if (!Array.isArray(input.features)) {
      collection('features', `features is ${show(input.features)}, not a list`, 'give a list of features');
      return { valid, problems };
    }
    const seen = new Map<string, number>();
    const features: unknown[] = input.features;
    for (let index = 0; index < features.length; index++) {
      const feature = features[index];
      let issues: Issue[];
      try {
        issues = featureIssues(feature, index, seen);
      } catch {
        issues = [
          { field: 'feature', message: 'the feature could not be read', fix: 'give plain JSON data' },
        ];
      }
      if (issues.length > 0) {
        for (const issue of issues)
          problems.push({ id: safeRecordId(feature), index, ...issue, dropped: 'record' });
        continue;
      }
      const record = feature as ProjectFeature;
      const entryProblems = progressProblems(record.properties.progress, today);
      if (entryProblems.length === 0) {
        valid.push(record);
        continue;
      }
      for (const p of entryProblems)
        problems.push({ id: record.properties.id, index, ...p, dropped: 'entry' });
      const bad = new Set(entryProblems.map((p) => p.entry));
      const progress = record.properties.progress.filter((_, i) => !bad.has(i));
      valid.push({ ...record, properties: { ...record.properties, progress } });
    }
  } catch {
    collection('features', 'the data could not be read', 'give plain JSON data');
  }
  return { valid, problems };
}

function safeRecordId(feature: unknown): string | null {
  try {
    return recordId(feature);
  } catch {
    return null;
  }
}
