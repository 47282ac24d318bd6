/**
 * How to bring a GeoJSON source from the features it shows to the next ones: send nothing, the
 * difference (MapLibre's `updateData`: the ids to remove, the features to add), or everything again
 * (`setData`). Pure; MapView applies it.
 *
 * Why: a filter change used to send every shown feature to MapLibre's worker again, which at
 * 100,000 projects serialised some 60,000 features on the main thread and converted them again in
 * the worker. Narrowing the filter now sends only ids; widening sends only the features that come
 * back. Every feature needs a unique id (`promoteId: 'id'`; project-sources.ts gives one feature
 * per project and source).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type SourceUpdate<G extends Geometry, P extends { id: string }> = (
  | { kind: 'none' }
  | { kind: 'replace'; data: FeatureCollection<G, P> }
  | { kind: 'diff'; remove: string[]; add: Feature<G, P>[] }
) & {
  /** The ids the source shows once the update is applied: the next call's `shown`. */
  ids: Set<string>;
};

/**
 * What an id to remove costs against a feature to add: an id is a short string, a feature carries a
 * geometry and four properties, each copied to the worker and converted there. A rough ratio,
 * which only decides between two correct ways of sending the change.
 */
const REMOVE_COST = 0.1;

/**
 * The update from the features shown (their ids) to `next`. The diff is chosen when it sends less
 * than `next` whole; a change that keeps nothing, or removes a great many to keep a few, is sent
 * whole.
 */
export function sourceUpdate<G extends Geometry, P extends { id: string }>(
  shown: ReadonlySet<string>,
  next: FeatureCollection<G, P>,
): SourceUpdate<G, P> {
  const nextIds = new Set<string>();
  const add: Feature<G, P>[] = [];
  for (const feature of next.features) {
    const id = feature.properties.id;
    nextIds.add(id);
    if (!shown.has(id)) add.push(feature);
  }
  const remove: string[] = [];
  for (const id of shown) if (!nextIds.has(id)) remove.push(id);
  const ids = nextIds;
  if (add.length === 0 && remove.length === 0) return { kind: 'none', ids };
  if (add.length + remove.length * REMOVE_COST >= next.features.length)
    return { kind: 'replace', data: next, ids };
  return { kind: 'diff', remove, add, ids };
}
