/**
 * Pairs drafts with published records by quote overlap (published.ts: same line, character ranges
 * intersect), and notes which drafts carry a record's whole quote (the strict measure). Scoring and
 * --compare both start from this pairing.
 */
import { carries, overlap, type PublishedRecord } from './published.ts';
import type { Draft } from './types.ts';

export interface Pairing {
  /** Published records whose quote is in this report, each with the drafts that overlap it. */
  records: { record: PublishedRecord; drafts: Draft[]; best: Draft | null; carriers: Draft[] }[];
  /** Each draft with the published records it overlaps, and those whose whole quote it carries. */
  drafts: { draft: Draft; records: PublishedRecord[]; carried: PublishedRecord[] }[];
  /** Published records whose quote is not on their line of this report (another report's). */
  elsewhere: PublishedRecord[];
}

export function pairDrafts(drafts: readonly Draft[], published: readonly PublishedRecord[]): Pairing {
  const located = published.filter((record) => record.quote !== null);
  const records = located.map((record) => {
    const overlapping = drafts.filter((draft) => overlap(draft.quote, record.quote!) > 0);
    // The best draft overlaps most; on a tie, the first in report order.
    const best = overlapping.reduce<Draft | null>(
      (top, draft) =>
        !top || overlap(draft.quote, record.quote!) > overlap(top.quote, record.quote!) ? draft : top,
      null,
    );
    const carriers = overlapping.filter((draft) => carries(draft.quote, record.quote!));
    return { record, drafts: overlapping, best, carriers };
  });
  return {
    records,
    drafts: drafts.map((draft) => ({
      draft,
      records: located.filter((record) => overlap(draft.quote, record.quote!) > 0),
      carried: located.filter((record) => carries(draft.quote, record.quote!)),
    })),
    elsewhere: published.filter((record) => record.quote === null),
  };
}
