/**
 * The rules for a record's `progress` entries (docs/data-model.md), shared by the build's check of
 * projects.yaml and the app's run-time validator, and the reading of a record's latest status.
 * Pure: no I/O; "today" is passed in so that a check gives the same answer on every run of a test.
 */
import type { ProgressEntry, ProjectProperties } from './project.ts';
import { isNonEmptyString as text, show } from './validation-problem.ts';
import { DATE_KINDS, STATUSES, type LatestStatusKey } from './vocabulary.ts';

export interface EntryIssue {
  /** The entry's field, e.g. `date`; `''` for the entry as a whole. */
  field: string;
  message: string;
  fix: string;
}

/** The fields of an entry, and what each holds, for the fix texts of both checks. */
export const PROGRESS_HELP = {
  date: 'the date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD',
  date_kind:
    'leave it out when the date is the event\'s own; "published" when it is the page\'s publication date',
  status: `one of ${Object.keys(STATUSES).join(', ')}`,
  fact_zh: 'one sentence in Chinese, in your own words',
  fact_en: 'one sentence in English, in your own words',
  source_name: 'the publisher, e.g. 每日甘肃网',
  source_url: "the page's address, starting with http:// or https://",
  retrieved: 'the day the page was read, YYYY-MM-DD',
  reported_by:
    'the district office (区属单位) that reported the entry through the workbook, e.g. 西峰区水务局; left out for a public page found by a search',
} as const;

/**
 * An entry a district office reported (`reported_by`): the office may be the source itself (no
 * address) and staff write Chinese only (no English until someone translates it).
 */
export function isOfficeEntry(entry: { reported_by?: unknown }): boolean {
  return typeof entry.reported_by === 'string' && entry.reported_by.trim() !== '';
}

