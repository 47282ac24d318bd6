import { describe, expect, it } from 'vitest';
import { promiseTally, percentText, segmentFilters } from '../../../../src/lib/domain/promises/tally.ts';
import {
  groupStatuses,
  statusGroupOf,
  STATUS_GROUP_ORDER,
  type StatusGroupKey,
} from '../../../../src/lib/domain/status-groups.ts';
import { latestStatus } from '../../../../src/lib/domain/progress.ts';
import {
  AREAS,
  LATEST_STATUSES,
  type AreaKey,
  type LatestStatusKey,
} from '../../../../src/lib/domain/vocabulary.ts';
import { publishedProjects } from '../../../helpers/published-map-data.ts';

const phases = [...new Set(publishedProjects.map((f) => f.properties.phase))];

/** Counted the plain way, apart from the filter code the tally uses. */
function countByHand(phase: string, area: AreaKey | null, group: StatusGroupKey): number {
  return publishedProjects.filter(
    ({ properties: p }) =>
      p.phase === phase && (area === null || p.area === area) && statusGroupOf(latestStatus(p)) === group,
  ).length;
}

describe('status groups', () => {
  it('put every latest status in exactly one group, in the filter’s order', () => {
    const all = STATUS_GROUP_ORDER.flatMap(groupStatuses);
    expect([...all].sort()).toEqual(Object.keys(LATEST_STATUSES).sort());
    expect(new Set(all).size).toBe(all.length);
    for (const status of Object.keys(LATEST_STATUSES) as LatestStatusKey[])
      expect(groupStatuses(statusGroupOf(status))).toContain(status);
    expect(groupStatuses('done')).toEqual(['completed', 'in_operation']);
  });
});

describe('promiseTally on the published records', () => {
  it.each(phases)('phase %s: every segment counts what a plain count finds, bars add up', (phase) => {
    const { areas, whole } = promiseTally(publishedProjects, phase);
    const inPhase = publishedProjects.filter((f) => f.properties.phase === phase);
    expect(whole.total).toBe(inPhase.length);
    expect(areas.reduce((sum, bar) => sum + bar.total, 0)).toBe(whole.total);
    for (const bar of [...areas, whole]) {
      expect(bar.segments.map((s) => s.group)).toEqual(STATUS_GROUP_ORDER);
      for (const segment of bar.segments) {
        expect(segment.count).toBe(countByHand(phase, bar.area, segment.group));
        expect(segment.filters).toEqual(segmentFilters(phase, bar.area, segment.group));
      }
      expect(bar.segments.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 10);
    }
    // An area without records in the phase has no bar; the others keep the report's order.
    const expected = (Object.keys(AREAS) as AreaKey[]).filter((a) =>
      inPhase.some((f) => f.properties.area === a),
    );
    expect(areas.map((b) => b.area)).toEqual(expected);
  });

  it('gives 2022’s tasks some done, some under way and many without follow-up', () => {
    const { whole } = promiseTally(publishedProjects, '2022');
    const count = (group: StatusGroupKey) => whole.segments.find((s) => s.group === group)!.count;
    expect(count('done')).toBeGreaterThan(0);
    expect(count('underway')).toBeGreaterThan(0);
    expect(count('none')).toBeGreaterThan(count('done'));
  });

  it('has no bars and no shares for a phase no record has', () => {
    const { areas, whole } = promiseTally(publishedProjects, '1999');
    expect(areas).toEqual([]);
    expect(whole.total).toBe(0);
    expect(whole.segments.every((s) => s.count === 0 && s.share === 0)).toBe(true);
  });
});

describe('percentText', () => {
  it('rounds to whole percents, and never calls a small share 0%', () => {
    expect(percentText(0)).toBe('0%');
    expect(percentText(0.004)).toBe('<1%');
    expect(percentText(1 / 3)).toBe('33%');
    expect(percentText(1)).toBe('100%');
  });
});
