/**
 * The `progress` and `progress_searched` fields of a record in projects.yaml. The rules of one entry
 * are the app's own (`progressEntryIssues`), so the build and the run-time validator never disagree;
 * this file adds what only the source has: field lines, unknown fields, and a date for the search.
 */
import type { ProgressEntry } from '../../src/lib/domain/project';
import { isRealDate, PROGRESS_HELP, progressEntryIssues, sortProgress } from '../../src/lib/domain/progress';
import type { DateKindKey, StatusKey } from '../../src/lib/domain/vocabulary';
import { isMapping, type FieldReader } from './field-reader';
import { preview } from './source-problem';

export const PROGRESS_FIELD_HELP = {
  progress:
    'a list of entries { date, status, fact_zh, fact_en, source_name, source_url, retrieved, reported_by? }',
  progress_searched: 'the day public sources were last searched for this record, YYYY-MM-DD',
};

function readEntry(reader: FieldReader, i: number, today: string): ProgressEntry | undefined {
  const path = `progress.${i}`;
  const raw = (reader.fields.progress as unknown[])[i];
  if (!isMapping(raw)) {
    reader.report(
      path,
      `progress[${i}] is ${preview(raw)}, not an entry`,
      `give ${PROGRESS_FIELD_HELP.progress}`,
    );
    return undefined;
  }
  const entry = reader.child(path, `progress[${i}]`, PROGRESS_HELP);
  const before = entry.problemCount();
  entry.rejectUnknownFields();
  for (const issue of progressEntryIssues(raw, today))
    entry.report(issue.field, `progress[${i}].${issue.message}`, issue.fix);
  if (entry.problemCount() > before) return undefined;
  return {
    date: raw.date as string,
    date_kind: (raw.date_kind ?? 'event') as DateKindKey,
    status: raw.status as StatusKey,
    fact_zh: raw.fact_zh as string,
    fact_en: (raw.fact_en ?? null) as string | null,
    source_name: raw.source_name as string,
    source_url: (raw.source_url ?? null) as string | null,
    retrieved: raw.retrieved as string,
    reported_by: (raw.reported_by ?? null) as string | null,
  };
}

/** The entries, oldest first (the file may list them in any order); undefined when any is bad. */
export function readProgress(reader: FieldReader, today: string): ProgressEntry[] | undefined {
  if (reader.isAbsent('progress')) return [];
  const list = reader.list('progress');
  if (list === undefined) return undefined;
  const entries = list.map((_, i) => readEntry(reader, i, today));
  return entries.every((e) => e !== undefined) ? sortProgress(entries as ProgressEntry[]) : undefined;
}

/** null: not searched yet. A searched record with no entries means "no public follow-up found". */
export function readProgressSearched(reader: FieldReader, today: string): string | null | undefined {
  if (reader.isAbsent('progress_searched')) return null;
  const value = reader.fields.progress_searched;
  if (!isRealDate(value, { dayOnly: true })) {
    reader.report(
      'progress_searched',
      `progress_searched ${preview(value)} is not a real day`,
      `give ${PROGRESS_FIELD_HELP.progress_searched}`,
    );
    return undefined;
  }
  if (value > today) {
    reader.report(
      'progress_searched',
      `progress_searched ${value} is after today (${today})`,
      'give the day of the search',
    );
    return undefined;
  }
  return value;
}
