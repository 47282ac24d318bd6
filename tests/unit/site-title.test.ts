import { describe, expect, it } from 'vitest';
import { reportYears, siteTitle } from '../../src/lib/i18n/report-messages.ts';

describe("the site's title names the years of the reports it maps", () => {
  it('one report: its year, as the page has always said for 2022', () => {
    expect(siteTitle([{ year: 2022 }], 'zh')).toBe('西峰区2022年政府工作报告项目地图');
    expect(siteTitle([{ year: 2022 }], 'en')).toBe(
      'Xifeng District 2022 Government Work Report: Project Map',
    );
  });

  it("next year's report alone, or with the earlier one", () => {
    expect(siteTitle([{ year: 2023 }], 'zh')).toBe('西峰区2023年政府工作报告项目地图');
    expect(siteTitle([{ year: 2022 }, { year: 2023 }], 'zh')).toBe('西峰区2022—2023年政府工作报告项目地图');
    expect(siteTitle([{ year: 2023 }, { year: 2022 }], 'en')).toBe(
      'Xifeng District 2022–2023 Government Work Reports: Project Map',
    );
  });

  it('no year before the reports are in', () => {
    expect(siteTitle([], 'zh')).toBe('西峰区政府工作报告项目地图');
    expect(reportYears([], 'en')).toBeNull();
  });
});
