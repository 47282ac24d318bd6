/**
 * Where the editor shows each of the write API's problems: beside the part of the location form or
 * the progress field it is about, or above the form (domain/source-problem-text.ts words them).
 */

/** Where a problem is shown: beside a part of the location form, a progress field, or above all. */
export type Slot = 'points' | 'precision' | 'source' | 'note' | 'places' | `progress.${string}` | 'general';

const LOCATION_SLOTS: Record<string, Slot> = {
  coordinates: 'points',
  township: 'points',
  datum: 'points',
  precision: 'precision',
  method: 'precision',
  source: 'source',
  source_zh: 'source',
  note: 'note',
  note_zh: 'note',
  places: 'places',
  shape: 'places',
};

export function slotOf(field: string | undefined): Slot {
  if (!field) return 'general';
  const progress = /^progress\[\d+\]\.(\w+)$/.exec(field);
  if (progress) return `progress.${progress[1]}`;
  return LOCATION_SLOTS[field] ?? 'general';
}
