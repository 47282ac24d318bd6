/**
 * The registry of the reports the records quote (geodata/reports.yaml, docs/data-model.md): for each,
 * its id, titles, the year whose tasks it sets out, the day it was delivered, its text file and that
 * file's sha256. A record names its report: its quote is checked against that report's lines, its
 * phase against that report's year (reportPhases, src/lib/domain/phases.ts).
 */
import { isRealDate } from '../../src/lib/domain/progress.ts';
import { PROJECT_ID_PATTERN } from '../../src/lib/domain/validate-projects.ts';
import type { ReportFacts } from '../../src/lib/domain/reports.ts';
import { FieldReader, isMapping, type FieldHelp } from './field-reader.ts';
import { loadYamlList, type SourceItem } from './load-sources.ts';
import type { DataPaths } from './paths.ts';
import { readBytes, readText } from './read-file.ts';
import { reportLines, sha256 } from './reference-data.ts';
import { preview, type SourceProblem } from './source-problem.ts';

/** A registry entry whose checks passed; its phases follow from its year (reportPhases). */
export interface RegisteredReport extends ReportFacts {
  /** The text file, relative to the repository root, as shown in messages. */
  file: string;
  sha256: string;
  /** Line n of the file is `lines[n - 1]`. */
  lines: readonly string[];
}

export interface ReportRegistry {
  /** The registry's path, as shown in messages. */
  file: string;
  /** Every id written in the registry, also of entries with problems: a record naming one is not blamed. */
  idsWritten: ReadonlySet<string>;
  /** The entries that passed their checks, by id. An entry whose sha256 differs stays: its lines still serve. */
  reports: ReadonlyMap<string, RegisteredReport>;
}

const REPORT_HELP: FieldHelp = {
  id: 'a stable id, lower-case ASCII words joined by "-" (xifeng-2022)',
  title_zh: "the report's title in Chinese, as its first line gives it",
  title_en: "the report's title in English",
  year: 'the year whose tasks the report sets out (2022 for the report delivered in November 2021)',
  delivered: 'the day the report was delivered, "YYYY-MM-DD" in quotes, as its delivery line says',
  file: 'the path of the report text, a .txt file in geodata/sources/ (geodata/sources/<id>-government-work-report.txt)',
  sha256: "the file's sha256: 64 lower-case hex digits (sha256sum <file>)",
};

/** The first year a district government could have delivered a work report in. */
const FIRST_YEAR = 1949;

function readId(reader: FieldReader, seen: Map<string, number>, line: number): string | undefined {
  const id = reader.text('id');
  if (id === undefined) return undefined;
  if (!PROJECT_ID_PATTERN.test(id)) {
    reader.report('id', `id ${preview(id)} is not lower-case words joined by "-"`, `give ${REPORT_HELP.id}`);
    return undefined;
  }
  const firstLine = seen.get(id);
  if (firstLine === undefined) {
    seen.set(id, line);
    return id;
  }
  reader.report('id', `id ${id} is already used on line ${firstLine}`, 'give every report its own id');
  return undefined;
}

function readDelivered(reader: FieldReader): string | undefined {
  const delivered = reader.text('delivered');
  if (delivered === undefined || isRealDate(delivered, { dayOnly: true })) return delivered;
  reader.report(
    'delivered',
    `delivered ${preview(delivered)} is not a real day`,
    `give ${REPORT_HELP.delivered}`,
  );
  return undefined;
}

function readSha256(reader: FieldReader): string | undefined {
  const hash = reader.text('sha256');
  if (hash === undefined || /^[0-9a-f]{64}$/.test(hash)) return hash;
  reader.report(
    'sha256',
    `sha256 ${preview(hash)} is not 64 lower-case hex digits`,
    `give ${REPORT_HELP.sha256}`,
  );
  return undefined;
}

/** The report's text; a file that differs from its sha256 is reported, but its lines are still used. */
function readReportText(reader: FieldReader, paths: DataPaths, file: string, expected: string | undefined) {
  const fix = 'put the report text at that path (relative to the repository root), or correct file';
  const bytes = readBytes(paths, file, fix);
  if (!bytes.ok) {
    reader.report('file', `${file}: ${bytes.problem.message}`, bytes.problem.fix);
    return undefined;
  }
  const actual = sha256(bytes.value);
  if (expected !== undefined && actual !== expected)
    reader.report(
      'sha256',
      `the sha256 of ${file} is ${actual}, expected ${expected}`,
      `restore the original report text: every quote is checked against it (or, if the text was corrected on purpose, set sha256: ${actual})`,
    );
  return bytes.value.toString('utf8');
}

