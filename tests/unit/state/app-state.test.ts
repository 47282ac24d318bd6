/**
 * AppState, the app's state kept in the URL, in node: `location`, `history` and `window` are stand-ins
 * that record what the state writes, restored after each test.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProjectFeature } from '../../../src/lib/domain/project.ts';
import type { PublishedReport } from '../../../src/lib/domain/reports.ts';
import { AppState } from '../../../src/lib/state/app-state.svelte.ts';

const projects = (
  JSON.parse(readFileSync('geodata/projects.geojson', 'utf8')) as { features: ProjectFeature[] }
).features;
const townships = (
  JSON.parse(readFileSync('geodata/townships.geojson', 'utf8')) as {
    features: { properties: { code: string; name_zh: string; name_en: string } }[];
  }
).features.map((f) => f.properties);
const REPORT: PublishedReport = {
  id: 'xifeng-2022',
  title_zh: '2022年甘肃省庆阳市西峰区人民政府工作报告',
  title_en: 'Xifeng District government work report 2022',
  year: 2022,
  delivered: '2021-11-18',
  file: 'xifeng-2022.txt',
};
const [FIRST, SECOND] = [projects[0]!.id, projects[1]!.id];

/** A browser's address and history as AppState uses them; `entries` counts pushed entries. */
function openAt(search: string) {
  const page = { pathname: '/map/', search, hash: '', entries: 1, popstate: () => {} };
  const go = (url: string) => (page.search = new URL(url, 'http://x').search);
  vi.stubGlobal('location', page);
  vi.stubGlobal('history', {
    pushState: (_: unknown, __: string, url: string) => (go(url), page.entries++),
    replaceState: (_: unknown, __: string, url: string) => go(url),
  });
  vi.stubGlobal('window', {
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'popstate') page.popstate = listener;
    },
  });
  // The search index is built in idle time: never here.
  vi.stubGlobal('requestIdleCallback', () => 0);
  return page;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('AppState', () => {
  it('re-reads the address once the data is in, rewriting it in place without what the data lacks', () => {
    const page = openAt(`?project=gone-project&township=621002001,621002999&lang=en`);
    const app = new AppState();
    // Before the data nothing can be judged: the link is taken as it is.
    expect(app.url.project).toBe('gone-project');
    app.setData(projects, townships, [], [REPORT]);
    expect(app.url.project).toBeNull();
    expect(app.selected).toBeNull();
    expect(app.url.filters.townships).toEqual(['621002001']);
    expect(page.search).toBe('?lang=en&township=621002001');
    expect(page.entries).toBe(1);
  });

  it('keeps the camera the map moved to before the data came', () => {
    const page = openAt(`?project=${FIRST}&map=10/35.7/107.6`);
    const app = new AppState();
    app.setView({ zoom: 13, lat: 35.71, lon: 107.65 });
    app.setData(projects, townships, [], [REPORT]);
    expect(app.url.view).toEqual({ zoom: 13, lat: 35.71, lon: 107.65 });
    expect(app.selected?.id).toBe(FIRST);
    expect(page.search).toContain('map=13');
    expect(page.entries).toBe(1);
  });

  it('adds a history entry for a selection, none for selecting it again, and follows Back', () => {
    const page = openAt('');
    const app = new AppState();
    app.setData(projects, townships, [], [REPORT]);
    expect(app.navigated).toBe(false);
    app.select(FIRST);
    app.select(FIRST);
    app.select(SECOND);
    expect(page.entries).toBe(3);
    expect(app.selected?.id).toBe(SECOND);
    // Back to an address naming the first project, and one naming a project no longer loaded.
    page.search = `?project=${FIRST}`;
    page.popstate();
    expect(app.selected?.id).toBe(FIRST);
    expect(app.navigated).toBe(true);
    page.search = '?project=gone-project';
    page.popstate();
    expect(app.url.project).toBeNull();
  });

  it('reads an old planner link by the only report, from the opening link', () => {
    const page = openAt('?view=gaps&gphase=2021');
    const app = new AppState();
    // A language switch before the data: the year could not be read yet, and is not written.
    app.update({ lang: 'en' });
    expect(page.search).not.toContain('gphase');
    app.setData(projects, townships, [], [REPORT]);
    expect(app.url.planner.phase).toBe('done');
    expect(page.search).toContain('gphase=done');
  });
});
