/**
 * Which registered report (geodata/reports.yaml) the extractor is reading, so that its drafts name
 * it (`report:`); and, for a report not registered yet, the entry to add, filled in from the text.
 */
import { sha256 } from '../data/reference-data.ts';
import type { RegisteredReport } from '../data/reports.ts';
import { PROJECT_ID_PATTERN } from '../../src/lib/domain/validate-properties.ts';
import { paragraphs } from './segment.ts';
import { deliveryDate } from './year.ts';
import { scalar } from './yaml-writer.ts';

export interface ReportText {
  /** The path as the registry writes it: relative to the repository root. */
  file: string;
  /** The file's bytes, which the registry's sha256 is of (a text not in UTF-8 decodes lossily). */
  bytes: Uint8Array;
  text: string;
}

/** A report read from its bytes, as the CLI reads it. */
export function reportText(file: string, bytes: Uint8Array): ReportText {
  return { file, bytes, text: new TextDecoder().decode(bytes) };
}

/** The registered report with this file, or with these exact bytes under another name. */
export function findRegistered(
  reports: Iterable<RegisteredReport>,
  report: ReportText,
): RegisteredReport | null {
  const hash = sha256(report.bytes);
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
  if (PROJECT_ID_PATTERN.test(base)) return base;
  return year === null ? 'report' : `report-${year}`;
}

/** The registry entry to paste into geodata/reports.yaml; what the text does not say is TODO. */
export function registryEntry(report: ReportText, year: number | null): string {
  const title =
    report.text
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? 'TODO';
  const date = deliveryDate(paragraphs(report.text));
  const two = (n: number) => String(n).padStart(2, '0');
  const delivered = date ? `${date.year}-${two(date.month)}-${two(date.day)}` : 'TODO';
  return [
    `- id: ${suggestedId(report.file, year)}`,
    `  title_zh: ${scalar(title)}`,
    '  title_en: TODO',
    `  year: ${year ?? 'TODO'}`,
    `  delivered: "${delivered}"`,
    `  file: ${scalar(report.file)}`,
    `  sha256: ${sha256(report.bytes)}`,
  ].join('\n');
}
