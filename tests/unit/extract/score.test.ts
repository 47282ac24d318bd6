import { describe, expect, it } from 'vitest';
import { pairDrafts } from '../../../scripts/extract/match.ts';
import { carries, overlap, publishedRecords } from '../../../scripts/extract/published.ts';
import { compareText, scoreText } from '../../../scripts/extract/report-text.ts';
import { percent, score } from '../../../scripts/extract/score.ts';
import type { Draft, Span } from '../../../scripts/extract/types.ts';

const report = ['标题', '', '新建停车场2处,新增停车泊位1000个以上,开展整治。', '建成投用水厂。'].join('\n');
const feature = (id: string, quote: string, line: number, targets: object[] = []) => ({
  type: 'Feature',
  id,
  properties: {
    id,
    area: 'city',
    phase: '2022',
    category: 'water',
    status_as_stated: '新建',
    quote,
    report_line: line,
    targets,
  },
  geometry: null,
});
const published = publishedRecords(
  {
    type: 'FeatureCollection',
    features: [
      feature('parking', '新建停车场2处,新增停车泊位1000个以上', 3, [
        { value: 2, unit: 'site', text: '2处' },
        { value: 1000, unit: 'parking_space', text: '1000个' },
      ]),
      feature('water-plant', '建成投用水厂', 4),
      feature('other-report', '不在本报告', 4),
    ],
  },
  report,
);
const span = (line: number, text: string): Span => {
  const start = report.split('\n')[line - 1]!.indexOf(text);
  return { line, start, end: start + text.length, text };
};
const draft = (id: string, quote: Span, targets: Draft['targets'] = []): Draft => ({
  id,
  quote,
  name_zh: '',
  area: 'city',
  phase: '2022',
  section: '',
  category: 'water',
  status: '新建',
  targets,
  places: [],
  precision: 'district',
  review: [],
});

describe('overlap', () => {
  it('is the length of the common characters of two quotes on the same line', () => {
    expect(overlap(span(3, '新建停车场2处'), span(3, '停车场2处,新增'))).toBe(5);
    expect(overlap(span(3, '新建停车场2处'), span(3, '新增停车泊位'))).toBe(0);
    expect(overlap(span(3, '新建停车场2处'), { ...span(3, '新建停车场2处'), line: 4 })).toBe(0);
  });
});

describe('carries', () => {
  it('holds when the outer quote has every character of the inner one, on the same line', () => {
    expect(carries(span(3, '新建停车场2处,新增停车泊位'), span(3, '停车场2处'))).toBe(true);
    expect(carries(span(3, '新建停车场2处'), span(3, '新建停车场2处'))).toBe(true);
    expect(carries(span(3, '新建停车场2处'), span(3, '停车场2处,新增'))).toBe(false);
    expect(carries({ ...span(3, '新建停车场2处'), line: 4 }, span(3, '停车场2处'))).toBe(false);
  });
});

describe('score', () => {
  const drafts = [
    draft('d1', span(3, '新建停车场2处'), [{ value: 2, unit: 'site', text: '2处', at: 5 }]),
    draft('d2', span(3, '新增停车泊位1000个以上'), [{ value: 1000, unit: 'item', text: '1000个', at: 6 }]),
    draft('d3', span(3, '开展整治')),
  ];
  const pairing = pairDrafts(drafts, published);

  it('leaves out published records whose quote is not in this report', () => {
    expect(pairing.elsewhere.map((r) => r.id)).toEqual(['other-report']);
  });

  it('counts recall over records, precision over drafts, and targets by value and unit', () => {
    const result = score(pairing);
    expect(result.recall).toEqual({ hit: 1, total: 2 });
    expect(result.precision).toEqual({ hit: 2, total: 3 });
    expect(result.targets).toEqual({ hit: 1, total: 2 });
    expect(result.missed.map((r) => r.id)).toEqual(['water-plant']);
    expect(result.unmatched.map((d) => d.id)).toEqual(['d3']);
    expect(result.byArea).toEqual([
      { area: 'city', recall: { hit: 1, total: 2 }, precision: { hit: 2, total: 3 } },
    ]);
    expect(percent(result.precision)).toBe('66.7% (2/3)');
  });

  it('counts a record strictly only when a draft carries its whole quote', () => {
    // d1 and d2 each hold half of the parking quote: found leniently, not strictly.
    const result = score(pairing);
    expect(result.strict.recall).toEqual({ hit: 0, total: 2 });
    expect(result.strict.precision).toEqual({ hit: 0, total: 3 });
    expect(result.strict.partly.map((r) => r.id)).toEqual(['parking']);
    const whole = draft('d4', span(3, '新建停车场2处,新增停车泊位1000个以上,开展整治'));
    const strict = score(pairDrafts([...drafts, whole], published)).strict;
    expect(strict.recall).toEqual({ hit: 1, total: 2 });
    expect(strict.precision).toEqual({ hit: 1, total: 4 });
    expect(strict.partly).toEqual([]);
  });

  it('prints figures against the goals, and both lists of --compare', () => {
    expect(scoreText(score(pairing))).toContain(
      'recall     50.0% (1/2)  (goal ≥ 90%: missed by 40.0 points)',
    );
    expect(scoreText(score(pairing))).toContain(
      'strict (a draft carries the whole published quote: search each quote in the drafts to check):\n' +
        'recall     0.0% (0/2)  (goal ≥ 90%: missed by 90.0 points)',
    );
    expect(scoreText(score(pairing))).toContain('found leniently, not strictly (1):\n  line 3  parking');
    const text = compareText(pairing);
    expect(text).toContain('In the drafts, not in the published data (1)');
    expect(text).toContain('  line 3  d3  [city] 开展整治');
    expect(text).toContain('In the published data, not in the drafts (1)');
    expect(text).toContain('  line 4  water-plant  [city] 建成投用水厂');
    expect(text).toContain('1 published records quote another report');
  });
});
