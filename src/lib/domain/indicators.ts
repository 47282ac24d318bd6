/**
 * Indicators: the report's goals with a number that are not projects (地区生产总值年均增长10%以上,
 * 生猪存栏规模达到20万头以上 …), each with the actual figures public sources give. They are kept in
 * geodata/src/indicators.yaml, published as data/indicators.json, and shown only in the promises
 * view: never on the map, never in the project count. Pure: unknown JSON in, the valid indicators
 * and a problem per bad one out (a bad indicator is left out alone), shared by data:check and the app.
 */
import { UNITS, type UnitKey } from './vocabulary.ts';
import { ENGLISH_PHRASE, isChineseOnly, isRealDate, isWebUrl } from './progress.ts';
import { isRecord } from './validation-problem.ts';

/** 以上/突破/达到 (at least), 以内 (at most), or the number itself. */
export const BOUNDS = ['at_least', 'at_most', 'exact'] as const;
export type BoundKey = (typeof BOUNDS)[number];

/** A value to reach, a yearly rate over the period (年均增长), one year's growth, or a rate in %. */
export const INDICATOR_KINDS = ['level', 'annual_growth', 'growth', 'share'] as const;
export type IndicatorKindKey = (typeof INDICATOR_KINDS)[number];

export interface IndicatorTarget {
  value: number;
  unit: UnitKey;
  /** The number as the quote writes it (10%以上). */
  text: string;
  bound: BoundKey;
  kind: IndicatorKindKey;
}

export interface IndicatorActual {
  /** The year the figure measures. */
  year: string;
  value: number;
  fact_zh: string;
  fact_en: string;
  source_name: string;
  source_url: string;
  date: string;
  date_kind?: 'published';
  retrieved: string;
}

export interface Indicator {
  id: string;
  report: string;
  report_line: number;
  quote: string;
  name_zh: string;
  name_en: string;
  /** "2022" for a task of the year, "2022-2026" for a five-year goal. */
  period: string;
  target: IndicatorTarget;
  actuals_searched: string;
  actuals: IndicatorActual[];
}

