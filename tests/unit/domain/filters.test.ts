import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_FILTERS,
  facetCounts,
  inCodeOrder,
  inVocabularyOrder,
  isFiltered,
  splitProjects,
  summaryCounts,
  type Filters,
} from '../../../src/lib/domain/filters.ts';
import { buildSearchIndex } from '../../../src/lib/domain/search.ts';
import { AREAS, CATEGORIES, LATEST_STATUSES } from '../../../src/lib/domain/vocabulary.ts';
import { inPhaseOrder } from '../../../src/lib/domain/phases.ts';
import { deepFreeze, fixtureProjects, ids, T, townships } from '../../fixtures/domain/fixtures.ts';

const features = deepFreeze(fixtureProjects());
const index = buildSearchIndex(features, townships);

// The fixture's records, in file order (tests/fixtures/domain/projects.geojson).
const WATER_PLANT = 'dongzhiyuan-water-plant'; // livelihood 2022 water, near, 董志镇
const PIG_FARMS = 'pig-fattening-farms-qilou-yanqiao'; // rural 2022 livestock, village, 彭原镇 + 温泉镇
const PIG_CLUSTER = 'pig-industry-cluster'; // rural 2022 livestock, district-wide
const ROADS = 'dead-end-roads-2022'; // city 2022 roads, near, 北街 + 南街
const BREEDING_FARM = 'xiaoxian-breeding-farm'; // rural 2021 livestock, township precision, 肖金镇
const FARMLAND = 'high-standard-farmland-2022'; // rural 2022 agriculture, district-wide
const NANZUO = 'nanzuo-heritage-park'; // economy 2022 culture_tourism, exact, 后官寨镇
const SCHOOL = 'shishe-school'; // livelihood 2017-2021 education, village, 什社乡
const COOPERATIVES = 'xiansheng-cooperatives'; // rural 2022 agriculture, district precision, touches 显胜乡
const SEWERS = 'nanyuan-road-sewers'; // city 2021 sanitation, near, 南街

const ALL_DISTRICT_WIDE = [PIG_CLUSTER, FARMLAND, COOPERATIVES];
const f = (part: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...part });

describe('splitProjects', () => {
  const cases: [string, Filters, string[], string[]][] = [
    [
      'no filter: everything',
      EMPTY_FILTERS,
      [WATER_PLANT, PIG_FARMS, ROADS, BREEDING_FARM, NANZUO, SCHOOL, SEWERS],
      ALL_DISTRICT_WIDE,
    ],
    ['one area', f({ areas: ['rural'] }), [PIG_FARMS, BREEDING_FARM], ALL_DISTRICT_WIDE],
    [
      'two areas: either, in data order',
      f({ areas: ['city', 'rural'] }),
      [PIG_FARMS, ROADS, BREEDING_FARM, SEWERS],
      ALL_DISTRICT_WIDE,
    ],
    ['a phase', f({ phases: ['2021'] }), [BREEDING_FARM, SEWERS], []],
    ['the five-year review', f({ phases: ['2017-2021'] }), [SCHOOL], []],
    ['a category', f({ categories: ['livestock'] }), [PIG_FARMS, BREEDING_FARM], [PIG_CLUSTER]],
    [
      'a category with only district-wide records',
      f({ categories: ['agriculture'] }),
      [],
      [FARMLAND, COOPERATIVES],
    ],
    [
      'a township keeps all district-wide records',
      f({ townships: [T.wenquan] }),
      [PIG_FARMS],
      ALL_DISTRICT_WIDE,
    ],
    [
      'a township: any of the record’s townships',
      f({ townships: [T.nanjie] }),
      [ROADS, SEWERS],
      ALL_DISTRICT_WIDE,
    ],
    ['a township no mapped record touches', f({ townships: [T.xiansheng] }), [], ALL_DISTRICT_WIDE],
    [
      'two townships: either',
      f({ townships: [T.dongzhi, T.shishe] }),
      [WATER_PLANT, SCHOOL],
      ALL_DISTRICT_WIDE,
    ],
    [
      'precise only drops township precision',
      f({ preciseOnly: true }),
      [WATER_PLANT, PIG_FARMS, ROADS, NANZUO, SCHOOL, SEWERS],
      ALL_DISTRICT_WIDE,
    ],
    [
      'precise only in a township placed only roughly',
      f({ townships: [T.xiaojin], preciseOnly: true }),
      [],
      ALL_DISTRICT_WIDE,
    ],
    ['query in Chinese', f({ query: '水厂' }), [WATER_PLANT], []],
    ['query in English finds district-wide too', f({ query: 'pig' }), [PIG_FARMS], [PIG_CLUSTER]],
    ['query by township pinyin', f({ query: 'Dongzhi' }), [WATER_PLANT], []],
    ['query terms are ANDed', f({ query: 'pig  wenquan' }), [PIG_FARMS], []],
    ['query terms that never meet', f({ query: 'pig xiaojin' }), [], []],
    ['query by category label', f({ query: '畜牧' }), [PIG_FARMS, BREEDING_FARM], [PIG_CLUSTER]],
    ['query by area label', f({ query: '乡村振兴' }), [PIG_FARMS, BREEDING_FARM], ALL_DISTRICT_WIDE],
    [
      'query of punctuation only',
      f({ query: ' ，。 ' }),
      [WATER_PLANT, PIG_FARMS, ROADS, BREEDING_FARM, NANZUO, SCHOOL, SEWERS],
      ALL_DISTRICT_WIDE,
    ],
    [
      'all facets at once',
      f({ areas: ['rural'], townships: [T.pengyuan], preciseOnly: true }),
      [PIG_FARMS],
      ALL_DISTRICT_WIDE,
    ],
    ['category and query', f({ categories: ['livestock'], query: '生猪' }), [PIG_FARMS], [PIG_CLUSTER]],
    ['facets that exclude each other', f({ areas: ['city'], categories: ['water'] }), [], []],
  ];

  it.each(cases)('%s', (_name, filters, mapped, districtWide) => {
    const result = splitProjects(features, filters, index);
    expect(ids(result.mapped)).toEqual(mapped);
    expect(ids(result.districtWide)).toEqual(districtWide);
  });

  it('puts a record on the map exactly when it has a geometry', () => {
    const { mapped, districtWide } = splitProjects(features, EMPTY_FILTERS, index);
    expect(mapped.every((feature) => feature.geometry !== null)).toBe(true);
    expect(districtWide.every((feature) => feature.geometry === null)).toBe(true);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(fixtureProjects());
    const filters = deepFreeze(f({ areas: ['rural'], townships: [T.pengyuan], query: 'pig' }));
    const result = splitProjects(input, filters, index);
    expect(input).toEqual(fixtureProjects());
    expect(result.mapped).not.toBe(input);
  });
});

