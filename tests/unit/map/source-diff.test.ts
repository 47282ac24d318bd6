import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { sourceUpdate } from '../../../src/lib/map/source-diff.ts';

type P = { id: string };
const feature = (id: string): Feature<Point, P> => ({
  type: 'Feature',
  properties: { id },
  geometry: { type: 'Point', coordinates: [107.6, 35.7] },
});
const collection = (ids: readonly string[]): FeatureCollection<Point, P> => ({
  type: 'FeatureCollection',
  features: ids.map(feature),
});
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `p${from + i}`);

describe('sourceUpdate', () => {
  it('sends nothing when the source already shows those features', () => {
    expect(sourceUpdate(new Set(['a', 'b']), collection(['b', 'a']))).toEqual({
      kind: 'none',
      ids: new Set(['a', 'b']),
    });
  });

  it('narrowing a little: removes the ids that left, adds nothing', () => {
    const update = sourceUpdate(new Set(range(0, 100)), collection(range(0, 90)));
    expect(update).toEqual({ kind: 'diff', remove: range(90, 100), add: [], ids: new Set(range(0, 90)) });
  });

  it('widening: adds only the features that come back', () => {
    const next = collection(range(0, 100));
    const update = sourceUpdate(new Set(range(0, 60)), next);
    expect(update).toMatchObject({ kind: 'diff', remove: [], add: next.features.slice(60) });
  });

  it('sends everything when nothing shown is kept, or when a few are kept out of very many', () => {
    expect(sourceUpdate(new Set(), collection(['a']))).toMatchObject({
      kind: 'replace',
      data: collection(['a']),
    });
    expect(sourceUpdate(new Set(['a']), collection(['b'])).kind).toBe('replace');
    expect(sourceUpdate(new Set(range(0, 10_000)), collection(range(0, 5))).kind).toBe('replace');
    expect(sourceUpdate(new Set(['a', 'b']), collection([]))).toEqual({
      kind: 'replace',
      data: collection([]),
      ids: new Set(),
    });
  });

  it('always leaves the source holding exactly the next features (property)', () => {
    const ids = fc.uniqueArray(fc.constantFrom(...range(0, 40)));
    fc.assert(
      fc.property(ids, ids, (before, after) => {
        const next = collection(after);
        const update = sourceUpdate(new Set(before), next);
        let holds = new Set(before);
        if (update.kind === 'replace') holds = new Set(update.data.features.map((f) => f.properties.id));
        if (update.kind === 'diff') {
          for (const id of update.remove) holds.delete(id);
          for (const f of update.add) holds.add(f.properties.id);
          expect(update.add.every((f) => !before.includes(f.properties.id))).toBe(true);
        }
        expect([...holds].sort()).toEqual([...after].sort());
        expect(update.ids).toEqual(new Set(after));
      }),
    );
  });
});
