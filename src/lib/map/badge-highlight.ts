/**
 * A township badge stands for several township-level projects (its `ids`, space-separated).
 * When one of them is selected, the badge is raised: a dark, thicker rim. These expressions are
 * set on the `township-badges` layer whenever the selection changes.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { perFeature } from './shared-programs.ts';
import { MARK_COLOURS } from '../palette.ts';

/** True for the badge that holds `id` (padded with spaces, so `a` never matches inside `ab`). */
function holds(id: string): ExpressionSpecification {
  return ['in', ` ${id} `, ['concat', ' ', ['get', 'ids'], ' ']];
}

/**
 * The rim of the `township-badges` layer. Per feature either way, so the layer keeps the one
 * program every circle shares (shared-programs.ts), with or without a selection.
 */
export function badgeStroke(selectedId: string | null): {
  color: ExpressionSpecification;
  width: ExpressionSpecification;
} {
  if (!selectedId) return { color: perFeature(MARK_COLOURS.badge), width: perFeature(2) };
  return {
    color: ['case', holds(selectedId), MARK_COLOURS.selected, MARK_COLOURS.badge],
    width: ['case', holds(selectedId), 4, 2],
  };
}
