/**
 * The planner's choices, kept in the URL so that a planner can send a colleague the exact view:
 * the kind of project, the measure, the phase, the distance threshold, the map layer and whether
 * township-level records count as located. Parsing is total, each parameter on its own, as in
 * url-state.ts; defaults are left out of the URL. Small on purpose: it is in the first bundle,
 * while the planner's view itself is loaded on first use.
 */
export const COVERAGE_KINDS = ['water', 'sanitation', 'education', 'health', 'any', 'filtered'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];
export const MEASURES = ['count', 'per_10k', 'per_100km2'] as const;
export type Measure = (typeof MEASURES)[number];
/**
 * Of the latest report: the tasks it sets for its year, the work it reports done the year before,
 * or both. Relative, so that the planner follows next year's report without a change here.
 */
export const PLANNER_PHASES = ['tasks', 'done', 'both'] as const;
export type PlannerPhase = (typeof PLANNER_PHASES)[number];
export const PLANNER_LAYERS = ['grid', 'choropleth'] as const;
export type PlannerLayer = (typeof PLANNER_LAYERS)[number];

export interface PlannerSettings {
  kind: CoverageKind;
  measure: Measure;
  phase: PlannerPhase;
  /** km, 0–20 in steps of 0.5. */
  thresholdKm: number;
  /** null: chosen by the data (the grid only when the kind has located projects). */
  layer: PlannerLayer | null;
  includeApproximate: boolean;
}

export const DEFAULT_PLANNER: PlannerSettings = {
  kind: 'water',
  measure: 'count',
  phase: 'tasks',
  thresholdKm: 5,
  layer: null,
  includeApproximate: false,
};

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

function threshold(value: string | null): number {
  if (value === null || !/^\d{1,2}(\.[05])?$/.test(value)) return DEFAULT_PLANNER.thresholdKm;
  const km = Number(value);
  return km <= 20 ? km : DEFAULT_PLANNER.thresholdKm;
}

/**
 * Links made when the planner named years (`gphase=2021`, `gphase=2022`) came from a time of one
 * report; they are read by that report while it is still the only one (`onlyReportYear`), and then
 * written with the relative name. Once a later report is in, such a year means the default: its
 * plans and results are not those the link named.
 */
function plannerPhase(value: string | null, onlyReportYear: number | undefined): PlannerPhase {
  if (onlyReportYear !== undefined && value === String(onlyReportYear)) return 'tasks';
  if (onlyReportYear !== undefined && value === String(onlyReportYear - 1)) return 'done';
  return oneOf(PLANNER_PHASES, value, DEFAULT_PLANNER.phase);
}

/**
 * Reads the planner's parameters (`gkind`, `gmeasure`, `gphase`, `gkm`, `glayer`, `gapprox`);
 * `onlyReportYear` reads a year in `gphase`.
 */
export function parsePlanner(get: (name: string) => string | null, onlyReportYear?: number): PlannerSettings {
  const layer = get('glayer');
  return {
    kind: oneOf(COVERAGE_KINDS, get('gkind'), DEFAULT_PLANNER.kind),
    measure: oneOf(MEASURES, get('gmeasure'), DEFAULT_PLANNER.measure),
    phase: plannerPhase(get('gphase'), onlyReportYear),
    thresholdKm: threshold(get('gkm')),
    layer: PLANNER_LAYERS.includes(layer as PlannerLayer) ? (layer as PlannerLayer) : null,
    includeApproximate: get('gapprox') === '1',
  };
}

/** The parameters that differ from the defaults, in a fixed order. */
export function plannerEntries(p: PlannerSettings): [string, string | null][] {
  const differs = <K extends keyof PlannerSettings>(key: K) => p[key] !== DEFAULT_PLANNER[key];
  return [
    ['gkind', differs('kind') ? p.kind : null],
    ['gmeasure', differs('measure') ? p.measure : null],
    ['gphase', differs('phase') ? p.phase : null],
    ['gkm', differs('thresholdKm') ? String(p.thresholdKm) : null],
    ['glayer', p.layer],
    ['gapprox', p.includeApproximate ? '1' : null],
  ];
}
