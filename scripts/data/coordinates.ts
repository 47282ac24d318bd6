/**
 * Coordinate handling shared by the checks and the compile: datum conversion to WGS84 and rounding
 * to 6 decimals (src/lib/domain/datum.ts, shared with the editor), and the tests on a place's coordinates.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Position } from '../../src/lib/domain/project.ts';
import { boundaryBox, type Boundary } from './reference-data.ts';
import { convertDatum, round6, type Datum } from '../../src/lib/domain/datum.ts';

export { round6 };

export function toWgs84(position: Position, datum: Datum): Position {
  return convertDatum(position, datum, 'WGS84');
}

export interface CoordinateIssue {
  message: string;
  fix: string;
}

function inBox(p: Position, box: readonly number[], margin: number): boolean {
  const [minLon = 0, minLat = 0, maxLon = 0, maxLat = 0] = box;
  return (
    p[0] >= minLon - margin && p[0] <= maxLon + margin && p[1] >= minLat - margin && p[1] <= maxLat + margin
  );
}

/**
 * [35.73, 107.63] is Xifeng written as [lat, lon]. With the outline we test the district's box
 * (half a degree of margin); without it, a "latitude" beyond 90 next to a valid one gives it away.
 */
export function looksSwapped(p: Position, boundary: Boundary | null): boolean {
  if (boundary === null) return Math.abs(p[1]) > 90 && Math.abs(p[0]) <= 90;
  const box = boundaryBox(boundary);
  return inBox([p[1], p[0]], box, 0.5) && !inBox(p, box, 0.5);
}

const fmt = (p: Position) => `[${p[0]}, ${p[1]}]`;

/** The first problem with a place's coordinates as written, or null. `datum` undefined: not checked further. */
export function placeCoordinateIssue(
  p: Position,
  datum: Datum | undefined,
  boundary: Boundary | null,
): CoordinateIssue | null {
  if (looksSwapped(p, boundary)) {
    return {
      message: `coordinates ${fmt(p)} look like [lat, lon]`,
      fix: `swap them: [${p[1]}, ${p[0]}] (GeoJSON order is [lon, lat])`,
    };
  }
  if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
    return {
      message: `coordinates ${fmt(p)} are out of range`,
      fix: 'give [lon, lat] with lon in [-180, 180] and lat in [-90, 90]',
    };
  }
  if (datum === undefined || boundary === null) return null;
  const wgs84 = toWgs84(p, datum);
  if (booleanPointInPolygon(wgs84, boundary)) return null;
  const converted = datum === 'WGS84' ? '' : ` (${fmt(wgs84)} in WGS84)`;
  return {
    message: `coordinates ${fmt(p)} in ${datum}${converted} lie outside the district boundary`,
    fix: 'check the numbers and the datum: points picked on AMap or Tencent maps are GCJ02, on Baidu BD09',
  };
}
