/**
 * Walks the report's paragraphs and says, for each, which phase, task area and sub-heading its
 * records get, or that it yields no records (title, greetings, the five-year outlook, the
 * government's own work). The layout it expects is the genre's usual one (docs/extract.md):
 *
 *   <part heading: a short line without punctuation, e.g. "2023年工作回顾">
 *   <review paragraphs opening with 一年来 / 过去五年 …>
 *   <part heading, e.g. "2024年重点任务">
 *   一、<chapter heading>。<chapter aims>          (numbered chapters: the task areas)
 *   <sub-heading>。<tasks> …                       (a short first sentence: the section)
 */
import { areaFromHeading } from './areas';
import { partOfHeading, phaseKeys, reportYear, reviewPhaseOf, TIME_CLAUSE, type Part } from './phases';
import { clausesOfLine, sentences, type Paragraph } from './segment';
import type { Context } from './types';

/** A heading line: short, and without the marks of running text. */
const HEADING_LINE = /^[^,，。;；:：!！?？]{2,30}$/;
/** A numbered chapter: 一、… or （一）… */
const CHAPTER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;
/** A sub-heading: a short first sentence without clause marks ("建设宜居城市。"). */
const SUB_HEADING = /^[^,，;；:：]{2,16}$/;
/** Words that open a review paragraph's lead before the phrase that names its subject. */
const LEAD_OPENERS = /^(?:我们|是)/;

export interface ParagraphPlan {
  paragraph: Paragraph;
  /** Null: no records come from this paragraph. */
  context: Context | null;
  /** The first sentence is a heading or a lead, not a task. */
  skipFirstSentence: boolean;
}

export interface Outline {
  year: number | null;
  plans: ParagraphPlan[];
}

export function outline(paragraphs: readonly Paragraph[], yearGiven?: number): Outline {
  const headings = paragraphs.filter((p) => HEADING_LINE.test(p.text)).map((p) => p.text);
  const year = yearGiven ?? reportYear(headings, paragraphs[0]?.text ?? '');
  if (year === null) return { year, plans: paragraphs.map((p) => skipped(p)) };
  const keys = phaseKeys(year);
  const plans: ParagraphPlan[] = [];
  let part: Part = 'other';
  let partHasChapters = false;
  let chapter: { heading: string } | null = null;
  let section = '';
  let reviewPhase = keys.lastYear;
  for (const [index, paragraph] of paragraphs.entries()) {
    if (HEADING_LINE.test(paragraph.text) && !CHAPTER.test(paragraph.text)) {
      part = partOfHeading(paragraph.text);
      partHasChapters = chapterFollows(paragraphs, index);
      chapter = null;
      section = '';
      plans.push(skipped(paragraph));
      continue;
    }
    const first = sentences(paragraph)[0]?.text ?? '';
    const opensChapter = CHAPTER.test(paragraph.text);
    if (opensChapter) {
      chapter = { heading: first.replace(CHAPTER, '') };
      section = '';
    }
    // A task chapter's opening paragraph states aims; text before the first chapter of a tasks
    // part is the five-year outlook, whose phase the data model does not have.
    const noRecords = part === 'tasks' && (opensChapter || (partHasChapters && !chapter));
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
      lead = !isSubHeading;
      if (lead && !chapter) section = leadPhrase(paragraph);
    }
    const guess = areaFromHeading(chapter?.heading ?? first);
    plans.push({
      paragraph,
      context: { phase, area: guess.area, areaFlag: guess.flag, section },
      skipFirstSentence: isSubHeading || lead || opensChapter,
    });
  }
  return { year, plans };
}

function skipped(paragraph: Paragraph): ParagraphPlan {
  return { paragraph, context: null, skipFirstSentence: false };
}

/** Whether a numbered chapter comes before the next part heading. */
function chapterFollows(paragraphs: readonly Paragraph[], headingIndex: number): boolean {
  for (const paragraph of paragraphs.slice(headingIndex + 1)) {
    if (CHAPTER.test(paragraph.text)) return true;
    if (HEADING_LINE.test(paragraph.text)) return false;
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
