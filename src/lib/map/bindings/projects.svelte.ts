/**
 * The projects on the map follow the filters: the marker and line sources are sent what a change
 * adds or removes (source-diff.ts), the badges (one small feature a seat, merged at the zoom:
 * cartography.ts) whole. Clusters are recomputed from what the source holds.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import { untrack } from 'svelte';
import type { Cartography } from '../cartography.ts';
import { PROJECT_SOURCE_IDS } from '../project-layers.ts';
import type { ProjectSources } from '../project-sources.ts';
import { sourceUpdate } from '../source-diff.ts';
import type { ProjectFeature } from '../../domain/project.ts';
import { mark, MARKS } from '../../perf.ts';

/** What the binding reads of the app: the projects loaded, and the sources for those filtered. */
export interface ProjectsInput {
  readonly projects: ProjectFeature[];
  readonly sources: ProjectSources;
}

/**
 * Keeps the project sources in step with `input` (read in an effect). `shown` holds the ids each
 * source was made with (the style's first sources), so the first change is a diff.
 */
export function bindProjects(
  map: MapLibreMap,
  cartography: Cartography,
  input: ProjectsInput,
  shown: Map<string, Set<string>>,
): void {
  function sendChange(id: string, next: FeatureCollection<Geometry, { id: string }>) {
    const source = map.getSource<GeoJSONSource>(id);
    if (!source) return;
    // Plain: bookkeeping, read by no effect.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const update = sourceUpdate(shown.get(id) ?? new Set(), next);
    if (update.kind === 'replace') void source.setData(update.data);
    if (update.kind === 'diff') void source.updateData({ remove: update.remove, add: update.add });
    shown.set(id, update.ids);
  }
  let sentFor = untrack(() => input.projects);
  $effect(() => {
    const next = input.sources;
    // New data (the editor saved): the same ids may now have other geometries, so all is sent again.
    if (sentFor !== input.projects) {
      shown.clear();
      sentFor = input.projects;
    }
    // An unchanged source is not sent: each source's new tiles cost the map a frame of its own.
    sendChange(PROJECT_SOURCE_IDS.markers, next.markers);
    sendChange(PROJECT_SOURCE_IDS.lines, next.lines);
    cartography.setSeats(next.badges);
    map.once('idle', () => mark(MARKS.map));
  });
}
