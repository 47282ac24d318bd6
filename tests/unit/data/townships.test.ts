import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { hasAtMostSixDecimals } from '../../../src/lib/domain/validate-projects.ts';
import { checkSources } from '../../../scripts/data/check-sources.ts';
import { serializeFeatureCollection } from '../../../scripts/data/serialize.ts';
import type { Place } from '../../../scripts/data/source-types.ts';
import { SCHEMATIC_NOTE, type TownshipArea } from '../../../scripts/data/township-areas.ts';
import { officialTownships } from '../../../scripts/data/townships-official.ts';
import { schematicTownships, townshipSeats } from '../../../scripts/data/townships-schematic.ts';
import { fixtureBoundary, fixtureGazetteer, fixtureReference, goodPlaces, goodProjects } from './fixtures.ts';

function fixturePlaces(): Map<string, Place> {
  return checkSources(goodPlaces(), goodProjects(), fixtureReference()).places;
}

function fixtureAreas(): TownshipArea[] {
  const { seats, problems } = townshipSeats(fixturePlaces().values(), fixtureGazetteer(), 'places.yaml');
  expect(problems).toEqual([]);
  return schematicTownships(seats, fixtureBoundary());
}

describe('schematic township areas', () => {
  it('gives every township one area, id = code, in code order, marked schematic', () => {
    const areas = fixtureAreas();
    expect(areas.map((a) => a.id)).toEqual(['621002001', '621002100', '621002102', '621002103', '621002104']);
    for (const a of areas) {
      expect(a.properties).toEqual({
        code: a.id,
        name_zh: fixtureGazetteer().townships.get(a.id)?.name_zh,
        name_en: fixtureGazetteer().townships.get(a.id)?.name_en,
        schematic: true,
        note: SCHEMATIC_NOTE,
      });
    }
  });

  it('partitions the district: the areas add up to the outline, and each holds its own seat', () => {
    const areas = fixtureAreas();
    const total = areas.reduce((sum, a) => sum + area(a), 0);
    expect(Math.abs(total - area(fixtureBoundary())) / area(fixtureBoundary())).toBeLessThan(1e-4);
    const seats = [...fixturePlaces().values()].filter((p) => p.kind === 'township_seat');
    for (const seat of seats) {
      const own = areas.find((a) => a.id === seat.township)!;
      expect(booleanPointInPolygon(seat.coordinates, own)).toBe(true);
    }
  });

  it('rounds to 6 decimals and winds outer rings counter-clockwise', () => {
    for (const a of fixtureAreas()) {
      const rings = a.geometry.type === 'Polygon' ? a.geometry.coordinates : a.geometry.coordinates.flat();
      for (const ring of rings)
        for (const [lon, lat] of ring)
          expect(hasAtMostSixDecimals(lon) && hasAtMostSixDecimals(lat)).toBe(true);
      const outer =
        a.geometry.type === 'Polygon' ? a.geometry.coordinates[0]! : a.geometry.coordinates[0]![0]!;
      let twiceArea = 0;
      for (let i = 0; i + 1 < outer.length; i++)
        twiceArea += outer[i]![0] * outer[i + 1]![1] - outer[i + 1]![0] * outer[i]![1];
      expect(twiceArea).toBeGreaterThan(0);
    }
  });

  it('is deterministic', () => {
    expect(serializeFeatureCollection(fixtureAreas())).toBe(serializeFeatureCollection(fixtureAreas()));
  });

  it('reports a township without a seat, and a township with two', () => {
    const places = [...fixturePlaces().values()];
    const withoutXiaojin = places.filter((p) => p.key !== 'town.xiaojin');
    expect(
      townshipSeats(withoutXiaojin, fixtureGazetteer(), 'places.yaml').problems.map((p) => p.message),
    ).toEqual(['township 621002100 (肖金镇) has no township_seat place']);
    const second = {
      ...places.find((p) => p.key === 'town.xiaojin')!,
      key: 'town.xiaojin-2',
      coordinates: [107.67, 35.59] as [number, number],
    };
    expect(
      townshipSeats([...places, second], fixtureGazetteer(), 'places.yaml').problems.map((p) => p.message),
    ).toEqual(['township 621002100 has a second township_seat (the first is town.xiaojin, line 15)']);
  });
});

describe('official township boundaries', () => {
  const square = (lon: number) => [
    [
      [lon, 35.5],
      [lon + 0.05, 35.5],
      [lon + 0.05, 35.55],
      [lon, 35.55],
      [lon, 35.5],
    ],
  ];
  const official = (overrides: Record<string, unknown> = {}) => ({
    type: 'FeatureCollection',
    features: [...fixtureGazetteer().townships.keys()].map((code, i) => ({
      type: 'Feature',
      properties: { code, schematic: false, note: 'Test boundary, source: fixture', ...overrides },
      geometry: { type: 'Polygon', coordinates: square(107.5 + i * 0.06 + 0.0000001) },
    })),
  });

  it('accepts complete official data and normalizes it: names from townships.json, 6 decimals, ids', () => {
    const { areas, problems } = officialTownships(official(), 'official.geojson', fixtureGazetteer());
    expect(problems).toEqual([]);
    expect(areas.map((a) => a.id)).toEqual(['621002001', '621002100', '621002102', '621002103', '621002104']);
    expect(areas[0]?.properties).toEqual({
      code: '621002001',
      name_zh: '北街街道',
      name_en: 'Beijie Subdistrict',
      schematic: false,
      note: 'Test boundary, source: fixture',
    });
    expect(areas[0]?.geometry.coordinates[0]?.[0]).toEqual([107.5, 35.5]);
  });

  it('refuses official data that does not say schematic: false, or misses a township', () => {
    expect(
      officialTownships(official({ schematic: true }), 'o.geojson', fixtureGazetteer()).problems[0]?.message,
    ).toBe('feature 0 (621002001) does not say schematic: false');
    const partial = official();
    partial.features.pop();
    expect(
      officialTownships(partial, 'o.geojson', fixtureGazetteer()).problems.map((p) => p.message),
    ).toEqual(['township 621002104 (温泉镇) is missing']);
    expect(
      officialTownships({ type: 'Feature' }, 'o.geojson', fixtureGazetteer()).problems.map((p) => p.message),
    ).toEqual(['the file is not a GeoJSON FeatureCollection']);
  });
});
