import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import type { ProjectFeature } from '../../../src/lib/domain/project.ts';
import { fullStyle } from '../../../src/lib/map/style.ts';
import { projectSources } from '../../../src/lib/map/project-sources.ts';
import { FULL_NAMES_FROM, labelLayers, selectedLabel } from '../../../src/lib/map/label-layers.ts';
import { publishedMapData, publishedProjects } from '../../helpers/published-map-data.ts';

const data = publishedMapData;
const projects = publishedProjects;
const layersOf = (large: boolean) =>
  fullStyle(data, projectSources(projects), 'zh', large).layers as LayerSpecification[];
const layout = (layer: LayerSpecification) => (layer.layout ?? {}) as Record<string, unknown>;

describe('the order of the layers', () => {
  const layers = layersOf(false);
  const where = (test: (l: LayerSpecification) => boolean) => layers.flatMap((l, i) => (test(l) ? [i] : []));
  const lines = where((l) => l.type === 'line' || l.type === 'fill');
  const circles = where((l) => l.type === 'circle');
  const names = where((l) => labelLayers('zh').some((n) => n.id === l.id));
  const numbers = where((l) => ['township-badge-counts', 'project-cluster-counts'].includes(l.id));

  it('draws every line and area under every badge and marker, the names over them, the numbers last', () => {
    expect(Math.max(...lines)).toBeLessThan(Math.min(...circles));
    expect(Math.max(...circles)).toBeLessThan(Math.min(...names));
    expect(Math.max(...names)).toBeLessThan(Math.min(...numbers));
    expect(numbers).toEqual([layers.length - 2, layers.length - 1]);
    expect(where((l) => l.type === 'symbol')).toEqual([...names, ...numbers]);
  });

  it('places the names by priority: the selected project, the townships, the district, the neighbours', () => {
    // MapLibre places the top layer first: the priority is the draw order read backwards.
    expect(names.map((i) => layers[i]!.id).reverse()).toEqual([
      'selected-label',
      'township-labels',
      'district-label',
      'neighbour-labels',
    ]);
  });

  it('lets no name overlap another symbol; the numbers, always drawn, keep the whole badge clear', () => {
    for (const i of names) {
      expect(layout(layers[i]!)['text-allow-overlap'], layers[i]!.id).toBeUndefined();
      expect(layout(layers[i]!)['icon-allow-overlap'], layers[i]!.id).toBeUndefined();
    }
    const counts = layout(layers.find((l) => l.id === 'township-badge-counts')!);
    expect(counts['text-allow-overlap']).toBe(true);
    expect(counts['text-padding']).toBeGreaterThanOrEqual(8);
  });
});

describe('the names', () => {
  it('are valid and larger in the large-text mode', () => {
    const [normal, large] = [layersOf(false), layersOf(true)];
    expect(validateStyleMin(fullStyle(data, projectSources(projects), 'en', true))).toEqual([]);
    for (const id of ['township-labels', 'selected-label', 'neighbour-labels', 'township-badge-counts']) {
      const size = (layers: LayerSpecification[]) => layout(layers.find((l) => l.id === id)!)['text-size'];
      expect(size(large) as number, id).toBeGreaterThan(size(normal) as number);
    }
  });

  it('name the townships short below zoom FULL_NAMES_FROM, in full from it, in the chosen language', () => {
    const township = (lang: 'zh' | 'en') =>
      layout(labelLayers(lang).find((l) => l.id === 'township-labels')!);
    expect(township('zh')['text-field']).toEqual([
      'step',
      ['zoom'],
      ['get', 'short_zh'],
      FULL_NAMES_FROM,
      ['get', 'name_zh'],
    ]);
    expect(JSON.stringify(township('en')['text-field'])).not.toContain('_zh');
  });
});

describe('selectedLabel', () => {
  const project = (geometry: ProjectFeature['geometry']) =>
    ({
      type: 'Feature',
      id: 'p',
      geometry,
      properties: { id: 'p', name_zh: '水厂', name_en: 'Water plant' },
    }) as unknown as ProjectFeature;

  it('names a point at the point, a line at its middle vertex, and nothing without a place', () => {
    const at = (p: ProjectFeature | null) => selectedLabel(p).features.map((f) => f.geometry.coordinates);
    expect(at(project({ type: 'Point', coordinates: [107.6, 35.7] }))).toEqual([[107.6, 35.7]]);
    const line: [number, number][] = [
      [107.5, 35.5],
      [107.6, 35.6],
      [107.7, 35.7],
    ];
    expect(at(project({ type: 'LineString', coordinates: line }))).toEqual([[107.6, 35.6]]);
    expect(at(project(null))).toEqual([]);
    expect(at(null)).toEqual([]);
    expect(selectedLabel(project({ type: 'Point', coordinates: [1, 2] })).features[0]!.properties).toEqual({
      name_zh: '水厂',
      name_en: 'Water plant',
    });
  });
});
