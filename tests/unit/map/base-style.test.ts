import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { buildStyle, countyLabelPoints } from '../../../src/lib/map/base-style.ts';

const data = {
  boundary: JSON.parse(readFileSync('geodata/xifeng-boundary.geojson', 'utf8')) as FeatureCollection,
  counties: JSON.parse(readFileSync('geodata/qingyang-counties.geojson', 'utf8')) as FeatureCollection,
};

describe('the offline base style', () => {
  it.each(['zh', 'en'] as const)('is valid against the MapLibre style spec (%s)', (lang) => {
    expect(validateStyleMin(buildStyle(data, lang))).toEqual([]);
  });

  it('has no online source, glyph or sprite URL: nothing leaves the serving origin', () => {
    const style = buildStyle(data, 'zh');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('draws the district above its neighbours and names it last', () => {
    const ids = buildStyle(data, 'zh').layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.indexOf('district-fill')).toBeGreaterThan(ids.indexOf('neighbours-fill'));
    expect(ids.at(-1)).toBe('district-label');
  });

  it('labels in the chosen language', () => {
    const field = (lang: 'zh' | 'en') =>
      buildStyle(data, lang).layers.find((l) => l.id === 'district-label')!.layout as Record<string, unknown>;
    expect(field('zh')['text-field']).toEqual(['get', 'name_zh']);
    expect(field('en')['text-field']).toEqual(['get', 'name_en']);
  });

  it('makes one label point a county and does not mutate its input', () => {
    const before = JSON.stringify(data.counties);
    const points = countyLabelPoints(data.counties);
    expect(points.features).toHaveLength(8);
    expect(points.features.every((f) => f.geometry.type === 'Point')).toBe(true);
    expect(JSON.stringify(data.counties)).toBe(before);
  });
});
