/**
 * The names a clause may use for the district's townships and villages, built from
 * geodata/townships.json (NBS codes), and the gazetteer keys of geodata/src/places.yaml for them.
 *
 * Name forms, from safest to riskiest (how each may be used is decided in places.ts):
 *   full          柳湾镇, 王家沟村, 河滨社区 (and the NBS name, 王家沟村委会)
 *   short         柳湾 (a town or township without 镇/乡), 王家沟 (a village without 村)
 *   abbreviation  王沟: a three-character village name X家Y is often written XY
 * Subdistricts (街道) and communities (社区) get no short form: 东关 or 河滨 may be street names.
 * (Examples are names of the imaginary county of the tests, tests/fixtures/extract.)
 */
import { parse } from 'yaml';

export type NameForm = 'full' | 'short' | 'abbreviation';

export interface PlaceName {
  kind: 'township' | 'village';
  code: string;
  name_zh: string;
  /** The township's code (for a township, its own). */
  township: string;
  text: string;
  form: NameForm;
}

export interface Gazetteer {
  names: PlaceName[];
  /** Township code → the short and full names its villages may be preceded by. */
  townshipNames: Map<string, string[]>;
  /** NBS code → gazetteer key, for the codes places.yaml has a place for. */
  keys: Map<string, string>;
}

/** Suffixes removed to make a short form, by kind of unit. */
const TOWNSHIP_SUFFIXES = /(?:镇|乡)$/;
const VILLAGE_SUFFIX = /村$/;

interface TownshipsFile {
  townships: {
    code: string;
    name_zh: string;
    nbs_name?: string;
    villages: { code: string; name_zh: string; nbs_name?: string }[];
  }[];
}

export function buildGazetteer(townshipsJson: unknown, placesYaml: string | null): Gazetteer {
  const file = townshipsJson as TownshipsFile;
  const names: PlaceName[] = [];
  const townshipNames = new Map<string, string[]>();
  for (const township of file.townships) {
    const own = {
      kind: 'township' as const,
      code: township.code,
      name_zh: township.name_zh,
      township: township.code,
    };
    const forms = nameForms(township.name_zh, township.nbs_name, TOWNSHIP_SUFFIXES, false);
    for (const [text, form] of forms) names.push({ ...own, text, form });
    townshipNames.set(
      township.code,
      forms.map(([text]) => text),
    );
    for (const village of township.villages) {
      const base = {
        kind: 'village' as const,
        code: village.code,
        name_zh: village.name_zh,
        township: township.code,
      };
      for (const [text, form] of nameForms(village.name_zh, village.nbs_name, VILLAGE_SUFFIX, true)) {
        names.push({ ...base, text, form });
      }
    }
  }
  return { names, townshipNames, keys: placeKeys(placesYaml) };
}

/** The full, NBS, short and abbreviated forms of one name, without repeats. */
function nameForms(
  name: string,
  nbsName: string | undefined,
  suffix: RegExp,
  village: boolean,
): [string, NameForm][] {
  const forms: [string, NameForm][] = [[name, 'full']];
  if (nbsName && nbsName !== name) forms.push([nbsName, 'full']);
  const short = name.replace(suffix, '');
  if (short !== name && short.length >= 2) {
    forms.push([short, 'short']);
    if (village && short.length === 3 && short[1] === '家')
      forms.push([short[0]! + short[2]!, 'abbreviation']);
  }
  return forms;
}

/** Township seats and villages of places.yaml, by NBS code. A missing or broken file gives none. */
function placeKeys(placesYaml: string | null): Map<string, string> {
  const keys = new Map<string, string>();
  if (placesYaml === null) return keys;
  const places: unknown = parse(placesYaml);
  if (!Array.isArray(places)) return keys;
  for (const place of places as Record<string, unknown>[]) {
    const key = typeof place.key === 'string' ? place.key : null;
    if (!key) continue;
    if (place.kind === 'township_seat' && place.township != null) keys.set(String(place.township), key);
    if (place.kind === 'village' && place.nbs_code != null) keys.set(String(place.nbs_code), key);
  }
  return keys;
}
