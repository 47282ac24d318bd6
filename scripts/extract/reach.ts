/**
 * How far a candidate's quote reaches back (candidates.ts): the clauses before a project clause,
 * in the same sentence, that are part of what the report says about it, so that the draft carries
 * the whole statement a reviewer would quote:
 *
 *   money spent on it       "累计投入资金20.3亿元,实施扶贫项目455个"
 *   a frame of it           "以陇东风情园为引领,以…为基础,编制…规划", "围绕庆化炼厂延伸…,年内招引…"
 *   the effort it aims at   "积极对接…示范项目,力争新建…天桥"
 *   its topic               "生猪产业注重扩规模、延链条,围绕打造百亿元生猪产业集群"
 *   the campaign it is in   "实施乡村建设行动,启动“1315”示范工程" (the sentence's first clause)
 *
 * A clause that is itself a candidate, or already in an earlier quote, is never taken.
 */
import type { Span } from './types.ts';
import { statusOf, type Status } from './verbs.ts';
import type { WordBoundaries } from './words.ts';

/**
 * A clause that only says how much money went in ("完成投资90亿元以上", "累计投入资金20.3亿元"): a
 * figure of the project beside it, never a project of its own. It joins the candidate right after
 * it, or else the one right before it.
 */
export const MONEY_SPENT =
  /^(?:全[年县区市]|累计|共)?(?:完成|投入|总)?(?:投资|资金)约?[\d.]+[万亿]?元(?:以上|左右)?$/;
/** A clause that frames the next one, with a preposition and no verb of its own. */
export const FRAME = /^(?:以[^,，;；]+为|围绕|依托|借助|立足)/;
/** A clause opening with an aim ("力争新建…"): it is what the effort before it is for. */
export const AIM = /^(?:力争|争取)/;
/** What a campaign is called: a weak verb heading one of these leads the items of its sentence. */
export const CAMPAIGN = /行动|工程|战略/;

/**
 * The index of the first clause of the quote of candidate `i`. `free` is the first clause not in
 * an earlier quote; `statuses` says which clauses are candidates.
 */
export function firstClause(
  sentence: readonly Span[],
  i: number,
  free: number,
  statuses: readonly (Status | null)[],
  boundaries: WordBoundaries,
): number {
  const open = (k: number) => k >= free && k >= 0 && !statuses[k];
  const text = sentence[i]!.text;
  let first = i;
  while (
    open(first - 1) &&
    (MONEY_SPENT.test(sentence[first - 1]!.text) || frames(sentence[first - 1]!.text, boundaries))
  )
    first -= 1;
  if (first === i && (AIM.test(text) || FRAME.test(text)) && open(i - 1)) first = i - 1;
  if (free === 0 && first > 0 && open(0) && campaign(sentence[0]!.text, boundaries)) first = 0;
  return first;
}

function frames(clause: string, boundaries: WordBoundaries): boolean {
  return FRAME.test(clause) && !statusOf(clause, boundaries);
}

function campaign(clause: string, boundaries: WordBoundaries): boolean {
  const status = statusOf(clause, boundaries);
  return status?.verbClass === 'weak' && CAMPAIGN.test(clause.slice(status.at + status.text.length));
}
