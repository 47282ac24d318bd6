/**
 * Where the camera goes to show a project: a point is centred at street level, a multi-point
 * or a line is fitted, a district-wide record (no geometry) does not move the map.
 */
import bbox from '@turf/bbox';
import type { ProjectFeature } from '../domain/project.ts';

export type CameraTarget =
  | { kind: 'center'; center: [number, number]; zoom: number }
  | { kind: 'bounds'; bounds: [number, number, number, number] }
  | null;

/** Township-level points stand for a whole township: show the township, not a street. */
const ZOOM_BY_PRECISION: Record<string, number> = { exact: 14, near: 13.5, village: 13, township: 11.5 };

export function cameraTarget(project: ProjectFeature): CameraTarget {
  const g = project.geometry;
  if (!g) return null;
  if (g.type === 'Point') {
    return {
      kind: 'center',
      center: g.coordinates,
      zoom: ZOOM_BY_PRECISION[project.properties.precision] ?? 12,
    };
  }
  const [w, s, e, n] = bbox(g);
  if (w === e && s === n) return { kind: 'center', center: [w, s], zoom: 12 };
  return { kind: 'bounds', bounds: [w, s, e, n] };
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
