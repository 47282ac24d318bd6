/**
 * The optional online basemap, configured at deploy time in `config.json` (`basemap` member,
 * see docs/basemaps.md). Pure: parses the deployer's JSON and returns style-spec objects.
 *
 * The site is offline by default. Every coordinate we hold is WGS84, so only basemaps drawn in
 * WGS84 / Web Mercator are offered: 天地图 (`_w` tile sets) and OpenStreetMap. AMap, Tencent and
 * Baidu tiles are drawn in GCJ-02 / BD-09 and would shift every project by ~430 m, so they are
 * deliberately not a kind here.
 *
 * The Tianditu key is a browser key (visible to every visitor, restricted by domain whitelist); it
 * is never committed, it only ever comes from the deployer's config.json.
 */
import type {
  LayerSpecification,
  RasterLayerSpecification,
  RasterSourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Lang } from '../i18n/messages.ts';

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
function templateOrigin(template: string): string | null {
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

/** Tianditu layer codes: the base map, then its annotation (labels) layer drawn over it. */
const TIANDITU_LAYERS = { vector: ['vec', 'cva'], imagery: ['img', 'cia'] } as const;

export function tiandituTileUrl(subdomain: string, layer: string, key: string): string {
  return (
    `https://${subdomain}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0` +
    `&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles` +
    `&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`
  );
}

export function basemapSources(config: BasemapConfig): Record<string, RasterSourceSpecification> {
  switch (config.kind) {
    case 'offline':
      return {};
    case 'osm':
      return {
        'basemap-osm': {
          type: 'raster',
          tiles: [config.url],
          tileSize: 256,
          maxzoom: 18,
          attribution: OSM_ATTRIBUTION,
        },
      };
    case 'tianditu': {
      const attribution = `${TIANDITU_ATTRIBUTION} 审图号：${config.reviewNumber}`;
      return Object.fromEntries(
        TIANDITU_LAYERS[config.layers].map((layer) => [
          `basemap-tianditu-${layer}`,
          {
            type: 'raster',
            tiles: config.subdomains.map((s) => tiandituTileUrl(s, layer, config.key)),
            tileSize: 256,
            // The `w` matrix set runs from level 1 to 18; level 0 is not served.
            minzoom: 1,
            maxzoom: 18,
            attribution,
          } satisfies RasterSourceSpecification,
        ]),
      );
    }
  }
}

/** One raster layer a source, in source order (base map first, annotations over it). */
export function basemapLayers(config: BasemapConfig): RasterLayerSpecification[] {
  return Object.keys(basemapSources(config)).map((id) => ({ id, type: 'raster', source: id }));
}

/** The text for the page's attribution line; empty for the offline basemap. */
export function basemapAttribution(config: BasemapConfig, lang: Lang): string {
  const label = lang === 'zh' ? '底图：' : 'Basemap: ';
  switch (config.kind) {
    case 'offline':
      return '';
    case 'osm':
      return label + OSM_ATTRIBUTION;
    case 'tianditu':
      // The 审图号 is a legal notice and is shown as issued, in both languages.
      return lang === 'zh'
        ? `${label}${TIANDITU_ATTRIBUTION} 审图号：${config.reviewNumber}`
        : `${label}${TIANDITU_ATTRIBUTION} (Tianditu), 审图号 (map review no.)：${config.reviewNumber}`;
  }
}

/** Where the attribution should link to (OSM asks for a link to its copyright page). */
export function basemapAttributionUrl(config: BasemapConfig): string | null {
  if (config.kind === 'osm') return 'https://www.openstreetmap.org/copyright';
  if (config.kind === 'tianditu') return 'https://www.tianditu.gov.cn/';
  return null;
}

/**
 * The style with the basemap drawn right after `background` (under everything else) and the
 * offline fills thinned (ONLINE_FILL_OPACITY). Returns a new style; the input is never changed.
 * `offline` returns the style itself.
 */
export function withBasemap(style: StyleSpecification, config: BasemapConfig): StyleSpecification {
  if (config.kind === 'offline') return style;
  const thinned = style.layers.map((layer): LayerSpecification => {
    const opacity = ONLINE_FILL_OPACITY[layer.id];
    return opacity !== undefined && layer.type === 'fill'
      ? { ...layer, paint: { ...layer.paint, 'fill-opacity': opacity } }
      : layer;
  });
  const at = thinned.findIndex((layer) => layer.type === 'background') + 1;
  return {
    ...style,
    sources: { ...style.sources, ...basemapSources(config) },
    layers: [...thinned.slice(0, at), ...basemapLayers(config), ...thinned.slice(at)],
  };
}

/**
 * The origins a deployer adds to the CSP, in both `img-src` and `connect-src` (MapLibre fetches
 * raster tiles with fetch() and decodes them as images). Empty for the offline basemap.
 */
export function cspSourcesFor(config: BasemapConfig): string[] {
  switch (config.kind) {
    case 'offline':
      return [];
    case 'tianditu':
      return ['https://*.tianditu.gov.cn'];
    case 'osm': {
      const origin = templateOrigin(config.url);
      return origin ? [origin] : [];
    }
  }
}
