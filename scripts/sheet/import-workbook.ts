/**
 * `npm run sheet:import` and the editor's upload: a returned workbook read (open-workbook.ts,
 * read-rows.ts), its rows applied to the sources (apply-rows.ts), and the result built by the same
 * pipeline as `npm run data:build` in a temporary copy, exactly as an editor save is. What the build
 * refuses is tied back to the rows of its record or township. All or nothing by default: one refused
 * row and nothing is written; with `acceptValid`, the rows that build are written and the rest
 * listed. Writing goes through the editor's store (atomic, undoable byte for byte).
 */
import { parse } from 'yaml';
import { problemText } from '../../src/lib/domain/source-problem-text.ts';
import { fitTownshipWeights } from '../data/fit-weights.ts';
import type { SourceProblem } from '../data/source-problem.ts';
import { buildCandidate, inCandidateCopy } from '../editor/check-candidate.ts';
import { sourcesHash, type EditorStore } from '../editor/editor-store.ts';
import type { SourceTexts } from '../editor/source-edit.ts';
import { applyRows, sortRows } from './apply-rows.ts';
import { fingerprints, parseSources } from './fingerprints.ts';
import { LOCATION_SHEET, PROGRESS_SHEET, TOWNSHIP_SHEET, type DataSheet } from './layout.ts';
import { openWorkbook } from './open-workbook.ts';
import { readSheet, type ReadContext, type RowChange } from './read-rows.ts';
import { fileRefusal, refusal, type Refusal } from './refusal.ts';

export interface ImportOptions {
  /** Show what would change; write nothing. */
  dryRun: boolean;
  /** Write the rows that pass and list the rest, instead of writing nothing when any row is refused. */
  acceptValid: boolean;
  today: string;
  townshipAt: ReadContext['townshipAt'];
}

export interface ImportResult {
  refusals: Refusal[];
  /** The rows whose changes are in `diff`. */
  applied: RowChange[];
  /** Rows the data already holds (the same workbook imported before). */
  skipped: RowChange[];
  /** Whether the files were written. */
  written: boolean;
  /** The unified diff of the source files for the rows in `applied`. */
  diff: string;
  /** Records placed by the workbook whose note still says their place is unknown: to rewrite. */
  staleNotes: string[];
  /** Whether the data changed since the workbook was exported (null: the workbook does not say). */
  changedSinceExport: boolean | null;
}

/** A note written when no place was known ("位置不详：…") is false once the record is placed. */
const PLACE_UNKNOWN = /位置不详|未定位|未找到.{0,12}位置/;

function staleNotes(texts: SourceTexts, rows: readonly RowChange[]): string[] {
  const placed = new Set(rows.filter((r) => r.sheet === LOCATION_SHEET).map((r) => r.key));
  return ((parse(texts.projects) as Record<string, unknown>[] | null) ?? [])
    .filter((r) => placed.has(String(r.id)) && PLACE_UNKNOWN.test(String(r.note_zh ?? '')))
    .map((r) => String(r.id));
}

const DATA_SHEETS: DataSheet[] = [PROGRESS_SHEET, LOCATION_SHEET, TOWNSHIP_SHEET];

/** How many applied rows each data sheet gave. */
export function appliedBySheet(result: Pick<ImportResult, 'applied'>): Record<DataSheet, number> {
  const counts = Object.fromEntries(DATA_SHEETS.map((sheet) => [sheet, 0])) as Record<DataSheet, number>;
  for (const row of result.applied) counts[row.sheet] += 1;
  return counts;
}

const SHEET_ORDER = [null, PROGRESS_SHEET, LOCATION_SHEET, TOWNSHIP_SHEET];

/** The file's refusals first, then each sheet's by row, as a person goes through the workbook. */
function inWorkbookOrder(refusals: Refusal[]): Refusal[] {
  return refusals
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        SHEET_ORDER.indexOf(a.r.sheet) - SHEET_ORDER.indexOf(b.r.sheet) ||
        (a.r.row ?? 0) - (b.r.row ?? 0) ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}

