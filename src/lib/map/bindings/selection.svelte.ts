/**
 * The selected project is raised (its feature state, its badge's rim, its name) and brought into
 * view; the project hovered or focused in the list is raised too.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { badgeStroke } from '../badge-highlight.ts';
import { cameraTarget, prefersReducedMotion } from '../camera.ts';
import type { Cartography } from '../cartography.ts';
import { PROJECT_SOURCE_IDS } from '../project-layers.ts';
import type { ProjectFeature } from '../../domain/project.ts';

export interface SelectionInput {
  readonly selected: ProjectFeature | null;
  /** The id of the project hovered or focused in the list. */
  readonly hovered: string | null;
}

export function bindSelection(map: MapLibreMap, cartography: Cartography, input: SelectionInput): void {
  function raise(id: string | null, key: 'selected' | 'hover', value: boolean) {
    if (!id) return;
    for (const source of [PROJECT_SOURCE_IDS.markers, PROJECT_SOURCE_IDS.lines])
      map.setFeatureState({ source, id }, { [key]: value });
  }

  let previousSelected: string | null = null;
  $effect(() => {
    const selected = input.selected;
    raise(previousSelected, 'selected', false);
    previousSelected = selected?.id ?? null;
    raise(previousSelected, 'selected', true);
    const stroke = badgeStroke(previousSelected);
    map.setPaintProperty('township-badges', 'circle-stroke-color', stroke.color);
    map.setPaintProperty('township-badges', 'circle-stroke-width', stroke.width);
    cartography.setSelected(selected);
    const target = selected ? cameraTarget(selected) : null;
    const duration = prefersReducedMotion() ? 0 : 800;
    if (target?.kind === 'center')
      map.flyTo({ center: target.center, zoom: Math.max(map.getZoom(), target.zoom), duration });
    if (target?.kind === 'bounds') map.fitBounds(target.bounds, { padding: 60, maxZoom: 13, duration });
  });

  let previousHover: string | null = null;
  $effect(() => {
    const hovered = input.hovered;
    raise(previousHover, 'hover', false);
    previousHover = hovered;
    raise(hovered, 'hover', true);
  });
}
