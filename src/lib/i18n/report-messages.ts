/**
 * The texts of several reports: which report a record is from, the later reports that follow it up
 * in its timeline, the earlier record it continues. Chinese first; `en` is typed against `zh`.
 * `{name}` marks a value filled in by `rt`.
 */
import type { PublishedReport } from '../domain/reports.ts';
import { lookup, type Lang } from './lookup.ts';

export const zh = {
  reportLabel: '报告',
  continuesLabel: '延续',
  continuesRecord: '《{report}》中的{name}',
  laterReportSays: '后续的政府工作报告称',
  laterRecord: '该报告中的记录：{name}',
} as const;

export type ReportMessageKey = keyof typeof zh;

export const en: Record<ReportMessageKey, string> = {
  reportLabel: 'Report',
  continuesLabel: 'Follows up',
  continuesRecord: '{name}, in the {report}',
  laterReportSays: 'A later work report says',
  laterRecord: 'Its record in that report: {name}',
};

export const rt = lookup<ReportMessageKey>({ zh, en });

/** A report's title in the interface language. */
export const reportTitle = (report: PublishedReport, lang: Lang): string =>
  lang === 'zh' ? report.title_zh : report.title_en;
