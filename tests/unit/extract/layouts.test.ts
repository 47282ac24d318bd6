/**
 * The layouts of reports the rules were not written on: numbered parts, no part
 * heading at all, the year only in the delivery line, and what the tool says when it drafts nothing.
 */
import { describe, expect, it } from 'vitest';
import { whyNothing, layoutSummary } from '../../../scripts/extract/diagnosis.ts';
import { extract } from '../../../scripts/extract/extract.ts';
import { skeleton } from '../../../scripts/extract/headings.ts';
import { partOfHeading } from '../../../scripts/extract/phases.ts';
import { paragraphs } from '../../../scripts/extract/segment.ts';
import { reportYear } from '../../../scripts/extract/year.ts';
import { qinghe } from './helpers.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));
const report = (...texts: string[]) => texts.join('\n\n');

describe('part headings', () => {
  it.each([
    ['2023年工作回顾', 'review'],
    ['本届政府工作总结', 'review'],
    ['过去一年的工作', 'review'],
    ['过去一年工作', 'review'],
    ['一年来工作回顾', 'review'],
    ['去年工作', 'review'],
    ['2024年重点任务', 'tasks'],
    ['2024年工作安排', 'tasks'],
    ['今年的主要工作', 'tasks'],
    ['今年工作', 'tasks'],
    ['主要目标任务', 'tasks'],
    ['2024年工作打算', 'tasks'],
    ['加强政府自身建设', 'other'],
    ['政府工作报告', 'other'],
  ])('「%s」 is a %s heading', (heading, part) => {
    expect(partOfHeading(heading)).toBe(part);
  });

  it('reads numbered parts, then only （一） as chapters and any other 一、 line as a part without records', () => {
    const { kinds } = skeleton(
      paragraphs(
        report(
          '一、过去一年的工作',
          '二、今年的主要工作',
          '（一）加快城市建设',
          '三、加强政府自身建设',
          '城市更新。',
        ),
      ),
    );
    expect(kinds).toEqual([
      { kind: 'part', part: 'review' },
      { kind: 'part', part: 'tasks' },
      { kind: 'chapter', records: true },
      { kind: 'part', part: 'other' },
      { kind: 'text' },
    ]);
  });

  it('keeps 一、 as chapters when no part is numbered, and a long numbered line as a chapter', () => {
    const { kinds, hasParts } = skeleton(
      paragraphs(
        report('2024年重点任务', '一、坚持城市更新,提升城市品质。', '（二）今年主要工作是加快城市更新步伐'),
      ),
    );
    expect(hasParts).toBe(true);
    expect(kinds.slice(1)).toEqual([
      { kind: 'chapter', records: true },
      { kind: 'chapter', records: true },
    ]);
  });

  it('marks a numbered chapter on the government itself as holding no records', () => {
    expect(skeleton(paragraphs('六、加强政府自身建设')).kinds[0]).toEqual({
      kind: 'chapter',
      records: false,
    });
  });
});

describe('reportYear', () => {
  it('takes a tasks heading first, then the title', () => {
    expect(reportYear(lines('2022年重点任务'), lines('2021年工作报告'))).toEqual({
      year: 2022,
      from: 'tasks heading',
      line: 1,
    });
    expect(reportYear([], lines('青禾县2024年政府工作报告'))).toMatchObject({ year: 2024, from: 'title' });
  });

  it('reads the delivery line: early in a year for that year, late in a year for the next', () => {
    const early = lines('政府工作报告', '——2023年1月9日在白石县第十八届人民代表大会第二次会议上');
    expect(reportYear([], early)).toEqual({ year: 2023, from: 'delivery line', line: 2 });
    const late = lines('政府工作报告', '——2021年11月18日在庆阳市西峰区第九届人民代表大会第一次会议上');
    expect(reportYear([], late)).toMatchObject({ year: 2022, from: 'delivery line' });
  });

  it('gives null when nothing names a year, and ignores dates in the body', () => {
    const body = lines('政府工作报告', '各位代表:', 'a', 'b', 'c', 'd', 'e', 'f', '——2023年1月9日在会议上');
    expect(reportYear([], body)).toBeNull();
  });
});

