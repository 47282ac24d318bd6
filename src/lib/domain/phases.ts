/**
 * A record's phase: where its report places it. A report of year Y sets out Y's tasks (phase "Y"),
 * reports what was done in Y−1 ("Y−1") and reviews the five years before ("Y−5-Y−1"). So a phase
 * means something only beside its report's year: "2022" is a task in the 2022 report and work done
 * in the 2023 report. Labels, filter choices and the planner's choice all follow from the data and
 * the reports' years here, with no table to extend when next year's report comes. Pure.
 */
import type { Label } from './vocabulary.ts';

/** A phase as the data writes it: a year "2022" or a span of years "2017-2021". */
export type PhaseKey = string;
export const PHASE_PATTERN = /^(\d{4})(?:-(\d{4}))?$/;

/** What a phase is to the report that states it. */
export type PhaseKind = 'tasks' | 'done' | 'review';

/** The phases of a report of `year`: its tasks, the past year's work and the five-year review. */
export function phaseKeys(year: number): { tasks: string; lastYear: string; fiveYears: string } {
  return { tasks: `${year}`, lastYear: `${year - 1}`, fiveYears: `${year - 5}-${year - 1}` };
}

/**
 * The phases a report's records may have: its year's tasks, the past year, and the five-year review
 * ("2022", "2021", "2017-2021" for the report on 2022). The extractor gives its drafts the same keys.
 */
export function reportPhases(year: number): PhaseKey[] {
  const keys = phaseKeys(year);
  return [keys.tasks, keys.lastYear, keys.fiveYears];
}

/** What `phase` is in a report of `reportYear`, or null when that report has no such phase. */
export function phaseKind(phase: string, reportYear: number): PhaseKind | null {
  const keys = phaseKeys(reportYear);
  if (phase === keys.tasks) return 'tasks';
  if (phase === keys.lastYear) return 'done';
  if (phase === keys.fiveYears) return 'review';
  return null;
}

/**
 * The label of a phase of one kind. `mixed`: a year that is one report's tasks and a later report's
 * work done, which a filter choice covers both of.
 */
export function phaseLabel(phase: string, kind: PhaseKind | 'mixed'): Label {
  const [, first, last] = PHASE_PATTERN.exec(phase) ?? [];
  switch (kind) {
    case 'tasks':
      return { zh: `${phase}年任务`, en: `${phase} tasks` };
    case 'done':
      return { zh: `${phase}年完成`, en: `Done in ${phase}` };
    case 'mixed':
      return { zh: `${phase}年任务与完成`, en: `${phase}: tasks and work done` };
    case 'review':
      return { zh: `${first}—${last}年`, en: `${first}–${last}` };
  }
}

/** Display order: single years newest first, then spans by their last year, newest first. */
export function comparePhases(a: string, b: string): number {
  const [, aFirst, aLast] = PHASE_PATTERN.exec(a) ?? [];
  const [, bFirst, bLast] = PHASE_PATTERN.exec(b) ?? [];
  if ((aLast === undefined) !== (bLast === undefined)) return aLast === undefined ? -1 : 1;
  return Number(bLast ?? bFirst) - Number(aLast ?? aFirst) || Number(bFirst) - Number(aFirst);
}

/** The well-formed phases among `keys`, once each, in display order. */
export function inPhaseOrder(keys: readonly string[]): PhaseKey[] {
  return [...new Set(keys.filter((key) => PHASE_PATTERN.test(key)))].sort(comparePhases);
}

export interface PhaseChoice {
  key: PhaseKey;
  label: Label;
}

/**
 * The phases the records have, in display order, each labelled by what it is to the records' own
 * reports (a year that is tasks in one report and work done in another is labelled as both).
 * `yearOf` gives a report's year; a record of an unknown report is passed over.
 */
export function phaseChoices(
  records: Iterable<{ phase: string; report: string }>,
  yearOf: (report: string) => number | undefined,
): PhaseChoice[] {
  const kinds = new Map<string, Set<PhaseKind>>();
  for (const { phase, report } of records) {
    const year = yearOf(report);
    const kind = year === undefined ? null : phaseKind(phase, year);
    if (kind === null) continue;
    if (!kinds.has(phase)) kinds.set(phase, new Set());
    kinds.get(phase)!.add(kind);
  }
  return inPhaseOrder([...kinds.keys()]).map((key) => {
    const of = kinds.get(key)!;
    return { key, label: phaseLabel(key, of.size > 1 ? 'mixed' : [...of][0]!) };
  });
}

/** The label of one record's phase, by its own report's year (the phase itself when that is unknown). */
export function recordPhaseLabel(phase: string, reportYear: number | undefined): Label {
  const kind = reportYear === undefined ? null : phaseKind(phase, reportYear);
  return kind === null ? { zh: phase, en: phase } : phaseLabel(phase, kind);
}

/**
 * For the planner, who looks at the latest report: whether a record is one of the tasks it sets
 * (`tasks`) or of the work it reports done the year before (`done`); null for anything else,
 * the five-year review and the records of earlier reports included.
 */
export function latestReportPhase(
  record: { phase: string; report: string },
  latest: { id: string; year: number },
): 'tasks' | 'done' | null {
  if (record.report !== latest.id) return null;
  const kind = phaseKind(record.phase, latest.year);
  return kind === 'tasks' || kind === 'done' ? kind : null;
}

/** The phase keys a planner's choice counts in a report of `year`, oldest first. */
export function plannerPhaseKeys(chosen: 'tasks' | 'done' | 'both', year: number): PhaseKey[] {
  const keys = phaseKeys(year);
  if (chosen === 'tasks') return [keys.tasks];
  return chosen === 'done' ? [keys.lastYear] : [keys.lastYear, keys.tasks];
}
