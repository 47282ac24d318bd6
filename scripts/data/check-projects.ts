/**
 * `npm run data:check`: checks the sources, the committed geodata/projects.geojson (contract,
 * inside the district, byte-identical to a fresh build), geodata/townships.geojson and the report's
 * sha256. Prints a short summary on success; exits 1 on any problem.
 */
import { rootFromArgs, runCli } from './cli.ts';
import { dataPaths } from './paths.ts';
import { runCheck } from './pipeline.ts';
import { problemReport } from './report-problems.ts';

runCli('data:check', () => {
  const { problems, summary } = runCheck(dataPaths(rootFromArgs(process.argv)));
  if (problems.length > 0 || summary === null) {
    console.error(problemReport(problems));
    return 1;
  }
  console.log(`data:check passed.\n${summary}`);
  return 0;
});
