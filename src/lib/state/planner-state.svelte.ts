/**
 * The planner's view (view=gaps): which kind of project, which locations count, the threshold,
 * and the analysis, computed in a Web Worker so a large dataset never blocks the page.
 * The threshold only re-reads the grid (cheap), so the slider answers at once.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
  factsOf,
  gapSummary,
  townshipMeasures,
  type GapSummary,
  type TownshipMeasures,
} from '../domain/planner/township-measures.ts';
import {
  projectsOfKind,
  farthestAreas,
  shareBeyond,
  type CoverageAnalysis,
  type CoverageKind,
  type FarthestArea,
  type ShareBeyond,
  type TownshipArea,
} from '../domain/planner/grid.ts';
import type { ProjectFeature } from '../domain/project.ts';
import type { CoverageReply, CoverageRequest } from '../domain/planner/coverage.worker.ts';
import {
  compareDoneAndPlanned,
  townshipCounts,
  type TownshipComparison,
  type TownshipCounts,
} from '../domain/planner/township-counts.ts';
import type { AppState } from './app-state.svelte.ts';
import { townshipMeasuresCsv, townshipMeasuresGeoJson } from '../domain/planner/measures-export.ts';
import type { Measure, PlannerLayer, PlannerPhase } from '../domain/planner-settings.ts';
import { phaseKeys, plannerPhaseKeys } from '../domain/phases.ts';

export type GapsMapLayer = PlannerLayer;

/**
 * The planner's choices live in the URL (planner-settings.ts), so a link or Back restores them;
 * these accessors read and write them there.
 */
export class PlannerState {
  get kind(): CoverageKind {
    return this.app.url.planner.kind;
  }
  set kind(kind: CoverageKind) {
    this.app.setPlanner({ kind });
  }
  get includeApproximate(): boolean {
    return this.app.url.planner.includeApproximate;
  }
  set includeApproximate(includeApproximate: boolean) {
    this.app.setPlanner({ includeApproximate });
  }
  get thresholdKm(): number {
    return this.app.url.planner.thresholdKm;
  }
  set thresholdKm(thresholdKm: number) {
    this.app.setPlanner({ thresholdKm }, 'replace');
  }
  /** The layer chosen, or by default the grid only when the kind has located projects to measure from. */
  get layer(): GapsMapLayer {
    const chosen = this.app.url.planner.layer;
    if (chosen) return chosen;
    return this.analysis && this.analysis.projectsUsed === 0 ? 'choropleth' : 'grid';
  }
  set layer(layer: GapsMapLayer) {
    this.app.setPlanner({ layer });
  }
  get measure(): Measure {
    return this.app.url.planner.measure;
  }
  /** The measure colours the township areas, so choosing one shows them. */
  set measure(measure: Measure) {
    this.app.setPlanner({ measure, layer: 'choropleth' });
  }
  /** The report the planner's phases are of: the latest (none yet: nothing is counted). */
  get latest(): { id: string; year: number } {
    return this.app.latestReport ?? { id: '', year: 0 };
  }
  /** The phase keys of the latest report: its year's tasks, the year before, the five years. */
  get latestPhases(): ReturnType<typeof phaseKeys> {
    return phaseKeys(this.latest.year);
  }
  get phase(): PlannerPhase {
    return this.app.url.planner.phase;
  }
  set phase(phase: PlannerPhase) {
    this.app.setPlanner({ phase });
  }

  /** Per township, the projects of the kind and phase, per people and per land. */
  readonly measures: TownshipMeasures;
  readonly summary: GapSummary;
  analysis: CoverageAnalysis | null = $state.raw(null);
  running = $state(false);
  error: string | null = $state(null);

  /** What the panel and the table count: the projects the current filters select. */
  readonly filtered: ProjectFeature[];
  readonly counts: TownshipCounts;
  readonly comparison: TownshipComparison;
  readonly share: ShareBeyond | null;
  readonly farthest: FarthestArea[];

