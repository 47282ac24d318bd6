import { describe, expect, it } from 'vitest';
import { messages } from '../../src/lib/i18n/messages.ts';
import * as reportMessages from '../../src/lib/i18n/report-messages.ts';
import { reportTitle, rt } from '../../src/lib/i18n/report-messages.ts';
import * as mapMessages from '../../src/lib/i18n/map-messages.ts';
import { mt } from '../../src/lib/i18n/map-messages.ts';

// Every key exists in both languages by type: \`en\` is a Record over the Chinese keys, so tsc fails
// on a key missing or extra in either. What the types cannot see is checked here.
describe('messages', () => {
  it('are never empty, and the Chinese ones are in Chinese', () => {
    for (const [key, text] of Object.entries(messages.zh)) {
      expect(text.trim(), key).not.toBe('');
      if (key !== 'switchLanguage') expect(text, key).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const [key, text] of Object.entries(messages.en)) expect(text.trim(), key).not.toBe('');
  });
});

describe('the texts of several reports (report-messages.ts)', () => {
  it('are never empty, the Chinese ones in Chinese', () => {
    for (const [key, text] of Object.entries(reportMessages.zh)) expect(text, key).toMatch(/[\u4e00-\u9fff]/);
    for (const [key, text] of Object.entries(reportMessages.en)) expect(text.trim(), key).not.toBe('');
  });

  it('fill in their values, and give a report its title in the interface language', () => {
    const report = {
      title_zh: '西峰区2023年政府工作报告',
      title_en: 'Xifeng District government work report 2023',
    };
    expect(rt('zh', 'laterRecord', { name: '董志塬水厂' })).toBe('该报告中的记录：董志塬水厂');
    expect(
      reportTitle({ ...report, id: 'xifeng-2023', year: 2023, delivered: '2022-11-25', file: 'r.txt' }, 'en'),
    ).toBe(report.title_en);
  });
});

describe('the texts of the map (map-messages.ts)', () => {
  it('are never empty, the Chinese ones in Chinese, and fill in their values', () => {
    for (const [key, text] of Object.entries(mapMessages.zh)) expect(text, key).toMatch(/[\u4e00-\u9fff]/);
    for (const [key, text] of Object.entries(mapMessages.en)) expect(text.trim(), key).not.toBe('');
    expect(mt('en', 'seatHeading', { township: 'Dongzhi Town', n: 12 })).toBe('Dongzhi Town: 12 projects');
  });
});
