/**
 * Analysis: the coverage grid (`hexGridCoverage` of src/lib/domain/planner/grid.ts, 1 km cells) timed
 * in node at each size, and whether the app runs it off the main thread (a worker whose script is
 * `coverage.worker-*.js` starts when the planner's view opens). When the module is not there yet the row
 * says so: no figure is made up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import type { ProjectFeature } from '../../src/lib/domain/project.ts';
import { closePage, loadTiming, openMeasured } from './page.ts';
import { VIEWPORT } from './load.ts';
import { median } from './stats.ts';

type HexGridCoverage = (
  boundary: unknown,
  projects: readonly ProjectFeature[],
  options?: { cellKm?: number },
) => { grid: { features: unknown[] } };

const MODULE = 'src/lib/domain/planner/grid.ts';

export async function loadHexGridCoverage(): Promise<HexGridCoverage | null> {
  if (!existsSync(MODULE)) return null;
  const module = (await import(pathToFileURL(resolve(MODULE)).href)) as { hexGridCoverage?: unknown };
  return typeof module.hexGridCoverage === 'function' ? (module.hexGridCoverage as HexGridCoverage) : null;
}

/** Median of three timed runs after one warm-up run (the first run pays for compiling the code). */
export function timeGrid(
  grid: HexGridCoverage,
  projects: readonly ProjectFeature[],
): { ms: number; cells: number } {
  const boundary: unknown = JSON.parse(readFileSync('geodata/xifeng-boundary.geojson', 'utf8'));
  const mapped = projects.filter((p) => p.geometry !== null);
  let cells = grid(boundary, mapped, { cellKm: 1 }).grid.features.length;
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    cells = grid(boundary, mapped, { cellKm: 1 }).grid.features.length;
    times.push(performance.now() - start);
  }
  return { ms: median(times), cells };
}

/** Opens the planner's view and waits (up to 60 s) for the coverage worker to start. */
export async function plannerRunsOffMainThread(browser: Browser, siteUrl: string): Promise<boolean> {
  const page = await openMeasured(browser, `${siteUrl}?view=gaps`, VIEWPORT);
  const started = page
    .waitForEvent('worker', { predicate: (w) => /coverage[.-]worker/.test(w.url()), timeout: 60_000 })
    .then(
      () => true,
      () => false,
    );
  await loadTiming(page).catch(() => undefined);
  const off = await started;
  await closePage(page);
  return off;
}
