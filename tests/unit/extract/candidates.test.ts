import { describe, expect, it } from 'vitest';
import {
  candidatesOf,
  candidateStatus,
  FACILITIES,
  INDICATORS,
  PROJECT_WORDS,
} from '../../../scripts/extract/candidates';
import { clausesOfLine } from '../../../scripts/extract/segment';

const quotes = (text: string) =>
  clausesOfLine({ line: 1, text }).flatMap((sentence) =>
    candidatesOf(sentence, text).map((c) => c.span.text),
  );

describe('FACILITIES', () => {
  it('makes a clause with a strong or a weak verb a candidate', () => {
    for (const word of FACILITIES) {
      expect(candidateStatus(`新建示范${word}`)?.text, word).toBe('新建');
      expect(candidateStatus(`加快示范${word}建设`)?.text, word).toBe('加快');
    }
  });

  it('counts only in the object: a facility before a weak verb is the subject', () => {
    expect(candidateStatus('鼓励专业市场开展促销活动')).toBeNull();
    expect(candidateStatus('公路沿线残垣断壁清理整治')?.text).toBe('整治');
  });
});

describe('PROJECT_WORDS', () => {
  it('makes a clause a candidate with a strong verb, not with a weak one', () => {
    for (const word of PROJECT_WORDS) {
      expect(candidateStatus(`启动饮水安全${word}`)?.text, word).toBe('启动');
      expect(candidateStatus(`深入推进饮水安全${word}`), word).toBeNull();
    }
  });

  it('ignores project words that mean work in general', () => {
    expect(candidateStatus('较好完成了各项目标任务')).toBeNull();
    expect(candidateStatus('进一步打通项目建设绿色通道')).toBeNull();
  });

  it('accepts a weak verb with a programme whose name is quoted', () => {
    expect(candidateStatus('深入推进乡村建设“百村千户”示范工程')?.text).toBe('深入推进');
  });
});

describe('count verbs', () => {
  it('need a target', () => {
    expect(candidateStatus('着力解决178个“三无”小区环境差问题')?.text).toBe('着力解决');
    expect(candidateStatus('着力解决城区学校“大班额”问题')).toBeNull();
  });
});

describe('INDICATORS', () => {
  it('are not projects, even with a verb and a number', () => {
    for (const clause of ['完成地区生产总值192.8亿元', '小口径财政收入完成12.5亿元', '实现增加值8亿元']) {
      expect(INDICATORS.test(clause)).toBe(true);
      expect(candidateStatus(clause), clause).toBeNull();
    }
  });
});

describe('candidatesOf', () => {
  it('takes every clause with a verb and a concrete object, and none without', () => {
    expect(quotes('新建停车场2处,鼓励机关单位开放停车场,新增停车泊位1000个以上。')).toEqual([
      '新建停车场2处',
      '新增停车泊位1000个以上',
    ]);
  });

  it('extends a quote over a following clause with a target or a purpose, and no verb', () => {
    expect(quotes('启动2个片区更新项目,让1300多户群众告别危房,充分享受公共服务。')).toEqual([
      '启动2个片区更新项目,让1300多户群众告别危房',
    ]);
    expect(quotes('新增绿地500亩以上,城区绿化覆盖率提高1个百分点,打造生态环境。')).toEqual([
      '新增绿地500亩以上,城区绿化覆盖率提高1个百分点',
    ]);
  });

  it('keeps quotes as spans of the line', () => {
    const text = '强化生态建设。新建淤地坝4座,加固病险淤地坝3座。';
    const [first, second] = clausesOfLine({ line: 9, text }).flatMap((s) => candidatesOf(s, text));
    expect(first?.span).toEqual({ line: 9, start: 7, end: 14, text: '新建淤地坝4座' });
    expect(text.slice(second!.span.start, second!.span.end)).toBe('加固病险淤地坝3座');
  });
});
