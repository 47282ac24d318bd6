/**
 * Speed with 100,000 projects. Prints timings and never asserts one (a timed test
 * flakes); it asserts only that the answers are sane.
 */
import { describe, expect, it } from 'vitest';
import {
  farthestAreas,
  hexGridCoverage,
  shareBeyond,
  type Placed,
} from '../../../src/lib/domain/coverage/grid.ts';
import type { Position, ProjectGeometry } from '../../../src/lib/domain/project.ts';
import { realBoundary, realTownships } from '../../fixtures/coverage/fixtures.ts';

/** mulberry32: a small seeded generator, so every run measures the same input. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Projects spread over Xifeng's bounding box (about half fall outside the outline): 80 % Points, 10 % MultiPoints of 3, 10 % LineStrings of 4. */
function randomProjects(n: number): Placed[] {
  const next = random(2022);
  const at = (): Position => [107.465 + next() * 0.424, 35.426 + next() * 0.442];
  return Array.from({ length: n }, (_, i) => {
    const roll = next();
    const geometry: ProjectGeometry =
      roll < 0.8
        ? { type: 'Point', coordinates: at() }
        : roll < 0.9
          ? { type: 'MultiPoint', coordinates: [at(), at(), at()] }
          : { type: 'LineString', coordinates: [at(), at(), at(), at()] };
    return { id: `p${i}`, geometry };
  });
}

/** A stopwatch: wall-clock time, and this process's CPU time (which a busy machine inflates less). */
interface Mark {
  wall: number;
  cpu: NodeJS.CpuUsage;
}
const mark = (): Mark => ({ wall: performance.now(), cpu: process.cpuUsage() });
function ms(start: Mark): string {
  const cpu = process.cpuUsage(start.cpu);
  return `${(performance.now() - start.wall).toFixed(1)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms)`;
}

describe('100,000 projects', () => {
  it('prints timings', () => {
    const boundary = realBoundary();
    const townships = realTownships();
    const projects = randomProjects(100_000);
    for (const run of ['first run', 'second run']) {
      let start = mark();
      const result = hexGridCoverage(boundary, projects);
      const grid = ms(start);
      start = mark();
      const share = shareBeyond(result.grid, 0.1);
      const shareTime = ms(start);
      start = mark();
      const farthest = farthestAreas(result.grid, 5, townships);
      console.log(
        `[timing] 100,000 projects, ${run}: hexGridCoverage ${grid} (${result.grid.features.length} cells, ` +
          `${result.projectsUsed} used, ${result.outside.length} outside, ${result.partlyOutside.length} partly), ` +
          `shareBeyond ${shareTime}, farthestAreas ${ms(start)}; share beyond 0.1 km ${(share.share * 100).toFixed(2)}%`,
      );
      expect(result.projectsUsed + result.outside.length).toBe(projects.length);
      expect(share.share).toBeGreaterThanOrEqual(0);
      expect(share.share).toBeLessThanOrEqual(1);
      expect(farthest.length).toBeGreaterThan(0);
    }
  });
});
