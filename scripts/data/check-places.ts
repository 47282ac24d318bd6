/**
 * The rules for geodata/src/places.yaml (docs/data-model.md): fields and vocabularies, unique keys that
 * match their kind, NBS codes that exist and agree, a datum on every place, `exact` only when cited,
 * and coordinates that are in range, not swapped, and inside the district once converted to WGS84.
 */
import type { Position } from '../../src/lib/domain/project.ts';
import { placeCoordinateIssue } from './coordinates.ts';
import { FieldReader, type FieldHelp } from './field-reader.ts';
import type { SourceItem } from './load-sources.ts';
import type { Boundary, Gazetteer } from './reference-data.ts';
import { preview, type SourceProblem } from './source-problem.ts';
import { DATUMS, KEY_PREFIX, METHODS, PLACE_KINDS, PLACE_PRECISIONS, type Place } from './source-types.ts';

export const PLACE_KEY_PATTERN = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

const PLACE_HELP: FieldHelp = {
  key: 'a stable lower-case ASCII key: town.<pinyin>, village.<township>.<pinyin> or site.<slug>',
  name_zh: "the place's Chinese name",
  name_en: "the place's English name",
  kind: 'township_seat, village or site',
  township: 'the 9-digit NBS code of the township or subdistrict it lies in (see geodata/townships.json)',
  nbs_code: 'the 12-digit NBS code of the village or community committee (see geodata/townships.json)',
  nbs_name: "the NBS name of the village, when the report's name differs",
  coordinates: '[lon, lat] as two numbers, in the datum given by datum',
  datum: 'WGS84, GCJ02 (picked on AMap or Tencent maps) or BD09 (picked on Baidu maps)',
  precision: 'exact, near, village or township: what the coordinate stands for',
  method: 'cited (a source gives this coordinate) or estimated (derived from evidence)',
  source: 'the citation, or "estimated from …" with the evidence',
  source_zh: 'the same in Chinese: 引用…, or 估算：依据…',
};

export interface PlaceContext {
  gazetteer: Gazetteer | null;
  boundary: Boundary | null;
}

function readPosition(reader: FieldReader): Position | undefined {
  const list = reader.list('coordinates');
  if (list === undefined) return undefined;
  const [lon, lat] = list;
  if (
    list.length === 2 &&
    typeof lon === 'number' &&
    typeof lat === 'number' &&
    Number.isFinite(lon) &&
    Number.isFinite(lat)
  ) {
    return [lon, lat];
  }
  reader.report(
    'coordinates',
    `coordinates ${JSON.stringify(list).slice(0, 60)} are not two numbers`,
    `give ${PLACE_HELP.coordinates}`,
  );
  return undefined;
}

function checkCodes(reader: FieldReader, place: Partial<Place>, gazetteer: Gazetteer | null): void {
  const { township, kind } = place;
  if (township !== undefined && gazetteer !== null && !gazetteer.townships.has(township)) {
    reader.report(
      'township',
      `township ${township} is not in geodata/townships.json`,
      'use one of its 9-digit township codes',
    );
  }
  if (kind === 'village' || !reader.isAbsent('nbs_code'))
    place.nbs_code = reader.code('nbs_code', 12) ?? null;
  const code = place.nbs_code;
  if (code == null || gazetteer === null) return;
  const village = gazetteer.villages.get(code);
  if (village === undefined) {
    reader.report(
      'nbs_code',
      `nbs_code ${code} is not in geodata/townships.json`,
      'use the 12-digit code of the village committee',
    );
  } else if (township !== undefined && village.township !== township) {
    const owner = gazetteer.townships.get(village.township);
    reader.report(
      'nbs_code',
      `nbs_code ${code} (${village.name_zh}) belongs to township ${village.township} (${owner?.name_zh ?? '?'}), not ${township}`,
      `set township: "${village.township}", or correct nbs_code`,
    );
  } else if (
    place.nbs_name != null &&
    place.nbs_name !== village.name_zh &&
    place.nbs_name !== village.nbs_name
  ) {
    reader.report(
      'nbs_name',
      `nbs_name ${preview(place.nbs_name)} is not the NBS name of ${code} (${village.name_zh})`,
      `write nbs_name: ${village.name_zh}`,
    );
  }
}

function checkPlace(
  item: SourceItem,
  context: PlaceContext,
  seen: Map<string, number>,
  problems: SourceProblem[],
): Place | null {
  const rawKey = (item.value as Record<string, unknown> | null)?.key;
  const subject =
    typeof rawKey === 'string' && rawKey.length <= 100 ? `place ${rawKey}` : `place #${item.index + 1}`;
  if (!FieldReader.isMapping(item, subject, problems)) return null;
  const before = problems.length;
  const reader = new FieldReader(item, subject, PLACE_HELP, problems);
  reader.rejectUnknownFields();
  const place: Partial<Place> = {
    key: reader.text('key'),
    name_zh: reader.text('name_zh'),
    name_en: reader.text('name_en'),
    kind: reader.oneOf('kind', PLACE_KINDS),
    township: reader.code('township', 9),
    nbs_name: reader.optionalText('nbs_name'),
    nbs_code: null,
    datum: reader.oneOf('datum', DATUMS),
    precision: reader.oneOf('precision', PLACE_PRECISIONS),
    method: reader.oneOf('method', METHODS),
    source: reader.text('source'),
    source_zh: reader.text('source_zh'),
    line: item.line,
  };
  const { key, kind } = place;
  if (key !== undefined) {
    const firstLine = seen.get(key);
    if (!PLACE_KEY_PATTERN.test(key))
      reader.report('key', `key ${preview(key)} is not lower-case ASCII`, `give ${PLACE_HELP.key}`);
    else if (kind !== undefined && !key.startsWith(`${KEY_PREFIX[kind]}.`)) {
      reader.report(
        'key',
        `key ${preview(key)} does not start with "${KEY_PREFIX[kind]}." as a ${kind} key must`,
        `rename it ${KEY_PREFIX[kind]}.<name>`,
      );
    }
    if (firstLine !== undefined)
      reader.report('key', `key ${key} is already used on line ${firstLine}`, 'give every place its own key');
    else seen.set(key, item.line);
  }
  checkCodes(reader, place, context.gazetteer);
  if (place.precision === 'exact' && place.method !== undefined && place.method !== 'cited') {
    reader.report(
      'precision',
      `precision is exact but method is ${place.method}`,
      'an exact place needs method: cited and its source; otherwise use near, village or township',
    );
  }
  place.coordinates = readPosition(reader);
  if (place.coordinates !== undefined) {
    const issue = placeCoordinateIssue(place.coordinates, place.datum, context.boundary);
    if (issue !== null) reader.report('coordinates', issue.message, issue.fix);
  }
  return problems.length === before ? (place as Place) : null;
}

export interface CheckedPlaces {
  /** The places that passed every rule. */
  places: Map<string, Place>;
  /** Every key written, valid or not, so a record is not also blamed for a place that has its own error. */
  keysWritten: Set<string>;
  problems: SourceProblem[];
}

export function checkPlaces(items: readonly SourceItem[], context: PlaceContext): CheckedPlaces {
  const problems: SourceProblem[] = [];
  const places = new Map<string, Place>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const place = checkPlace(item, context, seen, problems);
    if (place !== null) places.set(place.key, place);
  }
  return { places, keysWritten: new Set(seen.keys()), problems };
}
