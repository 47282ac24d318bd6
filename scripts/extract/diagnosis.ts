/**
 * What the CLI tells the user about the layout it found, and, when nothing was drafted, why and
 * what to try. Each reason names the rule's file, so a maintainer knows where to extend it.
 */
import type { Extraction } from './extract.ts';

type Layout = Extraction['layout'];

/** One line: the year and where it came from, the parts and the chapters found. */
export function layoutSummary(layout: Layout): string {
  const year = layout.year
    ? `year ${layout.year.year} (from the ${layout.year.from}${layout.year.line ? `, line ${layout.year.line}` : ''})`
    : 'no year';
  const parts = layout.parts.length
    ? layout.parts.map((p) => `${p.part} at line ${p.line} 「${p.text}」`).join(', ')
    : 'no part heading';
  return `read: ${year}; ${parts}; ${layout.chapters} numbered chapters; ${layout.paragraphsRead} paragraphs read`;
}

/** Why an extraction gave no drafts, most basic cause first; empty when it gave some. */
export function whyNothing(extraction: Extraction): string[] {
  if (extraction.drafts.length > 0) return [];
  const { layout } = extraction;
  if (!layout.year) {
    return [
      'No year: neither a tasks heading ("2024年重点任务"), the title line ("…2024年政府工作报告") nor ' +
        'a delivery line near the top ("——2024年1月9日在…会议上") names one.',
      'Try: --year YYYY (the year whose tasks the report sets out).',
    ];
  }
  if (layout.paragraphsRead === 0) {
    return [
      'No paragraph to read: found no part heading of a review or of tasks (a short line of its own ' +
        'such as "2023年工作回顾", "今年的主要工作", "二、今年的主要工作") and no numbered chapter ' +
        '("一、…", "（一）…") that is not about the government itself.',
      'Try: check that each paragraph is on a line of its own; add a heading line such as ' +
        `"${layout.year.year}年重点任务" above the tasks; new heading words go in PART_KEYWORDS (phases.ts).`,
    ];
  }
  if (layout.clausesWithVerb === 0) {
    return [
      `No project verb: read ${layout.paragraphsRead} paragraphs (${layout.clausesRead} clauses), ` +
        'and none has a status verb such as 建成, 新建, 实施, 完成.',
      "Try: add the report's verbs to VERBS (verbs.ts), with a test.",
    ];
  }
  return [
    `No concrete object: ${layout.clausesWithVerb} of ${layout.clausesRead} clauses have a status verb, ` +
      'but none names a facility, a project word or a number after it.',
    "Try: add the report's facility words to FACILITIES or PROJECT_WORDS (candidates.ts), with a test.",
  ];
}
