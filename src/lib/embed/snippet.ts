/**
 * The iframe HTML that the embed builder offers. Every value is escaped for an HTML attribute:
 * the snippet is text a person pastes into another site, and must stay inert whatever it holds.
 */
import { serializeUrlState, DEFAULT_STATE, type Lang } from '../domain/url-state.ts';
import { EMPTY_FILTERS } from '../domain/filters.ts';
import type { AreaKey } from '../domain/vocabulary.ts';

export interface EmbedOptions {
  /** The map's address without query, e.g. https://www.example.gov.cn/map/ */
  base: string;
  lang: Lang;
  areas: AreaKey[];
  project: string | null;
  large: boolean;
  size: { kind: 'responsive' } | { kind: 'fixed'; width: number; height: number };
  title: string;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedUrl(options: EmbedOptions): string {
  const query = serializeUrlState({
    ...DEFAULT_STATE,
    lang: options.lang,
    filters: { ...EMPTY_FILTERS, areas: options.areas },
    project: options.project,
    a11y: options.large ? 'large' : null,
    embed: true,
  });
  return new URL(query, options.base).href;
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(n) || min));

export function embedSnippet(options: EmbedOptions): string {
  const src = escapeAttribute(embedUrl(options));
  const title = escapeAttribute(options.title);
  if (options.size.kind === 'fixed') {
    const width = clamp(options.size.width, 280, 3000);
    const height = clamp(options.size.height, 300, 3000);
    return `<iframe src="${src}" title="${title}" width="${width}" height="${height}" style="border:0" loading="lazy"></iframe>`;
  }
  // Responsive: full width; the host script sizes the height from the map's `height` messages.
  const script = escapeAttribute(new URL('embed-host.js', options.base).href);
  return (
    `<iframe src="${src}" title="${title}" data-xifeng-map style="width:100%;height:480px;border:0" loading="lazy"></iframe>\n` +
    `<script src="${script}" async></script>`
  );
}
