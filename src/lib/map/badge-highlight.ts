/**
 * A township badge stands for several township-level projects (its `ids`, space-separated).
 * When one of them is selected, the badge is raised: a dark, thicker rim. These expressions are
 * set on the `township-badges` layer whenever the selection changes.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** True for the badge that holds `id` (padded with spaces, so `a` never matches inside `ab`). */
function holds(id: string): ExpressionSpecification {
  return ['in', ` ${id} `, ['concat', ' ', ['get', 'ids'], ' ']];
}

export function badgeStroke(selectedId: string | null): {
  color: ExpressionSpecification | string;
  width: ExpressionSpecification | number;
} {
  if (!selectedId) return { color: '#5f6b76', width: 2 };
  return {
    color: ['case', holds(selectedId), '#111111', '#5f6b76'],
    width: ['case', holds(selectedId), 4, 2],
  };
}
