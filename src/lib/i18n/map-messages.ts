/**
 * The texts of the map's cartography: merged township badges, the folding legend, the folded
 * attribution. Chinese first; `en` is typed against `zh`. `{name}` marks a value filled in by `mt`.
 */
import { lookup } from './lookup.ts';

export const zh = {
  mergedHeading: '{n} 个项目，位于 {k} 处相邻的乡镇位置（放大地图可分开显示）',
  seatHeading: '{township}：{n} 个项目',
  unknownTownship: '镇街不详',
  legendMerged: '相邻的乡镇位置已合并（点击查看）',
  legendHide: '收起',
  legendFold: '收起图例',
  legendUnfold: '展开图例',
  creditToggle: '数据来源',
} as const;

export type MapMessageKey = keyof typeof zh;

export const en: Record<MapMessageKey, string> = {
  mergedHeading: '{n} projects at {k} neighbouring township seats (zoom in to see them apart)',
  seatHeading: '{township}: {n} projects',
  unknownTownship: 'township unknown',
  legendMerged: 'neighbouring township seats, merged (click to list)',
  legendHide: 'Hide',
  legendFold: 'Hide the legend',
  legendUnfold: 'Show the legend',
  creditToggle: 'Data sources',
};

export const mt = lookup<MapMessageKey>({ zh, en });
