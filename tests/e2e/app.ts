/**
 * What the browsing tests read off the page: the ids in the list, the ids the map's sources hold,
 * and axe-core's findings.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The ids the list shows, in order. A long list is virtualised (only the rows near the view are in
 * the DOM), so each list element offers every id as `listedIds()`; the rows are read otherwise.
 */
export async function listIds(page: Page, part: 'mapped' | 'district'): Promise<string[]> {
  return page.locator(`[data-testid="list-${part}"]`).evaluateAll((lists) =>
    lists.flatMap((list) => {
      const listed = (list as HTMLElement & { listedIds?: () => string[] }).listedIds;
      if (listed) return listed();
      return [...list.querySelectorAll<HTMLElement>('.item')].map((item) => item.dataset.id!);
    }),
  );
}

/** The distinct project ids in the map's project sources (markers, lines, township badges). */
export async function mapIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const ids = new Set<string>();
    for (const name of ['project-markers', 'project-lines']) {
      const data = (await map
        .getSource<import('maplibre-gl').GeoJSONSource>(name)!
        .getData()) as GeoJSON.FeatureCollection;
      for (const f of data.features) ids.add(String(f.properties!.id));
    }
    const badges = (await map
      .getSource<import('maplibre-gl').GeoJSONSource>('township-badges')!
      .getData()) as GeoJSON.FeatureCollection;
    for (const f of badges.features) for (const id of String(f.properties!.ids).split(' ')) ids.add(id);
    return [...ids];
  });
}

/**
 * Waits (polling, up to 5 s) until the map's sources hold exactly what the list shows (the map
 * updates a frame later), and returns both, sorted, for the caller's own checks.
 */
export async function expectMapMatchesList(page: Page): Promise<{ list: string[]; map: string[] }> {
  let shown = { list: [] as string[], map: [] as string[] };
  await expect
    .poll(
      async () => {
        shown = { list: (await listIds(page, 'mapped')).sort(), map: (await mapIds(page)).sort() };
        return shown;
      },
      { timeout: 5_000 },
    )
    .toSatisfy(({ list, map }) => JSON.stringify(list) === JSON.stringify(map));
  return shown;
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core on the page; returns the serious and critical violations, summarised. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx?: unknown,
            opts?: unknown,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.targets.slice(0, 5).join(', ')}`);
}

/**
 * Takes an open page to another address of the app as Back and Forward do (a new history entry,
 * then popstate), so the app follows it without reloading: many states for one page load.
 */
export async function visitInPage(page: Page, href: string): Promise<void> {
  await page.evaluate(async (to) => {
    // An empty query is the app's first view: the path alone ('' would keep the current address).
    history.pushState(null, '', to || location.pathname);
    dispatchEvent(new PopStateEvent('popstate'));
    // The app's updates run in microtasks: past a task, the page shows the new state.
    await new Promise((resolve) => setTimeout(resolve));
  }, href);
}
