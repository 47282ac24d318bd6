/**
 * The shapes the extractor passes between its steps (docs/extract.md). A clause is a span of one
 * report line; every later step only adds what it proposes for that span.
 */
import type { AreaKey, CategoryKey, PrecisionKey, UnitKey } from '../../src/lib/domain/vocabulary.ts';

/** A span of one line of the report: `start` and `end` are UTF-16 offsets into that line. */
export interface Span {
  /** 1-based line of the report file. */
  line: number;
  start: number;
  end: number;
  text: string;
}

/** A parsed number with its unit, as the data model stores it. */
export interface Target {
  value: number;
  unit: UnitKey;
  /** The target as it stands in the quote (number, multiplier and unit word). */
  text: string;
  /** Offset of `text` inside the quote. */
  at: number;
}

/** A township or village named in a clause, with the words that matched it. */
export interface PlaceMatch {
  kind: 'township' | 'village';
  /** 9-digit township code or 12-digit village code (NBS). */
  code: string;
  name_zh: string;
  /** The text that matched: the full name, a short form or an abbreviation. */
  matched: string;
  /** Why it matched; shown in the review note. */
  how: string;
  /** The gazetteer key, when places.yaml has one for this code. */
  key: string | null;
}

/** Where a paragraph stands in the report: which phase, task area and sub-heading. */
export interface Context {
  phase: string;
  area: AreaKey | null;
  /** Why the area was chosen, or why it is uncertain (empty when the heading was clear). */
  areaFlag: string | null;
  section: string;
}

/** One proposed record, before it is written as YAML. */
export interface Draft {
  id: string;
  quote: Span;
  name_zh: string;
  area: AreaKey | null;
  phase: string;
  section: string;
  category: CategoryKey | null;
  status: string;
  targets: Target[];
  places: PlaceMatch[];
  precision: PrecisionKey;
  /** What the reviewer should check, one point a line. */
  review: string[];
}
