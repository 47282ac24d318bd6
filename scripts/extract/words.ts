/**
 * Word boundaries, for the rule that a status verb must be a whole word (建成 in 建成区 is not).
 * The extractor takes the boundaries as a function so that segmenters can be compared
 * (docs/extract.md, "Segmenter"): the platform's Intl.Segmenter is the default.
 */

/** The offsets of a text where a word starts or ends (0 and the length included). */
export type WordBoundaries = (text: string) => ReadonlySet<number>;

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** ICU's dictionary-based word breaks, as the platform ships them. */
export const intlWords: WordBoundaries = (text) => {
  const offsets = new Set<number>([text.length]);
  for (const piece of wordSegmenter.segment(text)) offsets.add(piece.index);
  return offsets;
};

/** No segmentation: every offset is a boundary (verbs are matched as plain substrings). */
export const everyOffset: WordBoundaries = (text) => {
  const offsets = new Set<number>();
  for (let i = 0; i <= text.length; i += 1) offsets.add(i);
  return offsets;
};

/**
 * Whether a match begins inside one word and ends inside another (化工 in 绿化|工作): then it is
 * not the word it looks like. A match aligned at either end is kept, since the dictionary often
 * glues a suffix to its neighbour (露|地瓜|菜 still has 瓜菜).
 */
export function straddles(boundaries: ReadonlySet<number>, at: number, length: number): boolean {
  return !boundaries.has(at) && !boundaries.has(at + length);
}
