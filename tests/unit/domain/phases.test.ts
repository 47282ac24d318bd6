import { describe, expect, it } from 'vitest';
import {
  comparePhases,
  inPhaseOrder,
  latestReportPhase,
  phaseChoices,
  phaseKind,
  plannerPhaseKeys,
  recordPhaseLabel,
} from '../../../src/lib/domain/phases.ts';

describe('phaseKind', () => {
  it.each([
    ['2022', 2022, 'tasks'],
    ['2021', 2022, 'done'],
    ['2017-2021', 2022, 'review'],
    ['2022', 2023, 'done'],
    ['2018-2022', 2023, 'review'],
    ['2017-2021', 2023, null],
    ['2020', 2022, null],
    ['2021-2022', 2022, null],
  ] as const)('%s in a report on %i is %s', (phase, year, kind) => {
    expect(phaseKind(phase, year)).toBe(kind);
  });
});

describe('recordPhaseLabel', () => {
  it("labels a phase by its own report's year, in both languages", () => {
    expect(recordPhaseLabel('2022', 2022)).toEqual({ zh: '2022年任务', en: '2022 tasks' });
    expect(recordPhaseLabel('2022', 2023)).toEqual({ zh: '2022年完成', en: 'Done in 2022' });
    expect(recordPhaseLabel('2021', 2022)).toEqual({ zh: '2021年完成', en: 'Done in 2021' });
    expect(recordPhaseLabel('2018-2022', 2023)).toEqual({ zh: '2018—2022年', en: '2018–2022' });
  });

  it('shows the phase as written when its report is unknown or does not have it', () => {
    expect(recordPhaseLabel('2022', undefined)).toEqual({ zh: '2022', en: '2022' });
    expect(recordPhaseLabel('2019', 2022)).toEqual({ zh: '2019', en: '2019' });
  });
});

describe('phase order', () => {
  it('puts single years first, newest first, then spans by their last year', () => {
    expect(['2017-2021', '2021', '2018-2022', '2023', '2022'].sort(comparePhases)).toEqual([
      '2023',
      '2022',
      '2021',
      '2018-2022',
      '2017-2021',
    ]);
  });

  it('drops what is not a phase and repeats', () => {
    expect(inPhaseOrder(['2021', 'x', '2022', '2021', '2022-', '20222'])).toEqual(['2022', '2021']);
  });
});

describe('phaseChoices', () => {
  const years = new Map([
    ['r2022', 2022],
    ['r2023', 2023],
  ]);
  const yearOf = (id: string) => years.get(id);

  it('with one report: its three phases, labelled as that report means them', () => {
    const records = [
      { phase: '2021', report: 'r2022' },
      { phase: '2022', report: 'r2022' },
      { phase: '2017-2021', report: 'r2022' },
      { phase: '2022', report: 'r2022' },
    ];
    expect(phaseChoices(records, yearOf)).toEqual([
      { key: '2022', label: { zh: '2022年任务', en: '2022 tasks' } },
      { key: '2021', label: { zh: '2021年完成', en: 'Done in 2021' } },
      { key: '2017-2021', label: { zh: '2017—2021年', en: '2017–2021' } },
    ]);
  });

  it("with a later report: a year that is one report's tasks and the next one's results says both", () => {
    const records = [
      { phase: '2022', report: 'r2022' },
      { phase: '2022', report: 'r2023' },
      { phase: '2023', report: 'r2023' },
      { phase: '2018-2022', report: 'r2023' },
      { phase: '2017-2021', report: 'r2022' },
      { phase: '2023', report: 'unknown' },
    ];
    expect(phaseChoices(records, yearOf).map((c) => [c.key, c.label.zh, c.label.en])).toEqual([
      ['2023', '2023年任务', '2023 tasks'],
      ['2022', '2022年任务与完成', '2022: tasks and work done'],
      ['2018-2022', '2018—2022年', '2018–2022'],
      ['2017-2021', '2017—2021年', '2017–2021'],
    ]);
  });
});

describe("the planner's phases", () => {
  const latest = { id: 'r2023', year: 2023 };

  it("are the latest report's tasks and the year before's results; nothing else", () => {
    expect(latestReportPhase({ phase: '2023', report: 'r2023' }, latest)).toBe('tasks');
    expect(latestReportPhase({ phase: '2022', report: 'r2023' }, latest)).toBe('done');
    expect(latestReportPhase({ phase: '2018-2022', report: 'r2023' }, latest)).toBeNull();
    // A 2022 task of the earlier report is not a result the latest report states.
    expect(latestReportPhase({ phase: '2022', report: 'r2022' }, latest)).toBeNull();
  });

  it('name the phase keys each choice counts', () => {
    expect(plannerPhaseKeys('tasks', 2023)).toEqual(['2023']);
    expect(plannerPhaseKeys('done', 2023)).toEqual(['2022']);
    expect(plannerPhaseKeys('both', 2023)).toEqual(['2022', '2023']);
  });
});
