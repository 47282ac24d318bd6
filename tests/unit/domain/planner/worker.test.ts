/**
 * The worker module, run in node: a stand-in for the worker's global scope records what it posts.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { analyseCoverage } from '../../../../src/lib/domain/planner/grid.ts';
import type { CoverageReply, CoverageRequest } from '../../../../src/lib/domain/planner/coverage.worker.ts';
import { EMPTY_FILTERS } from '../../../../src/lib/domain/filters.ts';
import { buildSearchIndex } from '../../../../src/lib/domain/search.ts';
import {
  squareDistrict,
  squareProjects,
  squareTownships,
  townshipNames,
} from '../../../fixtures/planner/fixtures.ts';

const posted: CoverageReply[] = [];
const scope: {
  onmessage: ((event: { data: CoverageRequest }) => void) | null;
  postMessage(m: CoverageReply): void;
} = {
  onmessage: null,
  postMessage: (message) => posted.push(structuredClone(message)), // as a real postMessage would copy it
};

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../../../../src/lib/domain/planner/coverage.worker.ts');
  return () => vi.unstubAllGlobals();
});

/** Sends a request the way postMessage would: as a structured clone. */
function send(request: CoverageRequest): CoverageReply {
  posted.length = 0;
  scope.onmessage!({ data: structuredClone(request) });
  expect(posted).toHaveLength(1);
  return posted[0]!;
}

describe('coverage.worker', () => {
  const projects = squareProjects();
  const boundary = squareDistrict();
  const townships = squareTownships();

  it('answers a request with the analysis, tagged with its id', () => {
    const reply = send({ requestId: 7, boundary, projects, kind: 'water', options: { townships } });
    expect(reply).toEqual({
      requestId: 7,
      ok: true,
      result: analyseCoverage(projects, boundary, 'water', { townships }),
    });
  });

  it('takes the current filters, search index included, across postMessage', () => {
    const current = {
      filters: { ...EMPTY_FILTERS, query: 'clinic' },
      index: buildSearchIndex(projects, townshipNames()),
    };
    const reply = send({ requestId: 8, boundary, projects, kind: 'filtered', options: { current } });
    expect(reply.ok && reply.result.projectsUsed).toBe(1);
  });

  it('reports an error as a reply, not as an exception', () => {
    expect(send({ requestId: 9, boundary, projects, kind: 'filtered' })).toEqual({
      requestId: 9,
      ok: false,
      error: "kind 'filtered' needs the current filters",
    });
  });
});
