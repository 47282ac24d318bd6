/**
 * The published records (geodata/projects.geojson), reduced to what scoring and comparing need,
 * each with its quote located on its report line.
 */
import type { AreaKey, UnitKey } from '../../src/lib/domain/vocabulary.ts';
import type { Span } from './types.ts';

export interface PublishedRecord {
  id: string;
  area: AreaKey;
  phase: string;
  category: string;
  status: string;
  targets: { value: number; unit: UnitKey; text: string }[];
  /** The quote on its line; null when the quote is not on that line of this report. */
  quote: Span | null;
  quoteText: string;
  line: number;
}

interface Feature {
  properties: {
    id: string;
    report?: string;
    area: AreaKey;
    phase: string;
    category: string;
    status_as_stated: string;
    quote: string;
    report_line: number;
    targets: { value: number; unit: UnitKey; text: string }[] | null;
  };
}

/**
 * Reads the records of a FeatureCollection and finds each quote in `reportText`; with `report`, only
 * the records of that report (the others quote another text).
 */
export function publishedRecords(geojson: unknown, reportText: string, report?: string): PublishedRecord[] {
  const lines = reportText.split(/\r?\n/);
  const features = ((geojson as { features?: Feature[] }).features ?? []).filter(
    ({ properties: p }) => report === undefined || p.report === report,
  );
  return features.map(({ properties: p }) => {
    const start = (lines[p.report_line - 1] ?? '').indexOf(p.quote);
    const quote =
      start < 0 ? null : { line: p.report_line, start, end: start + p.quote.length, text: p.quote };
    return {
      id: p.id,
      area: p.area,
      phase: p.phase,
      category: p.category,
      status: p.status_as_stated,
      targets: p.targets ?? [],
      quote,
      quoteText: p.quote,
      line: p.report_line,
    };
  });
}

/**
 * Whether `outer` carries all of `inner`: same line, and `inner`'s characters all inside `outer`'s
 * range (the strict measure of score.ts: the draft holds the published quote, or a longer run of
 * clauses that contains it).
 */
export function carries(outer: Span, inner: Span): boolean {
  return outer.line === inner.line && outer.start <= inner.start && inner.end <= outer.end;
}

/** Two quotes overlap when they are on the same line and their character ranges intersect. */
export function overlap(a: Span, b: Span): number {
  if (a.line !== b.line) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
