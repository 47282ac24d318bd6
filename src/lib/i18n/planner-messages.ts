/**
 * The planner's township measures texts (the rest of the planner's view is in messages.ts), Chinese
 * first; `en` is typed against `zh`. `{name}` marks a value filled in by `pt`.
 */
import { lookup } from './lookup.ts';

export const zh = {
  plannerHeading: '覆盖空白分析',
  plannerKind: '项目类型',
  kindWater: '供水',
  kindSanitation: '污水与环卫',
  kindEducation: '教育',
  kindHealth: '医疗卫生',
  kindAny: '任何类别',
  kindFiltered: '当前筛选',
  measuresHeading: '按人口和面积衡量各镇街',
  phase: '时间',
  phaseTasks: '{year}年计划',
  phaseDone: '{year}年完成',
  phaseBoth: '{last}年和{year}年',
  measure: '地图着色',
  measureCount: '项目数',
  measurePer10k: '每万人项目数',
  measurePer100km2: '每百平方公里项目数',
  township: '镇街',
  population: '人口',
  area: '面积（平方公里）',
  unknown: '不详',
  yearUnknown: '年份不详',
  kindRegistered: '户籍',
  kindResident: '常住',
  kindUnstated: '口径不详',
  allHave: '每个镇街都有{phase}的“{kind}”项目。',
  without: '没有{phase}“{kind}”项目的镇街：{names}。',
  share: '这些镇街约有全部镇街{pct}%的人口（{year}年）。',
  shareUnknown: '其中有镇街人口不详，无法算出它们的人口占比。',
  shareMixed: '各镇街人口数的年份或口径不一，无法算出它们的人口占比。',
  districtWide: '另有{n}个全区性或未定位的项目不计入任何镇街。',
  sources: '人口和面积的来源',
  noSource: '未找到公开来源',
  legendUnknown: '数据不详',
  exportCsv: '下载此表（CSV）',
  exportGeojson: '下载此表及镇街范围（GeoJSON）',
} as const;

export type PlannerMessageKey = keyof typeof zh;

export const en: Record<PlannerMessageKey, string> = {
  plannerHeading: 'Coverage gaps',
  plannerKind: 'Kind of project',
  kindWater: 'water',
  kindSanitation: 'sanitation',
  kindEducation: 'education',
  kindHealth: 'health',
  kindAny: 'any category',
  kindFiltered: 'current filters',
  measuresHeading: 'Townships measured by people and land',
  phase: 'When',
  phaseTasks: 'planned for {year}',
  phaseDone: 'done in {year}',
  phaseBoth: '{last} and {year}',
  measure: 'Map colour',
  measureCount: 'Projects',
  measurePer10k: 'Projects per 10,000 people',
  measurePer100km2: 'Projects per 100 km²',
  township: 'Township',
  population: 'People',
  area: 'Area (km²)',
  unknown: 'unknown',
  yearUnknown: 'year unknown',
  kindRegistered: 'registered',
  kindResident: 'resident',
  kindUnstated: 'kind unstated',
  allHave: 'Every township has a “{kind}” project ({phase}).',
  without: 'Townships with no “{kind}” project ({phase}): {names}.',
  share: 'About {pct}% of the townships’ people live there ({year}).',
  shareUnknown: 'Some of their populations are unknown, so their share of the people cannot be given.',
  shareMixed: 'The townships’ population figures are of different years or kinds, so no share can be given.',
  districtWide: '{n} more district-wide or unplaced projects count in no township.',
  sources: 'Where the population and area figures come from',
  noSource: 'no public source found',
  legendUnknown: 'not known',
  exportCsv: 'Download this table (CSV)',
  exportGeojson: 'Download it with the township areas (GeoJSON)',
};

/** The label of each planner measure (planner-settings.ts `MEASURES`), for the choices and the legend. */
export const MEASURE_LABELS = {
  count: 'measureCount',
  per_10k: 'measurePer10k',
  per_100km2: 'measurePer100km2',
} as const satisfies Record<string, PlannerMessageKey>;

export const pt = lookup<PlannerMessageKey>({ zh, en });
