/**
 * Looking a text up in a table of texts in both languages, with `{name}` placeholders filled. The
 * interface's texts are split over several tables (messages.ts and one per feature); each makes its
 * lookup function here, so placeholders work the same everywhere.
 */

import type { Lang } from '../domain/url-state.ts';

/** The interface's languages: one type, the URL's (`lang=`), named here for the texts. */
export type { Lang };

/** `text` with each `{name}` replaced by `values[name]` (left as it is when not given). */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** The lookup function of one table: the text of `key` in `lang`, placeholders filled from `values`. */
export function lookup<Key extends string>(
  table: Record<Lang, Readonly<Record<Key, string>>>,
): (lang: Lang, key: Key, values?: Record<string, string | number>) => string {
  return (lang, key, values = {}) => fill(table[lang][key], values);
}
