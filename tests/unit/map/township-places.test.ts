import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FeatureCollection, Polygon } from 'geojson';
import {
  interiorPoint,
  shortName,
  townshipAt,
  townshipLabelPoints,
} from '../../../src/lib/map/township-places.ts';

const areas = JSON.parse(readFileSync('geodata/townships.geojson', 'utf8')) as FeatureCollection;
const seats = (parse(readFileSync('geodata/src/places.yaml', 'utf8')) as Record<string, unknown>[]).filter(
  (p) => p.kind === 'township_seat',
) as { township: string; coordinates: [number, number] }[];

describe('shortName', () => {
  it.each([
    ['肖金镇', '肖金'],
    ['后官寨镇', '后官寨'],
    ['什社乡', '什社'],
    ['西街街道', '西街'],
    ['Xiaojin Town', 'Xiaojin'],
    ['Shishe Township', 'Shishe'],
    ['Beijie Subdistrict', 'Beijie'],
    ['镇', '镇'],
    ['Town', 'Town'],
    ['Xifeng', 'Xifeng'],
  ])('%s → %s', (name, short) => expect(shortName(name)).toBe(short));
});

describe('townshipLabelPoints', () => {
  const points = townshipLabelPoints(areas);

  it('gives each township one point, inside its own area, with its full and short names', () => {
    expect(points.features).toHaveLength(10);
    for (const f of points.features) {
      expect(townshipAt(areas, f.geometry.coordinates)).toBe(f.properties.code);
      expect(f.properties.name_zh.startsWith(f.properties.short_zh)).toBe(true);
      expect(f.properties.name_en.startsWith(f.properties.short_en)).toBe(true);
      expect(f.properties.short_zh).not.toMatch(/(镇|乡|街道)$/);
    }
    expect(points.features.map((f) => f.properties.rank).sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('does not change the areas it reads', () => {
    const before = JSON.stringify(areas);
    townshipLabelPoints(areas);
    expect(JSON.stringify(areas)).toBe(before);
  });

  it('finds a point inside a C-shaped polygon, whose centroid lies outside it', () => {
    const c: Polygon['coordinates'] = [
      [
        [0, 0],
        [3, 0],
        [3, 1],
        [1, 1],
        [1, 2],
        [3, 2],
        [3, 3],
        [0, 3],
        [0, 0],
      ],
    ];
    const at = interiorPoint(c);
    const polygon: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 'c' }, geometry: { type: 'Polygon', coordinates: c } },
      ],
    };
    expect(townshipAt(polygon, at)).toBe('c');
  });
});

describe('townshipAt', () => {
  it('places each estimated township seat in its own township, and nothing outside the district', () => {
    expect(seats).toHaveLength(10);
    for (const seat of seats) expect(townshipAt(areas, seat.coordinates)).toBe(seat.township);
    expect(townshipAt(areas, [108.5, 36.5])).toBeNull();
  });
});
