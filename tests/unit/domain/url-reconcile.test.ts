import { describe, expect, it } from 'vitest';
import { knownIds, reconcileUrlState, type LoadedIds } from '../../../src/lib/domain/url-reconcile.ts';
import { parseUrlState } from '../../../src/lib/domain/url-state.ts';

const NOTHING: LoadedIds = {
  projectIds: [],
  townshipCodes: [],
  reportIds: [],
  phases: [],
  quotedReportYears: [],
};
const LOADED: LoadedIds = {
  projectIds: ['dongzhiyuan-water-plant', 'xiaojin-sewage-plant'],
  townshipCodes: ['621002001', '621002100'],
  reportIds: ['xifeng-2022'],
  phases: ['2022', '2021'],
  quotedReportYears: [2022],
};

describe('knownIds', () => {
  it('checks nothing before the data, so a shared link survives until the data can judge it', () => {
    expect(knownIds(NOTHING)).toEqual({
      projectIds: undefined,
      townshipCodes: undefined,
      reportIds: undefined,
      phases: undefined,
      onlyReportYear: undefined,
    });
    const read = parseUrlState('?project=gone-project&township=621002999', knownIds(NOTHING));
    expect([read.project, read.filters.townships]).toEqual(['gone-project', ['621002999']]);
  });

  it("holds the loaded ids, and a year only while one report's records are quoted", () => {
    const known = knownIds(LOADED);
    expect([...known.projectIds!]).toEqual(LOADED.projectIds);
    expect([...known.phases!]).toEqual(['2022', '2021']);
    expect(known.onlyReportYear).toBe(2022);
    expect(knownIds({ ...LOADED, quotedReportYears: [2022, 2023] }).onlyReportYear).toBeUndefined();
  });
});

describe('reconcileUrlState', () => {
  it('drops what the data does not have, keeps what it has', () => {
    const search = '?project=gone-project&township=621002001,621002999&phase=2022';
    const current = parseUrlState(search);
    const state = reconcileUrlState(current, search, search, knownIds(LOADED));
    expect(state.project).toBeNull();
    expect(state.filters.townships).toEqual(['621002001']);
    expect(state.filters.phases).toEqual(['2022']);
  });

  it('keeps the camera where the map has moved since the page opened, not where the link put it', () => {
    const opening = '?project=xiaojin-sewage-plant&map=10/35.7/107.6';
    const moved = { ...parseUrlState(opening), view: { zoom: 13, lat: 35.71234, lon: 107.65432 } };
    // The address has the move too (the map writes it); the state's own camera is the one kept.
    const state = reconcileUrlState(
      moved,
      '?project=xiaojin-sewage-plant&map=12/35.7/107.6',
      opening,
      knownIds(LOADED),
    );
    expect(state.view).toEqual({ zoom: 13, lat: 35.71234, lon: 107.65432 });
    expect(state.project).toBe('xiaojin-sewage-plant');
  });

  it("reads an old link's planner year from the opening link, after a write before the data dropped it", () => {
    const opening = '?view=gaps&gphase=2021';
    // Before the data, the year could not be read: a language switch wrote the address without it.
    const before = { ...parseUrlState(opening), lang: 'en' as const };
    expect(before.planner.phase).toBe('tasks');
    const state = reconcileUrlState(before, '?view=gaps&lang=en', opening, knownIds(LOADED));
    expect(state.planner.phase).toBe('done');
    expect(state.lang).toBe('en');
    // With two reports quoted, a year no longer names a phase: the default.
    const two = knownIds({ ...LOADED, quotedReportYears: [2022, 2023] });
    expect(reconcileUrlState(before, '?view=gaps&lang=en', opening, two).planner.phase).toBe('tasks');
  });
});
