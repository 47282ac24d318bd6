import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/domain/filters.ts';
import {
  DEFAULT_STATE,
  parseUrlState,
  serializeUrlState,
  type KnownIds,
  type UrlState,
} from '../../../src/lib/domain/url-state.ts';
import { T, townships } from '../../fixtures/domain/fixtures.ts';
import {
  expectValid,
  SAMPLE_PHASES,
  TOWNSHIP_CODES,
  urlLike,
  validState,
} from '../../fixtures/domain/url-states.ts';

const state = (part: Partial<UrlState>, filters: Partial<Filters> = {}): UrlState => ({
  ...DEFAULT_STATE,
  ...part,
  filters: { ...EMPTY_FILTERS, ...filters },
});

describe('parseUrlState', () => {
  it.each<[string, UrlState]>([
    ['', DEFAULT_STATE],
    ['?', DEFAULT_STATE],
    ['?lang=en', state({ lang: 'en' })],
    ['lang=en', state({ lang: 'en' })], // without the "?"
    ['?lang=fr', DEFAULT_STATE],
    ['?area=livelihood,city,nope,city', state({}, { areas: ['city', 'livelihood'] })],
    ['?area=city%2Crural', state({}, { areas: ['city', 'rural'] })],
    ['?area=city,%20rural', state({}, { areas: ['city', 'rural'] })],
    ['?phase=2017-2021,2022', state({}, { phases: ['2022', '2017-2021'] })],
    // Any report's years, in display order (single years newest first, then spans); bad forms dropped.
    [
      '?phase=2017-2021,2021,2023,2018-2022,2022,22,2022-,2022',
      state({}, { phases: ['2023', '2022', '2021', '2018-2022', '2017-2021'] }),
    ],
    ['?category=water,__proto__,constructor,toString', state({}, { categories: ['water'] })],
    [
      `?township=${T.xiansheng},${T.beijie},12345,${T.beijie}`,
      state({}, { townships: [T.beijie, T.xiansheng] }),
    ],
    ['?q=%20%E6%B0%B4%E5%8E%82+', state({}, { query: '水厂' })],
    ['?q=pig+farm', state({}, { query: 'pig farm' })],
    [`?q=${'水'.repeat(300)}`, state({}, { query: '水'.repeat(200) })],
    [`?q=${'a'.repeat(199)}+b`, state({}, { query: 'a'.repeat(199) })], // cut, then trimmed again
    [`?q=${'😀'.repeat(201)}`, state({}, { query: '😀'.repeat(200) })], // code points, not halves
    ['?precise=1', state({}, { preciseOnly: true })],
    ['?precise=true', DEFAULT_STATE],
    ['?project=dongzhiyuan-water-plant', state({ project: 'dongzhiyuan-water-plant' })],
    ['?project=Bad_Id', DEFAULT_STATE],
    ['?project=a--b', DEFAULT_STATE],
    ['?project=-a', DEFAULT_STATE],
    ['?map=12.345/35.7123456/107.6389999', state({ view: { zoom: 12.35, lat: 35.71235, lon: 107.639 } })],
    ['?map=0/-90/-180', state({ view: { zoom: 0, lat: -90, lon: -180 } })],
    ['?map=22/90/180', state({ view: { zoom: 22, lat: 90, lon: 180 } })],
    ['?map=0/-0.000001/-0.000004', state({ view: { zoom: 0, lat: 0, lon: 0 } })], // rounded, and no -0
    ['?map=-0.001/35/107', DEFAULT_STATE],
    ['?map=23/35/107', DEFAULT_STATE],
    ['?map=10/91/107', DEFAULT_STATE],
    ['?map=10/35/181', DEFAULT_STATE],
    ['?map=10/35', DEFAULT_STATE],
    ['?map=10/35/107/1', DEFAULT_STATE],
    ['?map=1e1/35/107', DEFAULT_STATE],
    ['?map=0x10/35/107', DEFAULT_STATE],
    ['?map=10//107', DEFAULT_STATE],
    ['?map=NaN/35/107', DEFAULT_STATE],
    ['?map=Infinity/35/107', DEFAULT_STATE],
    ['?view=gaps', state({ mode: 'gaps' })],
    ['?view=browse', DEFAULT_STATE],
    ['?view=promises', state({ mode: 'promises' })],
    ['?view=Promises', DEFAULT_STATE],
    ['?view=promises&pphase=2021', state({ mode: 'promises', promisesPhase: '2021' })],
    ['?pphase=2017-2021', state({ promisesPhase: '2017-2021' })],
    ['?pphase=21', DEFAULT_STATE],
    ['?pphase=2022-', DEFAULT_STATE],
    ['?embed=1', state({ embed: true })],
    ['?embed=0', DEFAULT_STATE],
    ['?a11y=large', state({ a11y: 'large' })],
    ['?a11y=LARGE', DEFAULT_STATE],
    ['?legend=0', state({ legendFolded: true })],
    ['?legend=1', DEFAULT_STATE],
    ['?line=1', state({ reader: { report: null, line: 1 } })],
    ['?line=10000', state({ reader: { report: null, line: 10000 } })],
    ['?line=0', DEFAULT_STATE],
    ['?line=10001', DEFAULT_STATE],
    ['?line=1.5', DEFAULT_STATE],
    ['?line=-3', DEFAULT_STATE],
    ['?report=xifeng-2023&line=5', state({ reader: { report: 'xifeng-2023', line: 5 } })],
    ['?line=5&report=xifeng-2023', state({ reader: { report: 'xifeng-2023', line: 5 } })],
    ['?report=xifeng-2023', DEFAULT_STATE], // a report without a line opens nothing
    ['?report=xifeng-2023&line=0', DEFAULT_STATE],
    ['?report=Xifeng_2023&line=5', DEFAULT_STATE], // not the first report's line 5 instead
    ['?report=&line=5', DEFAULT_STATE],
    ['?lang=en&lang=zh', state({ lang: 'en' })], // the first counts
    ['?lang=xx&lang=en', DEFAULT_STATE], // the first counts, even when invalid
    ['?%E0%A4%A=1&lang=en&q=%', state({ lang: 'en' }, { query: '%' })],
    ['?q=%FF%FE', state({}, { query: '\uFFFD\uFFFD' })], // invalid UTF-8 decodes to U+FFFD
    ['?__proto__=1&constructor=x&area=city', state({}, { areas: ['city'] })],
    ['?&&=&==&area=rural&&', state({}, { areas: ['rural'] })],
  ])('%j', (search, expected) => {
    expect(parseUrlState(search)).toEqual(expected);
  });

  it('keeps only known project ids and township codes when told them', () => {
    const known: KnownIds = {
      projectIds: new Set(['dongzhiyuan-water-plant']),
      townshipCodes: new Set(townships.map((t) => t.code)),
    };
    expect(parseUrlState('?project=dongzhiyuan-water-plant', known).project).toBe('dongzhiyuan-water-plant');
    expect(parseUrlState('?project=gone-project', known).project).toBeNull();
    expect(parseUrlState(`?township=${T.dongzhi},621002999`, known).filters.townships).toEqual([T.dongzhi]);
    expect(parseUrlState('?township=621002999').filters.townships).toEqual(['621002999']);
  });

  it('reads the reader against the registered reports when told them, the first one as none', () => {
    const known: KnownIds = { reportIds: ['xifeng-2022', 'xifeng-2023'] };
    const reader = (search: string) => parseUrlState(search, known).reader;
    expect(reader('?line=65')).toEqual({ report: null, line: 65 });
    expect(reader('?report=xifeng-2022&line=65')).toEqual({ report: null, line: 65 });
    expect(reader('?report=xifeng-2023&line=5')).toEqual({ report: 'xifeng-2023', line: 5 });
    expect(reader('?report=xifeng-2030&line=5')).toBeNull();
    // Written back, a link to the first report is the link made when it was the only one.
    expect(serializeUrlState(parseUrlState('?report=xifeng-2022&line=65', known))).toBe('?line=65');
  });

  it('keeps the promises view’s phase only when the records have it, once they are known', () => {
    const known: KnownIds = { phases: new Set(['2022', '2021', '2017-2021']) };
    expect(parseUrlState('?view=promises&pphase=2021', known).promisesPhase).toBe('2021');
    expect(parseUrlState('?view=promises&pphase=2019', known).promisesPhase).toBeNull();
    expect(serializeUrlState(parseUrlState('?pphase=2021&view=promises'))).toBe('?view=promises&pphase=2021');
  });

  it('gives a new state each time, never DEFAULT_STATE itself', () => {
    const parsed = parseUrlState('');
    expect(parsed).not.toBe(DEFAULT_STATE);
    expect(parsed.filters.areas).not.toBe(DEFAULT_STATE.filters.areas);
  });

  it('copes with a huge input', () => {
    const huge = `?area=city&q=${'%'.repeat(1_000_000)}&map=${'1'.repeat(100_000)}/0/0`;
    expect(parseUrlState(huge)).toEqual(state({}, { areas: ['city'], query: '%'.repeat(200) }));
  });
});

