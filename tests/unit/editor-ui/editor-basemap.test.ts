import { describe, expect, it } from 'vitest';
import { editorBasemaps } from '../../../src/lib/editor/editor-basemap.ts';
import { parseBasemapConfig } from '../../../src/lib/map/basemap.ts';

describe('editorBasemaps', () => {
  it('offers the built-in basemap first, then GCJ-02 ones marked as such, and no 天地图 without a key', () => {
    const list = editorBasemaps(parseBasemapConfig({ kind: 'offline' }).config);
    expect(list.map((b) => [b.id, b.datum])).toEqual([
      ['builtin', 'WGS84'],
      ['amap', 'GCJ02'],
      ['amap-imagery', 'GCJ02'],
      ['tencent', 'GCJ02'],
    ]);
    expect(list[0]!.tiles).toEqual([]);
  });

  it('offers 天地图 vector and imagery in WGS84 with the deployer’s key, base layer under its labels', () => {
    const deployed = parseBasemapConfig({
      kind: 'tianditu',
      key: 'abc123',
      reviewNumber: 'GS(2024)0568号',
      subdomains: ['t0', 't1'],
    }).config;
    const list = editorBasemaps(deployed);
    const imagery = list.find((b) => b.id === 'tianditu-imagery')!;
    expect(imagery.datum).toBe('WGS84');
    expect(imagery.tiles).toHaveLength(2);
    expect(imagery.tiles[0]![0]).toMatch(/^https:\/\/t0\.tianditu\.gov\.cn\/img_w\/wmts\?.*tk=abc123$/);
    expect(imagery.tiles[1]![1]).toMatch(/^https:\/\/t1\.tianditu\.gov\.cn\/cia_w\//);
    expect(list.find((b) => b.id === 'tianditu-vector')!.tiles[0]![0]).toContain('/vec_w/');
  });
});
