/**
 * Whether edited source texts would build: the same pipeline as `npm run data:build`, run on a
 * temporary copy of the data folder with the candidate texts in it, so that nothing in the
 * repository is touched until the change is known to be valid.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { absolute, dataPaths, type DataPaths } from '../data/paths.ts';
import { buildOutputs, type BuildOutputs } from '../data/pipeline.ts';
import { readReportRegistry } from '../data/reports.ts';
import type { SourceTexts } from './source-edit.ts';

/** The candidate's build, in memory: its problems, or the compiled texts when there are none. */
export function buildCandidate(paths: DataPaths, texts: SourceTexts): BuildOutputs {
  return inCandidateCopy(paths, texts, buildOutputs);
}

/** Runs `run` on a temporary copy of the data folder holding the candidate texts, then removes it. */
export function inCandidateCopy<T>(paths: DataPaths, texts: SourceTexts, run: (copy: DataPaths) => T): T {
  const root = mkdtempSync(join(tmpdir(), 'xifeng-edit-'));
  try {
    const copy = dataPaths(root);
    // The reports the registry names (an entry it cannot use is reported by the build, copy or not).
    const reports = [...(readReportRegistry(paths).registry?.reports.values() ?? [])].map((r) => r.file);
    for (const file of [
      paths.reports,
      ...reports,
      paths.townshipsJson,
      paths.boundary,
      paths.officialTownships,
    ]) {
      if (!existsSync(absolute(paths, file))) continue;
      mkdirSync(dirname(absolute(copy, file)), { recursive: true });
      copyFileSync(absolute(paths, file), absolute(copy, file));
    }
    mkdirSync(dirname(absolute(copy, copy.places)), { recursive: true });
    writeFileSync(absolute(copy, copy.places), texts.places);
    writeFileSync(absolute(copy, copy.projects), texts.projects);
    writeFileSync(absolute(copy, copy.townshipFacts), texts.townships);
    return run(copy);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
