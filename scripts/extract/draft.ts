/**
 * Turns a candidate clause into a draft record: a name from the clause, the chapter's area, the
 * phase and section, a category guess, targets, places and a suggested precision, and a review
 * note that says what the reviewer has to decide.
 */
import type { PrecisionKey } from '../../src/lib/domain/vocabulary.ts';
import { CATEGORY_AREAS } from './areas.ts';
import type { Candidate } from './candidates.ts';
import { categoryOf } from './categories.ts';
import type { Gazetteer } from './gazetteer.ts';
import { matchPlaces } from './places.ts';
import { parseTargets } from './targets.ts';
import type { Context, Draft, PlaceMatch } from './types.ts';
import type { WordBoundaries } from './words.ts';

/** A record's precision is its worst place's; a village beats a township, nothing is district-wide. */
export function suggestPrecision(places: readonly PlaceMatch[]): PrecisionKey {
  if (places.length === 0) return 'district';
  return places.some((place) => place.kind === 'township') ? 'township' : 'village';
}

export function buildDraft(
  id: string,
  candidate: Candidate,
  context: Context,
  gazetteer: Gazetteer,
  boundaries?: WordBoundaries,
): Draft {
  const { span, status } = candidate;
  const targets = parseTargets(span.text);
  const category = categoryOf(span.text, boundaries);
  const { matches, notes } = matchPlaces(span.text, gazetteer);
  const review: string[] = ['name_en: TODO, write an English name (pinyin + kind)'];
  let area = context.area;
  if (context.areaFlag) review.push(`area: ${context.areaFlag}`);
  if (!area && category && CATEGORY_AREAS[category]) {
    area = CATEGORY_AREAS[category] ?? null;
    review.push(`area: guessed ${area} from the category`);
  }
  if (!area) review.push('area: choose one (city, rural, economy, ecology, livelihood)');
  if (!category) review.push('category: no keyword matched; choose one');
  if (status.verbClass !== 'strong')
    review.push(`status: 「${status.text}」 is a ${status.verbClass} verb; is this a project?`);
  if (/等|一批/.test(span.text))
    review.push('sites: the quote names only some of the items (等/一批); consider sites');
  if (/、/.test(nameOf(candidate)))
    review.push('several items in one clause: split into one record each if needed');
  for (const place of matches) review.push(placeNote(place));
  review.push(...notes.map((note) => `places: ${note}`));
  return {
    id,
    quote: span,
    name_zh: nameOf(candidate),
    area,
    phase: context.phase,
    section: context.section,
    category,
    status: status.text,
    targets,
    places: matches,
    precision: suggestPrecision(matches),
    review,
  };
}

/**
 * The thing the clause names: what follows the verb, or what precedes it when the verb ends the
 * clause ("…项目全面启动"), without a trailing amount ("停车场2处" → "停车场").
 */
export function nameOf(candidate: Candidate): string {
  const clause = candidate.span.text.split(/[,，;；]/)[0] ?? '';
  const { at, text } = candidate.status;
  const after = clause.slice(at + text.length).replace(/^了/, '');
  const before = clause.slice(0, at);
  const name = after.length >= 2 ? after : before;
  const bare = name.replace(/以上$/, '');
  const last = parseTargets(bare).at(-1);
  const trimmed = last && last.at + last.text.length === bare.length ? bare.slice(0, last.at) : bare;
  return trimmed.length >= 2 ? trimmed : clause;
}

function placeNote(place: PlaceMatch): string {
  const what = `${place.name_zh} (${place.code}), matched 「${place.matched}」 (${place.how})`;
  return place.key
    ? `places: ${place.key} = ${what}`
    : `places: no key in places.yaml for ${what}; add a place or keep the township`;
}
