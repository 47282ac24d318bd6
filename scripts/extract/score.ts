/**
 * Scores drafts against the published records of the same report (docs/extract.md, "Scores"):
 *
 *   recall     published records whose quote overlaps at least one draft's quote / all of them
 *   precision  drafts whose quote overlaps at least one published record's quote / all drafts
 *   targets    over matched records: published targets that some overlapping draft has with the
 *              same value and unit / all targets of matched records
 *
 * Those are lenient: a draft that shares one character with a record finds it. The strict figures
 * count a record only when a draft carries its whole quote (published.ts, `carries`), which a user
 * can check by searching each published quote in the drafts:
 *
 *   strict recall     published records whose whole quote is inside a draft's quote / all of them
 *   strict precision  drafts whose quote holds a whole published quote / all drafts
 *
 * plus recall by phase, and, for the best-overlapping draft of each matched record, how often its
 * quote (character for character), area, phase, category and status agree (for information:
 * these are the reviewer's to settle).
 */
import { AREAS, type AreaKey } from '../../src/lib/domain/vocabulary.ts';
import type { Pairing } from './match.ts';
import type { PublishedRecord } from './published.ts';
import type { Draft } from './types.ts';

export interface Ratio {
  hit: number;
  total: number;
}

export interface TargetMiss {
  record: PublishedRecord;
  target: { value: number; unit: string; text: string };
  /** What the overlapping drafts parsed instead. */
  drafts: string[];
}

export interface Score {
  recall: Ratio;
  precision: Ratio;
  byArea: { area: AreaKey | 'none'; recall: Ratio; precision: Ratio }[];
  byPhase: { phase: string; recall: Ratio }[];
  targets: Ratio;
  strict: { recall: Ratio; precision: Ratio; partly: PublishedRecord[] };
  agreement: { quote: Ratio; area: Ratio; phase: Ratio; category: Ratio; status: Ratio };
  /** Matched records whose best-overlapping draft has another phase. */
  phaseMisses: { record: PublishedRecord; draftPhase: string }[];
  missed: PublishedRecord[];
  unmatched: Draft[];
  targetMisses: TargetMiss[];
}

export function score(pairing: Pairing): Score {
  const matched = pairing.records.filter((r) => r.drafts.length > 0);
  const matchedDrafts = pairing.drafts.filter((d) => d.records.length > 0);
  const areas = [...(Object.keys(AREAS) as AreaKey[]), 'none' as const];
  const byArea = areas.map((area) => {
    const records = pairing.records.filter((r) => r.record.area === area);
    const drafts = pairing.drafts.filter((d) => (d.draft.area ?? 'none') === area);
    return {
      area,
      recall: ratio(records.filter((r) => r.drafts.length > 0).length, records.length),
      precision: ratio(drafts.filter((d) => d.records.length > 0).length, drafts.length),
    };
  });
  const targetMisses: TargetMiss[] = [];
  let targetTotal = 0;
  for (const { record, drafts } of matched) {
    for (const target of record.targets) {
      targetTotal += 1;
      const parsed = drafts.flatMap((draft) => draft.targets);
      if (!parsed.some((t) => t.value === target.value && t.unit === target.unit)) {
        targetMisses.push({ record, target, drafts: parsed.map((t) => `${t.text}=${t.value} ${t.unit}`) });
      }
    }
  }
  const agree = (same: (draft: Draft, record: PublishedRecord) => boolean) =>
    ratio(matched.filter((r) => r.best && same(r.best, r.record)).length, matched.length);
  return {
    recall: ratio(matched.length, pairing.records.length),
    precision: ratio(matchedDrafts.length, pairing.drafts.length),
    byArea: byArea.filter((a) => a.recall.total + a.precision.total > 0),
    byPhase: [...new Set(pairing.records.map((r) => r.record.phase))].map((phase) => {
      const records = pairing.records.filter((r) => r.record.phase === phase);
      return { phase, recall: ratio(records.filter((r) => r.drafts.length > 0).length, records.length) };
    }),
    targets: ratio(targetTotal - targetMisses.length, targetTotal),
    strict: {
      recall: ratio(pairing.records.filter((r) => r.carriers.length > 0).length, pairing.records.length),
      precision: ratio(pairing.drafts.filter((d) => d.carried.length > 0).length, pairing.drafts.length),
      // Found by the lenient measure, not by the strict one: a draft holds only part of the quote.
      partly: matched.filter((r) => r.carriers.length === 0).map((r) => r.record),
    },
    agreement: {
      quote: agree((d, r) => d.quote.text === r.quoteText),
      area: agree((d, r) => d.area === r.area),
      phase: agree((d, r) => d.phase === r.phase),
      category: agree((d, r) => d.category === r.category),
      status: agree((d, r) => d.status === r.status),
    },
    phaseMisses: matched
      .filter((r) => r.best && r.best.phase !== r.record.phase)
      .map((r) => ({ record: r.record, draftPhase: r.best!.phase })),
    missed: pairing.records.filter((r) => r.drafts.length === 0).map((r) => r.record),
    unmatched: pairing.drafts.filter((d) => d.records.length === 0).map((d) => d.draft),
    targetMisses,
  };
}

function ratio(hit: number, total: number): Ratio {
  return { hit, total };
}

/** "93.0% (132/142)"; a dash when there is nothing to count. */
export function percent({ hit, total }: Ratio): string {
  return total === 0 ? '—' : `${((100 * hit) / total).toFixed(1)}% (${hit}/${total})`;
}
