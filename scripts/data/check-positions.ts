/**
 * Checks of a record against the positions of its places, which the field checks cannot see: two
 * places on one point (a road "from" a township seat "to" a village placed on that same seat) would
 * compile to a line of no length or to a MultiPoint that repeats a position, and the app refuses both
 * (validate-geometry.ts). Here they are reported at the record's own line, with the fix.
 */
import type { Position } from '../../src/lib/domain/project.ts';
import { toWgs84 } from './coordinates.ts';
import type { FieldReader } from './field-reader.ts';
import type { Place } from './source-types.ts';

const fmt = (p: Position) => `[${p[0]}, ${p[1]}]`;

/** The first place listed after another on the same WGS84 position (as compiled), or null. */
function firstRepeat(
  keys: readonly string[],
  places: ReadonlyMap<string, Place>,
): { first: string; repeat: string; index: number; at: Position } | null {
  const seen = new Map<string, string>();
  for (const [index, key] of keys.entries()) {
    const place = places.get(key);
    if (place === undefined) continue; // a place with problems of its own is reported in places.yaml
    const at = toWgs84(place.coordinates, place.datum);
    const first = seen.get(fmt(at));
    if (first !== undefined) return { first, repeat: key, index, at };
    seen.set(fmt(at), key);
  }
  return null;
}

/**
 * Reports a record whose places share a position: for `shape: line` at the shape (the line has no
 * length there), otherwise at the repeated place. `places` null: places.yaml could not be checked.
 */
export function checkDistinctPositions(
  reader: FieldReader,
  keys: readonly string[] | undefined,
  shape: 'line' | null | undefined,
  places: ReadonlyMap<string, Place> | null | undefined,
): void {
  if (keys === undefined || places === null || places === undefined || keys.length < 2) return;
  const repeat = firstRepeat(keys, places);
  if (repeat === null) return;
  const same = `places ${repeat.first} and ${repeat.repeat} have the same coordinates ${fmt(repeat.at)} (WGS84)`;
  if (shape === 'line') {
    reader.report(
      'shape',
      `shape is line but ${same}, so the line has no length there`,
      'a line whose ends are one estimated point is a point: remove shape, keep one place for each distinct position, and say in the note why',
    );
  } else {
    reader.report(
      `places.${repeat.index}`,
      `${same}, so the map would draw one point twice`,
      'keep one place for each distinct position, and name the others in the note',
    );
  }
}
