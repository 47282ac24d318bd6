import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { distance } from 'geokdbush';
import {
  analyseCoverage,
  cellCentre,
  farthestAreas,
  hexGridCoverage,
  locatedFor,
  projectsOfKind,
  shareBeyond,
  type CoverageGrid,
} from '../../../../src/lib/domain/planner/grid.ts';
import { EMPTY_FILTERS } from '../../../../src/lib/domain/filters.ts';
import { buildSearchIndex } from '../../../../src/lib/domain/search.ts';
import { deepFreeze, ids } from '../../../fixtures/domain/fixtures.ts';
import {
  expectMatchesFile,
  Q,
  squareDistrict,
  squareProjects,
  squareTownships,
  townshipNames,
} from '../../../fixtures/planner/fixtures.ts';

const projects = deepFreeze(squareProjects());
const district = deepFreeze(squareDistrict());
const townships = deepFreeze(squareTownships());
const index = buildSearchIndex(projects, townshipNames());
const districtKm2 = area(district) / 1e6;
const km2 = (grid: CoverageGrid): number => grid.features.reduce((sum, cell) => sum + area(cell) / 1e6, 0);

describe('projectsOfKind', () => {
  it.each([
    ['water', ['well-centre', 'pipeline-east', 'outside-tank']],
    ['sanitation', ['border-line', 'district-toilets']],
    ['education', ['school-township']],
    ['health', ['clinics']],
    ['any', ids(projects)],
  ] as const)('%s: by category, district-wide records included, input order', (kind, expected) => {
    expect(ids(projectsOfKind(projects, kind))).toEqual(expected);
  });

  it('applies the other filters, with the kind in place of the chosen categories', () => {
    const current = {
      filters: { ...EMPTY_FILTERS, phases: ['2022' as const], categories: ['health' as const] },
      index,
    };
    expect(ids(projectsOfKind(projects, 'water', current))).toEqual(['well-centre', 'outside-tank']);
    expect(ids(projectsOfKind(projects, 'filtered', current))).toEqual(['clinics']);
    expect(ids(projectsOfKind(projects, 'any', current))).toEqual([
      'well-centre',
      'clinics',
      'outside-tank',
      'district-toilets',
    ]);
  });

  it('filtered by a text query', () => {
    const current = { filters: { ...EMPTY_FILTERS, query: 'pipeline' }, index };
    expect(ids(projectsOfKind(projects, 'filtered', current))).toEqual(['pipeline-east']);
  });

  it("refuses kind 'filtered' without the filters", () => {
    expect(() => projectsOfKind(projects, 'filtered')).toThrow(/needs the current filters/);
  });
});

describe('locatedFor', () => {
  it('by default keeps exact, near and village precision, and says so', () => {
    const located = locatedFor(projects);
    expect(ids(located.projects)).toEqual([
      'well-centre',
      'pipeline-east',
      'clinics',
      'outside-tank',
      'border-line',
    ]);
    expect(located).toMatchObject({ rule: 'village-or-better', approximate: 0, leftOut: 2 });
    expect(located.precisions).toEqual(['exact', 'near', 'village']);
    expect(located.note.en).toMatch(/village/);
  });

  it('with includeApproximate adds township-level records, noting they sit at the township seat', () => {
    const located = locatedFor(projects, { includeApproximate: true });
    expect(ids(located.projects)).toContain('school-township');
    expect(located).toMatchObject({ rule: 'township-included', approximate: 1, leftOut: 1 });
    expect(located.note.zh).toContain('乡镇驻地');
    expect(located.note.en).toContain('township seat');
  });
});

