/**
 * The report side of a record in projects.yaml: which registered report it quotes (`report`), its
 * quote verbatim on a line of that report, the phases that report allows, and the record of an
 * earlier report it follows up (`continues`).
 */
import { PHASE_PATTERN, phaseKeys, reportPhases, type PhaseKey } from '../../src/lib/domain/phases.ts';
import { quoteIssue, type QuoteIssue } from './check-quote.ts';
import type { FieldReader } from './field-reader.ts';
import type { RegisteredReport, ReportRegistry } from './reports.ts';
import { preview } from './source-problem.ts';
import type { ProjectSource } from './source-types.ts';

export const REPORT_FIELD_HELP = {
  report: 'the id of the report the quote is from, as in geodata/reports.yaml (xifeng-2022)',
  continues: 'the id of the record of an earlier report that this record follows up; leave it out when none',
  quote: 'the clause of the report that names it, character for character',
  report_line: 'the 1-based line of the report file the quote is on',
};

/** The registry as the checks get it: null when geodata/reports.yaml could not be read (the checks that need a report are skipped). */
type Registry = ReportRegistry | null;

/** The record's report: its id and entry, either null when it cannot be known; undefined when reported. */
export interface RecordReport {
  id: string | null;
  entry: RegisteredReport | null;
}

export function readReport(reader: FieldReader, registry: Registry): RecordReport | undefined {
  const id = reader.text('report');
  if (id === undefined) return undefined;
  const entry = registry?.reports.get(id) ?? null;
  // A report written in the registry but unusable has its own problem there; the record is not blamed.
  if (entry !== null || registry === null || registry.idsWritten.has(id)) return { id, entry };
  const known = [...registry.idsWritten].join(', ') || 'none yet';
  reader.report(
    'report',
    `report ${preview(id)} is not in ${registry.file}`,
    `use one of: ${known}; or register the report there`,
  );
  return undefined;
}

/** The lines a quote is checked against, and how messages name them. */
export interface QuoteSource {
  lines: readonly string[];
  name: string;
}

/** A quote that is not in its own report but in another registered one: which, and on what line. */
function quoteInOtherReport(registry: Registry, own: RegisteredReport, quote: string): QuoteIssue | null {
  if (!registry || own.lines.some((line) => line.includes(quote))) return null;
  for (const other of registry.reports.values()) {
    const at = other.id === own.id ? -1 : other.lines.findIndex((line) => line.includes(quote));
    if (at < 0) continue;
    return {
      message: `quote is not in report ${own.id} (${own.file}); it is on line ${at + 1} of report ${other.id} (${other.file})`,
      fix: `set report: ${other.id} and report_line: ${at + 1}, or quote report ${own.id}`,
    };
  }
  return null;
}

export function readQuoteAndLine(
  reader: FieldReader,
  source: QuoteSource | null,
  report: RecordReport | undefined,
  registry: Registry,
): Pick<ProjectSource, 'quote' | 'report_line' | 'status_as_stated'> | undefined {
  const quote = reader.text('quote');
  const status = reader.text('status_as_stated');
  const lineCount = source?.lines.length ?? Number.MAX_SAFE_INTEGER;
  let line = reader.wholeNumber('report_line', 1);
  if (line !== undefined && line > lineCount) {
    reader.report(
      'report_line',
      `report_line ${line} is past the end of ${source?.name} (${lineCount} lines)`,
      `give ${REPORT_FIELD_HELP.report_line}`,
    );
    line = undefined;
  }
  // Each check runs as soon as its own fields are usable, so one run reports all it can.
  const issue =
    quote === undefined || line === undefined || source === null
      ? null
      : ((report?.entry ? quoteInOtherReport(registry, report.entry, quote) : null) ??
        quoteIssue(source.lines, quote, line, source.name));
  if (issue !== null) reader.report('quote', issue.message, issue.fix);
  if (quote === undefined || status === undefined || line === undefined) return undefined;
  if (!quote.includes(status)) {
    reader.report(
      'status_as_stated',
      `status_as_stated ${preview(status)} is not in the quote`,
      'copy the verb from the quote, character for character',
    );
  }
  return { quote, report_line: line, status_as_stated: status };
}

/** `"2023" (its tasks), "2022" (the year before), "2018-2022" (the five years before)`. */
function phaseChoices(year: number): string {
  const keys = phaseKeys(year);
  return `"${keys.tasks}" (its tasks), "${keys.lastYear}" (the year before), "${keys.fiveYears}" (the five years before)`;
}

/**
 * A phase of the record's report. When the report is not known (a problem reported on its own), the
 * phase can only be checked for its form.
 */
export function readPhase(reader: FieldReader, report: RegisteredReport | null): PhaseKey | undefined {
  const written = reader.fields.phase;
  if (report === null) {
    if (typeof written === 'string' && PHASE_PATTERN.test(written)) return written;
    reader.report(
      'phase',
      `phase ${preview(written)} is not a year "YYYY" or years "YYYY-YYYY"`,
      'give a phase of the record\'s report, e.g. "2022"',
    );
    return undefined;
  }
  const allowed = reportPhases(report.year);
  if (typeof written === 'string' && !allowed.includes(written)) {
    reader.report(
      'phase',
      `phase ${preview(written)} is not a phase of report ${report.id} (${report.year})`,
      `use one of: ${phaseChoices(report.year)}`,
    );
    return undefined;
  }
  return reader.oneOf('phase', allowed);
}

/**
 * The record of an earlier report this one follows up. `reportsOf` gives the report each record of
 * the file names (as written), so that a record may continue one written further down.
 */
export function readContinues(
  reader: FieldReader,
  own: { id: string | undefined; report: RegisteredReport | null },
  registry: Registry,
  reportsOf: ReadonlyMap<string, unknown>,
): string | null | undefined {
  if (reader.isAbsent('continues')) return null;
  const target = reader.text('continues');
  if (target === undefined) return undefined;
  const fix = `give ${REPORT_FIELD_HELP.continues}`;
  if (target === own.id) {
    reader.report('continues', 'continues names the record itself', fix);
    return undefined;
  }
  if (!reportsOf.has(target)) {
    reader.report('continues', `continues ${preview(target)}: no record has that id`, fix);
    return undefined;
  }
  const written = reportsOf.get(target);
  const earlier = typeof written === 'string' ? registry?.reports.get(written) : undefined;
  if (earlier === undefined || own.report === null || earlier.year < own.report.year) return target;
  reader.report(
    'continues',
    `continues ${target}, a record of report ${earlier.id} (${earlier.year}), which is not earlier than this record's report ${own.report.id} (${own.report.year})`,
    'a record can only continue a record of an earlier report: correct continues, or leave it out',
  );
  return undefined;
}
