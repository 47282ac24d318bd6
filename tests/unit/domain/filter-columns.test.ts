import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AREA_INDEX, columnsOf, maskOf, vocabularyIndex } from '../../../src/lib/domain/filter-columns.ts';
import { facetCounts, splitProjects, type Filters } from '../../../src/lib/domain/filters.ts';
import { latestStatus } from '../../../src/lib/domain/progress.ts';
import type { ProjectFeature } from '../../../src/lib/domain/project.ts';
import { buildSearchIndex, matchesQuery, type SearchIndex } from '../../../src/lib/domain/search.ts';
import { AREAS, CATEGORIES, LATEST_STATUSES } from '../../../src/lib/domain/vocabulary.ts';
import { generateProjects } from '../../../scripts/bench/generate.ts';
import { fixtureProjects, townships } from '../../fixtures/domain/fixtures.ts';

// The real records (with their progress, so every status occurs) and synthetic ones (for numbers).
const real = (JSON.parse(readFileSync('geodata/projects.geojson', 'utf8')) as { features: ProjectFeature[] })
  .features;
const features = [...real, ...generateProjects(1500, 7)];
const index = buildSearchIndex(features, townships);

/** The rules of docs/data-model.md's filters, written the plain way, record by record. */
function reference(all: readonly ProjectFeature[], f: Filters, idx: SearchIndex) {
  const allows = (chosen: readonly string[], value: string) => chosen.length === 0 || chosen.includes(value);
  return all.filter(({ properties: p }) => {
    const districtWide = p.precision === 'district';
    return (
      allows(f.areas, p.area) &&
      allows(f.phases, p.phase) &&
      allows(f.categories, p.category) &&
      allows(f.statuses, latestStatus(p)) &&
      (districtWide || f.townships.length === 0 || p.townships.some((c) => f.townships.includes(c))) &&
      (districtWide || !f.preciseOnly || ['exact', 'near', 'village'].includes(p.precision)) &&
      matchesQuery(idx, p.id, f.query)
    );
  });
}

const codes = [...new Set(features.flatMap((p) => p.properties.townships))];
const filtersArb: fc.Arbitrary<Filters> = fc.record({
  areas: fc.subarray(Object.keys(AREAS) as Filters['areas']),
  // The generated records' phases, and one no record has.
  phases: fc.subarray([...new Set(features.map((p) => p.properties.phase)), '2030']),
  categories: fc.subarray(Object.keys(CATEGORIES) as Filters['categories'], { maxLength: 4 }),
  townships: fc.subarray(codes, { maxLength: 3 }),
  statuses: fc.subarray(Object.keys(LATEST_STATUSES) as Filters['statuses'], { maxLength: 3 }),
  query: fc.constantFrom('', '水厂', 'road', '示范 村', 'zzz'),
  preciseOnly: fc.boolean(),
});

describe('filtering by columns', () => {
  it('shows exactly the records the plain rules keep, in order (property)', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const { mapped, districtWide } = splitProjects(features, filters, index);
        const expected = reference(features, filters, index);
        expect(mapped.map((p) => p.id)).toEqual(expected.filter((p) => p.geometry !== null).map((p) => p.id));
        expect(districtWide.map((p) => p.id)).toEqual(
          expected.filter((p) => p.geometry === null).map((p) => p.id),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('counts each status as choosing that status alone would show (property)', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const counts = facetCounts(features, filters, index);
        for (const status of Object.keys(LATEST_STATUSES) as Filters['statuses'])
          expect(counts.statuses[status]).toBe(
            reference(features, { ...filters, statuses: [status] }, index).length,
          );
      }),
      { numRuns: 40 },
    );
  });

  it('finds every status somewhere in the real data (so the checks above test each of them)', () => {
    const seen = new Set(real.map((p) => latestStatus(p.properties)));
    expect(seen.size).toBeGreaterThanOrEqual(5);
  });
});

describe('columnsOf', () => {
  it('builds once per array and again for a new array', () => {
    const projects = fixtureProjects();
    expect(columnsOf(projects)).toBe(columnsOf(projects));
    expect(columnsOf([...projects])).not.toBe(columnsOf(projects));
  });

  it('lists each township code once, with each record pointing at its own', () => {
    const projects = fixtureProjects();
    const c = columnsOf(projects);
    expect(new Set(c.townshipCodes).size).toBe(c.townshipCodes.length);
    projects.forEach((p, i) => {
      const own = [...c.townshipOf.subarray(c.townshipStart[i], c.townshipStart[i + 1])].map(
        (k) => c.townshipCodes[k],
      );
      expect(own).toEqual(p.properties.townships);
    });
  });

  it('names the record and the field of a value outside the vocabulary', () => {
    const [first] = fixtureProjects();
    const odd = {
      ...first!,
      properties: { ...first!.properties, area: 'harbour' },
    } as unknown as ProjectFeature;
    expect(() => columnsOf([odd])).toThrow(`record ${first!.properties.id}: area "harbour"`);
  });
});

describe('masks', () => {
  it('sets one bit a chosen value, none for nothing chosen, and ignores unknown values', () => {
    expect(maskOf([], AREA_INDEX)).toBe(0);
    expect(maskOf(['city', 'ecology'], AREA_INDEX)).toBe(
      (1 << AREA_INDEX.get('city')!) | (1 << AREA_INDEX.get('ecology')!),
    );
    expect(maskOf(['nowhere'], AREA_INDEX)).toBe(0);
  });

  it('refuses a vocabulary too long for a 32-bit mask', () => {
    const long = Object.fromEntries(Array.from({ length: 32 }, (_, i) => [`v${i}`, i]));
    expect(() => vocabularyIndex(long)).toThrow('does not fit');
    expect(vocabularyIndex(Object.fromEntries(Object.entries(long).slice(0, 31))).size).toBe(31);
  });
});
