import { describe, expect, it } from 'vitest';
import { problemText } from '../../../src/lib/domain/source-problem-text.ts';
import { progressEntryIssues } from '../../../src/lib/domain/progress.ts';

describe('problemText', () => {
  const outside = {
    field: 'coordinates',
    message: 'coordinates [108.5, 36.5] in WGS84 lie outside the district boundary',
    fix: 'check the numbers and the datum',
  };

  it('says in Chinese what is wrong, and gives English the validator’s own words and fix', () => {
    expect(problemText(outside, 'zh')).toMatch(/^该点不在西峰区界内/);
    expect(problemText(outside, 'en')).toBe(`${outside.message}: ${outside.fix}`);
  });

  it('has Chinese for every problem a progress entry from the form can have', () => {
    const bad = {
      date: '2031-02-30',
      status: '',
      fact_zh: 'Started in spring',
      fact_en: '开工',
      source_name: '',
      source_url: 'ftp://x',
      retrieved: '2099-01-01',
    };
    const issues = [
      ...progressEntryIssues(bad, '2026-11-29'),
      ...progressEntryIssues(
        { ...bad, date: '2026-12', retrieved: '2026-11-01', fact_zh: '开工 Started in spring' },
        '2026-11-29',
      ),
    ];
    expect(issues.length).toBeGreaterThan(6);
    for (const issue of issues) {
      const text = problemText(issue, 'zh');
      // A translated text has no validator wording left in it.
      expect(text, issue.message).not.toMatch(/校验程序原文/);
      expect(text).toMatch(/\p{Script=Han}/u);
    }
  });

  it('keeps an unforeseen problem whole, under a Chinese heading', () => {
    const text = problemText({ field: 'nbs_code', message: 'nbs_code 1 is odd', fix: 'fix it' }, 'zh');
    expect(text).toBe('nbs_code：校验未通过（校验程序原文：nbs_code 1 is odd；fix it）');
  });
});
