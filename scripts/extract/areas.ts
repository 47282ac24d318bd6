/**
 * The task area of a chapter, read from keywords in its heading. The report's chapters are its
 * task areas (docs/data-model.md); a heading that matches no keyword, or several areas, is flagged.
 */
import type { AreaKey, CategoryKey } from '../../src/lib/domain/vocabulary.ts';

/**
 * Heading keywords for each area, most specific area first: when a heading matches several areas
 * the first one wins (乡村振兴 beats 兴产业), and the draft is flagged. Economy comes last because
 * 项目, 产业 and 经济 also turn up as side words in other areas' headings.
 */
export const AREA_KEYWORDS: readonly (readonly [AreaKey, readonly string[]])[] = [
  ['city', ['城市', '城区', '宜居城']],
  ['rural', ['乡村', '农', '脱贫']],
  ['ecology', ['生态', '绿色', '环境', '污染']],
  ['livelihood', ['民生', '教育', '健康', '社会', '就业']],
  ['economy', ['项目', '产业', '经济', '工业', '招商']],
];

/**
 * When the heading says nothing (a review paragraph on government work, say), the category of the
 * clause suggests an area; such a guess is always flagged. Categories not listed give no guess.
 */
export const CATEGORY_AREAS: Partial<Record<CategoryKey, AreaKey>> = {
  urban_renewal: 'city',
  urban_management: 'city',
  heating: 'city',
  roads_transport: 'city',
  rural_construction: 'rural',
  agriculture: 'rural',
  livestock: 'rural',
  industry: 'economy',
  commerce_logistics: 'economy',
  investment: 'economy',
  ecology_forestry: 'ecology',
  sanitation: 'ecology',
  education: 'livelihood',
  health: 'livelihood',
  employment: 'livelihood',
  social_security: 'livelihood',
  culture_tourism: 'livelihood',
};

export interface AreaGuess {
  area: AreaKey | null;
  /** Null when exactly one area matched; otherwise what the reviewer should check. */
  flag: string | null;
}

export function areaFromHeading(heading: string): AreaGuess {
  const matched = AREA_KEYWORDS.filter(([, words]) => words.some((word) => heading.includes(word)));
  const first = matched[0];
  if (!first) return { area: null, flag: `no area keyword in the heading 「${heading}」` };
  if (matched.length === 1) return { area: first[0], flag: null };
  const others = matched.slice(1).map(([area]) => area);
  return {
    area: first[0],
    flag: `the heading 「${heading}」 also has words of ${others.join(', ')}; chose ${first[0]}`,
  };
}
