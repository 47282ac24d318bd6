/**
 * The order of a record's progress timeline: its own report at the day it was delivered, the later
 * reports that follow it up (continued_by) at theirs, and the public sources' entries among them;
 * the facts from before the report (background) ahead of it all.
 */
import { describe, expect, it } from 'vitest';
import type { Continuation, ProgressEntry } from '../../../src/lib/domain/project.ts';
import { timelineItems, type TimelineItem } from '../../../src/lib/domain/timeline.ts';

const entry = (date: string): ProgressEntry => ({
  date,
  date_kind: 'event',
  status: 'under_construction',
  fact_zh: `${date}的进展。`,
  fact_en: `Progress of ${date}.`,
  source_name: '西峰区人民政府',
  source_url: 'https://example.org/',
  retrieved: '2026-01-05',
  reported_by: null,
});

const later = (report: string, delivered: string): Continuation => ({
  id: `plant-${report}`,
  report,
  report_line: 5,
  quote: '建成投用董志塬水厂',
  status_as_stated: '建成投用',
  delivered,
});

/** Each item as `kind date`, continuations with their report: the order is all these tests read. */
const order = (items: TimelineItem[]) =>
  items.map((i) =>
    i.kind === 'continuation' ? `${i.continuation.report} ${i.date}` : `${i.kind} ${i.date}`,
  );

const DELIVERED = '2021-11-18';

describe('timelineItems', () => {
  it('puts the report alone when there is nothing else', () => {
    expect(order(timelineItems({ progress: [], background: [], continued_by: [] }, DELIVERED))).toEqual([
      'report 2021-11-18',
    ]);
  });

  it('puts a later report at the day it was delivered, among the entries', () => {
    const items = timelineItems(
      {
        progress: [entry('2021-03-01'), entry('2022-06-30'), entry('2023-01-10')],
        background: [],
        continued_by: [later('xifeng-2023', '2022-11-25')],
      },
      DELIVERED,
    );
    expect(order(items)).toEqual([
      'entry 2021-03-01',
      'report 2021-11-18',
      'entry 2022-06-30',
      'xifeng-2023 2022-11-25',
      'entry 2023-01-10',
    ]);
    const continuation = items.find((i) => i.kind === 'continuation');
    expect(continuation).toMatchObject({
      continuation: { id: 'plant-xifeng-2023', quote: '建成投用董志塬水厂' },
    });
  });

  it("puts the record's own report before the entries of its year or month, a later report after them", () => {
    // "2022" cannot be placed against a day: the record's report opens the timeline, so what is
    // dated only by its year follows it; a later report looks back on the year behind it.
    const items = timelineItems(
      {
        progress: [entry('2021'), entry('2021-11'), entry('2022'), entry('2022-11'), entry('2022-12-01')],
        background: [],
        continued_by: [later('xifeng-2023', '2022-11-25')],
      },
      DELIVERED,
    );
    expect(order(items)).toEqual([
      'report 2021-11-18',
      'entry 2021',
      'entry 2021-11',
      'entry 2022',
      'entry 2022-11',
      'xifeng-2023 2022-11-25',
      'entry 2022-12-01',
    ]);
  });

  it("puts an entry of the day its own report was delivered after it, and of a later report's day before that", () => {
    const items = timelineItems(
      {
        progress: [entry('2021-11-18'), entry('2022-11-25')],
        background: [],
        continued_by: [later('xifeng-2023', '2022-11-25')],
      },
      DELIVERED,
    );
    expect(order(items)).toEqual([
      'report 2021-11-18',
      'entry 2021-11-18',
      'entry 2022-11-25',
      'xifeng-2023 2022-11-25',
    ]);
  });

  it('puts several later reports in the order they were delivered, after the last entry when later', () => {
    const items = timelineItems(
      {
        progress: [entry('2022-01-05')],
        background: [],
        // continued_by is written in delivered order; the timeline does not rely on it.
        continued_by: [later('xifeng-2024', '2023-11-20'), later('xifeng-2023', '2022-11-25')],
      },
      DELIVERED,
    );
    expect(order(items)).toEqual([
      'report 2021-11-18',
      'entry 2022-01-05',
      'xifeng-2023 2022-11-25',
      'xifeng-2024 2023-11-20',
    ]);
  });

  it('dates the report by the day of its own report, whichever that is', () => {
    const items = timelineItems(
      { progress: [entry('2022-06-30'), entry('2023-01-10')], background: [], continued_by: [] },
      '2022-11-25',
    );
    expect(order(items)).toEqual(['entry 2022-06-30', 'report 2022-11-25', 'entry 2023-01-10']);
  });

  it('puts the background before the report, marked apart from the progress', () => {
    const start = entry('2021-03-16');
    const items = timelineItems(
      {
        progress: [entry('2022-06-30')],
        background: [entry('2020-03'), start],
        continued_by: [later('xifeng-2023', '2022-11-25')],
      },
      DELIVERED,
    );
    expect(order(items)).toEqual([
      'background 2020-03',
      'background 2021-03-16',
      'report 2021-11-18',
      'entry 2022-06-30',
      'xifeng-2023 2022-11-25',
    ]);
    expect(items[1]).toEqual({ kind: 'background', date: '2021-03-16', entry: start });
  });

  it('shows the background before the report even when there is no progress', () => {
    const items = timelineItems(
      { progress: [], background: [entry('2021-04-19')], continued_by: [] },
      DELIVERED,
    );
    expect(order(items)).toEqual(['background 2021-04-19', 'report 2021-11-18']);
  });
});
