import { describe, expect, it } from 'vitest';
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { fullStyle } from '../../../src/lib/map/style.ts';
import { plannerLayers } from '../../../src/lib/map/planner-layers.ts';
import { projectSources } from '../../../src/lib/map/project-sources.ts';

const none: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Every layer the map may draw: the first view's, and the planner's added when it opens. */
const layers = [
  ...fullStyle({ boundary: none, counties: none, townshipAreas: none }, projectSources([]), 'zh').layers,
  ...plannerLayers(),
] as LayerSpecification[];

/**
 * The mix MapLibre compiles a program for: for each paint property that can vary per feature,
 * whether the layer gives it per feature ("a"), per feature and zoom ("z") or as one value ("u").
 */
function mix(layer: LayerSpecification): string {
  const specs = (latest as unknown as Record<string, Record<string, { 'property-type'?: string }>>)[
    `paint_${layer.type}`
  ]!;
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  return Object.keys(specs)
    .filter((name) => specs[name]!['property-type'] === 'data-driven')
    .map((name) => {
      if (!(name in paint)) return `${name}:u`;
      const parsed = expression.createPropertyExpression(
        paint[name],
        `${layer.id}.${name}`,
        specs[name] as never,
      );
      if (parsed.result === 'error') throw new Error(`${layer.id} ${name}: ${parsed.value[0]?.message}`);
      const kind = parsed.value.kind;
      return `${name}:${kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u'}`;
    })
    .join(' ');
}
const byId = (id: string) => layers.find((layer) => layer.id === id)!;
const mixes = (ids: string[]) => new Set(ids.map((id) => mix(byId(id))));

describe('layers share their WebGL programs', () => {
  it('draws every circle, project or township badge, with one program', () => {
    const circles = layers.filter((layer) => layer.type === 'circle').map((layer) => layer.id);
    expect(circles).toEqual(
      expect.arrayContaining([
        'project-clusters',
        'project-point-halos',
        'project-points',
        'project-point-status',
        'township-badge-areas',
        'township-badge-merged',
        'township-badges',
      ]),
    );
    expect(mixes(circles).size).toBe(1);
    expect(mix(byId('township-badges'))).toContain('circle-color:a');
  });

  it('draws both dashed line layers with one program, and the solid base lines with another', () => {
    expect(mixes(['township-lines-schematic', 'project-lines-approximate']).size).toBe(1);
    expect(mixes(['neighbours-line', 'district-line', 'township-lines-official']).size).toBe(1);
    expect(mixes(['project-lines', 'project-lines-casing']).size).toBe(1);
  });

  it('draws the two planner fills with one program, and no fill with the antialiasing pass', () => {
    expect(mixes(['coverage-grid-fill', 'township-choropleth-fill']).size).toBe(1);
    const fills = layers.filter((layer) => layer.type === 'fill');
    expect(fills.length).toBeGreaterThanOrEqual(4);
    for (const fill of fills) expect(fill.paint?.['fill-antialias'], fill.id).toBe(false);
  });
});
