import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../../src/lib/domain/project.ts';
import { looksSwapped, round6, toWgs84 } from '../../../scripts/data/coordinates.ts';
import { fixtureBoundary } from './fixtures.ts';

/** Haversine distance in metres. */
function metres(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b[1] - a[1]) * rad) / 2) ** 2 +
    Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(((b[0] - a[0]) * rad) / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

describe('coordinates', () => {
  it('converts a GCJ02 point as gcoord does, rounded to 6 decimals, moving it about 400 m', () => {
    const gcj: Position = [107.638824, 35.733713]; // the AMap district centre of Xifeng
    const direct = gcoord.transform([...gcj] as [number, number], gcoord.GCJ02, gcoord.WGS84);
    const converted = toWgs84(gcj, 'GCJ02');
    expect(converted).toEqual([round6(direct[0]), round6(direct[1])]);
    expect(converted).toEqual([107.634096, 35.734113]);
    const moved = metres(gcj, converted);
    expect(moved).toBeGreaterThan(380);
    expect(moved).toBeLessThan(480);
  });

  it('converts BD09 through gcoord too, and leaves WGS84 alone apart from rounding', () => {
    const direct = gcoord.transform([107.6386, 35.7333], gcoord.BD09, gcoord.WGS84);
    expect(toWgs84([107.6386, 35.7333], 'BD09')).toEqual([round6(direct[0]), round6(direct[1])]);
    expect(toWgs84([107.1234567, 35.7654321], 'WGS84')).toEqual([107.123457, 35.765432]);
  });

  it('does not mutate the position it converts', () => {
    const position: Position = [107.638824, 35.733713];
    toWgs84(position, 'GCJ02');
    expect(position).toEqual([107.638824, 35.733713]);
  });

  it('rounds to at most 6 decimals and never to -0', () => {
    expect(round6(0.1 + 0.2)).toBe(0.3);
    expect(String(round6(107.6340957505031))).toBe('107.634096');
    expect(Object.is(round6(-0.0000001), 0)).toBe(true);
  });

  it('recognises [lat, lon] near Xifeng, with and without the outline', () => {
    expect(looksSwapped([35.73, 107.64], fixtureBoundary())).toBe(true);
    expect(looksSwapped([107.64, 35.73], fixtureBoundary())).toBe(false);
    expect(looksSwapped([35.73, 107.64], null)).toBe(true);
    expect(looksSwapped([107.64, 35.73], null)).toBe(false);
  });
});
