import { describe, expect, it } from 'vitest';
import {
  gridGeoJson,
  PROJECT_COLUMNS,
  projectsCsv,
  projectsGeoJson,
  toCsv,
  townshipCountsCsv,
} from '../../../../src/lib/domain/planner/export.ts';
import { hexGridCoverage } from '../../../../src/lib/domain/planner/grid.ts';
import type { ProjectFeature } from '../../../../src/lib/domain/project.ts';
import { townshipCounts } from '../../../../src/lib/domain/planner/township-counts.ts';
import { deepFreeze } from '../../../fixtures/domain/fixtures.ts';
import { squareDistrict, squareProjects, townshipNames } from '../../../fixtures/planner/fixtures.ts';
import { parseCsv } from '../../../helpers/csv.ts';

const projects = deepFreeze(squareProjects());

/** What a reader of the CSV sees after undoing the formula guard. */
const unguard = (s: string): string => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

describe('toCsv', () => {
  it('starts with a BOM, quotes every field, ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 'x']])).toBe('\uFEFF"a","b"\r\n"1","x"\r\n');
  });

  it.each([
    ['quotes', 'say "水厂"'],
    ['commas', 'a, b，c'],
    ['line breaks', 'one\r\ntwo\nthree'],
    ['Chinese', '建成投用董志塬水厂'],
    ['markup', '<script>alert(1)</script>'],
    ['empty', ''],
  ])('parses back unchanged: %s', (_, value) => {
    const text = toCsv(['v'], [[value]]);
    expect(parseCsv(text.slice(1))).toEqual([['v'], [value]]);
  });
});

describe('projectsCsv', () => {
  const text = projectsCsv(projects);
  const [header, ...rows] = parseCsv(text.slice(1));

  it('has the columns in order and one row per project, in the order given', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(header).toEqual([...PROJECT_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(projects.map((f) => f.id));
  });

  it('parses back to the input', () => {
    projects.forEach((f, i) => {
      const p = f.properties;
      const row = Object.fromEntries(header!.map((h, j) => [h, unguard(rows[i]![j]!)]));
      expect(row).toEqual({
        id: p.id,
        name_zh: p.name_zh,
        name_en: p.name_en,
        area: p.area,
        phase: p.phase,
        category: p.category,
        status_as_stated: p.status_as_stated,
        township: p.townships.join(';'),
        precision: p.precision,
        location_source: p.location_source,
        quote: p.quote,
        report_line: String(p.report_line),
        longitude: f.geometry?.type === 'Point' ? String(f.geometry.coordinates[0]) : '',
        latitude: f.geometry?.type === 'Point' ? String(f.geometry.coordinates[1]) : '',
        targets: p.targets.map((t) => t.text).join('; '),
        latest_status: 'none',
        latest_status_date: '',
        latest_status_source: '',
        latest_status_url: '',
      });
    });
  });

  it('gives the latest status, its date and its source', () => {
    const entry = (date: string, status: 'started' | 'completed', url: string) => ({
      date,
      date_kind: 'event' as const,
      status,
      fact_zh: '测试。',
      fact_en: 'Test.',
      source_name: '测试来源',
      source_url: url,
      retrieved: '2026-11-29',
      reported_by: null,
    });
    const first = projects[0]!;
    const withProgress = {
      ...first,
      properties: {
        ...first.properties,
        progress: [
          entry('2022-05', 'started', 'https://example.org/a'),
          entry('2023', 'completed', 'https://example.org/b'),
        ],
      },
    };
    const [head, row] = parseCsv(projectsCsv([withProgress]));
    const cell = (name: string) => row![head!.indexOf(name)];
    expect([
      cell('latest_status'),
      cell('latest_status_date'),
      cell('latest_status_source'),
      cell('latest_status_url'),
    ]).toEqual(['completed', '2023', '测试来源', 'https://example.org/b']);
    const geo = JSON.parse(projectsGeoJson([withProgress])).features[0].properties;
    expect(geo).toMatchObject({
      latest_status: 'completed',
      latest_status_date: '2023',
      latest_status_source: '测试来源',
      latest_status_url: 'https://example.org/b',
      progress: withProgress.properties.progress,
    });
  });

  it('fills longitude and latitude for Points only, and lists every township a record touches', () => {
    const byId = new Map(rows.map((r) => [r[0], r]));
    expect(byId.get('well-centre')!.slice(12, 14)).toEqual(['107.65', '35.64']);
    expect(byId.get('clinics')!.slice(12, 14)).toEqual(['', '']);
    expect(byId.get('clinics')![7]).toBe('999000101;999000102');
    expect(byId.get('district-toilets')![7]).toBe('');
  });

  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises a formula: %j gets a leading apostrophe',
    (quote) => {
      const f = projects[0]!;
      const evil: ProjectFeature = { ...f, properties: { ...f.properties, quote, name_en: quote } };
      const row = parseCsv(projectsCsv([evil]).slice(1))[1]!;
      expect(row[10]).toBe(`'${quote}`);
      expect(row[2]).toBe(`'${quote}`);
    },
  );

  it('leaves text that only contains those characters later alone', () => {
    const row = parseCsv(projectsCsv(projects).slice(1)).find((r) => r[0] === 'well-centre')!;
    expect(row[10]).toBe('建成中心水井');
    // The fixture's sewer quote starts with "=": guarded.
    expect(rows.find((r) => r[0] === 'border-line')![10]).toBe(`'="铺设"污水管, 共3公里`);
  });

  it('an empty list gives the header only', () => {
    expect(parseCsv(projectsCsv([]).slice(1))).toEqual([[...PROJECT_COLUMNS]]);
  });
});

describe('townshipCountsCsv', () => {
  const counts = townshipCounts(projects, townshipNames());
  const [header, ...rows] = parseCsv(townshipCountsCsv(counts).slice(1));

  it('one row per township then the district-wide row, counts as in the table', () => {
    expect(header!.slice(0, 5)).toEqual(['code', 'name_zh', 'name_en', 'total', 'area_city']);
    expect(rows.map((r) => r[0])).toEqual([...counts.townships.map((t) => t.code), '']);
    expect(rows.at(-1)!.slice(1, 4)).toEqual(['全区性', 'District-wide', '1']);
    const water = header!.indexOf('category_water');
    expect(rows.map((r) => Number(r[water]))).toEqual([
      ...counts.townships.map((t) => t.byCategory.water),
      counts.districtWide.byCategory.water,
    ]);
  });
});

describe('GeoJSON export', () => {
  it('projects parse back to the input', () => {
    const latest = {
      latest_status: 'none',
      latest_status_date: null,
      latest_status_source: null,
      latest_status_url: null,
    };
    expect(JSON.parse(projectsGeoJson(projects))).toEqual({
      type: 'FeatureCollection',
      features: projects.map((f) => ({ ...f, properties: { ...f.properties, ...latest } })),
    });
  });

  it('the gap grid parses back to the grid', () => {
    const { grid } = hexGridCoverage(squareDistrict(), projects);
    expect(JSON.parse(gridGeoJson(grid))).toEqual(grid);
  });
});

describe('does not mutate its input', () => {
  it('no export function writes to its input', () => {
    const counts = deepFreeze(townshipCounts(projects, townshipNames()));
    const grid = deepFreeze(hexGridCoverage(squareDistrict(), projects).grid);
    const before = JSON.stringify([projects, counts, grid]);
    projectsCsv(projects);
    townshipCountsCsv(counts);
    projectsGeoJson(projects);
    gridGeoJson(grid);
    expect(JSON.stringify([projects, counts, grid])).toBe(before);
  });
});
