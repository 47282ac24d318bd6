/**
 * Targets: a number with its unit word, parsed into `{ value, unit, text }` with the unit keys of
 * src/lib/domain/vocabulary.ts (UNITS). A measure word that counts different things (个, 户, 座, 条)
 * takes its unit from the noun after it ("12个示范村") or, failing that, the noun before the number
 * ("停车泊位800个"), by the COUNTED_NOUNS table.
 */
import type { UnitKey } from '../../src/lib/domain/vocabulary.ts';
import { numberValue } from './numbers.ts';
import type { Target } from './types.ts';

/** Unit words, longest first so that 平方公里 is not read as 公里. A null unit needs the noun. */
export const UNIT_WORDS: readonly (readonly [string, UnitKey | null])[] = [
  ['个百分点', 'percentage_point'],
  ['平方公里', 'km2'],
  ['平方米', 'm2'],
  ['吨/日', 'tonne_per_day'],
  ['公里', 'km'],
  ['千米', 'km'],
  ['人次', 'person_time'],
  ['亩', 'mu'],
  ['吨', 'tonne'],
  ['元', 'yuan'],
  ['%', 'percent'],
  ['％', 'percent'],
  ['天', 'day'],
  ['人', 'person'],
  ['名', 'person'],
  ['所', 'school'],
  ['栋', 'building'],
  ['处', 'site'],
  ['项', 'item'],
  ['头', 'head'],
  ['个', null],
  ['户', null],
  ['座', null],
  ['条', null],
];

/**
 * What a measure word counts, by the noun it counts: [measure word, noun pattern, unit]. The first
 * row whose pattern is in the noun wins; a measure word without a matching row gives its default
 * (the row with an empty pattern), and 座/条 without one give no target (the reviewer adds it).
 * `text` keeps the noun for 个小区 (the vocabulary's label), as the data does.
 */
export const COUNTED_NOUNS: readonly (readonly [string, RegExp | null, UnitKey])[] = [
  ['个', /^小区/, 'residential_compound'], // "23个小区": the noun is part of the unit word
  ['个', /小区/, 'residential_compound'],
  ['个', /泊位|车位/, 'parking_space'],
  ['个', /学位/, 'school_place'],
  ['个', /村/, 'village'],
  ['个', /项目/, 'project'],
  ['个', /示范点|示范园|基地|点$/, 'site'],
  ['个', null, 'item'],
  ['户', /企业|公司|商户/, 'enterprise'],
  ['户', null, 'household'],
  ['座', /坝|水库/, 'dam'],
  ['座', /棚|温室/, 'greenhouse'],
  ['条', /线/, 'line'],
  ['条', /路|街|巷|道/, 'road'],
];

/**
 * A number, an optional multiplier, an optional "more than" (多/余), then a unit word. Chinese
 * numerals count only before 万/亿 (百亿元); alone (三条, 五个) they are rhetoric, not targets.
 */
const TARGET =
  /(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+(?=[万亿]))([万亿]?)([多余]?)(个百分点|平方公里|平方米|吨\/日|公里|千米|人次|[亩吨元%％天人名所栋处项头个户座条])/g;
/** A size threshold, not a target: "500万元以上项目" (以上 followed by a noun, not by a mark). */
const THRESHOLD = /^(?:以上|以下)[^,，;；。、)）]/;
/** A daily capacity stated before the number: "日处理3万吨", "日供水能力2万吨" are tonnes a day. */
const DAILY = /日(?:处理|供水|产|均)?(?:能力|规模)?$/;
/** Marks that end the noun context of a measure word. */
const CONTEXT_END = /[,，;；。、:：]/;

export function parseTargets(quote: string): Target[] {
  const targets: Target[] = [];
  for (const match of quote.matchAll(TARGET)) {
    const [whole, digits = '', multiplier = '', more = '', unitWord = ''] = match;
    const at = match.index;
    const after = quote.slice(at + whole.length);
    if (THRESHOLD.test(after)) continue;
    if (/[\d.]$/.test(quote.slice(0, at))) continue; // inside a longer number
    const value = numberValue(digits, multiplier);
    const before = quote.slice(0, at);
    const unit =
      DAILY.test(before) && unitWord === '吨'
        ? { key: 'tonne_per_day' as const }
        : unitOf(unitWord, nounAfter(after), nounBefore(before));
    if (value === null || value <= 0 || unit === null) continue;
    const withNoun = unit.key === 'residential_compound' && after.startsWith('小区') ? '小区' : '';
    targets.push({ value, unit: unit.key, text: `${digits}${multiplier}${more}${unitWord}${withNoun}`, at });
  }
  return targets;
}

function unitOf(word: string, after: string, before: string): { key: UnitKey } | null {
  const fixed = UNIT_WORDS.find(([w]) => w === word)?.[1];
  if (fixed) return { key: fixed };
  const rows = COUNTED_NOUNS.filter(([w]) => w === word);
  for (const noun of [after, before]) {
    const row = rows.find(([, pattern]) => pattern !== null && pattern.test(noun));
    if (row) return { key: row[2] };
  }
  const fallback = rows.find(([, pattern]) => pattern === null);
  return fallback ? { key: fallback[2] } : null;
}

/** The words after a measure word up to the next mark, quotation marks left out ("“三无”小区"). */
function nounAfter(after: string): string {
  const end = after.search(CONTEXT_END);
  return (end < 0 ? after : after.slice(0, end)).replace(/^(?:以上|多)/, '').replace(/[“”"]/g, '');
}

/** The words before a number back to the previous mark ("新增停车泊位" in "新增停车泊位800个"). */
function nounBefore(before: string): string {
  const marks = [...before.matchAll(new RegExp(CONTEXT_END.source, 'g'))];
  const last = marks.at(-1);
  return last ? before.slice(last.index + 1) : before;
}