  /** True unless official township boundaries were dropped in (docs/data-model.md). */
  readonly schematic: boolean;

  private readonly app: AppState;
  private readonly boundary: FeatureCollection<Polygon | MultiPolygon>;
  private readonly townshipAreas: TownshipArea[];
  private worker: Worker | null = null;
  private requestId = 0;

  constructor(
    app: AppState,
    boundary: FeatureCollection<Polygon | MultiPolygon>,
    townshipAreas: TownshipArea[],
  ) {
    this.app = app;
    this.boundary = boundary;
    this.townshipAreas = townshipAreas;
    this.schematic = townshipAreas.some((f) => (f.properties as { schematic?: unknown }).schematic !== false);
    this.filtered = $derived([...app.split.mapped, ...app.split.districtWide]);
    this.counts = $derived(townshipCounts(this.filtered, app.townships));
    this.comparison = $derived(compareDoneAndPlanned(this.filtered, app.townships, this.latest));
    this.share = $derived(this.analysis ? shareBeyond(this.analysis.grid, this.thresholdKm) : null);
    this.farthest = $derived(this.analysis ? farthestAreas(this.analysis.grid, 5, townshipAreas) : []);
    const facts = townshipAreas.map((f) => factsOf(f.properties as unknown as Record<string, unknown>));
    this.measures = $derived(
      townshipMeasures(
        projectsOfKind(app.projects, this.kind, { filters: app.url.filters, index: app.index }),
        facts,
        this.phase,
        this.latest,
      ),
    );
    this.summary = $derived(gapSummary(this.measures.rows));
  }

  /** Recomputes the grid for the current kind, rule and filters; stale replies are dropped. */
  run(): void {
    this.worker ??= this.startWorker();
    const request: CoverageRequest = {
      requestId: ++this.requestId,
      boundary: this.boundary,
      // Plain objects: state proxies cannot be cloned into a worker.
      projects: $state.snapshot(this.app.projects) as CoverageRequest['projects'],
      kind: this.kind,
      options: {
        includeApproximate: this.includeApproximate,
        thresholdKm: this.thresholdKm,
        townships: this.townshipAreas,
        current: { filters: $state.snapshot(this.app.url.filters), index: this.app.index },
      },
    };
    this.running = true;
    this.worker.postMessage(request);
  }

  private startWorker(): Worker {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a module URL for Vite, not state
    const worker = new Worker(new URL('../domain/planner/coverage.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = ({ data }: MessageEvent<CoverageReply>) => {
      if (data.requestId !== this.requestId) return;
      this.running = false;
      if (data.ok) {
        this.analysis = data.result;
        this.error = null;
      } else {
        this.error = data.error;
      }
    };
    worker.onerror = (event) => {
      this.running = false;
      this.error = event.message || 'the analysis worker failed';
    };
    return worker;
  }

  /** Township areas with the chosen measure (null where unknown), for the choropleth. */
  choropleth(): FeatureCollection {
    // A plain map, built and read here only.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const byCode = new Map(this.measures.rows.map((row) => [row.code, row[this.measure]]));
    return {
      type: 'FeatureCollection',
      features: this.townshipAreas.map((f) => ({
        ...f,
        properties: { code: f.properties.code, value: byCode.get(f.properties.code) ?? null },
      })),
    };
  }

  /** The township measures as the planner downloads them (measures-export.ts). */
  measuresFile(format: 'csv' | 'geojson'): string {
    const counted = {
      report: this.latest.id,
      phases: plannerPhaseKeys(this.phase, this.latest.year).join(','),
    };
    return format === 'csv'
      ? townshipMeasuresCsv(this.measures, this.kind, counted)
      : townshipMeasuresGeoJson(this.measures, this.townshipAreas, this.kind, counted);
  }

  dispose(): void {
    this.worker?.terminate();
  }
}
