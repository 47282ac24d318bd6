/**
 * The UI state of one mounted app: the URL state (the source of truth for what the user sees),
 * the loaded data, and what derives from both. Shared through Svelte context, never a module
 * singleton, so the app can mount twice on one page.
 */
import { getContext, setContext } from 'svelte';
import type { ProjectFeature } from '../domain/project.ts';
import { newestReport, type PublishedReport } from '../domain/reports.ts';
import { phaseChoices, type PhaseChoice } from '../domain/phases.ts';
import type { Problem } from '../domain/validate-projects.ts';
import { facetCounts, splitProjects, summaryCounts, EMPTY_FILTERS, type Filters } from '../domain/filters.ts';
import { buildSearchIndex, SearchIndexBuilder } from '../domain/search.ts';
import { whenIdle } from '../idle.ts';
import { parseUrlState, serializeUrlState, type KnownIds, type UrlState } from '../domain/url-state.ts';
import { knownIds, reconcileUrlState } from '../domain/url-reconcile.ts';
import type { Lang } from '../i18n/messages.ts';
import { mark, MARKS } from '../perf.ts';

/** The index an empty query is matched with: it matches everything without reading any text. */
const NO_INDEX = buildSearchIndex([], []);

export interface TownshipInfo {
  code: string;
  name_zh: string;
  name_en: string;
}

type HistoryMode = 'push' | 'replace';

export class AppState {
  // Raw: always replaced whole (update, popstate); a deep proxy made every read of the filters in
  // the filter loop go through it (a quarter of a filter change at 100,000 records).
  url: UrlState = $state.raw(parseUrlState(location.search));
  /** The query string the page was opened with. */
  private readonly openingSearch = location.search;
  projects: ProjectFeature[] = $state.raw([]);
  townships: TownshipInfo[] = $state.raw([]);
  /** The reports the records quote, in registry order (reports.json). */
  reports: PublishedReport[] = $state.raw([]);
  /** Records the app left out because they failed validation, shown in a notice. */
  problems: Problem[] = $state.raw([]);
  hovered: string | null = $state(null);
  /**
   * Whether the person has moved through the app yet (a click, a key, Back or Forward), as opposed
   * to the page having just loaded from its URL. Plain, not reactive: read when focus may move, so
   * that a page opened on a shared link, or embedded in another site, never takes the focus itself.
   */
  navigated = false;
  /** A place the map is asked to show (the planner's farthest areas); a new object each time. */
  cameraRequest: { center: [number, number]; zoom: number } | null = $state.raw(null);

  /**
   * The filters alone: a URL change that leaves them as they were (a map move, a selection) keeps
   * the same object, so what derives from them is not worked out again.
   */
  filters = $derived(this.url.filters);
  /**
   * The search index: built in idle slices once the data is in (buildIndexWhenIdle), or at once
   * by the first query that comes sooner. Never on the first view's path (0.7 s at 100,000 records).
   */
  private indexBuilder = $derived(new SearchIndexBuilder(this.projects, this.townships));
  index = $derived(this.indexBuilder.finish());
  private queryIndex = $derived(this.filters.query.trim() ? this.index : NO_INDEX);
  split = $derived(splitProjects(this.projects, this.filters, this.queryIndex));
  facets = $derived(facetCounts(this.projects, this.filters, this.queryIndex));
  summary = $derived(summaryCounts(this.split.mapped, this.split.districtWide));
  // A plain map, rebuilt whole when the projects change: nothing mutates it later.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private byId = $derived(new Map(this.projects.map((p) => [p.id, p])));
  private projectId = $derived(this.url.project);
  selected: ProjectFeature | null = $derived(
    this.projectId === null ? null : (this.byId.get(this.projectId) ?? null),
  );
  lang: Lang = $derived(this.url.lang);
  // A plain map, rebuilt whole when the reports change: nothing mutates it later.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private reportById = $derived(new Map(this.reports.map((r) => [r.id, r])));
  /**
   * The reports some record quotes, in registry order: what the map shows (a report registered
   * before its records are reviewed is not yet one of them).
   */
  mappedReports: PublishedReport[] = $derived.by(() => {
    // A plain set, built and read here only.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const quoted = new Set(this.projects.map((p) => p.properties.report));
    return this.reports.filter((r) => quoted.has(r.id));
  });
  /** The newest of them: the planner's phases are its own. */
  latestReport: PublishedReport | null = $derived(newestReport(this.mappedReports));
  /** The filter's phases: those the records have, labelled by what they are in their reports. */
  phaseChoices: PhaseChoice[] = $derived(
    phaseChoices(
      this.projects.map((p) => p.properties),
      (id) => this.reportById.get(id)?.year,
    ),
  );
  /**
   * The report and line open in the report reader, or null (also until the reports are in); in the
   * URL, so a reading can be shared. No report in the URL means the first one.
   */
  reader: { report: PublishedReport; line: number } | null = $derived.by(() => {
    const { reader } = this.url;
    const report = reader && (reader.report === null ? this.reports[0] : this.reportById.get(reader.report));
    return reader && report ? { report, line: reader.line } : null;
  });

