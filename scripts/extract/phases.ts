/**
 * Which part of the report a paragraph is in and which phase its records get: the review of the
 * past year, the review of the past five years, or the year's tasks (docs/data-model.md, phase).
 */

import { phaseKeys } from '../../src/lib/domain/phases.ts';
import type { Span } from './types.ts';

export { phaseKeys };

export type Part = 'review' | 'tasks' | 'other';

/**
 * Words in a part heading (a short line of its own, numbered or not) that say what the part is.
 * The review row comes first: "过去一年的工作" is a review although it says 工作.
 */
export const PART_KEYWORDS: readonly (readonly [Part, RegExp])[] = [
  // "2023年工作回顾", "本届政府工作总结", "过去一年的工作", "一年来工作回顾", "去年工作".
  ['review', /回顾|总结|过去(?:的)?[一五]?年(?:的)?工作|一年来(?:的)?工作|(?:去|上)年(?:的)?工作/],
  // "2024年重点任务", "2024年工作安排", "今年的主要工作", "主要目标任务", "2024年工作打算".
  ['tasks', /任务|工作安排|(?:重点|主要)工作|工作打算|工作部署|今年(?:的)?工作/],
];

/** A paragraph of the review that opens with one of these is about the past five years. */
export const FIVE_YEAR_MARKER = /^(?:——|各位代表[,，])?(?:过去五年|五年来)/;
/** …and one that opens with one of these is about the past year (the year is checked apart). */
export const ONE_YEAR_MARKER = /^(?:——)?(?:一年来|过去(?:的)?一年|去年|(\d{4})年[,，])/;

/** A clause that only says when ("一年来", "——过去五年", "各位代表", "2023年"): not a subject. */
export const TIME_CLAUSE = /^(?:——)?(?:各位代表|一年来|过去(?:的)?一年|去年|过去五年|五年来|\d{4}年)$/;

/** The part a heading line announces; a heading with no keyword starts a part without records. */
export function partOfHeading(heading: string): Part {
  for (const [part, pattern] of PART_KEYWORDS) if (pattern.test(heading)) return part;
  return 'other';
}

/** The review phase a paragraph opens with, or null when it does not say (it then continues). */
export function reviewPhaseOf(paragraph: string, year: number): string | null {
  const keys = phaseKeys(year);
  if (FIVE_YEAR_MARKER.test(paragraph)) return keys.fiveYears;
  const oneYear = ONE_YEAR_MARKER.exec(paragraph);
  if (oneYear && (oneYear[1] === undefined || Number(oneYear[1]) === year - 1)) return keys.lastYear;
  return null;
}

/**
 * A clause of a tasks paragraph that opens with a time turns the rest of the paragraph to that
 * year, where review and tasks share a paragraph ("2024年,…建成通车。2025年,续建…", "去年,…;今年,
 * …", "过去一年,…。今年将…"). Other years ("2020年以来") and "到2025年" say nothing.
 */
const PAST_YEAR_OPENER = /^(?:——)?(?:去年|上年|过去(?:的)?一年|一年来)/;
const THIS_YEAR_OPENER = /^(?:今年|本年|新的一年)/;
const YEAR_OPENER = /^(\d{4})年(?![底初末以前后内度])/;

/** Where the phase turns in a tasks paragraph: the clause's start and the phase from it on. */
export function phaseTurns(clauses: readonly Span[], year: number): { start: number; phase: string }[] {
  const keys = phaseKeys(year);
  return clauses.flatMap(({ start, text }) => {
    const opened = YEAR_OPENER.exec(text)?.[1];
    const past = PAST_YEAR_OPENER.test(text) || Number(opened) === year - 1;
    const present = THIS_YEAR_OPENER.test(text) || Number(opened) === year;
    if (past) return [{ start, phase: keys.lastYear }];
    return present ? [{ start, phase: keys.tasks }] : [];
  });
}
