import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProjects } from '../../../src/lib/domain/validate-projects.ts';
import { checkSources } from '../../../scripts/data/check-sources.ts';
import { compileProjects, worstPrecision, type CompileInput } from '../../../scripts/data/compile.ts';
import { serializeFeatureCollection } from '../../../scripts/data/serialize.ts';
import type { Place } from '../../../scripts/data/source-types.ts';
import {
  FIXTURES,
  fixtureGazetteer,
  fixtureReference,
  fixtureRegistry,
  goodPlaces,
  goodProjects,
} from './fixtures.ts';

function compileInput(): CompileInput {
  const checked = checkSources(goodPlaces(), goodProjects(), fixtureReference());
  expect(checked.problems).toEqual([]);
  return {
    records: checked.records,
    places: checked.places,
    townships: fixtureGazetteer().townships,
    reports: fixtureRegistry().reports,
  };
}

const compileText = (input: CompileInput) => serializeFeatureCollection(compileProjects(input).features);
const byId = (input: CompileInput, id: string) => compileProjects(input).features.find((f) => f.id === id);

describe('compileProjects', () => {
  it('compiles the fixture to the expected file, byte for byte', () => {
    expect(compileText(compileInput())).toBe(
      readFileSync(join(FIXTURES, 'expected/projects.geojson'), 'utf8'),
    );
  });

  it('is deterministic: compiling twice gives identical bytes', () => {
    expect(compileText(compileInput())).toBe(compileText(compileInput()));
  });

  it('does not mutate its input', () => {
    const input = compileInput();
    const before = JSON.stringify({ records: input.records, places: [...input.places] });
    compileProjects(input);
    expect(JSON.stringify({ records: input.records, places: [...input.places] })).toBe(before);
  });

  it('writes plain RFC 7946: type and features only, a fixed property order, a trailing newline', () => {
    const text = compileText(compileInput());
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['type', 'features']);
    expect(text.endsWith(']}\n')).toBe(true);
    const feature = compileProjects(compileInput()).features[0]!;
    expect(Object.keys(feature)).toEqual(['type', 'id', 'properties', 'geometry']);
    expect(Object.keys(feature.properties)).toEqual([
      'id',
      'name_zh',
      'name_en',
      'report',
      'area',
      'phase',
      'section',
      'category',
      'status_as_stated',
      'quote',
      'report_line',
      'precision',
      'location_source',
      'location_source_zh',
      'township',
      'townships',
      'places',
      'targets',
      'sites',
      'note',
      'note_zh',
      'progress',
      'background',
      'progress_searched',
      'continues',
      'continued_by',
    ]);
  });

  it('passes the contract validation', () => {
    const result = validateProjects(JSON.parse(compileText(compileInput())));
    expect(result.problems).toEqual([]);
    expect(result.valid).toHaveLength(6);
  });

  it('makes a Point, a MultiPoint, a LineString in order, or no geometry', () => {
    const input = compileInput();
    expect(byId(input, 'dongzhiyuan-water-plant')?.geometry?.type).toBe('Point');
    expect(byId(input, 'pig-fattening-farms')?.geometry).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [107.585, 35.64],
        [107.755084, 35.790218],
      ], // the second was GCJ02 [107.76, 35.79]
    });
    expect(byId(input, 'dead-end-roads-2022')?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [107.615, 35.728],
        [107.627499, 35.727421],
      ], // the second was BD09 [107.6386, 35.7333]
    });
    expect(byId(input, 'air-quality-2022')?.geometry).toBeNull();
  });

  it('takes the worst precision of the places, district when there are none', () => {
    const input = compileInput();
    expect(byId(input, 'nanzuo-excavation')?.properties.precision).toBe('exact');
    expect(byId(input, 'pig-fattening-farms')?.properties.precision).toBe('village');
    expect(byId(input, 'air-quality-2022')?.properties.precision).toBe('district');
    const place = (precision: Place['precision']) => ({ precision }) as Place;
    expect(worstPrecision([place('exact'), place('township'), place('near')])).toBe('township');
    expect(worstPrecision([])).toBe('district');
  });

  it('derives the township: common to the places, null across several, explicit when placeless', () => {
    const input = compileInput();
    expect(byId(input, 'dongzhiyuan-water-plant')?.properties).toMatchObject({
      township: '621002001',
      townships: ['621002001'],
    });
    expect(byId(input, 'pig-fattening-farms')?.properties).toMatchObject({
      township: null,
      townships: ['621002103', '621002104'],
    });
    expect(byId(input, 'xiaojin-greenhouses')?.properties).toMatchObject({
      township: '621002100',
      townships: ['621002100'],
    });
    expect(byId(input, 'air-quality-2022')?.properties).toMatchObject({ township: null, townships: [] });
  });

  it('says how each record was located', () => {
    const input = compileInput();
    expect(byId(input, 'nanzuo-excavation')?.properties.location_source).toBe(
      '南佐遗址 (Nanzuo Site) — cited: de.wikipedia, Nanzuo: 35°41′11.7″N 107°35′59.9″E.',
    );
    expect(byId(input, 'nanzuo-excavation')?.properties.location_source_zh).toBe(
      '南佐遗址——引用：测试用的来源说明。',
    );
    expect(byId(input, 'air-quality-2022')?.properties).toMatchObject({
      location_source: 'Not placed. A district-wide item with no single place.',
      location_source_zh: '未定位：全区性项目，不对应单一地点。',
    });
    expect(byId(input, 'xiaojin-greenhouses')?.properties).toMatchObject({
      location_source:
        'Not placed: the report names only the township, 肖金镇 (Xiaojin Town). The report names the facility, but no public source gives its site.',
      location_source_zh:
        '未定位：报告只点明了所在镇街（肖金镇）。报告点名了该设施，但未找到其位置的公开来源。',
    });
    expect(byId(input, 'dead-end-roads-2022')?.properties.location_source).toMatch(
      /^A line through these places, in order: 正宁西路西端 .* Sites placed: 1 of 5; the others are not placed\.$/,
    );
    expect(byId(input, 'dead-end-roads-2022')?.properties.location_source_zh).toMatch(
      /。5处中已定位1处，其余未定位。$/,
    );
  });

  it('says how many sites are named, not placed, for a record with no places', () => {
    const input = compileInput();
    const records = input.records.map((r) =>
      r.id === 'dead-end-roads-2022'
        ? { ...r, places: [], shape: null, unplaced: 'site_unknown' as const, sites: { total: 5, named: 2 } }
        : r,
    );
    expect(byId({ ...input, records }, 'dead-end-roads-2022')?.properties).toMatchObject({
      location_source:
        'Not placed. The report names the facility, but no public source gives its site. Sites named: 2 of 5; none is placed.',
      location_source_zh: '未定位：报告点名了该设施，但未找到其位置的公开来源。5处中点名2处，均未定位。',
    });
  });

  it('defaults targets to [], sites, note and continues to null, continued_by to [], and gives the report id', () => {
    const props = byId(compileInput(), 'dongzhiyuan-water-plant')?.properties;
    expect(props).toMatchObject({
      targets: [],
      sites: null,
      note: null,
      note_zh: null,
      report: 'xifeng-2022',
      continues: null,
      continued_by: [],
    });
  });

  it('orders progress oldest first, marks an event date, and keeps the search date', () => {
    const props = byId(compileInput(), 'dongzhiyuan-water-plant')?.properties;
    expect(props?.progress.map((e) => [e.date, e.date_kind, e.status])).toEqual([
      ['2022', 'published', 'under_construction'],
      ['2023-06', 'event', 'in_operation'],
    ]);
    expect(props?.progress_searched).toBe('2026-11-29');
    // A record never searched says so (null), rather than "nothing found" ([] with a date).
    expect(byId(compileInput(), 'pig-fattening-farms')?.properties).toMatchObject({
      progress: [],
      progress_searched: null,
    });
  });
});
