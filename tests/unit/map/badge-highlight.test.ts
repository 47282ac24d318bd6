import { describe, expect, it } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { badgeStroke } from '../../../src/lib/map/badge-highlight.ts';

/** Evaluates a paint expression against a badge with the given ids, as MapLibre would. */
function evaluate(expression: unknown, ids: string): unknown {
  const compiled = createExpression(expression, 'layers[0].paint.circle-stroke-color');
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom: 10 }, { type: 'Point', properties: { ids }, geometry: [] } as never);
}

describe('badgeStroke', () => {
  it('raises the badge that holds the selected project, and only that one', () => {
    const { color, width } = badgeStroke('xiaojin-sewage-plant');
    expect(evaluate(color, 'a xiaojin-sewage-plant b')).toBe('#111111');
    expect(evaluate(width, 'xiaojin-sewage-plant')).toBe(4);
    expect(evaluate(color, 'xiaojin-sewage-plant-2 other')).toBe('#5f6b76');
    expect(evaluate(width, 'other')).toBe(2);
  });

  // That it stays per feature (the circles' one program) is shared-programs.test.ts's to check:
  // the layer's own rim is badgeStroke(null).
  it('is plain when nothing is selected', () => {
    const { color, width } = badgeStroke(null);
    expect([evaluate(color, 'a b'), evaluate(width, 'a b')]).toEqual(['#5f6b76', 2]);
  });
});
