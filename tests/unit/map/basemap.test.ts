import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { fullStyle } from '../../../src/lib/map/style.ts';
import { projectSources } from '../../../src/lib/map/project-sources.ts';
import { projectLayers } from '../../../src/lib/map/project-layers.ts';
import { townshipLayers } from '../../../src/lib/map/township-layers.ts';
import {
  basemapAttribution,
  basemapFromConfigJson,
  basemapLayers,
  basemapSources,
  cspSourcesFor,
  OSM_DEFAULT_URL,
  parseBasemapConfig,
  TIANDITU_SUBDOMAINS,
  withBasemap,
  type BasemapConfig,
} from '../../../src/lib/map/basemap.ts';
import { publishedMapData, publishedProjects } from '../../helpers/published-map-data.ts';

const data = publishedMapData;
const projects = projectSources(publishedProjects);
const style = fullStyle(data, projects, 'zh');

// A made-up key of the real shape; real keys never appear in the repository.
const KEY = '0123456789abcdef0123456789abcdef';
const tianditu = { kind: 'tianditu', key: KEY, reviewNumber: 'GS(2024)0568号' };

function parsedOk(json: unknown): BasemapConfig {
  const { config, problems } = parseBasemapConfig(json);
  expect(problems).toEqual([]);
  return config;
}

