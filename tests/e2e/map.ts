/** Reading and clicking the map of a page or frame, the way the tests need it. */
import type { Frame, Page } from 'playwright-core';

type MapWindow = { __map: import('maplibre-gl').Map };

/** How many features of the district fill the map has drawn: more than 0 means the district shows. */
export function districtFeaturesDrawn(target: Page | Frame): Promise<number> {
  return target.evaluate(
    () => (window as unknown as MapWindow).__map.queryRenderedFeatures({ layers: ['district-fill'] }).length,
  );
}

/**
 * Clicks the map where the WGS84 position `[lon, lat]` is drawn. Once the camera has stopped: a page
 * opened on a project flies to it (0.8 s), and a point projected mid-flight is clicked elsewhere.
 */
export async function clickMapAt(page: Page, lonLat: [number, number]): Promise<void> {
  await page.waitForFunction(() => !(window as unknown as MapWindow).__map.isMoving());
  const point = await page.evaluate((position) => {
    const map = (window as unknown as MapWindow).__map;
    const { x, y } = map.project(position);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, lonLat);
  await page.mouse.click(point.x, point.y);
}

export interface RenderedBadge {
  x: number;
  y: number;
  count: number;
  seats: number;
  keys: string;
}

/**
 * The township badges the map has drawn, where it drew them (map.project of each feature's point),
 * once each: a point near a tile's edge is in two tiles, and queryRenderedFeatures gives it twice.
 */
export function renderedBadges(target: Page | Frame): Promise<RenderedBadge[]> {
  return target.evaluate(() => {
    const map = (window as unknown as MapWindow).__map;
    const byKeys = new Map<string, RenderedBadge>();
    for (const f of map.queryRenderedFeatures({ layers: ['township-badges'] })) {
      const { x, y } = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      const { count, seats, keys } = f.properties as { count: number; seats: number; keys: string };
      byKeys.set(keys, { x, y, count, seats, keys });
    }
    return [...byKeys.values()];
  });
}

/** The smallest distance in pixels between two badges' centres (Infinity for fewer than two). */
export function closestPair(badges: readonly RenderedBadge[]): number {
  let closest = Infinity;
  for (const [i, a] of badges.entries())
    for (const b of badges.slice(i + 1)) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
  return closest;
}
