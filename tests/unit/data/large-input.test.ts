import { describe, expect, it } from 'vitest';
import { checkSources } from '../../../scripts/data/check-sources.ts';
import { formatProblem } from '../../../scripts/data/source-problem.ts';
import { buildSourceText, fixtureReference, goodPlaces, sourceRecord, sourceRecords } from './fixtures.ts';

describe('large and hostile input', () => {
  // The same at 50,000 records, timed: scripts/bench/logic.ts (npm run bench).
  it('checks 2,000 records, reports each bad one at its own line, and compiles the good ones', () => {
    const text = sourceRecords(2_000);
    const { checked, validated } = buildSourceText(text);
    expect(checked.records).toHaveLength(1_000);
    expect(checked.problems).toHaveLength(1_000);
    // record-1999 starts on line 1999 * 13 + 1; its quote is the 10th line of the record.
    expect(formatProblem(checked.problems[999]!)).toBe(
      'projects.yaml:25997 (record record-1999): quote is not on line 5 of geodata/sources/xifeng-2022-government-work-report.txt; it is on line 3 — set report_line: 3',
    );
    expect(validated.problems).toEqual([]);
    expect(validated.valid).toHaveLength(1_000);
  });

  it('keeps a 1 MB string field, and keeps messages about it short', () => {
    const big = '水'.repeat(1_000_000);
    const text = [
      sourceRecord(0, `  note: ${big}\n  note_zh: ${big}`),
      sourceRecord(2, `  section: ${big}\n  quote: ${big}`).replace(
        /\n {2}section: 高标准建设城市|\n {2}quote: 建成投用董志塬水厂/g,
        '',
      ),
    ].join('\n');
    const checked = checkSources(goodPlaces(), { file: 'projects.yaml', text }, fixtureReference());
    expect(checked.records.map((r) => r.id)).toEqual(['record-0']);
    expect(checked.records[0]?.note).toHaveLength(1_000_000);
    const messages = checked.problems.map(formatProblem);
    expect(messages).toHaveLength(2); // the quote is not in the report, and so the status is not in the quote
    for (const message of messages) expect(message.length).toBeLessThan(400);
  });

  it('survives every field having the wrong type', () => {
    const text = [
      '- id: [1, 2]',
      '  name_zh: {a: 1}',
      '  name_en: 3',
      '  area: [city]',
      '  phase: 2017',
      '  section: null',
      '  category: true',
      '  status_as_stated: []',
      '  quote: {}',
      '  report_line: "3"',
      '  places: site.dongzhiyuan-water-plant',
      '  shape: curve',
      '  township: 12',
      '  targets: {value: 1}',
      '  sites: [5, 2]',
      '  note: [x]',
      '- 42',
      '- null',
    ].join('\n');
    const checked = checkSources(goodPlaces(), { file: 'projects.yaml', text }, fixtureReference());
    expect(checked.records).toEqual([]);
    const fields = checked.problems.map((p) => p.message.split(' ')[0]);
    expect(fields).toEqual(
      expect.arrayContaining(['id', 'name_zh', 'name_en', 'area', 'phase', 'section', 'category']),
    );
    expect(
      checked.problems.filter((p) => p.subject === 'record #2' || p.subject === 'record #3'),
    ).toHaveLength(2);
  });
});
