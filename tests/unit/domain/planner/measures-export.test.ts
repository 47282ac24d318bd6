import { describe, expect, it } from 'vitest';
import {
  MEASURE_COLUMNS,
  townshipMeasuresCsv,
  townshipMeasuresGeoJson,
} from '../../../../src/lib/domain/planner/measures-export.ts';
import type { TownshipMeasures } from '../../../../src/lib/domain/planner/township-measures.ts';
import { parseCsv } from '../../../helpers/csv.ts';

const MEASURES: TownshipMeasures = {
  districtWide: 3,
  rows: [
    {
      code: '621002100',
      name_zh: '肖金镇',
      name_en: 'Xiaojin Town',
      population: 45884,
      population_year: 2018,
      population_kind: 'registered',
      population_source: '=HYPERLINK("http://evil")',
      area_km2_official: 134.6,
      area_source: 'a page, "quoted"',
      facts_note: null,
      facts_note_zh: null,
      count: 3,
      per_10k: (3 / 45884) * 10000,
      per_100km2: (3 / 134.6) * 100,
    },
    {
      code: '621002203',
      name_zh: '什社乡',
      name_en: 'Shishe Township',
      population: null,
      population_year: null,
      population_kind: null,
      population_source: null,
      area_km2_official: null,
      area_source: null,
      facts_note: null,
      facts_note_zh: null,
      count: 0,
      per_10k: null,
      per_100km2: null,
    },
  ],
};

describe('the township measures exports', () => {
  it('write a CSV with a BOM that parses back, text guarded, unknowns empty (never 0)', () => {
    const csv = townshipMeasuresCsv(MEASURES, 'water', { report: 'xifeng-2022', phases: '2022' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, first, second] = parseCsv(csv.slice(1));
    expect(header).toEqual([...MEASURE_COLUMNS]);
    const row = Object.fromEntries(header!.map((h, i) => [h, first![i]]));
    expect(row).toMatchObject({
      name_zh: '肖金镇',
      kind: 'water',
      report: 'xifeng-2022',
      phase: '2022',
      projects: '3',
      population: '45884',
      population_source: `'=HYPERLINK("http://evil")`,
      area_source: 'a page, "quoted"',
      projects_per_10k_people: '0.654',
      projects_per_100km2: '2.229',
    });
    const unknown = Object.fromEntries(header!.map((h, i) => [h, second![i]]));
    expect(unknown).toMatchObject({
      projects: '0',
      population: '',
      projects_per_10k_people: '',
      area_km2_official: '',
    });
  });

  it('write GeoJSON with the areas and the measures, null where unknown', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [107, 35],
          [108, 35],
          [108, 36],
          [107, 35],
        ],
      ],
    };
    const areas = MEASURES.rows.map((r) => ({
      type: 'Feature' as const,
      properties: { code: r.code, schematic: true },
      geometry: square,
    }));
    const parsed = JSON.parse(
      townshipMeasuresGeoJson(MEASURES, areas, 'any', { report: 'xifeng-2022', phases: '2021,2022' }),
    );
    expect(parsed.features).toHaveLength(2);
    expect(parsed.features[1].properties).toMatchObject({
      code: '621002203',
      projects: 0,
      population: null,
      projects_per_10k_people: null,
      schematic_area: true,
      report: 'xifeng-2022',
      phase: '2021,2022',
    });
    expect(parsed.features[0].geometry).toEqual(square);
  });
});
