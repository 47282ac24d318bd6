/**
 * Validation of a compiled `projects.geojson` (docs/data-model.md), for the build and for the app at
 * run time. Pure: unknown JSON in, the valid features and a list of problems out. A bad record is
 * dropped and reported, the good ones are kept, so the app can show what it has plus a notice.
 * It never throws and never mutates its input (valid features are returned as the same objects, but
 * for a record with a bad `progress` or `background` entry: that entry alone is dropped, from a copy of
 * the record).
 * This file checks the collection and the features; their properties are checked in
 * `validate-properties.ts`, their geometry in `validate-geometry.ts` (its `hasAtMostSixDecimals` is
 * re-exported from here).
 */
import { phaseKind, reportPhases } from './phases.ts';
import type { ProjectFeature } from './project.ts';
import { progressEntryIssues, todayIso } from './progress.ts';
import { geometryIssues } from './validate-geometry.ts';
import { propertyIssues } from './validate-properties.ts';
import { isRecord, show, type Issue, type Problem } from './validation-problem.ts';

export { hasAtMostSixDecimals } from './validate-geometry.ts';
export { PROJECT_ID_PATTERN, TOWNSHIP_CODE_PATTERN } from './validate-properties.ts';
export type { Problem } from './validation-problem.ts';

export interface ValidationResult {
  valid: ProjectFeature[];
  problems: Problem[];
}

/**
 * A record of a report the app was not given (reports.json) has no text to open and no date; a
 * phase that is not one of its report's would be labelled as something the report does not say.
 */
function reportIssues(
  props: Record<string, unknown>,
  reportYears: ReadonlyMap<string, number> | undefined,
): Issue[] {
  if (reportYears === undefined || typeof props.report !== 'string') return [];
  const year = reportYears.get(props.report);
  if (year === undefined) {
    return [
      {
        field: 'report',
        message: `report ${show(props.report)} is not in reports.json`,
        fix: 'register the report in geodata/reports.yaml and publish reports.json with this file',
      },
    ];
  }
  if (typeof props.phase !== 'string' || phaseKind(props.phase, year) !== null) return [];
  return [
    {
      field: 'phase',
      message: `phase ${show(props.phase)} is not a phase of report ${show(props.report)} (${year})`,
      fix: `use one of: ${reportPhases(year)
        .map((key) => `"${key}"`)
        .join(', ')}`,
    },
  ];
}

function featureIssues(
  feature: unknown,
  index: number,
  seen: Map<string, number>,
  reportYears?: ReadonlyMap<string, number>,
): Issue[] {
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
  const issues = [...propertyIssues(props), ...reportIssues(props, reportYears)];
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

type EntryList = 'progress' | 'background';

/** The problems of each bad entry, one entry's at a time; the entry is dropped, never the record. */
function entryProblems(list: EntryList, entries: readonly unknown[], today: string) {
  return entries.flatMap((entry, i) =>
    progressEntryIssues(entry, today).map((issue) => ({
      list,
      entry: i,
      field: `${list}[${i}]${issue.field ? `.${issue.field}` : ''}`,
      message: `${list}[${i}]: ${issue.message}`,
      fix: issue.fix,
    })),
  );
}

/**
 * `today` bounds the dates (a progress entry read in the future is a typo); tests pin it. With
 * `reportYears` (the app's reports, from reports.json, by id), a record of any other report is left
 * out too, and so is one whose phase is not of its report's year.
 */
export function validateProjects(
  input: unknown,
  today = todayIso(),
  reportYears?: ReadonlyMap<string, number>,
): ValidationResult {
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
        issues = featureIssues(feature, index, seen, reportYears);
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
      const bad = [
        ...entryProblems('progress', record.properties.progress, today),
        ...entryProblems('background', record.properties.background, today),
      ];
      if (bad.length === 0) {
        valid.push(record);
        continue;
      }
      for (const { field, message, fix } of bad)
        problems.push({ id: record.properties.id, index, field, message, fix, dropped: 'entry' });
      const keep = (list: EntryList) => {
        const dropped = new Set(bad.filter((p) => p.list === list).map((p) => p.entry));
        return record.properties[list].filter((_, i) => !dropped.has(i));
      };
      valid.push({
        ...record,
        properties: { ...record.properties, progress: keep('progress'), background: keep('background') },
      });
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
