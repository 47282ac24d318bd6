/**
 * The extractor: report text in, draft records out. Pure (no files), so tests can run it on short
 * passages with a fixture gazetteer.
 */
import { candidatesOf } from './candidates.ts';
import { buildDraft } from './draft.ts';
import type { Gazetteer } from './gazetteer.ts';
import { outline, type Layout } from './outline.ts';
import { phaseKeys, phaseTurns } from './phases.ts';
import { clausesOfLine, paragraphs } from './segment.ts';
import type { Draft, Span } from './types.ts';
import { statusOf } from './verbs.ts';
import { intlWords, type WordBoundaries } from './words.ts';
import type { YearSource } from './year.ts';

export interface ExtractOptions {
  /** The year of the tasks, when the text does not name it or the registry says it. */
  year?: number;
  /** Where `year` comes from, for the layout summary (default: the option). */
  yearFrom?: Extract<YearSource, 'option' | 'registry'>;
  /** How words are found for the whole-word verb rule (default: Intl.Segmenter). */
  boundaries?: WordBoundaries;
}

export interface Extraction {
  /** The year of the tasks, or null when the text names none (nothing is extracted then). */
  year: number | null;
  /**
   * What was found of the report's layout, and how much of it was read (diagnosis.ts). The clauses
   * with a status verb are counted only when nothing was drafted: only the diagnosis needs them.
   */
  layout: Layout & { clausesRead: number; clausesWithVerb: number | null };
  drafts: Draft[];
}

export function extract(text: string, gazetteer: Gazetteer, options: ExtractOptions = {}): Extraction {
  const given =
    options.year === undefined ? undefined : { year: options.year, from: options.yearFrom ?? 'option' };
  const plan = outline(paragraphs(text), given);
  const boundaries = options.boundaries ?? intlWords;
  const drafts: Draft[] = [];
  const clausesRead: Span[] = [];
  for (const { paragraph, context, skipFirstSentence, lead } of plan.plans) {
    if (!context) continue;
    const sentences = clausesOfLine(paragraph).slice(skipFirstSentence ? 1 : 0);
    // In a tasks paragraph, last year's results may come first (phases.ts, phaseTurns).
    const turns =
      plan.year !== null && context.phase === phaseKeys(plan.year).tasks
        ? phaseTurns(sentences.flat(), plan.year)
        : [];
    let n = 0;
    for (const [index, sentence] of sentences.entries()) {
      clausesRead.push(...sentence);
      for (const candidate of candidatesOf(sentence, paragraph.text, boundaries)) {
        // A review lead is read for what it says was built or done, not for its general verbs.
        if (lead && index === 0 && candidate.status.verbClass !== 'strong') continue;
        n += 1;
        const phase =
          turns.filter((turn) => turn.start <= candidate.span.start).at(-1)?.phase ?? context.phase;
        const id = `draft-${paragraph.line}-${n}`;
        drafts.push(buildDraft(id, candidate, { ...context, phase }, gazetteer, boundaries));
      }
    }
  }
  const clausesWithVerb =
    drafts.length > 0 ? null : clausesRead.filter((clause) => statusOf(clause.text, boundaries)).length;
  return {
    year: plan.year,
    layout: { ...plan.layout, clausesRead: clausesRead.length, clausesWithVerb },
    drafts,
  };
}
