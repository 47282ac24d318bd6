/**
 * Load: navigation to the map's first idle, for the app and for the floor (MapLibre alone with the
 * same points), alternating so that a slow moment of the machine hits both. Each run is a fresh
 * browser context. The floor is opened at the size of the app's map canvas, with the app's camera.
 */
import type { Browser } from 'playwright-core';
import { closePage, loadTiming, openMeasured, type LoadTiming } from './page.ts';
import { heapUsage, type HeapFigures } from './memory.ts';

export const VIEWPORT = { width: 1440, height: 900 };
const MAP_ONLY_RUNS = 3;

export interface LoadResult {
  app: LoadTiming[];
  floor: LoadTiming[];
  /** The app's map with no UI (scripts/bench/floor/map-only.ts): where the app's extra time goes. */
  mapOnly: LoadTiming[];
  /** After the last app run, when asked for. */
  heap?: HeapFigures;
  floorHeap?: HeapFigures;
  /** The size the floor was opened at: the app's map canvas. */
  floorViewport: { width: number; height: number };
}

async function canvasSize(browser: Browser, url: string) {
  const page = await openMeasured(browser, url, VIEWPORT);
  await loadTiming(page);
  const size = await page.evaluate(() => {
    const box = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
    return { width: Math.round(box.width), height: Math.round(box.height) };
  });
  await closePage(page);
  return size;
}

export async function measureLoads(
  browser: Browser,
  siteUrl: string,
  bounds: readonly number[],
  runs: number,
  withHeap = false,
): Promise<LoadResult> {
  const floorUrl = `${siteUrl}floor/#${bounds.join(',')}`;
  const mapOnlyUrl = `${siteUrl}floor/?page=map-only#${bounds.join(',')}`;
  // The app's canvas is smaller than the window (side panel, header): the floor gets the same pixels.
  const floorViewport = await canvasSize(browser, siteUrl);
  const result: LoadResult = { app: [], floor: [], mapOnly: [], floorViewport };
  for (let run = 0; run < runs; run++) {
    const last = run === runs - 1;
    const app = await openMeasured(browser, siteUrl, VIEWPORT);
    result.app.push(await loadTiming(app));
    if (last && withHeap) result.heap = await heapUsage(app);
    await closePage(app);
    const floor = await openMeasured(browser, floorUrl, floorViewport);
    result.floor.push(await loadTiming(floor));
    if (last && withHeap) result.floorHeap = await heapUsage(floor);
    await closePage(floor);
    // A diagnostic: three runs are enough to read it, and keep the whole benchmark short.
    if (run >= MAP_ONLY_RUNS) continue;
    const mapOnly = await openMeasured(browser, mapOnlyUrl, floorViewport);
    result.mapOnly.push(await loadTiming(mapOnly));
    await closePage(mapOnly);
  }
  return result;
}
