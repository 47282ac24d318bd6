/**
 * What the staff member is placing, before it is saved: the points (in the datum of the basemap
 * they were entered on), or gazetteer places; the precision; the source; the note. Turns itself
 * into the write API's request body. No map and no network here (map/draft-markers.ts, EditorPanel).
 */
import type { Position } from '../domain/project.ts';
import { convertDatum as convert, type Datum } from '../domain/datum.ts';
import type { PlaceablePrecision } from './precision-help.ts';
import { sourceTexts, type SourceForm } from '../domain/location-source-form.ts';

export type PlaceMode = 'point' | 'sites' | 'line' | 'places';

export class LocationDraft {
  mode: PlaceMode = $state('point');
  /** The points, in `datum`. */
  points: Position[] = $state([]);
  datum: Datum = $state('WGS84');
  /** The marker the arrow keys move (an index of `points`), or null. */
  active: number | null = $state(null);
  placeKeys: string[] = $state([]);
  /** Gazetteer places joined into a road, in the order chosen. */
  placesAsLine = $state(false);
  precision: PlaceablePrecision = $state('near');
  source: SourceForm = $state({ kind: 'citation', title: '', url: '' });
  note = $state({ zh: '', en: '', touched: false });

  /** A click (or typed coordinates) in `datum`: one point replaces the last, several add up. */
  add(position: Position, datum: Datum = this.datum): void {
    const point = convert(position, datum, this.datum);
    this.points = this.mode === 'point' ? [point] : [...this.points, point];
    this.active = this.points.length - 1;
  }

  move(index: number, position: Position): void {
    this.points = this.points.map((p, i) => (i === index ? convert(position, this.datum, this.datum) : p));
  }

  remove(index: number): void {
    this.points = this.points.filter((_, i) => i !== index);
    this.active = this.points.length > 0 ? Math.min(index, this.points.length - 1) : null;
  }

  setMode(mode: PlaceMode): void {
    this.mode = mode;
    if (mode === 'point' && this.points.length > 1) this.points = this.points.slice(0, 1);
    this.active = this.points.length > 0 ? 0 : null;
  }

  /** Another basemap: the points are converted, so each stays on the same spot on the ground. */
  setDatum(datum: Datum): void {
    this.points = this.points.map((p) => convert(p, this.datum, datum));
    this.datum = datum;
  }

  /** Starts over for another project, keeping the source (one person often places several). */
  reset(note: { zh: string; en: string }): void {
    this.points = [];
    this.placeKeys = [];
    this.active = null;
    this.note = { ...note, touched: false };
  }

  /** After a save: the points are now the project's own, drawn by the map; the source is kept. */
  saved(): void {
    this.points = [];
    this.placeKeys = [];
    this.active = null;
    this.note.touched = false;
  }

  /** True when there is something to save. */
  get ready(): boolean {
    if (this.mode === 'places') return this.placeKeys.length > 0;
    return this.mode === 'line' ? this.points.length >= 2 : this.points.length > 0;
  }

  /** The POST /__editor/project/<id>/location body. */
  body(baseHash: string): Record<string, unknown> {
    const note = this.note.touched ? { note_zh: this.note.zh, note_en: this.note.en } : {};
    if (this.mode === 'places')
      return {
        places: this.placeKeys,
        shape: this.placesAsLine ? 'line' : null,
        base_hash: baseHash,
        ...note,
      };
    const geometry =
      this.mode === 'point'
        ? { type: 'Point', coordinates: this.points[0] }
        : { type: this.mode === 'line' ? 'LineString' : 'MultiPoint', coordinates: this.points };
    return {
      geometry,
      datum: this.datum,
      precision: this.precision,
      ...sourceTexts(this.source),
      base_hash: baseHash,
      ...note,
    };
  }
}
