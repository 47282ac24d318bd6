/**
 * What validating unknown JSON reports, shared by the record checks (validate-properties.ts), the
 * geometry checks (validate-geometry.ts) and the collection's (validate-projects.ts): the problem
 * types and the small readers of unknown values. Kept apart so that none of them imports another
 * back.
 */

export interface Problem {
  /** The record's id when it has a string one. */
  id: string | null;
  /** Index in `features`; -1 for a problem with the collection itself. */
  index: number;
  field: string;
  message: string;
  fix: string;
  /** What was left out: the whole record, or only one of its progress (or background) entries. */
  dropped: 'record' | 'entry';
}

/** A problem before it is tied to a record (its id and index). */
export type Issue = Omit<Problem, 'id' | 'index' | 'dropped'>;

export const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const isKeyOf = (table: object) => (v: unknown) => typeof v === 'string' && Object.hasOwn(table, v);

/** What a reader needs to see in a message; long values are cut so a 1 MB string stays readable. */
export function show(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
    return `a ${typeof value}`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? 'a list' : 'an object'; // cyclic, or a getter that throws
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