describe('parseBasemapConfig', () => {
  it('is offline without a problem when the basemap is absent or offline', () => {
    for (const json of [undefined, null, { kind: 'offline' }]) {
      expect(parseBasemapConfig(json)).toEqual({ config: { kind: 'offline' }, problems: [] });
    }
  });

  it('reads a Tianditu basemap with its defaults', () => {
    expect(parsedOk(tianditu)).toEqual({
      ...tianditu,
      layers: 'vector',
      subdomains: [...TIANDITU_SUBDOMAINS],
    });
    expect(parsedOk({ ...tianditu, layers: 'imagery', subdomains: ['t3', 't4'] })).toMatchObject({
      layers: 'imagery',
      subdomains: ['t3', 't4'],
    });
  });

  it('reads an OSM basemap, with the default or a given https template', () => {
    expect(parsedOk({ kind: 'osm' })).toEqual({ kind: 'osm', url: OSM_DEFAULT_URL });
    const url = 'https://tiles.example.org/osm/{z}/{x}/{y}.png?v=2';
    expect(parsedOk({ kind: 'osm', url })).toEqual({ kind: 'osm', url });
  });

  it.each([
    ['not an object', 'tianditu', 'basemap:'],
    ['an array', [tianditu], 'basemap:'],
    ['no kind', { key: KEY }, 'basemap.kind'],
    ['an unknown kind (AMap is GCJ-02)', { kind: 'amap' }, 'basemap.kind'],
    ['no key', { ...tianditu, key: undefined }, 'basemap.key: missing'],
    ['an empty key', { ...tianditu, key: '' }, 'basemap.key: missing'],
    ['a placeholder key', { ...tianditu, key: 'YOUR_TIANDITU_KEY' }, 'basemap.key'],
    ['a key that injects a parameter', { ...tianditu, key: `${KEY}&x=1` }, 'basemap.key'],
    ['a key that is a number', { ...tianditu, key: 1234 }, 'basemap.key'],
    ['no 审图号', { ...tianditu, reviewNumber: undefined }, 'basemap.reviewNumber: missing'],
    ['an empty 审图号', { ...tianditu, reviewNumber: '  ' }, 'basemap.reviewNumber: missing'],
    [
      'a control character in the 审图号',
      { ...tianditu, reviewNumber: 'GS(2024)\n0568号' },
      'basemap.reviewNumber',
    ],
    [
      'markup in the 审图号',
      { ...tianditu, reviewNumber: '<img src=x onerror=alert(1)>' },
      'basemap.reviewNumber',
    ],
    ['unknown layers', { ...tianditu, layers: 'terrain' }, 'basemap.layers'],
    ['empty subdomains', { ...tianditu, subdomains: [] }, 'basemap.subdomains'],
    ['a foreign subdomain', { ...tianditu, subdomains: ['evil.example.com/x'] }, 'basemap.subdomains'],
    [
      'an http template',
      { kind: 'osm', url: 'http://tile.openstreetmap.org/{z}/{x}/{y}.png' },
      'basemap.url',
    ],
    ['a template without {y}', { kind: 'osm', url: 'https://t.example.org/{z}/{x}.png' }, 'basemap.url'],
    ['a {s} template', { kind: 'osm', url: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' }, 'basemap.url'],
    ['a template that is not a URL', { kind: 'osm', url: 'https://{z}/{x}/{y}' }, 'basemap.url'],
    ['a template that is a number', { kind: 'osm', url: 7 }, 'basemap.url'],
  ])('falls back to offline with a problem for %s', (_, json, field) => {
    const { config, problems } = parseBasemapConfig(json);
    expect(config).toEqual({ kind: 'offline' });
    expect(problems.some((p) => p.startsWith(field))).toBe(true);
    expect(problems.at(-1)).toBe('basemap: using the offline basemap instead');
  });

  it('never echoes the key in a problem', () => {
    const { problems } = parseBasemapConfig({ ...tianditu, reviewNumber: '' });
    expect(problems.join(' ')).not.toContain(KEY);
  });

  it('reports an unknown field but keeps an otherwise valid basemap', () => {
    const { config, problems } = parseBasemapConfig({ ...tianditu, tk: KEY });
    expect(config.kind).toBe('tianditu');
    expect(problems).toEqual(['basemap.tk: unknown field for kind "tianditu", ignored']);
  });

  it('ignores inherited fields', () => {
    expect(parseBasemapConfig(Object.create(tianditu)).config).toEqual({ kind: 'offline' });
  });

  it('never throws, whatever it is given', () => {
    const hostile = Object.defineProperty({}, 'kind', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parseBasemapConfig(hostile).config).toEqual({ kind: 'offline' });
    expect(basemapFromConfigJson({ basemap: hostile }).config).toEqual({ kind: 'offline' });
    const anyKind = fc.record(
      {
        kind: fc.constantFrom('offline', 'tianditu', 'osm'),
        key: fc.anything(),
        reviewNumber: fc.anything(),
      },
      { requiredKeys: ['kind'] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), anyKind), (json) => {
        for (const { config, problems } of [parseBasemapConfig(json), basemapFromConfigJson(json)]) {
          expect(['offline', 'tianditu', 'osm']).toContain(config.kind);
          expect(problems.every((p) => typeof p === 'string')).toBe(true);
          expect(validateStyleMin(withBasemap(style, config))).toEqual([]);
        }
      }),
    );
  });

  it('reads the basemap member of a whole config.json', () => {
    expect(basemapFromConfigJson({ title: 'x', basemap: { kind: 'osm' } }).config.kind).toBe('osm');
    expect(basemapFromConfigJson({ title: 'x' })).toEqual({ config: { kind: 'offline' }, problems: [] });
    expect(basemapFromConfigJson([]).problems[0]).toMatch(/^config\.json: expected an object/);
  });

  it.skipIf(!existsSync('public/config.json'))('the shipped config.json is offline and has no key', () => {
    const shipped = JSON.parse(readFileSync('public/config.json', 'utf8')) as unknown;
    expect(basemapFromConfigJson(shipped)).toEqual({ config: { kind: 'offline' }, problems: [] });
    expect(JSON.stringify(shipped)).not.toMatch(/tk=|[0-9a-f]{32}/);
  });
});

