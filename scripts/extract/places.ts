/**
 * The townships and villages a clause names. A name is matched only when it cannot mean anything
 * else; what is left uncertain is said in the review note instead of being placed:
 *
 *   full name (柳湾镇, 王家沟村)                          → matched
 *   township short form (柳湾)                            → matched
 *   village short form or abbreviation right after its
 *   township's name (柳湾王沟, 石门杏花)                  → the village (the township is absorbed)
 *   village short form of 3+ characters, standing alone   → matched if no other village or
 *                                                           township has that form
 *   2-character village form standing alone (中心, 新兴)   → not matched (too common a word); noted
 *                                                           when a valley or gully bears it (新兴川)
 *   any name followed by a LANDFORMS character (柳湾塬)    → not matched: the landform is larger
 *
 * (Examples are names of the imaginary county of the tests, tests/fixtures/extract.)
 */
import type { Gazetteer, PlaceName } from './gazetteer.ts';
import type { PlaceMatch } from './types.ts';

/** A character after a name that makes it a landform wider than the place (a loess tableland). */
export const LANDFORMS = ['塬'];
/** Characters after a 2-character village form that make it a valley or gully named like a village. */
export const NAMED_VALLEYS = ['川', '沟'];

export interface PlaceResult {
  matches: PlaceMatch[];
  notes: string[];
}

interface Hit {
  at: number;
  name: PlaceName;
}

export function matchPlaces(clause: string, gazetteer: Gazetteer): PlaceResult {
  const found: { at: number; match: PlaceMatch }[] = [];
  const notes: string[] = [];
  for (const [at, group] of longestHits(clause, gazetteer.names)) {
    const name = group[0]!.name;
    const after = clause[at + name.text.length] ?? '';
    if (LANDFORMS.includes(after)) {
      notes.push(`「${name.text}${after}」 is a landform, not the place ${name.name_zh}: not placed`);
      continue;
    }
    const chosen = choose(clause, at, group, gazetteer);
    if (chosen.kind === 'none') {
      if (chosen.note) notes.push(chosen.note);
      continue;
    }
    // 柳湾王沟 and 东关街道河滨社区 name one village: the township before it is not a second place.
    const prefixAt = townshipPrefix(clause, at, chosen.name, gazetteer)?.at ?? null;
    const prefix = found.findIndex((f) => f.at === prefixAt && f.match.kind === 'township');
    if (prefix >= 0) found.splice(prefix, 1);
    if (!found.some((f) => f.match.code === chosen.name.code)) {
      found.push({ at, match: toMatch(chosen.name, chosen.how, gazetteer) });
    }
  }
  return { matches: found.map((f) => f.match), notes };
}

function toMatch(name: PlaceName, how: string, gazetteer: Gazetteer): PlaceMatch {
  return {
    kind: name.kind,
    code: name.code,
    name_zh: name.name_zh,
    matched: name.text,
    how,
    key: gazetteer.keys.get(name.code) ?? null,
  };
}

type Choice = { kind: 'match'; name: PlaceName; how: string } | { kind: 'none'; note: string | null };

/** Decides what the names found at one offset stand for (see the table at the top). */
function choose(clause: string, at: number, group: Hit[], gazetteer: Gazetteer): Choice {
  const text = group[0]!.name.text;
  const full = group.filter((hit) => hit.name.form === 'full');
  if (full.length === 1) return { kind: 'match', name: full[0]!.name, how: 'full name' };
  const townships = group.filter((hit) => hit.name.kind === 'township');
  if (townships.length === 1)
    return { kind: 'match', name: townships[0]!.name, how: 'township name without 镇/乡' };
  const afterTownship = group.filter((hit) => townshipPrefix(clause, at, hit.name, gazetteer) !== null);
  if (afterTownship.length === 1) {
    const name = afterTownship[0]!.name;
    const prefix = townshipPrefix(clause, at, name, gazetteer)!;
    return {
      kind: 'match',
      name,
      how: `${name.form} form after its township's name ${prefix.text}`,
    };
  }
  const villages = group.filter((hit) => hit.name.kind === 'village');
  if (villages.length > 1) {
    const which = villages.map((hit) => `${hit.name.name_zh} (${hit.name.township})`).join(', ');
    return { kind: 'none', note: `「${text}」 could be ${which}: not placed` };
  }
  if (villages.length === 1 && text.length >= 3) {
    return {
      kind: 'match',
      name: villages[0]!.name,
      how: 'village name without 村 (the only one)',
    };
  }
  const after = clause[at + text.length] ?? '';
  if (villages.length === 1 && NAMED_VALLEYS.includes(after)) {
    const v = villages[0]!.name;
    return {
      kind: 'none',
      note: `「${text}${after}」 may be named after ${v.name_zh} (${v.code}): not placed`,
    };
  }
  return { kind: 'none', note: null };
}

/** The township name right before a village form (柳湾 in 柳湾王沟), or null. */
function townshipPrefix(
  clause: string,
  at: number,
  name: PlaceName,
  gazetteer: Gazetteer,
): { text: string; at: number } | null {
  if (name.kind !== 'village') return null;
  const before = clause.slice(0, at);
  const text = (gazetteer.townshipNames.get(name.township) ?? []).find((t) => before.endsWith(t));
  return text ? { text, at: at - text.length } : null;
}

/** Names found in the clause, grouped by offset; at each offset only the longest text, and no hit inside a longer one. */
function longestHits(clause: string, names: readonly PlaceName[]): [number, Hit[]][] {
  const byOffset = new Map<number, Hit[]>();
  for (const name of names) {
    for (let at = clause.indexOf(name.text); at >= 0; at = clause.indexOf(name.text, at + 1)) {
      const current = byOffset.get(at);
      const length = current?.[0]?.name.text.length ?? 0;
      if (name.text.length > length) byOffset.set(at, [{ at, name }]);
      else if (name.text.length === length) current!.push({ at, name });
    }
  }
  const sorted = [...byOffset.entries()].sort((a, b) => a[0] - b[0]);
  let coveredTo = -1;
  return sorted.filter(([at, group]) => {
    if (at < coveredTo) return false;
    coveredTo = at + group[0]!.name.text.length;
    return true;
  });
}
