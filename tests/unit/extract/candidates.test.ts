import { describe, expect, it } from 'vitest';
import {
  candidatesOf,
  candidateStatus,
  FACILITIES,
  INDICATORS,
  PROJECT_WORDS,
} from '../../../scripts/extract/candidates.ts';
import { clausesOfLine } from '../../../scripts/extract/segment.ts';

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

describe('build verbs, works and construction work', () => {
  it('takes a verb that only means building with any object, but not a quoted slogan', () => {
    expect(candidateStatus('续建河西大道西延段')?.text).toBe('续建');
    expect(candidateStatus('改建芦湾路、柳岸街等3条城市道路')?.text).toBe('改建');
    expect(candidateStatus('扩建桐源物流园冷链仓储中心')?.text).toBe('扩建');
    expect(candidateStatus('续建的区第一中学扩建工程竣工交付')?.text).toBe('续建');
    expect(candidateStatus('按照“新建一批、改建一批”的思路')).toBeNull();
    expect(candidateStatus('新建')).toBeNull();
  });

  it('takes a strong verb whose object is construction work', () => {
    expect(candidateStatus('启动县体育馆建设')?.text).toBe('启动');
    expect(candidateStatus('启动区社会福利院扩建')?.text).toBe('启动');
    expect(candidateStatus('启动新一轮改革')).toBeNull();
  });

  it('takes a weak verb alone with a works or a project, not one with an adverb of effort', () => {
    expect(candidateStatus('实施城区雨污分流改造工程')?.text).toBe('实施');
    expect(candidateStatus('实施桂香片区城市更新项目')?.text).toBe('实施');
    expect(candidateStatus('大力实施老旧城区改造工程')).toBeNull();
    expect(candidateStatus('持续推进固沟保塬工程建设')).toBeNull();
    expect(candidateStatus('开展“项目集中攻坚年”活动')).toBeNull();
  });

  it('takes a finished building with its part and complement as the report states them', () => {
    expect(candidateStatus('县人民医院住院楼主体完工')?.text).toBe('主体完工');
    expect(candidateStatus('县城集中供热管网扩建工程完工')?.text).toBe('完工');
    expect(candidateStatus('区第一中学竣工交付')?.text).toBe('竣工交付');
  });

  it('builds a hub, but does not take the aim of becoming one', () => {
    expect(candidateStatus('建成投用梅溪东站综合交通枢纽')?.text).toBe('建成投用');
    expect(candidateStatus('努力打造区域物流枢纽')).toBeNull();
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

  it('puts the money spent into the quote of the project beside it, never in a quote of its own', () => {
    expect(quotes('全年实施重点项目62个,完成投资48.5亿元。')).toEqual([
      '全年实施重点项目62个,完成投资48.5亿元',
    ]);
    expect(quotes('累计投入资金20.3亿元,实施扶贫项目455个。')).toEqual([
      '累计投入资金20.3亿元,实施扶贫项目455个',
    ]);
    expect(quotes('全县完成投资41.7亿元。')).toEqual([]);
    expect(candidateStatus('完成投资90亿元以上')).toBeNull();
  });

  it('does not extend a quote over a figure of the whole economy', () => {
    expect(quotes('住院楼主体完工,全县地区生产总值增长5.8%。')).toEqual(['住院楼主体完工']);
  });

  it('keeps quotes as spans of the line', () => {
    const text = '强化生态建设。新建淤地坝4座,改造农村公路30公里。';
    const [first, second] = clausesOfLine({ line: 9, text }).flatMap((s) => candidatesOf(s, text));
    expect(first?.span).toEqual({ line: 9, start: 7, end: 14, text: '新建淤地坝4座' });
    expect(text.slice(second!.span.start, second!.span.end)).toBe('改造农村公路30公里');
  });

  it('makes one quote of clauses side by side that build the same facility, not of a mere mention', () => {
    expect(quotes('新建淤地坝4座,加固病险淤地坝3座。')).toEqual(['新建淤地坝4座,加固病险淤地坝3座']);
    expect(quotes('完成园区规划修编,配套建设园区道路。')).toEqual(['完成园区规划修编', '配套建设园区道路']);
  });

  it('reaches back over the clauses that frame a project, its aim and its campaign (reach.ts)', () => {
    expect(quotes('以风情园为引领,以景区为基础,编制5A级景区总体规划。')).toEqual([
      '以风情园为引领,以景区为基础,编制5A级景区总体规划',
    ]);
    expect(quotes('围绕炼厂延伸产业链条,年内招引加工企业3户以上。')).toEqual([
      '围绕炼厂延伸产业链条,年内招引加工企业3户以上',
    ]);
    expect(quotes('积极对接贷款示范项目,力争新建过街人行天桥。')).toEqual([
      '积极对接贷款示范项目,力争新建过街人行天桥',
    ]);
    expect(quotes('生猪产业注重扩规模,围绕打造百亿元生猪产业集群。')).toEqual([
      '生猪产业注重扩规模,围绕打造百亿元生猪产业集群',
    ]);
    expect(quotes('大力实施绿化工程,深入开展道路增绿行动,新增绿地500亩以上。')).toEqual([
      '大力实施绿化工程,深入开展道路增绿行动,新增绿地500亩以上',
    ]);
    // Only the sentence's first clause leads as a campaign, and never into a second project.
    expect(quotes('新建公园2个,深入开展增绿行动,新增绿地500亩。')).toEqual(['新建公园2个', '新增绿地500亩']);
  });

  it('keeps the capacity a project adds in its quote', () => {
    expect(quotes('扩建河西水厂,新增日供水能力2万吨;新增停车泊位200个。')).toEqual([
      '扩建河西水厂,新增日供水能力2万吨',
      '新增停车泊位200个',
    ]);
  });

  it('takes a count verb with a built thing after it, not with a problem or a manner', () => {
    expect(candidateStatus('妥善处置市管公房D级危楼')?.text).toBe('妥善处置');
    expect(candidateStatus('逐小区、逐楼栋、逐住户排查处置')).toBeNull();
    expect(candidateStatus('着力解决城区学校“大班额”问题')).toBeNull();
  });
});
