/**
 * The workbook the district's offices fill in (docs/editing.md, "工作簿"): its sheets, their
 * columns in order, and the Chinese words of each drop-down with the data's key behind it. The
 * export writes exactly this layout and the import accepts exactly this layout, so a renamed,
 * missing or extra sheet or column is refused by name.
 */
import { STATUSES, type StatusKey } from '../../src/lib/domain/vocabulary.ts';
import type { Datum, PlacePrecision } from '../data/source-types.ts';
import type { PopulationKind } from '../data/check-township-facts.ts';

export interface Column {
  header: string;
  /** Filled in by the office (unlocked, white); otherwise what is known, locked and shaded. */
  fill: boolean;
  width: number;
  /** The drop-down's choices, for a column that has one. */
  choices?: readonly string[];
  /** One line for the 说明 sheet: what goes in the column. */
  help: string;
}

export const GUIDE_SHEET = '说明';
export const PROGRESS_SHEET = '进展';
export const LOCATION_SHEET = '位置';
export const TOWNSHIP_SHEET = '乡镇';
export const SHEETS = [GUIDE_SHEET, PROGRESS_SHEET, LOCATION_SHEET, TOWNSHIP_SHEET] as const;
export type DataSheet = typeof PROGRESS_SHEET | typeof LOCATION_SHEET | typeof TOWNSHIP_SHEET;

/** The status drop-down: the seven statuses in the interface's Chinese. */
export const STATUS_CHOICES = Object.fromEntries(
  Object.entries(STATUSES).map(([key, label]) => [label.zh, key]),
) as Record<string, StatusKey>;

export const DATE_KIND_CHOICES = { 事件日期: 'event', 报道发布日期: 'published' } as const;

export const DATUM_CHOICES: Record<string, Datum> = {
  WGS84: 'WGS84',
  'GCJ-02（高德、腾讯）': 'GCJ02',
  'BD-09（百度）': 'BD09',
};

export const PRECISION_CHOICES: Record<string, PlacePrecision> = {
  '精确（项目本身）': 'exact',
  '附近（约1公里内）': 'near',
  村级: 'village',
  镇级: 'township',
};

/** The evidence of a location, as the editor's source form names it (location-source-form.ts). */
export const BASIS_CHOICES = {
  本单位掌握: 'known',
  现场核实: 'visited',
  引用公开资料: 'citation',
} as const;
export type Basis = (typeof BASIS_CHOICES)[keyof typeof BASIS_CHOICES];

export const POPULATION_KIND_CHOICES: Record<string, PopulationKind> = {
  常住: 'resident',
  户籍: 'registered',
};

/** Each sheet's first column is the row's key; its last locked one, the fingerprint of what was exported. */
export const ID_COLUMN = '编号';
export const FINGERPRINT_COLUMN = '核对码（勿改）';

const known = (header: string, width: number, help: string): Column => ({
  header,
  fill: false,
  width,
  help,
});
const fill = (header: string, width: number, help: string, choices?: readonly string[]): Column => ({
  header,
  fill: true,
  width,
  help,
  ...(choices ? { choices } : {}),
});

const FINGERPRINT = known(
  FINGERPRINT_COLUMN,
  12,
  '导出时这一行数据的指纹；导入时据此发现导出后被改过的记录，请勿改动',
);
const UNIT = fill('填报单位', 16, '您单位的全称，如“西峰区水务局”（必填）');
const REPORT_DAY = fill('填报日期', 12, '填表当天，如 2026-12-07（必填）');

export const COLUMNS: Record<DataSheet, readonly Column[]> = {
  [PROGRESS_SHEET]: [
    known(ID_COLUMN, 26, '项目的编号，导入时据此找到项目'),
    known('名称', 24, '项目名称'),
    known('方面', 10, '报告的五个方面之一'),
    known('时间', 10, '报告中的年度或时期'),
    known('报告原文', 40, '政府工作报告中提到该项目的原话'),
    known('当前位置', 24, '地图上现在的位置及精度'),
    known('最新进展', 30, '已知的最新进展及其来源'),
    fill('日期', 12, '进展发生的日期：2026、2026-05 或 2026-05-18，按您掌握的精度（必填）'),
    fill(
      '日期类型',
      12,
      '“事件日期”：事情发生的日期；“报道发布日期”：只知道报道或文件的发布日期。空着按事件日期',
      Object.keys(DATE_KIND_CHOICES),
    ),
    fill('状态', 10, '从下拉列表中选（必填）', Object.keys(STATUS_CHOICES)),
    fill('进展情况', 40, '用一句中文写明进展，如“水厂一期主体完工，12月试通水”（必填）'),
    fill('来源名称', 20, '公开报道或文件的名称；进展由本单位掌握时可空着'),
    fill('来源网址', 24, '公开网页的地址（http:// 或 https:// 开头）；进展由本单位掌握时空着'),
    UNIT,
    REPORT_DAY,
    FINGERPRINT,
  ],
  [LOCATION_SHEET]: [
    known(ID_COLUMN, 26, '项目的编号'),
    known('名称', 24, '项目名称'),
    known('当前位置', 28, '地图上现在的位置：全区、未定位或只到乡镇'),
    fill('地址或说明', 30, '项目所在的地址或位置说明，如“董志镇北庄村，309国道东侧”（必填）'),
    fill('经度', 12, '十进制度数，如 107.6412（必填；不要用度分秒）'),
    fill('纬度', 12, '十进制度数，如 35.6315（必填）'),
    fill('坐标系', 18, '坐标取自哪种地图：WGS84（GPS）、GCJ-02（高德、腾讯）或 BD-09（百度）（必填）', [
      ...Object.keys(DATUM_CHOICES),
    ]),
    fill('精度', 16, '坐标代表什么：项目本身、附近约1公里内、所在村或所在乡镇（必填）', [
      ...Object.keys(PRECISION_CHOICES),
    ]),
    fill(
      '依据',
      14,
      '本单位掌握、现场核实，或引用公开资料（引用时在“地址或说明”中写明资料名称和网址）（必填）',
      Object.keys(BASIS_CHOICES),
    ),
    UNIT,
    REPORT_DAY,
    FINGERPRINT,
  ],
  [TOWNSHIP_SHEET]: [
    known(ID_COLUMN, 12, '乡镇（街道）的统计用区划代码'),
    known('名称', 12, '乡镇（街道）名称'),
    known('现有人口', 10, '地图现在使用的人口数，空白表示未知'),
    known('现有人口依据', 30, '现有人口数的来源'),
    known('现有面积', 10, '地图现在使用的面积（平方公里），空白表示未知'),
    known('现有面积依据', 30, '现有面积的来源'),
    fill('人口', 10, '人数，整数，如 35120'),
    fill('人口年份', 10, '人口数所属的年份，如 2020'),
    fill('人口口径', 10, '常住人口或户籍人口', Object.keys(POPULATION_KIND_CHOICES)),
    fill('人口来源', 30, '人口数的来源，如“第七次全国人口普查西峰区汇总资料”（填人口时必填）'),
    fill('面积（平方公里）', 12, '土地面积，如 126.5'),
    fill('面积来源', 30, '面积的来源（填面积时必填）'),
    UNIT,
    REPORT_DAY,
    FINGERPRINT,
  ],
};

/** Rows past the heading a workbook may hold at most, over all sheets. */
export const MAX_ROWS = 10_000;
