import { describe, expect, it } from 'vitest';
import { compareDoneAndPlanned, townshipCounts } from '../../../../src/lib/domain/planner/township-counts.ts';
import type { ProjectFeature } from '../../../../src/lib/domain/project.ts';
import { deepFreeze } from '../../../fixtures/domain/fixtures.ts';
import { Q, squareProjects, townshipNames } from '../../../fixtures/planner/fixtures.ts';

const projects = deepFreeze(squareProjects());
const names = deepFreeze(townshipNames());

describe('townshipCounts', () => {
  const counts = townshipCounts(projects, names);
  const row = (code: string) => counts.townships.find((t) => t.code === code)!;

  it('has a row for every township, in code order, even with nothing in it', () => {
    expect(counts.townships.map((t) => t.code)).toEqual([Q.sw, Q.se, Q.nw, Q.ne]);
    expect(row(Q.nw)).toMatchObject({ name_en: 'Northwest Township', total: 0 });
    expect(Object.values(row(Q.nw).byCategory).every((n) => n === 0)).toBe(true);
  });

  it.each([
    // [township, total, water, health, sanitation, education]
    [Q.sw, 3, 1, 1, 0, 1], // well, clinics (also SE), township school
    [Q.se, 4, 2, 1, 1, 0], // pipeline (also NE), clinics (also SW), tank outside the district, sewer
    [Q.nw, 0, 0, 0, 0, 0],
    [Q.ne, 1, 1, 0, 0, 0], // pipeline
  ])('%s: %i records', (code, total, water, health, sanitation, education) => {
    const { byCategory } = row(code);
    expect([
      row(code).total,
      byCategory.water,
      byCategory.health,
      byCategory.sanitation,
      byCategory.education,
    ]).toEqual([total, water, health, sanitation, education]);
  });

  it('counts district-wide records apart, and a record once in each township it touches', () => {
    expect(counts.districtWide).toMatchObject({
      total: 1,
      byCategory: { sanitation: 1 },
      byArea: { rural: 1 },
    });
    expect(counts.records).toBe(projects.length);
    const touches = projects.reduce((sum, f) => sum + f.properties.townships.length, 0);
    expect(counts.townships.reduce((sum, t) => sum + t.total, 0)).toBe(touches);
  });

  it('every row adds up the same by area and by category', () => {
    for (const t of [...counts.townships, counts.districtWide]) {
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      expect(sum(t.byArea)).toBe(t.total);
      expect(sum(t.byCategory)).toBe(t.total);
    }
  });

  it('gives a code that is not in the list a row of its own, named by its code', () => {
    const stray: ProjectFeature = {
      ...projects[0]!,
      properties: { ...projects[0]!.properties, townships: ['999000999'] },
    };
    const withStray = townshipCounts([stray], names);
    expect(withStray.townships.at(-1)).toMatchObject({ code: '999000999', name_zh: '999000999', total: 1 });
  });

  it('with no records: every township present with zeros', () => {
    const empty = townshipCounts([], names);
    expect(empty.townships).toHaveLength(4);
    expect(empty.townships.every((t) => t.total === 0)).toBe(true);
  });
});

describe('compareDoneAndPlanned', () => {
  // The fixture's records are of the report "test", on 2022.
  const latest = { id: 'test', year: 2022 };
  const comparison = compareDoneAndPlanned(projects, names, latest);
  const row = (code: string) => comparison.townships.find((t) => t.code === code)!;

  it.each([
    [Q.sw, ['school-township'], ['well-centre', 'clinics']],
    [Q.se, ['pipeline-east'], ['clinics', 'outside-tank']],
    [Q.nw, [], []],
    [Q.ne, ['pipeline-east'], []],
  ])('%s: done in 2021 %j, planned for 2022 %j', (code, done, planned) => {
    expect(row(code).done).toEqual({ count: done.length, ids: done });
    expect(row(code).planned).toEqual({ count: planned.length, ids: planned });
  });

  it('leaves out the 2017–2021 review and counts district-wide records apart', () => {
    expect(JSON.stringify(comparison)).not.toContain('border-line');
    expect(comparison.districtWide).toEqual({
      done: { count: 0, ids: [] },
      planned: { count: 1, ids: ['district-toilets'] },
    });
  });

  it("compares the latest report's own year: a report on 2023 reads 2022 as done, and no 2023 task", () => {
    const on2023 = compareDoneAndPlanned(projects, names, { id: 'test', year: 2023 });
    const sw = on2023.townships.find((t) => t.code === Q.sw)!;
    expect(sw.done).toEqual({ count: 2, ids: ['well-centre', 'clinics'] });
    expect(sw.planned).toEqual({ count: 0, ids: [] });
  });

  it('leaves out the records of earlier reports', () => {
    const later = compareDoneAndPlanned(projects, names, { id: 'later', year: 2022 });
    expect(later.townships.every((t) => t.done.count === 0 && t.planned.count === 0)).toBe(true);
  });
});

describe('does not mutate its input', () => {
  it('townshipCounts and compareDoneAndPlanned leave features and names unchanged', () => {
    const before = JSON.stringify([projects, names]);
    townshipCounts(projects, names); // deep-frozen: a write would throw
    compareDoneAndPlanned(projects, names, { id: 'test', year: 2022 });
    expect(JSON.stringify([projects, names])).toBe(before);
  });
});
