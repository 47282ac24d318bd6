/**
 * The two pipeline runs behind `npm run data:build` and `npm run data:check`, with file access.
 * Both compile the sources in memory the same way; the build writes the result, the check compares
 * it with the committed files. Nothing is written unless there are no problems at all.
 */
import { existsSync } from 'node:fs';
import type { ProjectCollection, ProjectFeature } from '../../src/lib/domain/project.ts';
import { validateProjects, type Problem } from '../../src/lib/domain/validate-projects.ts';
import { checkSources } from './check-sources.ts';
import { compileProjects } from './compile.ts';
import { firstOutside } from './containment.ts';
import { absolute, type DataPaths } from './paths.ts';
import { readJson, readText } from './read-file.ts';
import { readInputs } from './read-inputs.ts';
import type { Boundary, Gazetteer } from './reference-data.ts';
import { serializeFeatureCollection } from './serialize.ts';
import { fileProblem, type SourceProblem } from './source-problem.ts';
import type { Place } from './source-types.ts';
import { summarize } from './summary.ts';
import { withFacts, type TownshipArea } from './township-areas.ts';

/** How far a schematic area may be from its township's official area. */
export const MAX_AREA_ERROR = 0.05;
import { officialTownships } from './townships-official.ts';
import { schematicTownships, townshipSeats, type Seat } from './townships-schematic.ts';
import { checkTownshipFacts, type TownshipFactsEntry } from './check-township-facts.ts';
import { loadYamlList } from './load-sources.ts';
import type { SourceFile } from './check-sources.ts';
import turfArea from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { writeFileAtomic } from './write-file.ts';
import { checkIndicators } from './check-indicators.ts';

export interface BuildOutputs {
  problems: SourceProblem[];
  /** The file texts, or null when there were problems. */
  projectsText: string | null;
  townshipsText: string | null;
  boundary: Boundary | null;
}

function contractProblem(file: string, p: Problem): SourceProblem {
  const subject = p.id === null ? (p.index < 0 ? null : `feature ${p.index}`) : `record ${p.id}`;
  return { file, line: null, subject, message: p.message, fix: p.fix };
}

/** validate-projects plus the district outline: the checks the compiled file must pass. */
export function checkCollection(
  json: unknown,
  file: string,
  boundary: Boundary | null,
): { valid: ProjectFeature[]; problems: SourceProblem[] } {
  const result = validateProjects(json);
  const problems = result.problems.map((p) => contractProblem(file, p));
  if (boundary === null) return { valid: result.valid, problems };
  for (const feature of result.valid) {
    const outside = firstOutside(feature.geometry, boundary);
    if (outside === null) continue;
    const message = `[${outside[0]}, ${outside[1]}] lies outside the district boundary`;
    problems.push({
      file,
      line: null,
      subject: `record ${feature.id}`,
      message,
      fix: 'correct the place coordinates in places.yaml',
    });
  }
  return { valid: result.valid, problems };
}

function townshipAreas(
  paths: DataPaths,
  places: Map<string, Place>,
  gazetteer: Gazetteer,
  boundary: Boundary,
  facts: Map<string, TownshipFactsEntry>,
): { areas: TownshipArea[]; problems: SourceProblem[] } {
  const described = (result: { areas: TownshipArea[]; problems: SourceProblem[] }) => ({
    problems: result.problems,
    areas: result.areas.map((area) => withFacts(area, facts.get(area.id)!)),
  });
  if (existsSync(absolute(paths, paths.officialTownships))) {
    const official = readJson(
      paths,
      paths.officialTownships,
      'see "Official township boundaries" in docs/data-model.md',
    );
    return official.ok
      ? described(officialTownships(official.value, paths.officialTownships, gazetteer))
      : { areas: [], problems: [official.problem] };
  }
  const { seats, problems } = townshipSeats(places.values(), gazetteer, paths.places);
  if (problems.length > 0) return { areas: [], problems };
  const weights = new Map([...facts].map(([code, entry]) => [code, entry.schematic_weight]));
  const areas = schematicTownships(seats, boundary, weights);
  return {
    areas: described({ areas, problems: [] }).areas,
    problems: fittedAreaProblems(areas, seats, facts, paths),
  };
}

