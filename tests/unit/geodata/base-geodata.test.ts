/**
 * Checks on the committed base geodata (built by scripts/geodata/build-geodata.ts):
 * the district's area and shape, what it contains, validity, precision, size and provenance.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import kinks from '@turf/kinks';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const read = (file: string) => readFileSync(`geodata/${file}`, 'utf8');
const boundary = JSON.parse(read('xifeng-boundary.geojson')) as FeatureCollection<Polygon | MultiPolygon>;
const counties = JSON.parse(read('qingyang-counties.geojson')) as FeatureCollection<Polygon | MultiPolygon>;
const xifeng = boundary.features[0]!;

/** Reference points, each with its source. */
const DISTRICT_SEAT: Position = [107.6341, 35.7341]; // DataV/AMap centre of 621002, converted to WGS84
const AIRPORT: Position = [107.5989, 35.8026]; // OurAirports, ZLQY
// AMap/DataV centre of 621021 庆城县 (DataV.GeoAtlas areas_v3), GCJ-02 [107.885664, 36.013504] → WGS84 with gcoord.
const QINGCHENG_SEAT: Position = [107.880974, 36.013834];
const OFFICIAL_AREA_KM2 = 996.35;

function rings(feature: Feature<Polygon | MultiPolygon>): Position[][][] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

/** Twice the signed area of a ring in degrees²: positive means counter-clockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;

describe('the Xifeng boundary', () => {
  it('is one feature, the district 621002, with names in both languages', () => {
    expect(boundary.features).toHaveLength(1);
    expect(xifeng.properties).toMatchObject({ code: '621002', name_zh: '西峰区', name_en: 'Xifeng District' });
  });

  it('has an area within 2% of the official 996.35 km²', () => {
    const km2 = area(xifeng) / 1e6;
    expect(Math.abs(km2 - OFFICIAL_AREA_KM2) / OFFICIAL_AREA_KM2).toBeLessThan(0.02);
  });

  it('contains the district seat and Qingyang airport, not the seat of Qingcheng county', () => {
    expect(booleanPointInPolygon(DISTRICT_SEAT, xifeng)).toBe(true);
    expect(booleanPointInPolygon(AIRPORT, xifeng)).toBe(true);
    expect(booleanPointInPolygon(QINGCHENG_SEAT, xifeng)).toBe(false);
  });
});

describe.each([
  ['xifeng-boundary.geojson', boundary],
  ['qingyang-counties.geojson', counties],
])('%s', (_file, collection) => {
  it('is valid: closed rings, no self-intersection', () => {
    for (const feature of collection.features) {
      expect(kinks(feature).features, `${feature.properties?.code}`).toHaveLength(0);
      for (const ring of rings(feature).flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
  });

  it('follows RFC 7946 winding: outer rings counter-clockwise, holes clockwise', () => {
    for (const feature of collection.features) {
      for (const [outer, ...holes] of rings(feature)) {
        expect(signedArea(outer!)).toBeGreaterThan(0);
        for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0);
      }
    }
  });

  it('has WGS84 coordinates in the region, at most 6 decimals', () => {
    for (const feature of collection.features) {
      for (const [lon, lat] of rings(feature).flat(2)) {
        expect(lon).toBeGreaterThan(104);
        expect(lon).toBeLessThan(110);
        expect(lat).toBeGreaterThan(34);
        expect(lat).toBeLessThan(38);
        expect(Math.max(decimals(lon!), decimals(lat!))).toBeLessThanOrEqual(6);
      }
    }
  });
});

describe('the Qingyang counties', () => {
  it('are the eight county-level units of 621000, each with a label point', () => {
    const codes = counties.features.map((f) => f.properties?.code).sort();
    expect(codes).toEqual(['621002', '621021', '621022', '621023', '621024', '621025', '621026', '621027']);
    for (const f of counties.features) {
      expect(f.properties?.name_zh).toMatch(/(县|区)$/);
      expect(f.properties?.name_en).toMatch(/(County|District)$/);
      expect(booleanPointInPolygon(f.properties?.label as Position, f)).toBe(true);
    }
  });
});

describe('size', () => {
  it('keeps both outline files together at most 40 KB gzip', () => {
    const bytes = ['xifeng-boundary.geojson', 'qingyang-counties.geojson']
      .map((file) => gzipSync(read(file), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    expect(bytes).toBeLessThanOrEqual(40 * 1024);
  });
});

describe('townships.json', () => {
  const data = JSON.parse(read('townships.json')) as {
    townships: { code: string; code12: string; name_zh: string; name_en: string; villages: { code: string }[] }[];
  };

  it('lists the 10 township-level units of Xifeng with NBS codes and names in both languages', () => {
    expect(data.townships.map((t) => t.name_zh)).toEqual([
      '北街街道',
      '南街街道',
      '西街街道',
      '肖金镇',
      '董志镇',
      '后官寨镇',
      '彭原镇',
      '温泉镇',
      '什社乡',
      '显胜乡',
    ]);
    for (const t of data.townships) {
      expect(t.code).toMatch(/^621002\d{3}$/);
      expect(t.code12).toBe(`${t.code}000`);
      expect(t.name_en).toMatch(/^[A-Z][a-z]+ (Subdistrict|Town|Township)$/);
    }
  });

  it('lists the 116 villages and communities, each under its own township', () => {
    expect(data.townships.flatMap((t) => t.villages)).toHaveLength(116);
    for (const t of data.townships) for (const v of t.villages) expect(v.code.slice(0, 9)).toBe(t.code);
  });
});

describe('provenance', () => {
  const sources = JSON.parse(read('sources.json')) as Record<string, { source: { name: string; version: string } }>;
  const pins = (JSON.parse(readFileSync('scripts/geodata/package.json', 'utf8')) as { dependencies: Record<string, string> })
    .dependencies;

  it('records, for each file, the package and the exact version it was built from', () => {
    for (const file of ['xifeng-boundary.geojson', 'qingyang-counties.geojson', 'townships.json']) {
      const { name, version } = sources[file]!.source;
      expect(pins[name], file).toBe(version);
    }
  });
});