describe('serializeUrlState', () => {
  it.each<[UrlState, string]>([
    [DEFAULT_STATE, ''],
    [state({ lang: 'en' }), '?lang=en'],
    [state({}, { areas: ['city', 'livelihood'], phases: ['2022'] }), '?area=city,livelihood&phase=2022'],
    [state({}, { query: '水厂 a&b=c+d,e' }), '?q=%E6%B0%B4%E5%8E%82+a%26b%3Dc%2Bd,e'],
    [state({ view: { zoom: 12.5, lat: 35.71, lon: 107.64 } }), '?map=12.5/35.71/107.64'],
    [
      state(
        {
          lang: 'en',
          project: 'dead-end-roads-2022',
          mode: 'gaps',
          embed: true,
          a11y: 'large',
          reader: { report: null, line: 65 },
        },
        { categories: ['water'], townships: [T.beijie, T.dongzhi], preciseOnly: true },
      ),
      `?lang=en&view=gaps&category=water&township=${T.beijie},${T.dongzhi}&precise=1&project=dead-end-roads-2022&line=65&a11y=large&embed=1`,
    ],
    [state({ reader: { report: 'xifeng-2023', line: 7 } }), '?report=xifeng-2023&line=7'],
  ])('%j → %s', (input, expected) => {
    expect(serializeUrlState(input)).toBe(expected);
  });

  it('never throws, even on a lone surrogate', () => {
    expect(serializeUrlState(state({}, { query: 'a\uD800' }))).toBe('?q=a%EF%BF%BD');
  });
});

