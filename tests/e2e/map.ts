/** Reading and clicking the map of a page or frame, the way the tests need it. */
import type { Frame, Page } from 'playwright-core';

type MapWindow = { __map: import('maplibre-gl').Map };

/** How many features of the district fill the map has drawn: more than 0 means the district shows. */
export function districtFeaturesDrawn(target: Page | Frame): Promise<number> {
  return target.evaluate(
    () => (window as unknown as MapWindow).__map.queryRenderedFeatures({ layers: ['district-fill'] }).length,
  );
}

/** Clicks the map where the WGS84 position `[lon, lat]` is drawn. */
export async function clickMapAt(page: Page, lonLat: [number, number]): Promise<void> {
  const point = await page.evaluate((position) => {
    const map = (window as unknown as MapWindow).__map;
    const { x, y } = map.project(position);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, lonLat);
  await page.mouse.click(point.x, point.y);
}
