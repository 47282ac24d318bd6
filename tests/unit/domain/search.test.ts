import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildSearchIndex,
  matchesQuery,
  SearchIndexBuilder,
  normalise,
  queryMatcher,
  searchTerms,
} from '../../../src/lib/domain/search.ts';
import { deepFreeze, fixtureProjects, ids, townships } from '../../fixtures/domain/fixtures.ts';

const features = deepFreeze(fixtureProjects());
const index = buildSearchIndex(features, townships);
/** The fixture records a query finds, asking both ways (one record at a time, and all at once). */
function found(query: string): string[] {
  const oneByOne = ids(features.filter((f) => matchesQuery(index, f.id, query)));
  const matches = queryMatcher(index, query);
  expect(ids(features.filter((f) => matches(f.id)))).toEqual(oneByOne);
  return oneByOne;
}

describe('normalise', () => {
  it.each([
    ['水厂，', '水厂'],
    ['“董志塬”水厂。', '董志塬水厂'],
    ['Water Plant', 'waterplant'],
    ['water-plant', 'waterplant'],
    ['ＷＡＴＥＲ　ｐｌａｎｔ', 'waterplant'], // full-width letters and ideographic space
    ["Yanqi'ao", 'yanqiao'],
    ['１．１２万头', '112万头'],
    ['km²', 'km2'],
    ['（温泉镇）', '温泉镇'],
    [' \t\n', ''],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });
});

describe('searchTerms', () => {
  it.each([
    ['', []],
    ['   ', []],
    [' ，。 ', []],
    ['水厂', ['水厂']],
    ['Water  Plant', ['water', 'plant']],
    ['water-plant', ['waterplant']],
    ['水厂　董志', ['水厂', '董志']],
    ['，水厂', ['水厂']],
    ['pig Pig PIG', ['pig']],
  ])('%j → %j', (query, expected) => {
    expect(searchTerms(query)).toEqual(expected);
  });
});

describe('matchesQuery', () => {
  it.each([
    ['水厂', ['dongzhiyuan-water-plant']],
    ['水厂,', ['dongzhiyuan-water-plant']],
    ['WATER-PLANT', ['dongzhiyuan-water-plant']],
    ['pig', ['pig-fattening-farms-qilou-yanqiao', 'pig-industry-cluster']],
    ['Dongzhi', ['dongzhiyuan-water-plant']], // its township, 董志镇 Dongzhi Town
    ['董志镇', ['dongzhiyuan-water-plant']],
    ['Pig Wenquan', ['pig-fattening-farms-qilou-yanqiao']],
    ['wenquan pig', ['pig-fattening-farms-qilou-yanqiao']],
    ['pig xiaojin', []],
    ['Yanqiao', ['pig-fattening-farms-qilou-yanqiao']],
    ['1.12万头', ['pig-fattening-farms-qilou-yanqiao']], // quote
    ['培育优势产业', ['pig-fattening-farms-qilou-yanqiao', 'pig-industry-cluster', 'xiansheng-cooperatives']], // section
    ['gazetteer', ['pig-fattening-farms-qilou-yanqiao', 'shishe-school']], // location_source
    ['NBS', ['pig-fattening-farms-qilou-yanqiao']], // note
    ['县域经济', ['nanzuo-heritage-park']], // area label, zh
    ['county economy', ['nanzuo-heritage-park']], // area label, en
    ['Culture and tourism', ['nanzuo-heritage-park']], // category label, en
    ['雨污', ['nanyuan-road-sewers']],
    ['no-such-thing', []],
  ])('%j', (query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it('matches everything for an empty query', () => {
    expect(found('')).toEqual(ids(features));
    expect(found('  ')).toEqual(ids(features));
  });

  it('never matches across two fields', () => {
    // name_zh ends in 水厂 and name_en starts with Dongzhiyuan; each alone matches.
    expect(found('水厂 Dongzhiyuan')).toEqual(['dongzhiyuan-water-plant']);
    expect(found('水厂Dongzhiyuan')).toEqual([]);
  });

  it('matches a record it does not know only with the empty query', () => {
    expect(matchesQuery(index, 'not-indexed', '')).toBe(true);
    expect(matchesQuery(index, 'not-indexed', 'pig')).toBe(false);
    expect(queryMatcher(index, '')('not-indexed')).toBe(true);
    expect(queryMatcher(index, 'pig')('not-indexed')).toBe(false);
  });

  it('ignores township codes that are not in the township list', () => {
    const only = buildSearchIndex(features, townships.slice(0, 1)); // 北街街道 only
    expect(matchesQuery(only, 'dongzhiyuan-water-plant', 'Dongzhi Town')).toBe(false);
    expect(matchesQuery(only, 'dead-end-roads-2022', 'Beijie')).toBe(true);
  });

  it('agrees one by one and all at once, for any piece of any record’s text (property)', () => {
    const texts = features.flatMap((f) => [f.properties.name_zh, f.properties.name_en, f.properties.quote]);
    const pieceOfText = fc
      .tuple(fc.constantFrom(...texts), fc.nat(), fc.integer({ min: 1, max: 6 }))
      .map(([text, at, length]) => text.slice(at % text.length, (at % text.length) + length));
    const query = fc
      .array(fc.oneof(pieceOfText, fc.string({ maxLength: 3 })), { maxLength: 3 })
      .map((t) => t.join(' '));
    fc.assert(
      fc.property(query, (q) => {
        const matches = queryMatcher(index, q);
        for (const feature of features) expect(matches(feature.id)).toBe(matchesQuery(index, feature.id, q));
      }),
    );
  });

  it('finds the record a piece of its name comes from (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...features), fc.nat(), (feature, at) => {
        const name = feature.properties.name_zh;
        const piece = name.slice(at % name.length, (at % name.length) + 2);
        expect(queryMatcher(index, piece)(feature.id)).toBe(true);
      }),
    );
  });
});

describe('buildSearchIndex', () => {
  it('indexes every record by id, in order', () => {
    expect([...index.positions.keys()]).toEqual(ids(features));
    expect([...index.positions.values()]).toEqual(features.map((_, position) => position));
  });

  it('works on no records', () => {
    expect(queryMatcher(buildSearchIndex([], townships), 'pig')('anything')).toBe(false);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(fixtureProjects());
    const frozenTownships = deepFreeze(structuredClone(townships));
    buildSearchIndex(input, frozenTownships);
    expect(input).toEqual(fixtureProjects());
    expect(frozenTownships).toEqual(townships);
  });
});

describe('SearchIndexBuilder', () => {
  it('gives the same index built in slices of any size as built at once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 6 }), (slices) => {
        const builder = new SearchIndexBuilder(features, townships);
        let added = 0;
        for (const count of slices) {
          added += count;
          expect(builder.step(count)).toBe(added >= features.length);
        }
        expect(builder.finish()).toEqual(index);
      }),
    );
  });

  it('keeps its index once finished: more steps change nothing', () => {
    const builder = new SearchIndexBuilder(features, townships);
    const built = builder.finish();
    expect(builder.step(3)).toBe(true);
    expect(builder.finish()).toBe(built);
  });
});
