/**
 * The built app with the two-report FIXTURE data instead of geodata/'s: tests/fixtures/data/repo/
 * plus the imaginary later report (later-report/), assembled and built at test time in a temporary
 * folder (never in geodata/), and published by the same code as the build's data/.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../../scripts/data/pipeline.ts';
import { formatProblem } from '../../scripts/data/source-problem.ts';
import { GEODATA_FILES, publishedFiles } from '../../scripts/vite-publish-geodata.ts';
import { laterRepoCopy } from '../unit/data/fixtures.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

export async function serveLaterReport(): Promise<StaticSite> {
  const paths = laterRepoCopy();
  try {
    const { problems } = runBuild(paths);
    if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
    const files: Record<string, string> = {};
    for (const [name, read] of publishedFiles(paths.root)) {
      // The fixture has no county outlines: the real ones of dist/ draw the surroundings.
      const file = GEODATA_FILES[name];
      if (file !== undefined && !existsSync(join(paths.root, 'geodata', file))) continue;
      files[`/data/${name}`] = read().toString();
    }
    return await serveStatic({ root: 'dist', files });
  } finally {
    rmSync(paths.root, { recursive: true, force: true });
  }
}
