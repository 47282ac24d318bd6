/**
 * Township badges that would overlap are merged into one, with the number of their projects, and
 * open into their parts as the map zooms in. Pure: seats and a zoom in, new GeoJSON out.
 *
 * Why our own rule and not MapLibre's `cluster` option: Supercluster gathers the points within a
 * radius of a seed point and moves the cluster to their mean, so two of its results can end up
 * closer than the radius (a point just outside the seed's radius stays beside the moved cluster),
 * and it clusters at whole zoom levels only (the first view is at 8.5 on a phone, where the
 * clustering of zoom 8 merges badges that are 1.4 times farther apart than needed). Here the rule
 * is exact at any zoom: the two closest badges are merged, again and again, until no two are
 * closer than BADGE_SPACING pixels at that zoom. The merged badge sits at the mean of its seats,
 * weighted by their projects (so it stays near the larger one). Cartography runs it on every zoom
 * change (a few seats: microseconds) and sends the badges only when the grouping changes.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { BadgeProperties } from './project-sources.ts';

/** The radius of a badge's white disc, and of the faint area around it (what it stands for). */
export const BADGE_RADIUS = 10;
export const BADGE_AREA_RADIUS = 14;
/** The outer diameter of a badge as drawn (the area's 1-pixel rim included). */
export const BADGE_DIAMETER = 2 * (BADGE_AREA_RADIUS + 1);
/** Badges whose centres would come closer than this (in CSS pixels) are merged: their diameter and a 2-pixel gap. */
export const BADGE_SPACING = BADGE_DIAMETER + 2;
/** The width in pixels of the world at zoom 0 (MapLibre's tile size). */
const WORLD = 512;

export interface MergedBadgeProperties {
  /** Every project id of the merged seats, once, joined by spaces (the highlight and tests read it). */
  ids: string;
  /** The number of distinct projects: a project placed at two merged seats counts once. */
  count: number;
  /** The number of seats merged; 1 for a badge that stands alone. */
  seats: number;
  /** The merged seats' keys (seatKey), joined by spaces: a click lists their projects seat by seat. */
  keys: string;
}

export type SeatBadges = FeatureCollection<Point, BadgeProperties>;
export type MergedBadges = FeatureCollection<Point, MergedBadgeProperties>;

/** A seat's key: its position as written in the data. */
export const seatKey = (f: Feature<Point>): string => f.geometry.coordinates.join(',');

/** Web Mercator, in world units (0…1): what MapLibre projects with, so pixel distances are exact. */
function toWorld([lon, lat]: number[]): [number, number] {
  const sin = Math.sin((lat! * Math.PI) / 180);
  return [(lon! + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

function fromWorld([x, y]: [number, number]): [number, number] {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [Number((x * 360 - 180).toFixed(6)), Number(lat.toFixed(6))];
}

export interface BadgeGroup {
  /** The seats' indices, ascending. */
  members: number[];
  weight: number;
  /** Where the group's badge is drawn, in world units (toWorld). */
  at: [number, number];
}

/**
 * The seats (by index) that share a badge at `zoom`: every group's badge is at least `spacing`
 * pixels from every other's. Deterministic: ties go to the lower indices. Quadratic a merge, which
 * is nothing for the few seats a district has (ten townships here).
 */
export function badgeGroups(
  positions: readonly number[][],
  weights: readonly number[],
  zoom: number,
  spacing = BADGE_SPACING,
): BadgeGroup[] {
  const minDistance = spacing / (WORLD * 2 ** zoom);
  const groups: BadgeGroup[] = positions.map((p, i) => ({
    members: [i],
    weight: Math.max(weights[i] ?? 1, 1),
    at: toWorld(p),
  }));
  for (;;) {
    let best: [number, number] | null = null;
    let bestDistance = minDistance;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const d = Math.hypot(groups[i]!.at[0] - groups[j]!.at[0], groups[i]!.at[1] - groups[j]!.at[1]);
        if (d < bestDistance) [best, bestDistance] = [[i, j], d];
      }
    }
    if (!best) break;
    const [a, b] = [groups[best[0]]!, groups[best[1]]!];
    const weight = a.weight + b.weight;
    groups[best[0]] = {
      members: [...a.members, ...b.members].sort((x, y) => x - y),
      weight,
      at: [
        (a.at[0] * a.weight + b.at[0] * b.weight) / weight,
        (a.at[1] * a.weight + b.at[1] * b.weight) / weight,
      ],
    };
    groups.splice(best[1], 1);
  }
  return groups;
}

/** One key a grouping, to tell whether the badges must be sent to the map again. */
export const groupingKey = (groups: readonly BadgeGroup[]): string =>
  groups.map((g) => g.members.join(',')).join(';');

/** The badges as drawn: one feature a group of seats (see badgeGroups), at the group's position. */
export function mergeBadges(seats: SeatBadges, groups: readonly BadgeGroup[]): MergedBadges {
  const features = groups.map(({ members, at }): Feature<Point, MergedBadgeProperties> => {
    const parts = members.map((i) => seats.features[i]!);
    if (parts.length === 1) {
      const [only] = parts as [Feature<Point, BadgeProperties>];
      const { ids, count } = only.properties;
      return {
        type: 'Feature',
        properties: { ids, count, seats: 1, keys: seatKey(only) },
        geometry: only.geometry,
      };
    }
    const ids = new Set(parts.flatMap((f) => f.properties.ids.split(' ')));
    return {
      type: 'Feature',
      properties: {
        ids: [...ids].join(' '),
        count: ids.size,
        seats: parts.length,
        keys: parts.map(seatKey).join(' '),
      },
      geometry: { type: 'Point', coordinates: fromWorld(at) },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** The grouping of `seats` at `zoom` (weighted by their projects). */
export function groupsAt(seats: SeatBadges, zoom: number): BadgeGroup[] {
  return badgeGroups(
    seats.features.map((f) => f.geometry.coordinates),
    seats.features.map((f) => f.properties.count),
    zoom,
  );
}

/** Every seat a badge of its own: what the style starts with, before the map knows its zoom. */
export function standalone(seats: SeatBadges): MergedBadges {
  return mergeBadges(
    seats,
    seats.features.map((f, i) => ({ members: [i], weight: 1, at: toWorld(f.geometry.coordinates) })),
  );
}