/** Report texts live in geodata/sources/: the build publishes whatever file the registry names. */
const SOURCES_FOLDER = /^geodata\/sources\/[^/\\]+\.txt$/;

function readFile(reader: FieldReader): string | undefined {
  const file = reader.text('file');
  if (file === undefined || SOURCES_FOLDER.test(file)) return file;
  reader.report(
    'file',
    `file ${preview(file)} is not a .txt file in geodata/sources/`,
    `give ${REPORT_HELP.file}`,
  );
  return undefined;
}

/**
 * Reports are listed in the order they were delivered: the first is the one a reader link without
 * `report=` opens (the links shared before there was a second report), so it must stay first.
 */
function checkDeliveredOrder(
  items: readonly SourceItem[],
  reports: readonly RegisteredReport[],
  file: string,
) {
  const problems: SourceProblem[] = [];
  reports.forEach((report, i) => {
    const earlier = reports.slice(0, i).find((other) => other.delivered > report.delivered);
    if (!earlier) return;
    const item = items.find((it) => isMapping(it.value) && it.value.id === report.id);
    problems.push({
      file,
      line: item?.line ?? 1,
      subject: `report ${report.id}`,
      field: 'delivered',
      message: `report ${report.id} (delivered ${report.delivered}) is listed after ${earlier.id} (delivered ${earlier.delivered})`,
      fix: 'list the reports in the order they were delivered, earliest first: links without report= open the first',
    });
  });
  return problems;
}

function checkEntry(
  item: SourceItem,
  paths: DataPaths,
  seen: Map<string, number>,
  problems: SourceProblem[],
): RegisteredReport | null {
  const rawId = isMapping(item.value) ? item.value.id : undefined;
  const named = typeof rawId === 'string' && PROJECT_ID_PATTERN.test(rawId) && rawId.length <= 100;
  const subject = named ? `report ${rawId}` : `report #${item.index + 1}`;
  if (!FieldReader.isMapping(item, subject, problems)) return null;
  const before = problems.length;
  const reader = new FieldReader(item, subject, REPORT_HELP, problems);
  reader.rejectUnknownFields();
  const entry = {
    id: readId(reader, seen, item.line),
    title_zh: reader.text('title_zh'),
    title_en: reader.text('title_en'),
    year: reader.wholeNumber('year', FIRST_YEAR),
    delivered: readDelivered(reader),
    file: readFile(reader),
    sha256: readSha256(reader),
  };
  const fieldsOk = problems.length === before;
  const text = entry.file === undefined ? undefined : readReportText(reader, paths, entry.file, entry.sha256);
  if (!fieldsOk || text === undefined) return null;
  return { ...(entry as Omit<RegisteredReport, 'lines'>), lines: reportLines(text) };
}

/** geodata/reports.yaml, checked, with each report's lines; null when the registry itself is unreadable. */
export function readReportRegistry(paths: DataPaths): {
  registry: ReportRegistry | null;
  problems: SourceProblem[];
} {
  const text = readText(paths, paths.reports, 'create it as described in docs/data-model.md');
  if (!text.ok) return { registry: null, problems: [text.problem] };
  const loaded = loadYamlList(text.value, paths.reports, 'report');
  if (loaded.problems.length > 0) return { registry: null, problems: loaded.problems };
  const problems: SourceProblem[] = [];
  const seen = new Map<string, number>();
  const reports = new Map<string, RegisteredReport>();
  for (const item of loaded.items) {
    const entry = checkEntry(item, paths, seen, problems);
    if (entry !== null) reports.set(entry.id, entry);
  }
  problems.push(...checkDeliveredOrder(loaded.items, [...reports.values()], paths.reports));
  const idsWritten = new Set(
    loaded.items.flatMap((item) =>
      isMapping(item.value) && typeof item.value.id === 'string' ? [item.value.id] : [],
    ),
  );
  return { registry: { file: paths.reports, idsWritten, reports }, problems };
}
