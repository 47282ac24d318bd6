/**
 * The geometry checks of `validate-projects.ts`: a record's geometry against its precision, and its
 * coordinates (WGS84 [lon, lat], at most 6 decimals, lists long enough, rings closed, no line that
 * stays on one position, no MultiPoint that repeats one). The small readers of unknown JSON are in
 * validation-problem.ts. Pure: the input is never mutated.
 */
import type { ProjectGeometryType } from './project.ts';
import { isKeyOf, isRecord, show, type Issue } from './validation-problem.ts';
import { PRECISIONS } from './vocabulary.ts';

/** Least length of the coordinate lists at each depth, positions last (a ring needs 4 positions). */
const MIN_LENGTHS: Record<ProjectGeometryType, readonly number[]> = {
  Point: [],
  MultiPoint: [1],
  LineString: [2],
  MultiLineString: [1, 2],
  Polygon: [1, 4],
  MultiPolygon: [1, 1, 4],
};

/** Exact for doubles: n / 1e6 is the double nearest the decimal, so a 6-decimal value round-trips. */
export function hasAtMostSixDecimals(x: number): boolean {
  return Math.round(x * 1e6) / 1e6 === x;
}

function positionIssue(p: unknown): string | null {
  if (!Array.isArray(p) || p.length !== 2) return 'is not a [lon, lat] pair';
  const [lon, lat] = p as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return 'has a coordinate that is not a finite number';
  }
  if (lon < -180 || lon > 180) return `has longitude ${lon}, outside [-180, 180]`;
  if (lat < -90 || lat > 90) return `has latitude ${lat}, outside [-90, 90]`;
  if (!hasAtMostSixDecimals(lon) || !hasAtMostSixDecimals(lat))
    return `[${lon}, ${lat}] has more than 6 decimals`;
  return null;
}

/** The first problem in nested coordinate lists, or null. Only the first is reported: one is enough to drop it. */
function coordinatesIssue(
  value: unknown,
  minLengths: readonly number[],
  path: string,
  ring: boolean,
): string | null {
  if (minLengths.length === 0) {
    const issue = positionIssue(value);
    return issue === null ? null : `coordinates${path} ${issue}`;
  }
  const [min = 1, ...rest] = minLengths;
  if (!Array.isArray(value)) return `coordinates${path} is ${show(value)}, not a list`;
  if (value.length < min) return `coordinates${path} has ${value.length} item(s), fewer than ${min}`;
  for (let i = 0; i < value.length; i++) {
    const issue = coordinatesIssue(value[i], rest, `${path}[${i}]`, ring);
    if (issue !== null) return issue;
  }
  const [first, last] = [value[0] as number[], value[value.length - 1] as number[]];
  if (ring && rest.length === 0 && (first[0] !== last[0] || first[1] !== last[1])) {
    return `coordinates${path} is a ring that is not closed`;
  }
  return null;
}

const samePosition = (a: readonly number[], b: readonly number[]) => a[0] === b[0] && a[1] === b[1];

/**
 * A degenerate geometry, once its coordinates are known to be well formed: a LineString (or a part of a
 * MultiLineString) whose positions are all the same draws no line, and a MultiPoint that repeats a
 * position draws one point twice. Both come from places that share one estimated point (a road "from"
 * a township seat "to" a village placed on that same seat); they are a Point, not a line or a pair.
 */
function degenerateIssue(type: ProjectGeometryType, coordinates: unknown): Issue | null {
  if (type === 'LineString' || type === 'MultiLineString') {
    const lines = (type === 'LineString' ? [coordinates] : coordinates) as number[][][];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? [];
      const [first = []] = line;
      if (!line.every((p) => samePosition(p, first))) continue;
      const path = type === 'LineString' ? '' : `[${i}]`;
      const message = `${type} coordinates${path} has only one distinct position, [${first[0]}, ${first[1]}]: it draws no line`;
      const fix =
        'draw it as a Point at that position (its ends are one place), or give the line distinct positions';
      return { field: 'geometry.coordinates', message, fix };
    }
    return null;
  }
  if (type !== 'MultiPoint') return null;
  const points = coordinates as number[][];
  const firstIndex = new Map<string, number>(); // linear, so a huge hostile MultiPoint stays cheap
  for (let j = 0; j < points.length; j++) {
    const p = points[j] ?? [];
    const key = `${p[0]},${p[1]}`;
    const i = firstIndex.get(key);
    if (i === undefined) {
      firstIndex.set(key, j);
      continue;
    }
    const message = `MultiPoint coordinates[${j}] repeats coordinates[${i}], [${p[0]}, ${p[1]}]`;
    const fix =
      'list each position once (a Point when only one is left); several places on one point are one place';
    return { field: 'geometry.coordinates', message, fix };
  }
  return null;
}

export function geometryIssues(geometry: unknown, precision: unknown): Issue[] {
  if (geometry === null) {
    if (precision === 'district' || !isKeyOf(PRECISIONS)(precision)) return [];
    const message = `the record has no geometry but precision ${show(precision)}`;
    return [{ field: 'precision', message, fix: 'use precision "district" for a record with no geometry' }];
  }
  const type = isRecord(geometry) ? geometry.type : undefined;
  if (!isRecord(geometry) || !isKeyOf(MIN_LENGTHS)(type)) {
    const message = `geometry ${isRecord(geometry) ? `type ${show(type)}` : show(geometry)} is not allowed`;
    return [{ field: 'geometry', message, fix: `use null or one of ${Object.keys(MIN_LENGTHS).join(', ')}` }];
  }
  const geometryType = type as ProjectGeometryType;
  const polygonal = geometryType === 'Polygon' || geometryType === 'MultiPolygon';
  const issues: Issue[] = [];
  const issue = coordinatesIssue(geometry.coordinates, MIN_LENGTHS[geometryType], '', polygonal);
  if (issue !== null) {
    const fix = 'give WGS84 [lon, lat] positions with at most 6 decimals';
    issues.push({ field: 'geometry.coordinates', message: `${geometryType} ${issue}`, fix });
  } else {
    const degenerate = degenerateIssue(geometryType, geometry.coordinates);
    if (degenerate !== null) issues.push(degenerate);
  }
  if (precision === 'district') {
    const message = 'precision is "district" but the record has a geometry';
    issues.push({
      field: 'precision',
      message,
      fix: 'set geometry to null, or give the precision of its places',
    });
  }
  return issues;
}
