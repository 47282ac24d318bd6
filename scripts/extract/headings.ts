/**
 * The report's skeleton: which lines are part headings (review, tasks, other) and which open a
 * numbered chapter. Reports number these in two ways (docs/extract.md, "What the tool reads"):
 *
 *   2023年工作回顾 / 2024年重点任务        parts unnumbered, chapters 一、 or （一）
 *   一、过去一年的工作 / 二、今年的主要工作  parts numbered 一、, chapters （一）
 *   (no part heading)                      numbered chapters are the year's tasks
 */
import { partOfHeading, type Part } from './phases.ts';
import type { Paragraph } from './segment.ts';

/** A heading line: short, and without the marks of running text. */
export const HEADING_LINE = /^[^,，。;；:：!！?？]{2,30}$/;
/** The outer numbering: 一、 */
const OUTER_NUMBER = /^[一二三四五六七八九十]+、/;
/** The inner numbering: （一） or (一) */
const INNER_NUMBER = /^[（(][一二三四五六七八九十]+[)）]/;
/** A numbered chapter, either level. */
export const CHAPTER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;
/** A numbered part heading is short: "二、今年的主要工作", not a chapter's aims. */
const NUMBERED_PART_MAX = 14;
/** A chapter about the government itself holds no projects, even when it is numbered. */
const SELF_GOVERNMENT = /政府自身建设/;

export type LineKind =
  | { kind: 'part'; part: Part }
  /** `records: false` for a chapter on the government itself. */
  | { kind: 'chapter'; records: boolean }
  | { kind: 'text' };

export interface Skeleton {
  kinds: LineKind[];
  /** Whether some heading announced a review or a tasks part. */
  hasParts: boolean;
}

export function skeleton(paragraphs: readonly Paragraph[]): Skeleton {
  const numberedParts = paragraphs.some((p) => numberedPart(p.text) !== null);
  const kinds = paragraphs.map((p): LineKind => {
    const numbered = numberedPart(p.text);
    if (numbered) return { kind: 'part', part: numbered };
    // With numbered parts, every other outer-numbered line starts a part too ("三、加强政府自身建设").
    if (numberedParts && OUTER_NUMBER.test(p.text)) return { kind: 'part', part: 'other' };
    // With numbered parts, only the inner numbering opens chapters.
    const chapter = numberedParts ? INNER_NUMBER : CHAPTER;
    if (chapter.test(p.text)) {
      return { kind: 'chapter', records: !SELF_GOVERNMENT.test(p.text) };
    }
    if (HEADING_LINE.test(p.text) && !CHAPTER.test(p.text)) {
      return { kind: 'part', part: partOfHeading(p.text) };
    }
    return { kind: 'text' };
  });
  const hasParts = kinds.some((k) => k.kind === 'part' && k.part !== 'other');
  return { kinds, hasParts };
}

/** The part a numbered heading announces ("二、今年的主要工作"), or null when it is not one. */
function numberedPart(text: string): Part | null {
  if (!OUTER_NUMBER.test(text) || !HEADING_LINE.test(text)) return null;
  const rest = text.replace(OUTER_NUMBER, '');
  if (rest.length > NUMBERED_PART_MAX) return null;
  const part = partOfHeading(rest);
  return part === 'other' ? null : part;
}
