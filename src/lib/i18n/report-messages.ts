/**
 * The texts of several reports: which report a record is from, the later reports that follow it up
 * in its timeline, the earlier record it continues. Chinese first; `en` is typed against `zh`.
 * `{name}` marks a value filled in by `rt`.
 */
import type { PublishedReport, ReportFacts } from '../domain/reports.ts';
import { lookup, type Lang } from './lookup.ts';
import { t } from './messages.ts';

export const zh = {
  reportLabel: '报告',
  continuesLabel: '延续',
  continuesRecord: '《{report}》中的{name}',
  laterReportSays: '后续的政府工作报告称',
  laterRecord: '该报告中的记录：{name}',
  siteTitle: '西峰区{years}年政府工作报告项目地图',
  siteTitleSeveral: '西峰区{years}年政府工作报告项目地图',
  siteTitlePending: '西峰区政府工作报告项目地图',
  reportsCredit: '西峰区{years}年政府工作报告',
  reportsCreditPending: '西峰区政府工作报告',
} as const;

export type ReportMessageKey = keyof typeof zh;

export const en: Record<ReportMessageKey, string> = {
  reportLabel: 'Report',
  continuesLabel: 'Follows up',
  continuesRecord: '{name}, in the {report}',
  laterReportSays: 'A later work report says',
  laterRecord: 'Its record in that report: {name}',
  siteTitle: 'Xifeng District {years} Government Work Report: Project Map',
  siteTitleSeveral: 'Xifeng District {years} Government Work Reports: Project Map',
  siteTitlePending: 'Xifeng District Government Work Report: Project Map',
  reportsCredit: 'Xifeng Government Work Report {years}',
  reportsCreditPending: 'Xifeng Government Work Reports',
};

export const rt = lookup<ReportMessageKey>({ zh, en });

/** A report's title in the interface language. */
export const reportTitle = (report: PublishedReport, lang: Lang): string =>
  lang === 'zh' ? report.title_zh : report.title_en;

/** The first and last year of the reports, or null for none. */
function yearSpan(reports: readonly Pick<ReportFacts, 'year'>[]): [number, number] | null {
  if (reports.length === 0) return null;
  const years = reports.map((r) => r.year);
  return [Math.min(...years), Math.max(...years)];
}

/** The years the reports cover: "2022", or "2022—2023" ("2022–2023" in English); null for none. */
export function reportYears(reports: readonly Pick<ReportFacts, 'year'>[], lang: Lang): string | null {
  const span = yearSpan(reports);
  if (span === null) return null;
  const [first, last] = span;
  return first === last ? `${first}` : `${first}${lang === 'zh' ? '—' : '–'}${last}`;
}

/**
 * The site's title, naming the years of the reports it maps, so that next year's data retitles it.
 * Without a year until the reports are in.
 */
export function siteTitle(reports: readonly Pick<ReportFacts, 'year'>[], lang: Lang): string {
  const span = yearSpan(reports);
  if (span === null) return rt(lang, 'siteTitlePending');
  const several = span[0] !== span[1];
  return rt(lang, several ? 'siteTitleSeveral' : 'siteTitle', { years: reportYears(reports, lang)! });
}

/**
 * The credits: the boundaries, the divisions and the reports the map shows (and that the township
 * areas are schematic, when they are). One line for the page's foot and the map's ⓘ alike.
 */
export function creditLine(
  reports: readonly Pick<ReportFacts, 'year'>[],
  lang: Lang,
  schematic: boolean,
): string {
  const years = reportYears(reports, lang);
  const mapped = years === null ? rt(lang, 'reportsCreditPending') : rt(lang, 'reportsCredit', { years });
  return `${t(lang, 'attribution', { reports: mapped })}${schematic ? ` · ${t(lang, 'schematicShort')}` : ''}`;
}
