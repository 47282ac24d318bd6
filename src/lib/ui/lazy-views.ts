/**
 * The views beside the list and map, loaded only when someone opens one: the planner's (its
 * analysis, tables and exports: Turf, the spatial index, CSV) and the promises view. One chunk for
 * both: they share the tables' and downloads' modules, and two lazy chunks sharing modules made the
 * bundler split the first view's code in two (docs/performance.md).
 */
export { PlannerState } from '../state/planner-state.svelte.ts';
export { default as PlannerPanel } from './planner/PlannerPanel.svelte';
export { default as PromisesView } from './promises/PromisesView.svelte';
