/**
 * The analysis on Xifeng's real data. Prints the findings the planner's view will show (for the lead to
 * quote) and asserts only invariants, so a change in the data never breaks it.
 */
import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import intersect from '@turf/intersect';
import bbox from '@turf/bbox';
import { featureCollection } from '@turf/helpers';
import type { MultiPolygon, Polygon } from 'geojson';
import {
  analyseCoverage,
  hexagonsOver,
  hexGridCoverage,
  locatedFor,
  projectsOfKind,
  type CoverageKind,
} from '../../../../src/lib/domain/planner/grid.ts';
import { townshipCounts } from '../../../../src/lib/domain/planner/township-counts.ts';
import { deepFreeze } from '../../../fixtures/domain/fixtures.ts';
import { realBoundary, realProjects, realTownships } from '../../../fixtures/planner/fixtures.ts';

const projects = deepFreeze(realProjects());
const boundary = deepFreeze(realBoundary());
const townshipAreas = deepFreeze(realTownships());
const names = townshipAreas.map((t) => t.properties);
const KINDS = ['water', 'sanitation', 'education', 'health'] as const;
const RULES = [false, true] as const;
const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;
const ruleName = (approximate: boolean) =>
  approximate ? 'township seats included' : 'village or better (default)';

describe('Xifeng: townships without a project of a kind', () => {
  it.each(RULES)('includeApproximate = %s', (includeApproximate) => {
    const lines: string[] = [];
    for (const kind of KINDS) {
      const located = locatedFor(projectsOfKind(projects, kind), { includeApproximate });
      const touched = new Set(located.projects.flatMap((f) => f.properties.townships));
      const without = names.filter((t) => !touched.has(t.code));
      lines.push(
        `  ${kind}: ${located.projects.length} located; ${without.length}/10 without: ` +
          without.map((t) => `${t.name_zh} ${t.name_en}`).join(', '),
      );
      expect(without.length).toBeGreaterThanOrEqual(0);
      expect(without.length).toBeLessThanOrEqual(names.length);
    }
    console.log(
      `[real data] townships without a project, rule: ${ruleName(includeApproximate)}\n${lines.join('\n')}`,
    );
  });

  it('the per-township table (every record, whatever its precision)', () => {
    const counts = townshipCounts(projects, names);
    const lines = counts.townships.map(
      (t) =>
        `  ${t.name_zh.padEnd(5, '　')} total ${String(t.total).padStart(2)}` +
        KINDS.map((k) => `  ${k} ${t.byCategory[k]}`).join(''),
    );
    console.log(
      `[real data] records per township (district-wide apart: ${counts.districtWide.total})\n${lines.join('\n')}`,
    );
    expect(counts.townships).toHaveLength(10);
    const touches = projects.reduce((sum, f) => sum + f.properties.townships.length, 0);
    expect(counts.townships.reduce((sum, t) => sum + t.total, 0)).toBe(touches);
    expect(counts.districtWide.total).toBe(
      projects.filter((f) => f.properties.townships.length === 0).length,
    );
  });
});

describe('Xifeng: share of the district beyond 5 km', () => {
  it.each(RULES)('includeApproximate = %s', (includeApproximate) => {
    const lines: string[] = [];
    for (const kind of [...KINDS, 'any'] as CoverageKind[]) {
      const r = analyseCoverage(projects, boundary, kind, {
        includeApproximate,
        thresholdKm: 5,
        farthest: 3,
        townships: townshipAreas,
      });
      lines.push(
        `  ${kind}: ${(r.share * 100).toFixed(1)}% (${r.beyondKm2.toFixed(0)} of ${r.totalKm2.toFixed(0)} km²) ` +
          `beyond 5 km; ${r.projectsUsed} of ${r.projectsOfKind} records used; outside ${r.outside.length}, ` +
          `partly outside ${r.partlyOutside.length}; farthest: ` +
          (r.farthest
            .map((a) => `${a.distance_km.toFixed(1)} km in ${a.township?.name_zh ?? '?'}`)
            .join(', ') || '—'),
      );
      expect(r.share).toBeGreaterThanOrEqual(0);
      expect(r.share).toBeLessThanOrEqual(1);
      expect(r.totalKm2).toBeCloseTo(area(boundary) / 1e6, 1);
      expect(r.projectsUsed + r.outside.length).toBeLessThanOrEqual(r.projectsOfKind - r.leftOut);
      if (r.projectsUsed === 0) expect(r.share).toBe(1);
    }
    console.log(`[real data] share beyond 5 km, rule: ${ruleName(includeApproximate)}\n${lines.join('\n')}`);
  });
});

describe('Xifeng: the grid', () => {
  it('cells cut by the outline have the area @turf/intersect gives (a sample of them)', () => {
    const { grid } = hexGridCoverage(boundary, []);
    const cut = grid.features.filter(
      (c) => c.geometry.type !== 'Polygon' || c.geometry.coordinates[0]!.length !== 7,
    );
    expect(cut.length).toBeGreaterThan(50);
    // Against the whole outline intersect costs ~60 ms a cell, so every 8th cut cell is checked.
    const district = boundary.features[0]!;
    const hexagons = hexagonsOver(bbox(district), 1).features;
    const sample = cut.filter((_, i) => i % 8 === 0);
    for (const cell of sample) {
      // The cells' corners are rounded to 6 decimals (~0.1 m): round the reference's the same way.
      // A corner can still round the other way at a half (0.1 m off: up to some tens of m² on a
      // 2.6 km² cell); a real fault (a lost or doubled piece) is far larger.
      const hexagon = hexagons[Number(cell.properties.id.slice('hex-'.length))]!;
      const cut = intersect(featureCollection<Polygon | MultiPolygon>([district, hexagon]));
      expect(cut).not.toBeNull();
      const reference = JSON.parse(JSON.stringify(cut), (_, v) => (typeof v === 'number' ? round6(v) : v));
      expect(Math.abs(area(cell) - area(reference))).toBeLessThan(100); // square metres
    }
    console.log(
      `[real data] ${cut.length} of ${grid.features.length} cells cut by the outline; ${sample.length} checked against @turf/intersect`,
    );
    expect(grid.features.reduce((s, c) => s + area(c), 0) / 1e6).toBeCloseTo(area(boundary) / 1e6, 2);
  });

  it('prints timings (real data; never asserted)', () => {
    const located = locatedFor(projects, { includeApproximate: true }).projects;
    const times: number[] = [];
    for (let run = 0; run < 7; run += 1) {
      // CPU time of this process: less inflated than wall-clock time when the machine is busy.
      const start = process.cpuUsage();
      hexGridCoverage(boundary, located);
      const cpu = process.cpuUsage(start);
      times.push((cpu.user + cpu.system) / 1000);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `[timing] real data grid (${located.length} projects, 1 km cells), CPU time: first ${times[0]!.toFixed(1)} ms, ` +
        `median ${sorted[3]!.toFixed(1)} ms, best ${sorted[0]!.toFixed(1)} ms`,
    );
    expect(times).toHaveLength(7);
  });
});
