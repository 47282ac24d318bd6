/**
 * The `location_source` sentence of a compiled record: how its geometry was obtained, from each
 * place's name, method and source, so a reader can judge the point on the map.
 */
import type { Place, ProjectSource, TownshipName } from './source-types';

/** `name (name_en) — method: source`; a source that already opens with its method keeps its own wording. */
function placeEntry(place: Place): string {
  const saysMethod = place.source.toLowerCase().startsWith(place.method);
  return `${place.name_zh} (${place.name_en}) — ${saysMethod ? place.source : `${place.method}: ${place.source}`}`;
}

function sitesSentence(record: ProjectSource): string {
  if (record.sites === null) return '';
  const { named, total } = record.sites;
  return ` The report names ${named} of ${total} sites; the unnamed ones are not placed.`;
}

export function locationSource(
  record: ProjectSource,
  places: readonly Place[],
  townships: ReadonlyMap<string, TownshipName>,
): string {
  if (places.length === 0) {
    const township = record.township === null ? undefined : townships.get(record.township);
    const lead =
      township === undefined
        ? 'District-wide or not placed: the report names no place for this item.'
        : `Not placed: the report names only the township, ${township.name_zh} (${township.name_en}).`;
    return `${lead}${sitesSentence(record)}`;
  }
  const lead = record.shape === 'line' ? 'A line through these places, in order: ' : '';
  const entries = places.map(placeEntry).join('; ');
  // A source usually ends without a full stop; one that has its own keeps just that one.
  return `${lead}${entries}${/[.。!?]$/.test(entries) ? '' : '.'}${sitesSentence(record)}`;
}
