/**
 * Free-text search over the project records: substring matching on normalised text.
 *
 * Why substrings and no tokeniser: Chinese has no spaces between words, and a resident looking for
 * "水厂" expects 董志塬水厂 to turn up; a substring test on the record's text does exactly that
 * with no segmentation dictionary. English and pinyin work the same way ("pig" finds "Pig Farms").
 */
import type { ProjectFeature } from './project.ts';
import { AREAS, CATEGORIES } from './vocabulary.ts';

/** The part of a `geodata/townships.json` entry that search needs. */
export interface TownshipName {
  code: string;
  name_zh: string;
  name_en: string;
}

/**
 * The normalised text ("haystack") of every record, built once and queried many times.
 * The haystacks are kept end to end in one string, each followed by RECORD_END, because one
 * native `indexOf` scan over that string is an order of magnitude faster than 100,000 separate
 * `includes` calls (a few ms against ~40 ms for 100,000 records).
 */
export interface SearchIndex {
  readonly text: string;
  /** Where record i's haystack starts in `text`; entry n (one past the last record) is `text.length`. */
  readonly starts: Uint32Array;
  /** Record ids by position, and positions by id. */
  readonly ids: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
}

/** Everything that is not a letter, a combining mark or a digit. */
const NOT_SEARCHABLE = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * Joins the fields of a haystack. `normalise` removes it from every term, so a term can never
 * match across the end of one field and the start of the next.
 */
const FIELD_SEPARATOR = '\u001f';
/** Ends each record's haystack; like FIELD_SEPARATOR, no term can contain it. */
const RECORD_END = '\u001e';

/**
 * The form that both the records and the query are compared in:
 * - NFKC, so full-width letters and digits (ＷＡＴＥＲ, １２) equal their half-width forms;
 * - lower case, so "Pig" and "pig" are equal;
 * - only letters, marks and digits are kept: whitespace, punctuation (，。、“” as well as , . - ')
 *   and symbols are removed. So "水厂，" finds 水厂, "water-plant" and "Water Plant" both find
 *   "Dongzhiyuan Water Plant", and "Yanqiao" finds "Yanqi'ao".
 *   The price: "1.12" is searched as "112"; that still finds "1.12万头", whose text loses its dot too.
 */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_SEARCHABLE, '');
}

/**
 * The terms of a query: split on whitespace, each normalised, once each; terms that normalise to
 * nothing (a lone "," say) are dropped, so a query of only punctuation matches everything.
 */
export function searchTerms(query: string): string[] {
  const terms = query.split(/\s+/u).map(normalise);
  return [...new Set(terms)].filter((term) => term !== '');
}

function haystackOf(feature: ProjectFeature, townshipsByCode: ReadonlyMap<string, TownshipName>): string {
  const p = feature.properties;
  const fields = [p.name_zh, p.name_en, p.quote, p.section, p.location_source, p.note ?? ''];
  for (const code of p.townships) {
    const township = townshipsByCode.get(code);
    if (township) fields.push(township.name_zh, township.name_en);
  }
  const area = AREAS[p.area];
  const category = CATEGORIES[p.category];
  fields.push(area.zh, area.en, category.zh, category.en);
  return fields.map(normalise).join(FIELD_SEPARATOR);
}

/**
 * Builds the search index of the records: per record its names, quote, section, location source,
 * note, the Chinese and English names of the townships it touches (so "Dongzhi" finds the records
 * in 董志镇) and the labels of its task area and category.
 *
 * A slice of records at a time (`step`), so that the app can build it in the browser's idle time
 * after the first view (0.7 s of work at 100,000 records, in slices of a few ms), and a first
 * keystroke finds it ready; `finish` builds whatever is left and gives the index.
 */
export class SearchIndexBuilder {
  private readonly townshipsByCode: ReadonlyMap<string, TownshipName>;
  private readonly haystacks: string[] = [];
  private index: SearchIndex | null = null;

  constructor(
    private readonly features: readonly ProjectFeature[],
    townships: readonly TownshipName[],
  ) {
    this.townshipsByCode = new Map(townships.map((township) => [township.code, township]));
  }

  /** Adds the haystacks of up to `count` more records; true once every record is in. */
  step(count: number): boolean {
    if (this.index) return true;
    const end = Math.min(this.features.length, this.haystacks.length + count);
    for (let i = this.haystacks.length; i < end; i++)
      this.haystacks.push(haystackOf(this.features[i]!, this.townshipsByCode) + RECORD_END);
    return this.haystacks.length === this.features.length;
  }

  finish(): SearchIndex {
    if (this.index) return this.index;
    this.step(Infinity);
    const { features, haystacks } = this;
    const starts = new Uint32Array(features.length + 1);
    const positions = new Map<string, number>();
    let offset = 0;
    haystacks.forEach((haystack, position) => {
      starts[position] = offset;
      offset += haystack.length;
      // A repeated id keeps its first record, the one a lookup by id would find first.
      const id = features[position]!.properties.id;
      if (!positions.has(id)) positions.set(id, position);
    });
    starts[features.length] = offset;
    this.index = { text: haystacks.join(''), starts, ids: features.map((f) => f.properties.id), positions };
    this.haystacks.length = 0;
    return this.index;
  }
}

/** The whole index at once (see SearchIndexBuilder). */
export function buildSearchIndex(
  features: readonly ProjectFeature[],
  townships: readonly TownshipName[],
): SearchIndex {
  return new SearchIndexBuilder(features, townships).finish();
}

/**
 * For each record, how many of the terms it contains in a row from the first: term k only counts
 * for records that matched terms 0..k-1, so `count === terms.length` means "contains them all".
 */
function countMatchedTerms(index: SearchIndex, terms: readonly string[]): Uint32Array {
  const { text, starts } = index;
  const counts = new Uint32Array(starts.length - 1);
  terms.forEach((term, k) => {
    let record = 0;
    for (let at = text.indexOf(term); at !== -1;) {
      while ((starts[record + 1] ?? Infinity) <= at) record += 1;
      if (counts[record] === k) counts[record] = k + 1;
      // One hit per record is enough: go on from the next record's start.
      const next = starts[record + 1] ?? text.length;
      at = text.indexOf(term, next);
    }
  });
  return counts;
}

/**
 * Tells whether a record matches: `position` is where it stood in the features the index was
 * built from, when the caller knows it (a loop over those same features does). It is only a hint,
 * checked against the id, but it saves a hash lookup per record, which at 100,000 records is
 * most of the time a query takes.
 */
export type RecordMatcher = (id: string, position?: number) => boolean;

/**
 * A test "does this record match the query?", for filtering many records by one query: the whole
 * index is scanned once here, and each test is then a lookup. Every whitespace-separated term must
 * match (AND); a query with no terms matches every record, and a record the index does not know
 * matches only such an empty query.
 */
export function queryMatcher(index: SearchIndex, query: string): RecordMatcher {
  const terms = searchTerms(query);
  if (terms.length === 0) return () => true;
  const counts = countMatchedTerms(index, terms);
  return (id, position) => {
    const at = position !== undefined && index.ids[position] === id ? position : index.positions.get(id);
    return at !== undefined && counts[at] === terms.length;
  };
}

/** Whether the record `id` matches the query. For one record; for many, use `queryMatcher`. */
export function matchesQuery(index: SearchIndex, id: string, query: string): boolean {
  const terms = searchTerms(query);
  if (terms.length === 0) return true;
  const position = index.positions.get(id);
  if (position === undefined) return false;
  const haystack = index.text.slice(index.starts[position], index.starts[position + 1]);
  return terms.every((term) => haystack.includes(term));
}
