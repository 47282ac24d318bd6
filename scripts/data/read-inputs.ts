/**
 * File access for the pipeline: reads the report registry and its reports, the reference data and
 * the YAML sources, turning a missing or unreadable file into a problem instead of an exception.
 */
import type { DataPaths } from './paths.ts';
import { readJson, readText } from './read-file.ts';
import { parseBoundary, parseTownshipsJson } from './reference-data.ts';
import { readReportRegistry } from './reports.ts';
import type { ReferenceData, SourceFile } from './check-sources.ts';
import type { SourceProblem } from './source-problem.ts';

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
  const registry = readReportRegistry(paths);
  problems.push(...registry.problems);
  const reference: ReferenceData = { gazetteer: null, boundary: null, registry: registry.registry };
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
