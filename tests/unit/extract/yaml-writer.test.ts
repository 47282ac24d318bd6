import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftsYaml, scalar } from '../../../scripts/extract/yaml-writer.ts';
import { draftsOf } from './helpers.ts';

describe('scalar', () => {
  it('leaves Chinese text plain and quotes what YAML would misread', () => {
    expect(scalar('柳湾塬水厂')).toBe('柳湾塬水厂');
    expect(scalar(null)).toBe('null');
    for (const value of ['2022', 'true', 'null', 'a: b', '甲,乙', '- 项', '#1', '“引号”"', '', 'x ']) {
      expect(parse(`k: ${scalar(value)}`), value).toEqual({ k: value });
    }
  });
});

describe('draftsYaml', () => {
  it('writes records of the projects.yaml layout, marked as drafts, that parse back', () => {
    const drafts = draftsOf('高标准建设城市。启动石门杏花2个片区更新项目,让1300多户群众告别危房。');
    const text = draftsYaml(drafts, 'report.txt', 2024, 'qinghe-2024');
    expect(text.startsWith('# DRAFT records extracted from report.txt')).toBe(true);
    expect(parse(text)).toEqual([
      {
        id: 'draft-7-1',
        name_zh: '石门杏花2个片区更新项目',
        name_en: 'TODO',
        report: 'qinghe-2024',
        area: 'city',
        phase: '2024',
        section: '高标准建设城市',
        category: 'urban_renewal',
        status_as_stated: '启动',
        quote: '启动石门杏花2个片区更新项目,让1300多户群众告别危房',
        report_line: 7,
        targets: [
          { value: 2, unit: 'project', text: '2个' },
          { value: 1300, unit: 'household', text: '1300多户' },
        ],
        places: [],
        township: '629901200',
        unplaced: 'not_named',
        draft: true,
        suggested_precision: 'village',
        review: drafts[0]!.review,
      },
    ]);
  });

  it('gives place keys, and no township field, when the gazetteer has the place', () => {
    const text = draftsYaml(draftsOf('建设城市。建成柳湾王沟育肥场。'), 'r.txt', 2024, 'qinghe-2024');
    expect(text).toContain('  places: [village.liuwan.wangjiagou]\n  draft: true');
    expect(text).not.toContain('township:');
  });
});
