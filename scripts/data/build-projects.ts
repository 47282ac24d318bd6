/**
 * `npm run data:build`: checks geodata/src/*.yaml, compiles geodata/projects.geojson and
 * geodata/townships.geojson, and writes them only when there is no problem at all.
 */
import { rootFromArgs, runCli } from './cli.ts';
import { dataPaths } from './paths.ts';
import { runBuild } from './pipeline.ts';
import { problemReport } from './report-problems.ts';

runCli('data:build', () => {
  const { problems, written } = runBuild(dataPaths(rootFromArgs(process.argv)));
  if (problems.length > 0) {
    console.error(`${problemReport(problems)}\nNothing was written.`);
    return 1;
  }
  console.log(`Wrote ${written.join(' and ')}.`);
  return 0;
});
