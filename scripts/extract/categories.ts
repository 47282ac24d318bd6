/**
 * A first guess at the category (CATEGORIES in src/lib/domain/vocabulary.ts) from words of the
 * clause. Rows are tried in order and the first row with a word in the clause wins, so the rows
 * with specific facility words come before the broad ones (污水处理厂 before 厂, 学校 before 建设).
 */
import type { CategoryKey } from '../../src/lib/domain/vocabulary.ts';
import { intlWords, straddles, type WordBoundaries } from './words.ts';

const words = (list: string) => list.split(' ');

export const CATEGORY_KEYWORDS: readonly (readonly [CategoryKey, readonly string[]])[] = [
  // specific words that outrank the broad rows below (园区道路 is industry, not roads)
  ['industry', words('加工厂 制药 扩能 厂房 化工 制造 园区')],
  ['urban_renewal', words('老旧小区 棚户区 片区更新 城市更新 海绵 管廊')],
  ['commerce_logistics', words('物流 冷链')],
  ['investment', words('重大项目')],
  // facilities and services
  ['sanitation', words('污水 雨污 厕所 垃圾 环卫 排污 水质')],
  ['water', words('水厂 供水 饮水 自来水 地下水 水源')],
  ['heating', words('供热 供暖 热源 热网')],
  ['energy', words('电网 农电 燃气 变电站 光伏 风电场 天然气')],
  ['education', words('学校 小学 中学 幼儿园 学位 教师 校区 校舍 教育')],
  ['health', words('医院 卫生院 卫生室 医疗 疫苗 接种 诊 健康')],
  ['livestock', words('生猪 育肥 种猪 养殖 畜 牛 羊 鸡')],
  ['agriculture', words('农田 果园 苹果 蔬菜 瓜菜 大棚 温室 农业 种植 粮食')],
  ['ecology_forestry', words('造林 林 水保 淤地坝 滑坡 湿地 固沟保塬 水土')],
  ['culture_tourism', words('景区 旅游 文化 遗址 文物 博物馆 非遗 民宿')],
  ['greening', words('绿地 绿化 公园 植绿')],
  ['urban_management', words('广告 招牌 物业 城市管理 市容 违建 砂石')],
  ['housing', words('安置 住房 危房 搬迁 保障房')],
  ['roads_transport', words('公路 道路 断头路 铁路 路网 停车 泊位 天桥 通车 高铁 硬化路 路')],
  ['rural_construction', words('示范村 示范线 人居环境 乡村建设 村庄')],
  ['commerce_logistics', words('市场 商业 商贸 街区 广场 消费 批发')],
  ['employment', words('就业 劳动力 创业')],
  ['social_security', words('救助 养老 托育 低保 特困 残疾 互助 关爱')],
  ['safety', words('安全 危楼 隐患 消防 应急')],
  ['public_services', words('政务 审批 不动产 办事')],
  // broad words last
  ['industry', words('工业 企业 加工 产业园 厂')],
  ['investment', words('项目 投资 招商 签约')],
];

/**
 * The first row with a word in the text. A keyword of two or more characters must not straddle
 * two words (绿化|工作 has no 化工 in it); single characters (林, 厂) are suffixes and match anywhere.
 */
export function categoryOf(text: string, boundaries: WordBoundaries = intlWords): CategoryKey | null {
  const starts = boundaries(text);
  const found = (word: string) => {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (word.length === 1 || !straddles(starts, at, word.length)) return true;
    }
    return false;
  };
  return CATEGORY_KEYWORDS.find(([, keywords]) => keywords.some(found))?.[0] ?? null;
}
