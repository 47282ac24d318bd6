/**
 * File access for the pipeline: reads the report, the reference data and the two YAML sources,
 * turning a missing or unreadable file into a problem instead of an exception.
 */
import { existsSync, readFileSync } from 'node:fs';
import { absolute, type DataPaths } from './paths';
import { parseBoundary, parseTownshipsJson, reportHashProblem, reportLines } from './reference-data';
import type { ReferenceData, SourceFile } from './check-sources';
import { errorMessage, fileProblem, type SourceProblem } from './source-problem';

export type FileRead<T> = { ok: true; value: T } | { ok: false; problem: SourceProblem };

export function readText(paths: DataPaths, file: string, fix: string): FileRead<string> {
  const path = absolute(paths, file);
  if (!existsSync(path)) return { ok: false, problem: fileProblem(file, 'the file is missing', fix) };
  try {
    return { ok: true, value: readFileSync(path, 'utf8') };
  } catch (error) {
    return {
      ok: false,
      problem: fileProblem(file, `the file could not be read: ${errorMessage(error)}`, fix),
    };
  }
}

export function readJson(paths: DataPaths, file: string, fix: string): FileRead<unknown> {
  const text = readText(paths, file, fix);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.value) as unknown };
  } catch (error) {
    return {
      ok: false,
      problem: fileProblem(file, `the file is not valid JSON: ${errorMessage(error)}`, fix),
    };
  }
}

export interface Inputs {
  reference: ReferenceData;
  places: SourceFile | null;
  projects: SourceFile | null;
  townshipFacts: SourceFile | null;
  problems: SourceProblem[];
}

const GEODATA_FIX = 'run npm run geodata:build, which writes it';

export function readInputs(paths: DataPaths): Inputs {
  const problems: SourceProblem[] = [];
  const reference: ReferenceData = { gazetteer: null, boundary: null, reportLines: null };
  const reportFix = 'restore the report file; every quote is checked against it';
  if (!existsSync(absolute(paths, paths.report)))
    problems.push(fileProblem(paths.report, 'the file is missing', reportFix));
  else {
    const bytes = readFileSync(absolute(paths, paths.report));
    const hashProblem = reportHashProblem(bytes, paths.reportSha256, paths.report);
    if (hashProblem !== null) problems.push(hashProblem);
    reference.reportLines = reportLines(bytes.toString('utf8'));
  }
  const townships = readJson(paths, paths.townshipsJson, GEODATA_FIX);
  const gazetteer = townships.ok ? parseTownshipsJson(townships.value, paths.townshipsJson) : null;
  if (!townships.ok) problems.push(townships.problem);
  else if (gazetteer !== null) problems.push(...gazetteer.problems);
  reference.gazetteer = gazetteer?.value ?? null;
  const outline = readJson(paths, paths.boundary, GEODATA_FIX);
  const boundary = outline.ok ? parseBoundary(outline.value, paths.boundary) : null;
  if (!outline.ok) problems.push(outline.problem);
  else if (boundary !== null) problems.push(...boundary.problems);
  reference.boundary = boundary?.value ?? null;
  const sourceFix = 'create it as described in docs/data-model.md';
  const read = (file: string): SourceFile | null => {
    const text = readText(paths, file, sourceFix);
    if (!text.ok) problems.push(text.problem);
    return text.ok ? { file, text: text.value } : null;
  };
  return {
    reference,
    places: read(paths.places),
    projects: read(paths.projects),
    townshipFacts: read(paths.townshipFacts),
    problems,
  };
}