  constructor() {
    // Back and forward restore the state the URL describes.
    window.addEventListener('popstate', () => {
      this.navigated = true;
      this.url = parseUrlState(location.search, this.known());
    });
  }

  private known(): KnownIds {
    return knownIds({
      projectIds: this.projects.map((p) => p.id),
      townshipCodes: this.townships.map((t) => t.code),
      reportIds: this.reports.map((r) => r.id),
      phases: this.phaseChoices.map((c) => c.key),
      quotedReportYears: this.mappedReports.map((r) => r.year),
    });
  }

  /** Takes the loaded data, then re-reads the URL so ids and codes are checked against it. */
  setData(
    projects: ProjectFeature[],
    townships: TownshipInfo[],
    problems: Problem[],
    reports: PublishedReport[],
  ): void {
    this.projects = projects;
    this.reports = reports;
    this.townships = townships;
    this.problems = problems;
    this.url = reconcileUrlState(this.url, location.search, this.openingSearch, this.known());
    this.write('replace');
    this.buildIndexWhenIdle();
  }

  /** Builds the search index a few milliseconds at a time while the page has nothing else to do. */
  private buildIndexWhenIdle(): void {
    const builder = this.indexBuilder;
    const slice = (budgetMs: number) => {
      if (builder !== this.indexBuilder) return; // new data came: its own build is under way
      const until = performance.now() + Math.max(budgetMs - 1, 1);
      while (performance.now() < until) {
        if (!builder.step(200)) continue;
        whenIdle(() => builder.finish());
        return;
      }
      whenIdle(slice);
    };
    whenIdle(slice);
  }

  private write(mode: HistoryMode): void {
    const url = `${location.pathname}${serializeUrlState(this.url)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  update(patch: Partial<UrlState>, mode: HistoryMode = 'push'): void {
    if (mode === 'push') this.navigated = true;
    this.url = { ...this.url, ...patch };
    this.write(mode);
  }

  setFilters(patch: Partial<Filters>, mode: HistoryMode = 'push'): void {
    mark(MARKS.start);
    this.update({ filters: { ...this.url.filters, ...patch } }, mode);
  }

  clearFilters(): void {
    this.update({ filters: EMPTY_FILTERS });
  }

  select(id: string | null): void {
    if (id !== this.url.project) this.update({ project: id });
  }

  /** Opens the reader at a line of a report (by id); the first report is written as no report. */
  openReader(report: string, line: number): void {
    const reader = { report: report === this.reports[0]?.id ? null : report, line };
    const open = this.url.reader;
    if (open?.report !== reader.report || open.line !== line) this.update({ reader });
  }

  closeReader(): void {
    if (this.url.reader !== null) this.update({ reader: null });
  }

  /** A loaded record by id, or undefined (an id a later report names may not be loaded). */
  project(id: string): ProjectFeature | undefined {
    return this.byId.get(id);
  }

  report(id: string): PublishedReport | undefined {
    return this.reportById.get(id);
  }

  /** A planner's choice; the threshold slider replaces the history entry instead of adding many. */
  setPlanner(patch: Partial<UrlState['planner']>, mode: HistoryMode = 'push'): void {
    this.update({ planner: { ...this.url.planner, ...patch } }, mode);
  }

  setView(view: UrlState['view']): void {
    this.update({ view }, 'replace');
  }

  townshipName(code: string | null): string | null {
    const township = this.townships.find((t) => t.code === code);
    return township ? township[this.lang === 'zh' ? 'name_zh' : 'name_en'] : null;
  }
}

const KEY = Symbol('app-state');
export const provideAppState = (state: AppState) => setContext(KEY, state);
export const useAppState = () => getContext<AppState>(KEY);
