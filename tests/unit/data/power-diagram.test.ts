import { describe, expect, it } from 'vitest';
import turfArea from '@turf/area';
import intersect from '@turf/intersect';
import { featureCollection, polygon } from '@turf/helpers';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import {
  cellArea,
  fitWeights,
  powerCells,
  seatsInside,
  type Outline,
} from '../../../scripts/data/power-diagram.ts';
import type { Position } from '../../../src/lib/domain/project.ts';

/** An L-shaped district of some 700 km² at Xifeng's latitude, and five seats in it. */
const OUTLINE = polygon([
  [
    [107.5, 35.5],
    [107.8, 35.5],
    [107.8, 35.65],
    [107.65, 35.65],
    [107.65, 35.8],
    [107.5, 35.8],
    [107.5, 35.5],
  ],
]) as Outline;
const SEATS: Position[] = [
  [107.55, 35.55],
  [107.72, 35.56],
  [107.6, 35.64],
  [107.56, 35.75],
  [107.62, 35.76],
];
const total = turfArea(OUTLINE) / 1e6;

/** Every pair of cells meets along a border at most: the area they share. */
function overlap(cells: ReturnType<typeof powerCells>): number {
  let shared = 0;
  cells.forEach((a, i) =>
    cells.slice(i + 1).forEach((b) => {
      const both = a && b ? intersect(featureCollection([a, b])) : null;
      shared += both ? turfArea(both) / 1e6 : 0;
    }),
  );
  return shared;
}

describe('powerCells', () => {
  /** The seat with the least power distance to p, on the same plane as the diagram. */
  function nearest(p: Position, weights: number[]): number {
    const k = Math.cos(((SEATS.reduce((s, [, lat]) => s + lat, 0) / SEATS.length) * Math.PI) / 180);
    const power = (s: Position, w: number) => ((p[0] - s[0]) * k) ** 2 + (p[1] - s[1]) ** 2 - w;
    return SEATS.reduce(
      (best, s, i) => (power(s, weights[i]!) < power(SEATS[best]!, weights[best]!) ? i : best),
      0,
    );
  }

  it.each([
    ['no weights (the nearest-seat diagram)', [0, 0, 0, 0, 0]],
    ['weights', [0.0004, -0.0002, 0.0001, 0, 0.0003]],
  ])('with %s gives every point of the district to the seat of least power distance', (_, weights) => {
    const cells = powerCells(OUTLINE, SEATS, weights);
    let checked = 0;
    for (let lon = 107.503; lon < 107.8; lon += 0.0137)
      for (let lat = 35.503; lat < 35.8; lat += 0.0113) {
        if (!booleanPointInPolygon([lon, lat], OUTLINE)) continue;
        const owners = cells.flatMap((cell, i) =>
          cell && booleanPointInPolygon([lon, lat], cell) ? [i] : [],
        );
        expect(owners).toEqual([nearest([lon, lat], weights)]);
        checked++;
      }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('fitWeights', () => {
  it('meets each known area within 5 %, keeps every seat in its cell, and tiles the outline exactly', () => {
    const voronoiAreas = powerCells(
      OUTLINE,
      SEATS,
      SEATS.map(() => 0),
    ).map(cellArea);
    const targets = [voronoiAreas[0]! * 1.3, voronoiAreas[1]! * 0.8, null, voronoiAreas[3]! * 1.15, null];
    const fit = fitWeights(OUTLINE, SEATS, targets);
    const cells = powerCells(OUTLINE, SEATS, fit.weights);
    targets.forEach((t, i) => {
      if (t !== null) expect(Math.abs(cellArea(cells[i]!) / t - 1)).toBeLessThan(0.05);
    });
    // Before the fit at least one was far off: the check above is not passed by doing nothing.
    expect(targets.some((t, i) => t !== null && Math.abs(voronoiAreas[i]! / t - 1) > 0.1)).toBe(true);
    expect(seatsInside(cells, SEATS)).toBe(true);
    const sum = cells.reduce((s, c) => s + cellArea(c), 0);
    expect(Math.abs(sum - total) / total).toBeLessThan(1e-6);
    expect(overlap(cells)).toBeLessThan(1e-6);
    expect(fit.weights[2]).toBe(0);
  });

  it('scales targets to the outline when every one is known, so all are met together', () => {
    const voronoiAreas = powerCells(
      OUTLINE,
      SEATS,
      SEATS.map(() => 0),
    ).map(cellArea);
    // Official figures that add up to 4 % more than the drawn outline.
    const targets = voronoiAreas.map((a, i) => a * 1.04 * (i % 2 ? 1.1 : 0.92));
    const fit = fitWeights(OUTLINE, SEATS, targets);
    const factor = total / targets.reduce((s, t) => s + t, 0);
    fit.areas.forEach((a, i) => expect(Math.abs(a / (targets[i]! * factor) - 1)).toBeLessThan(0.05));
    fit.goals.forEach((g, i) => expect(g).toBeCloseTo(targets[i]! * factor, 6));
    expect(seatsInside(powerCells(OUTLINE, SEATS, fit.weights), SEATS)).toBe(true);
  });
});
