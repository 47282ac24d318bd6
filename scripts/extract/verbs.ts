/**
 * The status verb of a clause: the report's own word for what happens to a project (建成投用,
 * 开工建设, 启动, 完成 …), with the adverb in front of it when there is one (力争新建, 全面完成).
 *
 * Each verb has a class that says how much else the clause must name to be a candidate
 * (candidates.ts): a strong verb builds, starts, finishes or adds something; a weak verb also
 * heads policy sentences; a count verb (解决, 输转 …) names a project only with a number.
 */
import { everyOffset, type WordBoundaries } from './words.ts';

export type VerbClass = 'strong' | 'weak' | 'count';

/** Status verbs by class. Where two start at one place the longer wins (建成投用 over 建成). */
export const VERBS: Readonly<Record<VerbClass, readonly string[]>> = {
  strong: [
    // finished, in use
    ...['建成投用', '建成投产', '建成运营', '建成试运营', '建成通车', '投产运行', '投入使用', '全线通车'],
    ...['开业运营', '交付使用', '建成', '投用', '投产', '竣工', '完工', '通车', '通水', '开园'],
    // started
    ...['开工建设', '启动建设', '启动实施', '开工', '启动', '动工'],
    // built, rebuilt, added, done
    ...['新建', '续建', '改扩建', '改建', '扩建', '提质改造', '改造', '重建', '新增', '打通', '加固', '更新'],
    '硬化',
    ...['配套建设', '谋划建设', '完成'],
    // brought in, set up
    ...['落户', '签约', '引进', '招引', '设立', '创建'],
  ],
  // work goes on, or something is made of it
  weak: [
    ...['实施', '加快推进', '推进', '加快', '开展', '打造', '培育', '编制', '申报', '发掘', '治理', '整治'],
    '带动',
  ],
  // the object is people, money or a problem: a project only when counted
  count: ['安置', '发放', '办理', '输转', '取缔', '处置', '解决', '纳入'],
};

/**
 * Strong verbs that only ever mean building (continued construction 续建, new, rebuilt, enlarged,
 * ground broken): whatever they build is a project, so they need an object but no facility word
 * ("续建河西大道西延段"). 建成 and 完成 are not among them: 建成…体系, 完成…任务.
 */
export const BUILD_VERBS = ['续建', '新建', '改建', '扩建', '改扩建', '开工建设', '动工'];

/** Adverbs that belong to the status as the report states it (力争新建: "strive to build"). */
export const ADVERBS = [
  ...['力争', '全面', '逐步', '积极', '深入', '大力', '常态化', '即将', '相继', '顺利', '基本'],
  ...['年内', '配合', '推广', '依法', '妥善', '着力', '灾后', '持续', '深度', '高位'],
  // the part of a building that is done ("住院楼主体完工")
  '主体',
];

/**
 * Words that can follow a clause-final verb and still leave it final: "…污水处理厂建成运行",
 * "…小学建成招生". They become part of the status as stated.
 */
export const COMPLEMENTS = ['运行', '运营', '招生', '使用', '交付'];

/** Words that start with a verb but are nouns: 建成区 (the built-up area) is not 建成. */
export const NOT_VERBS = [
  '建成区',
  '安置房',
  '改造工程',
  '更新行动',
  '建设行动',
  '整治行动',
  '实施方案',
  '实施细则',
];

const VERB_LIST: readonly (readonly [string, VerbClass])[] = (Object.keys(VERBS) as VerbClass[])
  .flatMap((verbClass) => VERBS[verbClass].map((verb) => [verb, verbClass] as const))
  .sort((a, b) => b[0].length - a[0].length);

export interface Status {
  /** The status as stated: adverb + verb, verbatim from the clause. */
  text: string;
  /** Offset of `text` in the clause. */
  at: number;
  verb: string;
  verbClass: VerbClass;
}

/** Every verb of the clause, left to right; with word boundaries, only verbs that are whole words. */
export function verbsIn(clause: string, boundaries: WordBoundaries = everyOffset): Status[] {
  const found: Status[] = [];
  const starts = boundaries(clause);
  for (let at = 0; at < clause.length; at += 1) {
    if (NOT_VERBS.some((word) => clause.startsWith(word, at))) continue;
    const hit = VERB_LIST.find(([verb]) => clause.startsWith(verb, at));
    if (!hit || !starts.has(at) || !starts.has(at + hit[0].length)) continue;
    const [verb, verbClass] = hit;
    const adverb = ADVERBS.find((word) => clause.slice(0, at).endsWith(word)) ?? '';
    found.push({ text: adverb + verb, at: at - adverb.length, verb, verbClass });
    at += verb.length - 1;
  }
  return found;
}

/**
 * The clause's status: the verb it opens with ("完成…改造": the rest is its object); else the verb
 * that ends it, with a complement ("…项目全面启动", "…水厂建成运行": the object comes first); else
 * the first verb. Two verbs joined by
 * 、 are one status ("新建、改造").
 */
export function statusOf(clause: string, boundaries?: WordBoundaries): Status | null {
  const verbs = verbsIn(clause, boundaries);
  const first = verbs[0];
  const last = verbs.at(-1);
  if (!first || !last) return null;
  const rest = clause.slice(last.at + last.text.length);
  if (first.at > 0 && (rest === '' || COMPLEMENTS.includes(rest))) return { ...last, text: last.text + rest };
  const next = verbs[1];
  if (next && next.at === first.at + first.text.length + 1 && clause[next.at - 1] === '、') {
    return { ...first, text: clause.slice(first.at, next.at + next.text.length), verbClass: 'strong' };
  }
  return first;
}