describe('extract on layouts without part headings', () => {
  const noParts = report(
    '高阳区政府工作报告',
    '——2024年12月26日在高阳区第三届人民代表大会第五次会议上',
    '各位代表:现在,我代表区人民政府,向大会报告工作,请予审议。',
    '一、坚持城市更新,提升城市品质。',
    '建设宜居城市。建成投用东关水厂,新增停车泊位800个。',
    '二、加强政府自身建设。',
    '改进作风。新建政务服务中心1处。',
  );

  it('takes numbered chapters after the opening as the tasks of the year after a late delivery', () => {
    const { year, drafts } = extract(noParts, qinghe());
    expect(year).toBe(2025);
    expect(drafts.map((d) => [d.quote.text, d.phase, d.area, d.section])).toEqual([
      ['建成投用东关水厂', '2025', 'city', '建设宜居城市'],
      ['新增停车泊位800个', '2025', 'city', '建设宜居城市'],
    ]);
  });

  it('reads numbered parts with （一） chapters and the year of an early delivery', () => {
    const text = report(
      '政府工作报告',
      '——2023年1月9日在白石县第十八届人民代表大会第二次会议上',
      '一、过去一年的工作',
      '一年来,我们全力以赴抓项目。建成投用东关水厂。',
      '二、今年的主要工作',
      '今后五年,新建学校10所。',
      '（一）加快乡村振兴',
      '夯实农业基础。建成高标准农田2.5万亩。',
    );
    const { drafts, layout } = extract(text, qinghe());
    expect(drafts.map((d) => [d.quote.text, d.phase, d.area])).toEqual([
      ['建成投用东关水厂', '2022', 'economy'],
      ['建成高标准农田2.5万亩', '2023', 'rural'],
    ]);
    expect(layoutSummary(layout)).toBe(
      'read: year 2023 (from the delivery line, line 3); review at line 5 「一、过去一年的工作」, ' +
        'tasks at line 9 「二、今年的主要工作」; 1 numbered chapters; 2 paragraphs read',
    );
  });
});

describe('whyNothing', () => {
  const why = (text: string, year?: number) => whyNothing(extract(text, qinghe(), { year }));

  it('says there is no year, and to give --year', () => {
    expect(why(report('工作报告', '一、城市建设。新建水厂1座。')).join(' ')).toMatch(
      /^No year: .*--year YYYY/,
    );
  });

  it('says no part or chapter was found, and what heading to add', () => {
    const reasons = why(report('工作报告', '城市建设。新建水厂1座。'), 2024);
    expect(reasons[0]).toMatch(/^No paragraph to read: found no part heading/);
    expect(reasons[1]).toContain('"2024年重点任务"');
  });

  it('says no clause has a project verb', () => {
    const reasons = why(report('2024年重点任务', '城市建设。城市面貌焕然一新。'));
    expect(reasons[0]).toBe(
      'No project verb: read 1 paragraphs (1 clauses), and none has a status verb such as 建成, 新建, 实施, 完成.',
    );
  });

  it('says verbs were found without a concrete object', () => {
    const reasons = why(report('2024年重点任务', '城市建设。推进城市更新,实施精细管理。'));
    expect(reasons[0]).toBe(
      'No concrete object: 2 of 2 clauses have a status verb, but none names a facility, a project word or a number after it.',
    );
  });

  it('says nothing when there are drafts', () => {
    expect(why(report('2024年重点任务', '城市建设。新建水厂1座。'))).toEqual([]);
  });
});

