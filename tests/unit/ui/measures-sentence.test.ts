import { describe, expect, it } from 'vitest';
import { measuresSentence } from '../../../src/lib/ui/planner/measures-sentence.ts';
import type { GapSummary, TownshipFactsInfo } from '../../../src/lib/domain/planner/township-measures.ts';

const town = (name_zh: string, name_en: string) => ({ name_zh, name_en }) as TownshipFactsInfo;
const TWO = [town('北街街道', 'Beijie Subdistrict'), town('什社乡', 'Shishe Township')];

describe('measuresSentence', () => {
  it('names the townships with none and gives the share of people there, in both languages', () => {
    const summary: GapSummary = { without: TWO, populationShare: { share: 0.234, year: 2020 } };
    expect(measuresSentence(summary, 'zh', '供水', '2022年计划')).toBe(
      '没有2022年计划“供水”项目的镇街：北街街道、什社乡。这些镇街约有全部镇街23%的人口（2020年）。',
    );
    expect(measuresSentence(summary, 'en', 'water supply', 'planned for 2022')).toBe(
      'Townships with no “water supply” project (planned for 2022): Beijie Subdistrict, Shishe Township. About 23% of the townships’ people live there (2020).',
    );
  });

  it('says why no share is given, and when every township has one', () => {
    const unknown: GapSummary = { without: TWO, populationShare: { share: null, reason: 'unknown' } };
    expect(measuresSentence(unknown, 'zh', '供水', '2022年计划')).toMatch(
      /其中有镇街人口不详，无法算出它们的人口占比。$/,
    );
    const mixed: GapSummary = { without: TWO, populationShare: { share: null, reason: 'mixed' } };
    expect(measuresSentence(mixed, 'en', 'health', 'done in 2021')).toMatch(
      /different years or kinds, so no share can be given\.$/,
    );
    const none: GapSummary = { without: [], populationShare: { share: null, reason: 'unknown' } };
    expect(measuresSentence(none, 'zh', '医疗卫生', '2021年完成')).toBe(
      '每个镇街都有2021年完成的“医疗卫生”项目。',
    );
  });
});