/** Schematic areas must be within 5 % of the official ones and hold their seats (power-diagram.ts). */
function fittedAreaProblems(
  areas: TownshipArea[],
  seats: Seat[],
  facts: Map<string, TownshipFactsEntry>,
  paths: DataPaths,
): SourceProblem[] {
  const fix = 'run npm run data:fit-townships, which sizes the schematic areas again';
  const seatOf = new Map(seats.map((seat) => [seat.code, seat.position]));
  return areas.flatMap((area) => {
    const official = facts.get(area.id)?.area_km2_official ?? null;
    const drawn = turfArea(area) / 1e6;
    const problems: SourceProblem[] = [];
    const subject = `township ${area.id}`;
    if (official !== null && Math.abs(drawn / official - 1) > MAX_AREA_ERROR)
      problems.push({
        file: paths.townshipFacts,
        line: null,
        subject,
        message: `the schematic area is ${drawn.toFixed(1)} km², not within 5 % of the official ${official} km²`,
        fix,
      });
    if (!booleanPointInPolygon(seatOf.get(area.id)!, area))
      problems.push({
        file: paths.townshipFacts,
        line: null,
        subject,
        message: 'the schematic area does not hold its seat',
        fix,
      });
    return problems;
  });
}

/** geodata/src/townships.yaml, parsed and checked (check-township-facts.ts). */
export function readTownshipFacts(source: SourceFile, gazetteer: Gazetteer) {
  const loaded = loadYamlList(source.text, source.file, 'township');
  if (loaded.problems.length > 0)
    return { facts: new Map<string, TownshipFactsEntry>(), problems: loaded.problems };
  return checkTownshipFacts(loaded.items, gazetteer, source.file);
}

/** Loads, checks and compiles everything in memory. */
export function buildOutputs(paths: DataPaths): BuildOutputs {
  const inputs = readInputs(paths);
  const problems = [...inputs.problems];
  const { gazetteer, boundary, registry } = inputs.reference;
  const failed = { problems, projectsText: null, townshipsText: null, boundary };
  if (inputs.places === null || inputs.projects === null || inputs.townshipFacts === null) return failed;
  const checked = checkSources(inputs.places, inputs.projects, inputs.reference);
  problems.push(...checked.problems);
  if (problems.length > 0 || gazetteer === null || boundary === null || registry === null) return failed;
  const collection: ProjectCollection = compileProjects({
    records: checked.records,
    places: checked.places,
    townships: gazetteer.townships,
    reports: registry.reports,
  });
  const projectsText = serializeFeatureCollection(collection.features);
  // The compiled text must pass the same validation the app runs on it.
  problems.push(...checkCollection(JSON.parse(projectsText), paths.projectsOut, boundary).problems);
  const facts = readTownshipFacts(inputs.townshipFacts, gazetteer);
  problems.push(...facts.problems);
  problems.push(...checkIndicators(paths, registry).problems);
  if (problems.length > 0) return failed;
  const areas = townshipAreas(paths, checked.places, gazetteer, boundary, facts.facts);
  problems.push(...areas.problems);
  if (problems.length > 0) return failed;
  return { problems, projectsText, townshipsText: serializeFeatureCollection(areas.areas), boundary };
}

export function runBuild(paths: DataPaths): { problems: SourceProblem[]; written: string[] } {
  const outputs = buildOutputs(paths);
  if (outputs.projectsText === null || outputs.townshipsText === null)
    return { problems: outputs.problems, written: [] };
  writeFileAtomic(absolute(paths, paths.projectsOut), outputs.projectsText);
  writeFileAtomic(absolute(paths, paths.townshipsOut), outputs.townshipsText);
  return { problems: [], written: [paths.projectsOut, paths.townshipsOut] };
}

function compareCommitted(
  paths: DataPaths,
  file: string,
  fresh: string | null,
  problems: SourceProblem[],
): string | null {
  const committed = readText(paths, file, 'run npm run data:build');
  if (!committed.ok) {
    problems.push(committed.problem);
    return null;
  }
  if (fresh !== null && committed.value !== fresh) {
    problems.push(fileProblem(file, 'the file is out of date', 'run npm run data:build'));
  }
  return committed.value;
}

/** undefined when the text is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function runCheck(paths: DataPaths): { problems: SourceProblem[]; summary: string | null } {
  const outputs = buildOutputs(paths);
  const problems = [...outputs.problems];
  const projectsText = compareCommitted(paths, paths.projectsOut, outputs.projectsText, problems);
  const townshipsText = compareCommitted(paths, paths.townshipsOut, outputs.townshipsText, problems);
  let valid: ProjectFeature[] = [];
  const committedJson = projectsText === null ? undefined : parseJson(projectsText);
  if (committedJson === undefined && projectsText !== null) {
    problems.push(fileProblem(paths.projectsOut, 'the file is not valid JSON', 'run npm run data:build'));
  } else if (committedJson !== undefined) {
    const checked = checkCollection(committedJson, paths.projectsOut, outputs.boundary);
    problems.push(...checked.problems);
    valid = checked.valid;
  }
  if (problems.length > 0 || townshipsText === null) return { problems, summary: null };
  const areas = (JSON.parse(townshipsText) as { features: TownshipArea[] }).features;
  const schematic = areas.every((area) => area.properties.schematic);
  return { problems, summary: summarize(valid, areas.length, schematic) };
}
