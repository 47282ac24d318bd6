/**
 * The planner's view on the map: its grid and choropleth are added when the planner is first
 * opened (the planner's state loads with it), shown only while the URL says view=gaps, and fed the
 * planner's findings.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import {
  beyondOpacity,
  CHOROPLETH_LAYERS,
  PLANNER_SOURCES,
  plannerLayers,
  plannerSourceSpecs,
  GRID_LAYERS,
  PLANNER_BELOW,
} from '../planner-layers.ts';
import type { PlannerState } from '../../state/planner-state.svelte.ts';

export interface PlannerInput {
  /** True while the planner's view is shown (view=gaps). */
  readonly shown: boolean;
}

export function bindPlanner(map: MapLibreMap, planner: PlannerState, input: PlannerInput): void {
  for (const [id, spec] of Object.entries(plannerSourceSpecs()))
    if (!map.getSource(id)) map.addSource(id, spec);
  for (const layer of plannerLayers()) if (!map.getLayer(layer.id)) map.addLayer(layer, PLANNER_BELOW);

  $effect(() => {
    const [shown, layer] = [input.shown, planner.layer];
    const show = (ids: string[], on: boolean) =>
      ids.forEach((id) => map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none'));
    show(GRID_LAYERS, shown && layer === 'grid');
    show(CHOROPLETH_LAYERS, shown && layer === 'choropleth');
  });
  $effect(() => {
    const grid = planner.analysis?.grid;
    if (grid) map.getSource<GeoJSONSource>(PLANNER_SOURCES.grid)?.setData(grid);
  });
  $effect(() => {
    const choropleth = input.shown ? planner.choropleth() : null;
    if (choropleth) map.getSource<GeoJSONSource>(PLANNER_SOURCES.choropleth)?.setData(choropleth);
  });
  $effect(() => {
    map.setPaintProperty('coverage-grid-fill', 'fill-opacity', beyondOpacity(planner.thresholdKm));
  });
}
