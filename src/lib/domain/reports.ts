/**
 * The reports the records quote, as the app reads them from `data/reports.json`, which the build
 * makes from geodata/reports.yaml (scripts/vite-publish-geodata.ts); and which sentence of a record
 * the report reader marks on a line. Pure: unknown JSON in, the reports or one clear problem out.
 */
import type { ProjectProperties } from './project.ts';
import { isRealDate } from './progress.ts';
import { PROJECT_ID_PATTERN } from './validate-properties.ts';
import { isNonEmptyString, isRecord, show } from './validation-problem.ts';

/** What is known of a report, in the registry (geodata/reports.yaml) and in reports.json alike. */
export interface ReportFacts {
  id: string;
  title_zh: string;
  title_en: string;
  /** The year whose tasks the report sets out; its records' phases follow from it. */
  year: number;
  /**
   * `YYYY-MM-DD`, the day it was delivered: it dates the report's entry in a record's timeline and
   * orders the later reports that follow a record up.
   */
  delivered: string;
}

export interface PublishedReport extends ReportFacts {
  /** The name its text is published under, beside reports.json (`report-<id>.txt`). */
  file: string;
}

/** The report on the latest year (the last delivered of those), or null for none. */
export function newestReport<R extends ReportFacts>(reports: readonly R[]): R | null {
  let newest: R | null = null;
  for (const r of reports)
    if (!newest || r.year > newest.year || (r.year === newest.year && r.delivered > newest.delivered))
      newest = r;
  return newest;
}

/** The name the build publishes a report's text under. */
export const reportTextFile = (id: string): string => `report-${id}.txt`;

/** A plain file name beside reports.json: it becomes part of a URL, so no folders and no `..`. */
const TEXT_FILE = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.txt$/i;

function entryProblem(entry: unknown, seen: Set<string>): string | null {
  if (!isRecord(entry)) return `is ${show(entry)}, not a report`;
  const { id, year, delivered, file } = entry;
  if (typeof id !== 'string' || !PROJECT_ID_PATTERN.test(id))
    return `id ${show(id)} is not lower-case words joined by "-"`;
  if (seen.has(id)) return `id ${show(id)} is listed twice`;
  seen.add(id);
  for (const field of ['title_zh', 'title_en'] as const)
    if (!isNonEmptyString(entry[field])) return `${field} is ${show(entry[field])}`;
  if (!Number.isInteger(year)) return `year ${show(year)} is not a whole number`;
  if (!isRealDate(delivered, { dayOnly: true }))
    return `delivered ${show(delivered)} is not a day YYYY-MM-DD`;
  if (typeof file !== 'string' || !TEXT_FILE.test(file)) return `file ${show(file)} is not a .txt file name`;
  return null;
}

/**
 * The reports, in registry order, or the first problem found. All or nothing: the file is written by
 * the build, so a bad entry means a broken deployment, and half a list would date records wrongly.
 */
export function readReports(
  input: unknown,
): { reports: PublishedReport[]; problem: null } | { reports: null; problem: string } {
  if (!Array.isArray(input) || input.length === 0)
    return { reports: null, problem: `the data is ${show(input)}, not a list of reports` };
  const seen = new Set<string>();
  for (const [i, entry] of input.entries()) {
    const problem = entryProblem(entry, seen);
    if (problem !== null) return { reports: null, problem: `report ${i + 1}: ${problem}` };
  }
  return { reports: input as PublishedReport[], problem: null };
}

/**
 * The sentence the reader marks on `line` of `report`: the record's own quote when it stands there,
 * else the quote of a later record that continues it there (read from the record's timeline).
 */
export function quoteOnLine(
  p: Pick<ProjectProperties, 'report' | 'report_line' | 'quote' | 'continued_by'>,
  report: string,
  line: number,
): string | null {
  if (p.report === report && p.report_line === line) return p.quote;
  return p.continued_by.find((c) => c.report === report && c.report_line === line)?.quote ?? null;
}
