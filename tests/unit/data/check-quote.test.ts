import { describe, expect, it } from 'vitest';
import { quoteIssue } from '../../../scripts/data/check-quote.ts';

/** How the messages name the report: the build gives its file. */
const REPORT = 'report.txt';

const lines = [
  '标题',
  '',
  '建成投用董志塬水厂,完成10公里老旧供水管道。',
  '',
  '打通正宁西路、翼龙路等5条断头路。建成投用董志塬水厂',
];

describe('quoteIssue', () => {
  it('accepts a quote on its line', () => {
    expect(quoteIssue(lines, '完成10公里老旧供水管道', 3, REPORT)).toBeNull();
  });

  it('names the line a quote is on when the record gives another', () => {
    expect(quoteIssue(lines, '5条断头路', 3, REPORT)).toEqual({
      message: 'quote is not on line 3 of report.txt; it is on line 5',
      fix: 'set report_line: 5',
    });
  });

  it('names every line when the quote is on several', () => {
    expect(quoteIssue(lines, '建成投用董志塬水厂', 1, REPORT)?.message).toBe(
      'quote is not on line 1 of report.txt; it is on lines 3, 5',
    );
  });

  it('shows the first differing character, half- against full-width', () => {
    expect(quoteIssue(lines, '董志塬水厂，完成', 3, REPORT)?.message).toBe(
      'quote is not in report.txt: its first 5 characters match line 3; then the quote has "，" (U+FF0C) where the report has "," (U+002C)',
    );
  });

  it('says when nothing matches, and refuses a quote spanning lines', () => {
    expect(quoteIssue(lines, 'no such text', 3, REPORT)?.message).toBe(
      'quote is not in report.txt: no part of it matches the start of any clause in the report',
    );
    expect(quoteIssue(lines, '水厂\n完成', 3, REPORT)?.message).toBe('quote has a line break');
  });

  it('handles a 1 MB quote', () => {
    expect(quoteIssue(lines, `建成${'x'.repeat(1_000_000)}`, 3, REPORT)?.message).toBe(
      'quote is not in report.txt: its first 2 characters match line 3; then the quote has "x" (U+0078) where the report has "投" (U+6295)',
    );
  });
});
