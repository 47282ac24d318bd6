/**
 * Two short passages in the genre about an imaginary county (tests/fixtures/extract), against the
 * drafts expected of them, field by field. The review notes are compared apart, by what they flag.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extract } from '../../../scripts/extract/extract.ts';
import { draftsYaml } from '../../../scripts/extract/yaml-writer.ts';
import { fixture, qinghe } from './helpers.ts';

type Record = { [field: string]: unknown };

function drafted(name: string): Record[] {
  const { drafts, year } = extract(fixture(`${name}.txt`), qinghe());
  return parse(draftsYaml(drafts, name, year, 'qinghe-2024')) as Record[];
}

const withoutReview = (records: Record[]) => records.map(({ review: _review, ...rest }) => rest);

describe.each(['qinghe-2024-tasks', 'qinghe-2024-review'])('%s', (name) => {
  it('gives the expected drafts', () => {
    expect(withoutReview(drafted(name))).toEqual(parse(fixture(`${name}.expected.yaml`)));
  });

  it('asks for an English name in every draft, and nothing of its phase (the app labels any year)', () => {
    for (const record of drafted(name)) {
      expect(record.review).toContain('name_en: TODO, write an English name (pinyin + kind)');
      expect((record.review as string[]).filter((line) => line.startsWith('phase'))).toEqual([]);
    }
  });
});

describe('qinghe-2024-tasks', () => {
  const records = drafted('qinghe-2024-tasks');

  it('skips the five-year outlook and the government-self part', () => {
    expect(records.map((r) => r.report_line)).not.toContain(5);
    expect(records.map((r) => r.report_line)).not.toContain(25);
  });

  it('skips a weak verb without a concrete object ("推进石门塬水土保持治理")', () => {
    expect(records.some((r) => String(r.quote).includes('石门塬'))).toBe(false);
  });

  it('lists a village without a gazetteer key in the review note', () => {
    const greenhouses = records.find((r) => r.id === 'draft-13-2');
    expect(greenhouses?.review).toContain(
      "places: no key in places.yaml for 杏花村 (629901200203), matched 「杏花」 (short form after its township's name 石门); add a place or keep the township",
    );
  });
});

describe('qinghe-2024-review', () => {
  const records = drafted('qinghe-2024-review');

  it('drops economic indicators ("完成地区生产总值85.3亿元")', () => {
    expect(records.some((r) => String(r.quote).includes('生产总值'))).toBe(false);
  });

  it('flags a lead with words of two areas', () => {
    expect(records.find((r) => r.id === 'draft-7-1')?.review).toContain(
      'area: the heading 「一年来,我们全力以赴补短板、惠民生,城市功能不断完善」 also has words of livelihood; chose city',
    );
  });
});