/** An entry whose English is still to be written: the English interface shows its Chinese, marked. */
export function isUntranslated(entry: { fact_en?: unknown }): boolean {
  return typeof entry.fact_en !== 'string' || entry.fact_en.trim() === '';
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /[A-Za-z]/;
/**
 * Four or more Latin words in a row: an English phrase. Names in Chinese text (`G211`, `5A`,
 * `PPP`) stay well below it.
 */
export const ENGLISH_PHRASE = /[A-Za-z]{2,}(?:[\s,;:'’-]+[A-Za-z]{2,}){3,}/;

/** Text the Chinese interface can show: it has Chinese, and no English phrase. */
export function isChineseOnly(value: string): boolean {
  return HAN.test(value) && !ENGLISH_PHRASE.test(value);
}

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a day, month or year that exists. */
export function isRealDate(value: unknown, { dayOnly = false } = {}): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (match === null) return false;
  const [, y, m, d] = match;
  if (dayOnly && d === undefined) return false;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a date of any precision can mean (`2023` → `2023-01-01`), for comparisons. */
export function firstDay(date: string): string {
  return `${date}-01-01`.slice(0, 10);
}

/**
 * Whether an entry's date comes before its report's delivery day (`YYYY-MM-DD`), read at its first
 * day (`2021` is before 2021-11-18): such a fact is background to the report, not progress since it.
 */
export function isBeforeReport(date: string, delivered: string): boolean {
  return firstDay(date) < delivered;
}

/** Only http(s) addresses may become links: never `javascript:`, `data:` or a relative path. */
export function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value.trim())) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function textIssues(e: Record<string, unknown>): EntryIssue[] {
  const issues: EntryIssue[] = [];
  const office = isOfficeEntry(e);
  if (e.reported_by !== undefined && e.reported_by !== null && !office)
    issues.push({
      field: 'reported_by',
      message: `reported_by is ${show(e.reported_by)}`,
      fix: `give ${PROGRESS_HELP.reported_by}`,
    });
  for (const field of ['fact_zh', 'fact_en', 'source_name'] as const) {
    // An office's entry may wait for its English (null or left out).
    if (field === 'fact_en' && office && (e.fact_en === undefined || e.fact_en === null)) continue;
    if (!text(e[field]))
      issues.push({ field, message: `${field} is ${show(e[field])}`, fix: `give ${PROGRESS_HELP[field]}` });
  }
  if (text(e.fact_zh) && !HAN.test(e.fact_zh))
    issues.push({
      field: 'fact_zh',
      message: 'fact_zh has no Chinese',
      fix: `give ${PROGRESS_HELP.fact_zh}`,
    });
  else if (text(e.fact_zh) && ENGLISH_PHRASE.test(e.fact_zh))
    issues.push({
      field: 'fact_zh',
      message: 'fact_zh holds an English phrase',
      fix: 'write it all in Chinese: the Chinese interface shows only Chinese',
    });
  if (text(e.fact_en) && !LATIN_LETTER.test(e.fact_en))
    issues.push({
      field: 'fact_en',
      message: 'fact_en has no English',
      fix: `give ${PROGRESS_HELP.fact_en}`,
    });
  return issues;
}

function dateIssues(e: Record<string, unknown>, today: string): EntryIssue[] {
  const issues: EntryIssue[] = [];
  const { date, retrieved } = e;
  const dateOk = isRealDate(date);
  if (typeof date === 'number')
    // YAML reads an unquoted 2023 as a number.
    issues.push({
      field: 'date',
      message: `date is the number ${date}, not text`,
      fix: `quote it: date: "${date}"`,
    });
  else if (!dateOk)
    issues.push({
      field: 'date',
      message: `date ${show(date)} is not a real date`,
      fix: `give ${PROGRESS_HELP.date}`,
    });
  const retrievedOk = isRealDate(retrieved, { dayOnly: true });
  if (!retrievedOk)
    issues.push({
      field: 'retrieved',
      message: `retrieved ${show(retrieved)} is not a real day`,
      fix: `give ${PROGRESS_HELP.retrieved}`,
    });
  else if (retrieved > today)
    issues.push({
      field: 'retrieved',
      message: `retrieved ${retrieved} is after today (${today})`,
      fix: 'give the day the page was read',
    });
  if (dateOk && retrievedOk && firstDay(date) > retrieved)
    issues.push({
      field: 'date',
      message: `date ${date} is after retrieved ${retrieved}`,
      fix: 'a source read on that day cannot report a later event: correct the date or retrieved',
    });
  return issues;
}

/** Every problem of one entry; [] when it is good. Unknown fields are the build's concern, not this. */
export function progressEntryIssues(entry: unknown, today: string): EntryIssue[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    return [
      {
        field: '',
        message: `the entry is ${show(entry)}, not a set of fields`,
        fix: 'write it as in docs/data-model.md',
      },
    ];
  const e = entry as Record<string, unknown>;
  const issues = [...dateIssues(e, today)];
  if (e.date_kind !== undefined && e.date_kind !== null && !Object.hasOwn(DATE_KINDS, e.date_kind as string))
    issues.push({
      field: 'date_kind',
      message: `date_kind ${show(e.date_kind)} is not event or published`,
      fix: PROGRESS_HELP.date_kind,
    });
  if (!Object.hasOwn(STATUSES, typeof e.status === 'string' ? e.status : ''))
    issues.push({
      field: 'status',
      message: `status ${show(e.status)} is not a known status`,
      fix: `use ${PROGRESS_HELP.status}`,
    });
  issues.push(...textIssues(e));
  const officeOwnSource = isOfficeEntry(e) && (e.source_url === undefined || e.source_url === null);
  if (!officeOwnSource && !isWebUrl(e.source_url))
    issues.push({
      field: 'source_url',
      message:
        e.source_url === undefined
          ? 'source_url is missing'
          : `source_url ${show(e.source_url)} is not an http(s) address`,
      fix: `give ${PROGRESS_HELP.source_url}`,
    });
  return issues;
}

/** Oldest first; entries of one date keep their order. A year sorts before its months. */
export function sortProgress<T extends { date: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The most recent entry, or null when public sources say nothing yet. `background` never counts. */
export function latestProgress(p: Pick<ProjectProperties, 'progress'>): ProgressEntry | null {
  return p.progress.at(-1) ?? null;
}

/** The record's status for the filter and the badges: the latest entry's, or `none`. */
export function latestStatus(p: Pick<ProjectProperties, 'progress'>): LatestStatusKey {
  return latestProgress(p)?.status ?? 'none';
}

/**
 * Today as `YYYY-MM-DD` in China (UTC+8, no daylight saving), for the date checks: the district's
 * staff read and record sources on China's calendar, which runs eight hours ahead of UTC (in UTC
 * a page read at 07:00 on the 30th would be "after today" until 08:00).
 */
export function todayIso(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