describe('paragraphs that hold tasks in other layouts', () => {
  const quotes = (...texts: string[]) => extract(report(...texts), qinghe()).drafts.map((d) => d.quote.text);

  it('drafts nothing from the numbered part on the government itself', () => {
    const text = report(
      '青禾县2024年政府工作报告',
      '一、过去一年的工作',
      '二、今年的主要工作',
      '（一）建设宜居县城。新建东关水厂。',
      '三、加强政府自身建设',
      '改进作风。新建政务服务中心大楼,改造机关办公楼3栋。',
    );
    expect(extract(text, qinghe()).drafts.map((d) => [d.quote.text, d.section])).toEqual([
      ['新建东关水厂', '建设宜居县城'],
    ]);
  });

  it('gives a draft without a sub-heading its chapter heading as section, and reads nothing after the closing words', () => {
    const drafts = extract(
      report(
        '2024年重点任务',
        '（一）夯实农业基础',
        '坚决扛稳粮食安全责任,新建高标准农田3万亩。',
        '各位代表,新的一年,让我们新建更多水厂,改造老旧小区9个。',
        '我们将新建学校10所。',
      ),
      qinghe(),
    ).drafts;
    expect(drafts.map((d) => [d.quote.text, d.section])).toEqual([['新建高标准农田3万亩', '夯实农业基础']]);
  });

  it('reads a chapter whose tasks follow its heading in one paragraph, but not a chapter aims paragraph', () => {
    expect(
      quotes(
        '2024年重点任务',
        '一、建设宜居县城。新建东关水厂,改造老旧小区14个。',
        '二、推进乡村振兴。新建高标准农田2万亩。',
        '夯实农业基础。新建日光温室60座。',
        '各位代表,新的一年任务艰巨。让我们新建更美好的家园。',
      ),
    ).toEqual(['新建东关水厂', '改造老旧小区14个', '新建日光温室60座']);
  });

  it('reads the first sentence of a review paragraph that opens with a topic, not with its time', () => {
    expect(
      quotes(
        '青禾县2024年政府工作报告',
        '一年来工作回顾',
        '一年来,我们实施“强县”工程,经济向好。新建公园2个。',
        '城乡建设方面:完成南环路改建工程,新建日光温室80座。',
      ),
    ).toEqual(['新建公园2个', '完成南环路改建工程', '新建日光温室80座']);
  });

  it('reads what a review lead says was built, whatever its opening clause, but not its general verbs', () => {
    const lead = (opening: string) =>
      quotes(
        '青禾县2024年政府工作报告',
        '一、过去一年的工作',
        `${opening},实施“强县”工程,建成投用东关水厂,新建桦溪大桥,完成南环路改建工程,主体楼主体完工,生产总值增长6%。`,
        '二、今年的主要工作',
        '（一）城市建设',
        '新建公园2个,改造老旧小区3个。',
      );
    for (const opening of ['一年来,我们坚持项目为王', '2023年,我们在县委的领导下', '过去的一年,面对困难'])
      expect(lead(opening), opening).toEqual([
        '建成投用东关水厂',
        '新建桦溪大桥',
        '完成南环路改建工程',
        '主体楼主体完工',
        '新建公园2个',
        '改造老旧小区3个',
      ]);
  });

  it('gives last year its phase where review and tasks share a tasks paragraph', () => {
    const phases = (paragraph: string) =>
      extract(report('青禾县2024年政府工作报告', '一、城乡建设。' + paragraph), qinghe()).drafts.map(
        (d) => `${d.phase} ${d.quote.text}`,
      );
    expect(phases('2023年,新建东关水厂,改造老旧小区8个。2024年,续建南环路,新建公园2个。')).toEqual([
      '2023 新建东关水厂',
      '2023 改造老旧小区8个',
      '2024 续建南环路',
      '2024 新建公园2个',
    ]);
    expect(phases('去年,新建东关水厂;今年,续建南环路。')).toEqual(['2023 新建东关水厂', '2024 续建南环路']);
    expect(phases('过去一年,新建东关水厂。今年将续建南环路。')).toEqual([
      '2023 新建东关水厂',
      '2024 今年将续建南环路',
    ]);
    expect(phases('2023年完成人工造林1.2万亩;2024年新建淤地坝3座。')).toEqual([
      '2023 2023年完成人工造林1.2万亩',
      '2024 2024年新建淤地坝3座',
    ]);
    // Other years, and "by the end of the year", do not turn the phase.
    expect(phases('新建东关水厂,2020年以来建成的公园全面开放,2024年底前建成南环公路。')).toEqual([
      '2024 新建东关水厂',
      '2024 2020年以来建成的公园全面开放',
      '2024 2024年底前建成南环公路',
    ]);
  });

  it('takes a verb followed by 运行 or 招生 as ending the clause, with its object before it', () => {
    const drafts = extract(
      report(
        '2024年重点任务',
        '城乡建设。县城第二污水处理厂建成运行,第二实验小学建成招生,安置房一期交付使用。',
      ),
      qinghe(),
    ).drafts;
    expect(drafts.map((d) => d.status)).toEqual(['建成运行', '建成招生', '交付使用']);
  });

  it('reads a daily capacity before the number as tonnes a day', () => {
    const [draft] = extract(
      report('2024年重点任务', '城乡建设。建成日处理3万吨的城南污水处理厂。'),
      qinghe(),
    ).drafts;
    expect(draft?.targets).toMatchObject([{ value: 30000, unit: 'tonne_per_day', text: '3万吨' }]);
  });
});
