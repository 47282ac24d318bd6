/**
 * What --score and --compare print: plain text for a terminal, one item a line, quotes shortened.
 */
import type { Pairing } from './match.ts';
import type { PublishedRecord } from './published.ts';
import { percent, type Ratio, type Score } from './score.ts';
import type { Draft } from './types.ts';

/** The extractor's goals (docs/extract.md), shown next to each figure. */
export const GOALS = { recall: 0.9, precision: 0.7, targets: 0.9 };

export function scoreText(result: Score): string {
  const goal = (ratio: Ratio, min: number) => {
    if (ratio.total === 0) return '';
    const value = ratio.hit / ratio.total;
    const gap = ((min - value) * 100).toFixed(1);
    return value >= min
      ? `  (goal ≥ ${min * 100}%: met)`
      : `  (goal ≥ ${min * 100}%: missed by ${gap} points)`;
  };
  const { strict } = result;
  const lines = [
    'lenient (a draft overlaps the published quote by a character or more):',
    `recall     ${percent(result.recall)}${goal(result.recall, GOALS.recall)}`,
    `precision  ${percent(result.precision)}${goal(result.precision, GOALS.precision)}`,
    `targets    ${percent(result.targets)}${goal(result.targets, GOALS.targets)}`,
    'strict (a draft carries the whole published quote: search each quote in the drafts to check):',
    `recall     ${percent(strict.recall)}${goal(strict.recall, GOALS.recall)}`,
    `precision  ${percent(strict.precision)}  (drafts that hold a whole published quote)`,
    '',
    'by area     recall                precision',
    ...result.byArea.map(
      (a) => `${a.area.padEnd(11)} ${percent(a.recall).padEnd(21)} ${percent(a.precision)}`,
    ),
    '',
    `recall by phase: ${result.byPhase.map((p) => `${p.phase} ${percent(p.recall)}`).join(', ')}`,
    '',
    'agreement of the best-overlapping draft with the published record (for information):',
    `  same quote ${percent(result.agreement.quote)}, area ${percent(result.agreement.area)}, ` +
      `phase ${percent(result.agreement.phase)},`,
    `  category ${percent(result.agreement.category)}, status ${percent(result.agreement.status)}`,
    '',
    `published records no draft overlaps (${result.missed.length}):`,
    ...result.missed.map(recordLine),
    '',
    `published records a draft holds only in part: found leniently, not strictly (${strict.partly.length}):`,
    ...strict.partly.map(recordLine),
    '',
    `drafts that overlap no published record (${result.unmatched.length}):`,
    ...result.unmatched.map(draftLine),
    '',
    `published targets no overlapping draft has (${result.targetMisses.length}):`,
    ...result.targetMisses.map(
      (m) =>
        `  ${m.record.id}: ${m.target.text} = ${m.target.value} ${m.target.unit}; drafts have ${m.drafts.join(', ') || 'none'}`,
    ),
  ];
  return lines.join('\n');
}

export function compareText(pairing: Pairing): string {
  const onlyDrafts = pairing.drafts.filter((d) => d.records.length === 0).map((d) => d.draft);
  const onlyPublished = pairing.records.filter((r) => r.drafts.length === 0).map((r) => r.record);
  const both = pairing.drafts.length - onlyDrafts.length;
  const lines = [
    `${pairing.drafts.length} drafts, ${pairing.records.length} published records from this report; ` +
      `${both} drafts overlap a published record.`,
    '',
    `In the drafts, not in the published data (${onlyDrafts.length}): new, or not worth a record?`,
    ...onlyDrafts.map(draftLine),
    '',
    `In the published data, not in the drafts (${onlyPublished.length}): the extractor missed these.`,
    ...onlyPublished.map(recordLine),
  ];
  if (pairing.elsewhere.length > 0) {
    lines.push(
      '',
      `${pairing.elsewhere.length} published records quote another report (not on their line here): left out.`,
    );
  }
  return lines.join('\n');
}

function draftLine(draft: Draft): string {
  return `  line ${draft.quote.line}  ${draft.id}  [${draft.area ?? '?'}] ${short(draft.quote.text)}`;
}

function recordLine(record: PublishedRecord): string {
  return `  line ${record.line}  ${record.id}  [${record.area}] ${short(record.quoteText)}`;
}

function short(text: string, max = 48): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
