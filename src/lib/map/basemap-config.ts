/**
 * The deployer's choice of basemap, read from `config.json` (`basemap` member, docs/basemaps.md):
 * the kinds offered, and a parser that turns any JSON into one of them, or the offline basemap and
 * a list of problems. Pure. basemap.ts turns a choice into style-spec objects.
 *
 * Only WGS84 / Web Mercator basemaps are kinds here (天地图 `_w` tile sets, OpenStreetMap): AMap,
 * Tencent and Baidu tiles are drawn in GCJ-02 / BD-09 and would shift every project by ~430 m.
 * The Tianditu key is a browser key; it only ever comes from the deployer's config.json.
 */

export interface OfflineBasemap {
  kind: 'offline';
}

export interface TiandituBasemap {
  kind: 'tianditu';
  /** The browser key (`tk`) from the Tianditu console. */
  key: string;
  /** `vector`: vec_w + cva_w annotations; `imagery`: img_w + cia_w annotations. */
  layers: 'vector' | 'imagery';
  /** 审图号 of the Tianditu map, e.g. "GS(2024)0568号"; shown in the attribution. */
  reviewNumber: string;
  /** Tile hosts `<subdomain>.tianditu.gov.cn`; default t0–t7. */
  subdomains: readonly string[];
}

export interface OsmBasemap {
  kind: 'osm';
  /** XYZ tile URL template with {z}, {x} and {y}. */
  url: string;
}

export type BasemapConfig = OfflineBasemap | TiandituBasemap | OsmBasemap;

export const OFFLINE_BASEMAP: OfflineBasemap = Object.freeze({ kind: 'offline' });
export const TIANDITU_SUBDOMAINS = ['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7'] as const;
export const OSM_DEFAULT_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';
export const TIANDITU_ATTRIBUTION = '© 天地图';

/**
 * With an online basemap the offline fills are thinned so the tiles show through: the neighbours
 * keep a light wash (the district stands out), the district itself is almost clear. Outlines,
 * labels and the project layers are untouched.
 */
export const ONLINE_FILL_OPACITY: Readonly<Record<string, number>> = {
  'neighbours-fill': 0.45,
  'district-fill': 0.1,
};

// ---------------------------------------------------------------------------------------------
// Parsing config.json

type Parsed = { config: BasemapConfig; problems: string[] };

