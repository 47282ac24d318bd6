import { describe, expect, it } from 'vitest';
import { ADVERBS, NOT_VERBS, statusOf, VERBS, verbsIn } from '../../../scripts/extract/verbs.ts';
import { everyOffset, intlWords } from '../../../scripts/extract/words.ts';

describe('VERBS', () => {
  for (const [verbClass, verbs] of Object.entries(VERBS)) {
    it(`finds every ${verbClass} verb at the start of a clause`, () => {
      for (const verb of verbs) {
        expect(statusOf(`${verb}某某工程`, everyOffset), verb).toMatchObject({ verb, verbClass, at: 0 });
      }
    });
  }

  it('prefers the longer verb at one place (建成投用 over 建成)', () => {
    expect(statusOf('建成投用东关水厂')?.text).toBe('建成投用');
  });
});

describe('ADVERBS', () => {
  it('keeps every adverb with its verb, as the report states it', () => {
    for (const adverb of ADVERBS) {
      expect(statusOf(`${adverb}新建某某水厂`, everyOffset)?.text, adverb).toBe(`${adverb}新建`);
    }
  });
});

describe('NOT_VERBS', () => {
  it('does not read a noun as a verb', () => {
    for (const word of NOT_VERBS) {
      expect(
        verbsIn(word, everyOffset).filter((v) => v.at === 0),
        word,
      ).toEqual([]);
    }
    expect(statusOf('城市建成区面积扩展到43平方公里')).toBeNull();
  });
});

describe('statusOf', () => {
  it('takes the verb the clause opens with: the rest is its object', () => {
    expect(statusOf('完成10公里老旧供水管道提质改造')?.text).toBe('完成');
  });

  it('takes the verb that ends the clause when the object comes first', () => {
    expect(statusOf('实现北环路提质改造工程全线通车')?.text).toBe('全线通车');
    expect(statusOf('物流园项目全面启动')?.text).toBe('全面启动');
  });

  it('joins two verbs listed with 、', () => {
    expect(statusOf('新建、改造农电线路500公里')).toMatchObject({ text: '新建、改造', verbClass: 'strong' });
  });

  it('with Intl.Segmenter words, ignores a verb that is only part of a word', () => {
    const verbs = (boundaries: typeof intlWords) => verbsIn('壮大新增长点', boundaries).map((v) => v.verb);
    expect(verbs(everyOffset)).toEqual(['新增']);
    expect(verbs(intlWords)).toEqual([]);
  });
});
