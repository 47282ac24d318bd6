/**
 * npm run bench: builds the app once, serves it with the real data and with 100, 10,000 and
 * 100,000 synthetic projects (scripts/bench/generate.ts), and measures bytes, load, filter
 * changes, the coverage grid and memory, next to the floor (MapLibre alone, scripts/bench/floor/),
 * and times the pure logic at that size in node (logic.ts).
 * Prints one table and writes it into docs/performance.md. Times are reported, never asserted.
 *
 *   npm run bench              the full run (about 10 minutes on 2 cores)
 *   npm run bench -- --quick   one run a size and a few changes, to try the benchmark itself
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../tests/e2e/chromium.ts';
import type { ProjectFeature } from '../../src/lib/domain/project.ts';
import { buildApp, buildFloor, makeSite } from './build.ts';
import { fileBytes, recordRequests } from './bytes.ts';
import { syntheticFile } from './generate.ts';
import { measureLoads, VIEWPORT } from './load.ts';
import { measurePhone, PHONE } from './phone.ts';
import { DISTRICT_BOUNDS } from '../../src/lib/domain/district-bounds.ts';
import { appFilterChanges, appSearchKeystrokes, floorFilterChanges } from './interaction.ts';
import { plannerRunsOffMainThread, loadHexGridCoverage, timeGrid } from './analysis.ts';
import { describeMachine } from './machine.ts';
import { closePage, loadTiming, openMeasured } from './page.ts';
import { checkLongList } from './list-check.ts';
import { measureLogic } from './logic.ts';
import { reportBlock, withBlock } from './report.ts';
import type { BenchResults, DatasetResult } from './results.ts';
import { serve } from './serve.ts';

const quick = process.argv.includes('--quick');
const SIZES: { key: string; label: string; n: number | null; runs: number }[] = [
  { key: 'real', label: 'real data', n: null, runs: 5 },
  { key: 'n100', label: '100', n: 100, runs: 3 },
  { key: 'n10k', label: '10,000', n: 10_000, runs: 5 },
  { key: 'n100k', label: '100,000', n: 100_000, runs: 3 },
];
const CHANGES = quick ? 6 : 50;
const FLOOR_CHANGES = quick ? 4 : 10;
/** The phone run: loads of the real data, and filter changes, with the CPU slowed down. */
const PHONE_RUNS = 5;
const PHONE_CHANGES = 20;
const DOC = 'docs/performance.md';

const started = performance.now();
const log = (message: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

const tmp = mkdtempSync(join(tmpdir(), 'xifeng-bench-'));
log(`building the app and the floor in ${tmp}`);
await buildApp(join(tmp, 'app'));
await buildFloor(join(tmp, 'floor'));
const features = new Map<string, ProjectFeature[]>();
for (const size of SIZES) {
  const text = size.n === null ? null : syntheticFile(size.n);
  makeSite(join(tmp, 'app'), join(tmp, 'floor'), join(tmp, 'sites', size.key), text);
  const json = text ?? readFileSync(join(tmp, 'app/data/projects.geojson'), 'utf8');
  features.set(size.key, (JSON.parse(json) as { features: ProjectFeature[] }).features);
  log(`site ${size.key}: ${features.get(size.key)!.length} projects`);
}

const server = await serve(join(tmp, 'sites'));
const browser = await launchChromium();
// The app's own first view (its map starts on these bounds): the floor gets the same camera.
const bounds = DISTRICT_BOUNDS;
const siteUrl = (key: string) => `${server.url}${key}/`;
try {
  // Bytes: the files the first view requests, with the real data.
  let requested = new Set<string>();
  const first = await openMeasured(browser, siteUrl('real'), VIEWPORT, (page) => {
    requested = recordRequests(page, siteUrl('real'));
  });
  await loadTiming(first);
  await closePage(first);
  const files = fileBytes(join(tmp, 'sites/real'), requested);
  const dataPaths = files.filter((f) => f.kind === 'data').map((f) => f.path);

  const grid = await loadHexGridCoverage();
  const datasets: DatasetResult[] = [];
  for (const size of SIZES) {
    const url = siteUrl(size.key);
    const root = join(tmp, 'sites', size.key);
    const data = fileBytes(root, dataPaths);
    log(`${size.label}: load, ${quick ? 1 : size.runs} runs each of the app, the floor and the map alone`);
    const loads = await measureLoads(browser, url, bounds, quick ? 1 : size.runs, true);
    log(`${size.label}: ${CHANGES} filter changes`);
    const filter = await appFilterChanges(browser, url, CHANGES);
    log(`${size.label}: search, one keystroke at a time`);
    const search = await appSearchKeystrokes(browser, url);
    const floorFilter = await floorFilterChanges(browser, url, bounds, loads.floorViewport, FLOOR_CHANGES);
    log(`${size.label}: coverage grid in node`);
    datasets.push({
      label: size.n === null ? `real data (${features.get(size.key)!.length})` : size.label,
      projects: features.get(size.key)!.length,
      projectsGzip: data.find((f) => f.path === 'data/projects.geojson')?.gzip ?? NaN,
      dataGzip: data.reduce((sum, f) => sum + f.gzip, 0),
      ...loads,
      filter,
      search,
      floorFilter,
      grid: grid ? timeGrid(grid, features.get(size.key)!) : null,
    });
  }
  log(`real data on a phone (360 × 640, CPU ${PHONE.slowdown} × slower)`);
  const phone = await measurePhone(
    browser,
    siteUrl('real'),
    quick ? 1 : PHONE_RUNS,
    quick ? 4 : PHONE_CHANGES,
  );
  const largest = SIZES.at(-1)!;
  log(`${largest.label}: does the planner's view start its coverage worker?`);
  const gridOffMainThread = grid ? await plannerRunsOffMainThread(browser, siteUrl(largest.key)) : null;
  log(`${largest.label}: the virtualised list, from the keyboard`);
  const listPage = await openMeasured(browser, siteUrl(largest.key), VIEWPORT);
  await loadTiming(listPage);
  const listCheck = await checkLongList(listPage);
  await closePage(listPage);

  log('the logic at benchmark size, in node');
  const logic = measureLogic();

  const results: BenchResults = {
    machine: describeMachine(browser),
    files,
    datasets,
    gridOffMainThread,
    phone,
    listCheck,
    logic,
    minutes: (performance.now() - started) / 60_000,
  };
  const block = reportBlock(results);
  console.log(`\n${block}\n`);
  const document = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Performance\n';
  writeFileSync(DOC, withBlock(document, block));
  writeFileSync(join(tmpdir(), 'xifeng-bench-results.json'), JSON.stringify(results, null, 1));
  log(`wrote ${DOC}; raw figures in ${join(tmpdir(), 'xifeng-bench-results.json')}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
}
