import { describe, expect, it } from 'vitest';
import { latestActual, readIndicators } from '../../../src/lib/domain/indicators.ts';

const LINE = '经济社会发展的奋斗目标是:地区生产总值年均增长10%以上,城镇登记失业率控制在4%以内。';
const quoteAt = (report: string, line: number) => (report === 'r-2022' && line === 57 ? LINE : null);
const TODAY = '2026-12-07';

const actual = (year: string, value: number) => ({
  year,
  value,
  fact_zh: `西峰区${year}年统计公报称地区生产总值增长${value}%。`,
  fact_en: `Xifeng's ${year} statistical bulletin gives ${value}% growth.`,
  source_name: '西峰区人民政府网',
  source_url: 'https://www.gsxf.gov.cn/example',
  date: `${Number(year) + 1}-04`,
  date_kind: 'published',
  retrieved: TODAY,
});

const good = () => ({
  id: 'gdp-annual-growth',
  report: 'r-2022',
  report_line: 57,
  quote: '地区生产总值年均增长10%以上',
  name_zh: '地区生产总值年均增长',
  name_en: 'Annual GDP growth',
  period: '2022-2026',
  target: { value: 10, unit: 'percent', text: '10%以上', bound: 'at_least', kind: 'annual_growth' },
  actuals_searched: TODAY,
  actuals: [actual('2023', 6.5), actual('2022', 5.1)],
});

describe('readIndicators', () => {
  it('keeps a good indicator, its actuals oldest first, the latest one last', () => {
    const { indicators, problems } = readIndicators([good()], TODAY, quoteAt);
    expect(problems).toEqual([]);
    expect(indicators[0]!.actuals.map((a) => a.year)).toEqual(['2022', '2023']);
    expect(latestActual(indicators[0]!)!.value).toBe(6.5);
    expect(latestActual({ ...indicators[0]!, actuals: [] })).toBeNull();
  });

  const cases: [string, (v: ReturnType<typeof good>) => unknown, RegExp][] = [
    [
      'a quote not on its line',
      (v) => ({ ...v, quote: '地区生产总值年均增长9%以上' }),
      /quote is not on line 57/,
    ],
    ['a line the report does not have', (v) => ({ ...v, report_line: 58 }), /has no line 58/],
    [
      'a unit not in the vocabulary',
      (v) => ({ ...v, target: { ...v.target, unit: 'percents' } }),
      /target.unit/,
    ],
    ['a bound not in the list', (v) => ({ ...v, target: { ...v.target, bound: 'over' } }), /target.bound/],
    ['a period backwards', (v) => ({ ...v, period: '2026-2022' }), /period/],
    ['an unknown field', (v) => ({ ...v, target_value: 10 }), /unknown fields: target_value/],
    [
      'an actual without a source',
      (v) => ({ ...v, actuals: [{ ...actual('2022', 5), source_url: '' }] }),
      /lacks source_url/,
    ],
    [
      'an actual linking javascript:',
      (v) => ({ ...v, actuals: [{ ...actual('2022', 5), source_url: 'javascript:alert(1)' }] }),
      /http/,
    ],
    [
      'an actual read in the future',
      (v) => ({ ...v, actuals: [{ ...actual('2022', 5), retrieved: '2027-01-01' }] }),
      /retrieved/,
    ],
    [
      'an actual whose Chinese fact is English',
      (v) => ({ ...v, actuals: [{ ...actual('2022', 5), fact_zh: 'GDP grew by five percent in Xifeng' }] }),
      /fact_zh/,
    ],
    [
      'an actual of a month, not a year',
      (v) => ({ ...v, actuals: [{ ...actual('2022', 5), year: '2022-06' }] }),
      /year/,
    ],
    ['no actuals list', (v) => ({ ...v, actuals: undefined }), /actuals is not a list/],
  ];
  it.each(cases)('leaves out %s, alone, with a message and a fix', (_, change, message) => {
    const other = { ...good(), id: 'other', quote: '城镇登记失业率控制在4%以内' };
    const { indicators, problems } = readIndicators([change(good()), other], TODAY, quoteAt);
    expect(indicators.map((i) => i.id)).toEqual(['other']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!).toMatchObject({ id: 'gdp-annual-growth', index: 0 });
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.fix.length).toBeGreaterThan(10);
  });

  it('refuses the same id twice, and a file that is not a list', () => {
    expect(readIndicators([good(), good()], TODAY, quoteAt).problems[0]!.message).toMatch(/used twice/);
    expect(readIndicators({ id: 'x' }, TODAY).problems[0]!.message).toBe('not a list');
  });

  it('does not check quotes without the report’s text (the app), and does with it (data:check)', () => {
    const moved = { ...good(), quote: '不在这一行' };
    expect(readIndicators([moved], TODAY).problems).toEqual([]);
    expect(readIndicators([moved], TODAY, quoteAt).problems).toHaveLength(1);
  });
});
