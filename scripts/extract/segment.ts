/**
 * Cuts the report into paragraphs (non-empty lines), sentences and clauses, keeping each piece's
 * line and offsets so that a quote can be copied character for character.
 *
 * Sentences come from the platform's Intl.Segmenter (ICU sentence rules: it ends a sentence at
 * 。！？ and keeps a closing quote mark with it). Clauses are cut by hand at the clause marks below,
 * because ICU has no clause level; the report mixes half- and full-width marks, so both are listed.
 */
import type { Span } from './types.ts';

/** Marks that end a clause inside a sentence (、 only joins list items, so it is not one). */
const CLAUSE_MARKS = new Set([',', '，', ';', '；', ':', '：']);
/** Marks that end a sentence; they are dropped from the clause before them. */
const SENTENCE_MARKS = new Set(['。', '！', '？', '!', '?']);
/** Brackets inside which a comma does not end a clause: “…”, (…), 《…》. */
const OPENERS = new Set(['“', '(', '（', '《', '‘']);
const CLOSERS = new Set(['”', ')', '）', '》', '’']);

const sentenceSegmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });

export interface Paragraph {
  line: number;
  text: string;
}

/** Non-empty lines, 1-based. The report puts each paragraph on one line. */
export function paragraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, text: line.replace(/\s+$/, '') }))
    .filter((p) => p.text.trim() !== '');
}

/** The sentences of a line, as spans without their closing mark. */
export function sentences(paragraph: Paragraph): Span[] {
  const spans: Span[] = [];
  for (const piece of sentenceSegmenter.segment(paragraph.text)) {
    let end = piece.index + piece.segment.length;
    while (end > piece.index && /\s/.test(paragraph.text[end - 1] ?? '')) end -= 1;
    while (end > piece.index && SENTENCE_MARKS.has(paragraph.text[end - 1] ?? '')) end -= 1;
    const span = trimmed(paragraph, piece.index, end);
    if (span) spans.push(span);
  }
  return spans;
}

/** The clauses of a sentence: cut at clause marks outside brackets, marks dropped. */
export function clauses(sentence: Span, lineText: string): Span[] {
  const spans: Span[] = [];
  const paragraph = { line: sentence.line, text: lineText };
  let depth = 0;
  let from = sentence.start;
  for (let i = sentence.start; i < sentence.end; i += 1) {
    const char = lineText[i] ?? '';
    if (OPENERS.has(char)) depth += 1;
    else if (CLOSERS.has(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_MARKS.has(char)) {
      const span = trimmed(paragraph, from, i);
      if (span) spans.push(span);
      from = i + 1;
    }
  }
  const last = trimmed(paragraph, from, sentence.end);
  if (last) spans.push(last);
  return spans;
}

/** The clauses of a whole line, sentence by sentence. */
export function clausesOfLine(paragraph: Paragraph): Span[][] {
  return sentences(paragraph).map((sentence) => clauses(sentence, paragraph.text));
}

/** A span of the line with surrounding white space left out, or null when nothing is left. */
function trimmed(paragraph: Paragraph, start: number, end: number): Span | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(paragraph.text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(paragraph.text[to - 1] ?? '')) to -= 1;
  if (from >= to) return null;
  return { line: paragraph.line, start: from, end: to, text: paragraph.text.slice(from, to) };
}