const KEY_PATTERN = /^[A-Za-z0-9]{1,128}$/;
// The 审图号 ends up in MapLibre's attribution control, which renders HTML: refuse markup
// characters and control characters outright instead of escaping them.
const REVIEW_NUMBER_PATTERN = /^[^<>&"'`\\\p{Cc}]{1,64}$/u;
const SUBDOMAIN_PATTERN = /^t[0-7]$/;
const KNOWN_FIELDS: Record<BasemapConfig['kind'], readonly string[]> = {
  offline: ['kind'],
  tianditu: ['kind', 'key', 'layers', 'reviewNumber', 'subdomains'],
  osm: ['kind', 'url'],
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Own properties only: an inherited `kind` must not switch a basemap on. */
const field = (object: Record<string, unknown>, name: string): unknown =>
  Object.prototype.hasOwnProperty.call(object, name) ? object[name] : undefined;

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

/**
 * Reads the `basemap` member of config.json. Absent (`undefined`/`null`) means offline without a
 * problem. Never throws: anything unusable gives the offline basemap and a problem for each fault.
 */
export function parseBasemapConfig(json: unknown): Parsed {
  try {
    return parse(json);
  } catch {
    // Only a hostile object (a throwing getter or proxy) gets here; JSON.parse never builds one.
    return offline(['basemap: could not be read']);
  }
}

/** Reads the basemap part of a whole parsed config.json (which may be anything). */
export function basemapFromConfigJson(json: unknown): Parsed {
  try {
    if (json === undefined || json === null) return { config: OFFLINE_BASEMAP, problems: [] };
    if (!isRecord(json)) return offline([`config.json: expected an object, got ${kindOf(json)}`]);
    return parseBasemapConfig(field(json, 'basemap'));
  } catch {
    return offline(['config.json: could not be read']);
  }
}

function offline(problems: string[]): Parsed {
  if (problems.length > 0) problems.push('basemap: using the offline basemap instead');
  return { config: OFFLINE_BASEMAP, problems };
}

function parse(json: unknown): Parsed {
  if (json === undefined || json === null) return { config: OFFLINE_BASEMAP, problems: [] };
  if (!isRecord(json)) return offline([`basemap: expected an object, got ${kindOf(json)}`]);
  const kind = field(json, 'kind');
  if (kind !== 'offline' && kind !== 'tianditu' && kind !== 'osm') {
    const got = typeof kind === 'string' ? `"${kind.slice(0, 40)}"` : kindOf(kind);
    return offline([`basemap.kind: expected "offline", "tianditu" or "osm", got ${got}`]);
  }
  // An unknown field is usually a misspelling (`reviewnumber`); it is reported, not fatal.
  const warnings = Object.keys(json)
    .filter((name) => !KNOWN_FIELDS[kind].includes(name))
    .map((name) => `basemap.${name.slice(0, 40)}: unknown field for kind "${kind}", ignored`);
  const parsed =
    kind === 'tianditu'
      ? parseTianditu(json)
      : kind === 'osm'
        ? parseOsm(json)
        : { config: OFFLINE_BASEMAP, problems: [] };
  if (parsed.config.kind === 'offline' && kind !== 'offline')
    return offline([...warnings, ...parsed.problems]);
  return { config: parsed.config, problems: [...warnings, ...parsed.problems] };
}

function parseTianditu(json: Record<string, unknown>): Parsed {
  const problems: string[] = [];
  const key = field(json, 'key');
  if (typeof key !== 'string' || !KEY_PATTERN.test(key.trim())) {
    problems.push(
      isBlank(key)
        ? 'basemap.key: missing; get a browser key (tk) from the Tianditu console and put it in config.json'
        : 'basemap.key: must be the Tianditu browser key, letters and digits only (usually 32 hex characters)',
    );
  }
  const layers = field(json, 'layers') ?? 'vector';
  if (layers !== 'vector' && layers !== 'imagery') {
    problems.push('basemap.layers: expected "vector" or "imagery"');
  }
  const reviewNumber = field(json, 'reviewNumber');
  if (typeof reviewNumber !== 'string' || !REVIEW_NUMBER_PATTERN.test(reviewNumber.trim())) {
    problems.push(
      isBlank(reviewNumber)
        ? 'basemap.reviewNumber: missing; a map published in China must show the 审图号 of its basemap, e.g. "GS(2024)0568号"'
        : 'basemap.reviewNumber: must be text of at most 64 characters, without < > & " \' ` \\ or control characters',
    );
  }
  const subdomains = field(json, 'subdomains') ?? TIANDITU_SUBDOMAINS;
  const subdomainsOk =
    Array.isArray(subdomains) &&
    subdomains.length > 0 &&
    subdomains.every((s) => typeof s === 'string' && SUBDOMAIN_PATTERN.test(s));
  if (!subdomainsOk) problems.push('basemap.subdomains: expected a non-empty list of "t0" … "t7"');
  if (problems.length > 0) return { config: OFFLINE_BASEMAP, problems };
  return {
    config: {
      kind: 'tianditu',
      key: (key as string).trim(),
      layers: layers as TiandituBasemap['layers'],
      reviewNumber: (reviewNumber as string).trim(),
      subdomains: [...new Set(subdomains as string[])],
    },
    problems,
  };
}

/** The origin of a tile URL template, or null when the template is unusable. */
export function templateOrigin(template: string): string | null {
  if (template.length > 512 || /[\s"'<>\\`]/.test(template)) return null;
  if (!['{z}', '{x}', '{y}'].every((p) => template.includes(p))) return null;
  // Only {z}, {x} and {y} are filled in for an XYZ template; {s} is not a MapLibre placeholder.
  if (/\{(?!z\}|x\}|y\})[^}]*\}/.test(template)) return null;
  let url: URL;
  try {
    url = new URL(template.replace(/\{[xyz]\}/g, '0'));
  } catch {
    return null;
  }
  // https only: an http basemap is blocked as mixed content on an https page anyway, and the
  // origin goes into the CSP, so it must not itself carry a placeholder.
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  return template.startsWith(url.origin + '/') ? url.origin : null;
}

function parseOsm(json: Record<string, unknown>): Parsed {
  const url = field(json, 'url') ?? OSM_DEFAULT_URL;
  if (typeof url !== 'string' || templateOrigin(url) === null) {
    return {
      config: OFFLINE_BASEMAP,
      problems: [
        'basemap.url: expected an https tile URL template with {z}, {x} and {y}, e.g. ' + OSM_DEFAULT_URL,
      ],
    };
  }
  return { config: { kind: 'osm', url }, problems: [] };
}

// ---------------------------------------------------------------------------------------------
// Style objects
