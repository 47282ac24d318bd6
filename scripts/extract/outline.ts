/**
 * Walks the report's paragraphs and says, for each, which phase, task area and sub-heading its
 * records get, or that it yields no records (title, greetings, the five-year outlook, the
 * government's own work). The layouts it reads are in headings.ts and docs/extract.md:
 *
 *   <part heading: "2023年工作回顾", "一、过去一年的工作" …>
 *   <review paragraphs opening with 一年来 / 过去五年 …>
 *   <part heading: "2024年重点任务", "二、今年的主要工作" …; or none at all>
 *   一、<chapter heading>。<chapter aims>          (numbered chapters: the task areas)
 *   <sub-heading>。<tasks> …                       (a short first sentence: the section)
 */
import { areaFromHeading } from './areas.ts';
import { CHAPTER, skeleton, type LineKind } from './headings.ts';
import { phaseKeys, reviewPhaseOf, TIME_CLAUSE, type Part } from './phases.ts';
import { clausesOfLine, sentences, type Paragraph } from './segment.ts';
import type { Context } from './types.ts';
import { reportYear, type ReportYear, type YearSource } from './year.ts';

/** A sub-heading: a short first sentence without clause marks ("建设宜居城市。"). */
const SUB_HEADING = /^[^,，;；:：]{2,16}$/;
/** The speaker turning to the deputies: opens the closing words (and some review paragraphs). */
const ADDRESS = /^各位代表/;
/** Words that open a review paragraph's lead before the phrase that names its subject. */
const LEAD_OPENERS = /^(?:我们|是)/;

export interface ParagraphPlan {
  paragraph: Paragraph;
  /** Null: no records come from this paragraph. */
  context: Context | null;
  /** The first sentence is a heading, not a task. */
  skipFirstSentence: boolean;
  /**
   * The first sentence is a review paragraph's lead ("一年来,我们坚持…,"): a summary, whose general
   * verbs (实施, 推进 …) are not read, but which may go on to list what was built, done or opened
   * ("…,建成投用X,新建Y"): its strong verbs are.
   */
  lead: boolean;
}

/** What the tool found of the report's layout: printed by the CLI, and why nothing was drafted. */
export interface Layout {
  year: ReportYear | null;
  /** Part headings with records (review, tasks), in report order. */
  parts: { part: Exclude<Part, 'other'>; line: number; text: string }[];
  chapters: number;
  /** Paragraphs the tool reads for records. */
  paragraphsRead: number;
}

export interface Outline {
  year: number | null;
  layout: Layout;
  plans: ParagraphPlan[];
}

export function outline(
  paragraphs: readonly Paragraph[],
  yearGiven?: { year: number; from: Extract<YearSource, 'option' | 'registry'> },
): Outline {
  const { kinds, hasParts } = skeleton(paragraphs);
  const parts = paragraphs.flatMap((p, i) => {
    const kind = kinds[i]!;
    return kind.kind === 'part' && kind.part !== 'other'
      ? [{ part: kind.part, line: p.line, text: p.text }]
      : [];
  });
  const year: ReportYear | null = yearGiven
    ? { ...yearGiven, line: null }
    : reportYear(
        parts.filter((p) => p.part === 'tasks'),
        paragraphs,
      );
  const layout: Layout = {
    year,
    parts,
    chapters: kinds.filter((k) => k.kind === 'chapter').length,
    paragraphsRead: 0,
  };
  if (year === null) return { year: null, layout, plans: paragraphs.map((p) => skipped(p)) };
  const plans = planParagraphs(paragraphs, kinds, hasParts, year.year);
  layout.paragraphsRead = plans.filter((p) => p.context !== null).length;
  return { year: year.year, layout, plans };
}

