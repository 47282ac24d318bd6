import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/lib/domain/vocabulary.ts';
import { CATEGORY_AREAS } from '../../../scripts/extract/areas.ts';
import { CATEGORY_KEYWORDS, categoryOf } from '../../../scripts/extract/categories.ts';
import { everyOffset } from '../../../scripts/extract/words.ts';

/** One clause of the genre for each row of CATEGORY_KEYWORDS, in table order. */
const ROW_EXAMPLES = [
  '建成制药厂搬迁扩能二期',
  '改造老旧小区72个',
  '建成苹果冷链物流中心',
  '保障40个重大项目开工建设',
  '新建污水处理厂',
  '建成投用水厂',
  '完成二级供热管网提质改造',
  '新建、改造农电线路500公里',
  '建成投用实验小学新校区',
  '建成投用区妇女儿童医院',
  '建成2400头种猪繁育场',
  '建成高标准农田1.8万亩',
  '完成人工造林3万亩',
  '申报遗址文化公园',
  '新增绿地500亩',
  '常态化开展户外广告治理',
  '逐步完成居民搬迁安置',
  '打通断头路4条',
  '打造一批示范村',
  '开业运营特色街区',
  '新增城镇就业4300人',
  '推广设立爱心互助院',
  '妥善处置危楼',
  '办理不动产证',
  '培育规上工业企业3户',
  '力争签约项目10个',
];

describe('CATEGORY_KEYWORDS', () => {
  it('has only vocabulary keys', () => {
    for (const [category] of CATEGORY_KEYWORDS) expect(category in CATEGORIES).toBe(true);
  });

  it('gives each row its category for a clause of the genre', () => {
    expect(ROW_EXAMPLES).toHaveLength(CATEGORY_KEYWORDS.length);
    CATEGORY_KEYWORDS.forEach(([category], row) => {
      expect(categoryOf(ROW_EXAMPLES[row]!), ROW_EXAMPLES[row]).toBe(category);
    });
  });

  it('gives no category when no keyword is in the clause', () => {
    expect(categoryOf('启动“百村千户”示范工程')).toBeNull();
  });

  it('with Intl.Segmenter words, ignores a keyword straddling two words', () => {
    expect(categoryOf('开展公路绿化工作', everyOffset)).toBe('industry'); // 化工
    expect(categoryOf('开展公路绿化工作')).toBe('greening');
  });
});

describe('CATEGORY_AREAS', () => {
  it('maps categories to areas of the vocabulary', () => {
    for (const [category, area] of Object.entries(CATEGORY_AREAS)) {
      expect(category in CATEGORIES).toBe(true);
      expect(['city', 'rural', 'economy', 'ecology', 'livelihood']).toContain(area);
    }
  });
});
