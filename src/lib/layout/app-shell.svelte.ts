/**
 * What the page holds besides the URL's state: the loaded data and the deployer's config, whether
 * the map could start, the credits, and the planner's view once it is asked for. App.svelte makes
 * one; the layouts read it.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { loadAppData, type AppData } from '../data/load.ts';
import { creditLine } from '../i18n/report-messages.ts';
import { loadConfig, DEFAULT_CONFIG, type AppConfig } from '../config.ts';
import { basemapAttribution, parseBasemapConfig } from '../map/basemap.ts';
import { hasWebGL } from '../map/webgl.ts';
import type { AppState, TownshipInfo } from '../state/app-state.svelte.ts';
import type { PlannerState } from '../state/planner-state.svelte.ts';
import type { PlannerPanel } from '../ui/lazy-views.ts';
import type { TownshipArea } from '../domain/planner/grid.ts';

export class AppShell {
  data: AppData | undefined = $state.raw();
  /** Why the data could not be loaded. */
  error: string | undefined = $state();
  /** Why the map could not start (MapView reports it). */
  mapFailed: string | undefined = $state();
  config: AppConfig = $state.raw(DEFAULT_CONFIG);
  configLoaded = $state(false);
  readonly webgl = hasWebGL();
  /** The planner's view, loaded on first use (see lib/ui/lazy-views.ts). */
  planner: PlannerState | undefined = $state.raw();
  PlannerPanel: typeof PlannerPanel | undefined = $state.raw();

  readonly basemap = $derived(parseBasemapConfig(this.config.basemap).config);
  /** Township areas drawn schematically (not surveyed boundaries): the credits say so. */
  readonly schematic = $derived(
    this.data?.townshipAreas.features.some((f) => f.properties?.schematic !== false) ?? false,
  );
  /** The map is on the page, with its ⓘ credits (not when WebGL is missing or the map failed). */
  readonly mapShown = $derived(this.webgl && !this.mapFailed && !this.error && this.configLoaded);

  constructor(private readonly app: AppState) {
    void loadConfig().then((loaded) => {
      this.config = loaded.config;
      this.configLoaded = true;
    });
    void this.load();
  }

  get basemapCredit(): string {
    return basemapAttribution(this.basemap, this.app.lang);
  }

  /** At the foot of the page, and on phones in the map's ⓘ (an online basemap adds its own there). */
  get credits(): string {
    return creditLine(this.app.mappedReports, this.app.lang, this.schematic);
  }

  /** What the page's foot shows (ui/PageEnd.svelte), the same in both layouts. */
  get pageEnd() {
    return {
      basemapCredit: this.basemapCredit,
      credit: this.credits,
      loaded: this.data !== undefined,
      creditInMap: this.mapShown,
    };
  }

  /** (Re)reads the published data: on start, and after the editor saved. */
  load(): Promise<void> {
    return loadAppData().then(
      (loaded) => {
        const townships = loaded.townshipAreas.features.map((f) => f.properties as TownshipInfo);
        this.app.setData(loaded.projects, townships, loaded.problems, loaded.reports);
        this.data = loaded;
      },
      (e: Error) => {
        this.error = e.message;
      },
    );
  }

  /** Loads the planner's view once the URL asks for it and the data is there; call from an effect. */
  loadPlannerWhenAsked(): void {
    if (this.app.url.mode !== 'gaps' || !this.data || this.planner) return;
    const loaded = this.data;
    void import('../ui/lazy-views.ts').then((module) => {
      this.PlannerPanel = module.PlannerPanel;
      this.planner = new module.PlannerState(
        this.app,
        loaded.boundary as FeatureCollection<Polygon | MultiPolygon>,
        loaded.townshipAreas.features as TownshipArea[],
      );
    });
  }
}
