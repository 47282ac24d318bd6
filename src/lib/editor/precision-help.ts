/**
 * The five precision levels, each in one sentence a staff member can choose by (docs/data-model.md).
 * `district` is listed so the ladder is whole, but the editor places projects; it does not unplace them.
 */
import type { Lang } from '../i18n/messages.ts';

export const PLACEABLE_PRECISIONS = ['exact', 'near', 'village', 'township'] as const;
export type PlaceablePrecision = (typeof PLACEABLE_PRECISIONS)[number];

const HELP = {
  exact: {
    zh: '精确：就是项目所在地点本身，有来源为证（公布的坐标、现场核实）。',
    en: 'Exact: the site itself, with a source for it (published coordinates, a site visit).',
  },
  near: {
    zh: '附近：误差约 1 公里以内，知道所在的街道、片区或院落。',
    en: 'Near: within about a kilometre; the street, quarter or compound is known.',
  },
  village: {
    zh: '村级：只知道在哪个行政村，标在村里。',
    en: 'Village: only the administrative village is known; placed in it.',
  },
  township: {
    zh: '镇级：只知道在哪个镇或街道。地图上不画点，只计入该镇的数字徽标。',
    en: 'Township: only the township or subdistrict is known. No dot is drawn; it counts in the township’s badge.',
  },
  district: {
    zh: '全区：全区性的工作或无法定位，不上图，只在列表中。此编辑器不撤销定位。',
    en: 'District: district-wide or not placeable; listed, not mapped. This editor does not unplace projects.',
  },
} as const;

export function precisionHelp(level: keyof typeof HELP, lang: Lang): string {
  return HELP[level][lang];
}
