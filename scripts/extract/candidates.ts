/**
 * Which clauses name a project. A clause is a candidate when it has a status verb (verbs.ts) and
 * names something concrete in its object (after the verb, or before a verb that ends the clause):
 *
 *   build verb (续建, 新建, 扩建 …)   + anything (verbs.ts, BUILD_VERBS)
 *   strong verb (建成, 启动, 完成 …)  + a facility, a project word, a target, or construction work
 *                                     ("启动县体育馆建设")
 *   weak verb (实施, 推进, 开展 …)    + a facility, a named programme (“…”工程), a works or
 *                                     project word (…改造工程, …项目) or a target
 *   count verb (解决, 处置 …)         + a target, or a built thing it handles (处置…危楼), not a
 *                                     problem (解决…问题)
 *
 * and is not an economic indicator ("完成地区生产总值85.3亿元"). A following clause of the same
 * sentence without a verb of its own that carries a target or says what the project is for
 * ("让2100多户群众…") belongs to the candidate and extends its quote.
 */
import { firstClause, MONEY_SPENT } from './reach.ts';
import { parseTargets } from './targets.ts';
import type { Span } from './types.ts';
import { BUILD_VERBS, statusOf, type Status } from './verbs.ts';
import { intlWords, type WordBoundaries } from './words.ts';

const words = (list: string) => list.split(' ');

/** Words for built things (a facility, a network, a plot): enough for any verb. */
export const FACILITIES = [
  // water, sewage, energy
  ...words('水厂 污水处理厂 管网 管道 管廊 线路 变电站 电站 水库 淤地坝 坝 厕所 转运站'),
  // transport
  ...words('公路 道路 快速路 断头路 硬化路 铁路 天桥 桥 停车场 泊位 车站 客运站'),
  // buildings and sites (园 and 院 only in compounds: 校园 and 庭院 are not facilities)
  ...words(
    '厂房 厂 场 楼 园区 产业园 物流园 示范园 公园 果园 基地 中心 服务站 市场 街区 广场 综合体 小区 住房 安置房 安置点',
  ),
  ...words('学校 小学 中学 幼儿园 校区 校舍 学位 医院 卫生院 敬老院 养老院 互助院 餐厅'),
  // land and villages
  ...words('农田 大棚 温室 湿地 景区 遗址 示范村 样板村 示范线 示范点'),
];
/**
 * Words for an undertaking or an entity: enough for a strong verb, not for a weak one. A hub is
 * built (建成…交通枢纽) or a role a place aims at (打造…物流枢纽), so it is here, not a facility.
 */
export const PROJECT_WORDS = words('工程 项目 设施 治理 整治 基金 公司 枢纽');
/** …except in these phrases, where they mean work in general ("各项目标", "项目建设"). */
const GENERAL_PROJECT = /各项目|项目(?:建设|审批|用地|手续|储备|谋划)/g;
/** A programme with a quoted name ("“百村千户”示范工程"): concrete enough for a weak verb. */
const NAMED_PROGRAMME = /”[^“”,，]{0,8}工程/;
/**
 * A works or a project (实施…改造工程, 实施…更新项目): concrete enough for a weak verb too, when the
 * verb stands alone. With an adverb of effort (大力实施…工程, 持续推进…工程建设) it heads a campaign
 * whose items follow; in quotes, it is a campaign's name (开展“项目集中攻坚年”活动).
 */
const WORKS = /工程|项目/;
/** An object that is construction work ("启动县体育馆建设", "启动…福利院扩建"): enough for a strong verb. */
const CONSTRUCTION = /(?:建设|新建|扩建|改建|改扩建|改造)$/;
/** Economic indicators: reported figures, not projects. */
export const INDICATORS =
  /生产总值|财政收入|预算收入|增加值|零售总额|可支配收入|固定资产投资|城镇化率|覆盖率|优良天|失业率|能耗|价格指数|增长\d/;
/** Figures of the whole economy: after a project, they are not its effect ("…完工,生产总值增长6%"). */
const ECONOMY = /生产总值|财政收入|预算收入|增加值|零售总额|可支配收入|固定资产投资/;
/** A weak verb heading a campaign of actions leads its items; it is not one of them. */
const CAMPAIGN_OF_ACTIONS = /行动$/;
/** What a count verb solves rather than builds or handles. */
const PROBLEM = /问题|难题|难$/;
/** A capacity the project before it adds ("扩建河西水厂,新增日供水能力2万吨"): part of its quote. */
const CAPACITY = /^新增日?[^,，;；、]{0,4}能力/;
/** Clause openings that say what the project before them is for. */
const PURPOSE = /^(?:让|使)/;

