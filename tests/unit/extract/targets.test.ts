import { describe, expect, it } from 'vitest';
import { UNITS } from '../../../src/lib/domain/vocabulary.ts';
import { chineseNumeral, numberValue } from '../../../scripts/extract/numbers.ts';
import { COUNTED_NOUNS, parseTargets, UNIT_WORDS } from '../../../scripts/extract/targets.ts';

const parsed = (quote: string) => parseTargets(quote).map(({ value, unit, text }) => ({ value, unit, text }));

describe('numbers', () => {
  it('multiplies out 万 and 亿 without floating-point dust', () => {
    expect(numberValue('1.12', '万')).toBe(11200);
    expect(numberValue('203.8', '亿')).toBe(20380000000);
    expect(numberValue('5.8', '万')).toBe(58000);
  });

  it('reads Chinese numerals', () => {
    expect(chineseNumeral('百')).toBe(100);
    expect(chineseNumeral('三十五')).toBe(35);
    expect(chineseNumeral('两千')).toBe(2000);
    expect(chineseNumeral('一五')).toBeNull();
    expect(numberValue('百', '亿')).toBe(10000000000);
  });
});

describe('UNIT_WORDS', () => {
  it('maps every fixed unit word to a unit key of the vocabulary', () => {
    for (const [word, unit] of UNIT_WORDS) {
      if (unit === null) continue;
      expect(unit in UNITS, word).toBe(true);
      expect(parsed(`新增7${word}`), word).toEqual([{ value: 7, unit, text: `7${word}` }]);
    }
  });

  it('reads the longest unit word (平方公里 is not 公里, 人次 is not 人)', () => {
    expect(parsed('供水面积12平方公里')).toEqual([{ value: 12, unit: 'km2', text: '12平方公里' }]);
    expect(parsed('输转劳动力5.8万人次以上')).toEqual([
      { value: 58000, unit: 'person_time', text: '5.8万人次' },
    ]);
    expect(parsed('提高1个百分点')).toEqual([{ value: 1, unit: 'percentage_point', text: '1个百分点' }]);
  });

  it('reads a daily capacity before the number as tonnes a day', () => {
    expect(parsed('新增日供水能力2万吨')).toEqual([{ value: 20000, unit: 'tonne_per_day', text: '2万吨' }]);
  });

  it('counts items (项) of a works', () => {
    expect(parsed('实施水毁修复工程26项')).toEqual([{ value: 26, unit: 'item', text: '26项' }]);
  });
});

describe('COUNTED_NOUNS', () => {
  it('has a row for every measure word that needs one, with a vocabulary unit', () => {
    const needNoun = UNIT_WORDS.filter(([, unit]) => unit === null).map(([word]) => word);
    for (const word of needNoun)
      expect(
        COUNTED_NOUNS.some(([w]) => w === word),
        word,
      ).toBe(true);
    for (const [, , unit] of COUNTED_NOUNS) expect(unit in UNITS).toBe(true);
  });

  it.each([
    ['为28个小区16730户居民', [28, 'residential_compound', '28个小区'], [16730, 'household', '16730户']],
    ['着力解决178个“三无”小区', [178, 'residential_compound', '178个']],
    ['新增停车泊位1000个以上', [1000, 'parking_space', '1000个']],
    ['新增学位3600个', [3600, 'school_place', '3600个']],
    ['15个示范村创建', [15, 'village', '15个']],
    ['力争签约项目10个以上', [10, 'project', '10个']],
    ['建成瓜菜示范点7个', [7, 'site', '7个']],
    ['谋划课题5个', [5, 'item', '5个']],
    ['招引加工企业3户以上', [3, 'enterprise', '3户']],
    ['改造卫生厕所8800户', [8800, 'household', '8800户']],
    ['新建淤地坝4座', [4, 'dam', '4座']],
    ['新增钢架大棚100座', [100, 'greenhouse', '100座']],
    ['打造3条示范线', [3, 'line', '3条']],
    ['打通断头路4条', [4, 'road', '4条']],
  ])('%s', (quote, ...expected) => {
    expect(parsed(quote)).toEqual(expected.map(([value, unit, text]) => ({ value, unit, text })));
  });

  it('gives no target when the noun says nothing (座, 条 without a known noun)', () => {
    expect(parsed('落实提升质量20条措施')).toEqual([]);
    expect(parsed('建成3座')).toEqual([]);
  });
});

describe('parseTargets', () => {
  it('keeps 多 in the text and drops 以上', () => {
    expect(parsed('让1300多户群众,新增绿地500亩以上')).toEqual([
      { value: 1300, unit: 'household', text: '1300多户' },
      { value: 500, unit: 'mu', text: '500亩' },
    ]);
  });

  it('skips a size threshold ("500万元以上项目")', () => {
    expect(parsed('全年实施500万元以上项目280个')).toEqual([{ value: 280, unit: 'project', text: '280个' }]);
  });

  it('reads Chinese numerals only before 万 or 亿', () => {
    expect(parsed('打造百亿元生猪产业集群')).toEqual([{ value: 10000000000, unit: 'yuan', text: '百亿元' }]);
    expect(parsed('守住三条红线,建设百亩示范点')).toEqual([]);
  });

  it('reads numbers side by side, and none inside a longer number or a code', () => {
    expect(parsed('2处1.12万头生猪育肥场')).toEqual([
      { value: 2, unit: 'site', text: '2处' },
      { value: 11200, unit: 'head', text: '1.12万头' },
    ]);
    expect(parsed('110千伏变电站、5A级景区、2021年')).toEqual([]);
  });

  it('gives the offset of each target in the quote', () => {
    const [target] = parseTargets('建成高标准农田1.8万亩');
    expect(target?.at).toBe(7);
  });
});
