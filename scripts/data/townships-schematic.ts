/**
 * Schematic township areas: no open township polygons exist, so each township gets the power-diagram
 * cell of its seat (power-diagram.ts: the nearest-seat area, grown or shrunk by its weight so that it
 * matches the official area where one is known), clipped to the district outline. Every feature says so.
 */
import type { Position } from '../../src/lib/domain/project.ts';
import { toWgs84 } from './coordinates.ts';
import { powerCells } from './power-diagram.ts';
import type { Boundary, Gazetteer } from './reference-data.ts';
import { fileProblem, type SourceProblem } from './source-problem.ts';
import type { Place } from './source-types.ts';
import { normalizeArea, SCHEMATIC_NOTE, townshipArea, type TownshipArea } from './township-areas.ts';

export interface Seat {
  code: string;
  name_zh: string;
  name_en: string;
  /** WGS84. */
  position: Position;
}

/** One township_seat place for every township in townships.json, in code order. */
export function townshipSeats(
  places: Iterable<Place>,
  gazetteer: Gazetteer,
  placesFile: string,
): { seats: Seat[]; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  const byTownship = new Map<string, Place>();
  for (const place of places) {
    if (place.kind !== 'township_seat') continue;
    const other = byTownship.get(place.township);
    if (other === undefined) byTownship.set(place.township, place);
    else {
      const message = `township ${place.township} has a second township_seat (the first is ${other.key}, line ${other.line})`;
      problems.push({
        file: placesFile,
        line: place.line,
        subject: `place ${place.key}`,
        message,
        fix: 'keep one township_seat a township',
      });
    }
  }
  const seats: Seat[] = [];
  for (const township of [...gazetteer.townships.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    const seat = byTownship.get(township.code);
    if (seat === undefined) {
      const fix = `add a place of kind township_seat (key town.<pinyin>) for ${township.name_zh}; the schematic township areas need one a township`;
      problems.push(
        fileProblem(
          placesFile,
          `township ${township.code} (${township.name_zh}) has no township_seat place`,
          fix,
        ),
      );
      continue;
    }
    seats.push({
      code: township.code,
      name_zh: township.name_zh,
      name_en: township.name_en,
      position: toWgs84(seat.coordinates, seat.datum),
    });
  }
  const positions = new Set(seats.map((s) => s.position.join(',')));
  if (positions.size < seats.length) {
    problems.push(
      fileProblem(
        placesFile,
        'two township seats have the same coordinates',
        'give each township_seat its own position',
      ),
    );
  }
  return { seats, problems };
}

/**
 * Seats must be distinct and inside the outline (townshipSeats and the place checks see to that).
 * `weights` by township code (absent: 0, the plain nearest-seat area).
 */
export function schematicTownships(
  seats: readonly Seat[],
  boundary: Boundary,
  weights: ReadonlyMap<string, number> = new Map(),
): TownshipArea[] {
  const cells = powerCells(
    boundary,
    seats.map((seat) => seat.position),
    seats.map((seat) => weights.get(seat.code) ?? 0),
  );
  const areas: TownshipArea[] = [];
  seats.forEach((seat, i) => {
    const cell = cells[i];
    const geometry = cell ? normalizeArea(cell.geometry) : null;
    if (geometry === null) return;
    areas.push(
      townshipArea(
        {
          code: seat.code,
          name_zh: seat.name_zh,
          name_en: seat.name_en,
          schematic: true,
          note: SCHEMATIC_NOTE,
        },
        geometry,
      ),
    );
  });
  return areas;
}
