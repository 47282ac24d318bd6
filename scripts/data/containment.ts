/** Is every vertex of a geometry inside the district outline? Used on compiled and committed data. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { positionsOf, type Position, type ProjectGeometry } from '../../src/lib/domain/project.ts';
import type { Boundary } from './reference-data.ts';

/** The first vertex outside the outline, or null when all are inside (or there is no geometry). */
export function firstOutside(geometry: ProjectGeometry | null, boundary: Boundary): Position | null {
  if (geometry === null) return null;
  return positionsOf(geometry).find((p) => !booleanPointInPolygon(p, boundary)) ?? null;
}
