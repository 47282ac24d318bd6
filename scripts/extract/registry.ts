/**
 * Which registered report (geodata/reports.yaml) the extractor is reading, so that its drafts name
 * it (`report:`); and, for a report not registered yet, the entry to add, filled in from the text.
 */
import { createHash } from 'node:crypto';
import type { RegisteredReport } from '../data/reports';
import { scalar } from './yaml-writer';

export interface ReportText {
  /** The path as the registry writes it: relative to the repository root. */
  file: string;
  text: string;
}

/** The delivery line under the title: "——2021年11月18日在…", as YYYY-MM-DD. */
const DELIVERY_DATE = /^\s*——\s*(\d{4})年(\d{1,2})月(\d{1,2})日/m;

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The registered report with this file, or with these exact bytes under another name. */
export function findRegistered(
  reports: Iterable<RegisteredReport>,
  report: ReportText,
): RegisteredReport | null {
  const hash = sha256Of(report.text);
  for (const entry of reports) if (entry.file === report.file || entry.sha256 === hash) return entry;
  return null;
}

/** "geodata/sources/qinghe-2024-government-work-report.txt" → "qinghe-2024". */
export function suggestedId(file: string, year: number | null): string {
  const name = (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
  const base = name
    .replace(/-government-work-report$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(base)) return base;
  return year === null ? 'report' : `report-${year}`;
}

/** The registry entry to paste into geodata/reports.yaml; what the text does not say is TODO. */
export function registryEntry(report: ReportText, year: number | null): string {
  const title =
    report.text
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? 'TODO';
  const date = DELIVERY_DATE.exec(report.text);
  const delivered = date ? `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` : 'TODO';
  return [
    `- id: ${suggestedId(report.file, year)}`,
    `  title_zh: ${scalar(title)}`,
    '  title_en: TODO',
    `  year: ${year ?? 'TODO'}`,
    `  delivered: "${delivered}"`,
    `  file: ${scalar(report.file)}`,
    `  sha256: ${sha256Of(report.text)}`,
  ].join('\n');
}