function planParagraphs(
  paragraphs: readonly Paragraph[],
  kinds: readonly LineKind[],
  hasParts: boolean,
  year: number,
): ParagraphPlan[] {
  const keys = phaseKeys(year);
  const plans: ParagraphPlan[] = [];
  // Without part headings, the numbered chapters after the opening are the year's tasks.
  let part: Part = 'other';
  let partHasChapters = false;
  let chapter: { heading: string; records: boolean } | null = null;
  let section = '';
  let reviewPhase = keys.lastYear;
  for (const [index, paragraph] of paragraphs.entries()) {
    const kind = kinds[index]!;
    if (kind.kind === 'part') {
      part = kind.part;
      partHasChapters = chapterFollows(kinds, index);
      chapter = null;
      section = '';
      plans.push(skipped(paragraph));
      continue;
    }
    // The closing words to the deputies end the last chapter of the tasks; nothing after is a task.
    if (part === 'tasks' && chapter && closing(paragraph)) chapter = null;
    const first = sentences(paragraph)[0]?.text ?? '';
    const opensChapter = kind.kind === 'chapter';
    if (opensChapter) {
      if (!hasParts) [part, partHasChapters] = ['tasks', true];
      chapter = { heading: first.replace(CHAPTER, ''), records: kind.records };
      // Until a sub-heading names the section, the chapter's heading does.
      section = chapter.heading;
    }
    // A task chapter's opening paragraph states aims, unless the chapter has no other paragraph
    // (then its tasks follow the heading in the same paragraph); text before the first chapter of
    // a tasks part is the five-year outlook, whose phase the data model does not have.
    const aimsOnly = opensChapter && kinds[index + 1]?.kind === 'text' && !closing(paragraphs[index + 1]!);
    const noRecords =
      (part === 'tasks' && (aimsOnly || (partHasChapters && !chapter))) || chapter?.records === false;
    if (part === 'other' || noRecords) {
      plans.push(skipped(paragraph));
      continue;
    }
    const isSubHeading = SUB_HEADING.test(first) && !opensChapter;
    if (isSubHeading) section = first;
    let phase = keys.tasks;
    let lead = false;
    if (part === 'review') {
      const opened = reviewPhaseOf(paragraph.text, year);
      if (opened) reviewPhase = opened;
      phase = reviewPhase;
      // A paragraph opening with its time ("一年来,我们…") leads with a summary, which may list what
      // was built; one opening with a topic ("城乡建设方面:完成…") goes straight to its items.
      lead = !isSubHeading && opened !== null;
      if (!isSubHeading && !chapter) section = leadPhrase(paragraph);
    }
    const guess = areaFromHeading(chapter?.heading ?? first);
    plans.push({
      paragraph,
      context: { phase, area: guess.area, areaFlag: guess.flag, section },
      skipFirstSentence: isSubHeading || opensChapter,
      lead,
    });
  }
  return plans;
}

/** The closing address after the last chapter ("各位代表,新的一年…"): not part of a chapter. */
function closing(paragraph: Paragraph): boolean {
  return ADDRESS.test(paragraph.text);
}

function skipped(paragraph: Paragraph): ParagraphPlan {
  return { paragraph, context: null, skipFirstSentence: false, lead: false };
}

/** Whether a numbered chapter comes before the next part heading. */
function chapterFollows(kinds: readonly LineKind[], headingIndex: number): boolean {
  for (const kind of kinds.slice(headingIndex + 1)) {
    if (kind.kind === 'chapter') return true;
    if (kind.kind === 'part') return false;
  }
  return false;
}

/**
 * A review paragraph's subject: the first clause of its lead sentence after the time marker,
 * without "我们" or "是" ("一年来,我们全力以赴补短板、惠民生,…" → "全力以赴补短板、惠民生").
 */
function leadPhrase(paragraph: Paragraph): string {
  const lead = clausesOfLine(paragraph)[0] ?? [];
  const subject = lead.find((clause) => !TIME_CLAUSE.test(clause.text));
  return (subject?.text ?? lead[0]?.text ?? '').replace(/^——/, '').replace(LEAD_OPENERS, '');
}
