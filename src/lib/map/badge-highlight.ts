/**
 * A township badge stands for several township-level projects (its `ids`, space-separated).
 * When one of them is selected, the badge is raised: a dark, thicker rim. These expressions are
 * set on the `township-badges` layer whenever the selection changes.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { perFeature } from './shared-programs.ts';

/** The township badges' grey: their areas, and the rim of a badge that holds no selected project. */
export const BADGE_GREY = '#5f6b76';

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
  if (!selectedId) return { color: perFeature(BADGE_GREY), width: perFeature(2) };
  return {
    color: ['case', holds(selectedId), '#111111', BADGE_GREY],
    width: ['case', holds(selectedId), 4, 2],
  };
}