describe('withBasemap', () => {
  it('leaves the default offline style offline: no URL anywhere', () => {
    const offline = withBasemap(style, basemapFromConfigJson(undefined).config);
    expect(offline).toBe(style);
    expect(JSON.stringify(offline)).not.toMatch(/https?:/);
    expect(cspSourcesFor({ kind: 'offline' })).toEqual([]);
    expect(basemapAttribution({ kind: 'offline' }, 'zh')).toBe('');
  });

  const underEverything = [
    ...projectLayers().map((l) => l.id),
    ...townshipLayers().map((l) => l.id),
    'township-labels',
    'neighbours-fill',
    'neighbours-line',
    'district-fill',
    'district-line',
    'neighbour-labels',
    'district-label',
  ];

  it.each([
    ['Tianditu vector', { ...tianditu, layers: 'vector' }, 2],
    ['Tianditu imagery', { ...tianditu, layers: 'imagery' }, 2],
    ['OSM', { kind: 'osm' }, 1],
  ])('%s: is a valid style with the tiles under every other layer', (_, json, rasterCount) => {
    const config = parsedOk(json);
    const online = withBasemap(style, config);
    expect(validateStyleMin(online)).toEqual([]);
    const ids = online.layers.map((l) => l.id);
    const rasters = online.layers.flatMap((l, i) => (l.type === 'raster' ? [i] : []));
    expect(rasters).toEqual(Array.from({ length: rasterCount }, (__, i) => i + 1));
    expect(ids[0]).toBe('background');
    for (const id of underEverything) {
      expect(ids).toContain(id);
      expect(ids.indexOf(id)).toBeGreaterThan(Math.max(...rasters));
    }
    // The offline fills are thinned so the tiles show through.
    const fill = online.layers.find((l) => l.id === 'neighbours-fill');
    expect(fill?.type === 'fill' && fill.paint?.['fill-opacity']).toBeLessThan(1);
  });

  it('does not change its input', () => {
    const before = JSON.stringify(style);
    const online = withBasemap(style, parsedOk(tianditu));
    expect(JSON.stringify(style)).toBe(before);
    expect(online).not.toBe(style);
    expect(online.layers).not.toBe(style.layers);
    expect(online.sources).not.toBe(style.sources);
  });
});

describe('Tianditu sources', () => {
  const config = parsedOk({ ...tianditu, layers: 'imagery' });

  it('request the Web Mercator (_w) tiles with the key, one URL a subdomain', () => {
    const sources = basemapSources(config);
    expect(Object.keys(sources)).toEqual(['basemap-tianditu-img', 'basemap-tianditu-cia']);
    const img = sources['basemap-tianditu-img'];
    expect(img?.tiles).toHaveLength(8);
    expect(img?.tiles?.[0]).toBe(
      'https://t0.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=img' +
        '&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=' +
        KEY,
    );
    expect(img?.tiles?.[7]).toMatch(/^https:\/\/t7\.tianditu\.gov\.cn\/img_w\//);
    expect(img).toMatchObject({ type: 'raster', tileSize: 256, maxzoom: 18 });
    expect(sources['basemap-tianditu-cia']?.tiles?.[0]).toContain('/cia_w/wmts?');
    expect(basemapLayers(config).map((l) => l.source)).toEqual(Object.keys(sources));
  });

  it('attribute 天地图 and show the 审图号', () => {
    for (const source of Object.values(basemapSources(config))) {
      expect(source.attribution).toBe('© 天地图 审图号：GS(2024)0568号');
    }
    expect(basemapAttribution(config, 'zh')).toBe('底图：© 天地图 审图号：GS(2024)0568号');
    expect(basemapAttribution(config, 'en')).toMatch(/© 天地图.*审图号.*GS\(2024\)0568号/);
  });

  it('name the origins for the CSP', () => {
    expect(cspSourcesFor(config)).toEqual(['https://*.tianditu.gov.cn']);
  });
});

describe('OSM', () => {
  it('attributes OpenStreetMap and names its tile origin for the CSP', () => {
    const config = parsedOk({ kind: 'osm' });
    expect(basemapSources(config)['basemap-osm']).toMatchObject({
      tiles: [OSM_DEFAULT_URL],
      tileSize: 256,
      attribution: '© OpenStreetMap contributors',
    });
    expect(basemapAttribution(config, 'en')).toBe('Basemap: © OpenStreetMap contributors');
    expect(cspSourcesFor(config)).toEqual(['https://tile.openstreetmap.org']);
    expect(cspSourcesFor(parsedOk({ kind: 'osm', url: 'https://a.example.org:8443/t/{z}/{x}/{y}' }))).toEqual(
      ['https://a.example.org:8443'],
    );
  });
});
