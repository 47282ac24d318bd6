/**
 * The sentence under the planner's township measures: which townships have no project of the kind
 * and phase, and what share of the people live there, or why that share cannot be given. Pure.
 */
import type { Lang } from '../../i18n/messages.ts';
import { pt } from '../../i18n/planner-messages.ts';
import type { GapSummary } from '../../domain/planner/township-measures.ts';

export function measuresSentence(summary: GapSummary, lang: Lang, kind: string, phase: string): string {
  const { without, populationShare } = summary;
  if (without.length === 0) return pt(lang, 'allHave', { phase, kind });
  const names = without.map((t) => (lang === 'zh' ? t.name_zh : t.name_en)).join(lang === 'zh' ? '、' : ', ');
  const lead = pt(lang, 'without', { phase, kind, names });
  const pct = (share: number) =>
    new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 0 }).format(share * 100);
  const share =
    populationShare.share !== null
      ? pt(lang, 'share', { pct: pct(populationShare.share), year: populationShare.year })
      : pt(lang, populationShare.reason === 'unknown' ? 'shareUnknown' : 'shareMixed');
  return `${lead}${lang === 'zh' ? '' : ' '}${share}`;
}
