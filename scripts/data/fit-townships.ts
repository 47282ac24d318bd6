/**
 * `npm run data:fit-townships`: sizes the schematic township areas to the official areas given in
 * geodata/src/townships.yaml (fit-weights.ts), writes each township's `schematic_weight` back into
 * that file, and prints each area's error before and after. Then run `npm run data:build`.
 */
import { rootFromArgs, runCli } from './cli.ts';
import { fitTownshipWeights } from './fit-weights.ts';
import { absolute, dataPaths } from './paths.ts';
import { problemReport } from './report-problems.ts';
import { writeFileAtomic } from './write-file.ts';

const percent = (drawn: number, official: number | null) =>
  official === null ? '—' : `${(((drawn - official) / official) * 100).toFixed(1)} %`;

runCli('data:fit-townships', () => {
  const paths = dataPaths(rootFromArgs(process.argv));
  const fit = fitTownshipWeights(paths);
  if (fit.text === null) {
    console.error(problemReport(fit.problems));
    return 1;
  }
  writeFileAtomic(absolute(paths, paths.townshipFacts), fit.text);
  console.log(
    `Fitted in ${fit.iterations} rounds. Areas in km² (plain nearest-seat → fitted), against the official:`,
  );
  for (const { name_zh, before, after, official } of fit.areas)
    console.log(
      `  ${name_zh}\t${before.toFixed(1)} → ${after.toFixed(1)}\tofficial ${official ?? 'unknown'}\terror ${percent(before, official)} → ${percent(after, official)}`,
    );
  console.log(`Wrote ${paths.townshipFacts}; now run npm run data:build.`);
  return 0;
});
