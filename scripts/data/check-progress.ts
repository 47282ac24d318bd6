/**
 * The `progress`, `background` and `progress_searched` fields of a record in projects.yaml. The rules
 * of one entry are the app's own (`progressEntryIssues`), so the build and the run-time validator never
 * disagree; this file adds what only the source has: field lines, unknown fields, a date for the
 * search, and the line between the two lists: an entry dated (at its first day) before its record's
 * report was delivered is `background`, any other is `progress`.
 */
import type { ProgressEntry } from '../../src/lib/domain/project.ts';
import {
  isBeforeReport,
  isRealDate,
  PROGRESS_HELP,
  progressEntryIssues,
  sortProgress,
} from '../../src/lib/domain/progress.ts';
import type { DateKindKey, StatusKey } from '../../src/lib/domain/vocabulary.ts';
import { isMapping, type FieldReader } from './field-reader.ts';
import { preview } from './source-problem.ts';

const ENTRY_FIELDS = '{ date, status, fact_zh, fact_en, source_name, source_url, retrieved, reported_by? }';

export const PROGRESS_FIELD_HELP = {
  progress: `a list of entries ${ENTRY_FIELDS}, each dated on or after the day its report was delivered`,
  background: `a list of entries ${ENTRY_FIELDS}, each dated before the day its report was delivered`,
  progress_searched: 'the day public sources were last searched for this record, YYYY-MM-DD',
};

export type EntryList = 'progress' | 'background';

/** An entry in the wrong list for its date: progress is what happened since the report. */
function wrongListFix(list: EntryList, i: number, date: string, delivered: string) {
  return list === 'progress'
    ? {
        message: `${list}[${i}].date ${date} is before its report was delivered (${delivered}): progress is what happened since the report`,
        fix: 'move the entry to background (the same fields), or correct its date',
      }
    : {
        message: `${list}[${i}].date ${date} is not before its report was delivered (${delivered}): background is what happened before the report`,
        fix: 'move the entry to progress, or correct its date',
      };
}

function readEntry(
  reader: FieldReader,
  list: EntryList,
  i: number,
  today: string,
  delivered: string | null,
): ProgressEntry | undefined {
  const path = `${list}.${i}`;
  const raw = (reader.fields[list] as unknown[])[i];
  if (!isMapping(raw)) {
    reader.report(
      path,
      `${list}[${i}] is ${preview(raw)}, not an entry`,
      `give ${PROGRESS_FIELD_HELP[list]}`,
    );
    return undefined;
  }
  const entry = reader.child(path, `${list}[${i}]`, PROGRESS_HELP);
  const before = entry.problemCount();
  entry.rejectUnknownFields();
  const issues = progressEntryIssues(raw, today);
  for (const issue of issues) entry.report(issue.field, `${list}[${i}].${issue.message}`, issue.fix);
  const date = raw.date as string;
  if (delivered !== null && !issues.some((issue) => issue.field === 'date')) {
    if (isBeforeReport(date, delivered) !== (list === 'background')) {
      const { message, fix } = wrongListFix(list, i, date, delivered);
      entry.report('date', message, fix);
    }
  }
  if (entry.problemCount() > before) return undefined;
  return {
    date,
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

/**
 * The entries of `progress` or `background`, oldest first (the file may list them in any order);
 * undefined when any is bad. `delivered`: the day the record's report was delivered, which divides
 * the two lists; null when the report is unknown (the dates are then not compared with it).
 */
export function readEntries(
  reader: FieldReader,
  list: EntryList,
  today: string,
  delivered: string | null,
): ProgressEntry[] | undefined {
  if (reader.isAbsent(list)) return [];
  const items = reader.list(list);
  if (items === undefined) return undefined;
  const entries = items.map((_, i) => readEntry(reader, list, i, today, delivered));
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
