import { describe, expect, it } from 'vitest';
import { sourceFormIssues, sourceTexts } from '../../../src/lib/domain/location-source-form.ts';
import { todayIso } from '../../../src/lib/domain/progress.ts';

describe('the location source form', () => {
  it('turns a citation into both languages, with its address apart', () => {
    const form = { kind: 'citation' as const, title: '西峰区水务局通知', url: ' https://example.gov.cn/a ' };
    expect(sourceFormIssues(form)).toEqual([]);
    expect(sourceTexts(form)).toEqual({
      location_source_zh: '引用：西峰区水务局通知',
      location_source_en: 'cited: 西峰区水务局通知',
      source_url: 'https://example.gov.cn/a',
    });
    expect(sourceTexts({ ...form, url: '' })).not.toHaveProperty('source_url');
  });

  it('records local knowledge and site visits with the unit and the date', () => {
    const known = { kind: 'local' as const, how: 'known' as const, unit: '区水务局', date: '2026-11-29' };
    expect(sourceTexts(known)).toEqual({
      location_source_zh: '本单位掌握：区水务局，2026-11-29',
      location_source_en: 'local knowledge of 区水务局, 2026-11-29',
    });
    expect(sourceTexts({ ...known, how: 'visited' }).location_source_zh).toBe(
      '现场核实：区水务局，2026-11-29',
    );
  });

  it('names what is missing or wrong', () => {
    expect(sourceFormIssues({ kind: 'citation', title: ' ', url: 'javascript:alert(1)' })).toEqual([
      'title',
      'url',
    ]);
    expect(sourceFormIssues({ kind: 'local', how: 'known', unit: '', date: '29/11/2026' })).toEqual([
      'unit',
      'date',
    ]);
  });

  it('dates in China’s time zone, as the build checks them', () => {
    expect(todayIso(new Date('2026-11-29T17:00:00Z'))).toBe('2026-11-30');
    expect(todayIso(new Date('2026-11-29T15:59:00Z'))).toBe('2026-11-29');
  });
});