describe('hexGridCoverage on the square district', () => {
  const water = locatedFor(projectsOfKind(projects, 'water')).projects;
  const result = hexGridCoverage(district, water);

  it('matches the expected grid (out/square-water.geojson)', () => {
    expectMatchesFile('square-water.geojson', result.grid);
  });

  it('covers the district exactly: the cells add up to its area', () => {
    expect(km2(result.grid)).toBeCloseTo(districtKm2, 4);
    expect(new Set(result.grid.features.map((c) => c.properties.id)).size).toBe(result.grid.features.length);
  });

  it('ignores and reports projects outside the district, and those partly outside', () => {
    expect(result.outside).toEqual(['outside-tank']);
    expect(result.projectsUsed).toBe(2);
    const sewer = hexGridCoverage(district, locatedFor(projectsOfKind(projects, 'sanitation')).projects);
    expect(sewer).toMatchObject({ outside: [], partlyOutside: ['border-line'], projectsUsed: 1 });
  });

  it('measures from each cell centre to the nearest vertex or point (checked by brute force)', () => {
    const all = hexGridCoverage(district, locatedFor(projects, { includeApproximate: true }).projects);
    const points = [
      [107.65, 35.64],
      [107.69, 35.61],
      [107.69, 35.645],
      [107.69, 35.68],
      [107.61, 35.61],
      [107.7, 35.615],
      [107.62, 35.63],
      [107.66, 35.62],
      [107.68, 35.62], // border-line's third vertex is outside the district: not a point
    ] as const;
    for (const cell of all.grid.features) {
      const [x, y] = cellCentre(cell.geometry);
      const nearest = Math.min(...points.map(([px, py]) => distance(x, y, px, py)));
      expect(cell.properties.distance_km).toBeCloseTo(nearest, 3);
      expect(booleanPointInPolygon([x, y], cell)).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(hexGridCoverage(district, water)).toEqual(result);
  });

  it('with no project at all, every cell has distance null', () => {
    const none = hexGridCoverage(district, []);
    expect(none.grid.features.length).toBe(result.grid.features.length);
    expect(none.grid.features.every((c) => c.properties.distance_km === null)).toBe(true);
  });

  it('refuses a cell size that is not positive, or so small the grid would not finish', () => {
    expect(() => hexGridCoverage(district, water, { cellKm: 0 })).toThrow(RangeError);
    expect(() => hexGridCoverage(district, water, { cellKm: 0.01 })).toThrow(/at most 250000/);
  });
});

describe('hexGridCoverage on other outlines', () => {
  const square = (x0: number, y0: number, x1: number, y1: number): number[][] => [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
  const cases: [string, Polygon | MultiPolygon][] = [
    // The hole's ring is clockwise, as RFC 7946 wants; cells near it go to @turf/intersect.
    [
      'a polygon with a hole',
      {
        type: 'Polygon',
        coordinates: [square(107.6, 35.6, 107.71, 35.69), square(107.64, 35.63, 107.66, 35.65).reverse()],
      },
    ],
    [
      'two parts',
      {
        type: 'MultiPolygon',
        coordinates: [[square(107.6, 35.6, 107.65, 35.69)], [square(107.655, 35.6, 107.71, 35.69)]],
      },
    ],
    [
      'a clockwise outline (not RFC 7946, accepted)',
      { type: 'Polygon', coordinates: [square(107.6, 35.6, 107.71, 35.69).reverse()] },
    ],
    [
      'a part smaller than a cell',
      {
        type: 'MultiPolygon',
        coordinates: [[square(107.6, 35.6, 107.65, 35.69)], [square(107.7, 35.6, 107.703, 35.603)]],
      },
    ],
  ];
  it.each(cases)('%s: the cells add up to its area, every cell inside it', (_, geometry) => {
    const outline: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry };
    const { grid } = hexGridCoverage(deepFreeze(outline), [], { cellKm: 0.5 });
    expect(km2(grid)).toBeCloseTo(area(outline) / 1e6, 4);
    for (const cell of grid.features) expect(area(cell)).toBeGreaterThan(0);
  });

  it('jagged outlines (random star-shaped polygons): the cells add up to the area', () => {
    // Jagged like Xifeng's loess gullies: a cell is crossed many times, its part in several pieces.
    const star = fc.array(fc.double({ min: 0.3, max: 1, noNaN: true }), { minLength: 12, maxLength: 80 });
    fc.assert(
      fc.property(star, (radii) => {
        const ring = radii.map((r, i) => {
          const angle = (2 * Math.PI * i) / radii.length;
          return [107.65 + 0.06 * r * Math.cos(angle), 35.645 + 0.05 * r * Math.sin(angle)];
        });
        const outline: Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
        const { grid } = hexGridCoverage(outline, [], { cellKm: 0.7 });
        expect(km2(grid)).toBeCloseTo(area(outline) / 1e6, 3);
      }),
      { numRuns: 25, seed: 5 },
    );
  });

  it('an empty outline gives an empty grid', () => {
    expect(hexGridCoverage({ type: 'FeatureCollection', features: [] }, []).grid.features).toEqual([]);
  });
});

describe('shareBeyond', () => {
  const { grid } = hexGridCoverage(district, locatedFor(projectsOfKind(projects, 'water')).projects);

  it('is a share of area, falling as the threshold grows', () => {
    const shares = [0, 1, 2, 3, 5, 8, 20].map((km) => shareBeyond(grid, km));
    expect(shares[0]!.share).toBe(1);
    expect(shares.at(-1)!.share).toBe(0);
    for (let i = 1; i < shares.length; i += 1)
      expect(shares[i]!.share).toBeLessThanOrEqual(shares[i - 1]!.share);
    expect(shares[3]!.totalKm2).toBeCloseTo(districtKm2, 4);
    expect(shares[3]!.share).toBeCloseTo(shares[3]!.beyondKm2 / shares[3]!.totalKm2, 12);
  });

  it('weighs cells by area, not by count', () => {
    const threshold = 2;
    const byCount =
      grid.features.filter((c) => c.properties.distance_km! > threshold).length / grid.features.length;
    const byArea = grid.features
      .filter((c) => c.properties.distance_km! > threshold)
      .reduce((sum, c) => sum + area(c) / 1e6, 0);
    expect(shareBeyond(grid, threshold).share).toBeCloseTo(byArea / km2(grid), 12);
    expect(shareBeyond(grid, threshold).share).not.toBeCloseTo(byCount, 3);
  });

  it('threshold 0: everything not exactly on a project is beyond', () => {
    const whole = grid.features.find(
      (c) => c.geometry.type === 'Polygon' && c.geometry.coordinates[0]!.length === 7,
    )!;
    const onCentre = {
      type: 'Feature' as const,
      id: 'on-centre',
      geometry: { type: 'Point' as const, coordinates: cellCentre(whole.geometry) },
    };
    const exact = hexGridCoverage(district, [onCentre]).grid;
    const result = shareBeyond(exact, 0);
    expect(result.beyondKm2).toBeCloseTo(result.totalKm2 - area(whole) / 1e6, 6);
    expect(result.share).toBeLessThan(1);
  });

  it('with no projects the whole district is beyond any threshold', () => {
    const none = hexGridCoverage(district, []).grid;
    expect(shareBeyond(none, 0).share).toBe(1);
    expect(shareBeyond(none, 1000).share).toBe(1);
  });

  it('refuses a negative threshold', () => {
    expect(() => shareBeyond(grid, -1)).toThrow(RangeError);
  });
});

describe('farthestAreas', () => {
  const { grid } = hexGridCoverage(district, locatedFor(projectsOfKind(projects, 'water')).projects);

  it('matches the expected list (out/square-water-farthest.json)', () => {
    expectMatchesFile('square-water-farthest.json', farthestAreas(grid, 3, townships));
  });

  it('lists the farthest cells first, none touching another, each with its township', () => {
    const found = farthestAreas(grid, 4, townships);
    expect(found).toHaveLength(4);
    const distances = found.map((a) => a.distance_km);
    expect(distances).toEqual([...distances].sort((a, b) => b - a));
    expect(distances[0]).toBe(Math.max(...grid.features.map((c) => c.properties.distance_km!)));
    // The two water points lie east and centre: the far corner is the north-west quadrant.
    expect(found[0]!.township?.code).toBe(Q.nw);
    const cells = found.map((a) => grid.features.find((c) => c.properties.id === a.id)!);
    const positions = (g: Polygon | MultiPolygon) =>
      g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2);
    const corners = cells.map((c) => new Set(positions(c.geometry).map((p) => p.join(','))));
    for (let i = 0; i < corners.length; i += 1) {
      for (let j = i + 1; j < corners.length; j += 1) {
        expect([...corners[i]!].filter((k) => corners[j]!.has(k))).toEqual([]);
      }
    }
  });

  it('is empty when there are no distances (no projects) and for n = 0', () => {
    expect(farthestAreas(hexGridCoverage(district, []).grid, 5, townships)).toEqual([]);
    expect(farthestAreas(grid, 0, townships)).toEqual([]);
  });

  it('gives a null township where the centre falls in none', () => {
    expect(farthestAreas(grid, 2).every((a) => a.township === null)).toBe(true);
  });
});

