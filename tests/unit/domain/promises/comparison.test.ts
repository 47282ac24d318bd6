import { describe, expect, it } from 'vitest';
import {
  COMPARISON_COLUMNS,
  comparisonCsv,
  comparisonRows,
  sortComparison,
  targetsText,
  type ComparisonRow,
} from '../../../../src/lib/domain/promises/comparison.ts';
import { latestProgress } from '../../../../src/lib/domain/progress.ts';
import { AREAS } from '../../../../src/lib/domain/vocabulary.ts';
import { publishedProjects } from '../../../helpers/published-map-data.ts';
import { parseCsv } from '../../../helpers/csv.ts';

const rows2022 = comparisonRows(publishedProjects, '2022', 'zh');
const areaRank = (row: ComparisonRow) => Object.keys(AREAS).indexOf(row.area);

describe('comparisonRows on the published records', () => {
  it('has one row a record of the phase, in the report’s order (area, then line)', () => {
    const inPhase = publishedProjects.filter((f) => f.properties.phase === '2022');
    expect(rows2022.map((r) => r.id).sort()).toEqual(inPhase.map((f) => f.properties.id).sort());
    for (let i = 1; i < rows2022.length; i++) {
      const [a, b] = [rows2022[i - 1]!, rows2022[i]!];
      expect(areaRank(a) < areaRank(b) || (areaRank(a) === areaRank(b) && a.reportLine <= b.reportLine)).toBe(
        true,
      );
    }
  });

  it('carries each record’s quote as it is and its latest entry, or none', () => {
    for (const row of rows2022) {
      const p = publishedProjects.find((f) => f.properties.id === row.id)!.properties;
      expect(row.quote).toBe(p.quote);
      const latest = latestProgress(p);
      expect(row.date).toBe(latest?.date ?? null);
      expect(row.fact).toBe(latest?.fact_zh ?? null);
      expect(row.sourceUrl).toBe(latest?.source_url ?? null);
    }
    expect(rows2022.some((r) => r.fact !== null)).toBe(true);
    expect(rows2022.some((r) => r.fact === null && r.status === 'none')).toBe(true);
  });

  it('gives the English fact in English, the Chinese marked untranslated where there is none', () => {
    const en = comparisonRows(publishedProjects, '2022', 'en');
    const withFact = en.filter((r) => r.fact !== null);
    expect(withFact.length).toBeGreaterThan(0);
    for (const row of withFact) expect(row.untranslated).toBe(false);
    expect(en.find((r) => r.id === rows2022[0]!.id)!.name).toBe(
      publishedProjects.find((f) => f.properties.id === rows2022[0]!.id)!.properties.name_en,
    );
  });
});

describe('sortComparison', () => {
  it('sorts by date newest first with rows without evidence last, either way', () => {
    for (const descending of [true, false]) {
      const sorted = sortComparison(rows2022, 'date', descending);
      const dated = sorted.filter((r) => r.date !== null).map((r) => r.date!);
      expect(sorted.slice(0, dated.length).every((r) => r.date !== null)).toBe(true);
      const expected = [...dated].sort();
      expect(dated).toEqual(descending ? expected.reverse() : expected);
    }
  });

  it('sorts by status done first, “no follow-up” last, ties in the report’s order', () => {
    const sorted = sortComparison(rows2022, 'status');
    expect(['completed', 'in_operation']).toContain(sorted[0]!.status);
    expect(sorted.at(-1)!.status).toBe('none');
    const none = sorted.filter((r) => r.status === 'none');
    expect(none.map((r) => r.reportOrder)).toEqual([...none.map((r) => r.reportOrder)].sort((a, b) => a - b));
  });

  it('turns back to the report’s order', () => {
    expect(sortComparison(sortComparison(rows2022, 'precision'), 'report')).toEqual(rows2022);
  });
});

describe('targetsText', () => {
  it('writes targets as the report does in Chinese, with units in English', () => {
    const targets = [
      { value: 10, unit: 'km' as const, text: '10公里' },
      { value: 2, unit: 'site' as const, text: '2处' },
    ];
    expect(targetsText(targets, 'zh')).toBe('10公里、2处');
    expect(targetsText(targets, 'en')).toBe('10 km; 2 sites');
    expect(targetsText([], 'en')).toBe('');
  });
});

const hostile: ComparisonRow = {
  ...rows2022[0]!,
  id: 'hostile-row',
  name: '=HYPERLINK("http://evil.example","x")',
  quote: '+1 说明, "引号"',
  fact: '@SUM(A1)',
  sourceName: '-2',
};

describe('the downloads', () => {
  it('CSV: BOM, the columns, one line a row, formulas defused, quotes kept', () => {
    const text = comparisonCsv([...rows2022, hostile], 'zh');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...body] = parseCsv(text.slice(1));
    expect(header).toEqual([...COMPARISON_COLUMNS]);
    expect(body).toHaveLength(rows2022.length + 1);
    const last = body.at(-1)!;
    const col = (name: (typeof COMPARISON_COLUMNS)[number]) => last[COMPARISON_COLUMNS.indexOf(name)];
    expect(col('name')).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(col('quote')).toBe(`'+1 说明, "引号"`);
    expect(col('latest_fact')).toBe("'@SUM(A1)");
    expect(col('source_name')).toBe("'-2");
    expect(col('report_line')).toBe(String(hostile.reportLine));
  });
});
