/**
 * `npm run data:fit-townships`: sizes the schematic township areas to the official areas given in
 * geodata/src/townships.yaml (power-diagram.ts), writes each township's `schematic_weight` back
 * into that file (only those values change: comments and layout stay), and prints each area's error
 * before and after. Then run `npm run data:build`.
 */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { rootFromArgs, runCli } from './cli';
import { absolute, dataPaths } from './paths';
import { cellArea, fitWeights, powerCells, seatsInside } from './power-diagram';
import { readTownshipFacts } from './pipeline';
import { readInputs } from './read-inputs';
import { checkSources } from './check-sources';
import { problemReport } from './report-problems';
import { townshipSeats } from './townships-schematic';
import { writeFileAtomic } from './write-file';

const percent = (drawn: number, official: number | null) =>
  official === null ? '—' : `${(((drawn - official) / official) * 100).toFixed(1)} %`;

runCli('data:fit-townships', () => {
  const paths = dataPaths(rootFromArgs(process.argv));
  const inputs = readInputs(paths);
  const { gazetteer, boundary } = inputs.reference;
  if (
    inputs.problems.length > 0 ||
    !gazetteer ||
    !boundary ||
    !inputs.places ||
    !inputs.projects ||
    !inputs.townshipFacts
  ) {
    console.error(problemReport(inputs.problems));
    return 1;
  }
  const checked = checkSources(inputs.places, inputs.projects, inputs.reference);
  const facts = readTownshipFacts(inputs.townshipFacts, gazetteer);
  const { seats, problems } = townshipSeats(checked.places.values(), gazetteer, paths.places);
  const all = [...checked.problems, ...facts.problems, ...problems];
  if (all.length > 0) {
    console.error(problemReport(all));
    return 1;
  }
  const positions = seats.map((seat) => seat.position);
  const targets = seats.map((seat) => facts.facts.get(seat.code)?.area_km2_official ?? null);
  const before = powerCells(
    boundary,
    positions,
    positions.map(() => 0),
  ).map(cellArea);
  const fit = fitWeights(boundary, positions, targets);
  if (!seatsInside(powerCells(boundary, positions, fit.weights), positions)) {
    console.error('The fit left a seat outside its own area; the weights were not written.');
    return 1;
  }
  // Only the weights change in the file.
  const file = absolute(paths, paths.townshipFacts);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (!isSeq(doc.contents)) return 1;
  for (const node of doc.contents.items) {
    if (!isMap(node)) continue;
    const item = node as YAMLMap<unknown, unknown>;
    const at = seats.findIndex((seat) => seat.code === String(item.get('code')));
    if (at >= 0) item.set('schematic_weight', Number(fit.weights[at]!.toPrecision(6)));
  }
  writeFileAtomic(file, doc.toString({ lineWidth: 0 }));
  console.log(
    `Fitted in ${fit.iterations} rounds. Areas in km² (plain nearest-seat → fitted), against the official:`,
  );
  seats.forEach((seat, i) => {
    const official = targets[i]!;
    console.log(
      `  ${seat.name_zh}\t${before[i]!.toFixed(1)} → ${fit.areas[i]!.toFixed(1)}\tofficial ${official ?? 'unknown'}\terror ${percent(before[i]!, official)} → ${percent(fit.areas[i]!, official)}`,
    );
  });
  console.log(`Wrote ${paths.townshipFacts}; now run npm run data:build.`);
  return 0;
});
