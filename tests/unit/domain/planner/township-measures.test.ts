import { describe, expect, it } from 'vitest';
import {
  gapSummary,
  townshipMeasures,
  type TownshipFactsInfo,
} from '../../../../src/lib/domain/planner/township-measures.ts';
import type { ProjectFeature } from '../../../../src/lib/domain/project.ts';

/** Only what the measures read: the report, the phase and the townships touched. */
const project = (phase: string, townships: string[], report = 'r2022') =>
  ({ properties: { phase, townships, report } }) as unknown as ProjectFeature;
const LATEST = { id: 'r2022', year: 2022 };

const town = (
  code: string,
  population: number | null,
  area: number | null,
  year = 2020,
): TownshipFactsInfo => ({
  code,
  name_zh: `镇${code}`,
  name_en: `Town ${code}`,
  population,
  population_year: population === null ? null : year,
  population_kind: population === null ? null : 'resident',
  population_source: population === null ? null : 'a test',
  area_km2_official: area,
  area_source: area === null ? null : 'a test',
  facts_note: null,
  facts_note_zh: null,
});

const PROJECTS = [
  project('2022', ['a']),
  project('2022', ['a', 'b']), // a road through two townships: once in each
  project('2021', ['b']),
  project('2017-2021', ['c']), // the five-year review is never a phase choice
  project('2022', []), // district-wide
  project('2021', ['c'], 'r2021'), // a task of an earlier report: the planner reads the latest
];

describe('townshipMeasures', () => {
  const towns = [town('a', 20_000, 50), town('b', 5_000, null), town('c', null, 200)];

  it('counts each phase choice, per 10,000 people and per 100 km², unknown where a fact is', () => {
    const { rows, districtWide } = townshipMeasures(PROJECTS, towns, 'tasks', LATEST);
    expect(rows.map((r) => [r.code, r.count, r.per_10k, r.per_100km2])).toEqual([
      ['a', 2, 1, 4],
      ['b', 1, 2, null],
      ['c', 0, null, 0],
    ]);
    expect(districtWide).toBe(1);
    expect(townshipMeasures(PROJECTS, towns, 'done', LATEST).rows.map((r) => r.count)).toEqual([0, 1, 0]);
    expect(townshipMeasures(PROJECTS, towns, 'both', LATEST).rows.map((r) => r.count)).toEqual([2, 2, 0]);
  });
});

describe('gapSummary', () => {
  it('names the townships with none and the share of people there, when the populations compare', () => {
    const towns = [town('a', 30_000, 50), town('b', 10_000, 80), town('c', 10_000, 200, 2021)];
    const summary = gapSummary(townshipMeasures(PROJECTS, towns, 'tasks', LATEST).rows);
    expect(summary.without.map((t) => t.code)).toEqual(['c']);
    expect(summary.populationShare).toEqual({ share: 0.2, year: 2021 });
  });

  it('gives no share when a population is unknown, or the figures are of other kinds or far-apart years', () => {
    const rows = (towns: TownshipFactsInfo[]) => townshipMeasures(PROJECTS, towns, 'tasks', LATEST).rows;
    expect(gapSummary(rows([town('a', 1, 1), town('b', null, 1), town('c', 1, 1)])).populationShare).toEqual({
      share: null,
      reason: 'unknown',
    });
    expect(
      gapSummary(rows([town('a', 1, 1, 2005), town('b', 1, 1), town('c', 1, 1)])).populationShare,
    ).toEqual({ share: null, reason: 'mixed' });
    const registered = { ...town('a', 1, 1), population_kind: 'registered' as const };
    expect(gapSummary(rows([registered, town('b', 1, 1), town('c', 1, 1)])).populationShare).toEqual({
      share: null,
      reason: 'mixed',
    });
  });
});
