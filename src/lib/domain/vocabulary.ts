/**
 * The controlled vocabularies of the project data (see docs/data-model.md).
 * One place for the keys and their Chinese and English labels: the data
 * validator checks records against these keys and the UI shows the labels.
 */

export interface Label {
  zh: string;
  en: string;
}

/** The report's five task areas for 2022 (its chapters 一 to 五), in report order. */
export const AREAS = {
  city: { zh: '宜居城市', en: 'Liveable city' },
  rural: { zh: '乡村振兴', en: 'Rural revitalisation' },
  economy: { zh: '县域经济', en: 'County economy' },
  ecology: { zh: '绿色发展', en: 'Green development' },
  livelihood: { zh: '民生', en: "People's livelihood" },
} as const satisfies Record<string, Label>;
export type AreaKey = keyof typeof AREAS;

/**
 * How precisely a record is located, best first (docs/data-model.md, `precision`).
 * The index in this list is the rank: a record is never more precise than its worst place.
 */
export const PRECISIONS = {
  exact: { zh: '精确位置', en: 'exact site' },
  near: { zh: '位置为附近（约1公里内）', en: 'approximate: within about 1 km' },
  village: { zh: '位置为村级近似', en: 'approximate: village level' },
  township: { zh: '位置为乡镇级近似', en: 'approximate: township level' },
  district: { zh: '全区性或无法定位', en: 'district-wide or not placeable' },
} as const satisfies Record<string, Label>;
export type PrecisionKey = keyof typeof PRECISIONS;
export const PRECISION_ORDER = Object.keys(PRECISIONS) as PrecisionKey[];

/** What kind of work a record is: a small vocabulary across the five areas. */
export const CATEGORIES = {
  water: { zh: '供水', en: 'Water supply' },
  sanitation: { zh: '污水与环卫', en: 'Sewage, toilets and waste' },
  roads_transport: { zh: '道路交通', en: 'Roads and transport' },
  heating: { zh: '供热', en: 'Heating' },
  energy: { zh: '电力燃气', en: 'Power and gas' },
  urban_renewal: { zh: '城市更新', en: 'Urban renewal' },
  urban_management: { zh: '城市管理', en: 'City management' },
  housing: { zh: '住房与安置', en: 'Housing and resettlement' },
  greening: { zh: '园林绿化', en: 'Urban greening' },
  rural_construction: { zh: '乡村建设', en: 'Rural construction' },
  agriculture: { zh: '农业', en: 'Agriculture' },
  livestock: { zh: '畜牧养殖', en: 'Livestock' },
  industry: { zh: '工业', en: 'Industry' },
  commerce_logistics: { zh: '商贸物流', en: 'Commerce and logistics' },
  investment: { zh: '项目投资', en: 'Investment and projects' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '医疗卫生', en: 'Health' },
  culture_tourism: { zh: '文化旅游', en: 'Culture and tourism' },
  ecology_forestry: { zh: '生态林业', en: 'Ecology and forestry' },
  employment: { zh: '就业', en: 'Employment' },
  social_security: { zh: '社会保障', en: 'Social security and care' },
  safety: { zh: '安全', en: 'Safety' },
  public_services: { zh: '政务服务', en: 'Government services' },
} as const satisfies Record<string, Label>;
export type CategoryKey = keyof typeof CATEGORIES;

/**
 * Units of parsed targets. A target stores the number in the base unit named here
 * (万 and 亿 multiplied out: 1.12万头 → 11200 head; 80亿元 → 8000000000 yuan).
 */
export const UNITS = {
  head: { zh: '头', en: 'head' },
  mu: { zh: '亩', en: 'mu' },
  km: { zh: '公里', en: 'km' },
  km2: { zh: '平方公里', en: 'km²' },
  m2: { zh: '平方米', en: 'm²' },
  tonne: { zh: '吨', en: 'tonnes' },
  tonne_per_day: { zh: '吨/日', en: 'tonnes a day' },
  yuan: { zh: '元', en: 'yuan' },
  percent: { zh: '%', en: '%' },
  percentage_point: { zh: '个百分点', en: 'percentage points' },
  day: { zh: '天', en: 'days' },
  household: { zh: '户', en: 'households' },
  person: { zh: '人', en: 'people' },
  person_time: { zh: '人次', en: 'person-times' },
  school_place: { zh: '个学位', en: 'school places' },
  school: { zh: '所', en: 'schools' },
  building: { zh: '栋', en: 'buildings' },
  parking_space: { zh: '个泊位', en: 'parking spaces' },
  residential_compound: { zh: '个小区', en: 'residential compounds' },
  village: { zh: '个村', en: 'villages' },
  road: { zh: '条', en: 'roads' },
  line: { zh: '条', en: 'lines' },
  site: { zh: '处', en: 'sites' },
  project: { zh: '个', en: 'projects' },
  enterprise: { zh: '户', en: 'enterprises' },
  greenhouse: { zh: '座', en: 'greenhouses' },
  dam: { zh: '座', en: 'dams' },
  item: { zh: '个', en: 'items' },
} as const satisfies Record<string, Label>;
export type UnitKey = keyof typeof UNITS;

/**
 * What public sources say happened to a record since the report (a `progress` entry's `status`),
 * in the order a project moves through them. `other` covers planned, approved, funded or partly done.
 */
export const STATUSES = {
  started: { zh: '已开工', en: 'Started' },
  under_construction: { zh: '在建', en: 'Under construction' },
  completed: { zh: '已建成', en: 'Completed' },
  in_operation: { zh: '已投用', en: 'In operation' },
  delayed: { zh: '延期', en: 'Delayed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  other: { zh: '其他进展', en: 'Other news' },
} as const satisfies Record<string, Label>;
export type StatusKey = keyof typeof STATUSES;

/**
 * The status filter's values: a record's latest status, or `none` (no public follow-up found).
 * Records not yet searched count as `none` too: the detail says which of the two it is.
 */
export const LATEST_STATUSES = {
  none: { zh: '未找到后续报道', en: 'No follow-up found' },
  ...STATUSES,
} as const satisfies Record<string, Label>;
export type LatestStatusKey = keyof typeof LATEST_STATUSES;

/** A progress entry's date is the event's own, or only the page's publication date. */
export const DATE_KINDS = {
  event: { zh: '', en: '' },
  published: { zh: '（报道日期）', en: ' (date the source was published)' },
} as const satisfies Record<string, Label>;
export type DateKindKey = keyof typeof DATE_KINDS;

/**
 * Why a record has no places: district-wide by nature, a place the report does not name, or a
 * facility the report names whose site no public source gives. The last two differ in what a
 * resident can do about it, so the data says which.
 */
export const UNPLACED_REASONS = {
  district_wide: { zh: '全区性项目，不对应单一地点。', en: 'A district-wide item with no single place.' },
  not_named: { zh: '报告未指明地点。', en: 'The report names no place.' },
  site_unknown: {
    zh: '报告点名了该设施，但未找到其位置的公开来源。',
    en: 'The report names the facility, but no public source gives its site.',
  },
} as const satisfies Record<string, Label>;
export type UnplacedReason = keyof typeof UNPLACED_REASONS;
