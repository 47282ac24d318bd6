/**
 * The order of a record's progress timeline: what public sources say happened before the report
 * (`background`, "报告前 / Before the report"), then its own report's entry at the day that report was
 * delivered, each later report that follows it up (`continued_by`) at the day that one was
 * delivered, and the dated findings of public sources among them. Pure, for the timeline component
 * and its tests.
 */
import type { Continuation, ProgressEntry, ProjectProperties } from './project.ts';

export type TimelineItem =
  | { kind: 'report'; date: string }
  | { kind: 'continuation'; date: string; continuation: Continuation }
  | { kind: 'entry'; date: string; entry: ProgressEntry }
  /** A fact from before the report: context, shown ahead of the report, never progress. */
  | { kind: 'background'; date: string; entry: ProgressEntry };

type Dated = Extract<TimelineItem, { kind: 'report' | 'continuation' }>;

/**
 * Whether a report goes before an entry. An entry's date may be only a year or a month, so it is read
 * at its own precision: the record's own report goes before the entries of its year or month (they
 * follow up what it says), a later report after them (it looks back on the year behind it).
 */
function reportFirst(report: Dated, entryDate: string): boolean {
  const day = report.date.slice(0, entryDate.length);
  return report.kind === 'report' ? day <= entryDate : day < entryDate;
}

/**
 * Oldest first; entries of one date, and reports of one day, keep their order. The background comes
 * first, all of it before the record's own report, whatever its dates say.
 */
export function timelineItems(
  p: Pick<ProjectProperties, 'progress' | 'background' | 'continued_by'>,
  delivered: string,
): TimelineItem[] {
  const reports: Dated[] = [
    { kind: 'report' as const, date: delivered },
    ...p.continued_by.map((continuation) => ({
      kind: 'continuation' as const,
      date: continuation.delivered,
      continuation,
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const items: TimelineItem[] = p.background.map((entry) => ({
    kind: 'background' as const,
    date: entry.date,
    entry,
  }));
  let next = 0;
  for (const entry of p.progress) {
    while (next < reports.length && reportFirst(reports[next]!, entry.date)) items.push(reports[next++]!);
    items.push({ kind: 'entry', date: entry.date, entry });
  }
  return [...items, ...reports.slice(next)];
}