/** Whether a build problem is about the row's record (its id, its own site) or its township. */
function concerns(problem: SourceProblem, change: RowChange, townshipFile: string): boolean {
  if (change.sheet === TOWNSHIP_SHEET) return problem.file === townshipFile;
  const about = `${problem.subject ?? ''} ${problem.message}`;
  // Whole ids only: the row of `parking` is not about `parking-2022`. A workbook's site is site.<id>.
  const id = change.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(record |site\\.)${id}(?![a-z0-9-])`).test(about);
}

function buildRefusal(problem: SourceProblem, change: RowChange | null): Refusal {
  const where = change
    ? { sheet: change.sheet, row: change.row, key: change.key, column: null }
    : { sheet: null, row: null, column: null };
  return refusal(
    where,
    { message: `数据检查未通过：${problemText(problem, 'zh')}`, fix: '请按提示更正本行后再导入。' },
    { message: `the data check refused it: ${problem.message}.`, fix: `${problem.fix}.` },
  );
}

/** The texts with `changes` applied, areas refitted when one changed, and the build's problems. */
function candidate(store: EditorStore, texts: SourceTexts, changes: readonly RowChange[]) {
  if (changes.length === 0) return { next: texts, problems: [] };
  let next = applyRows(texts, changes);
  let problems: SourceProblem[] = [];
  if (changes.some((c) => c.sheet === TOWNSHIP_SHEET && c.facts.area)) {
    const fit = inCandidateCopy(store.paths, next, fitTownshipWeights);
    if (fit.text === null) problems = fit.problems;
    else next = { ...next, townships: fit.text };
  }
  if (problems.length === 0) problems = buildCandidate(store.paths, next).problems;
  return { next, problems };
}

export async function importWorkbook(
  store: EditorStore,
  name: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportResult> {
  const result = await importRows(store, name, bytes, options);
  return { ...result, refusals: inWorkbookOrder(result.refusals) };
}

async function importRows(
  store: EditorStore,
  name: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportResult> {
  const nothing = {
    applied: [],
    skipped: [],
    written: false,
    diff: '',
    staleNotes: [],
    changedSinceExport: null,
  };
  const opened = await openWorkbook(name, bytes);
  if (opened.sheets === null) return { refusals: opened.refusals, ...nothing };
  const texts = store.read();
  const baseHash = sourcesHash(texts);
  const changedSinceExport = opened.exportedFrom === null ? null : opened.exportedFrom !== baseHash;
  const sources = parseSources(texts);
  const prints = fingerprints(sources);
  const context: ReadContext = {
    today: options.today,
    keys: {
      [PROGRESS_SHEET]: new Set(prints.records.keys()),
      [LOCATION_SHEET]: new Set(prints.records.keys()),
      [TOWNSHIP_SHEET]: new Set(prints.townships.keys()),
    },
    townshipAt: options.townshipAt,
  };
  const refusals = [...opened.refusals];
  const changes: RowChange[] = [];
  for (const sheet of DATA_SHEETS) {
    const read = readSheet(sheet, opened.sheets.get(sheet)!.rows, context);
    changes.push(...read.changes);
    refusals.push(...read.refusals);
  }
  const sorted = sortRows(sources, prints, changes);
  refusals.push(...sorted.conflicts);
  // Build, drop the rows the build refuses, and build again, until what is left builds.
  let rows = sorted.apply;
  let built = candidate(store, texts, rows);
  while (built.problems.length > 0) {
    const refused = new Set<RowChange>();
    for (const problem of built.problems) {
      const owners = rows.filter((row) => concerns(problem, row, store.paths.townshipFacts));
      if (owners.length === 0) refusals.push(buildRefusal(problem, null));
      for (const row of owners) {
        refused.add(row);
        refusals.push(buildRefusal(problem, row));
      }
    }
    if (refused.size === 0) return { refusals, ...nothing, skipped: sorted.skipped };
    rows = rows.filter((row) => !refused.has(row));
    built = candidate(store, texts, rows);
  }
  const diff = store.diff(texts, built.next);
  const write = !options.dryRun && rows.length > 0 && (refusals.length === 0 || options.acceptValid);
  if (write) {
    const saved = store.save(baseHash, () => built.next);
    if (saved.status !== 200)
      return {
        refusals: [
          ...refusals,
          fileRefusal(
            { message: '导入期间数据文件被改动了，未写入任何内容。', fix: '请重新导入。' },
            {
              message: 'the data files changed while the workbook was being imported; nothing was written.',
              fix: 'import it again.',
            },
          ),
        ],
        ...nothing,
        skipped: sorted.skipped,
        changedSinceExport,
      };
  }
  return {
    refusals,
    applied: rows,
    skipped: sorted.skipped,
    written: write,
    diff,
    staleNotes: staleNotes(built.next, rows),
    changedSinceExport,
  };
}
