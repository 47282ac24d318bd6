/**
 * The planner's view, loaded only when someone opens it: its analysis, tables and exports
 * (Turf, the spatial index, CSV) stay out of the first view's JavaScript.
 */
export { GapsState } from '../../state/gaps-state.svelte.ts';
export { default as GapsPanel } from './GapsPanel.svelte';
