import { describe, expect, it } from 'vitest';
import { clauses, clausesOfLine, paragraphs, sentences } from '../../../scripts/extract/segment.ts';

describe('paragraphs', () => {
  it('keeps non-empty lines with their 1-based line numbers', () => {
    expect(paragraphs('标题\n\n正文。\r\n  \n末行')).toEqual([
      { line: 1, text: '标题' },
      { line: 3, text: '正文。' },
      { line: 5, text: '末行' },
    ]);
  });
});

describe('sentences (Intl.Segmenter)', () => {
  it('ends a sentence at 。！？ and drops the mark', () => {
    const text = '新建水厂1座。完成改造！是否?';
    expect(sentences({ line: 1, text }).map((s) => s.text)).toEqual(['新建水厂1座', '完成改造', '是否']);
  });

  it('keeps offsets that point into the line', () => {
    const text = '甲。新建停车场2处,新增泊位。';
    for (const s of sentences({ line: 7, text })) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.line).toBe(7);
    }
  });
});

describe('clauses', () => {
  it('cuts at half- and full-width commas, semicolons and colons, not at 、', () => {
    const text = '新建停车场2处,新增泊位1000个；改造管网、管道:完成';
    const [sentence] = sentences({ line: 1, text });
    expect(clauses(sentence!, text).map((c) => c.text)).toEqual([
      '新建停车场2处',
      '新增泊位1000个',
      '改造管网、管道',
      '完成',
    ]);
  });

  it('does not cut inside quotation marks or brackets', () => {
    const text = '配合实施国家“东,西”(甲,乙)大数据产业园建设,完成';
    expect(clausesOfLine({ line: 1, text })[0]!.map((c) => c.text)).toEqual([
      '配合实施国家“东,西”(甲,乙)大数据产业园建设',
      '完成',
    ]);
  });
});
