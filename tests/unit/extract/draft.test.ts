import { describe, expect, it } from 'vitest';
import { nameOf, suggestPrecision } from '../../../scripts/extract/draft.ts';
import type { PlaceMatch } from '../../../scripts/extract/types.ts';
import { statusOf } from '../../../scripts/extract/verbs.ts';
import { draftsOf } from './helpers.ts';

const place = (kind: PlaceMatch['kind']): PlaceMatch => ({
  kind,
  code: kind === 'township' ? '629901100' : '629901100202',
  name_zh: '',
  matched: '',
  how: '',
  key: null,
});

const name = (text: string) =>
  nameOf({ span: { line: 1, start: 0, end: text.length, text }, status: statusOf(text)! });

describe('suggestPrecision', () => {
  it('never claims more than the names support', () => {
    expect(suggestPrecision([])).toBe('district');
    expect(suggestPrecision([place('village')])).toBe('village');
    expect(suggestPrecision([place('township')])).toBe('township');
    expect(suggestPrecision([place('village'), place('township')])).toBe('township');
  });
});

describe('nameOf', () => {
  it('names what follows the verb, without a trailing amount', () => {
    expect(name('建成投用东关水厂')).toBe('东关水厂');
    expect(name('新建停车场2处')).toBe('停车场');
    expect(name('提质改造农村公路90公里')).toBe('农村公路');
    expect(name('完成人工造林3万亩以上')).toBe('人工造林');
    expect(name('打造了3条示范线')).toBe('3条示范线');
  });

  it('names what precedes a verb that ends the clause', () => {
    expect(name('青禾物流园项目全面启动')).toBe('青禾物流园项目');
  });
});

describe('buildDraft', () => {
  it('proposes every field, and says what to review', () => {
    const [draft] = draftsOf('建设宜居城市。建成柳湾王沟1.5万头生猪育肥场。');
    expect(draft).toMatchObject({
      id: 'draft-7-1',
      name_zh: '柳湾王沟1.5万头生猪育肥场',
      area: 'city',
      phase: '2024',
      section: '建设宜居城市',
      category: 'livestock',
      status: '建成',
      targets: [{ value: 15000, unit: 'head', text: '1.5万头' }],
      precision: 'village',
    });
    expect(draft?.review).toEqual([
      'name_en: TODO, write an English name (pinyin + kind)',
      "places: village.liuwan.wangjiagou = 王家沟村 (629901100202), matched 「王沟」 (abbreviation form after its township's name 柳湾)",
    ]);
  });

  it('flags weak verbs, partial lists and clauses with several items', () => {
    const [draft] = draftsOf('建设宜居城市。打造东区、西区等一批示范村。');
    expect(draft?.review).toEqual(
      expect.arrayContaining([
        'status: 「打造」 is a weak verb; is this a project?',
        'sites: the quote names only some of the items (等/一批); consider sites',
        'several items in one clause: split into one record each if needed',
      ]),
    );
  });
});
