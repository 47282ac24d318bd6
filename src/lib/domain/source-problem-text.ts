/**
 * The data build's problems (source-problem.ts) as a person reads them, in either language. The
 * validator writes English for the command line; the problems the editor's forms and the offices'
 * workbooks can cause are given in Chinese by their wording, and any other keeps its English text
 * under a Chinese heading, so nothing is ever hidden. The editor shows them beside their fields;
 * `npm run sheet:import` prints them in its report.
 */
import type { SourceProblem } from './source-problem.ts';
import type { Lang } from './url-state.ts';

/** Chinese for each message the editor's forms can cause: [pattern, text]. */
const CHINESE: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /lie outside the district boundary|lie outside every township of the district/,
    () => '该点不在西峰区界内。请检查位置和坐标系（高德、腾讯地图为 GCJ-02，百度地图为 BD-09）。',
  ],
  [/look like \[lat, lon\]/, () => '坐标看起来是纬度在前、经度在后，请对调。'],
  [/are out of range/, () => '坐标超出范围：经度应在 -180 到 180 之间，纬度在 -90 到 90 之间。'],
  [/precision is exact but method/, () => '“精确”位置必须有引用来源，否则请选“附近”“村级”或“镇级”。'],
  [/^(\w+) is missing$/, (m) => `${fieldZh(m[1]!)}未填写。`],
  [/date is the number/, () => '日期要写成文字，如 2023。'],
  [/date .* is not a real date/, () => '日期不是有效日期：请写 YYYY、YYYY-MM 或 YYYY-MM-DD。'],
  [/retrieved .* is not a real day/, () => '查阅日期不是有效日期：请写 YYYY-MM-DD。'],
  [/retrieved .* is after today/, () => '查阅日期不能晚于今天。'],
  [
    /date .* is after retrieved/,
    () => '事件日期晚于查阅日期：当天读到的报道不可能报道更晚的事，请更正其一。',
  ],
  [/status .* is not a known status/, () => '请选择一个状态。'],
  [/fact_zh has no Chinese/, () => '中文事实里没有中文。'],
  [/fact_zh holds an English phrase/, () => '中文事实里有英文句子；中文界面只显示中文，请全部用中文写。'],
  [/fact_en has no English/, () => '英文事实里没有英文。'],
  [
    /source_url .* is not an http\(s\) address|source_url is missing/,
    () => '来源网址须以 http:// 或 https:// 开头。',
  ],
  [/^(fact_zh|fact_en|source_name) is /, (m) => `${fieldZh(m[1]!)}未填写。`],
];

const FIELD_ZH: Record<string, string> = {
  coordinates: '坐标',
  township: '镇街',
  precision: '位置精度',
  method: '定位方法',
  source: '英文位置来源',
  source_zh: '位置来源',
  note: '英文备注',
  note_zh: '中文备注',
  places: '地点',
  date: '日期',
  status: '状态',
  fact_zh: '中文事实',
  fact_en: '英文事实',
  source_name: '来源名称',
  source_url: '来源网址',
  retrieved: '查阅日期',
};

function fieldZh(field: string): string {
  return FIELD_ZH[field.replace(/^progress\[\d+\]\./, '')] ?? field;
}

/** The problem as a person reads it in `lang`: what is wrong, then (in English) how to fix it. */
export function problemText(problem: Pick<SourceProblem, 'field' | 'message' | 'fix'>, lang: Lang): string {
  const message = problem.message.replace(/^progress\[\d+\]\./, '');
  if (lang === 'en') return `${message}: ${problem.fix}`;
  for (const [pattern, text] of CHINESE) {
    const match = pattern.exec(message);
    if (match) return text(match);
  }
  const where = problem.field ? `${fieldZh(problem.field)}：` : '';
  return `${where}校验未通过（校验程序原文：${message}；${problem.fix}）`;
}
