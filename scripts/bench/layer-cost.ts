/**
 * What each part of the app's map costs at load: the map-only page (the app's style and data, no
 * UI) with all its layers, and without its labels, its basemap or its project layers, next to the
 * floor, alternating runs; the real data, or N synthetic projects.
 *
 *   npx tsx scripts/bench/layer-cost.ts [runs=5] [n]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../tests/e2e/chromium.ts';
import { buildApp, buildFloor, makeSite } from './build.ts';
import { syntheticFile } from './generate.ts';
import { VIEWPORT } from './load.ts';
import { closePage, loadTiming, openMeasured } from './page.ts';
import { serve } from './serve.ts';
import { median, ms } from './stats.ts';
import { DISTRICT_BOUNDS } from '../../src/lib/domain/district-bounds.ts';

const runs = Number(process.argv[2] ?? 5);
const n = process.argv[3] ? Number(process.argv[3]) : null;
const tmp = mkdtempSync(join(tmpdir(), 'xifeng-layers-'));
await buildApp(join(tmp, 'app'));
await buildFloor(join(tmp, 'floor'));
makeSite(
  join(tmp, 'app'),
  join(tmp, 'floor'),
  join(tmp, 'sites', 'site'),
  n === null ? null : syntheticFile(n),
);
const server = await serve(join(tmp, 'sites'));
const browser = await launchChromium();
const hash = `#${DISTRICT_BOUNDS.join(',')}`;
const pages = {
  floor: `floor/${hash}`,
  'map alone, every layer': `floor/?page=map-only${hash}`,
  'map alone, without labels': `floor/?page=map-only&without=labels${hash}`,
  'map alone, without basemap': `floor/?page=map-only&without=basemap${hash}`,
  'map alone, without project layers': `floor/?page=map-only&without=projects${hash}`,
};
const times = new Map<string, number[]>(Object.keys(pages).map((k) => [k, []]));
try {
  for (let run = 0; run < runs; run++) {
    for (const [name, path] of Object.entries(pages)) {
      const page = await openMeasured(browser, `${server.url}site/${path}`, VIEWPORT);
      times.get(name)!.push((await loadTiming(page)).idle);
      await closePage(page);
    }
  }
  console.log(`| page (${n === null ? 'real data' : `${n} projects`}, ${runs} runs) | first idle, median |`);
  console.log('| --- | ---: |');
  for (const [name, list] of times) console.log(`| ${name} | ${ms(median(list))} |`);
} finally {
  await browser.close();
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
}
