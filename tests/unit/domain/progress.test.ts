import { describe, expect, it } from 'vitest';
import {
  firstDay,
  isRealDate,
  isOfficeEntry,
  isUntranslated,
  isWebUrl,
  latestProgress,
  latestStatus,
  progressEntryIssues,
  sortProgress,
} from '../../../src/lib/domain/progress.ts';
import type { ProgressEntry } from '../../../src/lib/domain/project.ts';

const entry = (over: Partial<Record<keyof ProgressEntry, unknown>> = {}) => ({
  date: '2023-06-28',
  status: 'in_operation',
  fact_zh: '水厂通水运行。',
  fact_en: 'The plant supplies water.',
  source_name: '每日甘肃网',
  source_url: 'https://example.org/page',
  retrieved: '2026-11-29',
  ...over,
});

describe('dates', () => {
  it.each([
    ['2023', true],
    ['2023-02', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13', false],
    ['2023-00', false],
    ['1899', false],
    ['23-01-01', false],
    ['2023/01/01', false],
    [2023, false],
  ])('%s is a real date: %s', (value, expected) => {
    expect(isRealDate(value)).toBe(expected);
  });

  it('asks for a whole day where one is needed', () => {
    expect(isRealDate('2023-06', { dayOnly: true })).toBe(false);
    expect(isRealDate('2023-06-01', { dayOnly: true })).toBe(true);
  });

  it('compares a year or month by its first day', () => {
    expect(firstDay('2023')).toBe('2023-01-01');
    expect(firstDay('2023-06')).toBe('2023-06-01');
    expect(firstDay('2023-06-28')).toBe('2023-06-28');
  });
});

describe('isWebUrl', () => {
  it.each([
    ['https://www.gansudaily.com.cn/a.html', true],
    ['http://example.org', true],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['//example.org/a', false],
    ['/relative', false],
    ['https://', false],
    [null, false],
  ])('%s → %s', (value, expected) => {
    expect(isWebUrl(value)).toBe(expected);
  });
});

describe('progressEntryIssues', () => {
  it('accepts a good entry, with or without a date kind', () => {
    expect(progressEntryIssues(entry(), '2026-11-29')).toEqual([]);
    expect(progressEntryIssues(entry({ date: '2023', date_kind: 'published' }), '2026-11-29')).toEqual([]);
  });

  it.each([
    ['not an object', 'x', ''],
    ['a date kind that is not known', entry({ date_kind: 'guess' }), 'date_kind'],
    ['an empty source name', entry({ source_name: ' ' }), 'source_name'],
    ['an English fact with no letters', entry({ fact_en: '水厂' }), 'fact_en'],
    ['a Chinese fact with no Chinese', entry({ fact_zh: 'Water.' }), 'fact_zh'],
    ['a month after the day it was read', entry({ date: '2026-12' }), 'date'],
  ])('reports %s', (_, value, field) => {
    expect(progressEntryIssues(value, '2026-11-29').map((i) => i.field)).toEqual([field]);
  });

  it('lets a month be read during that month', () => {
    expect(progressEntryIssues(entry({ date: '2026-11' }), '2026-11-29')).toEqual([]);
  });
});

describe('latest status', () => {
  const e = (date: string, status: ProgressEntry['status']) => entry({ date, status }) as ProgressEntry;

  it('orders oldest first, a year before its months, and keeps ties in order', () => {
    const sorted = sortProgress([e('2023-06', 'completed'), e('2023', 'started'), e('2022-10', 'other')]);
    expect(sorted.map((x) => x.date)).toEqual(['2022-10', '2023', '2023-06']);
  });

  it('is the last entry, or none', () => {
    expect(latestStatus({ progress: [] })).toBe('none');
    expect(latestProgress({ progress: [] })).toBeNull();
    expect(latestStatus({ progress: [e('2022', 'started'), e('2023', 'completed')] })).toBe('completed');
  });
});

describe("a district office's entry (reported_by)", () => {
  const today = '2026-12-07';
  const fields = (over: Parameters<typeof entry>[0]) =>
    progressEntryIssues(entry(over), today).map((issue) => issue.field);

  it('may have no address when the office is the source, and no English yet', () => {
    const own = { reported_by: '西峰区水务局', source_name: '西峰区水务局', source_url: null, fact_en: null };
    expect(fields(own)).toEqual([]);
    expect(fields({ ...own, source_url: undefined, fact_en: undefined })).toEqual([]);
    expect(isOfficeEntry(entry(own))).toBe(true);
    expect(isUntranslated(entry(own))).toBe(true);
  });

  it('still needs both for a public page found by a search', () => {
    expect(fields({ source_url: null, fact_en: null })).toEqual(['fact_en', 'source_url']);
    expect(isOfficeEntry(entry())).toBe(false);
    expect(isUntranslated(entry())).toBe(false);
  });

  it('refuses an empty office, or an address that is not http(s), even from an office', () => {
    expect(fields({ reported_by: ' ', source_url: null })).toEqual(['reported_by', 'source_url']);
    expect(fields({ reported_by: '区住建局', source_url: 'ftp://x' })).toEqual(['source_url']);
    expect(fields({ reported_by: '区住建局', fact_en: '水厂' })).toEqual(['fact_en']);
  });
});