export interface IndicatorProblem {
  /** The indicator's id, or null when it has none. */
  id: string | null;
  index: number;
  message: string;
  fix: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PERIOD = /^(\d{4})(?:-(\d{4}))?$/;
const YEAR = /^\d{4}$/;
const FIELDS = ['id', 'report', 'report_line', 'quote', 'name_zh', 'name_en', 'period', 'target'];
const TARGET_FIELDS = ['value', 'unit', 'text', 'bound', 'kind'];
const ACTUAL_FIELDS = [
  'year',
  'value',
  'fact_zh',
  'fact_en',
  'source_name',
  'source_url',
  'date',
  'retrieved',
];
const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const unknownKeys = (v: Record<string, unknown>, known: readonly string[]) =>
  Object.keys(v).filter((k) => !known.includes(k));

function actualIssue(a: unknown, today: string): string | null {
  if (!isRecord(a)) return 'an actual is not a mapping';
  const extra = unknownKeys(a, [...ACTUAL_FIELDS, 'date_kind']);
  if (extra.length > 0) return `an actual has unknown fields: ${extra.join(', ')}`;
  const missing = ACTUAL_FIELDS.filter((k) => a[k] === undefined || a[k] === null || a[k] === '');
  if (missing.length > 0) return `an actual lacks ${missing.join(', ')}`;
  if (typeof a.year !== 'string' || !YEAR.test(a.year)) return `actual year ${String(a.year)} is not "YYYY"`;
  if (typeof a.value !== 'number' || !Number.isFinite(a.value))
    return `actual of ${a.year}: value is not a number`;
  if (!isRealDate(a.date))
    return `actual of ${a.year}: date ${String(a.date)} is not a real YYYY, YYYY-MM or YYYY-MM-DD`;
  if (!isRealDate(a.retrieved, { dayOnly: true }) || a.retrieved > today)
    return `actual of ${a.year}: retrieved ${String(a.retrieved)} is not a day up to today`;
  if (a.date > a.retrieved) return `actual of ${a.year}: dated after the day it was retrieved`;
  if (a.date_kind !== undefined && a.date_kind !== 'published')
    return `actual of ${a.year}: date_kind is "published" or left out`;
  if (!isWebUrl(a.source_url)) return `actual of ${a.year}: source_url is not an http(s) address`;
  if (!filled(a.fact_zh) || !isChineseOnly(a.fact_zh))
    return `actual of ${a.year}: fact_zh needs Chinese and no English phrase`;
  if (!filled(a.fact_en) || !/[A-Za-z]/.test(a.fact_en)) return `actual of ${a.year}: fact_en needs English`;
  return null;
}

function targetIssue(t: unknown): string | null {
  if (!isRecord(t)) return 'target is not a mapping';
  const extra = unknownKeys(t, TARGET_FIELDS);
  if (extra.length > 0) return `target has unknown fields: ${extra.join(', ')}`;
  if (typeof t.value !== 'number' || !Number.isFinite(t.value)) return 'target.value is not a number';
  if (typeof t.unit !== 'string' || !(t.unit in UNITS))
    return `target.unit ${String(t.unit)} is not one of UNITS`;
  if (!filled(t.text)) return 'target.text is empty';
  if (!(BOUNDS as readonly unknown[]).includes(t.bound))
    return `target.bound ${String(t.bound)} is not at_least, at_most or exact`;
  if (!(INDICATOR_KINDS as readonly unknown[]).includes(t.kind))
    return `target.kind ${String(t.kind)} is not level, annual_growth, growth or share`;
  return null;
}

/** What is wrong with one indicator, or null. `quoteAt` gives a report's line, when the text is at hand. */
function indicatorIssue(
  v: Record<string, unknown>,
  today: string,
  quoteAt?: (report: string, line: number) => string | null,
): string | null {
  const extra = unknownKeys(v, [...FIELDS, 'actuals_searched', 'actuals']);
  if (extra.length > 0) return `unknown fields: ${extra.join(', ')}`;
  const missing = FIELDS.filter((k) => v[k] === undefined || v[k] === null || v[k] === '');
  if (missing.length > 0) return `lacks ${missing.join(', ')}`;
  if (!ID.test(String(v.id))) return 'id is not lower-case ASCII words joined by "-"';
  if (!Number.isInteger(v.report_line) || (v.report_line as number) < 1)
    return 'report_line is not a line number';
  if (!filled(v.quote) || !filled(v.name_zh) || !filled(v.name_en))
    return 'quote, name_zh and name_en are text';
  if (ENGLISH_PHRASE.test(v.name_zh) || ENGLISH_PHRASE.test(v.quote)) return 'name_zh and quote are Chinese';
  const period = PERIOD.exec(String(v.period));
  if (period === null || (period[2] !== undefined && period[2] <= period[1]!))
    return `period ${String(v.period)} is not "YYYY" or "YYYY-YYYY"`;
  const target = targetIssue(v.target);
  if (target !== null) return target;
  if (!isRealDate(v.actuals_searched, { dayOnly: true }) || (v.actuals_searched as string) > today)
    return 'actuals_searched is not a day up to today';
  if (!Array.isArray(v.actuals)) return 'actuals is not a list ([] when none was found)';
  for (const actual of v.actuals) {
    const issue = actualIssue(actual, today);
    if (issue !== null) return issue;
  }
  if (quoteAt) {
    const line = quoteAt(String(v.report), v.report_line as number);
    if (line === null) return `report ${String(v.report)} has no line ${String(v.report_line)}`;
    if (!line.includes(v.quote))
      return `the quote is not on line ${String(v.report_line)} of report ${String(v.report)}`;
  }
  return null;
}

const FIXES: [RegExp, string][] = [
  [/quote/, 'copy the quote from the report file, character for character, and give its line'],
  [/actual/, 'see the actuals in the header of geodata/src/indicators.yaml'],
];

/** The valid indicators (actuals oldest first) and a problem for each one left out. */
export function readIndicators(
  raw: unknown,
  today: string,
  quoteAt?: (report: string, line: number) => string | null,
): { indicators: Indicator[]; problems: IndicatorProblem[] } {
  if (!Array.isArray(raw))
    return {
      indicators: [],
      problems: [{ id: null, index: -1, message: 'not a list', fix: 'write a YAML list of indicators' }],
    };
  const indicators: Indicator[] = [];
  const problems: IndicatorProblem[] = [];
  const seen = new Set<string>();
  raw.forEach((v, index) => {
    const id = isRecord(v) && typeof v.id === 'string' ? v.id : null;
    let message = isRecord(v) ? indicatorIssue(v, today, quoteAt) : 'not a mapping';
    if (message === null && seen.has(id!)) message = `id ${id} is used twice`;
    if (message !== null) {
      const fix =
        FIXES.find(([pattern]) => pattern.test(message!))?.[1] ??
        'see the header of geodata/src/indicators.yaml';
      problems.push({ id, index, message, fix });
      return;
    }
    seen.add(id!);
    const indicator = v as unknown as Indicator;
    indicators.push({
      ...indicator,
      actuals: [...indicator.actuals].sort((a, b) => a.year.localeCompare(b.year)),
    });
  });
  return { indicators, problems };
}

/** The latest actual (by the year it measures), or null: "未找到公开数据". */
export function latestActual(indicator: Indicator): IndicatorActual | null {
  return indicator.actuals.at(-1) ?? null;
}