describe('analyseCoverage', () => {
  it('returns everything the panel sentence needs', () => {
    const result = analyseCoverage(projects, district, 'water', { thresholdKm: 3, townships, farthest: 2 });
    expect(result).toMatchObject({
      kind: 'water',
      rule: 'village-or-better',
      thresholdKm: 3,
      projectsOfKind: 3,
      projectsUsed: 2,
      leftOut: 0,
      outside: ['outside-tank'],
    });
    expect(result.share).toBe(shareBeyond(result.grid, 3).share);
    expect(result.farthest).toEqual(farthestAreas(result.grid, 2, townships));
  });

  it('with approximate locations included', () => {
    const result = analyseCoverage(projects, district, 'education', { includeApproximate: true });
    expect(result).toMatchObject({
      rule: 'township-included',
      approximate: 1,
      projectsUsed: 1,
      thresholdKm: 5,
    });
    expect(analyseCoverage(projects, district, 'education').share).toBe(1);
  });
});

describe('does not mutate its input', () => {
  // Every input is deep-frozen above, so a write throws; this also checks the values are unchanged.
  it('none of the functions writes to features, boundary, grid or townships', () => {
    const before = JSON.stringify([projects, district, townships]);
    const current = { filters: { ...EMPTY_FILTERS, areas: ['livelihood' as const] }, index };
    projectsOfKind(projects, 'filtered', current);
    projectsOfKind(projects, 'water');
    locatedFor(projects, { includeApproximate: true });
    const { grid } = hexGridCoverage(district, projects);
    const frozen = deepFreeze(grid);
    const gridBefore = JSON.stringify(frozen);
    shareBeyond(frozen, 2);
    farthestAreas(frozen, 3, townships);
    cellCentre(frozen.features[0]!.geometry);
    analyseCoverage(projects, district, 'any', { includeApproximate: true, townships });
    expect(JSON.stringify(frozen)).toBe(gridBefore);
    expect(JSON.stringify([projects, district, townships])).toBe(before);
  });
});