describe('facetCounts', () => {
  /** The phases the fixture's records have, in display order. */
  const FIXTURE_PHASES = ['2022', '2021', '2017-2021'];
  const zeros = <K extends string>(vocabulary: Record<K, unknown>) =>
    Object.fromEntries(Object.keys(vocabulary).map((key) => [key, 0]));

  it('counts every record per option when nothing is chosen', () => {
    expect(facetCounts(features, EMPTY_FILTERS, index)).toEqual({
      areas: { city: 2, rural: 5, economy: 1, ecology: 0, livelihood: 2 },
      phases: { '2022': 7, '2021': 2, '2017-2021': 1 },
      categories: {
        ...zeros(CATEGORIES),
        water: 1,
        livestock: 3,
        roads_transport: 1,
        agriculture: 2,
        culture_tourism: 1,
        education: 1,
        sanitation: 1,
      },
      // The water plant is in operation; the pig farms completed; the rest have no follow-up.
      statuses: { ...zeros(LATEST_STATUSES), none: 8, in_operation: 1, completed: 1 },
      // 西街 (…003) is touched by no record, so it is absent.
      townships: {
        [T.beijie]: 1,
        [T.nanjie]: 2,
        [T.xiaojin]: 1,
        [T.dongzhi]: 1,
        [T.houguanzhai]: 1,
        [T.pengyuan]: 1,
        [T.wenquan]: 1,
        [T.shishe]: 1,
        [T.xiansheng]: 1,
      },
    });
  });

  it('applies every filter except the facet’s own', () => {
    const counts = facetCounts(features, f({ areas: ['rural'], townships: [T.pengyuan] }), index);
    // Areas under 彭原镇: the pig farms and the three district-wide records, all rural.
    expect(counts.areas).toEqual({ ...zeros(AREAS), rural: 4 });
    expect(counts.phases).toEqual({ '2022': 4, '2021': 0, '2017-2021': 0 });
    expect(counts.categories).toEqual({ ...zeros(CATEGORIES), livestock: 2, agriculture: 2 });
    // Townships under "rural" only, counting records that touch each.
    expect(counts.townships).toEqual({
      [T.beijie]: 0,
      [T.nanjie]: 0,
      [T.xiaojin]: 1,
      [T.dongzhi]: 0,
      [T.houguanzhai]: 0,
      [T.pengyuan]: 1,
      [T.wenquan]: 1,
      [T.shishe]: 0,
      [T.xiansheng]: 1,
    });
  });

  it('never relaxes the query or precise-only', () => {
    const counts = facetCounts(features, f({ query: 'pig', preciseOnly: true }), index);
    expect(counts.areas).toEqual({ ...zeros(AREAS), rural: 2 });
    expect(counts.categories.livestock).toBe(2);
    expect(counts.townships[T.pengyuan]).toBe(1);
    expect(counts.townships[T.xiaojin]).toBe(0);
  });

  it('lists a chosen township even when no record touches it', () => {
    expect(facetCounts(features, f({ townships: [T.xijie] }), index).townships[T.xijie]).toBe(0);
  });

  it('lists a chosen phase no record has, with 0, and it matches nothing (not everything)', () => {
    expect(facetCounts(features, f({ phases: ['2023'] }), index).phases).toEqual({
      '2023': 0,
      '2022': 7,
      '2021': 2,
      '2017-2021': 1,
    });
    const split = splitProjects(features, f({ phases: ['2023'] }), index);
    expect([...split.mapped, ...split.districtWide]).toEqual([]);
  });

  const filtersArb: fc.Arbitrary<Filters> = fc.record({
    areas: fc.subarray(Object.keys(AREAS) as Filters['areas']),
    // The fixture's phases, and one of a later report that no record has.
    phases: fc.subarray(['2023', ...FIXTURE_PHASES]),
    categories: fc.subarray(['water', 'livestock', 'agriculture', 'education'] as Filters['categories']),
    townships: fc.subarray(Object.values(T)),
    statuses: fc.subarray(Object.keys(LATEST_STATUSES) as Filters['statuses']),
    query: fc.constantFrom('', 'pig', '水厂', 'road', '培育'),
    preciseOnly: fc.boolean(),
  });

  it('equals what choosing that option alone would show (property)', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const counts = facetCounts(features, filters, index);
        const shown = (part: Partial<Filters>) => {
          const { mapped, districtWide } = splitProjects(features, { ...filters, ...part }, index);
          return [...mapped, ...districtWide];
        };
        for (const area of Object.keys(AREAS) as Filters['areas'])
          expect(counts.areas[area]).toBe(shown({ areas: [area] }).length);
        for (const phase of FIXTURE_PHASES)
          expect(counts.phases[phase]).toBe(shown({ phases: [phase] }).length);
        for (const category of Object.keys(CATEGORIES) as Filters['categories'])
          expect(counts.categories[category]).toBe(shown({ categories: [category] }).length);
        for (const code of Object.values(T)) {
          const touching = shown({ townships: [code] }).filter((p) => p.properties.townships.includes(code));
          expect(counts.townships[code] ?? 0).toBe(touching.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(fixtureProjects());
    facetCounts(input, deepFreeze(f({ areas: ['city'], townships: [T.nanjie] })), index);
    expect(input).toEqual(fixtureProjects());
  });
});

describe('summaryCounts', () => {
  it.each([
    ['everything', EMPTY_FILTERS, { projects: 7, townships: 8, districtWide: 3 }],
    ['one township', f({ townships: [T.nanjie] }), { projects: 2, townships: 2, districtWide: 3 }],
    ['nothing matches', f({ query: 'no-such-project' }), { projects: 0, townships: 0, districtWide: 0 }],
  ] as const)('%s', (_name, filters, expected) => {
    const { mapped, districtWide } = splitProjects(features, filters, index);
    expect(summaryCounts(mapped, districtWide)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(fixtureProjects());
    expect(summaryCounts(input.slice(0, 2), input.slice(2, 3))).toEqual({
      projects: 2,
      townships: 3,
      districtWide: 1,
    });
    expect(input).toEqual(fixtureProjects());
  });
});

describe('isFiltered', () => {
  it.each([
    ['nothing chosen', EMPTY_FILTERS, false],
    ['a query of spaces', f({ query: '  ' }), false],
    ['an area', f({ areas: ['city'] }), true],
    ['a phase', f({ phases: ['2021'] }), true],
    ['a category', f({ categories: ['water'] }), true],
    ['a township', f({ townships: [T.dongzhi] }), true],
    ['a query', f({ query: '水' }), true],
    ['precise only', f({ preciseOnly: true }), true],
  ] as const)('%s → %s', (_name, filters, expected) => {
    expect(isFiltered(filters)).toBe(expected);
  });
});

describe('list order', () => {
  it('puts keys in vocabulary order, once each, and drops unknown ones', () => {
    expect(inVocabularyOrder(['livelihood', 'city', 'nope', 'city', '__proto__'], AREAS)).toEqual([
      'city',
      'livelihood',
    ]);
    expect(inPhaseOrder(['2017-2021', '2022', 'soon', '2022'])).toEqual(['2022', '2017-2021']);
  });

  it('puts township codes in code order, once each', () => {
    expect(inCodeOrder([T.xiansheng, T.beijie, T.xiansheng, T.dongzhi])).toEqual([
      T.beijie,
      T.dongzhi,
      T.xiansheng,
    ]);
  });
});
