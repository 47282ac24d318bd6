import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectCollection } from '../../../src/lib/domain/project.ts';
import {
  hasAtMostSixDecimals,
  validateProjects,
  type Problem,
} from '../../../src/lib/domain/validate-projects.ts';

/** The compiled fixture (6 records: Point, MultiPoint, LineString, two null geometries, an exact one). */
const FIXTURE = readFileSync(
  new URL('../../fixtures/data/expected/projects.geojson', import.meta.url),
  'utf8',
);
const fixture = (): ProjectCollection => JSON.parse(FIXTURE) as ProjectCollection;
type Json = Record<string, unknown>;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Applies `mutate` to a copy of the fixture and validates it. */
function validateWith(mutate: (features: Json[]) => void) {
  const data = fixture();
  mutate(data.features as unknown as Json[]);
  return validateProjects(data);
}
const props = (f: Json | undefined) => f?.properties as Json;
const geometry = (f: Json | undefined) => f?.geometry as Json;

describe('validateProjects', () => {
  it('accepts the compiled fixture whole, returning the same objects', () => {
    const data = fixture();
    const result = validateProjects(data);
    expect(result.problems).toEqual([]);
    expect(result.valid).toHaveLength(6);
    expect(result.valid[0]).toBe(data.features[0]);
  });

  // Each case breaks record 0 (dongzhiyuan-water-plant, a Point) or the one named; only that record is dropped.
  it.each<[string, (f: Json[]) => void, Omit<Problem, 'fix' | 'dropped'>]>([
    [
      'top-level id differs',
      (f) => (f[0]!.id = 'other'),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'id',
        message: `the feature's id "other" differs from properties.id`,
      },
    ],
    [
      'bad id',
      (f) => {
        f[0]!.id = 'Water Plant';
        props(f[0]).id = 'Water Plant';
      },
      {
        id: 'Water Plant',
        index: 0,
        field: 'id',
        message: 'id is "Water Plant", not lower-case ASCII words joined by "-"',
      },
    ],
    [
      'duplicate id',
      (f) => {
        f[1]!.id = 'dongzhiyuan-water-plant';
        props(f[1]).id = 'dongzhiyuan-water-plant';
      },
      {
        id: 'dongzhiyuan-water-plant',
        index: 1,
        field: 'id',
        message: 'id "dongzhiyuan-water-plant" is already used by feature 0',
      },
    ],
    [
      'missing name',
      (f) => delete props(f[0]).name_en,
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'name_en',
        message: 'name_en is missing, not a non-empty string',
      },
    ],
    [
      'empty name',
      (f) => (props(f[0]).name_zh = '  '),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'name_zh',
        message: 'name_zh is "  ", not a non-empty string',
      },
    ],
    [
      'unknown area',
      (f) => (props(f[0]).area = 'space'),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'area',
        message: 'area is "space", not a known area key',
      },
    ],
    [
      'phase as a number',
      (f) => (props(f[0]).phase = 2022),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'phase',
        message: 'phase is 2022, not a year "YYYY" or years "YYYY-YYYY"',
      },
    ],
    [
      'unknown category',
      (f) => (props(f[0]).category = 'misc'),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'category',
        message: 'category is "misc", not a known category key',
      },
    ],
    [
      'unknown precision',
      (f) => (props(f[0]).precision = 'rough'),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'precision',
        message: 'precision is "rough", not a known precision key',
      },
    ],
    [
      'report_line 0',
      (f) => (props(f[0]).report_line = 0),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'report_line',
        message: 'report_line is 0, not a line number',
      },
    ],
    [
      'bad township code',
      (f) => (props(f[0]).township = '62100'),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'township',
        message: 'township is "62100", not a 9-digit code or null',
      },
    ],
    [
      'township not in townships',
      (f) => (props(f[0]).townships = []),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'townships',
        message: 'townships does not include the township "621002001"',
      },
    ],
    [
      'unknown target unit',
      (f) => (props(f[1]).targets = [{ value: 1, unit: 'pigs', text: 'x' }]),
      {
        id: 'pig-fattening-farms',
        index: 1,
        field: 'targets[0]',
        message: 'targets[0] unit "pigs" is not a known unit',
      },
    ],
    [
      'negative target',
      (f) => (props(f[1]).targets = [{ value: -1, unit: 'head', text: 'x' }]),
      {
        id: 'pig-fattening-farms',
        index: 1,
        field: 'targets[0]',
        message: 'targets[0] value -1 is not a positive number',
      },
    ],
    [
      'sites named > total',
      (f) => (props(f[2]).sites = { total: 2, named: 3 }),
      {
        id: 'dead-end-roads-2022',
        index: 2,
        field: 'sites',
        message: 'sites is {"total":2,"named":3}, not null or {total, named} with 0 <= named <= total',
      },
    ],
    [
      'note not text',
      (f) => (props(f[0]).note = 5),
      { id: 'dongzhiyuan-water-plant', index: 0, field: 'note', message: 'note is 5, not a string or null' },
    ],
    [
      'exact not cited',
      (f) => (props(f[4]).location_source = 'from a guess'),
      {
        id: 'nanzuo-excavation',
        index: 4,
        field: 'location_source',
        message: 'precision is "exact" but location_source does not say the location is cited',
      },
    ],
    [
      'geometry type not allowed',
      (f) => (f[0]!.geometry = { type: 'GeometryCollection', geometries: [] }),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'geometry',
        message: 'geometry type "GeometryCollection" is not allowed',
      },
    ],
    [
      'geometry missing',
      (f) => delete f[0]!.geometry,
      { id: 'dongzhiyuan-water-plant', index: 0, field: 'geometry', message: 'geometry is missing' },
    ],
    [
      'longitude out of range',
      (f) => (geometry(f[0]).coordinates = [200, 35.7]),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'geometry.coordinates',
        message: 'Point coordinates has longitude 200, outside [-180, 180]',
      },
    ],
    [
      'latitude out of range',
      (f) =>
        (geometry(f[1]).coordinates = [
          [107.6, 35.6],
          [107.7, 95],
        ]),
      {
        id: 'pig-fattening-farms',
        index: 1,
        field: 'geometry.coordinates',
        message: 'MultiPoint coordinates[1] has latitude 95, outside [-90, 90]',
      },
    ],
    [
      '7 decimals',
      (f) => (geometry(f[0]).coordinates = [107.1234567, 35.7]),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'geometry.coordinates',
        message: 'Point coordinates [107.1234567, 35.7] has more than 6 decimals',
      },
    ],
    [
      'not finite',
      (f) => (geometry(f[0]).coordinates = [Infinity, 35.7]),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'geometry.coordinates',
        message: 'Point coordinates has a coordinate that is not a finite number',
      },
    ],
    [
      'coordinate as text',
      (f) => (geometry(f[0]).coordinates = ['107.6', '35.7']),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'geometry.coordinates',
        message: 'Point coordinates has a coordinate that is not a finite number',
      },
    ],
    [
      'LineString of one position',
      (f) => (geometry(f[2]).coordinates = [[107.6, 35.7]]),
      {
        id: 'dead-end-roads-2022',
        index: 2,
        field: 'geometry.coordinates',
        message: 'LineString coordinates has 1 item(s), fewer than 2',
      },
    ],
    [
      'LineString on one position',
      (f) =>
        (geometry(f[2]).coordinates = [
          [107.6, 35.7],
          [107.6, 35.7],
        ]),
      {
        id: 'dead-end-roads-2022',
        index: 2,
        field: 'geometry.coordinates',
        message: 'LineString coordinates has only one distinct position, [107.6, 35.7]: it draws no line',
      },
    ],
    [
      'MultiPoint repeating a position',
      (f) =>
        (geometry(f[1]).coordinates = [
          [107.6, 35.6],
          [107.7, 35.7],
          [107.6, 35.6],
        ]),
      {
        id: 'pig-fattening-farms',
        index: 1,
        field: 'geometry.coordinates',
        message: 'MultiPoint coordinates[2] repeats coordinates[0], [107.6, 35.6]',
      },
    ],
    [
      'ring not closed',
      (f) =>
        (f[0]!.geometry = {
          type: 'Polygon',
          coordinates: [
            [
              [107.6, 35.7],
              [107.7, 35.7],
              [107.7, 35.8],
              [107.6, 35.8],
            ],
          ],
        }),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'geometry.coordinates',
        message: 'Polygon coordinates[0] is a ring that is not closed',
      },
    ],
    [
      'district with geometry',
      (f) => (props(f[0]).precision = 'district'),
      {
        id: 'dongzhiyuan-water-plant',
        index: 0,
        field: 'precision',
        message: 'precision is "district" but the record has a geometry',
      },
    ],
    [
      'no geometry but precise',
      (f) => (props(f[3]).precision = 'near'),
      {
        id: 'air-quality-2022',
        index: 3,
        field: 'precision',
        message: 'the record has no geometry but precision "near"',
      },
    ],
    [
      'not a feature',
      (f) => (f[5] = { type: 'Point', coordinates: [1, 2] } as Json),
      { id: null, index: 5, field: 'type', message: 'the feature is of type "Point"' },
    ],
    [
      'no properties',
      (f) => (f[5]!.properties = null),
      { id: null, index: 5, field: 'properties', message: 'properties is null' },
    ],
  ])('drops a record when: %s', (_, mutate, expected) => {
    const result = validateWith(mutate);
    expect(result.problems.map(({ fix: _fix, dropped: _dropped, ...rest }) => rest)).toEqual([expected]);
    expect(result.problems[0]?.fix.length).toBeGreaterThan(5);
    expect(result.valid).toHaveLength(5);
    expect(result.valid.map((f) => f.properties.id)).not.toContain(undefined);
  });

  it('accepts every allowed geometry type with precise coordinates', () => {
    const ring = [
      [107.6, 35.7],
      [107.7, 35.7],
      [107.7, 35.8],
      [107.6, 35.7],
    ];
    for (const g of [
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [107.6, 35.7],
            [107.7, 35.7],
          ],
        ],
      },
      { type: 'Polygon', coordinates: [ring] },
      { type: 'MultiPolygon', coordinates: [[ring]] },
    ]) {
      expect(validateWith((f) => (f[0]!.geometry = g)).problems).toEqual([]);
    }
  });

  it('says how to fix a line on one position or a repeated point, and accepts what is merely close', () => {
    const same = [107.639629, 35.639518];
    const line = validateWith((f) => (geometry(f[2]).coordinates = [same, [...same], [...same]]));
    expect(line.problems.map((p) => [p.message, p.fix])).toEqual([
      [
        'LineString coordinates has only one distinct position, [107.639629, 35.639518]: it draws no line',
        'draw it as a Point at that position (its ends are one place), or give the line distinct positions',
      ],
    ]);
    const points = validateWith((f) => (geometry(f[1]).coordinates = [same, [...same]]));
    expect(points.problems.map((p) => [p.message, p.fix])).toEqual([
      [
        'MultiPoint coordinates[1] repeats coordinates[0], [107.639629, 35.639518]',
        'list each position once (a Point when only one is left); several places on one point are one place',
      ],
    ]);
    const part = validateWith(
      (f) =>
        (f[0]!.geometry = {
          type: 'MultiLineString',
          coordinates: [
            [
              [107.6, 35.7],
              [107.7, 35.7],
            ],
            [same, same],
          ],
        }),
    );
    expect(part.problems.map((p) => p.message)).toEqual([
      'MultiLineString coordinates[1] has only one distinct position, [107.639629, 35.639518]: it draws no line',
    ]);
    // A line that comes back to a position it passed, and points 0.000001° apart, are not degenerate.
    const back = [
      [107.6, 35.7],
      [107.7, 35.7],
      [107.6, 35.7],
    ];
    expect(validateWith((f) => (geometry(f[2]).coordinates = back)).problems).toEqual([]);
    const close = [same, [same[0]! + 0.000001, same[1]!]];
    expect(validateWith((f) => (geometry(f[1]).coordinates = close)).problems).toEqual([]);
  });

  it('reports every problem of a record, not just the first', () => {
    const result = validateWith((f) => {
      props(f[0]).area = 'space';
      props(f[0]).phase = 'soon';
    });
    expect(result.problems.map((p) => p.field)).toEqual(['area', 'phase']);
  });

  it.each<[string, unknown, string[]]>([
    ['null', null, ['type']],
    ['a string', 'projects', ['type']],
    ['a list', [], ['type']],
    ['no features', { type: 'FeatureCollection' }, ['features']],
    ['a crs', { type: 'FeatureCollection', crs: {}, features: [] }, ['crs']],
    ['another type', { type: 'Feature', features: [] }, ['type']],
  ])('reports a collection that is %s', (_, input, fields) => {
    const result = validateProjects(input);
    expect(result.valid).toEqual([]);
    expect(result.problems.map((p) => [p.index, p.field])).toEqual(fields.map((f) => [-1, f]));
  });

  it('never mutates its input (a deeply frozen input would throw on a write)', () => {
    const data = deepFreeze(fixture());
    expect(() => validateProjects(data)).not.toThrow();
    expect(JSON.stringify(data)).toBe(JSON.stringify(fixture()));
  });

  it('never throws: getters that throw, proxies, and random junk', () => {
    const hostile = {
      type: 'Feature',
      get properties(): never {
        throw new Error('boom');
      },
    };
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
      },
    );
    const result = validateProjects({
      type: 'FeatureCollection',
      features: [hostile, trap, ...fixture().features],
    });
    expect(result.valid).toHaveLength(6);
    expect(result.problems.map((p) => [p.index, p.message])).toEqual([
      [0, 'the feature could not be read'],
      [1, 'the feature could not be read'],
    ]);
    expect(() => validateProjects(trap)).not.toThrow();
    // A seeded generator of junk, put in every field of every record.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const junk = () =>
      [null, undefined, 0, -1, NaN, '', 'x', [], {}, [[]], [1], [NaN, 1], { type: 'Point' }, true][
        Math.floor(random() * 14)
      ];
    for (let round = 0; round < 200; round++) {
      const data = fixture() as unknown as { features: Json[] };
      for (const f of data.features) {
        const keys = Object.keys(props(f));
        props(f)[keys[Math.floor(random() * keys.length)]!] = junk();
        if (random() < 0.3) f.geometry = junk();
      }
      expect(() => validateProjects(data)).not.toThrow();
    }
  });

  it('validates 50,000 features', () => {
    const template = fixture().features[0]!;
    const features = Array.from({ length: 50_000 }, (_, i) => ({
      ...template,
      id: `record-${i}`,
      properties: { ...template.properties, id: `record-${i}` },
    }));
    features[123]!.properties = { ...features[123]!.properties, area: 'space' as never };
    const result = validateProjects({ type: 'FeatureCollection', features });
    expect(result.valid).toHaveLength(49_999);
    expect(result.problems.map((p) => [p.index, p.id])).toEqual([[123, 'record-123']]);
  });

  it('hasAtMostSixDecimals is exact for doubles', () => {
    expect([107.634096, 35.734113, -0.000001, 180, 0].every(hasAtMostSixDecimals)).toBe(true);
    expect([107.6340961, 1e-7, 0.1 + 0.2].some(hasAtMostSixDecimals)).toBe(false);
  });
});

