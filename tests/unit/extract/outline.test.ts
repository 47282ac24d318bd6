import { describe, expect, it } from 'vitest';
import { AREA_KEYWORDS, areaFromHeading } from '../../../scripts/extract/areas.ts';
import { outline } from '../../../scripts/extract/outline.ts';
import {
  FIVE_YEAR_MARKER,
  ONE_YEAR_MARKER,
  PART_KEYWORDS,
  partOfHeading,
  reviewPhaseOf,
} from '../../../scripts/extract/phases.ts';
import { paragraphs } from '../../../scripts/extract/segment.ts';
import { fixture } from './helpers.ts';

describe('AREA_KEYWORDS', () => {
  it('gives each area from a heading with one of its words', () => {
    for (const [area, words] of AREA_KEYWORDS) {
      for (const word of words)
        expect(areaFromHeading(`坚持${word}优先`), word).toEqual({ area, flag: null });
    }
  });

  it('flags a heading with words of several areas, choosing the first row', () => {
    expect(areaFromHeading('夯基础、兴产业,乡村振兴高位开局')).toEqual({
      area: 'rural',
      flag: 'the heading 「夯基础、兴产业,乡村振兴高位开局」 also has words of economy; chose rural',
    });
  });

  it('flags a heading with no area word', () => {
    expect(areaFromHeading('是政府效能全面提升的五年').area).toBeNull();
  });
});

describe('phases', () => {
  it('PART_KEYWORDS: tells the review from the tasks; other headings start parts without records', () => {
    expect(PART_KEYWORDS.map(([part]) => part)).toEqual(['review', 'tasks']);
    expect(partOfHeading('2021年及本届政府工作回顾')).toBe('review');
    expect(partOfHeading('今后五年思路目标及2022年重点任务')).toBe('tasks');
    expect(partOfHeading('2024年工作安排')).toBe('tasks');
    expect(partOfHeading('加强政府自身建设')).toBe('other');
  });

  it('FIVE_YEAR_MARKER and ONE_YEAR_MARKER: the review phase a paragraph opens with', () => {
    expect(FIVE_YEAR_MARKER.test('——过去五年,是经济实力大幅跃升的五年')).toBe(true);
    expect(ONE_YEAR_MARKER.test('一年来,我们全力以赴')).toBe(true);
    for (const opening of ['过去一年,面对', '过去的一年,我们在市委的坚强领导下', '去年,全县'])
      expect(ONE_YEAR_MARKER.test(opening), opening).toBe(true);
    expect(reviewPhaseOf('各位代表,过去五年,我们经历了', 2024)).toBe('2019-2023');
    expect(reviewPhaseOf('五年来,区政府坚持', 2024)).toBe('2019-2023');
    expect(reviewPhaseOf('一年来,我们全力以赴', 2024)).toBe('2023');
    expect(reviewPhaseOf('2023年,是开局之年', 2024)).toBe('2023');
    expect(reviewPhaseOf('2020年,是决胜之年', 2024)).toBeNull();
    expect(reviewPhaseOf('坚持问题导向', 2024)).toBeNull();
  });
});

describe('outline', () => {
  const plans = (name: string) =>
    outline(paragraphs(fixture(name))).plans.map(({ paragraph, context, skipFirstSentence, lead }) => ({
      line: paragraph.line,
      phase: context?.phase ?? null,
      area: context?.area ?? null,
      section: context?.section ?? null,
      // The first sentence: a heading (skipped), a review lead (only its strong verbs), or a task.
      first: skipFirstSentence ? 'heading' : lead ? 'lead' : 'task',
    }));

  it('gives tasks only inside numbered chapters, with the chapter area and the sub-heading', () => {
    expect(plans('qinghe-2024-tasks.txt').filter((p) => p.phase !== null)).toEqual([
      { line: 9, phase: '2024', area: 'city', section: '建设宜居城市', first: 'heading' },
      { line: 13, phase: '2024', area: 'rural', section: '夯实农业基础', first: 'heading' },
      { line: 17, phase: '2024', area: 'ecology', section: '强化生态治理', first: 'heading' },
      { line: 21, phase: '2024', area: 'livelihood', section: '办好民生实事', first: 'heading' },
    ]);
  });

  it('gives review paragraphs their phase, the area of their lead and its subject as section', () => {
    expect(plans('qinghe-2024-review.txt').filter((p) => p.phase !== null)).toEqual([
      { line: 5, phase: '2023', area: 'economy', section: '全力以赴抓项目、扩投资', first: 'lead' },
      { line: 7, phase: '2023', area: 'city', section: '全力以赴补短板、惠民生', first: 'lead' },
      {
        line: 9,
        phase: '2019-2023',
        area: 'rural',
        section: '乡村面貌深刻变化的五年',
        first: 'lead',
      },
    ]);
  });

  it('takes the year given when the text names none, and extracts nothing without one', () => {
    const text = '政府工作报告\n\n工作回顾\n\n一年来,我们全力以赴抓项目,经济向好。新建水厂1座。';
    expect(outline(paragraphs(text)).plans.every((p) => p.context === null)).toBe(true);
    expect(outline(paragraphs(text), { year: 2030, from: 'option' }).plans.at(-1)?.context?.phase).toBe(
      '2029',
    );
  });

  it('treats every paragraph of a tasks part without numbered chapters as tasks', () => {
    const text = '2030年工作安排\n\n城市建设。新建水厂1座。';
    expect(outline(paragraphs(text)).plans.at(-1)?.context).toMatchObject({
      phase: '2030',
      section: '城市建设',
    });
  });
});
