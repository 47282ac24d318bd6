/** Is every vertex of a geometry inside the district outline? Used on compiled and committed data. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Position, ProjectGeometry } from '../../src/lib/domain/project';
import type { Boundary } from './reference-data';

function positionsOf(geometry: ProjectGeometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}

/** The first vertex outside the outline, or null when all are inside (or there is no geometry). */
export function firstOutside(geometry: ProjectGeometry | null, boundary: Boundary): Position | null {
  if (geometry === null) return null;
  return positionsOf(geometry).find((p) => !booleanPointInPolygon(p, boundary)) ?? null;
}
