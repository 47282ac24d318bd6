import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../scripts/extract/gazetteer.ts';
import { LANDFORMS, matchPlaces, NAMED_VALLEYS } from '../../../scripts/extract/places.ts';
import { fixture, qinghe } from './helpers.ts';

const gazetteer = qinghe();
const match = (clause: string) => {
  const { matches, notes } = matchPlaces(clause, gazetteer);
  return { places: matches.map((m) => `${m.name_zh}:${m.key ?? m.code}`), notes };
};

describe('gazetteer', () => {
  it('has full, NBS, short and abbreviated forms, but no short form of a subdistrict or community', () => {
    const forms = (code: string) =>
      gazetteer.names.filter((n) => n.code === code).map((n) => `${n.form}:${n.text}`);
    expect(forms('629901100')).toEqual(['full:柳湾镇', 'short:柳湾']);
    expect(forms('629901100202')).toEqual([
      'full:王家沟村',
      'full:王家沟村委会',
      'short:王家沟',
      'abbreviation:王沟',
    ]);
    expect(forms('629901001')).toEqual(['full:东关街道']);
    expect(forms('629901001001')).toEqual(['full:河滨社区']);
  });

  it('takes keys of township seats and villages from places.yaml, and none without it', () => {
    expect(gazetteer.keys.get('629901100')).toBe('town.liuwan');
    expect(gazetteer.keys.get('629901100202')).toBe('village.liuwan.wangjiagou');
    expect(gazetteer.keys.has('629901200')).toBe(false);
    expect(buildGazetteer(JSON.parse(fixture('townships.json')), null).keys.size).toBe(0);
  });
});

describe('matchPlaces', () => {
  it('matches full names, and a village after its township as the village only', () => {
    expect(match('新建东关街道河滨社区养老服务中心').places).toEqual(['河滨社区:629901001001']);
    expect(match('改造柳湾镇卫生院').places).toEqual(['柳湾镇:town.liuwan']);
  });

  it('matches a township without 镇/乡', () => {
    expect(match('完成柳湾、石门街区改造').places).toEqual(['柳湾镇:town.liuwan', '石门乡:629901200']);
  });

  it('matches a village short form or abbreviation right after its township name', () => {
    expect(match('建成柳湾王沟育肥场').places).toEqual(['王家沟村:village.liuwan.wangjiagou']);
    expect(match('打造石门新兴示范村').places).toEqual(['新兴村:629901200204']);
  });

  it('uses the township name to tell apart two villages of one name', () => {
    expect(match('柳湾杏花、石门杏花').places).toEqual([
      '杏花村:village.liuwan.xinghua',
      '杏花村:629901200203',
    ]);
    expect(match('建设杏花村文化广场')).toEqual({
      places: [],
      notes: ['「杏花村」 could be 杏花村 (629901100), 杏花村 (629901200): not placed'],
    });
  });

  it('matches a village short form of three characters standing alone, when it is the only one', () => {
    expect(match('启动李家庄片区饮水工程').places).toEqual(['李家庄村:629901200202']);
  });

  it('does not match a two-character village form standing alone (a common word)', () => {
    expect(match('培育新兴产业')).toEqual({ places: [], notes: [] });
  });

  it('notes, but does not place, a valley named like a village (NAMED_VALLEYS)', () => {
    for (const valley of NAMED_VALLEYS) {
      expect(match(`新兴${valley}新增大棚`)).toEqual({
        places: [],
        notes: [`「新兴${valley}」 may be named after 新兴村 (629901200204): not placed`],
      });
    }
  });

  it('does not place a landform that bears a place name (LANDFORMS)', () => {
    for (const landform of LANDFORMS) {
      expect(match(`建成柳湾${landform}水厂`)).toEqual({
        places: [],
        notes: [`「柳湾${landform}」 is a landform, not the place 柳湾镇: not placed`],
      });
    }
  });
});