describe('validateProjects: progress', () => {
  it('drops a bad entry, never the record, and says what was dropped', () => {
    const data = deepFreeze(fixture());
    const copy = JSON.parse(JSON.stringify(data)) as ProjectCollection;
    const entries = copy.features[0]!.properties.progress as unknown as Json[];
    entries[0]!.source_url = 'javascript:alert(1)';
    entries.push({ ...entries[1]!, source_url: 'data:text/html,<b>x</b>' });
    const result = validateProjects(copy, '2026-11-29');
    expect(result.valid).toHaveLength(6);
    const plant = result.valid[0]!;
    expect(plant.properties.progress.map((e) => e.source_url)).toEqual([
      'https://example.org/water-plant-running',
    ]);
    expect(result.problems.map((p) => [p.id, p.field, p.dropped])).toEqual([
      ['dongzhiyuan-water-plant', 'progress[0].source_url', 'entry'],
      ['dongzhiyuan-water-plant', 'progress[2].source_url', 'entry'],
    ]);
    // The input is left as it was: the record with fewer entries is a copy.
    expect(copy.features[0]!.properties.progress).toHaveLength(3);
    expect(plant).not.toBe(copy.features[0]);
  });

  it('drops entries read after "today", and a record whose progress is not a list', () => {
    const result = validateWith((f) => {
      props(f[0]).progress = 'soon';
    });
    expect(result.problems.map((p) => [p.field, p.dropped])).toEqual([['progress', 'record']]);
    expect(validateProjects(fixture(), '2026-01-01').problems.map((p) => p.message)).toEqual([
      'progress[0]: retrieved 2026-11-29 is after today (2026-01-01)',
      'progress[1]: retrieved 2026-11-29 is after today (2026-01-01)',
      'background[0]: retrieved 2026-11-29 is after today (2026-01-01)',
    ]);
  });

  it('checks the background as the progress: a bad entry is dropped alone, a list is required', () => {
    const copy = JSON.parse(FIXTURE) as ProjectCollection;
    const background = copy.features[0]!.properties.background as unknown as Json[];
    background.push({ ...background[0]!, status: 'finished' });
    const result = validateProjects(copy, '2026-11-29');
    expect(result.valid).toHaveLength(6);
    expect(result.valid[0]!.properties.background.map((e) => e.status)).toEqual(['started']);
    expect(result.valid[0]!.properties.progress).toHaveLength(2);
    expect(result.problems.map((p) => [p.field, p.dropped])).toEqual([['background[1].status', 'entry']]);
    const missing = validateWith((f) => {
      delete props(f[0]).background;
    });
    expect(missing.problems.map((p) => [p.field, p.dropped])).toEqual([['background', 'record']]);
  });

  it.each([
    [
      'location_source_zh missing',
      (f: Json[]) => delete props(f[0]).location_source_zh,
      'location_source_zh',
    ],
    ['note_zh not text', (f: Json[]) => (props(f[0]).note_zh = 5), 'note_zh'],
    [
      'progress_searched not a day',
      (f: Json[]) => (props(f[0]).progress_searched = '2026-11'),
      'progress_searched',
    ],
  ])('drops the record when: %s', (_, mutate, field) => {
    const result = validateWith(mutate);
    expect(result.problems.map((p) => [p.field, p.dropped])).toEqual([[field, 'record']]);
    expect(result.valid).toHaveLength(5);
  });
});