/** One parameter made invalid, and which part of the state that should reset to its default. */
const corruptions: [string, string, (s: UrlState) => UrlState][] = [
  ['lang', 'fr', (s) => ({ ...s, lang: 'zh' })],
  ['view', 'satellite', (s) => ({ ...s, mode: 'browse' })],
  ['area', 'nonsense,__proto__', (s) => ({ ...s, filters: { ...s.filters, areas: [] } })],
  ['phase', 'soon,20x1', (s) => ({ ...s, filters: { ...s.filters, phases: [] } })],
  ['category', 'constructor', (s) => ({ ...s, filters: { ...s.filters, categories: [] } })],
  ['township', '12345,abc', (s) => ({ ...s, filters: { ...s.filters, townships: [] } })],
  ['precise', 'yes', (s) => ({ ...s, filters: { ...s.filters, preciseOnly: false } })],
  ['q', ' \u3000 ', (s) => ({ ...s, filters: { ...s.filters, query: '' } })],
  ['project', 'Not_An_Id', (s) => ({ ...s, project: null })],
  ['line', '0', (s) => ({ ...s, reader: null })],
  ['report', 'Not_A_Report', (s) => ({ ...s, reader: null })],
  ['map', '5/NaN/%ZZ', (s) => ({ ...s, view: null })],
  ['a11y', 'huge', (s) => ({ ...s, a11y: null })],
  ['embed', 'true', (s) => ({ ...s, embed: false })],
  ['legend', 'no', (s) => ({ ...s, legendFolded: false })],
];

describe('parseUrlState and serializeUrlState (properties)', () => {
  it('never throw on any string, and always give a valid state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), urlLike), (search) => {
        expectValid(parseUrlState(search));
      }),
      { numRuns: 1000 },
    );
  });

  it('respect the known ids for any string', () => {
    const known: KnownIds = {
      projectIds: new Set(['a', 'b-2']),
      townshipCodes: new Set([T.dongzhi]),
      reportIds: ['r-1', 'r-2'],
      phases: new Set(['2022', '2021']),
    };
    const withIds = fc.oneof(
      urlLike,
      fc.constantFrom(
        '?phase=2021,2099,2022',
        '?phase=2023',
        '?project=a',
        '?project=c',
        `?township=${T.beijie}`,
        '?report=r-1&line=3',
        '?report=r-2&line=3',
        '?report=r-3&line=3',
      ),
    );
    fc.assert(fc.property(withIds, (search) => expectValid(parseUrlState(search, known), known)));
  });

  it('give back every valid state unchanged after serialise → parse', () => {
    fc.assert(
      fc.property(validState(), (s) => {
        expectValid(s); // the generator itself makes only valid states
        expect(parseUrlState(serializeUrlState(s))).toEqual(s);
      }),
      { numRuns: 1000 },
    );
  });

  it('give back every valid state with known ids too', () => {
    const projectIds = ['dongzhiyuan-water-plant', 'pig-industry-cluster'];
    const reportIds = ['xifeng-2022', 'xifeng-2023', 'xifeng-2024'];
    const known: KnownIds = {
      projectIds: new Set(projectIds),
      townshipCodes: new Set(TOWNSHIP_CODES),
      reportIds,
      phases: new Set(SAMPLE_PHASES),
      onlyReportYear: 2023,
    };
    fc.assert(
      fc.property(validState(projectIds, reportIds), (s) => {
        expect(parseUrlState(serializeUrlState(s), known)).toEqual(s);
      }),
    );
  });

  it('serialise parse’s own output to the same string (a fixed point)', () => {
    fc.assert(
      fc.property(urlLike, (search) => {
        const once = serializeUrlState(parseUrlState(search));
        expect(serializeUrlState(parseUrlState(once))).toBe(once);
      }),
    );
  });

  it('keep every other part when one parameter is corrupted', () => {
    fc.assert(
      fc.property(validState(), fc.constantFrom(...corruptions), (s, [name, garbage, reset]) => {
        const params = new URLSearchParams(serializeUrlState(s));
        params.set(name, garbage);
        expect(parseUrlState(`?${params.toString()}`)).toEqual(reset(s));
      }),
      { numRuns: 1000 },
    );
  });
});
