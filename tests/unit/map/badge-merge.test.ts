import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FeatureCollection } from 'geojson';
import type { ProjectFeature } from '../../../src/lib/domain/project.ts';
import { projectSources } from '../../../src/lib/map/project-sources.ts';
import {
  BADGE_DIAMETER,
  BADGE_SPACING,
  badgeGroups,
  groupingKey,
  groupsAt,
  mergeBadges,
  type SeatBadges,
} from '../../../src/lib/map/badge-merge.ts';

/** Pixels between two positions at `zoom`, the way MapLibre projects them (Web Mercator, 512-px world). */
function pixels(a: number[], b: number[], zoom: number): number {
  const world = ([lon, lat]: number[]) => {
    const sin = Math.sin((lat! * Math.PI) / 180);
    return [(lon! + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
  };
  const [p, q] = [world(a), world(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!) * 512 * 2 ** zoom;
}

function closest(badges: ReturnType<typeof mergeBadges>, zoom: number): number {
  const at = badges.features.map((f) => f.geometry.coordinates);
  let min = Infinity;
  for (const [i, a] of at.entries()) for (const b of at.slice(i + 1)) min = Math.min(min, pixels(a, b, zoom));
  return min;
}

const seats = (list: [number[], string][]): SeatBadges => ({
  type: 'FeatureCollection',
  features: list.map(([coordinates, ids]) => ({
    type: 'Feature',
    properties: { ids, count: ids.split(' ').length },
    geometry: { type: 'Point', coordinates },
  })),
});

const real = (JSON.parse(readFileSync('geodata/projects.geojson', 'utf8')) as FeatureCollection)
  .features as unknown as ProjectFeature[];
const realSeats = projectSources(real).badges;

describe('badgeGroups', () => {
  // 0.0003° of longitude: about 56 px at zoom 17, 14 px at zoom 15.
  const near: [number[], string][] = [
    [[107.6, 35.7], 'a b'],
    [[107.6003, 35.7], 'c'],
  ];

  it('merges two seats closer than a badge and its gap, and leaves them apart farther in', () => {
    const apart = pixels(near[0]![0], near[1]![0], 17);
    expect(apart).toBeGreaterThan(BADGE_SPACING);
    expect(groupsAt(seats(near), 17).map((g) => g.members)).toEqual([[0], [1]]);
    expect(groupsAt(seats(near), 15).map((g) => g.members)).toEqual([[0, 1]]);
  });

  it('never leaves two badges closer than the spacing, at any zoom (property)', () => {
    const position = fc.tuple(
      fc.double({ min: 107.45, max: 107.9, noNaN: true }),
      fc.double({ min: 35.4, max: 35.9, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(position, fc.integer({ min: 1, max: 30 })), { minLength: 1, maxLength: 25 }),
        fc.double({ min: 5, max: 16, noNaN: true }),
        (list, zoom) => {
          const groups = badgeGroups(
            list.map(([p]) => p),
            list.map(([, w]) => w),
            zoom,
          );
          // Every seat is in exactly one group.
          expect(groups.flatMap((g) => g.members).sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
          for (const [i, a] of groups.entries())
            for (const b of groups.slice(i + 1)) {
              const d = Math.hypot(a.at[0] - b.at[0], a.at[1] - b.at[1]) * 512 * 2 ** zoom;
              expect(d).toBeGreaterThanOrEqual(BADGE_SPACING - 1e-6);
            }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('mergeBadges', () => {
  const list: [number[], string][] = [
    [[107.6, 35.7], 'a b c'],
    [[107.6003, 35.7], 'c d'],
    [[107.8, 35.5], 'e'],
  ];

  it('gives a merged badge its projects once, how many seats it holds and which', () => {
    const s = seats(list);
    const merged = mergeBadges(s, groupsAt(s, 15));
    expect(merged.features.map((f) => f.properties)).toEqual([
      { ids: 'a b c d', count: 4, seats: 2, keys: '107.6,35.7 107.6003,35.7' },
      { ids: 'e', count: 1, seats: 1, keys: '107.8,35.5' },
    ]);
    // Between its seats, nearer the one with more projects (3 against 2).
    const [lon] = merged.features[0]!.geometry.coordinates as [number, number];
    expect(lon).toBeGreaterThan(107.6);
    expect(lon).toBeLessThan(107.60015);
    expect(merged.features[1]!.geometry).toBe(s.features[2]!.geometry);
  });

  it('does not change the seats it is given', () => {
    const s = seats(list);
    const before = JSON.stringify(s);
    mergeBadges(s, groupsAt(s, 10));
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('the real township seats', () => {
  it('are nine, never drawn closer than a badge diameter, and all apart from zoom 12', () => {
    expect(realSeats.features).toHaveLength(9);
    const counts: number[] = [];
    for (let zoom = 6; zoom <= 14; zoom += 0.125) {
      const badges = mergeBadges(realSeats, groupsAt(realSeats, zoom));
      expect(closest(badges, zoom), `zoom ${zoom}`).toBeGreaterThanOrEqual(BADGE_DIAMETER);
      counts.push(badges.features.length);
    }
    // The merge opens as the map zooms in, and never closes again on the way.
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBe(9);
    expect(mergeBadges(realSeats, groupsAt(realSeats, 12)).features).toHaveLength(9);
  });

  it('merge the seats that crowd at the first views: a 360-px phone (8.6) and a desktop (10)', () => {
    const keyAt = (zoom: number) => groupingKey(groupsAt(realSeats, zoom));
    expect(groupsAt(realSeats, 8.6).length).toBe(7);
    expect(groupsAt(realSeats, 9.96).length).toBe(7);
    expect(keyAt(11)).not.toBe(keyAt(9.96));
  });
});
