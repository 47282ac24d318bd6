import { describe, expect, it } from 'vitest';
import { DEFAULT_PLANNER } from '../../../src/lib/domain/planner-settings.ts';
import { parseUrlState, serializeUrlState } from '../../../src/lib/domain/url-state.ts';

describe('the planner settings in the URL', () => {
  it('reads every planner choice and writes it back, defaults left out', () => {
    const search = '?view=gaps&gkind=health&gmeasure=per_10k&gphase=both&gkm=7.5&glayer=choropleth&gapprox=1';
    const state = parseUrlState(search);
    expect(state.planner).toEqual({
      kind: 'health',
      measure: 'per_10k',
      phase: 'both',
      thresholdKm: 7.5,
      layer: 'choropleth',
      includeApproximate: true,
    });
    expect(serializeUrlState(state)).toBe(search);
    expect(serializeUrlState(parseUrlState('?view=gaps&gkind=water&gkm=5'))).toBe('?view=gaps');
  });

  it("reads the phase relative to the latest report, and an old link's year by the only report", () => {
    const phaseOf = (search: string, onlyReportYear?: number) =>
      parseUrlState(search, { onlyReportYear }).planner.phase;
    expect(phaseOf('?gphase=done')).toBe('done');
    expect(phaseOf('?gphase=both', 2022)).toBe('both');
    // Old links were made when the 2022 report was the only one: 2021 was its results, 2022 its plans.
    expect(phaseOf('?gphase=2021', 2022)).toBe('done');
    expect(phaseOf('?gphase=2022', 2022)).toBe('tasks');
    expect(phaseOf('?gphase=2020', 2022)).toBe('tasks');
    // With several reports (no only year), or before the reports are in, a year means the default.
    expect(phaseOf('?gphase=2021')).toBe('tasks');
    expect(phaseOf('?gphase=2022')).toBe('tasks');
    expect(serializeUrlState(parseUrlState('?view=gaps&gphase=2021', { onlyReportYear: 2022 }))).toBe(
      '?view=gaps&gphase=done',
    );
  });

  it('falls back to each default alone when a value is wrong', () => {
    const state = parseUrlState('?gkind=roads&gmeasure=per_10k&gkm=7.3&glayer=hex&gphase=2019');
    expect(state.planner).toEqual({ ...DEFAULT_PLANNER, measure: 'per_10k' });
    expect(parseUrlState('?gkm=21').planner.thresholdKm).toBe(5);
    expect(parseUrlState('?gkm=0').planner.thresholdKm).toBe(0);
  });
});
