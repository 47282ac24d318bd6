/**
 * Sizes the schematic township areas to the official areas of geodata/src/townships.yaml
 * (power-diagram.ts): the file's text with each township's `schematic_weight` fitted (only those
 * values change: comments and layout stay), and each area before and after. Used by `npm run
 * data:fit-townships` and by the workbook import when a township's official area changes.
 */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { checkSources } from './check-sources.ts';
import { absolute, type DataPaths } from './paths.ts';
import { readTownshipFacts } from './pipeline.ts';
import { cellArea, fitWeights, powerCells, seatsInside } from './power-diagram.ts';
import { readInputs } from './read-inputs.ts';
import { fileProblem, type SourceProblem } from './source-problem.ts';
import { townshipSeats } from './townships-schematic.ts';

export interface FittedArea {
  name_zh: string;
  /** km²: the plain nearest-seat area, the fitted one, and the official one (null: unknown). */
  before: number;
  after: number;
  official: number | null;
}

export type FitResult =
  | { problems: SourceProblem[]; text: null }
  | { problems: []; text: string; iterations: number; areas: FittedArea[] };

export function fitTownshipWeights(paths: DataPaths): FitResult {
  const inputs = readInputs(paths);
  const { gazetteer, boundary } = inputs.reference;
  if (inputs.problems.length > 0 || !gazetteer || !boundary) return { problems: inputs.problems, text: null };
  if (!inputs.places || !inputs.projects || !inputs.townshipFacts)
    return { problems: inputs.problems, text: null };
  const checked = checkSources(inputs.places, inputs.projects, inputs.reference);
  const facts = readTownshipFacts(inputs.townshipFacts, gazetteer);
  const { seats, problems } = townshipSeats(checked.places.values(), gazetteer, paths.places);
  const all = [...checked.problems, ...facts.problems, ...problems];
  if (all.length > 0) return { problems: all, text: null };
  const positions = seats.map((seat) => seat.position);
  const targets = seats.map((seat) => facts.facts.get(seat.code)?.area_km2_official ?? null);
  const before = powerCells(
    boundary,
    positions,
    positions.map(() => 0),
  ).map(cellArea);
  const fit = fitWeights(boundary, positions, targets);
  if (!seatsInside(powerCells(boundary, positions, fit.weights), positions))
    return {
      problems: [
        fileProblem(
          paths.townshipFacts,
          'fitting the areas left a township seat outside its own area; the weights were not changed',
          'check the official areas: one is probably far too small or too large for its township',
        ),
      ],
      text: null,
    };
  const doc = parseDocument(readFileSync(absolute(paths, paths.townshipFacts), 'utf8'));
  if (!isSeq(doc.contents))
    return {
      problems: [fileProblem(paths.townshipFacts, 'the file is not a list', 'restore it')],
      text: null,
    };
  for (const node of doc.contents.items) {
    if (!isMap(node)) continue;
    const item = node as YAMLMap<unknown, unknown>;
    const at = seats.findIndex((seat) => seat.code === String(item.get('code')));
    if (at >= 0) item.set('schematic_weight', Number(fit.weights[at]!.toPrecision(6)));
  }
  return {
    problems: [],
    text: doc.toString({ lineWidth: 0 }),
    iterations: fit.iterations,
    areas: seats.map((seat, i) => ({
      name_zh: seat.name_zh,
      before: before[i]!,
      after: fit.areas[i]!,
      official: targets[i]!,
    })),
  };
}