export interface Candidate {
  /** The quote: the clause, extended over the clauses that belong to it. */
  span: Span;
  status: Status;
}

export function hasFacility(text: string): boolean {
  return FACILITIES.some((word) => text.includes(word));
}

/** Whether one clause names a project, and with which status. */
export function candidateStatus(clause: string, boundaries: WordBoundaries = intlWords): Status | null {
  const status = statusOf(clause, boundaries);
  if (!status || MONEY_SPENT.test(clause)) return null;
  const endsClause = status.at + status.text.length === clause.length;
  const object = endsClause ? clause.slice(0, status.at) : clause.slice(status.at + status.text.length);
  const facility = hasFacility(object);
  if (INDICATORS.test(clause) && !facility) return null;
  // A campaign of actions ("深入开展道路增绿…行动"): its items follow, each a candidate (reach.ts).
  if (status.verbClass === 'weak' && CAMPAIGN_OF_ACTIONS.test(object)) return null;
  if (parseTargets(clause).length > 0) return status;
  // A count verb that handles a built thing after it (妥善处置…危楼) names it; one that solves a
  // problem does not, nor one that ends the clause after its manner (逐小区、逐楼栋排查处置).
  if (status.verbClass === 'count') return facility && !endsClause && !PROBLEM.test(object) ? status : null;
  if (facility) return status;
  const specific = object.replace(GENERAL_PROJECT, '');
  if (status.verbClass === 'weak') {
    const works = status.text === status.verb && WORKS.test(unquoted(specific));
    return NAMED_PROGRAMME.test(object) || works ? status : null;
  }
  if (BUILD_VERBS.includes(status.verb) && !quoted(clause, status.at) && object.replace(/^的/, '') !== '')
    return status;
  if (CONSTRUCTION.test(object)) return status;
  return PROJECT_WORDS.some((word) => specific.includes(word)) ? status : null;
}

/**
 * The candidates of one sentence, given as its clauses on a line. A quote reaches back over the
 * clauses that belong to it (reach.ts) and on over those that follow it without a verb; two
 * candidates side by side that build the same facility ("新建淤地坝4座,加固病险淤地坝3座") are one.
 */
export function candidatesOf(
  sentence: readonly Span[],
  lineText: string,
  boundaries: WordBoundaries = intlWords,
): Candidate[] {
  const statuses = sentence.map((clause) => candidateStatus(clause.text, boundaries));
  const found: { candidate: Candidate; facility: string | null }[] = [];
  let free = 0;
  for (let i = 0; i < sentence.length; i += 1) {
    const status = statuses[i];
    if (!status) continue;
    const first = firstClause(sentence, i, free, statuses, boundaries);
    let last = i;
    while (last + 1 < sentence.length && belongsToPrevious(sentence[last + 1]!.text, boundaries)) last += 1;
    const facility = builtFacility(sentence[i]!.text, status);
    const end = sentence[last]!.end;
    const previous = found.at(-1);
    if (previous && first === free && facility !== null && facility === previous.facility) {
      // Two clauses side by side building the same facility: one quote, with the first status.
      const { span } = previous.candidate;
      previous.candidate.span = { ...span, end, text: lineText.slice(span.start, end) };
    } else {
      const start = sentence[first]!.start;
      const span = { line: sentence[i]!.line, start, end, text: lineText.slice(start, end) };
      found.push({ candidate: { span, status }, facility });
    }
    free = last + 1;
    i = last;
  }
  return found.map(({ candidate }) => candidate);
}

/**
 * The facility a clause builds: the facility word that ends its object, once the target after it
 * is left out ("加固病险淤地坝3座" → 淤地坝); none when the facility only qualifies another word
 * (园区 in "园区道路" is not what is built).
 */
function builtFacility(clause: string, status: Status): string | null {
  const object = clause.slice(status.at + status.text.length);
  const target = parseTargets(object)[0];
  const head = target ? object.slice(0, target.at) : object;
  const words = FACILITIES.filter((word) => head.endsWith(word));
  return words.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Whether the character at `at` is inside quotation marks (a slogan: “新建一批、改建一批”). */
function quoted(clause: string, at: number): boolean {
  const before = clause.slice(0, at);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** The text without its quoted parts. */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”/g, '');
}

function belongsToPrevious(clause: string, boundaries: WordBoundaries): boolean {
  if (MONEY_SPENT.test(clause) || CAPACITY.test(clause)) return true;
  if (statusOf(clause, boundaries) || ECONOMY.test(clause)) return false;
  // Another indicator here is the project's own effect ("绿化覆盖率提高2个百分点"), so it stays.
  return PURPOSE.test(clause) || parseTargets(clause).length > 0;
}
